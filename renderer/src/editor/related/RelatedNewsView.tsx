/**
 * The related-news block in the editor: its heading (with the usual headings
 * offered), its items, and "Add related item". Every edit is a Lexical update
 * (block-edits.ts), so undo/redo and autosave see it like any body edit.
 *
 * The heading and items are made once the box nears the viewport or the
 * browser is idle (deferred-block-fields.ts), at once for a box just inserted.
 */
import { TEXT_LIMITS } from '../../../../shared/article/limits';
import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { $createNodeSelection, $setSelection, type LexicalEditor, type NodeKey } from 'lexical';
import { RELATED_HEADING_SUGGESTIONS } from '../../../../shared/article/blocks';
import { emptyRelatedItem } from '../../../../shared/related/items';
import type { DecoratorViewProps } from '../../../../shared/nodes/decorator-views';
import { useI18n } from '../../i18n/I18nProvider';
import { BlockTextField } from './BlockTextField';
import { RelatedItemEditor } from './RelatedItemEditor';
import { editBlock } from './block-edits';
import { handleHistoryKey, shieldFromLexical } from './field-keys';
import { focusTextBefore, isShiftTab } from '../leave-block-backwards';
import { hasPendingFocus, takePendingFocus } from './pending-focus';
import { useBlockFieldsShown } from '../deferred-block-fields';
import { useDecoratorSelection } from '../useDecoratorSelection';
import { useLibraryArticles } from './useLibraryArticles';
import { useRelatedNewsNode } from './useRelatedNewsNode';

/** A field to focus after the next render: the item moved, was just added, or its neighbour removed. */
interface FocusRequest {
  /** The item whose field takes the focus; null for the "Add related item" button. */
  itemKey: string | null;
  field: string;
}

function selectWholeBlock(editor: LexicalEditor, nodeKey: NodeKey): void {
  editor.getRootElement()?.focus({ preventScroll: true });
  editor.update(() => {
    const selection = $createNodeSelection();
    selection.add(nodeKey);
    $setSelection(selection);
  });
}

