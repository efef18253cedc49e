/**
 * "Show in folder" for an article Newsdesk cannot open (damaged, truncated, made
 * by a newer version): the user can recover it by hand, since Newsdesk never
 * rewrites such a file. Main builds the path from the checked id (the renderer
 * never sends paths); Electron reveals it in the file manager, the web host
 * cannot, so the path is shown as text to copy.
 */
import { useState } from 'react';
import { getBridge } from '../bridge';
import { useI18n } from '../i18n/I18nProvider';

export function ShowInFolderButton({ articleId }: { articleId: string }) {
  const { t } = useI18n();
  const [path, setPath] = useState<string | null>(null);
  const show = async () => {
    const result = await getBridge().invoke('article:show-in-folder', { id: articleId });
    if (result.ok && !result.value.shown) setPath(result.value.path);
  };
  return (
    <>
      <button type="button" className="button button-quiet" onClick={() => void show()}>
        {t('damaged.showInFolder')}
      </button>
      {path !== null && (
        <span className="article-damage-path" role="note">
          {t('damaged.path', { path })}
        </span>
      )}
    </>
  );
}
