/** The status bar under the article: words (syllables), characters, reading time. */
import type { LexicalEditor } from 'lexical';
import { useI18n } from '../i18n/I18nProvider';
import { useBodyCounts } from './useBodyCounts';

export function BodyCountsBar({ editor }: { editor: LexicalEditor | null }) {
  const { t } = useI18n();
  const counts = useBodyCounts(editor);
  return (
    <footer className="counts-bar" aria-label={t('counts.label')}>
      <span className="counts-words">{t('counts.words', { count: counts.words })}</span>
      <span className="counts-characters">
        {t('counts.characters', { count: counts.characters })}
      </span>
      <span className="counts-reading">{t('counts.readingTime', { count: counts.minutes })}</span>
    </footer>
  );
}
