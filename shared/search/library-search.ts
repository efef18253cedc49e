/**
 * Search over the library list (headline + sapo of every article).
 *
 * Vietnamese needs, beyond a plain full-text index:
 * - diacritic-insensitive keys: index and query both go through foldDiacritics,
 *   so "bac giang", "Bắc Giang" and NFD input meet on the same key
 *   (Intl.Collator's base sensitivity would still tell a/ă/â and d/đ apart);
 * - prefix matching of the last query word only, the one being typed: "ha noi"
 *   must not match every word starting with "ha";
 * - speed on very common syllables: "người", "của", "năm" occur in nearly every
 *   sapo, and the first keystroke is a one-letter prefix matching most of the
 *   library.
 *
 * This is a small inverted index rather than MiniSearch. MiniSearch does the
 * first two (processTerm + a per-term prefix function), but it allocates Maps
 * and result objects for every matching document: on 10,000 generated
 * Vietnamese summaries, a common syllable or a one-letter prefix took 20–85 ms
 * per query, over the 30 ms p95 budget. Here a query is a few passes over
 * posting arrays into reused typed arrays.
 *
 * Ranking: BM25 per field, headline weighted above sapo; words completed from
 * a prefix count less than the exact word; query words are ANDed (each word
 * typed narrows the list); ties go to the newer article, then the id. No fuzzy
 * matching: Vietnamese syllables are one edit from each other ("ban", "bao",
 * "bon"), so fuzzy hits would be noise.
 */
import { foldDiacritics } from '../text/fold';

export interface SearchableSummary {
  id: string;
  headline: string;
  sapo: string;
  /** ISO 8601 date-time: newer first among equal scores. */
  updatedAt: string;
}

export interface SearchHit {
  id: string;
  score: number;
}

// A headline match says more about what the article is than a sapo match.
const HEADLINE_BOOST = 3;
// A word completed from what is being typed ("ban" → "banh") is a weaker match
// than the word itself.
const PREFIX_WEIGHT = 0.5;
// BM25 parameters (the usual defaults).
const K1 = 1.2;
const B = 0.7;
// Scores are floats: differences below this are rounding, not relevance.
const SCORE_EPSILON = 1e-9;
// Rebuild the postings once this share of slots belongs to removed articles.
const COMPACT_RATIO = 0.5;

const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;
const ENDS_WITH_WORD_CHAR = /[\p{L}\p{N}\p{M}]$/u;

/**
 * Postings of one term, interleaved: slot, headline term frequency, sapo term
 * frequency, slot, … Slots only grow, so the list stays sorted by slot.
 */
type Postings = number[];

interface Slot {
  item: SearchableSummary;
  time: number;
  headlineLength: number;
  sapoLength: number;
  alive: boolean;
  /** The distinct terms of the article, to take it out of the document frequencies. */
  terms: string[];
}

function tokens(text: string): string[] {
  return foldDiacritics(text)
    .split(WORD_SEPARATORS)
    .filter((token) => token !== '');
}

