/**
 * History retention edited by hand (docs/article-format.md names each value:
 * `history.keepDailyDays`): a newsroom that writes only the value it changes,
 * or one value out of range, keeps the others. The whole section fell back to
 * the defaults, and a month of daily versions the newsroom meant to keep for
 * ninety days was pruned at the next snapshot.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSettings } from '../../../electron/services/settings';
import { DEFAULT_HISTORY_SETTINGS } from '../../../shared/settings';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const projectName = 'newsdesk-test';

describe('history settings edited by hand', () => {
  it('a section holding only the value changed keeps it, the others at their defaults', async () => {
    const cwd = await tempDir();
    await writeFile(join(cwd, 'settings.json'), JSON.stringify({ history: { keepDailyDays: 90 } }));
    const settings = openSettings({ cwd, projectName });
    expect(settings.get().history).toEqual({ ...DEFAULT_HISTORY_SETTINGS, keepDailyDays: 90 });
    expect(settings.notices).toEqual([]);
  });

  it('one value out of range falls back alone, and is named', async () => {
    const cwd = await tempDir();
    await writeFile(
      join(cwd, 'settings.json'),
      JSON.stringify({ history: { keepAllDays: 3, keepDailyDays: -1, minIntervalMinutes: 10 } }),
    );
    const settings = openSettings({ cwd, projectName });
    expect(settings.get().history).toEqual({
      keepAllDays: 3,
      keepDailyDays: DEFAULT_HISTORY_SETTINGS.keepDailyDays,
      minIntervalMinutes: 10,
    });
    expect(settings.notices).toEqual([
      { key: 'settings.notice.unread', params: { keys: 'history.keepDailyDays' } },
    ]);
  });
});
