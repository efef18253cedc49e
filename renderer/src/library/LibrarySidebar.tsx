/**
 * The library: a search box, "New article", the articles newest first (headline,
 * status, last edit) with a trash button each, and the folders the store could
 * not read, listed with the reason.
 */
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { useRowsInView } from './useRowsInView';
import type { ArticleSummary, DamagedArticle } from '../../../shared/article/schema';
import { useI18n } from '../i18n/I18nProvider';
import { formatEditedTime, prepareEditedTimeFormats } from '../i18n/format-time';
import { whenIdle } from '../app/idle';
import { useLibrarySearch } from './useLibrarySearch';
import { useNow } from './useNow';
import { useFocusAfterTrash } from './useFocusAfterTrash';
import { TrashIcon } from '../app/icons';
import { ShowInFolderButton } from '../recovery/ShowInFolderButton';
import { SidebarPanel } from './SidebarPanel';
import { makeRovingList } from './roving-list';

export interface LibrarySidebarProps {
  /** Null until the library is listed: nothing is said about it before. */
  articles: ArticleSummary[] | null;
  damaged: DamagedArticle[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The pointer went down on an entry: its click (and load) usually follows. */
  onPress: (id: string) => void;
  onNew: () => void;
  onTrash: (article: ArticleSummary) => void;
  /** A damaged article's version history: the way back to a good version of it. */
  onShowHistory: (id: string) => void;
  onShowTrash: () => void;
  /** Coming back from the trash: its "Back" button is gone, the focus goes to "Trash". */
  focusTrashButton?: boolean;
}

export function LibrarySidebar({
  articles,
  damaged,
  selectedId,
  onSelect,
  onPress,
  onNew,
  onTrash,
  onShowHistory,
  onShowTrash,
  focusTrashButton = false,
}: LibrarySidebarProps) {
  const { t, language } = useI18n();
  const trashButtonRef = useRef<HTMLButtonElement>(null);
  // Once, as the view comes back: never later, while the reporter works.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => void (focusTrashButton && trashButtonRef.current?.focus()), []);
  const [query, setQuery] = useState('');
  // While the list is on its way, not in its first render (≈ 13 ms).
  useEffect(() => whenIdle(() => prepareEditedTimeFormats(language)), [language]);
  const { articles: shown, complete } = useLibrarySearch(articles, query);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => (listRef.current ? makeRovingList(listRef.current) : undefined), []);
  const { limit, moreRef, showMore } = useRowsInView(listRef, query);
  const rendered = shown.slice(0, limit);
  // The open article stays listed and marked when it is further down than the
  // rows rendered (opened from a search, or reopened at start): after them,
  // until "Show more" reaches its place.
  const openBelow =
    selectedId !== null && shown.length > limit && !rendered.some((a) => a.id === selectedId)
      ? shown.find((article) => article.id === selectedId)
      : undefined;
  const listed = openBelow ? [...rendered, openBelow] : rendered;
  const newButtonRef = useRef<HTMLButtonElement>(null);
  const noteTrashAsked = useFocusAfterTrash(listRef, listed, newButtonRef);
  const now = useNow();
  // Rows get callbacks that never change, so a row re-renders only when its own
  // article, selection or the minute changes (App passes new closures on every
  // render, and it renders on every save state).
  const handlers = useRef({ onSelect, onPress, onTrash });
  useEffect(() => {
    handlers.current = { onSelect, onPress, onTrash };
  });
  const select = useCallback((id: string) => handlers.current.onSelect(id), []);
  const press = useCallback((id: string) => handlers.current.onPress(id), []);
  const trash = useCallback(
    (article: ArticleSummary) => {
      noteTrashAsked(article.id);
      handlers.current.onTrash(article);
    },
    [noteTrashAsked],
  );

