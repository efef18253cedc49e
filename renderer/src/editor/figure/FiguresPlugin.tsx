/**
 * The figure feature's behaviour in the body editor:
 *  - inserting: the toolbar's files (INSERT_IMAGE_FILES_COMMAND) and image files
 *    dropped or pasted (Lexical's DRAG_DROP_PASTE, which the rich-text plugin
 *    dispatches for both, after moving the caret to the drop point), imported
 *    through main, then placed after the caret's block; in Electron the button
 *    asks main to open its dialog and import (CHOOSE_AND_INSERT_IMAGES_COMMAND);
 *  - the figure controls own their events: Lexical's key, composition and
 *    clipboard handlers stand aside for targets inside them, so typing in a
 *    caption never deletes or moves the figure and an IME there never puts
 *    Lexical into composition;
 *  - copying remembers the article, so pasting into another one can bring the
 *    image along (image-urls.ts);
 *  - the import status: "Importing image…" and refusals.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import {
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  COMPOSITION_END_COMMAND,
  COMPOSITION_START_COMMAND,
  COPY_COMMAND,
  CUT_COMMAND,
  DRAGOVER_COMMAND,
  DRAGSTART_COMMAND,
  DROP_COMMAND,
  HISTORIC_TAG,
  KEY_DOWN_COMMAND,
  PASTE_COMMAND,
  $addUpdateTag,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  SKIP_DOM_SELECTION_TAG,
  type LexicalCommand,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { getBridge } from '../../bridge';
import { useI18n } from '../../i18n/I18nProvider';
import { useCurrentArticleId } from './current-article';
import { CHOOSE_AND_INSERT_IMAGES_COMMAND, INSERT_IMAGE_FILES_COMMAND } from './figure-commands';
import { isFigureControlTarget } from './figure-controls';
import { primeImageUrl, recoverImageUrl, rememberCopySource } from './image-urls';
import { FigureNode } from '../../../../shared/nodes/figure-node';
import { importImageFiles } from './import-files';
import {
  dismissImportErrors,
  getImportStatus,
  reportImportError,
  subscribeImportStatus,
} from './import-status';
import { $figureInsertionPoint, $insertFigures, $moveCaretPast } from './insert-figures';
import { trackImport } from './pending-imports';
import { errorText } from '../../i18n/error-text';

const CONTROL_OWNED_EVENTS = [
  KEY_DOWN_COMMAND,
  COMPOSITION_START_COMMAND,
  COMPOSITION_END_COMMAND,
  PASTE_COMMAND,
  COPY_COMMAND,
  CUT_COMMAND,
  DROP_COMMAND,
  DRAGOVER_COMMAND,
  DRAGSTART_COMMAND,
] as unknown as LexicalCommand<Event | null>[];

/**
 * Runs inside the command's update, so the selection is the one Lexical just
 * took from the DOM (a click, a drop point), and is read before the (slow)
 * import: the user may move on meanwhile.
 */
function $insertFiles(editor: LexicalEditor, articleId: string, files: File[]) {
  // Each figure goes in as its image lands, after the one before it: the
  // reporter sees the photos arrive instead of all of them at the end. The
  // caret's block and each figure landed so far, newest last: a figure the
  // reporter deleted while the rest imported hands its place to the one
  // before it (else the next photo went to the end of the article).
  const anchors = [$figureInsertionPoint()];
  const stayed = $userStaysPut(editor);
  let caretMoved = false;
  void trackImport(
    importImageFiles(editor, articleId, files, (image, last) => {
      editor.update(() => {
        const after = $lastAttached(anchors);
        const [figure] = $insertFigures([image], after, $caretFollows(stayed()) && last);
        if (figure) anchors.push(figure.getKey());
      });
      caretMoved ||= last;
    }).then((images) => {
      // The last file was refused (a HEIC photo at the end of a drop): the caret
      // still goes past the figures that landed, as it would have after it.
      const landed = anchors.length > 1 ? anchors[anchors.length - 1] : null;
      if (images.length === 0 || caretMoved || landed == null) return;
      editor.update(() => {
        const figure = $getNodeByKey(landed);
        if (figure?.isAttached() && $caretFollows(stayed())) $moveCaretPast(figure);
      });
    }),
  );
}

/** The newest of `keys` still in the body; null (the end of the body) when none is. */
function $lastAttached(keys: readonly (NodeKey | null)[]): NodeKey | null {
  for (const key of [...keys].reverse())
    if (key !== null && $getNodeByKey(key)?.isAttached()) return key;
  return null;
}

/**
 * Inside the update that places figures: when the reporter moved on, the
 * browser's selection and focus are left where they are now (without the tag,
 * Lexical put its selection back into the body and took the focus from the
 * headline). Answers `stays` for $insertFigures's `moveCaret`.
 */
