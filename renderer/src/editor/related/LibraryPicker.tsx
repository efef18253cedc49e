/**
 * "Pick from library": a search over the library's headlines and sapos that
 * ignores diacritics ("bac giang" finds "Bắc Giang"), through the sidebar's
 * own index (useLibrarySearch). Choosing a result hands its summary back. The
 * article being edited is not offered: a related item never links to itself.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ArticleSummary } from '../../../../shared/article/schema';
import { useLibrarySearch } from '../../library/useLibrarySearch';
import { useI18n } from '../../i18n/I18nProvider';
import { isComposingKey } from '../../app/keys';
import { useCurrentArticleId } from '../figure/current-article';
import type { LibraryArticles } from './useLibraryArticles';

/** Enough to find an article by a word or two; the list stays short enough to scan. */
const MAX_RESULTS = 8;

export interface LibraryPickerProps {
  library: LibraryArticles;
  onPick: (article: ArticleSummary) => void;
  onClose: () => void;
}

export function LibraryPicker({ library, onPick, onClose }: LibraryPickerProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const articles = library.kind === 'loaded' ? library.articles : null;
  const openId = useCurrentArticleId();

  const { articles: matches, complete } = useLibrarySearch(articles, query);
  // The open article itself is left out (a box linking to its own page).
  const results = useMemo(
    () => matches.filter((article) => article.id !== openId).slice(0, MAX_RESULTS),
    [matches, openId],
  );

  useEffect(() => searchRef.current?.focus(), []);

  const keyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (isComposingKey(event.nativeEvent)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div className="related-picker" onKeyDown={keyDown}>
      <div className="related-picker-bar">
        <input
          ref={searchRef}
          type="search"
          className="related-picker-search text-input"
          aria-label={t('related.search')}
          placeholder={t('related.search')}
          lang="vi"
          spellCheck={false}
          autoComplete="off"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button
          type="button"
          className="button button-quiet related-picker-close"
          aria-label={t('related.closePicker')}
          title={t('related.closePicker')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {/* What the search found, for screen readers, as the library's own search
          says it: a live region that is always there (one inserted with its
          text is often not read). */}
      <p className="visually-hidden" aria-live="polite">
        {library.kind !== 'loaded' || query.trim() === ''
          ? ''
          : results.length > 0
            ? t('library.matches', { count: results.length })
            : complete
              ? t('related.noMatches', { query })
              : t('library.searching')}
      </p>
      {library.kind === 'failed' && (
        <p className="field-error" role="alert">
          {t('related.libraryLoadFailed', { detail: library.message })}
        </p>
      )}
      {library.kind === 'loaded' && results.length === 0 && (
        <p className="related-picker-empty">
          {/* Nothing typed yet: "No article matches “”." named no search. */}
          {query.trim() === ''
            ? t('related.noOtherArticles')
            : complete
              ? t('related.noMatches', { query })
              : t('library.searching')}
        </p>
      )}
      {results.length > 0 && (
        <ul className="related-picker-results">
          {results.map((article) => (
            <li key={article.id}>
              <button
                type="button"
                className="related-picker-result"
                onClick={() => onPick(article)}
              >
                {/* The article's Vietnamese, whatever the UI speaks ("Untitled" is the UI's). */}
                <span
                  className="related-picker-headline"
                  lang={article.headline ? 'vi' : undefined}
                >
                  {article.headline || t('library.untitled')}
                </span>
                {article.sapo !== '' && (
                  <span className="related-picker-sapo" lang="vi">
                    {article.sapo}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
