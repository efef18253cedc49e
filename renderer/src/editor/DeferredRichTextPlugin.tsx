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
  useRef,
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

/** A waiting block's element in the queue, and how to take it out. */
interface Queued {
  element: HTMLElement;
  cancel: () => void;
}

/**
 * The keys of the blocks whose views are not made yet: those present when the
 * editor first had its root element (the article as opened), until the queue
 * shows them. A block removed while it waits stops waiting, so undo brings it
 * back made. Each waiting block's element is queued once; only a key whose
 * element Lexical replaced is queued again, so the queue keeps document order.
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
  const queued = useRef(new Map<NodeKey, Queued>());

  useLayoutEffect(() => {
    const stopWaiting = (keys: readonly NodeKey[]) =>
      setWaiting((previous) => {
        if (!previous || !keys.some((key) => previous.has(key))) return previous;
        const next = new Set(previous);
        for (const key of keys) next.delete(key);
        return next;
      });
    const gone = [...current].filter((key) => !(key in decorators));
    if (gone.length > 0) stopWaiting(gone);
    for (const [key, entry] of queued.current) {
      const element = current.has(key) && key in decorators ? editor.getElementByKey(key) : null;
      if (element !== entry.element) {
        entry.cancel();
        queued.current.delete(key);
      }
    }
    for (const key of current) {
      const element = key in decorators ? editor.getElementByKey(key) : null;
      if (element === null || queued.current.has(key)) continue;
      const cancel = showWhenNear(element, () => {
        queued.current.delete(key);
        stopWaiting([key]);
      });
      queued.current.set(key, { element, cancel });
    }
  }, [editor, current, decorators]);

  useLayoutEffect(() => {
    const entries = queued.current;
    return () => {
      for (const entry of entries.values()) entry.cancel();
      entries.clear();
    };
  }, []);

  return current;
}

const EMPTY: ReadonlySet<NodeKey> = new Set();
