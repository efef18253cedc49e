/**
 * A hand-written check of a stored Lexical body, equivalent to `bodySchema`
 * (schema.ts) but without zod: zod's recursive `looseObject` copies every node
 * of the body, ≈ 3,000 objects for a 10,000-word article, on every load. Used
 * where the store reads a file (load, and the revision check before a save);
 * what the renderer sends is still validated by the zod schemas.
 * Node-specific fields are checked by each node's importJSON, as with the schema.
 */

/** Where the body first breaks the format, with why; null when it is well formed. */
export function bodyShapeProblem(body: unknown): { path: string; message: string } | null {
  if (!isPlainObject(body)) return { path: 'body', message: 'expected an object' };
  const root = body.root;
  if (!isPlainObject(root)) return { path: 'body.root', message: 'expected an object' };
  if (root.type !== 'root') return { path: 'body.root.type', message: 'expected "root"' };
  if (!isVersion(root.version))
    return { path: 'body.root.version', message: 'expected a non-negative integer' };
  if (!Array.isArray(root.children))
    return { path: 'body.root.children', message: 'expected an array' };
  // An explicit stack: a hostile file nested 100,000 deep must not overflow the call stack.
  const stack: { nodes: unknown[]; path: string }[] = [
    { nodes: root.children, path: 'body.root.children' },
  ];
  while (stack.length > 0) {
    const { nodes, path } = stack.pop()!;
    for (let i = 0; i < nodes.length; i += 1) {
      const node = nodes[i];
      const at = `${path}.${i}`;
      if (!isPlainObject(node)) return { path: at, message: 'expected an object' };
      const type = node.type;
      if (typeof type !== 'string' || type.length < 1 || type.length > 64)
        return { path: `${at}.type`, message: 'expected a string of 1 to 64 characters' };
      if (!isVersion(node.version))
        return { path: `${at}.version`, message: 'expected a non-negative integer' };
      const children = node.children;
      if (children === undefined) continue;
      if (!Array.isArray(children)) return { path: `${at}.children`, message: 'expected an array' };
      stack.push({ nodes: children, path: `${at}.children` });
    }
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isVersion(value: unknown): boolean {
  // zod's .int() is a safe integer.
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