  return (
    <SidebarPanel
      title={t('library.heading')}
      action={
        <button type="button" className="button button-primary" ref={newButtonRef} onClick={onNew}>
          {t('library.new')}
        </button>
      }
    >
      <input
        type="search"
        className="text-input sidebar-search"
        aria-label={t('library.search')}
        placeholder={t('library.searchPlaceholder')}
        lang="vi"
        spellCheck={false}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {/* What the search found, for screen readers: a live region that is
          always there (one inserted with its text is often not read). */}
      <p className="visually-hidden sidebar-search-status" aria-live="polite">
        {!articles || query.trim() === ''
          ? ''
          : shown.length > 0
            ? t('library.matches', { count: shown.length })
            : complete
              ? t('library.noMatches', { query })
              : t('library.searching')}
      </p>
      {!articles ? null : articles.length === 0 && damaged.length === 0 ? (
        <p className="sidebar-empty">{t('library.empty')}</p>
      ) : shown.length === 0 && query.trim() !== '' ? (
        <p className="sidebar-empty">
          {complete ? t('library.noMatches', { query }) : t('library.searching')}
        </p>
      ) : null}
      <ul className="article-list" ref={listRef}>
        {listed.map((article) => (
          <ArticleRow
            key={article.id}
            article={article}
            selected={article.id === selectedId}
            now={now}
            onSelect={select}
            onPress={press}
            onTrash={trash}
          />
        ))}
        {shown.length > limit && (
          <li className="article-more" ref={moreRef}>
            <button type="button" className="button button-quiet" onClick={showMore}>
              {t('library.showMore', { left: shown.length - limit })}
            </button>
          </li>
        )}
        {damaged.map((item) => (
          <li key={item.id} className="article-item is-damaged">
            <div className="article-open">
              <span className="article-headline">
                {t('library.damaged')}: {item.id}
              </span>
              {/* Main's own sentence (English, with the file's detail) stays as the tooltip. */}
              <span className="article-damage" title={item.message}>
                {t(`library.damage.${item.code}`)}
              </span>
            </div>
            {/* A damaged file can be replaced by a good version of it; a newer
                Newsdesk's file is not damaged, and is never replaced. */}
            {item.code !== 'unsupported-version' && (
              <button
                type="button"
                className="button button-quiet"
                aria-label={t('damaged.historyOf', { id: item.id })}
                onClick={() => onShowHistory(item.id)}
              >
                {t('history.open')}
              </button>
            )}
            <ShowInFolderButton articleId={item.id} />
          </li>
        ))}
      </ul>
      <div className="sidebar-foot">
        <button
          type="button"
          className="button button-quiet"
          ref={trashButtonRef}
          onClick={onShowTrash}
        >
          {t('library.trash')}
        </button>
      </div>
    </SidebarPanel>
  );
}

/**
 * One article of the list. Memoised: a save replaces one summary, and a library
 * of 10,000 rows must not all re-render (and re-format their times) for it.
 */
const ArticleRow = memo(function ArticleRow({
  article,
  selected,
  now,
  onSelect,
  onPress,
  onTrash,
}: {
  article: ArticleSummary;
  selected: boolean;
  now: number;
  onSelect: (id: string) => void;
  onPress: (id: string) => void;
  onTrash: (article: ArticleSummary) => void;
}) {
  const { t, language } = useI18n();
  const headline = article.headline.trim() || t('library.untitled');
  return (
    <li className={`article-item${selected ? ' is-selected' : ''}`} data-article-id={article.id}>
      <button
        type="button"
        className="article-open"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(article.id)}
        onPointerDown={(event) => {
          if (event.button === 0 && !selected) onPress(article.id);
        }}
      >
        {/* The headline is the article's Vietnamese, whatever the UI speaks:
            an English screen reader voice read it as English words. */}
        <span
          className={`article-headline${article.headline.trim() ? '' : ' is-untitled'}`}
          lang={article.headline.trim() ? 'vi' : undefined}
        >
          {headline}
        </span>
        <span className="article-meta">
          <span className={`status-badge status-${article.status}`}>
            {t(`status.${article.status}`)}
          </span>
          <span className="article-time">
            {t('time.edited', {
              time: formatEditedTime(article.updatedAt, language, now),
            })}
          </span>
        </span>
      </button>
      <button
        type="button"
        className="icon-button article-trash"
        aria-label={t('library.moveToTrashNamed', { headline })}
        title={t('library.moveToTrash')}
        onClick={() => onTrash(article)}
      >
        <TrashIcon />
      </button>
    </li>
  );
});
