/** The status bar under the article: words (syllables), characters, reading time. */
import { useCallback } from 'react';
import type { LexicalEditor } from 'lexical';
import { useLiveText, writeText } from '../app/useLiveText';
import { useI18n } from '../i18n/I18nProvider';
import { useBodyCounts, type BodyCounts } from './useBodyCounts';

/**
 * The three figures are written into their spans directly (useLiveText), not
 * rendered: a recount while the body has focus would otherwise be a React
 * commit, and every commit walks the focused body's DOM.
 */
export function BodyCountsBar({ editor }: { editor: LexicalEditor | null }) {
  const { t } = useI18n();
  const counts = useBodyCounts(editor);
  const apply = useCallback(
    (footer: HTMLElement, value: BodyCounts) => {
      const [words, characters, reading] = footer.children;
      writeText(words!, t('counts.words', { count: value.words }));
      writeText(characters!, t('counts.characters', { count: value.characters }));
      writeText(reading!, t('counts.readingTime', { count: value.minutes }));
    },
    [t],
  );
  const ref = useLiveText(counts, apply);
  return (
    <footer ref={ref} className="counts-bar" aria-label={t('counts.label')}>
      <span className="counts-words" />
      <span className="counts-characters" />
      <span className="counts-reading" />
    </footer>
  );
}
