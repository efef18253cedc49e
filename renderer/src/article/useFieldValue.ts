/**
 * A text field that shows `value` while React leaves its element alone as the
 * reporter types. After every input event React "restores" a text field it
 * manages, writing a `<textarea>`'s `defaultValue` (its text, '' when it has
 * none) or an `<input>`'s value attribute, and that write splits the browser's
 * own undo into one step per character: Ctrl+Z in the headline took back a
 * letter at a time.
 *
 * So the field takes its input events itself and keeps them from React's root
 * listener (React only restores after an input event it dispatched), its
 * props never change (handlers go through a ref to the latest ones), and the
 * caller memoises the element so React never updates it. `value` is written
 * into the field only when it stops matching what the field shows: at mount,
 * and for a change from elsewhere (Normalise text, a line break replaced),
 * never for the reporter's own typing.
 */
import {
  useLayoutEffect,
  useMemo,
  useRef,
  type ClipboardEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';

export interface FieldHandlers<E extends HTMLInputElement | HTMLTextAreaElement> {
  onChange: (value: string) => void;
  onKeyDown?: (event: KeyboardEvent<E>) => void;
  onPaste?: (event: ClipboardEvent<E>) => void;
}

export interface StableFieldProps<E extends HTMLInputElement | HTMLTextAreaElement> {
  ref: RefObject<E | null>;
  onKeyDown: (event: KeyboardEvent<E>) => void;
  onPaste: (event: ClipboardEvent<E>) => void;
}

export function useFieldValue<E extends HTMLInputElement | HTMLTextAreaElement>(
  value: string,
  handlers: FieldHandlers<E>,
): StableFieldProps<E> {
  const ref = useRef<E | null>(null);
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  // After every render, not only when `value` changes: a change the handler
  // reshapes back to the same value (a line break in the headline becoming the
  // space that was already there) must still be written over the field.
  useLayoutEffect(() => {
    const field = ref.current;
    if (field && field.value !== value) field.value = value;
  });
  useLayoutEffect(() => {
    const field = ref.current;
    if (!field) return;
    const onInput = (event: Event) => {
      event.stopPropagation();
      latest.current.onChange(field.value);
    };
    field.addEventListener('input', onInput);
    return () => field.removeEventListener('input', onInput);
  }, []);
  return useMemo(
    () => ({
      ref,
      onKeyDown: (event: KeyboardEvent<E>) => latest.current.onKeyDown?.(event),
      onPaste: (event: ClipboardEvent<E>) => latest.current.onPaste?.(event),
    }),
    [],
  );
}
