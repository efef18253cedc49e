/** The article body: Lexical rich text with its toolbar and link dialog. */
import { memo, useCallback, useMemo, useState } from 'react';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import type { LexicalEditor } from 'lexical';
import type { ArticleBody } from '../../../shared/article/schema';
import { useI18n } from '../i18n/I18nProvider';
import { createEditorConfig } from './editor-config';
import { DeferredRichTextPlugin } from './DeferredRichTextPlugin';
import { BodyPlugins } from './plugins';
import { Toolbar } from './Toolbar';
import { LinkDialog } from './LinkDialog';

export interface BodyEditorProps {
  /** Read once on mount: remount (key) the editor to load another article. */
  initialBody: ArticleBody;
  onEditor: (editor: LexicalEditor | null) => void;
  onContentChange: () => void;
  reportError: (error: Error) => void;
  labelledBy?: string;
}

/**
 * Memoised: the article view re-renders on every save-state change (dirty,
 * saving, saved) and field keystroke; none of those concern the body, and
 * re-rendering the composer's tree cost several ms per save at 10,000 words.
 * Its props are stable (the draft's body, callbacks from useCallback).
 */
export const BodyEditor = memo(function BodyEditor({
  initialBody,
  onEditor,
  onContentChange,
  reportError,
}: BodyEditorProps) {
  const { t } = useI18n();
  const [linkOpen, setLinkOpen] = useState(false);
  // initialConfig is read once by LexicalComposer; memoised so a re-render never rebuilds it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const initialConfig = useMemo(() => createEditorConfig({ body: initialBody, reportError }), []);
  const openLink = useCallback(() => setLinkOpen(true), []);
  const closeLink = useCallback(() => setLinkOpen(false), []);

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="body-editor">
        <Toolbar onOpenLink={openLink} />
        <DeferredRichTextPlugin
          contentEditable={
            <ContentEditable
              className="body-content"
              aria-label={t('field.body')}
              role="textbox"
              aria-multiline
              lang="vi"
              spellCheck={false}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <BodyPlugins onContentChange={onContentChange} onOpenLink={openLink} />
        <EditorRefPlugin editorRef={onEditor} />
        <LinkDialog open={linkOpen} onClose={closeLink} />
      </div>
    </LexicalComposer>
  );
});
