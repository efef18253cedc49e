/**
 * The body's formatting toolbar. Each button has an accessible name and, where it
 * toggles something, aria-pressed reflecting the selection. Buttons keep the
 * editor's selection by not taking focus on mouse down. The toolbar is one Tab
 * stop, and the arrow keys move between its buttons (roving-toolbar.ts).
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createParagraphNode,
  $getSelection,
  $isNodeSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type ElementNode,
  type TextFormatType,
} from 'lexical';
import {
  $createHeadingNode,
  $createQuoteNode,
  $isHeadingNode,
  $isQuoteNode,
} from '@lexical/rich-text';
import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListNode,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { $isLinkNode } from '@lexical/link';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent, $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import { useI18n } from '../i18n/I18nProvider';
import { LinkIcon } from '../app/icons';
import { InsertImageButton } from './figure/InsertImageButton';
import { InsertRelatedNewsButton } from './related/InsertRelatedNewsButton';
import { makeRovingToolbar } from './roving-toolbar';
import type { MessageKey } from '../../../shared/i18n/messages';

type BlockType = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number' | 'other';

interface SelectionFormat {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  link: boolean;
  block: BlockType;
  /** A figure or related news is selected: no text to format, so those buttons are disabled. */
  blockSelected: boolean;
}

const NO_FORMAT: SelectionFormat = {
  bold: false,
  italic: false,
  underline: false,
  link: false,
  block: 'paragraph',
  blockSelected: false,
};

function $readSelectionFormat(): SelectionFormat {
  const selection = $getSelection();
  // With a block selected every text button did nothing, yet looked ready to act.
  if ($isNodeSelection(selection)) return { ...NO_FORMAT, blockSelected: true };
  if (!$isRangeSelection(selection)) return NO_FORMAT;
  const anchor = selection.anchor.getNode();
  const topLevel: ElementNode | null =
    anchor.getKey() === 'root' ? null : anchor.getTopLevelElement();
  let block: BlockType = 'other';
  const list = $getNearestNodeOfType(anchor, ListNode);
  if (list) block = list.getListType() === 'number' ? 'number' : 'bullet';
  else if ($isHeadingNode(topLevel)) {
    const tag = topLevel.getTag();
    block = tag === 'h2' || tag === 'h3' ? tag : 'other';
  } else if ($isQuoteNode(topLevel)) block = 'quote';
  else if (topLevel?.getType() === 'paragraph') block = 'paragraph';
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    link: $findMatchingParent(anchor, $isLinkNode) !== null || $isLinkNode(anchor),
    block,
    blockSelected: false,
  };
}

function ToolbarButton({
  label,
  pressed,
  disabled,
  onPress,
  className,
  children,
}: {
  label: string;
  pressed?: boolean;
  disabled?: boolean;
  onPress: () => void;
  className: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`toolbar-button ${className}`}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      <span aria-hidden="true">{children}</span>
    </button>
  );
}

export function Toolbar({ onOpenLink }: { onOpenLink: () => void }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const [format, setFormat] = useState<SelectionFormat>(NO_FORMAT);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const toolbarRef = useRef<HTMLDivElement>(null);
  useEffect(() => (toolbarRef.current ? makeRovingToolbar(toolbarRef.current) : undefined), []);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readSelectionFormat);
          setFormat((previous) => (sameFormat(previous, next) ? previous : next));
        }),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (value) => {
            setCanUndo(value);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (value) => {
            setCanRedo(value);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  const formatText = (type: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);

  const toggleBlock = useCallback(
    (target: 'h2' | 'h3' | 'quote') => {
      editor.update(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return;
        if ($readSelectionFormat().block === target) {
          $setBlocksType(selection, () => $createParagraphNode());
        } else if (target === 'quote') {
          $setBlocksType(selection, () => $createQuoteNode());
        } else {
          $setBlocksType(selection, () => $createHeadingNode(target));
        }
      });
    },
    [editor],
  );

  const toggleList = (type: 'bullet' | 'number') => {
    if (format.block === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else
      editor.dispatchCommand(
        type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND,
        undefined,
      );
  };

  const label = (key: MessageKey) => t(key);

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')} ref={toolbarRef}>
      <div className="toolbar-group">
        <ToolbarButton
          className="tb-undo"
          label={label('toolbar.undo')}
          disabled={!canUndo}
          onPress={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
        >
          ↶
        </ToolbarButton>
        <ToolbarButton
          className="tb-redo"
          label={label('toolbar.redo')}
          disabled={!canRedo}
          onPress={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
        >
          ↷
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton
          className="tb-bold"
          disabled={format.blockSelected}
          label={label('toolbar.bold')}
          pressed={format.bold}
          onPress={() => formatText('bold')}
        >
          B
        </ToolbarButton>
        <ToolbarButton
          className="tb-italic"
          disabled={format.blockSelected}
          label={label('toolbar.italic')}
          pressed={format.italic}
          onPress={() => formatText('italic')}
        >
          I
        </ToolbarButton>
        <ToolbarButton
          className="tb-underline"
          disabled={format.blockSelected}
          label={label('toolbar.underline')}
          pressed={format.underline}
          onPress={() => formatText('underline')}
        >
          U
        </ToolbarButton>
        <ToolbarButton
          className="tb-link"
          disabled={format.blockSelected}
          label={label('toolbar.link')}
          pressed={format.link}
          onPress={onOpenLink}
        >
          <LinkIcon />
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <ToolbarButton
          className="tb-h2"
          disabled={format.blockSelected}
          label={label('toolbar.h2')}
          pressed={format.block === 'h2'}
          onPress={() => toggleBlock('h2')}
        >
          H2
        </ToolbarButton>
        <ToolbarButton
          className="tb-h3"
          disabled={format.blockSelected}
          label={label('toolbar.h3')}
          pressed={format.block === 'h3'}
          onPress={() => toggleBlock('h3')}
        >
          H3
        </ToolbarButton>
        <ToolbarButton
          className="tb-ul"
          disabled={format.blockSelected}
          label={label('toolbar.bulletList')}
          pressed={format.block === 'bullet'}
          onPress={() => toggleList('bullet')}
        >
          •≡
        </ToolbarButton>
        <ToolbarButton
          className="tb-ol"
          disabled={format.blockSelected}
          label={label('toolbar.numberedList')}
          pressed={format.block === 'number'}
          onPress={() => toggleList('number')}
        >
          1≡
        </ToolbarButton>
        <ToolbarButton
          className="tb-quote"
          disabled={format.blockSelected}
          label={label('toolbar.quote')}
          pressed={format.block === 'quote'}
          onPress={() => toggleBlock('quote')}
        >
          ❝
        </ToolbarButton>
      </div>
      <div className="toolbar-group">
        <InsertImageButton />
      </div>
      <div className="toolbar-group">
        <InsertRelatedNewsButton />
      </div>
    </div>
  );
}

function sameFormat(a: SelectionFormat, b: SelectionFormat): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.link === b.link &&
    a.block === b.block &&
    a.blockSelected === b.blockSelected
  );
}
