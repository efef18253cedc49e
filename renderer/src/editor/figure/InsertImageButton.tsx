/**
 * The toolbar's "Insert image": in Electron a dialog main opens and imports
 * from (CHOOSE_AND_INSERT_IMAGES_COMMAND), in the web host a file input. The
 * input is hidden and opened by the button, which does not take focus, so the
 * caret stays where the figure will go.
 */
import { useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useI18n } from '../../i18n/I18nProvider';
import { CHOOSE_AND_INSERT_IMAGES_COMMAND, INSERT_IMAGE_FILES_COMMAND } from './figure-commands';
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
        onClick={() => {
          // The preload's bridge is there only in Electron, where main has the dialog.
          if (window.newsdesk) editor.dispatchCommand(CHOOSE_AND_INSERT_IMAGES_COMMAND, undefined);
          else input.current?.click();
        }}
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
