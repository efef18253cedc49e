import { describe, expect, it } from 'vitest';
import {
  LibrarySearch,
  newestFirst,
  type SearchableSummary,
} from '../../../shared/search/library-search';

const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute)).toISOString();
const item = (id: string, headline: string, sapo = '', minute = 0): SearchableSummary => ({
  id,
  headline,
  sapo,
  updatedAt: at(minute),
});
const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

const LIBRARY = [
  item('bg', 'Bắc Giang mở rộng khu công nghiệp', 'Tỉnh Bắc Giang thu hút vốn đầu tư.', 1),
  item('dong', 'Giá đồng tăng mạnh', 'Thị trường kim loại biến động.', 2),
  item('hn', 'Hà Nội mưa lớn', 'Nhiều tuyến phố ngập sâu.', 3),
  item('hcm', 'TP.HCM đón khách quốc tế', 'Ngành du lịch thành phố phục hồi.', 4),
  item('bac', 'Chuyện bác sĩ vùng cao', 'Bác sĩ trẻ lên bản khám bệnh.', 5),
];

describe('LibrarySearch: diacritics', () => {
  const search = new LibrarySearch(LIBRARY);

  it('finds accented text from an unaccented query', () => {
    expect(ids(search.search('bac giang'))).toEqual(['bg']);
    expect(ids(search.search('dong'))).toContain('dong');
  });

  it('finds it from an accented or upper-case query too', () => {
    expect(ids(search.search('Bắc Giang'))).toEqual(['bg']);
    expect(ids(search.search('BẮC GIANG'))).toEqual(['bg']);
    expect(ids(search.search('đồng'))).toContain('dong');
  });

  it('matches NFD queries and NFD documents', () => {
    expect(ids(search.search('Bắc Giang'.normalize('NFD')))).toEqual(['bg']);
    const nfd = new LibrarySearch([item('x', 'Hòa Bình'.normalize('NFD'))]);
    expect(ids(nfd.search('hoa binh'))).toEqual(['x']);
    expect(ids(nfd.search('Hòa Bình'))).toEqual(['x']);
  });

  it('folds đ so "d" queries reach đ words', () => {
    expect(ids(search.search('gia dong'))).toEqual(['dong']);
  });

  it('splits on punctuation', () => {
    expect(ids(search.search('tp hcm'))).toEqual(['hcm']);
    expect(ids(search.search('TP.HCM'))).toEqual(['hcm']);
  });
});

describe('LibrarySearch: typing as you go', () => {
  const search = new LibrarySearch(LIBRARY);

  it('treats the last word as a prefix', () => {
    expect(ids(search.search('bac gi'))).toEqual(['bg']);
    expect(ids(search.search('ha n'))).toEqual(['hn']);
    expect(ids(search.search('g')).sort()).toEqual(['bg', 'dong']);
  });

  it('does not treat earlier words as prefixes', () => {
    expect(ids(search.search('gi bac'))).toEqual([]);
  });

  it('matches the last word whole once a space follows it', () => {
    expect(ids(search.search('bac gi '))).toEqual([]);
    expect(ids(search.search('bac giang '))).toEqual(['bg']);
  });

  it('requires every word (AND)', () => {
    expect(ids(search.search('ha noi mua'))).toEqual(['hn']);
    expect(ids(search.search('ha noi nang'))).toEqual([]);
  });

  it('returns nothing for an unknown word', () => {
    expect(search.search('xyzzy')).toEqual([]);
  });
});

