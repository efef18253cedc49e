/**
 * Replays Vietnamese typing the two ways input methods deliver it to a browser
 * (PITFALLS.md, "Vietnamese input"; TOOLCHAIN.md, "IME"):
 *
 * - composition: Telex/VNI on macOS, Windows' own keyboard and ibus compose a
 *   syllable in place. Each keystroke updates the composition through a CDP
 *   `Input.imeSetComposition` with the syllable as shown so far ("v", "vi",
 *   "vie", "viê", "việ", "việt"), and `Input.insertText` commits it. Chromium
 *   fires real compositionstart/update/end and beforeinput events for these.
 * - backspace-and-retype: Unikey, EVKey and OpenKey send no composition. A
 *   keystroke that changes an earlier letter arrives as Backspace key presses
 *   followed by the replacement text ("vie" + e → Backspace, "ê").
 *
 * `typingStates` is pure so the replay itself can be unit-tested; it models
 * Telex: letters in order, a vowel's quality key (ee, aw, ow, uw, dd) right
 * after the vowel, and the tone key either after the last vowel or after the
 * whole syllable (both are common; the second moves an earlier letter after a
 * final consonant was typed, which is what trips editors up).
 */
import type { CDPSession, Page } from '@playwright/test';

export type InputMethod = 'composition' | 'backspace-retype';
export type TonePlacement = 'after-vowels' | 'at-end';

const QUALITY_MARKS = new Set(['\u0302', '\u0306', '\u031b']);
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const VOWELS = new Set([...'aeiouyAEIOUY']);
const WORD = /[\p{L}\p{M}]+/gu;

interface Letter {
  base: string;
  /** Circumflex, breve or horn; 'stroke' for đ. */
  quality: string;
  tone: string;
}

function lettersOf(word: string): Letter[] {
  return [...word.normalize('NFC')].map((ch) => {
    if (ch === 'đ' || ch === 'Đ')
      return { base: ch === 'đ' ? 'd' : 'D', quality: 'stroke', tone: '' };
    const [base = '', ...marks] = [...ch.normalize('NFD')];
    return {
      base,
      quality: marks.find((mark) => QUALITY_MARKS.has(mark)) ?? '',
      tone: marks.find((mark) => TONE_MARKS.has(mark)) ?? '',
    };
  });
}

interface TypedLetter {
  letter: Letter;
  quality: boolean;
  tone: boolean;
}

function render(typed: readonly TypedLetter[]): string {
  return typed
    .map(({ letter, quality, tone }) => {
      if (quality && letter.quality === 'stroke') return letter.base === 'd' ? 'đ' : 'Đ';
      return (letter.base + (quality ? letter.quality : '') + (tone ? letter.tone : '')).normalize(
        'NFC',
      );
    })
    .join('');
}

/**
 * What the input method shows after each keystroke of one word, ending with the
 * word itself (NFC). Only letters are expected; anything else is typed as is.
 */
export function typingStates(word: string, tonePlacement: TonePlacement = 'at-end'): string[] {
  const letters = lettersOf(word);
  const typed: TypedLetter[] = [];
  const states: string[] = [];
  const push = () => {
    const state = render(typed);
    if (states[states.length - 1] !== state) states.push(state);
  };
  let lastVowel = -1;
  letters.forEach((letter, index) => {
    if (VOWELS.has(letter.base)) lastVowel = index;
  });
  const toneAt = letters.findIndex((letter) => letter.tone !== '');

  letters.forEach((letter, index) => {
    typed.push({ letter, quality: false, tone: false });
    push();
    const current = typed[index]!;
    if (letter.quality) {
      const next = letters[index + 1];
      // Telex "uow" gives ươ in one key: the horn waits for the o.
      const hornPair = letter.base.toLowerCase() === 'u' && next?.quality === '\u031b';
      if (!hornPair) {
        const previous = typed[index - 1];
        if (previous && previous.letter.quality && !previous.quality) previous.quality = true;
        current.quality = true;
        push();
      }
    }
    if (tonePlacement === 'after-vowels' && index === lastVowel && toneAt >= 0) {
      typed[toneAt]!.tone = true;
      push();
    }
  });
  if (toneAt >= 0 && !typed[toneAt]!.tone) {
    typed[toneAt]!.tone = true;
    push();
  }
  if (states[states.length - 1] !== word.normalize('NFC'))
    throw new Error(`typingStates(${word}) ended at ${states[states.length - 1]}`);
  return states;
}

/** The keystrokes of a backspace-and-retype IME going from one state to the next. */
export function retypeStep(from: string, to: string): { backspaces: number; text: string } {
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common += 1;
  return { backspaces: from.length - common, text: to.slice(common) };
}

/** Splits text into words (typed through the IME) and the runs between them (typed as is). */
export function tokenize(input: string): { text: string; word: boolean }[] {
  const text = input.normalize('NFC');
  const tokens: { text: string; word: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    if (match.index > last) tokens.push({ text: text.slice(last, match.index), word: false });
    tokens.push({ text: match[0], word: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) tokens.push({ text: text.slice(last), word: false });
  return tokens;
}

/** Types into whatever has focus on `page`, the way a Vietnamese input method would. */
export class VietnameseTyper {
  private words = 0;

  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async attach(page: Page): Promise<VietnameseTyper> {
    return new VietnameseTyper(page, await page.context().newCDPSession(page));
  }

  /** Words typed so far (for the "at least 200 words" guarantee of the suite). */
  get wordCount(): number {
    return this.words;
  }

  async type(text: string, method: InputMethod): Promise<void> {
    for (const token of tokenize(text)) {
      if (!token.word) {
        await this.cdp.send('Input.insertText', { text: token.text });
        continue;
      }
      // Alternate tone placement so both orders are exercised across the text.
      const placement: TonePlacement = this.words % 2 === 0 ? 'at-end' : 'after-vowels';
      this.words += 1;
      const states = typingStates(token.text, placement);
      if (method === 'composition') await this.compose(states);
      else await this.retype(states);
    }
  }

  private async compose(states: readonly string[]): Promise<void> {
    for (const state of states) {
      await this.cdp.send('Input.imeSetComposition', {
        text: state,
        selectionStart: state.length,
        selectionEnd: state.length,
      });
    }
    await this.cdp.send('Input.insertText', { text: states[states.length - 1]! });
  }

  private async retype(states: readonly string[]): Promise<void> {
    let shown = '';
    for (const state of states) {
      const { backspaces, text } = retypeStep(shown, state);
      for (let i = 0; i < backspaces; i += 1) await this.page.keyboard.press('Backspace');
      if (text) await this.cdp.send('Input.insertText', { text });
      shown = state;
    }
  }
}
