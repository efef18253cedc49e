/**
 * The toolbar's "Insert related news". Like the other toolbar buttons it does
 * not take focus on mouse down, so the caret still marks where the block goes.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useI18n } from '../../i18n/I18nProvider';
import { INSERT_RELATED_NEWS_COMMAND } from './RelatedNewsPlugin';

export function InsertRelatedNewsButton() {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const label = t('related.insert');
  return (
    <button
      type="button"
      className="toolbar-button tb-related"
      aria-label={label}
      title={label}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => editor.dispatchCommand(INSERT_RELATED_NEWS_COMMAND, undefined)}
    >
      <span aria-hidden="true">☰+</span>
    </button>
  );
}