function $caretFollows(stays: boolean): boolean {
  if (!stays) $addUpdateTag(SKIP_DOM_SELECTION_TAG);
  return stays;
}

/**
 * Read when an insert is asked for: whether, when its figure lands, the
 * reporter is still where they were. The caret moves past the new figure only
 * then; one who went on typing (in the body or the headline) during a slow
 * import kept their caret, instead of having the rest of the sentence land
 * under the photo and the focus taken from the headline.
 */
function $userStaysPut(editor: LexicalEditor): () => boolean {
  const signature = () => {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) {
      const { anchor, focus } = selection;
      return `${anchor.key}:${anchor.offset}:${focus.key}:${focus.offset}`;
    }
    return selection === null
      ? ''
      : selection
          .getNodes()
          .map((node) => node.getKey())
          .join(',');
  };
  const before = signature();
  const focused = document.activeElement;
  return () => {
    if (signature() !== before) return false;
    const now = document.activeElement;
    return now === focused || now === document.body || !!editor.getRootElement()?.contains(now);
  };
}

/** Electron: main's dialog and import; refusals reported like the file input's. */
function $chooseAndInsert(editor: LexicalEditor, articleId: string) {
  const after = $figureInsertionPoint();
  const stayed = $userStaysPut(editor);
  const work = getBridge()
    .invoke('image:choose-and-import', { articleId })
    .then((result) => {
      if (!result.ok) {
        const { error } = result;
        reportImportError(editor, (say) =>
          say('images.refused', { name: say('images.unnamed'), detail: errorText(say, error) }),
        );
        return;
      }
      for (const { name, message, detail } of result.value.refused)
        reportImportError(editor, (say) =>
          say('images.refused', {
            name,
            detail: detail ? say(detail.key, detail.params) : message,
          }),
        );
      const { images } = result.value;
      for (const image of images) primeImageUrl(articleId, image.assetId, image.url);
      if (images.length > 0)
        editor.update(() => void $insertFigures(images, after, $caretFollows(stayed())));
    });
  void trackImport(work);
}

export function FiguresPlugin(): React.JSX.Element | null {
  const [editor] = useLexicalComposerContext();
  const articleId = useCurrentArticleId();
  const { t } = useI18n();

  useEffect(() => {
    const standAside = (event: Event | null) =>
      event !== null && isFigureControlTarget(event.target);
    return mergeRegister(
      ...CONTROL_OWNED_EVENTS.map((command) =>
        editor.registerCommand(command, standAside, COMMAND_PRIORITY_CRITICAL),
      ),
      editor.registerCommand(
        INSERT_IMAGE_FILES_COMMAND,
        (files) => {
          if (articleId === null || files.length === 0) return false;
          $insertFiles(editor, articleId, files);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        CHOOSE_AND_INSERT_IMAGES_COMMAND,
        () => {
          if (articleId === null) return false;
          $chooseAndInsert(editor, articleId);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        DRAG_DROP_PASTE,
        (files) => {
          if (articleId === null || files.length === 0) return false;
          $insertFiles(editor, articleId, files);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      ...[COPY_COMMAND, CUT_COMMAND].map((command) =>
        editor.registerCommand(
          command,
          () => {
            if (articleId !== null) rememberCopySource(articleId);
            return false;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
      // A figure pasted from another article names a photo this article's
      // folder may not have: it is copied in now, not only when its view first
      // fails to load it (an off-screen photo never loads, and its article
      // could not be exported, trashed with it or synced with it).
      editor.registerMutationListener(
        FigureNode,
        (mutations, { updateTags }) => {
          if (articleId === null || updateTags.has(HISTORIC_TAG)) return;
          const created = [...mutations].filter(([, mutation]) => mutation === 'created');
          if (created.length === 0) return;
          const assetIds = editor
            .getEditorState()
            .read(() => created.map(([key]) => $getNodeByKey<FigureNode>(key)?.getAssetId() ?? ''));
          for (const assetId of new Set(assetIds))
            if (assetId !== '') void recoverImageUrl(articleId, assetId);
        },
        { skipInitialization: true },
      ),
    );
  }, [editor, articleId]);

  const status = useSyncExternalStore(
    (onChange) => subscribeImportStatus(editor, onChange),
    () => getImportStatus(editor),
  );

  // The live region stays mounted, empty when idle: one inserted already
  // holding its text is often not announced.
  return (
    <div className="figure-import">
      <p className="figure-import-progress" aria-live="polite">
        {status.pending === 0
          ? ''
          : status.pending === 1
            ? t('images.importing')
            : t('images.importingMany', { count: status.pending })}
      </p>
      {status.errors.length > 0 && (
        <div className="banner banner-error figure-import-errors" role="alert">
          {status.errors.map((message, index) => (
            <p key={index} className="banner-text">
              {message(t)}
            </p>
          ))}
          <button type="button" className="button" onClick={() => dismissImportErrors(editor)}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
