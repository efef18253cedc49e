/**
 * The toolbar's "Insert image": a file input in both hosts for now (in Electron
 * a main-process dialog is the goal; this path keeps working either way). The
 * input is hidden and opened by the button, which does not take focus, so the
 * caret stays where the figure will go.
 */
import { useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useI18n } from '../../i18n/I18nProvider';
import { INSERT_IMAGE_FILES_COMMAND } from './figure-commands';
import { IMAGE_ACCEPT } from './image-files';

export function InsertImageButton() {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const label = t('toolbar.insertImage');
  return (
    <>
      <button
        type="button"
        className="toolbar-button tb-image"
        aria-label={label}
        title={label}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => input.current?.click()}
      >
        <span aria-hidden="true">▣</span>
      </button>
      <input
        ref={input}
        className="figure-file-input"
        type="file"
        accept={IMAGE_ACCEPT}
        multiple
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) editor.dispatchCommand(INSERT_IMAGE_FILES_COMMAND, files);
        }}
      />
    </>
  );
}
