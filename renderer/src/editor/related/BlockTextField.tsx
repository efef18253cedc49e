/**
 * A text field of the block. It keeps what is typed in its own state, so the
 * caret and an IME composition are never disturbed by the round trip through
 * Lexical, and adopts the stored value only when it changes from elsewhere
 * (undo, redo, picking from the library).
 *
 * `onText` stores the text and returns the value the store will then hold
 * (the link field stores nothing for an invalid link, yet keeps showing it).
 */
import {
  useEffect,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type Ref,
} from 'react';
import { toNfc } from '../../../../shared/text/nfc';
import { useTonePaste } from '../../house-style/useTonePaste';

export interface BlockTextFieldProps {
  id: string;
  label: string;
  value: string;
  onText: (text: string) => string;
  multiline?: boolean;
  className: string;
  /** For `[data-field]` lookups when the focus is restored after a move. */
  field: string;
  /** The stored field's limit (TEXT_LIMITS): a save of more would be refused. */
  maxLength: number;
  list?: string;
  describedBy?: string;
  invalid?: boolean;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  onKeyDown?: (event: ReactKeyboardEvent<HTMLElement>) => void;
  /** Called with the field's (composed) text when the focus leaves it. */
  onBlur?: (text: string) => void;
  /**
   * Whether pasted text takes the house tone style (true for prose). A web
   * address is not prose: respelled, a .../Thuỷ_điện link points elsewhere.
   */
  respellPaste?: boolean;
}

export function BlockTextField({
  id,
  label,
  value,
  onText,
  multiline = false,
  className,
  field,
  maxLength,
  list,
  describedBy,
  invalid,
  placeholder,
  inputRef,
  onKeyDown,
  onBlur,
  respellPaste = true,
}: BlockTextFieldProps) {
  const [text, setText] = useState(value);
  const tonePaste = useTonePaste();
  // What the store holds because of this field's own last edit.
  const expected = useRef(value);

  useEffect(() => {
    if (value !== expected.current) {
      expected.current = value;
      setText(value);
    }
  }, [value]);

  const change = (next: string) => {
    setText(next);
    expected.current = onText(next);
  };

  // Decomposed input (Windows' Vietnamese keyboard) is stored composed once the
  // field is left: never while typing, where rewriting would move the caret.
  const blur = () => {
    const composed = toNfc(text);
    if (composed !== text) change(composed);
    onBlur?.(composed);
  };

  const common = {
    id,
    className,
    value: text,
    lang: 'vi',
    spellCheck: false,
    'aria-label': label,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    'data-field': field,
    maxLength,
    placeholder,
    onKeyDown,
    onBlur: blur,
    onPaste: respellPaste ? tonePaste : undefined,
  };
  return multiline ? (
    <textarea
      {...common}
      ref={inputRef}
      rows={2}
      onChange={(event) => change(event.target.value)}
    />
  ) : (
    <input
      {...common}
      ref={inputRef}
      type="text"
      autoComplete="off"
      list={list}
      onChange={(event) => change(event.target.value)}
    />
  );
}
