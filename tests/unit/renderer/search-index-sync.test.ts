import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../shared/article/schema';
import { LibrarySearch } from '../../../shared/search/library-search';
import { SearchIndexSync } from '../../../renderer/src/library/search-index-sync';

const PLACES = ['Hà Nội', 'Đà Nẵng', 'Huế', 'Cần Thơ', 'Bắc Giang', 'Hải Phòng'];

function summary(n: number, headline = `${PLACES[n % PLACES.length]} tin số ${n}`): ArticleSummary {
  return {
    id: `id-${n.toString().padStart(5, '0')}`,
    headline,
    sapo: `Bài ${n} về ${PLACES[(n * 7) % PLACES.length]}.`,
    status: 'draft',
    updatedAt: new Date(Date.UTC(2025, 0, 1, 0, n % 500)).toISOString(),
    slug: '',
  };
}

const ids = (articles: { id: string }[]) => articles.map((article) => article.id);
const expected = (articles: ArticleSummary[], query: string) =>
  ids(new LibrarySearch(articles).search(query, Infinity));

describe('SearchIndexSync', () => {
  const library = Array.from({ length: 3000 }, (_, n) => summary(n));

  it('builds the index over several steps, and finds what a whole index finds', () => {
    const sync = new SearchIndexSync();
    sync.follow(library);
    let steps = 0;
    while (!sync.step(0)) steps += 1;
    expect(steps).toBeGreaterThan(10); // a slice at a time, not all at once
    for (const query of ['ha noi', 'hue', 'tin so 12', 'bac', 'không có'])
      expect(ids(sync.find(query))).toEqual(expected(library, query));
  });

  it('finishes the work itself when a search comes first', () => {
    const sync = new SearchIndexSync();
    sync.follow(library);
    expect(sync.step(0)).toBe(false);
    expect(ids(sync.find('da nang'))).toEqual(expected(library, 'da nang'));
    expect(sync.step(0)).toBe(true);
  });

  it('answers a search during the build from what is indexed, a slice more each time', () => {
    const sync = new SearchIndexSync();
    sync.follow(library);
    // Budget 0: one slice (64 summaries) per search, the list's first ones.
    const first = sync.find('ha noi', 0);
    expect(sync.complete).toBe(false);
    expect(ids(first)).toEqual(expected(library.slice(0, 64), 'ha noi'));
    expect(ids(sync.find('ha noi', 0))).toEqual(expected(library.slice(0, 128), 'ha noi'));
    while (!sync.step(0));
    expect(sync.complete).toBe(true);
    expect(ids(sync.find('ha noi', 0))).toEqual(expected(library, 'ha noi'));
  });

  it('shows a hit as the list has it now, and never one no longer listed', () => {
    const sync = new SearchIndexSync();
    sync.follow(library);
    sync.find('');
    const renamed = { ...summary(1000), sapo: 'Bản đã sửa' };
    const changed = library
      .filter((article) => article.id !== 'id-00002')
      .map((article) => (article.id === renamed.id ? renamed : article));
    sync.follow(changed);
    // Budget 0: the index has not reached the renamed article, nor its removal pass.
    const hits = sync.find('tin so 1000', 0);
    expect(sync.complete).toBe(false);
    expect(hits).toContain(renamed);
    expect(hits).not.toContain(library[1000]);
    expect(ids(sync.find('tin so 2', 0))).not.toContain('id-00002');
  });

  it('follows a changed list: a renamed, a new and a removed article', () => {
    const sync = new SearchIndexSync();
    sync.follow(library);
    sync.find('');
    const changed = library.filter((article) => article.id !== 'id-00003');
    changed[0] = summary(0, 'Quảng Ninh đón khách');
    changed.push(summary(5000, 'Quảng Ninh mở đường mới'));
    sync.follow(changed);
    expect(ids(sync.find('quang ninh'))).toEqual(expected(changed, 'quang ninh'));
    expect(ids(sync.find('quang ninh'))).toHaveLength(2);
    expect(ids(sync.find('tin so 3'))).not.toContain('id-00003');
    expect(ids(sync.find('tin so 3'))).toEqual(expected(changed, 'tin so 3'));
    expect(ids(sync.find('tin so 0'))).not.toContain('id-00000');
  });

  it('gives the list newest first without the index, once per list', () => {
    const sync = new SearchIndexSync();
    sync.follow(library);
    const newest = sync.newestFirst();
    expect(ids(newest)).toEqual(expected(library, ''));
    expect(sync.step(0)).toBe(false); // no indexing was needed for it
    expect(sync.newestFirst()).toBe(newest);
    const changed = [...library, summary(6000, 'Bài mới nhất')];
    sync.follow(changed);
    expect(ids(sync.newestFirst())).toEqual(expected(changed, ''));
  });
});
