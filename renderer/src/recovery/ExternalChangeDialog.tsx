/**
 * Asks what to do when the open article changed on disk under unsaved edits,
 * and shows what differs between the two versions (read from disk when the
 * question opens): "Load theirs" drops the reporter's edits, and was chosen
 * blind.
 */
import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/article/schema';
import { ModalDialog } from '../app/ModalDialog';
import { getBridge } from '../bridge';
import { useI18n } from '../i18n/I18nProvider';
import { ArticleDiffView } from './ArticleDiffView';

export interface ExternalChangeDialogProps {
  /** The open article's id and its version in the editor, for the comparison. */
  articleId: string;
  /** The article is no longer in the library: its edits can only be kept as a new article. */
  gone?: boolean;
  mine: () => Article;
  onKeepMine: () => void;
  onLoadTheirs: () => void;
  onKeepBoth: () => void;
  /** Only when `gone`: closes the question, the edits staying in the editor and the journal. */
  onKeepEditing?: () => void;
}

export function ExternalChangeDialog({
  articleId,
  gone = false,
  mine,
  onKeepMine,
  onLoadTheirs,
  onKeepBoth,
  onKeepEditing,
}: ExternalChangeDialogProps) {
  const { t } = useI18n();
  // The editor's version as the question opened: it does not change while the dialog is up.
  const [edited] = useState(mine);
  const [disk, setDisk] = useState<Article | null>(null);
  useEffect(() => {
    if (gone) return;
    let current = true;
    void getBridge()
      .invoke('article:load', { id: articleId })
      .then((result) => {
        // A file that cannot be read shows no comparison; the choices stay the same.
        if (current && result.ok) setDisk(result.value.article);
      });
    return () => {
      current = false;
    };
  }, [articleId, gone]);
  if (gone) {
    return (
      <ModalDialog
        title={t('external.goneTitle')}
        description={t('external.goneBody')}
        role="alertdialog"
      >
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onKeepEditing}>
            {t('external.keepEditing')}
          </button>
          <span className="dialog-actions-spacer" />
          <button
            type="button"
            className="button button-primary"
            data-autofocus
            onClick={onKeepBoth}
          >
            {t('external.saveAsNew')}
          </button>
        </div>
      </ModalDialog>
    );
  }
  return (
    // No onCancel, so no silent way out: each choice keeps at least one version whole.
    <ModalDialog title={t('external.title')} description={t('external.body')} role="alertdialog">
      {disk && <ArticleDiffView disk={disk} mine={edited} />}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onLoadTheirs}>
          {t('external.loadTheirs')}
        </button>
        <span className="dialog-actions-spacer" />
        <button type="button" className="button" onClick={onKeepBoth}>
          {t('external.keepBoth')}
        </button>
        {/* The focus is on the choice that keeps the reporter's words: the
            dialog opens while they type, and a key may land on it. */}
        <button type="button" className="button button-primary" data-autofocus onClick={onKeepMine}>
          {t('external.keepMine')}
        </button>
      </div>
    </ModalDialog>
  );
}
