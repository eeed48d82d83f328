// Deterministic keyword search over the text of uploaded files: what the mock answers instead of a model.

/** A stored text the mock can search. */
export interface SearchableText {
  id: string;
  name: string;
  text: string;
  meta: Record<string, unknown>;
}

/** One scored hit: the file, its best sentence, and the share of query words it contains. */
export interface TextHit {
  source: SearchableText;
  sentence: string;
  score: number;
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Scores each text by the share of distinct query words it contains (ties keep upload order) and picks its
 * sentence with the most query words. No embeddings are pretended.
 * @example searchTexts([{ id: '1', name: 'a.txt', text: 'deepset builds Haystack.', meta: {} }], 'what is haystack')
 */
export function searchTexts(sources: readonly SearchableText[], query: string, topK = 5): TextHit[] {
  const terms = new Set(words(query).filter((w) => w.length > 2));
  if (!terms.size) return [];
  const hits: TextHit[] = [];
  for (const source of sources) {
    const present = new Set(words(source.text).filter((w) => terms.has(w)));
    if (!present.size) continue;
    const sentences = source.text.split(/(?<=[.!?])\s+/).filter(Boolean);
    let best = sentences[0] ?? source.text;
    let bestCount = -1;
    for (const s of sentences) {
      const count = new Set(words(s).filter((w) => terms.has(w))).size;
      if (count > bestCount) {
        best = s;
        bestCount = count;
      }
    }
    hits.push({ source, sentence: best.trim(), score: present.size / terms.size });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, topK);
}

/**
 * Splits an answer into the token deltas the stream sends: each word with its following space.
 * @example tokens('It is hosted.') // ['It ', 'is ', 'hosted.']
 */
export function tokens(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [];
}
