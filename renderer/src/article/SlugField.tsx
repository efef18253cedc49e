/**
 * The article's slug in its metadata: the name of its export folder. Empty means
 * "from the headline", and the placeholder shows what that gives right now. What
 * is typed is kept as typed (and saved), with a message while it is not a valid
 * slug; the export never uses an invalid one as it stands (shared/export/export-slug.ts).
 */
import { useEffect, useId, useState } from 'react';
import { TEXT_LIMITS } from '../../../shared/article/limits';
import { articleSlug } from '../../../shared/export';
import { isValidSlug } from '../../../shared/export/export-slug';
import { useI18n } from '../i18n/I18nProvider';
import type { ArticleSession } from './article-session';

/** How long the headline must rest before the slug's placeholder follows it. */
const PLACEHOLDER_DELAY_MS = 800;

export function SlugField({ session }: { session: ArticleSession }) {
  const { t } = useI18n();
  const { draft, queue } = session;
  const [value, setValue] = useState(() => draft.getSlug());
  const [headline, setHeadline] = useState(() => draft.getField('headline'));
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  // The placeholder follows the headline once the typing pauses, not at every
  // key: changing an input's placeholder closes the browser's typing step, so
  // each letter typed in the headline was its own Ctrl+Z.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = draft.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setHeadline(draft.getField('headline')), PLACEHOLDER_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [draft]);

  const valid = isValidSlug(value.trim());
  return (
    <div className="field field-slug">
      <label htmlFor={inputId} className="field-label">
        {t('slug.label')}
      </label>
      <input
        id={inputId}
        className="input-slug text-input"
        type="text"
        maxLength={TEXT_LIMITS.slug}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        value={value}
        placeholder={articleSlug(headline)}
        aria-invalid={!valid}
        aria-describedby={valid ? hintId : `${errorId} ${hintId}`}
        onFocus={() => setHeadline(draft.getField('headline'))}
        onChange={(event) => {
          setValue(event.target.value);
          draft.setSlug(event.target.value.trim());
          queue.markDirty();
        }}
      />
      {!valid && (
        <p id={errorId} className="field-error" role="alert">
          {t('slug.invalid')}
        </p>
      )}
      <p id={hintId} className="field-hint">
        {t('slug.hint')}
      </p>
    </div>
  );
}
