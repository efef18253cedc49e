/**
 * The "Normalise text" command: the whole article (headline, sapo, byline and
 * the body with its figures and related news) in NFC and the house tone-mark
 * style, as one step the user can undo.
 *
 * The body changes in one Lexical update pushed as its own history entry, so
 * Ctrl+Z in the body undoes the body part. The short fields live outside
 * Lexical: the notice after the command offers "Undo", which restores them from
 * a snapshot and undoes the body entry too — but only while the body is still
 * exactly as the command left it, so an undo never eats later typing.
 */
import { useRef, useState } from 'react';
import { HISTORY_PUSH_TAG, UNDO_COMMAND, type EditorState, type LexicalEditor } from 'lexical';
import { normaliseText } from '../../../shared/text/normalise-article';
import type { DraftField } from '../article/article-draft';
import { useHouseStyle } from '../house-style/HouseStyleContext';
import { useI18n } from '../i18n/I18nProvider';
import { $normaliseBody } from './normalise-body';

const FIELDS: readonly DraftField[] = ['headline', 'sapo', 'byline'];

interface Done {
  changes: number;
  fieldsBefore: Record<DraftField, string>;
  fieldsAfter: Record<DraftField, string>;
  /** The body right after the command, when the command changed it. */
  bodyAfter: EditorState | null;
}

export interface NormaliseTextButtonProps {
  editor: LexicalEditor | null;
  getField: (field: DraftField) => string;
  setField: (field: DraftField, value: string) => void;
}

export function NormaliseTextButton({ editor, getField, setField }: NormaliseTextButtonProps) {
  const { t } = useI18n();
  const { toneStyle } = useHouseStyle();
  const [done, setDone] = useState<Done | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  /** The notice's buttons go with it: the focus goes back to the command. */
  const closeNotice = () => {
    setDone(null);
    buttonRef.current?.focus();
  };

  const run = () => {
    const fieldsBefore = {} as Record<DraftField, string>;
    const fieldsAfter = {} as Record<DraftField, string>;
    let changes = 0;
    for (const field of FIELDS) {
      const value = getField(field);
      const next = normaliseText(value, toneStyle);
      fieldsBefore[field] = value;
      fieldsAfter[field] = next;
      if (next !== value) {
        setField(field, next);
        changes += 1;
      }
    }
    let bodyChanges = 0;
    if (editor) {
      editor.update(
        () => {
          bodyChanges = $normaliseBody(toneStyle);
        },
        { discrete: true, tag: HISTORY_PUSH_TAG },
      );
    }
    changes += bodyChanges;
    setDone({
      changes,
      fieldsBefore,
      fieldsAfter,
      bodyAfter: bodyChanges > 0 && editor ? editor.getEditorState() : null,
    });
  };

  const undo = () => {
    if (!done) return;
    for (const field of FIELDS) {
      // A field typed in since is left alone rather than reverted over the new text.
      if (
        getField(field) === done.fieldsAfter[field] &&
        done.fieldsBefore[field] !== getField(field)
      )
        setField(field, done.fieldsBefore[field]);
    }
    if (editor && done.bodyAfter && editor.getEditorState() === done.bodyAfter)
      editor.dispatchCommand(UNDO_COMMAND, undefined);
    closeNotice();
  };

  const message =
    done === null
      ? ''
      : done.changes === 0
        ? t('normalise.nothing')
        : t('normalise.done', { count: done.changes });
  return (
    <>
      <button type="button" className="button button-quiet" ref={buttonRef} onClick={run}>
        {t('normalise.button')}
      </button>
      {/* Read out from an element that is always there (one inserted with its
          text is often not read), without the notice's buttons. */}
      <span className="visually-hidden" aria-live="polite">
        {message}
      </span>
      {done && (
        <p className="normalise-notice">
          {/* Read out by the region above, once. */}
          <span aria-hidden="true">{message}</span>
          {done.changes > 0 && (
            <button type="button" className="button button-quiet" onClick={undo}>
              {t('normalise.undo')}
            </button>
          )}
          <button type="button" className="button button-quiet" onClick={closeNotice}>
            {t('app.dismiss')}
          </button>
        </p>
      )}
    </>
  );
}
