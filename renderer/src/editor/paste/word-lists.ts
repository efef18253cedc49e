/**
 * Word's lists, as Word puts them on the clipboard, made real lists.
 *
 * Word writes no <ul> or <ol>: each item is a paragraph styled
 * `mso-list:l0 level1 lfo1` (the list, the nesting level), whose bullet or
 * number is text in a span styled `mso-list:Ignore` ("·" and seven
 * non-breaking spaces, "1." and spaces). Pasted as they were, the items became
 * paragraphs starting with that text, and the export kept it. Here the marker
 * goes, its kind decides between a bulleted and a numbered list, consecutive
 * items of one list are grouped, and a deeper level nests in the item before.
 *
 * Runs on the reshape pass's inert document, with the styles moved aside
 * (styles-aside.ts); the sanitizer runs afterwards.
 */
import { STYLE_ASIDE } from './styles-aside';

interface WordListItem {
  paragraph: Element;
  list: string;
  level: number;
  ordered: boolean;
  /** The item's number when its marker is one ("3." → 3), else null. */
  number: number | null;
}

/** "1.", "a)", "iv." are numbers; "·", "o", "§", "-" are bullets. */
const NUMBER_MARKER = /^[([]?(?:\d+|[a-z]|[ivxlcdm]+)[.)\]]/i;
/** A marker in digits, whose value a list started part-way keeps ("3." → `<ol start="3">`). */
const DIGIT_MARKER = /^[([]?(\d{1,9})[.)\]]/;

export function convertWordLists(body: HTMLElement): void {
  const items = [...body.querySelectorAll('p')].flatMap((paragraph) => {
    const item = wordListItem(paragraph);
    return item ? [item] : [];
  });
  let run: WordListItem[] = [];
  for (const item of items) {
    const previous = run[run.length - 1];
    const continues =
      previous !== undefined &&
      previous.list === item.list &&
      previous.paragraph.nextElementSibling === item.paragraph;
    if (!continues && run.length > 0) {
      buildList(run);
      run = [];
    }
    run.push(item);
  }
  if (run.length > 0) buildList(run);
}

function wordListItem(paragraph: Element): WordListItem | null {
  const style = paragraph.getAttribute(STYLE_ASIDE) ?? '';
  const list = /mso-list:\s*(l\d+)/i.exec(style);
  if (!list) return null;
  const level = Number(/level(\d+)/i.exec(style)?.[1] ?? 1);
  let marker = '';
  for (const span of paragraph.querySelectorAll(`[${STYLE_ASIDE}]`)) {
    if (!/mso-list:\s*ignore/i.test(span.getAttribute(STYLE_ASIDE) ?? '')) continue;
    marker += span.textContent ?? '';
    span.remove();
  }
  const digits = DIGIT_MARKER.exec(marker.trim())?.[1];
  return {
    paragraph,
    list: list[1]!.toLowerCase(),
    level,
    ordered: NUMBER_MARKER.test(marker.trim()),
    number: digits === undefined ? null : Number(digits),
  };
}

function buildList(run: readonly WordListItem[]): void {
  const doc = run[0]!.paragraph.ownerDocument;
  const newList = (item: WordListItem) => {
    const list = doc.createElement(item.ordered ? 'ol' : 'ul');
    // Word writes the numbers as text: a list copied from its third point starts at 3.
    if (item.ordered && item.number !== null && item.number !== 1) {
      list.setAttribute('start', String(item.number));
    }
    return list;
  };
  const root = newList(run[0]!);
  run[0]!.paragraph.before(root);
  const open: { level: number; list: Element }[] = [{ level: run[0]!.level, list: root }];
  for (const item of run) {
    while (open.length > 1 && item.level < open[open.length - 1]!.level) open.pop();
    let current = open[open.length - 1]!;
    if (item.level > current.level) {
      const nested = newList(item);
      (current.list.lastElementChild ?? current.list).append(nested);
      current = { level: item.level, list: nested };
      open.push(current);
    }
    const li = doc.createElement('li');
    li.append(...item.paragraph.childNodes);
    current.list.append(li);
    item.paragraph.remove();
  }
}
