/**
 * One item of a related-news block: headline, summary and link, with buttons
 * to move, remove or fill it from the library. Alt+Up / Alt+Down anywhere in
 * the item moves it; the drag handle reorders it with the mouse.
 */
import { useEffect, useId, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { TEXT_LIMITS } from '../../../../shared/article/limits';
import type { RelatedItem } from '../../../../shared/article/blocks';
import type { ArticleSummary } from '../../../../shared/article/schema';
import { checkRelatedUrl, type RelatedLinkRefusal } from '../../../../shared/related/link';
import { pickedItemPatch, type RelatedItemPatch } from '../../../../shared/related/items';
import { useI18n } from '../../i18n/I18nProvider';
import { isComposingKey } from '../../app/keys';
import { BlockTextField } from './BlockTextField';
import { LibraryPicker } from './LibraryPicker';
import type { LibraryArticles } from './useLibraryArticles';

/** The drag payload's type: only our own items can be dropped on the list. */
export const RELATED_ITEM_DRAG_TYPE = 'application/x-newsdesk-related-item';

export interface RelatedItemEditorProps {
  item: RelatedItem;
  index: number;
  count: number;
  library: LibraryArticles;
  onRefreshLibrary: () => void;
  onPatch: (patch: RelatedItemPatch, typingField?: string) => void;
  onMove: (toIndex: number, focusField: string) => void;
  onRemove: () => void;
  onFieldKeyDown: (event: KeyboardEvent<HTMLElement>) => boolean;
  onDropItem: (draggedKey: string, toIndex: number) => void;
}

export function RelatedItemEditor({
  item,
  index,
  count,
  library,
  onRefreshLibrary,
  onPatch,
  onMove,
  onRemove,
  onFieldKeyDown,
  onDropItem,
}: RelatedItemEditorProps) {
  const { t } = useI18n();
  const ids = { headline: useId(), summary: useId(), link: useId(), error: useId() };
  const [linkError, setLinkError] = useState<RelatedLinkRefusal | null>(null);
  const [picking, setPicking] = useState(false);
  const [dropTarget, setDropTarget] = useState(false);
  /**
   * Where the focus goes once the control that had it is gone: closing the
   * library search (a pick, Escape, ×) gives it back to "Pick from library",
   * clearing the library link gives it to the link field that takes its place.
   * Left to fall, it landed in the body, and the next keys typed into the
   * paragraph after the box.
   */
  const [focusNext, setFocusNext] = useState<'pick' | 'link' | null>(null);
  const pickButtonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusNext === null) return;
    if (focusNext === 'pick') pickButtonRef.current?.focus();
    else document.getElementById(ids.link)?.focus();
    setFocusNext(null);
  }, [focusNext, ids.link]);

  /**
   * A link the store holds again (Ctrl+Z after a refused one was typed over
   * it, redo) passed the check when it was stored: the refusal of the text it
   * replaces no longer applies. Kept, it flagged the restored link as refused.
   */
  const storedLink = item.link;
  useEffect(() => {
    if (storedLink !== null) setLinkError(null);
  }, [storedLink]);

  const linkText = item.link?.kind === 'url' ? item.link.url : '';
  const libraryArticle =
    item.link?.kind === 'article' && library.kind === 'loaded'
      ? library.articles.find(
          (article) => article.id === (item.link as { articleId: string }).articleId,
        )
      : undefined;

  const keyDown = (event: KeyboardEvent<HTMLElement>) => {
    // The library search box is not part of the item: its keys are its own.
    if ((event.target as HTMLElement).closest('.related-picker')) return;
    if (onFieldKeyDown(event)) return;
    const native = event.nativeEvent;
    if (isComposingKey(native)) return;
    if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
        event.preventDefault();
        const field = (event.target as HTMLElement).dataset.field ?? 'headline';
        onMove(index + (event.key === 'ArrowUp' ? -1 : 1), field);
      }
    }
  };

  const changeLink = (text: string): string => {
    const checked = checkRelatedUrl(text);
    if (checked.ok) {
      setLinkError(null);
      onPatch({ link: checked.link }, 'link');
      return checked.link?.kind === 'url' ? checked.link.url : '';
    }
    // Refused: nothing is stored as a URL, the text stays in the field to be fixed.
    // A scheme that can never be allowed is reported at once; a half-typed address on leaving.
    setLinkError(checked.message === 'related.linkRefused' ? checked.message : null);
    onPatch({ link: null }, 'link');
    return '';
  };

  const closePicker = () => {
    setPicking(false);
    setFocusNext('pick');
  };

  const pick = (article: ArticleSummary) => {
    closePicker();
    setLinkError(null);
    onPatch(pickedItemPatch(article));
  };

  const dragStart = (event: DragEvent<HTMLElement>) => {
    event.dataTransfer.setData(RELATED_ITEM_DRAG_TYPE, item.key);
    event.dataTransfer.effectAllowed = 'move';
  };
  const isOurDrag = (event: DragEvent<HTMLElement>) =>
    event.dataTransfer.types.includes(RELATED_ITEM_DRAG_TYPE);
  const dragOver = (event: DragEvent<HTMLElement>) => {
    if (!isOurDrag(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setDropTarget(true);
  };
  const drop = (event: DragEvent<HTMLElement>) => {
    setDropTarget(false);
    if (!isOurDrag(event)) return;
    event.preventDefault();
    const dragged = event.dataTransfer.getData(RELATED_ITEM_DRAG_TYPE);
    if (dragged !== '' && dragged !== item.key) onDropItem(dragged, index);
  };

  const position = index + 1;
  return (
    <li
      className={dropTarget ? 'related-item related-item-drop' : 'related-item'}
      aria-label={t('related.item', { number: position })}
      data-item-key={item.key}
      onKeyDown={keyDown}
      onDragOver={dragOver}
      onDragLeave={() => setDropTarget(false)}
      onDrop={drop}
    >
      <div className="related-item-side">
        <span
          className="related-drag-handle"
          draggable
          title={t('related.drag')}
          aria-hidden="true"
          data-drag-handle
          onDragStart={dragStart}
        >
          ⠿
        </span>
        <span className="related-item-number" aria-hidden="true">
          {position}
        </span>
      </div>
      <div className="related-item-fields">
        <BlockTextField
          id={ids.headline}
          field="headline"
          maxLength={TEXT_LIMITS.relatedHeadline}
          className="text-input related-headline"
          label={t('related.headline')}
          placeholder={t('related.headline')}
          value={item.headline}
          onText={(text) => {
            onPatch({ headline: text }, 'headline');
            return text;
          }}
        />
        <BlockTextField
          id={ids.summary}
          field="summary"
          maxLength={TEXT_LIMITS.relatedSummary}
          multiline
          className="text-input related-summary"
          label={t('related.summary')}
          placeholder={t('related.summary')}
          value={item.summary}
          onText={(text) => {
            onPatch({ summary: text }, 'summary');
            return text;
          }}
        />
        {item.link?.kind === 'article' ? (
          <div className="related-chip-row">
            <span className="related-chip">
              {t('related.libraryChip', {
                // An untitled article is named as the library names it: "Library: " alone said nothing.
                headline:
                  library.kind === 'loaded' && libraryArticle === undefined
                    ? t('related.missingArticle')
                    : (libraryArticle?.headline ?? item.headline) || t('library.untitled'),
              })}
            </span>
            <button
              type="button"
              className="button button-quiet related-chip-clear"
              aria-label={t('related.clearLibraryLink')}
              title={t('related.clearLibraryLink')}
              onClick={() => {
                onPatch({ link: null });
                setFocusNext('link');
              }}
            >
              ×
            </button>
          </div>
        ) : (
          <BlockTextField
            id={ids.link}
            field="link"
            respellPaste={false}
            maxLength={TEXT_LIMITS.relatedUrl}
            className="text-input related-link"
            label={t('related.link')}
            placeholder="https://…"
            value={linkText}
            invalid={linkError !== null}
            describedBy={linkError !== null ? ids.error : undefined}
            onText={changeLink}
            onBlur={(text) => {
              const checked = checkRelatedUrl(text);
              setLinkError(checked.ok ? null : checked.message);
            }}
          />
        )}
        {linkError !== null && (
          <p id={ids.error} className="field-error related-link-error" role="alert">
            {t(linkError)}
          </p>
        )}
        {picking && <LibraryPicker library={library} onPick={pick} onClose={closePicker} />}
      </div>
      <div className="related-item-actions">
        <button
          type="button"
          className="button button-quiet related-move-up"
          data-field="move-up"
          aria-label={t('related.moveUp')}
          title={`${t('related.moveUp')} (Alt+↑)`}
          disabled={index === 0}
          onClick={() => onMove(index - 1, 'move-up')}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button-quiet related-move-down"
          data-field="move-down"
          aria-label={t('related.moveDown')}
          title={`${t('related.moveDown')} (Alt+↓)`}
          disabled={index === count - 1}
          onClick={() => onMove(index + 1, 'move-down')}
        >
          ↓
        </button>
        <button
          type="button"
          className="button button-quiet related-pick"
          ref={pickButtonRef}
          aria-expanded={picking}
          onClick={() => {
            if (!picking) onRefreshLibrary();
            setPicking(!picking);
          }}
        >
          {t('related.pick')}
        </button>
        <button
          type="button"
          className="button button-quiet button-danger related-remove"
          aria-label={t('related.remove')}
          title={t('related.remove')}
          onClick={onRemove}
        >
          ×
        </button>
      </div>
    </li>
  );
}
