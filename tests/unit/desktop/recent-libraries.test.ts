import { describe, expect, it } from 'vitest';
import { addRecentLibrary } from '../../../electron/services/recent-libraries';

describe('recent libraries', () => {
  it('puts the opened library first without duplicates', () => {
    expect(addRecentLibrary(['/a', '/b', '/c'], '/b/')).toEqual(['/b', '/a', '/c']);
  });

  it('keeps at most the given number', () => {
    expect(addRecentLibrary(['/a', '/b', '/c'], '/d', 3)).toEqual(['/d', '/a', '/b']);
  });
});
