import { describe, expect, it } from 'vitest';
import { findTelexLeftovers, isTelexLeftover } from '../../../shared/text/telex-leftovers';

// Typical leftovers of an input method that was off: [keys, intended].
const LEFTOVERS: [string, string][] = [
  ['tooi', 'tôi'],
  ['dduwowcj', 'được'],
  ['vieejt', 'việt'],
  ['vieetj', 'việt'],
  ['nguwowif', 'người'],
  ['ddaays', 'đấy'],
  ['ddi', 'đi'],
  ['laf', 'là'],
  ['nawm', 'năm'],
  ['mowi', 'mơi'],
  ['nhaan', 'nhân'],
  ['khoong', 'không'],
  ['truwowngf', 'trường'],
  ['tuwj', 'tự'],
  ['hoocj', 'học'],
  ['thuowng', 'thương'],
  ['muoons', 'muốn'],
  ['bieets', 'biết'],
  ['Tooi', 'Tôi'],
  ['DDAAY', 'ĐÂY'],
  ['Nooij', 'Nội'],
];

// English and brand words that Vietnamese articles quote: never flagged.
const ENGLISH = (
  'how now show know follow window power flower saw law draw awesome Shaw crowd brown down town own lower ' +
  'seen keep room soon moon teen been boom noon meet deep sees cows rows bows of if chef tax box car for her ' +
  'has was add Eddie Reddit address middle hidden daddy sudden buddy ladder Google Facebook book good food ' +
  'school cool zoom pool moons rooms teens boots DDoS iPhone YouTube TikTok Samsung video online game live ' +
  'stream fan idol hot trend download Windows Microsoft New York Lawrence Crown Bowl Tower Cowboy Howard ' +
  'Dawson Lowe Owen Powell dawn lawn yawn pawn hawk raw jaw paw bow cow low row wow bee see too zoo the tea ' +
  'news few new view sorry beer deer peer door poor floor queen green sheep speech week weeks seem team ' +
  'mood wood look took loop root shoot Aaron Isaac bazaar Dior Chanel Gucci Nike Adidas Apple Honda Toyota ' +
  'Vinamilk Vingroup FPT Viettel Grab Shopee Lazada Tiki Zalo Momo OK yes no tour six mix max sex bus gas this'
).split(' ');

describe('isTelexLeftover', () => {
  it.each(LEFTOVERS)('flags %s (%s)', (keys) => {
    expect(isTelexLeftover(keys)).toBe(true);
  });

  it('does not flag English words and brands', () => {
    expect(ENGLISH.filter(isTelexLeftover)).toEqual([]);
  });

  it('does not flag unaccented Vietnamese', () => {
    const words =
      'Ha Noi Viet Nam Nguyen Phu Trong Thanh pho Ho Chi Minh Quang Ninh Phuoc Truong Duong Huong Nghe An Khoa Thuy Tuyen quy qua gia'.split(
        ' ',
      );
    expect(words.filter(isTelexLeftover)).toEqual([]);
  });

  it('does not flag acronyms that end in a tone letter', () => {
    // Bank of Japan, Royal Air Force, sustainable aviation fuel, Ministry of Finance…
    const acronyms = 'BOJ RAF SAF MOF GIF CAF PAF'.split(' ');
    expect(acronyms.filter(isTelexLeftover)).toEqual([]);
    // Caps Lock on is still caught by the vowel keys.
    expect(['DDAAY', 'VIEETJ', 'NGUWOWIF'].filter(isTelexLeftover)).toHaveLength(3);
  });

  it('does not flag tokens with Vietnamese letters, digits or nothing', () => {
    expect(isTelexLeftover('được')).toBe(false);
    expect(isTelexLeftover('ddi2')).toBe(false);
    expect(isTelexLeftover('')).toBe(false);
  });
});

describe('findTelexLeftovers', () => {
  it('finds nothing in real Vietnamese prose', () => {
    const prose = [
      'Sáng 12/3, Thủ tướng Chính phủ chủ trì hội nghị trực tuyến với 63 tỉnh, thành phố về tăng trưởng kinh tế.',
      'Theo Bộ Y tế, số ca mắc sốt xuất huyết tại Hà Nội, TP.HCM và Đồng Nai tăng gần gấp đôi so với cùng kỳ.',
      '“Chúng tôi không thể chờ thêm được nữa”, ông Nguyễn Văn Hùng, Chủ tịch UBND xã, nói với VnExpress.',
      'Giá xăng RON 95 giảm 500 đồng/lít; giá vàng SJC lên 80 triệu đồng/lượng.',
      'Đội tuyển Việt Nam thắng Indonesia 3-0 trên sân Mỹ Đình tối qua.',
    ].join(' ');
    expect(findTelexLeftovers(prose)).toEqual([]);
    expect(findTelexLeftovers(prose.normalize('NFD'))).toEqual([]);
  });

  it('finds nothing in English quoted in an article', () => {
    expect(
      findTelexLeftovers(
        'Apple said "We see how the Windows crowd follows our iPhone show" on YouTube.',
      ),
    ).toEqual([]);
  });

  it('reports position, length and the token as written', () => {
    const text = 'Tooi ddang vieets baif veef Haf Nooij.';
    expect(findTelexLeftovers(text)).toEqual([
      { index: 0, length: 4, token: 'Tooi' },
      { index: 5, length: 5, token: 'ddang' },
      { index: 11, length: 6, token: 'vieets' },
      { index: 18, length: 4, token: 'baif' },
      { index: 23, length: 4, token: 'veef' },
      { index: 28, length: 3, token: 'Haf' },
      { index: 32, length: 5, token: 'Nooij' },
    ]);
    for (const { index, length, token } of findTelexLeftovers(text))
      expect(text.slice(index, index + length)).toBe(token);
  });

  it('finds leftovers mixed into processed text', () => {
    const found = findTelexLeftovers('Người dân dduwowcj hỗ trợ, “khoong” ai bị bỏ lại.');
    expect(found.map((f) => f.token)).toEqual(['dduwowcj', 'khoong']);
  });

  it('ignores ASCII runs that are part of a Vietnamese word', () => {
    // "Nguy" + "ễ" + "n" and its NFD form are one word, not tokens.
    expect(findTelexLeftovers('Nguyễn Đoàn')).toEqual([]);
    expect(findTelexLeftovers('Nguyễn Đoàn'.normalize('NFD'))).toEqual([]);
  });

  it('handles empty text', () => {
    expect(findTelexLeftovers('')).toEqual([]);
  });
});
