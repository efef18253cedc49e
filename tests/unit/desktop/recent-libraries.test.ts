import { describe, expect, it } from 'vitest';
import {
  addRecentLibrary,
  recentLibrariesAfterSwitch,
} from '../../../electron/services/recent-libraries';

describe('recent libraries', () => {
  it('puts the opened library first without duplicates', () => {
    expect(addRecentLibrary(['/a', '/b', '/c'], '/b/')).toEqual(['/b', '/a', '/c']);
  });

  it('keeps at most the given number', () => {
    expect(addRecentLibrary(['/a', '/b', '/c'], '/d', 3)).toEqual(['/d', '/a', '/b']);
  });

  it('keeps the library left on a switch, so the first one can be reopened from the menu', () => {
    // First switch away from the library the app started on (an empty list).
    expect(recentLibrariesAfterSwitch([], '/home/pv/Documents/Newsdesk', '/mnt/usb/Tin')).toEqual([
      '/mnt/usb/Tin',
      '/home/pv/Documents/Newsdesk',
    ]);
    expect(recentLibrariesAfterSwitch(['/b', '/a'], '/b', '/a/')).toEqual(['/a', '/b']);
  });
});
