/**
 * The body editor's behaviour, one plugin per concern. A new block type adds its
 * plugin here (and its node in nodes.ts).
 */
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { isAllowedLinkUrl } from './link-url';
import { NfcPlugin } from './plugins/NfcPlugin';
import { BackspaceKeepsFormatPlugin } from './plugins/BackspaceKeepsFormatPlugin';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin';
import { ChangePlugin } from './plugins/ChangePlugin';
import { FiguresPlugin } from './figure/FiguresPlugin';
import { BodyHistoryPlugin } from './plugins/BodyHistoryPlugin';
import { RelatedNewsPlugin } from './related/RelatedNewsPlugin';

export interface BodyPluginProps {
  /** Called after every update that changed the content (not selection-only ones). */
  onContentChange: () => void;
  onOpenLink: () => void;
}

export function BodyPlugins({ onContentChange, onOpenLink }: BodyPluginProps) {
  return (
    <>
      <BodyHistoryPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isAllowedLinkUrl} />
      <NfcPlugin />
      <BackspaceKeepsFormatPlugin />
      <ShortcutsPlugin onOpenLink={onOpenLink} />
      <FiguresPlugin />
      <RelatedNewsPlugin />
      <ChangePlugin onContentChange={onContentChange} />
    </>
  );
}
