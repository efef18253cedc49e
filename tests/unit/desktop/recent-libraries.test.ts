import { describe, expect, it } from 'vitest';
import {
  addRecentLibrary,
  recentLibrariesAfterSwitch,
} from '../../../electron/services/recent-libraries';

describe('recent libraries', () => {
  it('puts the opened library first without duplicates', () => {
    expect(addRecentLibrary(['/a', '/b', '/c'], '/b/')).toEqual(['/b', '/a', '/c']);
  });

  // A library at the root of a drive (a USB stick, E:\): "E:" without its
  // separator is another place, the folder Windows last used on that drive.
  it('keeps the separator of a Windows drive root', () => {
    expect(addRecentLibrary([], 'E:\\')).toEqual(['E:\\']);
    expect(addRecentLibrary(['E:\\', 'D:\\Tin'], 'D:\\Tin\\')).toEqual(['D:\\Tin', 'E:\\']);
    expect(recentLibrariesAfterSwitch([], 'C:\\Users\\pv\\Documents\\Newsdesk', 'E:/')).toEqual([
      'E:/',
      'C:\\Users\\pv\\Documents\\Newsdesk',
    ]);
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
