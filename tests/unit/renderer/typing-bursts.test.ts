/**
 * What counts as one keystroke's edit for the undo history (typing-bursts.ts):
 * a letter, a Backspace, an input method retyping a syllable's end, but not a
 * paste or a deleted selection, which start undo steps of their own.
 */
import { describe, expect, it } from 'vitest';
import { isKeystrokeEdit } from '../../../renderer/src/editor/plugins/typing-bursts';

describe('isKeystrokeEdit', () => {
  it('takes a letter, a Backspace and Unikey-style retyping', () => {
    expect(isKeystrokeEdit('Kết b', 'Kết ba')).toBe(true);
    expect(isKeystrokeEdit('Kết ba', 'Kết b')).toBe(true);
    expect(isKeystrokeEdit('Kết b', 'Kết bài')).toBe(true);
    expect(isKeystrokeEdit('viet nam', 'viết nam')).toBe(true);
    expect(isKeystrokeEdit('aa', 'a')).toBe(true);
  });

  it('leaves out pastes, cut selections and no change at all', () => {
    expect(isKeystrokeEdit('Kết', 'Kết bài viết hôm nay')).toBe(false);
    expect(isKeystrokeEdit('Kết bài viết hôm nay', 'Kết')).toBe(false);
    expect(isKeystrokeEdit('Kết', 'Kết')).toBe(false);
  });
});
