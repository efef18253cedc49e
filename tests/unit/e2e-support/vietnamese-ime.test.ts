/**
 * The IME replay driver of the e2e suite is only as good as the keystrokes it
 * replays: these pin that it models Telex composition and Unikey's
 * Backspace-and-retype the way the real input methods behave.
 */
import { describe, expect, it } from 'vitest';
import { retypeStep, tokenize, typingStates } from '../../e2e/support/vietnamese-ime';

describe('typingStates', () => {
  it('composes "việt" letter by letter, tone after the vowels', () => {
    expect(typingStates('việt', 'after-vowels')).toEqual(['v', 'vi', 'vie', 'viê', 'việ', 'việt']);
  });

  it('puts the tone last when typed at the end, changing an earlier letter', () => {
    expect(typingStates('việt', 'at-end')).toEqual(['v', 'vi', 'vie', 'viê', 'viêt', 'việt']);
  });

  it('gives ươ in one keystroke (Telex "uow") and đ from dd', () => {
    expect(typingStates('người')).toEqual(['n', 'ng', 'ngu', 'nguo', 'ngươ', 'ngươi', 'người']);
    expect(typingStates('Đường')).toEqual(['D', 'Đ', 'Đu', 'Đuo', 'Đươ', 'Đươn', 'Đương', 'Đường']);
  });

  it('ends every word exactly on its NFC spelling, even from NFD input', () => {
    const words = 'Hà Nội đón đợt rét đậm nhất thủy khỏe hòa Quỹ giặt'.normalize('NFD').split(' ');
    for (const word of words) expect(typingStates(word).at(-1)).toBe(word.normalize('NFC'));
  });
});

describe('retypeStep', () => {
  it('deletes back to the changed letter and types the rest, as Unikey does', () => {
    expect(retypeStep('vie', 'viê')).toEqual({ backspaces: 1, text: 'ê' });
    expect(retypeStep('viêt', 'việt')).toEqual({ backspaces: 2, text: 'ệt' });
    expect(retypeStep('vi', 'vie')).toEqual({ backspaces: 0, text: 'e' });
  });
});

describe('tokenize', () => {
  it('splits words from the spaces, digits and punctuation between them', () => {
    expect(tokenize('Sa Pa, 5 độ.')).toEqual([
      { text: 'Sa', word: true },
      { text: ' ', word: false },
      { text: 'Pa', word: true },
      { text: ', 5 ', word: false },
      { text: 'độ', word: true },
      { text: '.', word: false },
    ]);
  });
});
