import { describe, expect, it } from 'vitest';
import { checkArticle, DEFAULT_CHECK_OPTIONS } from '../../../shared/checks';
import { article, paragraph, text } from './builders';

const bodyOf = (value: string) => article({ body: [paragraph(text(value))] });
const rulesOf = (findings: { rule: string }[]) => findings.map((f) => f.rule);

describe('defaults', () => {
  it('are the house style of most Vietnamese news sites', () => {
    expect(DEFAULT_CHECK_OPTIONS).toEqual({
      headlineMaxChars: 90,
      sapoMaxChars: 300,
      sapoMinChars: 1,
      toneStyle: 'old',
      curlyQuotes: true,
      disabledRules: [],
    });
  });

  it('apply to options given as undefined', () => {
    expect(rulesOf(checkArticle(bodyOf('hoà'), { toneStyle: undefined }))).toEqual(['tone-style']);
  });
});

describe('lengths', () => {
  it('treat a sapo under the minimum as missing', () => {
    const findings = checkArticle(article({ sapo: 'Ngắn quá.' }), { sapoMinChars: 20 });
    expect(findings).toMatchObject([{ rule: 'sapo-missing', params: { length: 9, min: 20 } }]);
  });

  it('accept a headline exactly at the limit', () => {
    expect(checkArticle(article({ headline: 'Đ'.repeat(90) }))).toEqual([]);
    expect(
      rulesOf(checkArticle(article({ headline: 'Đ'.repeat(90) }), { headlineMaxChars: 89 })),
    ).toEqual(['headline-too-long']);
  });

  it('ignore surrounding spaces', () => {
    expect(checkArticle(article({ headline: `  ${'a'.repeat(90)}  ` }))).toEqual([]);
  });
});

describe('tone style', () => {
  it('with "any", flags the minority style only', () => {
    const findings = checkArticle(bodyOf('Hoà bình, hoà hợp, khoẻ mạnh, thủy lợi và hòa giải.'), {
      toneStyle: 'any',
    });
    expect(findings.map((f) => [f.rule, f.params.word, f.params.suggestion])).toEqual([
      ['mixed-tone-styles', 'thủy', 'thuỷ'],
      ['mixed-tone-styles', 'hòa', 'hoà'],
    ]);
    expect(findings[0]?.params).toMatchObject({ oldCount: 2, newCount: 3 });
  });

  it('with "any", flags the new style on a tie', () => {
    const findings = checkArticle(bodyOf('Hoà bình và thủy lợi.'), { toneStyle: 'any' });
    expect(findings.map((f) => f.params.word)).toEqual(['Hoà']);
  });

  it('with "any", accepts one style throughout, either one', () => {
    expect(checkArticle(bodyOf('Hoà bình, khoẻ mạnh, thuỷ lợi.'), { toneStyle: 'any' })).toEqual(
      [],
    );
    expect(checkArticle(bodyOf('Hòa bình, khỏe mạnh, thủy lợi.'), { toneStyle: 'any' })).toEqual(
      [],
    );
  });

  it('counts across fields', () => {
    const findings = checkArticle(
      article({ headline: 'Hoà bình và hoà hợp', body: [paragraph(text('Sức khỏe.'))] }),
      { toneStyle: 'any' },
    );
    expect(findings).toMatchObject([
      { rule: 'mixed-tone-styles', field: 'body', params: { word: 'khỏe' } },
    ]);
  });

  it('with "new", flags the old style', () => {
    expect(
      checkArticle(bodyOf('Thủy lợi, quý hóa.'), { toneStyle: 'new' }).map(
        (f) => f.params.suggestion,
      ),
    ).toEqual(['Thuỷ', 'hoá']);
  });

  it('never flags syllables spelled the same in both styles', () => {
    expect(
      checkArticle(bodyOf('Hoàn thành, thuyền, quý, quá, ngoài, khuỷu.'), { toneStyle: 'any' }),
    ).toEqual([]);
    expect(
      checkArticle(bodyOf('Hoàn thành, thuyền, quý, quá, ngoài, khuỷu.'), { toneStyle: 'new' }),
    ).toEqual([]);
  });
});

describe('quotes', () => {
  it('suggest the opening or closing curly quote', () => {
    const findings = checkArticle(bodyOf(`Ông O'Brien nói "đồng ý" và 'được'.`));
    expect(findings.map((f) => f.params.suggestion)).toEqual(['’', '“', '”', '‘', '’']);
  });

  it('are not checked when the house does not use curly quotes', () => {
    expect(checkArticle(bodyOf('Ông nói "đồng ý".'), { curlyQuotes: false })).toEqual([]);
  });
});

describe('spacing', () => {
  it('leaves ellipses, decimals, times and names like .NET alone', () => {
    const clean =
      'Anh ấy ngập ngừng ... rồi nói. Lúc 8:30, giá 3,5 triệu đồng; công nghệ .NET và Node.js.';
    expect(checkArticle(bodyOf(clean))).toEqual([]);
  });

  it('flags spaces before each closing mark', () => {
    const findings = checkArticle(bodyOf('Một , hai ; ba : bốn ! năm ? sáu .'));
    expect(findings.map((f) => f.params.mark)).toEqual([',', ';', ':', '!', '?', '.']);
  });

  it('flags a no-break space run, but not leading or trailing spaces', () => {
    expect(rulesOf(checkArticle(bodyOf('Trời\u00a0 mưa.')))).toEqual(['double-space']);
    expect(checkArticle(bodyOf('  Trời mưa.  '))).toEqual([]);
  });
});

describe('tone style syllables', () => {
  // [old, new] pairs of every shape: initials, capitals, mixed case, đ, no initial.
  const PAIRS: [string, string][] = [
    ['hòa', 'hoà'],
    ['họa', 'hoạ'],
    ['hóa', 'hoá'],
    ['hỏa', 'hoả'],
    ['thủy', 'thuỷ'],
    ['lũy', 'luỹ'],
    ['tùy', 'tuỳ'],
    ['khỏe', 'khoẻ'],
    ['xòe', 'xoè'],
    ['ngòe', 'ngoè'],
    ['HÒA', 'HOÀ'],
    ['THỦY', 'THUỶ'],
    ['KHỎE', 'KHOẺ'],
    ['hÒa', 'hOà'],
    ['đóa', 'đoá'],
    ['Đòa', 'Đoà'],
    ['ủy', 'uỷ'],
    ['òa', 'oà'],
  ];

  it.each(PAIRS)('finds %s / %s in NFC and NFD', (old, fresh) => {
    for (const form of ['NFC', 'NFD'] as const) {
      const oldText = `Chữ ${old} đây.`.normalize(form);
      const newText = `Chữ ${fresh} đây.`.normalize(form);
      expect(checkArticle(bodyOf(newText)).map((f) => f.params.suggestion)).toEqual([old]);
      expect(
        checkArticle(bodyOf(oldText), { toneStyle: 'new' }).map((f) => f.params.suggestion),
      ).toEqual([fresh]);
    }
  });
});
