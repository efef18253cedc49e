/**
 * The body editor's behaviour, one plugin per concern. A new block type adds its
 * plugin here (and its node in nodes.ts). Behaviour that registers a TextNode
 * transform (lists, links, NFC) is registered in editor-config.ts instead, before the
 * body is parsed: from a plugin it would re-process every text node on open.
 */
import { BackspaceKeepsFormatPlugin } from './plugins/BackspaceKeepsFormatPlugin';
import { ComposeBesideLinkPlugin } from './plugins/ComposeBesideLinkPlugin';
import { PasteToneStylePlugin } from './plugins/PasteToneStylePlugin';
import { SpellingPlugin } from './spelling/SpellingPlugin';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin';
import { ChangePlugin } from './plugins/ChangePlugin';
import { FiguresPlugin } from './figure/FiguresPlugin';
import { BodyHistoryPlugin } from './plugins/BodyHistoryPlugin';
import { RelatedNewsPlugin } from './related/RelatedNewsPlugin';
import { SafePastePlugin } from './plugins/SafePastePlugin';
import { RevealSelectedBlockPlugin } from './plugins/RevealSelectedBlockPlugin';
import { TypeAfterSelectedBlockPlugin } from './plugins/TypeAfterSelectedBlockPlugin';
import { BlockDeleteGuardPlugin } from './plugins/BlockDeleteGuardPlugin';
import { TabToNextBlockPlugin } from './plugins/TabToNextBlockPlugin';
import { ListTabPlugin } from './plugins/ListTabPlugin';

export interface BodyPluginProps {
  /** Called after every update that changed the content (not selection-only ones). */
  onContentChange: () => void;
  onOpenLink: () => void;
}

export function BodyPlugins({ onContentChange, onOpenLink }: BodyPluginProps) {
  return (
    <>
      <BodyHistoryPlugin />
      <BackspaceKeepsFormatPlugin />
      <ComposeBesideLinkPlugin />
      <SafePastePlugin />
      <PasteToneStylePlugin />
      <SpellingPlugin />
      <ShortcutsPlugin onOpenLink={onOpenLink} />
      <FiguresPlugin />
      <RelatedNewsPlugin />
      <RevealSelectedBlockPlugin />
      <TypeAfterSelectedBlockPlugin />
      <BlockDeleteGuardPlugin />
      <ListTabPlugin />
      <TabToNextBlockPlugin />
      <ChangePlugin onContentChange={onContentChange} />
    </>
  );
}
