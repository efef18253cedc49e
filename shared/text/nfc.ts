/**
 * Text is stored and exported as Unicode NFC. Lexical stores what it is given and
 * Windows' Vietnamese keyboard or macOS file names can give decomposed (NFD) text,
 * so every string of a document is normalised before it is written.
 */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/** Returns a deep copy of a JSON value with every string (keys included) in NFC. */
export function deepNfc<T>(value: T): T {
  return normalizeValue(value) as T;
}

function normalizeValue(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value))
      out[key.normalize('NFC')] = normalizeValue(inner);
    return out;
  }
  return value;
}