function timeOf(item: SearchableSummary): number {
  const time = Date.parse(item.updatedAt);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** Newer first; unparseable dates last. */
function compareTime(a: number, b: number): number {
  if (a === b) return 0;
  return a > b ? -1 : 1;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `items` newest first, then by id: the order of an empty query, for a caller
 * that has the list but no index yet.
 */
export function newestFirst<T extends SearchableSummary>(items: readonly T[]): T[] {
  return items
    .map((item) => ({ item, time: timeOf(item) }))
    .sort((a, b) => compareTime(a.time, b.time) || compareIds(a.item.id, b.item.id))
    .map(({ item }) => item);
}

export class LibrarySearch {
  private slots: Slot[] = [];
  private readonly slotById = new Map<string, number>();
  private postings = new Map<string, Postings>();
  /**
   * Live articles holding each term (the document frequency). Not the length
   * of the postings: those keep removed and replaced articles until the next
   * compaction, and a window that lists the library again replaces every one.
   * Counted there, a word in over half the library weighed less than nothing
   * (a negative idf), and its best matches came last.
   */
  private documentFrequency = new Map<string, number>();
  /** Sorted terms for prefix lookup; null after a new term appears. */
  private sortedTerms: string[] | null = null;
  /** All ids newest first for the empty query; null after any change. */
  private newestFirst: string[] | null = null;
  private totalHeadlineLength = 0;
  private totalSapoLength = 0;
  // Per-query scratch, sized to the slot count and reused between queries.
  private scores = new Float64Array(0);
  private matched = new Uint16Array(0);

  constructor(items: Iterable<SearchableSummary> = []) {
    for (const item of items) this.add(item);
  }

  /** Number of articles indexed. */
  get size(): number {
    return this.slotById.size;
  }

  /** Adds an article; adding an id that is already indexed replaces it. */
  add(item: SearchableSummary): void {
    this.remove(item.id);
    const slot = this.slots.length;
    const headline = tokens(item.headline);
    const sapo = tokens(item.sapo);
    const frequencies = new Map<string, [number, number]>();
    for (const term of headline) {
      const f = frequencies.get(term);
      if (f) f[0] += 1;
      else frequencies.set(term, [1, 0]);
    }
    for (const term of sapo) {
      const f = frequencies.get(term);
      if (f) f[1] += 1;
      else frequencies.set(term, [0, 1]);
    }
    for (const [term, [h, s]] of frequencies) {
      this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      const list = this.postings.get(term);
      if (list) list.push(slot, h, s);
      else {
        this.postings.set(term, [slot, h, s]);
        this.sortedTerms = null;
      }
    }
    this.slots.push({
      item,
      time: timeOf(item),
      headlineLength: headline.length,
      sapoLength: sapo.length,
      alive: true,
      terms: [...frequencies.keys()],
    });
    this.slotById.set(item.id, slot);
    this.totalHeadlineLength += headline.length;
    this.totalSapoLength += sapo.length;
    this.newestFirst = null;
  }

  /** Removes an article; unknown ids are ignored (a deleted file may be reported twice). */
  remove(id: string): void {
    const index = this.slotById.get(id);
    if (index === undefined) return;
    const slot = this.slots[index] as Slot;
    // Tombstone now, drop from the postings in bulk later: removing from every
    // posting list one article at a time would cost a scan per term.
    slot.alive = false;
    for (const term of slot.terms)
      this.documentFrequency.set(term, (this.documentFrequency.get(term) as number) - 1);
    slot.terms = [];
    this.slotById.delete(id);
    this.totalHeadlineLength -= slot.headlineLength;
    this.totalSapoLength -= slot.sapoLength;
    this.newestFirst = null;
    if (
      this.slots.length > 32 &&
      this.slots.length - this.slotById.size > this.slots.length * COMPACT_RATIO
    ) {
      this.compact();
    }
  }

  /** Replaces the indexed text of an article (after a save or a rename). */
  replace(item: SearchableSummary): void {
    this.add(item);
  }

  /**
   * Ids of the matching articles, best first: relevance (headline matches above
   * sapo matches), then newer first, then by id so the order is deterministic.
   * A query with no searchable words returns every article newest first, score 0
   * (still at most `limit`: pass Infinity for the whole library).
   */
  search(query: string, limit = 50): SearchHit[] {
    const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : this.slotById.size;
    const terms = tokens(query);
    // Blank or punctuation-only: nothing to look up.
    if (terms.length === 0) {
      return this.allNewestFirst()
        .slice(0, max)
        .map((id) => ({ id, score: 0 }));
    }
    // The last word is still being typed unless something follows it ("ha ").
    const lastIsPrefix = ENDS_WITH_WORD_CHAR.test(query);
    const hits = this.match(terms, lastIsPrefix);
    hits.sort((a, b) => {
      const byScore = this.scores[b]! - this.scores[a]!;
      if (Math.abs(byScore) > SCORE_EPSILON) return byScore;
      const slotA = this.slots[a]!;
      const slotB = this.slots[b]!;
      return compareTime(slotA.time, slotB.time) || compareIds(slotA.item.id, slotB.item.id);
    });
    return hits
      .slice(0, max)
      .map((slot) => ({ id: this.slots[slot]!.item.id, score: this.scores[slot]! }));
  }

  /** Slots matching every term, with their scores left in this.scores. */
  private match(terms: string[], lastIsPrefix: boolean): number[] {
    const count = this.slots.length;
    if (this.scores.length < count) {
      this.scores = new Float64Array(Math.max(count, this.scores.length * 2));
      this.matched = new Uint16Array(this.scores.length);
    } else {
      this.scores.fill(0, 0, count);
      this.matched.fill(0, 0, count);
    }
    const scores = this.scores;
    const matched = this.matched;
    const live = this.slotById.size;
    const avgHeadline = this.totalHeadlineLength / live || 1;
    const avgSapo = this.totalSapoLength / live || 1;
    const hits: number[] = [];
    // Words beyond 65,535 would overflow the counters and say nothing more.
    const used = terms.slice(0, 0xfffe);
    for (let i = 0; i < used.length; i += 1) {
      const term = used[i] as string;
      const last = i === used.length - 1;
      const expansions =
        last && lastIsPrefix ? this.termsStartingWith(term) : this.postings.has(term) ? [term] : [];
      if (expansions.length === 0) return [];
      for (const expansion of expansions) {
        const list = this.postings.get(expansion) as Postings;
        const df = this.documentFrequency.get(expansion) ?? 0;
        const idf = Math.log(1 + (live - df + 0.5) / (df + 0.5));
        const weight = expansion === term ? idf : idf * PREFIX_WEIGHT;
        for (let p = 0; p < list.length; p += 3) {
          const slot = list[p] as number;
          const seen = matched[slot] as number;
          // A slot counts only if it matched every earlier word (AND); several
          // expansions of the same word all add to its score.
          if (seen !== i && seen !== i + 1) continue;
          const s = this.slots[slot] as Slot;
          if (!s.alive) continue;
          if (seen === i) {
            matched[slot] = i + 1;
            if (last) hits.push(slot);
          }
          const h = list[p + 1] as number;
          const f = list[p + 2] as number;
          let score = 0;
          if (h > 0)
            score +=
              (HEADLINE_BOOST * (h * (K1 + 1))) /
              (h + K1 * (1 - B + (B * s.headlineLength) / avgHeadline));
          if (f > 0) score += (f * (K1 + 1)) / (f + K1 * (1 - B + (B * s.sapoLength) / avgSapo));
          scores[slot] = (scores[slot] as number) + weight * score;
        }
      }
    }
    return hits;
  }

  private termsStartingWith(prefix: string): string[] {
    if (!this.sortedTerms) this.sortedTerms = [...this.postings.keys()].sort();
    const terms = this.sortedTerms;
    // Binary search for the first term >= prefix; the matches follow it.
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((terms[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < terms.length && (terms[i] as string).startsWith(prefix); i += 1)
      out.push(terms[i] as string);
    return out;
  }

  private allNewestFirst(): string[] {
    if (!this.newestFirst) {
      this.newestFirst = this.slots
        .filter((slot) => slot.alive)
        .sort((a, b) => compareTime(a.time, b.time) || compareIds(a.item.id, b.item.id))
        .map((slot) => slot.item.id);
    }
    return this.newestFirst;
  }

  /** Re-indexes the live articles, dropping tombstones from every posting list. */
  private compact(): void {
    const live = this.slots.filter((slot) => slot.alive).map((slot) => slot.item);
    this.slots = [];
    this.slotById.clear();
    this.postings = new Map();
    this.documentFrequency = new Map();
    this.sortedTerms = null;
    this.totalHeadlineLength = 0;
    this.totalSapoLength = 0;
    for (const item of live) this.add(item);
  }
}
