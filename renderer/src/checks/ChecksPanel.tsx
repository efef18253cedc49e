/**
 * The "Checks" button and panel: the pre-publication checklist
 * (shared/checks, with the library's house style) for the open article. Each
 * finding is a button that jumps to its place. The list is computed when the
 * panel opens and again on idle after edits while it stays open, never on the
 * typing path.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import { formatFinding, summarizeFindings, type Finding } from '../../../shared/checks';
import type { ArticleSession } from '../article/article-session';
import { useI18n } from '../i18n/I18nProvider';
import { useHouseStyle } from '../house-style/HouseStyleContext';
import { useLibraryArticles } from '../editor/related/useLibraryArticles';
import { checkOpenArticle } from './check-open-article';
import { jumpToFinding, type JumpTargets } from './jump-to-finding';
import { whenIdle, type CancelIdle } from '../app/idle';
import { isComposingKey } from '../app/keys';

export interface ChecksPanelProps {
  session: ArticleSession;
  editor: LexicalEditor | null;
  fieldIds: JumpTargets['fieldIds'];
  /** Changes whenever a short field changes, so an open panel refreshes. */
  fieldsVersion: unknown;
}

export function ChecksPanel({ session, editor, fieldIds, fieldsVersion }: ChecksPanelProps) {
  const { t, language } = useI18n();
  const houseStyle = useHouseStyle();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [findings, setFindings] = useState<Finding[]>([]);
  const panelId = useId();
  const titleId = useId();

  const { library } = useLibraryArticles();
  const refresh = useCallback(() => {
    setFindings(checkOpenArticle(session.draft.snapshot(), houseStyle, library));
  }, [session, houseStyle, library]);

  // Checked at once when the panel opens; while it is open, again on idle
  // after body edits and after field edits. A field keystroke ran the whole
  // checklist in its own task before (≈ 8.5 ms at 10,000 words).
  const checkedSinceOpen = useRef(false);
  useEffect(() => {
    if (!open) {
      checkedSinceOpen.current = false;
      return;
    }
    let cancel: CancelIdle | null = null;
    const recheckWhenIdle = () => {
      cancel ??= whenIdle(() => {
        cancel = null;
        refresh();
      });
    };
    if (checkedSinceOpen.current) recheckWhenIdle();
    else {
      checkedSinceOpen.current = true;
      refresh();
    }
    const unregister = editor?.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) recheckWhenIdle();
    });
    return () => {
      unregister?.();
      cancel?.();
    };
  }, [open, editor, refresh, fieldsVersion]);

  const close = () => {
    setOpen(false);
    // The panel's buttons go with it: the focus goes back to what opened it.
    toggleRef.current?.focus();
  };

  const summary = summarizeFindings(findings);
  return (
    <>
      <button
        ref={toggleRef}
        type="button"
        className="button button-quiet"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('checks.button')}
      </button>
      {open && (
        <section
          id={panelId}
          className="checks-panel"
          aria-labelledby={titleId}
          // Escape closes it, as it closes the preview beside it.
          onKeyDown={(event) => {
            if (isComposingKey(event.nativeEvent) || event.key !== 'Escape') return;
            event.preventDefault();
            close();
          }}
        >
          <div className="checks-head">
            <h2 id={titleId} className="checks-title">
              {t('checks.title')}
            </h2>
            <span className="checks-summary">
              {t('checks.summary', { errors: summary.errors, warnings: summary.warnings })}
            </span>
            <button type="button" className="button button-quiet" onClick={close}>
              {t('checks.close')}
            </button>
          </div>
          {findings.length === 0 ? (
            <p className="checks-none">{t('checks.none')}</p>
          ) : (
            <ul className="checks-list">
              {findings.map((finding, index) => (
                <li key={index} className={`check check-${finding.severity}`}>
                  <button
                    type="button"
                    className="check-jump"
                    onClick={() => jumpToFinding(finding, { editor, fieldIds })}
                  >
                    <span className="check-severity">
                      {t(finding.severity === 'error' ? 'checks.error' : 'checks.warning')}
                    </span>{' '}
                    <span className="check-message">{formatFinding(finding, language)}</span>
                    {/* The quote is the article's Vietnamese, whatever the UI speaks. */}
                    {finding.excerpt && (
                      <span className="check-excerpt" lang="vi">
                        {' '}
                        “{finding.excerpt}”
                      </span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
