/**
 * Lexical's RichTextPlugin, except that the block views (figures, related-news
 * boxes) of the article as it was opened are made after its first paint.
 *
 * Lexical renders every decorator as its own React portal, all in the task that
 * opens the article. For the 30 figures and 3 boxes of a long article that was
 * ≈ 28 ms of the opening's ≈ 53 ms of script (CPU profiles, docs/benchmarks.md):
 * each portal's container gets React's whole set of event listeners (≈ 80
 * `addEventListener`s), each view mounts its hooks and photo, and Lexical's
 * mutation observer, woken by the views' DOM, reads the selection and forces a
 * layout of the new document. Now the text paints first, each block keeping
 * its space (figure.css, related-news.css), and its view is made when
 * reveal-queue.ts says: near the viewport (one frame later), when the browser
 * is idle, or at once when code needs it.
 *
 * Only the blocks present when the article opened wait. A block that appears
 * later (inserted, pasted, brought back by undo) is made at once, as Lexical
 * would: it is where the reporter is working, and it may take the focus.
 */
import {
  Suspense,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { registerDragonSupport } from '@lexical/dragon';
import { registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor, NodeKey } from 'lexical';
import { showWhenNear } from './reveal-queue';

type ErrorBoundary = typeof LexicalErrorBoundary;

export interface DeferredRichTextPluginProps {
  contentEditable: ReactNode;
  ErrorBoundary: ErrorBoundary;
}

export function DeferredRichTextPlugin({
  contentEditable,
  ErrorBoundary,
}: DeferredRichTextPluginProps) {
  const [editor] = useLexicalComposerContext();
  useLayoutEffect(
    () => mergeRegister(registerRichText(editor), registerDragonSupport(editor)),
    [editor],
  );
  return (
    <>
      {contentEditable}
      <DeferredDecorators editor={editor} ErrorBoundary={ErrorBoundary} />
    </>
  );
}

function DeferredDecorators({
  editor,
  ErrorBoundary,
}: {
  editor: LexicalEditor;
  ErrorBoundary: ErrorBoundary;
}) {
  const decorators = useEditorValue(
    editor,
    (listener) => editor.registerDecoratorListener(listener),
    () => editor.getDecorators<ReactNode>(),
  );
  const rootElement = useEditorValue(
    editor,
    (listener) => editor.registerRootListener(listener),
    () => editor.getRootElement(),
  );
  const waiting = useWaitingBlocks(editor, decorators, rootElement);

  return useMemo(() => {
    const onError = (error: Error) => editor._onError(error);
    const portals: ReactNode[] = [];
    for (const nodeKey in decorators) {
      if (waiting.has(nodeKey)) continue;
      const element = editor.getElementByKey(nodeKey);
      if (element === null) continue;
      portals.push(
        createPortal(
          <ErrorBoundary onError={onError}>
            <Suspense fallback={null}>{decorators[nodeKey]}</Suspense>
          </ErrorBoundary>,
          element,
          nodeKey,
        ),
      );
    }
    return <>{portals}</>;
    // The root element is read through getElementByKey: a new root means new elements.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ErrorBoundary, decorators, editor, rootElement, waiting]);
}

/** A value of the editor that its listener announces (as Lexical's own plugin reads them). */
function useEditorValue<T>(
  editor: LexicalEditor,
  register: (listener: () => void) => () => void,
  read: () => T,
): T {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const [subscribe, snapshot] = useMemo(() => [register, read], [editor]);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/**
 * The keys of the blocks whose views are not made yet: those present when the
 * editor first had its root element (the article as opened), until the queue
 * shows them. Each waiting block's element is in the queue; if Lexical replaces
 * the element (the block was removed and brought back), the new one is queued.
 */
function useWaitingBlocks(
  editor: LexicalEditor,
  decorators: Record<NodeKey, ReactNode>,
  rootElement: HTMLElement | null,
): ReadonlySet<NodeKey> {
  const [waiting, setWaiting] = useState<ReadonlySet<NodeKey> | null>(null);
  // The first render with a root element sees the article's blocks as opened:
  // Lexical reconciles the loaded state when the root element is set.
  if (waiting === null && rootElement !== null) {
    setWaiting(new Set(Object.keys(decorators)));
  }
  const current = waiting ?? EMPTY;

  useLayoutEffect(() => {
    if (current.size === 0) return;
    const show = (nodeKey: NodeKey) =>
      setWaiting((previous) => {
        if (!previous?.has(nodeKey)) return previous;
        const next = new Set(previous);
        next.delete(nodeKey);
        return next;
      });
    const cancels: (() => void)[] = [];
    for (const nodeKey of current) {
      const element = editor.getElementByKey(nodeKey);
      if (element !== null) cancels.push(showWhenNear(element, () => show(nodeKey)));
    }
    return () => cancels.forEach((cancel) => cancel());
  }, [editor, current, decorators]);

  return current;
}

const EMPTY: ReadonlySet<NodeKey> = new Set();
