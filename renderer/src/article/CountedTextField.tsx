/**
 * A labelled text area with its length against the house-style limit beside
 * the label ("n / max characters", counted as the checks count it), which the
 * text area names as its description. The headline and the sapo are each one.
 */
import { useId, useMemo, type ClipboardEvent, type KeyboardEvent } from 'react';
import { countCharacters } from '../../../shared/text/count';
import { isComposingKey } from '../app/keys';
import { useFieldValue } from './useFieldValue';
import { useI18n } from '../i18n/I18nProvider';

export interface CountedTextFieldProps {
  /** The text area's id: the checks jump to it, and other fields move focus to it. */
  id: string;
  label: string;
  /** The field wrapper's own class, beside `field` (e.g. `field-headline`). */
  className: string;
  /** The text area's class (e.g. `input-headline`). */
  inputClassName: string;
  rows: number;
  value: string;
  /** The house-style limit shown in the counter: advice, the text may pass it. */
  max: number;
  /** The stored field's limit (TEXT_LIMITS): the text area takes no more. */
  maxLength: number;
  onChange: (value: string) => void;
  /** Never called for a key that is part of an IME composition (Telex, VNI…). */
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  onPaste?: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
}

export function CountedTextField({
  id,
  label,
  className,
  inputClassName,
  rows,
  value,
  max,
  maxLength,
  onChange,
  onKeyDown,
  onPaste,
}: CountedTextFieldProps) {
  const { t } = useI18n();
  const countId = useId();
  const field = useFieldValue<HTMLTextAreaElement>(value, {
    onChange,
    onKeyDown: (event) => {
      if (onKeyDown && !isComposingKey(event.nativeEvent)) onKeyDown(event);
    },
    onPaste,
  });
  // The same element while these stay: React never rewrites the field (useFieldValue.ts).
  const textarea = useMemo(
    () => (
      <textarea
        id={id}
        className={inputClassName}
        rows={rows}
        maxLength={maxLength}
        lang="vi"
        spellCheck={false}
        aria-describedby={countId}
        {...field}
      />
    ),
    [id, inputClassName, rows, maxLength, countId, field],
  );
  return (
    <div className={`field ${className}`}>
      <div className="field-head">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        <span id={countId} className="field-count">
          {/* Trimmed, as the checks and the export take it: a trailing space
              is not one character over the limit. */}
          {t('field.charactersOfMax', { count: countCharacters(value.trim()), max })}
        </span>
      </div>
      {textarea}
    </div>
  );
}
