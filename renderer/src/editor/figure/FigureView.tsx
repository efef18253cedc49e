/**
 * A figure in the body: the photo (or a placeholder when its file is missing),
 * its three text fields, and its controls. Registered as the 'figure' decorator
 * view (register-figure-view.tsx); FigureNode in shared/ holds the data.
 *
 * Clicking the photo selects the figure (a NodeSelection), so Backspace/Delete
 * removes it through Lexical's standard decorator handling and Ctrl+Z brings it
 * back with its words. Every change goes through `editor.update`, so it is one
 * history with the body.
 *
 * The fields and controls are made once the figure nears the viewport or the
 * browser is idle (deferred-block-fields.ts): a long article's first paint
 * does not wait for dozens of them.
 */
import { useEffect, useId, useRef } from 'react';
import {
  $getNodeByKey,
  $isElementNode,
  CLICK_COMMAND,
  COMMAND_PRIORITY_LOW,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { FIGURE_LAYOUTS, type FigureLayout } from '../../../../shared/article/blocks';
import type { DecoratorViewProps } from '../../../../shared/nodes/decorator-views';
import {
  $isFigureNode,
  isFigureLayout,
  type FigureNode,
} from '../../../../shared/nodes/figure-node';
import type { MessageKey } from '../../../../shared/i18n/messages';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentArticleId } from './current-article';
import { useBlockFieldsShown } from '../deferred-block-fields';
import { useDecoratorSelection } from '../useDecoratorSelection';
import { FIGURE_CONTROL_ATTRIBUTE } from './figure-controls';
import { FigureField } from './FigureField';
import { handleFigureHistoryKey } from './history-keys';
import { IMAGE_ACCEPT } from './image-files';
import { importImageFiles } from './import-files';
import { trackImport } from './pending-imports';
import { useFigureData } from './use-figure-data';
import { useFigureImageUrl } from './use-figure-image-url';

const LAYOUT_LABELS: Record<FigureLayout, MessageKey> = {
  inline: 'figure.layout.inline',
  wide: 'figure.layout.wide',
  full: 'figure.layout.full',
};

function updateFigure(editor: LexicalEditor, nodeKey: NodeKey, change: (node: FigureNode) => void) {
  editor.update(() => {
    const node = $getNodeByKey(nodeKey);
    if ($isFigureNode(node)) change(node);
  });
}

/**
 * Removes the figure and puts the caret where it was (the start of the block
 * after it, else the end of the one before), with the focus in the body: on
 * the removed button the focus fell to the page, where Ctrl+Z undid nothing.
 * Between two blocks that take no caret (a series of photos), the caret goes
 * between them, where the figure was, as the arrow keys put it there: with no
 * selection, focusing the body put the caret at the end of the article, where
 * the view jumped and the next words went.
 */
function deleteFigure(editor: LexicalEditor, nodeKey: NodeKey) {
  editor.update(() => {
    const node = $getNodeByKey(nodeKey);
    if (!$isFigureNode(node)) return;
    const next = node.getNextSibling();
    const previous = node.getPreviousSibling();
    const parent = node.getParent();
    const index = node.getIndexWithinParent();
    node.remove();
    if ($isElementNode(next)) next.selectStart();
    else if ($isElementNode(previous)) previous.selectEnd();
    else parent?.select(index, index);
  });
  editor.focus();
}

/**
 * A move button keeps the focus, so the next Enter moves the figure again: the
 * move takes the figure's element out of the page and back, which drops the
 * focus, and Lexical then gave it to the body, where that Enter added an empty
 * paragraph to the article. At the top or the bottom the button is disabled,
 * and the other move button takes the focus. After React's next render,
 * which sets `disabled`.
 */
function keepFocusOnMove(button: HTMLButtonElement) {
  requestAnimationFrame(() => {
    const buttons = [
      ...(button.parentElement?.querySelectorAll<HTMLButtonElement>('.figure-move') ?? []),
    ];
    const target = button.disabled ? buttons.find((other) => !other.disabled) : button;
    target?.focus();
  });
}

