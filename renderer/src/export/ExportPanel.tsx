/**
 * The article's publishing controls: "Export HTML" (the saved article, through
 * the bridge, to a folder main picks), the copy buttons for a CMS's separate
 * fields, and the live preview toggle.
 *
 * Export warns, never blocks, when the pre-publication checklist has findings:
 * the newsroom decides. It first saves what is typed, since main exports the
 * article as it is on disk.
 */
import { errorText } from '../i18n/error-text';
import { useEffect, useRef, useState } from 'react';
import { summarizeFindings } from '../../../shared/checks';
import { singleExportSlug } from '../../../shared/export/export-plan';
import { exportSlug } from '../../../shared/export/export-slug';
import { exportImageNamer } from '../../../shared/export/image-names';
import { renderArticleHtml } from '../../../shared/export';
import { fieldText } from '../../../shared/export/escape';
import { createPublishedLinkResolver } from '../../../shared/related/link';
import type { FindingSummary } from '../../../shared/checks';
import type { Article } from '../../../shared/article/schema';
import type { ArticleSession } from '../article/article-session';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { MENU_COMMAND_DOM_EVENT } from '../app/useMenuCommands';
import { checkOpenArticle } from '../checks/check-open-article';
import { useHouseStyle } from '../house-style/HouseStyleContext';
import { useLibraryArticles, type LibraryArticles } from '../editor/related/useLibraryArticles';
import { getBridge } from '../bridge';
import { useI18n, type Translate } from '../i18n/I18nProvider';
import { copyHtml, copyText } from './clipboard';
import { lastExportedSlug, noteExportedSlug } from './last-export';
import { PreviewPane } from './PreviewPane';
import '../styles/export.css';

/**
 * What the panel last said, made in the language the UI speaks when it is
 * shown: kept as a string, "Copied to the clipboard." stayed English on
 * screen (and in a Vietnamese-marked page) after a switch to Vietnamese.
 */
type Message = { kind: 'progress' | 'done' | 'error'; text: (say: Translate) => string } | null;

/**
 * The `<article>` fragment as Copy HTML puts it on the clipboard: images named
 * as the export names them, related links to library articles at their
 * published URL (the CMS it is pasted into has no export folders beside it).
 */
function fragmentForCopy(article: Article, library: LibraryArticles): string {
  const listed = library.kind === 'loaded' ? library.articles : [];
  // The folder name of its last export, or the one the Export command gives it
  // in a folder with no export of it yet (planned against the destination,
  // which the renderer cannot see: there it is the name alone), from the
  // article as it is now, not as last saved.
  const base = exportSlug({ slug: article.meta.slug, headline: article.headline });
  const slug =
    lastExportedSlug(article.id, base) ??
    singleExportSlug({ slug: article.meta.slug, headline: article.headline });
  return renderArticleHtml(article, {
    format: 'fragment',
    resolveAsset: exportImageNamer(slug).resolveAsset,
    resolveArticleLink: createPublishedLinkResolver(listed),
  });
}