describe('LibrarySearch: ranking', () => {
  it('ranks headline matches above sapo matches', () => {
    const search = new LibrarySearch([
      item('sapo', 'Tin tổng hợp buổi sáng', 'Lũ lụt ở miền Trung khiến nhiều nhà bị ngập.', 10),
      item('head', 'Lũ lụt ở miền Trung', 'Nhiều nhà bị ngập.', 1),
    ]);
    expect(ids(search.search('lu lut'))).toEqual(['head', 'sapo']);
  });

  it('puts the exact word above words completed from it', () => {
    const search = new LibrarySearch([
      item('banh', 'Bánh chưng ngày Tết', '', 9),
      item('ban', 'Bàn thảo ngày Tết', '', 1),
    ]);
    expect(ids(search.search('ban'))).toEqual(['ban', 'banh']);
  });

  it('orders equal scores newest first, then by id', () => {
    const search = new LibrarySearch([
      item('old', 'Giá vàng hôm nay', '', 1),
      item('new', 'Giá vàng hôm nay', '', 9),
      item('b', 'Giá vàng hôm nay', '', 5),
      item('a', 'Giá vàng hôm nay', '', 5),
    ]);
    expect(ids(search.search('gia vang'))).toEqual(['new', 'a', 'b', 'old']);
  });

  it('returns positive scores in non-increasing order', () => {
    const hits = new LibrarySearch(LIBRARY).search('b');
    expect(hits.length).toBeGreaterThan(1);
    for (const hit of hits) expect(hit.score).toBeGreaterThan(0);
    for (let i = 1; i < hits.length; i += 1)
      expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score + 1e-9);
  });

  it('sorts unparseable dates last', () => {
    const search = new LibrarySearch([
      { id: 'bad', headline: 'Tin', sapo: '', updatedAt: 'n/a' },
      item('ok', 'Tin', '', 1),
    ]);
    expect(ids(search.search(''))).toEqual(['ok', 'bad']);
    expect(ids(search.search('tin'))).toEqual(['ok', 'bad']);
  });
});

describe('LibrarySearch: empty query and limit', () => {
  const search = new LibrarySearch(LIBRARY);

  it('returns every id newest first for an empty or punctuation-only query', () => {
    const newestFirst = ['bac', 'hcm', 'hn', 'dong', 'bg'];
    expect(ids(search.search(''))).toEqual(newestFirst);
    expect(ids(search.search('   '))).toEqual(newestFirst);
    expect(ids(search.search(' — … '))).toEqual(newestFirst);
    expect(search.search('').every((h) => h.score === 0)).toBe(true);
  });

  it('applies the limit', () => {
    expect(search.search('', 2)).toHaveLength(2);
    expect(search.search('b', 1)).toHaveLength(1);
    expect(search.search('', 0)).toEqual([]);
    expect(search.search('', Number.POSITIVE_INFINITY)).toHaveLength(LIBRARY.length);
  });

  it('works on an empty library', () => {
    const empty = new LibrarySearch();
    expect(empty.search('')).toEqual([]);
    expect(empty.search('bac')).toEqual([]);
    expect(empty.size).toBe(0);
  });
});

describe('LibrarySearch: changes', () => {
  it('adds, replaces and removes', () => {
    const search = new LibrarySearch(LIBRARY);
    search.add(item('new', 'Bắc Ninh khai hội Lim', '', 20));
    expect(ids(search.search('bac ninh'))).toEqual(['new']);
    expect(ids(search.search(''))[0]).toBe('new');

    search.replace(item('new', 'Hội Lim năm nay', '', 21));
    expect(search.search('bac ninh')).toEqual([]);
    expect(ids(search.search('hoi lim'))).toEqual(['new']);
    expect(search.size).toBe(LIBRARY.length + 1);

    search.remove('new');
    expect(search.search('hoi lim')).toEqual([]);
    expect(ids(search.search(''))).not.toContain('new');
    expect(search.size).toBe(LIBRARY.length);
  });

  it('treats add of a known id as a replace and ignores unknown removals', () => {
    const search = new LibrarySearch([item('a', 'Hà Nội')]);
    search.add(item('a', 'Đà Nẵng'));
    search.remove('missing');
    expect(ids(search.search('da nang'))).toEqual(['a']);
    expect(search.search('ha noi')).toEqual([]);
    expect(ids(search.search(''))).toEqual(['a']);
  });

  it('stays correct through many removals (compaction)', () => {
    const items = Array.from({ length: 200 }, (_, i) =>
      item(`id${i}`, `Tin số ${i} Hà Nội`, '', i),
    );
    const search = new LibrarySearch(items);
    for (let i = 0; i < 190; i += 1) search.remove(`id${i}`);
    search.replace(item('id195', 'Tin Đà Nẵng', '', 500));
    expect(search.size).toBe(10);
    expect(ids(search.search('ha noi', Infinity)).sort()).toEqual(
      ['id190', 'id191', 'id192', 'id193', 'id194', 'id196', 'id197', 'id198', 'id199'].sort(),
    );
    expect(ids(search.search('da nang'))).toEqual(['id195']);
    expect(ids(search.search('', 3))).toEqual(['id195', 'id199', 'id198']);
  });
});

