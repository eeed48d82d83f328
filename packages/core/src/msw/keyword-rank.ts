import { words } from './text-pieces';

// Keyword search for the mocks' retrieval and RAG answers: plain term overlap, deterministic and honest
// (no embedding is pretended), with the knobs where vendors' mocks rank differently.

/** Which query words count as search terms. */
export interface KeywordTermOptions {
  /** Query words shorter than this are ignored. @default 1 */
  minLength?: number | undefined;
  /** Query words that are never terms (`the`, `what`), lowercase. */
  stopWords?: Iterable<string> | undefined;
}

/** Options of {@link rankByKeywords}. */
export interface KeywordRankOptions<T> extends KeywordTermOptions {
  /** The text of an item to search. */
  text: (item: T) => string;
  /** How many hits at most. @default all */
  topK?: number | undefined;
  /** Hits scoring below this are dropped (a hit always matches at least one term). */
  cutoff?: number | undefined;
  /**
   * Repeats of a matched term add `weight` each, up to `cap` repeats a term; the score is still at most 1
   * (every term `cap + 1` times). @default no bonus: the score is the share of terms present
   */
  repeats?: { weight: number; cap: number } | undefined;
  /** Rounds scores to this many decimals. @default unrounded */
  decimals?: number | undefined;
}

/** One ranked item: its score (0 to 1) and the query terms it contains. */
export interface KeywordHit<T> {
  item: T;
  score: number;
  matched: string[];
}

/**
 * The distinct search terms of a query, in order.
 * @example keywordTerms('What is the Haystack API?', { minLength: 3 }) // ['what', 'the', 'haystack', 'api']
 */
export function keywordTerms(query: string, options: KeywordTermOptions = {}): string[] {
  const stop = new Set(options.stopWords ?? []);
  const min = options.minLength ?? 1;
  return [...new Set(words(query).filter((w) => w.length >= min && !stop.has(w)))];
}

/**
 * Ranks items by the query's terms in their text: best first, ties in the items' order; items matching no
 * term are left out, as is everything when the query has no terms.
 * @example
 * rankByKeywords(files, 'how is haystack hosted', { text: (f) => f.text, minLength: 3, topK: 5 })
 * // [{ item: files[1], score: 0.667, matched: ['haystack', 'hosted'] }, ...]
 */
export function rankByKeywords<T>(
  items: readonly T[],
  query: string,
  options: KeywordRankOptions<T>,
): KeywordHit<T>[] {
  const terms = keywordTerms(query, options);
  if (!terms.length) return [];
  const weight = options.repeats?.weight ?? 0;
  const cap = options.repeats?.cap ?? 0;
  // The decimal product (0.1 × 3 is 0.3, not 0.30000000000000004), so scores do not hang on float noise.
  const headroom = Number((weight * cap).toPrecision(12));
  const most = terms.length + headroom * terms.length;
  const hits: KeywordHit<T>[] = [];
  for (const item of items) {
    const counts = new Map<string, number>();
    for (const w of words(options.text(item))) counts.set(w, (counts.get(w) ?? 0) + 1);
    const matched = terms.filter((t) => counts.has(t));
    if (!matched.length) continue;
    const repeats = matched.reduce((n, t) => n + Math.min((counts.get(t) ?? 1) - 1, cap), 0);
    let score = (matched.length + repeats * weight) / most;
    if (options.decimals !== undefined)
      score = Math.round(score * 10 ** options.decimals) / 10 ** options.decimals;
    // A score rounded down to 0 is no hit.
    if (score > 0 && (options.cutoff === undefined || score >= options.cutoff))
      hits.push({ item, score, matched });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, options.topK);
}
