/**
 * Serialising a run of inline atoms: the one place that decides how text formats
 * and links become tags, so the output is the same whatever way Lexical split the
 * text into nodes.
 */
import { attr, cleanText, escapeHtml, hasVisibleText } from './escape';
import type { InlineAtom } from './types';

/** Lexical's TextNode format bits that have a publication element. */
export const FORMAT_BOLD = 1;
export const FORMAT_ITALIC = 2;
export const FORMAT_UNDERLINE = 8;

/*
 * Outermost first. A fixed order makes the output deterministic; strikethrough,
 * code, sub/superscript and highlight are left out on purpose (plain text in print).
 */
const FORMAT_TAGS: readonly { bit: number; tag: string }[] = [
  { bit: FORMAT_BOLD, tag: 'strong' },
  { bit: FORMAT_ITALIC, tag: 'em' },
  { bit: FORMAT_UNDERLINE, tag: 'u' },
];

export const PUBLISHED_FORMATS = FORMAT_BOLD | FORMAT_ITALIC | FORMAT_UNDERLINE;

type RunAtom = Exclude<InlineAtom, { kind: 'block' }>;

/**
 * True when the atoms hold no text a reader would see: only spaces, line
 * breaks, format characters (a zero-width space) or characters HTML forbids.
 */
export function isBlank(atoms: readonly InlineAtom[]): boolean {
  return !atoms.some((atom) => atom.kind === 'text' && hasVisibleText(cleanText(atom.text)));
}

const LEADING_MARKS = /^\p{M}+/u;

/**
 * Joins adjacent text atoms that would render identically, and keeps a letter
 * with its combining marks: a mark that starts an atom (formatting or a link
 * began between "a" and its grave accent) moves to the atom before, so the two
 * compose into one NFC character ("à") inside one element instead of a bare
 * "a" + U+0300 split across tags.
 */
function mergeText(atoms: readonly RunAtom[]): RunAtom[] {
  const merged: RunAtom[] = [];
  for (const atom of atoms) {
    const last = merged.at(-1);
    if (atom.kind !== 'text' || last?.kind !== 'text') {
      merged.push(atom);
      continue;
    }
    const marks = LEADING_MARKS.exec(atom.text)?.[0] ?? '';
    const rest = atom.text.slice(marks.length);
    const joined = last.text + marks;
    if (rest !== '' && (last.format !== atom.format || last.href !== atom.href)) {
      merged[merged.length - 1] = { ...last, text: joined };
      merged.push({ ...atom, text: rest });
    } else {
      merged[merged.length - 1] = { ...last, text: joined + rest };
    }
  }
  return merged;
}

/**
 * Without the line breaks (and the blank text between them) at either end:
 * a Shift+Enter left at the end of a paragraph published an empty line.
 */
function trimBreaks(atoms: RunAtom[]): RunAtom[] {
  const isBreak = (atom: RunAtom | undefined) => atom?.kind === 'break';
  const isBlankText = (atom: RunAtom | undefined) =>
    atom?.kind === 'text' && !hasVisibleText(cleanText(atom.text));
  let start = 0;
  let end = atoms.length;
  // From each end: breaks, and blank text only with a break beyond it. Blank
  // text can be several atoms (a space, then a bold one): taking one at most
  // left "a<br><br> <strong> </strong>", an empty line on the page.
  while (end > start) {
    let text = end;
    while (text > start && isBlankText(atoms[text - 1])) text -= 1;
    if (text > start && isBreak(atoms[text - 1])) end = text - 1;
    else break;
  }
  while (start < end) {
    let text = start;
    while (text < end && isBlankText(atoms[text])) text += 1;
    if (text < end && isBreak(atoms[text])) start = text + 1;
    else break;
  }
  return atoms.slice(start, end);
}

/** Text and breaks with their format tags; tags stay open across atoms that share them. */
function formatted(atoms: readonly RunAtom[]): string {
  let html = '';
  const open: string[] = [];
  const closeTo = (depth: number) => {
    while (open.length > depth) html += `</${open.pop()}>`;
  };
  for (const atom of atoms) {
    if (atom.kind === 'break') {
      html += '<br>';
      continue;
    }
    const wanted = FORMAT_TAGS.filter(({ bit }) => (atom.format & bit) !== 0).map((f) => f.tag);
    let common = 0;
    while (common < open.length && open[common] === wanted[common]) common += 1;
    closeTo(common);
    for (const tag of wanted.slice(common)) {
      html += `<${tag}>`;
      open.push(tag);
    }
    html += escapeHtml(atom.text);
  }
  closeTo(0);
  return html;
}

/**
 * The HTML of a run of inline atoms (no blocks). A link without visible text is
 * rendered as its bare content: an empty `<a>` tells a reader nothing (WCAG H30).
 */
export function renderRun(atoms: readonly InlineAtom[]): string {
  const inline = trimBreaks(mergeText(atoms.filter((a): a is RunAtom => a.kind !== 'block')));
  let html = '';
  let start = 0;
  while (start < inline.length) {
    const href = inline[start]?.href ?? null;
    let end = start + 1;
    while (end < inline.length && inline[end]?.href === href) end += 1;
    const group = inline.slice(start, end);
    const content = formatted(group);
    html += href !== null && !isBlank(group) ? `<a${attr('href', href)}>${content}</a>` : content;
    start = end;
  }
  return html;
}
