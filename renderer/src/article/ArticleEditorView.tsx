/**
 * The open article: headline, sapo, body and byline, with the save status.
 * The draft holds what is typed (saves read it); React state mirrors the fields
 * for rendering. Every change marks the save queue dirty.
 */
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { LexicalEditor } from 'lexical';
import type { ArticleSession } from './article-session';
import { TEXT_LIMITS } from '../../../shared/article/limits';
import type { DraftField } from './article-draft';
import { BodyEditor } from '../editor/BodyEditor';
import { bodyFailedToOpen } from '../editor/editor-config';
import { SaveStatus } from '../status/SaveStatus';
import { useI18n } from '../i18n/I18nProvider';
import { isComposingKey } from '../app/keys';
import { CurrentArticleProvider } from '../editor/figure/current-article';
import { NormaliseTextButton } from '../normalise/NormaliseTextButton';
import { ChecksPanel } from '../checks/ChecksPanel';
import { BodyCountsBar } from '../status/BodyCountsBar';
import { useHouseStyle } from '../house-style/HouseStyleContext';
import '../styles/vietnamese-tools.css';
import { ExportPanel } from '../export/ExportPanel';
import { SlugField } from './SlugField';
import { CountedTextField } from './CountedTextField';
import { useFieldValue } from './useFieldValue';
import { useTonePaste } from '../house-style/useTonePaste';
import { useArticleBarHeight } from './useArticleBarHeight';

export interface ArticleEditorViewProps {
  session: ArticleSession;
  /** Controls shown next to the save status (the version-history button). */
  barExtras?: ReactNode;
  /**
   * The field focused as the view opens: a new article's headline, where the
   * reporter starts (from "New article" the keyboard was otherwise a long way
   * of Tabs through the library), or, after a quiet reload, the field that had
   * the focus in the view it replaces, with its caret where it was.
   */
  focusOnOpen?: FieldFocus | null;
}

/** A field of the view to focus, and where its caret goes (its end when absent). */
export interface FieldFocus {
  field: 'headline' | 'sapo' | 'byline';
  caret?: number;
}

/**
 * Which text field of the article view has the focus now, and its caret. Not
 * the body: its caret cannot be put back in a text that changed (put at its
 * start, it took the reporter's next keys there), so a reload leaves it.
 */
export function focusedArticleField(): FieldFocus | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement)) return null;
  const caret = active.selectionStart ?? undefined;
  if (active.classList.contains('input-headline')) return { field: 'headline', caret };
  if (active.classList.contains('input-sapo')) return { field: 'sapo', caret };
  if (active.classList.contains('input-byline')) return { field: 'byline', caret };
  return null;
}