export function ExportPanel({ session }: { session: ArticleSession }) {
  const { t } = useI18n();
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const [pendingFindings, setPendingFindings] = useState<FindingSummary | null>(null);
  const [previewOpen, setPreviewOpen] = useState(false);
  const previewToggleRef = useRef<HTMLButtonElement>(null);
  const houseStyle = useHouseStyle();
  const { library } = useLibraryArticles();
  const { draft, queue } = session;

  const runExport = async () => {
    setBusy(true);
    setMessage({ kind: 'progress', text: (say) => say('export.exporting') });
    try {
      if (!(await queue.flush())) {
        setMessage({ kind: 'error', text: (say) => say('export.notSaved') });
        return;
      }
      // The name the export plans from: the article as just saved.
      const saved = draft.snapshot();
      const exportedBase = exportSlug({ slug: saved.meta.slug, headline: saved.headline });
      const result = await getBridge().invoke('article:export', { id: draft.id });
      if (!result.ok) {
        setMessage({
          kind: 'error',
          text: (say) => say('export.failed', { detail: errorText(say, result.error) }),
        });
      } else if (result.value.kind === 'cancelled') {
        setMessage({ kind: 'done', text: (say) => say('export.cancelled') });
      } else {
        noteExportedSlug(draft.id, result.value.slug, exportedBase);
        const { folder } = result.value;
        setMessage({ kind: 'done', text: (say) => say('export.done', { folder }) });
      }
    } catch (error) {
      setMessage({
        kind: 'error',
        text: (say) =>
          say('export.failed', {
            detail: error instanceof Error ? error.message : String(error),
          }),
      });
    } finally {
      setBusy(false);
    }
  };

  const startExport = () => {
    // The same checklist, with the same house style, as the Checks panel.
    const findings = summarizeFindings(checkOpenArticle(draft.snapshot(), houseStyle, library));
    if (findings.total > 0) setPendingFindings(findings);
    else void runExport();
  };

  // File ▸ Export HTML… and View ▸ Preview (or their shortcuts in the web host).
  const startExportRef = useRef(startExport);
  const busyRef = useRef(busy);
  useEffect(() => {
    startExportRef.current = startExport;
    busyRef.current = busy;
  });
  useEffect(() => {
    const onCommand = (event: Event) => {
      const command = (event as CustomEvent<unknown>).detail;
      if (command === 'toggle-preview') {
        // Closed from the keyboard while the focus is in it: the focus goes
        // to the Preview button, as with Escape, not to the page with the pane.
        if (document.activeElement?.closest('.preview-pane')) previewToggleRef.current?.focus();
        setPreviewOpen((open) => !open);
      } else if (command === 'export-html' && !busyRef.current) startExportRef.current();
    };
    window.addEventListener(MENU_COMMAND_DOM_EVENT, onCommand);
    return () => window.removeEventListener(MENU_COMMAND_DOM_EVENT, onCommand);
  }, []);

  const copy = (action: () => Promise<void>) => {
    action().then(
      () => setMessage({ kind: 'done', text: (say) => say('export.copied') }),
      (error: unknown) =>
        setMessage({
          kind: 'error',
          text: (say) =>
            say('export.copyFailed', {
              detail: error instanceof Error ? error.message : String(error),
            }),
        }),
    );
  };

  /**
   * An empty field is not copied: an empty string went onto the clipboard over
   * whatever the reporter had there, and the panel said "Copied to the
   * clipboard.", so the CMS got a blank headline or sapo.
   */
  const copyField = (
    field: 'headline' | 'sapo',
    empty: 'export.copyNoHeadline' | 'export.copyNoSapo',
  ) => {
    const text = fieldText(draft.getField(field));
    if (text === '') setMessage({ kind: 'error', text: (say) => say(empty) });
    else copy(() => copyText(text));
  };

  return (
    <div className="export-panel">
      <div className="export-bar" role="group" aria-label={t('export.toolbar')}>
        <button
          type="button"
          className="button"
          onClick={() => copyField('headline', 'export.copyNoHeadline')}
        >
          {t('export.copyHeadline')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => copyField('sapo', 'export.copyNoSapo')}
        >
          {t('export.copySapo')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            // As Export refuses it: pasted into the CMS, the placeholder
            // headline the preview shows would be published.
            if (fieldText(draft.getField('headline')) === '')
              setMessage({ kind: 'error', text: (say) => say('export.copyNoHeadline') });
            else {
              const article = draft.snapshot();
              copy(async () => {
                await copyHtml(fragmentForCopy(article, library));
                // What goes to the CMS is kept in the history, as an export is
                // ("what did we publish?"); the copy is done either way.
                void getBridge()
                  .invoke('history:copied', { article })
                  .catch(() => undefined);
              });
            }
          }}
        >
          {t('export.copyHtml')}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={previewOpen}
          ref={previewToggleRef}
          onClick={() => setPreviewOpen((open) => !open)}
        >
          {t('preview.toggle')}
        </button>
        <button
          type="button"
          className="button button-primary"
          // aria-disabled, not disabled: a disabled button loses the focus,
          // which fell to the page while the export ran.
          aria-disabled={busy}
          onClick={() => {
            if (!busyRef.current) startExport();
          }}
        >
          {t('export.button')}
        </button>
      </div>
      {/* Progress and results go into an element that is always there: one
          inserted with its text (the first message) is often not read out.
          A failure is an alert of its own. */}
      <p className="export-message" aria-live="polite">
        {message !== null && message.kind !== 'error' ? message.text(t) : ''}
      </p>
      {message?.kind === 'error' && (
        <p className="export-message export-message-error" role="alert">
          {message.text(t)}
        </p>
      )}
      {pendingFindings !== null && (
        <ConfirmDialog
          title={t('export.confirmTitle')}
          body={t('export.confirmBody', {
            count: pendingFindings.total,
            errors: pendingFindings.errors,
            warnings: pendingFindings.warnings,
          })}
          confirmLabel={t('export.confirm')}
          cancelLabel={t('export.cancel')}
          onConfirm={() => {
            setPendingFindings(null);
            void runExport();
          }}
          onCancel={() => setPendingFindings(null)}
        />
      )}
      {previewOpen && (
        <PreviewPane
          draft={draft}
          onClose={() => {
            setPreviewOpen(false);
            previewToggleRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}
