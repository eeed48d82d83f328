import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkText, rankChunks } from '../src/msw/rank';

describe('mock retrieval ranking', () => {
  it('chunks keep every word of the text, in order, and respect the size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,12}( [a-z]{1,12}){0,40}$/), { maxLength: 6 }),
        fc.integer({ min: 20, max: 200 }),
        (paragraphs, size) => {
          const text = paragraphs.join('\n\n');
          const chunks = chunkText(text, size);
          expect(chunks.flatMap((c) => c.text.split(/\s+/)).filter(Boolean)).toEqual(
            text.split(/\s+/).filter(Boolean),
          );
          for (const c of chunks) {
            expect(c.text.length).toBeLessThanOrEqual(Math.max(size, 12));
            expect(text.slice(c.start, c.end).trim()).toBe(c.text);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('scores by query terms present, ignores stop words, and drops chunks with no match', () => {
    const docs = [{ id: 'f1', name: 'a', text: 'the cat sat\n\nthe dog ran', metadata: {} }];
    const nodes = rankChunks(docs, 'what is the dog', 5);
    expect(nodes.map((n) => n.node.text)).toEqual(['the dog ran']);
    expect(rankChunks(docs, 'the', 5)).toEqual([]);
  });
});