export function ArticleEditorView({ session, barExtras, focusOnOpen }: ArticleEditorViewProps) {
  const { t } = useI18n();
  const tonePaste = useTonePaste();
  const headlinePaste = useTonePaste({ oneLine: true });
  const { draft, queue } = session;
  const [fields, setFields] = useState(() => ({
    headline: draft.getField('headline'),
    sapo: draft.getField('sapo'),
    byline: draft.getField('byline'),
  }));
  const [editorError, setEditorError] = useState<string | null>(null);
  const ids = { headline: useId(), sapo: useId(), byline: useId() };
  useEffect(() => {
    if (!focusOnOpen) return;
    const target = document.getElementById(ids[focusOnOpen.field]);
    if (!(target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement)) return;
    target.focus();
    if (focusOnOpen.caret !== undefined) {
      const caret = Math.min(focusOnOpen.caret, target.value.length);
      target.setSelectionRange(caret, caret);
    }
    // Once, as the view opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const houseStyle = useHouseStyle();
  const barRef = useArticleBarHeight<HTMLDivElement>();
  /** The body's editor once mounted, for the Normalise command, the checks and the counts. */
  const [bodyEditor, setBodyEditor] = useState<LexicalEditor | null>(null);

  const change = (field: DraftField, value: string) => {
    draft.setField(field, value);
    setFields((previous) => ({ ...previous, [field]: value }));
    queue.markDirty();
  };

  const bylineField = useFieldValue<HTMLInputElement>(fields.byline, {
    onChange: (value) => change('byline', value),
    onPaste: tonePaste,
  });
  // The same element while its props stay: React never rewrites the field (useFieldValue.ts).
  const bylineInput = useMemo(
    () => (
      <input
        id={ids.byline}
        className="input-byline text-input"
        type="text"
        maxLength={TEXT_LIMITS.byline}
        lang="vi"
        spellCheck={false}
        autoComplete="off"
        {...bylineField}
      />
    ),
    [ids.byline, bylineField],
  );

  const onEditor = useCallback(
    (editor: LexicalEditor | null) => {
      // An editor that could not open the body holds none of it: it is never
      // the draft's body (saves keep the stored one) and takes no typing.
      if (editor && bodyFailedToOpen(editor)) {
        editor.setEditable(false);
        return;
      }
      draft.attachEditor(editor);
      if (editor) setBodyEditor(editor);
    },
    [draft],
  );
  const onBodyChange = useCallback(() => queue.markDirty(), [queue]);
  const reportError = useCallback((error: Error) => setEditorError(error.message), []);

  // The headline is one line: Enter moves on to the sapo instead of breaking it.
  const headlineKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (isComposingKey(event.nativeEvent)) return;
    if (event.key !== 'Enter') return;
    // No line break of any kind (Shift+Enter neither): plain Enter goes on to the sapo.
    event.preventDefault();
    if (!event.shiftKey && !event.ctrlKey && !event.metaKey) {
      document.getElementById(ids.sapo)?.focus();
    }
  };

  return (
    <article className="article-editor">
      <div className="article-bar" ref={barRef}>
        {/* Reads the session's status store: save states re-render it alone. */}
        <SaveStatus store={session.status} />
        <ExportPanel session={session} />
        {barExtras}
        <NormaliseTextButton
          editor={bodyEditor}
          getField={(field) => draft.getField(field)}
          setField={change}
        />
        <ChecksPanel
          session={session}
          editor={bodyEditor}
          fieldIds={{ headline: ids.headline, sapo: ids.sapo, byline: ids.byline }}
          fieldsVersion={fields}
        />
      </div>
      {/* A refused save (conflict) is resolved in App's ExternalChangeDialog. */}
      {editorError !== null && (
        <div className="banner banner-error" role="alert">
          <p className="banner-text">{t('editor.error', { detail: editorError })}</p>
          <button type="button" className="button" onClick={() => setEditorError(null)}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
      <div className="article-column">
        <CountedTextField
          id={ids.headline}
          label={t('field.headline')}
          className="field-headline"
          inputClassName="input-headline"
          rows={1}
          value={fields.headline}
          max={houseStyle.headlineMaxChars}
          maxLength={TEXT_LIMITS.headline}
          onKeyDown={headlineKeyDown}
          onPaste={headlinePaste}
          // A pasted line break becomes a space: same length, so the caret stays put.
          onChange={(value) =>
            change('headline', /[\r\n]/.test(value) ? value.replace(/\r\n?|\n/g, ' ') : value)
          }
        />
        <CountedTextField
          id={ids.sapo}
          label={t('field.sapo')}
          className="field-sapo"
          inputClassName="input-sapo"
          rows={2}
          value={fields.sapo}
          max={houseStyle.sapoMaxChars}
          maxLength={TEXT_LIMITS.sapo}
          onPaste={tonePaste}
          onChange={(value) => change('sapo', value)}
        />
        <CurrentArticleProvider articleId={draft.id}>
          <BodyEditor
            initialBody={draft.initialBody}
            onEditor={onEditor}
            onContentChange={onBodyChange}
            reportError={reportError}
          />
        </CurrentArticleProvider>
        <div className="field field-byline">
          <label htmlFor={ids.byline} className="field-label">
            {t('field.byline')}
          </label>
          {bylineInput}
        </div>
        <SlugField session={session} />
      </div>
      <BodyCountsBar editor={bodyEditor} />
    </article>
  );
}