export function FigureView({ editor, nodeKey }: DecoratorViewProps) {
  const { t, language } = useI18n();
  const articleId = useCurrentArticleId();
  const figure = useFigureData(editor, nodeKey);
  const { image, onError } = useFigureImageUrl(articleId, figure?.assetId ?? '');
  const [selected, setSelected, clearSelection] = useDecoratorSelection(editor, nodeKey);
  const frameRef = useRef<HTMLDivElement>(null);
  const [chromeShown, watchView] = useBlockFieldsShown();
  const placeholderTextId = useId();

  // Lexical's own click handling runs first; this selects the figure when the
  // photo itself was clicked (the fields and buttons keep their own clicks).
  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event: MouseEvent) => {
          const frame = frameRef.current;
          if (!frame || !(event.target instanceof Node) || !frame.contains(event.target)) {
            return false;
          }
          if (!event.shiftKey) clearSelection();
          setSelected(true);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, clearSelection, setSelected],
  );

  if (figure === null) return null;

  const replace = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file || articleId === null) return;
    // Tracked as an insert is: leaving the article waits for it (pending-imports.ts).
    await trackImport(
      importImageFiles(editor, articleId, [file]).then(([imported]) => {
        if (imported) updateFigure(editor, nodeKey, (node) => node.setImage(imported));
      }),
    );
  };

  // The file input is made when asked for, not rendered with every figure: it is
  // one of the costlier controls to create (a shadow tree of its own), and a long
  // article opens with dozens of figures. Chromium opens the chooser of an input
  // outside the document as well.
  const chooseReplacement = () => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = IMAGE_ACCEPT;
    input.addEventListener('change', () => void replace(input.files), { once: true });
    input.click();
  };

  const classes = ['figure-view', `figure-layout-${figure.layout}`];
  if (selected) classes.push('is-selected');

  return (
    // The view's controls speak the UI's language (the body around it is
    // Vietnamese text); the photo's alt text and the fields are the article's.
    <div
      ref={watchView}
      className={classes.join(' ')}
      role="group"
      aria-label={t('figure.label')}
      lang={language}
    >
      <div ref={frameRef} className="figure-frame">
        {image.kind === 'ready' ? (
          // Lazy: an open article's figures far below the fold are neither
          // fetched nor decoded until the reader scrolls near them; width and
          // height keep their boxes the right size meanwhile.
          <img
            key={image.attempt}
            className="figure-image"
            src={image.url}
            alt={figure.alt}
            lang="vi"
            width={figure.width}
            height={figure.height}
            loading="lazy"
            decoding="async"
            draggable={false}
            onError={onError}
          />
        ) : (
          // The words are its description: inside an image they are not read
          // (its children are presentational), and a screen reader heard only
          // "Image not shown", never that the file is missing or what to do.
          <div
            className="figure-placeholder"
            role="img"
            aria-label={t('figure.placeholder')}
            aria-describedby={placeholderTextId}
          >
            <p id={placeholderTextId} className="figure-placeholder-text">
              {image.kind === 'loading' ? t('figure.loading') : t('figure.missing')}
            </p>
          </div>
        )}
      </div>
      {chromeShown ? (
        <>
          <div className="figure-fields">
            <FigureField
              editor={editor}
              nodeKey={nodeKey}
              field="caption"
              value={figure.caption}
              label={t('figure.caption')}
              placeholder={t('figure.captionPlaceholder')}
              multiline
              className="figure-caption"
            />
            <FigureField
              editor={editor}
              nodeKey={nodeKey}
              field="credit"
              value={figure.credit}
              label={t('figure.credit')}
              placeholder={t('figure.creditPlaceholder')}
              className="figure-credit"
            />
            <FigureField
              editor={editor}
              nodeKey={nodeKey}
              field="alt"
              value={figure.alt}
              label={t('figure.alt')}
              placeholder={t('figure.altPlaceholder')}
              className="figure-alt"
            />
          </div>
          <div
            className="figure-controls"
            {...{ [FIGURE_CONTROL_ATTRIBUTE]: '' }}
            // A move button keeps the focus (keepFocusOnMove), as does the width
            // choice: Ctrl+Z pressed there takes the move or the width back.
            onKeyDown={(event) => void handleFigureHistoryKey(event.nativeEvent, editor)}
          >
            <button
              type="button"
              className="figure-button figure-move"
              aria-label={t('figure.moveUp')}
              title={t('figure.moveUp')}
              disabled={figure.first}
              onClick={(event) => {
                keepFocusOnMove(event.currentTarget);
                updateFigure(editor, nodeKey, (node) =>
                  node.getPreviousSibling()?.insertBefore(node),
                );
              }}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              className="figure-button figure-move"
              aria-label={t('figure.moveDown')}
              title={t('figure.moveDown')}
              disabled={figure.last}
              onClick={(event) => {
                keepFocusOnMove(event.currentTarget);
                updateFigure(editor, nodeKey, (node) => node.getNextSibling()?.insertAfter(node));
              }}
            >
              <span aria-hidden="true">↓</span>
            </button>
            <select
              className="figure-width"
              aria-label={t('figure.width')}
              value={figure.layout}
              onChange={(event) => {
                const layout = event.target.value;
                if (isFigureLayout(layout))
                  updateFigure(editor, nodeKey, (node) => node.setLayout(layout));
              }}
            >
              {FIGURE_LAYOUTS.map((layout) => (
                <option key={layout} value={layout}>
                  {t(LAYOUT_LABELS[layout])}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="figure-button figure-button-text"
              onClick={chooseReplacement}
            >
              {t('figure.replace')}
            </button>
            <button
              type="button"
              className="figure-button figure-button-text figure-delete"
              onClick={() => deleteFigure(editor, nodeKey)}
            >
              {t('figure.delete')}
            </button>
          </div>
        </>
      ) : (
        // Keeps roughly the height the fields and controls will take.
        <div className="figure-chrome-pending" />
      )}
    </div>
  );
}
