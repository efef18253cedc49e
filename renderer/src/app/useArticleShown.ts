/**
 * Tells main whether the window shows an article (`app:article-shown`): the
 * desktop menu's Export HTML, Print, Save as PDF and Preview act on the open
 * article, and with none they were enabled and did nothing. Said at start and
 * at each change between "an article" and "none", not at each switch.
 */
import { useEffect } from 'react';
import { getBridge } from '../bridge';

export function useArticleShown(open: boolean): void {
  useEffect(() => {
    void getBridge().invoke('app:article-shown', { open });
  }, [open]);
}
