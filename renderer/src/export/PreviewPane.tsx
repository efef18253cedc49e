/**
 * The live preview: the exported page as readers will see it, at desktop or
 * phone width, re-rendered about half a second after the article stops changing
 * (never on the typing path itself: edits only reset a timer).
 *
 * The iframe gets the page through `srcdoc` and `sandbox="allow-same-origin"`
 * without `allow-scripts`, so no script in it can run, whatever the article
 * holds (the renderer emits none, and the app's inherited policy forbids inline
 * script too). It keeps the app's origin, rather than `sandbox=""`'s opaque one,
 * because the figures come from the app's own image routes: those answer only
 * same-origin requests (Cross-Origin-Resource-Policy, and the web host's
 * SameSite=Strict secret), so an opaque-origin frame would show every photo
 * broken. Without scripts, the shared origin gives the page nothing to use.
 * The page's one `<style>` is allowed by its hash in the app's policy
 * (electron/services/content-security-policy.ts).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ArticleDraft } from '../article/article-draft';
import { useI18n } from '../i18n/I18nProvider';
import { isComposingKey } from '../app/keys';
import { renderPreview } from './preview-html';

/** How long the article must be still before the preview follows it. */
export const PREVIEW_DEBOUNCE_MS = 500;

type Width = 'desktop' | 'phone';

/**
 * Keeps the drawer's top under the article bar, whatever its height (it wraps,
 * and notices take lines of their own): over it, the drawer hid the bar's
 * Preview, Export HTML and Version history buttons, and no click could close it.
 */
function usePlacedBelowArticleBar() {
  const paneRef = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const pane = paneRef.current;
    const bar = pane?.ownerDocument.querySelector('.article-bar');
    if (!pane || !bar) return;
    const place = () =>
      pane.style.setProperty('--preview-top', `${bar.getBoundingClientRect().bottom}px`);
    place();
    const observer = new ResizeObserver(place);
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
  return paneRef;
}

export function PreviewPane({ draft, onClose }: { draft: ArticleDraft; onClose: () => void }) {
  const { t } = useI18n();
  const paneRef = usePlacedBelowArticleBar();
  const [width, setWidth] = useState<Width>('desktop');
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });
  /**
   * Where the page shown was scrolled to. Each re-render is a new document
   * (srcdoc), which opened at the top: reading the end of a long article while
   * writing it, the preview jumped back to the headline at every pause. It is
   * noted as the reader scrolls (a page still loading is never read from).
   */
  const scrollRef = useRef({ x: 0, y: 0 });
  /**
   * The page shown is a document of its own: its keys never reach the pane's
   * handler. Tab goes from "Close preview" into it, and there Escape did
   * nothing. Its window is new at every render (srcdoc), so each load listens,
   * and takes up the scroll position the page before it had.
   */
  const pageLoaded = (frame: HTMLIFrameElement) => {
    const view = frame.contentWindow;
    if (!view) return;
    view.scrollTo(scrollRef.current.x, scrollRef.current.y);
    view.addEventListener('scroll', () => {
      scrollRef.current = { x: view.scrollX, y: view.scrollY };
    });
    view.addEventListener('keydown', (event) => {
      if (isComposingKey(event) || event.key !== 'Escape') return;
      event.preventDefault();
      onCloseRef.current();
    });
  };

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let generation = 0;
    const update = () => {
      const mine = ++generation;
      renderPreview(draft.snapshot(), 'page').then(
        (page) => {
          if (mine !== generation) return;
          setHtml(page);
          setError(null);
        },
        (failure: unknown) => {
          if (mine !== generation) return;
          setError(failure instanceof Error ? failure.message : String(failure));
        },
      );
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(update, PREVIEW_DEBOUNCE_MS);
    };
    update();
    const unsubscribe = draft.subscribe(schedule);
    return () => {
      generation += 1;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [draft]);

  return (
    <section
      className="preview-pane"
      aria-label={t('preview.title')}
      ref={paneRef}
      onKeyDown={(event) => {
        if (isComposingKey(event.nativeEvent)) return;
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div className="preview-bar">
        <div className="preview-widths" role="group" aria-label={t('preview.width')}>
          {(['desktop', 'phone'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="button"
              aria-pressed={width === option}
              onClick={() => setWidth(option)}
            >
              {t(option === 'desktop' ? 'preview.desktop' : 'preview.phone')}
            </button>
          ))}
        </div>
        <span className="dialog-actions-spacer" />
        <button type="button" className="button" onClick={onClose}>
          {t('preview.close')}
        </button>
      </div>
      {error !== null && (
        <p className="preview-error" role="alert">
          {t('preview.failed', { detail: error })}
        </p>
      )}
      {html !== null && (
        <iframe
          className={`preview-frame preview-frame-${width}`}
          title={t('preview.title')}
          sandbox="allow-same-origin"
          referrerPolicy="no-referrer"
          srcDoc={html}
          onLoad={(event) => pageLoaded(event.currentTarget)}
        />
      )}
    </section>
  );
}