export function RelatedNewsView({ nodeKey, editor }: DecoratorViewProps) {
  const { t, language } = useI18n();
  const node = useRelatedNewsNode(editor, nodeKey);
  const { library, refresh } = useLibraryArticles();
  const containerRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusRequest = useRef<FocusRequest | null>(null);
  const [selected] = useDecoratorSelection(editor, nodeKey);
  const [fieldsShown, watchBar] = useBlockFieldsShown(hasPendingFocus(nodeKey));
  // Suggestions are buttons, not a <datalist>: an input with a list is a combobox, and
  // the heading's contract is a textbox (DESIGN.md, accessible names).
  const ids = { heading: useId() };

  useEffect(() => {
    const container = containerRef.current;
    return container ? shieldFromLexical(container) : undefined;
  }, []);

  useEffect(() => {
    if (takePendingFocus(nodeKey)) headingRef.current?.focus();
  }, [nodeKey]);

  // After a move React may have re-inserted the focused element: put the focus back.
  useLayoutEffect(() => {
    const request = focusRequest.current;
    if (!request) return;
    focusRequest.current = null;
    if (request.itemKey === null) {
      addRef.current?.focus();
      return;
    }
    const item = containerRef.current?.querySelector(
      `[data-item-key="${CSS.escape(request.itemKey)}"]`,
    );
    const target =
      item?.querySelector<HTMLElement>(`[data-field="${request.field}"]:not(:disabled)`) ??
      item?.querySelector<HTMLElement>('[data-field="headline"]');
    if (target && document.activeElement !== target) target.focus();
  });

  if (node === null) return null;
  const heading = node.__heading;
  const items = node.__items;

  const fieldKeyDown = (event: KeyboardEvent<HTMLElement>) =>
    handleHistoryKey(event.nativeEvent, editor);

  const move = (itemKey: string, toIndex: number, focusField: string) => {
    if (toIndex < 0 || toIndex >= items.length) return;
    focusRequest.current = { itemKey, field: focusField };
    editBlock(editor, nodeKey, (block) => block.moveItem(itemKey, toIndex));
  };

  /**
   * The focus goes to the next item (else the previous one, else "Add"): on
   * the removed item's button it fell to the page, where Ctrl+Z undid nothing.
   */
  const remove = (itemKey: string) => {
    const index = items.findIndex((item) => item.key === itemKey);
    const neighbour = items[index + 1] ?? items[index - 1];
    focusRequest.current = { itemKey: neighbour?.key ?? null, field: 'headline' };
    editBlock(editor, nodeKey, (block) => block.removeItem(itemKey));
  };

  const add = () => {
    const item = emptyRelatedItem();
    focusRequest.current = { itemKey: item.key, field: 'headline' };
    editBlock(editor, nodeKey, (block) => block.addItem(item));
  };

  // Clicking the block's bar selects the block as a whole (copy, cut, delete).
  const selectBlock = (event: MouseEvent<HTMLElement>) => {
    event.preventDefault();
    selectWholeBlock(editor, nodeKey);
  };

  return (
    <section
      ref={containerRef}
      // Selected as a whole (its bar clicked, the arrow keys): shown as the figure shows it.
      className={selected ? 'related-news-editor is-selected' : 'related-news-editor'}
      aria-label={t('related.block')}
      // Its controls speak the UI's language; its fields (lang="vi", BlockTextField) the article's.
      lang={language}
    >
      <div
        ref={watchBar}
        className="related-news-bar"
        data-lexical-owned
        title={t('related.block')}
        onMouseDown={selectBlock}
      >
        <span className="related-news-badge">{t('related.block')}</span>
      </div>
      {fieldsShown ? (
        <>
          <div className="related-news-heading-row">
            <BlockTextField
              id={ids.heading}
              field="heading"
              maxLength={TEXT_LIMITS.relatedHeading}
              className="text-input related-heading"
              label={t('related.heading')}
              placeholder={t('related.heading')}
              value={heading}
              inputRef={headingRef}
              onKeyDown={(event) => {
                // The box's first field: Shift+Tab leaves the box for the text before it.
                if (isShiftTab(event.nativeEvent)) {
                  event.preventDefault();
                  focusTextBefore(editor, nodeKey);
                } else fieldKeyDown(event);
              }}
              onText={(text) => {
                editBlock(editor, nodeKey, (block) => block.setHeading(text), 'heading');
                return text;
              }}
            />
            <div
              className="related-heading-suggestions"
              role="group"
              aria-label={t('related.headingSuggestions')}
              // A suggestion chosen from the keyboard keeps the focus: Ctrl+Z there undoes it.
              onKeyDown={fieldKeyDown}
            >
              {RELATED_HEADING_SUGGESTIONS.map((suggestion) => (
                <button
                  key={suggestion}
                  type="button"
                  className="related-suggestion"
                  aria-pressed={heading === suggestion}
                  onClick={() =>
                    editBlock(editor, nodeKey, (block) => block.setHeading(suggestion))
                  }
                >
                  {suggestion}
                </button>
              ))}
            </div>
          </div>
          {items.length === 0 && <p className="related-empty">{t('related.empty')}</p>}
          <ol className="related-items" aria-describedby={undefined}>
            {items.map((item, index) => (
              <RelatedItemEditor
                key={item.key}
                item={item}
                index={index}
                count={items.length}
                library={library}
                onRefreshLibrary={refresh}
                onPatch={(patch, typingField) =>
                  editBlock(
                    editor,
                    nodeKey,
                    (block) => block.updateItem(item.key, patch),
                    typingField === undefined ? undefined : `${item.key}:${typingField}`,
                  )
                }
                onMove={(toIndex, field) => move(item.key, toIndex, field)}
                onRemove={() => remove(item.key)}
                onFieldKeyDown={fieldKeyDown}
                onDropItem={(draggedKey, toIndex) => move(draggedKey, toIndex, 'headline')}
              />
            ))}
          </ol>
          <p className="related-hint">{t('related.moveHint')}</p>
          <button
            type="button"
            className="button related-add"
            ref={addRef}
            // The focus lands here when the last item is removed: Ctrl+Z must bring it back.
            onKeyDown={fieldKeyDown}
            onClick={add}
          >
            {t('related.add')}
          </button>
        </>
      ) : (
        // About the height the heading and items will take, so nothing jumps
        // (related-news.css, from the item count on the block's element).
        <div className="related-news-pending" />
      )}
    </section>
  );
}
