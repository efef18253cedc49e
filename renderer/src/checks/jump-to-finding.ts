/**
 * Takes the user to where a checklist finding is (issue #7: "each finding in
 * the panel jumps to its place"): the headline, sapo or byline field with the
 * problem selected; a body block selected in Lexical and scrolled into view; a
 * figure's or related-news block's own field focused.
 */
import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import type { Finding } from '../../../shared/checks';
import { showWithin } from '../editor/reveal-queue';

export interface JumpTargets {
  editor: LexicalEditor | null;
  /** Element ids of the short fields outside the body. */
  fieldIds: Record<'headline' | 'sapo' | 'byline', string>;
}

function $nodeAtPath(path: readonly number[]): LexicalNode | null {
  let node: LexicalNode = $getRoot();
  for (const index of path) {
    if (!$isElementNode(node)) return null;
    const child: LexicalNode | undefined = node.getChildren()[index];
    if (!child) return null;
    node = child;
  }
  return node;
}

/**
 * Text nodes of a block with where each starts in the block's text — the same
 * concatenation shared/checks/units.ts measures offsets in (text, tab, line break).
 */
function $textRuns(block: ElementNode): { node: TextNode; start: number }[] {
  const runs: { node: TextNode; start: number }[] = [];
  let length = 0;
  const walk = (node: LexicalNode): void => {
    if ($isTextNode(node)) {
      runs.push({ node, start: length });
      length += node.getTextContentSize();
    } else if (node.getType() === 'linebreak') length += 1;
    else if ($isElementNode(node) && node.isInline()) node.getChildren().forEach(walk);
  };
  block.getChildren().forEach(walk);
  return runs;
}

function $selectInBlock(block: ElementNode, offset: number, length: number): boolean {
  const runs = $textRuns(block);
  const locate = (at: number) => {
    const run = [...runs].reverse().find((candidate) => candidate.start <= at);
    if (!run) return null;
    return {
      key: run.node.getKey(),
      offset: Math.min(at - run.start, run.node.getTextContentSize()),
    };
  };
  const from = locate(offset);
  const to = locate(offset + length);
  if (!from || !to) return false;
  const selection = $createRangeSelection();
  selection.anchor.set(from.key, from.offset, 'text');
  selection.focus.set(to.key, to.offset, 'text');
  $setSelection(selection);
  return true;
}

const MARK = /\p{M}/u;

/**
 * Where `nfcOffset` of the NFC text falls in `typed`. The checks measure the
 * headline, sapo and byline as a save writes them (NFC, ArticleDraft.snapshot),
 * but the field keeps what was typed, which Windows' Vietnamese keyboard types
 * decomposed: "ủ" is one unit there and two or three here.
 */
function typedOffset(typed: string, nfcOffset: number): number {
  let measured = 0;
  let start = 0;
  // A base letter with its combining marks composes on its own: add them up.
  for (let end = 1; end <= typed.length; end += 1) {
    if (end < typed.length && MARK.test(typed.charAt(end))) continue;
    if (measured >= nfcOffset) return start;
    measured += typed.slice(start, end).normalize('NFC').length;
    start = end;
  }
  return typed.length;
}

function focusShortField(finding: Finding, id: string): void {
  const element = document.getElementById(id);
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return;
  element.focus();
  element.scrollIntoView({ block: 'center' });
  if (finding.offset !== undefined) {
    const end = finding.offset + (finding.length ?? 0);
    const typed = element.value;
    element.setSelectionRange(typedOffset(typed, finding.offset), typedOffset(typed, end));
  }
}

function focusSubfield(container: HTMLElement, finding: Finding): boolean {
  let scope: HTMLElement = container;
  if (finding.blockKey !== undefined) {
    const item = container.querySelector<HTMLElement>(
      `[data-item-key="${CSS.escape(finding.blockKey)}"]`,
    );
    if (item) scope = item;
  }
  const subfield = finding.subfield ?? '';
  const field = scope.querySelector<HTMLElement>(`[data-field="${subfield}"], .figure-${subfield}`);
  if (!field) return false;
  field.scrollIntoView({ block: 'center' });
  field.focus();
  if (
    finding.offset !== undefined &&
    (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)
  )
    field.setSelectionRange(finding.offset, finding.offset + (finding.length ?? 0));
  return true;
}

export function jumpToFinding(finding: Finding, { editor, fieldIds }: JumpTargets): void {
  if (finding.field !== 'body') {
    focusShortField(finding, fieldIds[finding.field]);
    return;
  }
  if (!editor || !finding.path) return;
  const path = finding.path;
  const key = editor.getEditorState().read(() => $nodeAtPath(path)?.getKey() ?? null);
  if (key === null) return;
  const element = editor.getElementByKey(key);
  if (finding.subfield !== undefined && element) {
    // A block far below may not have its view or fields made yet (reveal-queue.ts).
    showWithin(element);
    if (focusSubfield(element, finding)) return;
  }
  editor.update(
    () => {
      const node = $nodeAtPath(path);
      if (!node) return;
      const block = $isElementNode(node) ? node : null;
      const selected =
        block !== null &&
        finding.offset !== undefined &&
        $selectInBlock(block, finding.offset, finding.length ?? 0);
      if (!selected) node.selectStart?.();
    },
    {
      onUpdate: () => {
        element?.scrollIntoView({ block: 'center' });
        editor.focus();
      },
    },
  );
}
