/**
 * On start, asks main for journaled unsaved edits and, if there are any, shows
 * the RecoveryDialog until the user has decided about each of them.
 */
import { useCallback, useEffect, useState } from 'react';
import type { LoadedArticle } from '../../../shared/ipc/channels';
import type { JournalEntrySummary } from '../../../shared/ipc/recovery-channels';
import { getBridge } from '../bridge';
import { RecoveryDialog, type RecoveryChoice } from './RecoveryDialog';
import { failureMessage, type ErrorMessage } from '../i18n/error-text';

export interface RecoveryGateProps {
  /** A restored article (replaced or copied), to open in the editor. */
  onRestored: (loaded: LoadedArticle) => void;
  showError: (message: ErrorMessage) => void;
}

export function RecoveryGate({ onRestored, showError }: RecoveryGateProps) {
  const [entries, setEntries] = useState<JournalEntrySummary[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void getBridge()
      .invoke('journal:list', {})
      .then((result) => {
        if (!live) return;
        if (!result.ok) {
          showError(failureMessage('recovery.failed', result.error));
          return;
        }
        setEntries(result.value.entries);
        const { unreadable, folder, otherLibraries } = result.value;
        // Unnamed, each says its own folder: with the recovery folder for all,
        // two libraries' notices had the same words and showed as one.
        for (const other of otherLibraries) {
          showError((say) =>
            other.libraryPath !== null
              ? say('recovery.otherLibrary', {
                  count: other.count,
                  library: other.libraryPath,
                  folder: other.folder,
                })
              : say('recovery.otherLibraryUnnamed', { count: other.count, folder: other.folder }),
          );
        }
        if (unreadable.length > 0 && folder !== null) {
          const files = unreadable.map((file) => file.fileName).join(', ');
          showError((say) =>
            say('recovery.unreadable', { count: unreadable.length, folder, files }),
          );
        }
      });
    return () => {
      live = false;
    };
    // Only on start: the journal of this run belongs to this run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const choose = useCallback(
    async (entry: JournalEntrySummary, choice: RecoveryChoice) => {
      setBusy(true);
      try {
        const bridge = getBridge();
        if (choice === 'discard') {
          const result = await bridge.invoke('journal:discard', { id: entry.articleId });
          if (!result.ok) return showError(failureMessage('recovery.failed', result.error));
        } else {
          const result = await bridge.invoke('journal:restore', {
            id: entry.articleId,
            as: choice,
          });
          if (!result.ok) return showError(failureMessage('recovery.failed', result.error));
          onRestored(result.value);
        }
        setEntries((previous) => previous.filter((other) => other !== entry));
      } finally {
        setBusy(false);
      }
    },
    [onRestored, showError],
  );

  if (entries.length === 0) return null;
  return <RecoveryDialog entries={entries} busy={busy} onChoose={(e, c) => void choose(e, c)} />;
}
