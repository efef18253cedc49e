/**
 * The one place the body editor is configured. The article's saved body is
 * parsed straight into the root on mount (no JSON string round trip).
 */
import type { InitialConfigType } from '@lexical/react/LexicalComposer';
import {
  $createParagraphNode,
  $getEditor,
  $getRoot,
  $parseSerializedNode,
  type LexicalEditor,
  type SerializedLexicalNode,
} from 'lexical';
import { registerList } from '@lexical/list';
import { registerLink, type LinkAttributes } from '@lexical/link';
import { namedSignals } from '@lexical/extension';
import { isAllowedLinkUrl } from './link-url';
import { registerNfcTransform } from './plugins/NfcPlugin';
import { registerTypingBursts } from './plugins/typing-bursts';
import { registerSafeLinks } from './paste/register-safe-links';
import type { ArticleBody } from '../../../shared/article/schema';
import { BODY_NODES } from './nodes';
import { BODY_THEME } from './theme';

export const BODY_NAMESPACE = 'newsdesk-body';

/** Editors whose first update failed: nothing of the saved body was committed. */
const unopened = new WeakSet<LexicalEditor>();

/**
 * Whether the saved body could not be opened in `editor`: when its first
 * update throws (in a node's importJSON, or in a transform over what it
 * made), Lexical drops the update and the editor stays empty. Saved from
 * there, the empty body would replace every paragraph; ArticleEditorView
 * keeps the draft on the stored body and the editor read-only instead. Main
 * refuses the bodies it knows to be unreadable (shared/article/body-content.ts);
 * this catches the rest. Known as the error happens (synchronously, inside
 * the composer's first update), so it never depends on when that commits.
 */
export function bodyFailedToOpen(editor: LexicalEditor): boolean {
  return unopened.has(editor);
}

export interface EditorConfigOptions {
  body: ArticleBody;
  /** Shows the user that something went wrong; the error is logged as well. */
  reportError: (error: Error) => void;
}

export function createEditorConfig({ body, reportError }: EditorConfigOptions): InitialConfigType {
  return {
    namespace: BODY_NAMESPACE,
    theme: BODY_THEME,
    nodes: BODY_NODES,
    onError: (error, editor) => {
      // Nothing committed yet: this is the first update, which opens the body.
      if (editor.getEditorState().isEmpty()) unopened.add(editor);
      console.error('Newsdesk body editor:', error);
      reportError(error);
    },
    // Runs inside the composer's first update; $parseSerializedNode is what
    // editor.parseEditorState does per node, without stringifying the body again.
    editorState: () => {
      // Registered before the first node exists: registering a transform on an
      // editor that holds the body marks every node of that type dirty and runs a
      // second full update. Lexical 0.52's ListPlugin registers its TextNode
      // transform twice, NFC once: three extra passes over a 10,000-word body.
      const editor = $getEditor();
      registerNfcTransform(editor);
      // One undo step per run of typing, Unikey's Backspaces included.
      registerTypingBursts(editor);
      registerList(editor);
      // The link-safety transforms (LinkNode, AutoLinkNode) likewise: from
      // SafePastePlugin's effect they re-ran an update over every link on open.
      registerSafeLinks(editor);
      // What Lexical's LinkPlugin does (toggle-link and paste-a-URL commands, the
      // LinkNode transform), registered here for the same reason: from the
      // plugin's effect its transform re-ran an update over the body's links,
      // and that update read the DOM selection, forcing a style and layout pass
      // in the middle of opening (≈ 4 ms on the 10,000-word article).
      registerLink(
        editor,
        namedSignals<{
          validateUrl: ((url: string) => boolean) | undefined;
          attributes: LinkAttributes | undefined;
        }>({ validateUrl: isAllowedLinkUrl, attributes: undefined }),
      );
      const root = $getRoot();
      for (const child of body.root.children) {
        root.append($parseSerializedNode(child as unknown as SerializedLexicalNode));
      }
      if (root.isEmpty()) root.append($createParagraphNode());
    },
  };
}
