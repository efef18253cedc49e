/**
 * Defence in depth behind the sanitizer: a link node whose URL is not an
 * absolute http(s) or mailto URL is unwrapped (its text stays), whatever made
 * it — a paste, a loaded file, another plugin. Lexical 0.52's LinkNode only
 * neutralises the `href` it renders (`sanitizeUrl` turns javascript: and other
 * schemes into about:blank in the editor's DOM); `$convertAnchorElement` and
 * `importJSON` keep the raw URL in the node, and so in the saved article.
 * AutoLinkNode has its own node type, so it needs its own transform.
 */
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { $unwrapNode, mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { isAllowedLinkUrl } from '../link-url';

function $unlinkIfUnsafe(node: LinkNode): void {
  if (!isAllowedLinkUrl(node.getURL())) $unwrapNode(node);
}

export function registerSafeLinks(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(LinkNode, $unlinkIfUnsafe),
    editor.registerNodeTransform(AutoLinkNode, $unlinkIfUnsafe),
  );
}
