/**
 * Keyword ranking for the mock's retrieve: files are cut into paragraph chunks and each chunk is scored by
 * how many of the query's terms it contains (with a small bonus for repeats). Deterministic and honest: it
 * is plain term overlap, not an embedding.
 */
import { chunkParagraphs, rankByKeywords } from '@org/sdk-core/msw';

export { chunkParagraphs as chunkText };

// Words too common to say what a query is about.
const STOP = 'a an and are for in is it of on or the to what with'.split(' ');

/** Ranks the chunks of `documents` against `query`; best first, ties in document order. */
export function rankChunks(
  documents: { id: string; name: string; text: string; metadata: Record<string, unknown> }[],
  query: string,
  topK: number,
  cutoff?: number,
) {
  const nodes = documents.flatMap((doc) =>
    chunkParagraphs(doc.text).map((chunk, index) => ({
      id_: `${doc.id}_chunk_${index}`,
      text: chunk.text,
      extra_info: { ...doc.metadata, file_id: doc.id, file_name: doc.name },
      start_char_idx: chunk.start,
      end_char_idx: chunk.end,
    })),
  );
  return rankByKeywords(nodes, query, {
    text: (node) => node.text,
    stopWords: STOP,
    repeats: { weight: 0.1, cap: 3 },
    decimals: 4,
    cutoff,
    topK,
  }).map(({ item, score }) => ({ node: item, score }));
}
