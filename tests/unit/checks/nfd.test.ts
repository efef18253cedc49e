import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../../shared/checks';
import { article, cleanArticle, figure, paragraph, text, toNfd } from './builders';

// Windows' Vietnamese keyboard and macOS can hand the editor decomposed text,
// and Lexical keeps it as given: offsets must be in that text, excerpts in NFC.
describe('decomposed (NFD) text', () => {
  it('leaves the clean article clean', () => {
    const nfd = toNfd(cleanArticle());
    expect(nfd.headline).not.toBe(nfd.headline.normalize('NFC'));
    expect(checkArticle(nfd)).toEqual([]);
  });

  it('finds the other tone style, with offsets in the stored NFD text', () => {
    const stored = 'Sức khoẻ ổn, hoà nhập tốt.'.normalize('NFD');
    const [first, second] = checkArticle(article({ body: [paragraph(text(stored))] }));
    expect(first).toMatchObject({
      rule: 'tone-style',
      params: { word: 'khoẻ', suggestion: 'khỏe' },
    });
    expect(second).toMatchObject({
      rule: 'tone-style',
      params: { word: 'hoà', suggestion: 'hòa' },
    });
    for (const finding of [first, second]) {
      const offset = finding?.offset ?? 0;
      const piece = stored.slice(offset, offset + (finding?.length ?? 0));
      expect(piece.normalize('NFC')).toBe(finding?.params.word);
    }
    expect(first?.excerpt).toBe('Sức khoẻ ổn, hoà nhập tốt.');
  });

  it('counts headline length in characters, not code units', () => {
    // 90 Vietnamese letters take about 150 code units in NFD: still within the limit.
    const headline = 'Tiếng Việt ở Hà Nội '.repeat(4) + 'Trường Sơn'.normalize('NFD');
    expect(headline.normalize('NFC').length).toBe(90);
    expect(checkArticle(article({ headline: headline.normalize('NFD') }))).toEqual([]);
    const over = checkArticle(article({ headline: (headline + '!').normalize('NFD') }));
    expect(over).toMatchObject([{ rule: 'headline-too-long', params: { length: 91, max: 90 } }]);
    expect(over[0]?.offset).toBe(headline.normalize('NFD').length);
  });

  it('does not read the ASCII part of a decomposed word as Telex', () => {
    const stored = 'Ông Nguyễn Thoòng nói.'.normalize('NFD');
    const findings = checkArticle(article({ body: [paragraph(text(stored))] }));
    expect(findings.filter((f) => f.rule === 'telex-leftover')).toEqual([]);
  });

  it('treats a caption that is only combining marks as text, not blank', () => {
    const findings = checkArticle(article({ body: [figure({ caption: 'Hoà'.normalize('NFD') })] }));
    expect(findings).toMatchObject([
      { rule: 'tone-style', subfield: 'caption', offset: 0, length: 4 },
    ]);
  });
});