describe('LibrarySearch: ranking after the list is read again', () => {
  // A recheck of the library hands the window a new summary for every article,
  // each a replace: the replaced entries stay in the postings as tombstones
  // until a compaction. Counted in the document frequency they made a word
  // found in over half the library weigh less than nothing, and its best
  // matches came last.
  const library = () => [
    item('head', 'Hà Nội mưa lớn', 'Nhiều tuyến phố ngập sâu.', 1),
    ...Array.from({ length: 9 }, (_, i) =>
      item(`sapo${i}`, `Tin tổng hợp số ${i}`, 'Thời tiết ở Hà Nội hôm nay.', 2 + i),
    ),
  ];

  it('still ranks the headline match first', () => {
    const search = new LibrarySearch(library());
    expect(ids(search.search('ha noi'))[0]).toBe('head');
    for (const summary of library()) search.replace(summary);
    expect(ids(search.search('ha noi'))[0]).toBe('head');
    expect(ids(search.search('ha noi mua'))).toEqual(['head']);
  });

  it('keeps every score positive', () => {
    const search = new LibrarySearch(library());
    for (const summary of library()) search.replace(summary);
    for (const hit of search.search('ha noi')) expect(hit.score).toBeGreaterThan(0);
  });
});

describe('LibrarySearch: 10,000 articles', () => {
  // Correctness at library scale; speed is measured by the benchmark, not here.
  const places = [
    'Hà Nội',
    'Bắc Giang',
    'Đà Nẵng',
    'Huế',
    'Cần Thơ',
    'Quảng Ninh',
    'Đồng Nai',
    'Hải Phòng',
  ];
  const topics = [
    'giá vàng',
    'thời tiết',
    'giao thông',
    'bóng đá',
    'giáo dục',
    'y tế',
    'đầu tư',
    'du lịch',
  ];
  const items = Array.from({ length: 10_000 }, (_, i) =>
    item(
      `a${String(i).padStart(5, '0')}`,
      `${places[i % places.length]}: tin ${topics[(i >> 3) % topics.length]} số ${i}`,
      `Người dân ${places[(i + 3) % places.length]} quan tâm ${topics[(i + 5) % topics.length]}.`,
      i,
    ),
  );
  const search = new LibrarySearch(items);

  it('indexes everything', () => {
    expect(search.size).toBe(10_000);
    expect(search.search('', Infinity)).toHaveLength(10_000);
    expect(ids(search.search('', 2))).toEqual(['a09999', 'a09998']);
  });

  it('finds exactly the matching articles, headline matches first, newest first', () => {
    const hits = search.search('bac giang', Infinity);
    const inHeadline = items.filter((x) => x.headline.startsWith('Bắc Giang'));
    const inSapo = items.filter(
      (x) => !x.headline.startsWith('Bắc Giang') && x.sapo.includes('Bắc Giang'),
    );
    expect(hits).toHaveLength(inHeadline.length + inSapo.length);
    const headlineIds = ids(hits.slice(0, inHeadline.length));
    expect(new Set(headlineIds)).toEqual(new Set(inHeadline.map((x) => x.id)));
    expect(headlineIds[0]).toBe(inHeadline[inHeadline.length - 1]!.id);
  });

  it('finds a single article by a unique number', () => {
    expect(ids(search.search('so 4321'))).toEqual(['a04321']);
    expect(ids(search.search('Số 4321 Cần Thơ'))).toEqual(['a04321']);
    expect(ids(search.search('so 4321 hue'))).toEqual([]);
  });

  it('answers one-letter prefixes with the limit', () => {
    expect(search.search('d')).toHaveLength(50);
    expect(search.search('đ', 10)).toHaveLength(10);
  });
});

describe('newestFirst', () => {
  it('orders a list as an empty query does, without an index', () => {
    const items = [
      item('b', 'Hai', '', 7),
      item('a', 'Một', '', 7),
      { ...item('x', 'Ngày hỏng'), updatedAt: 'not a date' },
      item('c', 'Ba', '', 9),
      item('d', 'Bốn', '', 1),
    ];
    const expected = ids(new LibrarySearch(items).search('', Infinity));
    expect(ids(newestFirst(items))).toEqual(expected);
    expect(ids(newestFirst(items))).toEqual(['c', 'a', 'b', 'd', 'x']);
  });
});
