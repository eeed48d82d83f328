/**
 * Keyword ranking for the mock's retrieve: files are cut into paragraph chunks and each chunk is scored by
 * how many of the query's terms it contains (with a small bonus for repeats). Deterministic and honest: it
 * is plain term overlap, not an embedding.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const STOP = new Set([
  'a',
  'an',
  'and',
  'are',
  'for',
  'in',
  'is',
  'it',
  'of',
  'on',
  'or',
  'the',
  'to',
  'what',
  'with',
]);

function terms(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((t) => !STOP.has(t));
}

/** Splits text into chunks: one per paragraph, with paragraphs longer than `size` cut at whitespace. */
export function chunkText(text: string, size = 600): { text: string; start: number; end: number }[] {
  const chunks: { text: string; start: number; end: number }[] = [];
  const paragraph = /\S[\s\S]*?(?=\n\s*\n|$)/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    let start = m.index;
    const end = m.index + m[0].trimEnd().length;
    while (start < end) {
      let stop = Math.min(end, start + size);
      if (stop < end) {
        const space = text.lastIndexOf(' ', stop);
        if (space > start) stop = space;
      }
      chunks.push({ text: text.slice(start, stop).trim(), start, end: stop });
      start = stop;
      while (start < end && /\s/.test(text[start] ?? '')) start++;
    }
  }
  return chunks;
}

/** Ranks the chunks of `documents` against `query`; best first, ties in document order. */
export function rankChunks(
  documents: { id: string; name: string; text: string; metadata: Record<string, unknown> }[],
  query: string,
  topK: number,
  cutoff?: number,
) {
  const wanted = [...new Set(terms(query))];
  const scored = documents.flatMap((doc) =>
    chunkText(doc.text).map((chunk, index) => {
      const counts = new Map<string, number>();
      for (const t of terms(chunk.text)) counts.set(t, (counts.get(t) ?? 0) + 1);
      const matched = wanted.filter((t) => counts.has(t));
      const repeats = matched.reduce((n, t) => n + Math.min((counts.get(t) ?? 1) - 1, 3), 0);
      const score = wanted.length
        ? (matched.length + repeats * 0.1) / (wanted.length + 0.3 * wanted.length)
        : 0;
      return {
        node: {
          id_: `${doc.id}_chunk_${index}`,
          text: chunk.text,
          extra_info: { ...doc.metadata, file_id: doc.id, file_name: doc.name },
          start_char_idx: chunk.start,
          end_char_idx: chunk.end,
        },
        score: Math.round(score * 1e4) / 1e4,
      };
    }),
  );
  return scored
    .filter((n) => n.score > 0 && (cutoff === undefined || n.score >= cutoff))
    .sort((a, b) => b.score - a.score)
    .slice(0, topK);
}
