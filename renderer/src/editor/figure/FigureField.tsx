/**
 * One of a figure's text fields (caption, credit, alt): a plain `<input>` or
 * `<textarea>` whose value lives on the FigureNode (see shared/nodes/figure-node.ts
 * for why plain fields rather than nested editors).
 *
 * Native listeners, not React props: Lexical's root listener stops every `input`
 * event from bubbling further, so React's onChange never fires inside the body.
 * The element is uncontrolled; the node's value is written back into it only
 * when it changed from elsewhere (undo, redo), never while an IME is composing.
 * Composition is committed once, from the element's value on compositionend, so
 * Telex/VNI and Unikey-style input (Backspaces, then the replacement) produce
 * exactly the text the input method meant.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { TEXT_LIMITS } from '../../../../shared/article/limits';
import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import { $isFigureNode, type FigureNode } from '../../../../shared/nodes/figure-node';
import { isComposingKey } from '../../app/keys';
import { commitFieldEdit, endFieldBurst } from './field-history';
import { FIGURE_CONTROL_ATTRIBUTE } from './figure-controls';
import { handleFigureHistoryKey } from './history-keys';
import { focusTextBefore, isShiftTab } from '../leave-block-backwards';
import { useTonePaste } from '../../house-style/useTonePaste';

export type FigureTextField = 'caption' | 'credit' | 'alt';

const SETTERS: Record<FigureTextField, (node: FigureNode, value: string) => void> = {
  caption: (node, value) => node.setCaption(value),
  credit: (node, value) => node.setCredit(value),
  alt: (node, value) => node.setAlt(value),
};

/** The schema's limits (shared/article/blocks.ts), so a save can never be refused for length. */
const MAX_LENGTH: Record<FigureTextField, number> = {
  caption: TEXT_LIMITS.caption,
  credit: TEXT_LIMITS.credit,
  alt: TEXT_LIMITS.alt,
};

export interface FigureFieldProps {
  editor: LexicalEditor;
  nodeKey: NodeKey;
  field: FigureTextField;
  value: string;
  label: string;
  placeholder: string;
  multiline?: boolean;
  className: string;
}

export function FigureField({
  editor,
  nodeKey,
  field,
  value,
  label,
  placeholder,
  multiline = false,
  className,
}: FigureFieldProps) {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // Every figure field is one line (Enter is kept out of the caption): a pasted
  // line break becomes a space, as in the headline, not a line hidden below.
  const tonePaste = useTonePaste({ oneLine: true });
  const composing = useRef(false);
  const latest = useRef(value);
  latest.current = value;

  // The node changed from elsewhere (undo, redo): show it, keeping the caret
  // where it was when the change is only our own NFC normalisation.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || composing.current || element.value === value) return;
    const focused = element.ownerDocument.activeElement === element;
    const sameText = element.value.normalize('NFC') === value;
    const caret = sameText
      ? element.value.slice(0, element.selectionStart ?? 0).normalize('NFC').length
      : value.length;
    element.value = value;
    if (focused) element.setSelectionRange(caret, caret);
  }, [value]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const fieldId = `${nodeKey}:${field}`;

    const commit = () => {
      const next = element.value.normalize('NFC');
      if (next === latest.current) return;
      commitFieldEdit(editor, fieldId, () => {
        const node = $getNodeByKey(nodeKey);
        if ($isFigureNode(node)) SETTERS[field](node, next);
      });
    };
    const onInput = (event: Event) => {
      if ((event as InputEvent).isComposing || composing.current) return;
      commit();
    };
    const onCompositionStart = () => {
      composing.current = true;
    };
    const onCompositionEnd = () => {
      composing.current = false;
      commit();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (isComposingKey(event) || handleFigureHistoryKey(event, editor)) return;
      // The caption is the figure's first control: Shift+Tab leaves the figure.
      if (field === 'caption' && isShiftTab(event)) {
        event.preventDefault();
        focusTextBefore(editor, nodeKey);
        return;
      }
      // A caption is one line: Enter would only add a break the export turns into a space.
      if (multiline && event.key === 'Enter') event.preventDefault();
    };
    const onBlur = () => endFieldBurst(editor);

    element.addEventListener('input', onInput);
    element.addEventListener('compositionstart', onCompositionStart);
    element.addEventListener('compositionend', onCompositionEnd);
    element.addEventListener('keydown', onKeyDown);
    element.addEventListener('blur', onBlur);
    return () => {
      element.removeEventListener('input', onInput);
      element.removeEventListener('compositionstart', onCompositionStart);
      element.removeEventListener('compositionend', onCompositionEnd);
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('blur', onBlur);
    };
  }, [editor, nodeKey, field, multiline]);

  const common = {
    ref,
    className,
    'aria-label': label,
    placeholder,
    defaultValue: value,
    maxLength: MAX_LENGTH[field],
    lang: 'vi',
    spellCheck: false,
    autoComplete: 'off',
    onPaste: tonePaste,
    [FIGURE_CONTROL_ATTRIBUTE]: '',
  };
  return multiline ? <textarea rows={1} {...common} /> : <input type="text" {...common} />;
}
