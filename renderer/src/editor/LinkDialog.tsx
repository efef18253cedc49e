/**
 * Adds, edits or removes the link at the body's selection. A modal <dialog>
 * (focus stays inside, Escape closes); the selection is remembered when it opens
 * and restored when the link is applied, removed or not made after all
 * (Escape, Cancel), then focus returns to the body.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  type BaseSelection,
} from 'lexical';
import { $createLinkNode, $isLinkNode, $toggleLink } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import { ModalDialog } from '../app/ModalDialog';
import { useI18n } from '../i18n/I18nProvider';
import { normalizeTypedLinkUrl, readableLinkUrl } from './link-url';

function $currentLinkUrl(): string {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return '';
  const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
  return link && $isLinkNode(link) ? link.getURL() : '';
}

export function LinkDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const savedSelection = useRef<BaseSelection | null>(null);
  const [url, setUrl] = useState('');
  const [hadLink, setHadLink] = useState(false);
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();
  const errorId = useId();

  const rememberSelection = () => {
    const current = editor.getEditorState().read(() => {
      savedSelection.current = $getSelection()?.clone() ?? null;
      return $currentLinkUrl();
    });
    setUrl(readableLinkUrl(current));
    setHadLink(current !== '');
    setInvalid(false);
  };

  // Close the modal first: while it is open the body is inert and cannot take focus.
  const finish = () => {
    dialogRef.current?.close();
    onClose();
    editor.focus();
  };

  const restoreSelection = () => {
    const saved = savedSelection.current;
    if (saved) $setSelection(saved.clone());
  };

  // Closed without a link (Escape, Cancel): the selection as it was when the
  // dialog opened. Focus given back to the body alone let the browser put the
  // caret at its start: what was typed next landed in the body's first
  // paragraph instead of where the reporter had been writing.
  const cancel = () => {
    dialogRef.current?.close();
    onClose();
    editor.update(restoreSelection, { discrete: true });
    editor.focus();
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const href = normalizeTypedLinkUrl(url);
    if (href === null) {
      setInvalid(true);
      return;
    }
    editor.update(() => {
      restoreSelection();
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      const insideLink = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
      if (selection.isCollapsed() && !insideLink) {
        // No text chosen: insert the address itself as the link's text.
        const link = $createLinkNode(href);
        link.append($createTextNode(url.trim()));
        selection.insertNodes([link]);
      } else {
        $toggleLink(href);
      }
    });
    finish();
  };

  const remove = () => {
    editor.update(() => {
      restoreSelection();
      $toggleLink(null);
    });
    finish();
  };

  return (
    <ModalDialog
      ref={dialogRef}
      title={t('link.title')}
      className="link-dialog"
      open={open}
      onOpen={rememberSelection}
      onCancel={cancel}
    >
      <form onSubmit={apply} noValidate>
        <label htmlFor={inputId} className="field-label">
          {t('link.url')}
        </label>
        <input
          id={inputId}
          className="text-input"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={url}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(event) => {
            setUrl(event.target.value);
            if (invalid) setInvalid(false);
          }}
        />
        {invalid && (
          <p id={errorId} className="field-error" role="alert">
            {t('link.invalid')}
          </p>
        )}
        <div className="dialog-actions">
          {hadLink && (
            <button type="button" className="button button-danger" onClick={remove}>
              {t('link.remove')}
            </button>
          )}
          <span className="dialog-actions-spacer" />
          <button type="button" className="button" onClick={cancel}>
            {t('link.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('link.apply')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
