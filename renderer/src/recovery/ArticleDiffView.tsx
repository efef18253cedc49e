/** What differs between the version on disk and the user's version, as a short readable list. */
import type { Article } from '../../../shared/article/schema';
import { diffArticles } from '../../../shared/recovery/article-diff';
import { useI18n } from '../i18n/I18nProvider';

/** Enough to recognise the changes; the full text is one click away in the editor. */
const MAX_SHOWN_CHANGES = 8;
const MAX_PARAGRAPH_CHARS = 240;

function clip(text: string): string {
  return text.length > MAX_PARAGRAPH_CHARS ? `${text.slice(0, MAX_PARAGRAPH_CHARS)}…` : text;
}

export function ArticleDiffView({ disk, mine }: { disk: Article; mine: Article }) {
  const { t } = useI18n();
  const diff = diffArticles(disk, mine);
  const shown = diff.paragraphs.slice(0, MAX_SHOWN_CHANGES);
  return (
    <section className="article-diff" aria-label={t('diff.title')}>
      <h3 className="article-diff-title">{t('diff.title')}</h3>
      {diff.fields.map((change) => (
        <p key={change.field} className="article-diff-field">
          {t('diff.field', {
            field: t(`field.${change.field}`),
            before: clip(change.before),
            after: clip(change.after),
          })}
        </p>
      ))}
      {diff.paragraphs.length === 0 && diff.fields.length === 0 ? (
        <p>{t('diff.none')}</p>
      ) : (
        <p>
          {t('diff.summary', {
            added: diff.addedCount,
            removed: diff.removedCount,
            unchanged: diff.unchangedCount,
          })}
        </p>
      )}
      {shown.length > 0 && (
        <ul className="article-diff-list">
          {shown.map((change, index) => (
            <li key={index} className={`article-diff-${change.kind}`}>
              <span className="article-diff-kind">
                {change.kind === 'added' ? t('diff.added') : t('diff.removed')}:{' '}
              </span>
              {change.part && change.part !== 'text' && (
                <span className="article-diff-part">{t(`diff.part.${change.part}`)}: </span>
              )}
              {clip(change.text)}
            </li>
          ))}
        </ul>
      )}
      {diff.paragraphs.length > shown.length && (
        <p>{t('diff.more', { count: diff.paragraphs.length - shown.length })}</p>
      )}
    </section>
  );
}
