// Cutting text the way the mocks answer with it instead of a model: words to match, pieces to stream,
// sentences and paragraph chunks to quote. Fixed rules, so a test can assert every answer exactly.

/**
 * The words of a text for matching: runs of letters and digits, lowercased (punctuation never matches).
 * @example words('Haystack 2.0, hosted!') // ['haystack', '2', '0', 'hosted']
 */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * How many whitespace-separated words a text has: what a mock reports as its token count.
 * @example countWords(' two  words ') // 2
 */
export function countWords(text: string | null | undefined): number {
  return text?.match(/\S+/g)?.length ?? 0;
}

/**
 * Splits text into the pieces a stream sends, which join back to the text (less leading or trailing
 * whitespace): each word with the whitespace after it (`'after'`), or after the whitespace before it
 * (`'before'`, as chat deltas come).
 * @example wordPieces('It is hosted.', 'after') // ['It ', 'is ', 'hosted.']
 * @example wordPieces('It is hosted.', 'before') // ['It', ' is', ' hosted.']
 */
export function wordPieces(text: string, space: 'after' | 'before'): string[] {
  return text.match(space === 'after' ? /\S+\s*/g : /\s*\S+/g) ?? [];
}

/**
 * The sentences of a text: cut after `.`, `!` or `?` and the whitespace that follows (abbreviations cut too).
 * @example sentences('It runs. Does it scale? Yes!') // ['It runs.', 'Does it scale?', 'Yes!']
 */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter(Boolean);
}

/** A piece of a text and where it stands in it (`text.slice(start, end)`, trimmed, is `text`). */
export interface TextChunk {
  text: string;
  start: number;
  end: number;
}

/**
 * Cuts text into chunks: one per paragraph (blank-line separated), a paragraph longer than `size` cut at
 * the last space before the limit (a longer word stays whole).
 * @example chunkParagraphs('First one.\n\nSecond one.') // [{ text: 'First one.', start: 0, end: 10 }, { text: 'Second one.', start: 12, end: 23 }]
 */
export function chunkParagraphs(text: string, size = 600): TextChunk[] {
  if (!(size >= 1)) throw new RangeError(`[@org/sdk-core/msw] chunk size must be at least 1, got ${size}.`);
  const chunks: TextChunk[] = [];
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
