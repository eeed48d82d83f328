// The text pieces and the keyword ranking the mocks answer with where the real API runs a model.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chunkParagraphs,
  countWords,
  keywordTerms,
  rankByKeywords,
  sentences,
  wordPieces,
  words,
} from '../src/msw/index';

describe('text pieces', () => {
  it('words are lowercased letter and digit runs', () => {
    expect(words('Haystack 2.0, hosted! Ünïcode')).toEqual(['haystack', '2', '0', 'hosted', 'ünïcode']);
    expect(words('...')).toEqual([]);
  });

  it('counts whitespace-separated words', () => {
    expect(countWords(' two  words\n')).toBe(2);
    expect(countWords('')).toBe(0);
    expect(countWords(null)).toBe(0);
    expect(countWords(undefined)).toBe(0);
  });

  it('word pieces carry the space after or before and join back to the text', () => {
    expect(wordPieces('It is hosted.', 'after')).toEqual(['It ', 'is ', 'hosted.']);
    expect(wordPieces('It is hosted.', 'before')).toEqual(['It', ' is', ' hosted.']);
    expect(wordPieces('   ', 'after')).toEqual([]);
    fc.assert(
      fc.property(fc.stringMatching(/^\S[\s\S]*\S$/), (text) => {
        expect(wordPieces(text, 'after').join('')).toBe(text);
        expect(wordPieces(text, 'before').join('')).toBe(text);
      }),
    );
  });

  it('cuts sentences after their end mark', () => {
    expect(sentences('It runs. Does it scale?  Yes!')).toEqual(['It runs.', 'Does it scale?', 'Yes!']);
    expect(sentences('')).toEqual([]);
  });

  it('chunks one per paragraph, long ones cut at a space, with their place in the text', () => {
    const text = 'First one.\n\n  Second paragraph is longer than twenty.';
    const chunks = chunkParagraphs(text, 20);
    expect(chunks.map((c) => c.text)).toEqual(['First one.', 'Second paragraph is', 'longer than twenty.']);
    for (const c of chunks) expect(text.slice(c.start, c.end).trim()).toBe(c.text);
    expect(() => chunkParagraphs(text, 0)).toThrow(/chunk size must be at least 1, got 0/);
  });
});

describe('keyword ranking', () => {
  const docs = ['the cat sat', 'the dog ran after the dog', 'a dog and a cat'];

  it('takes distinct terms, leaving out short and stop words', () => {
    expect(keywordTerms('What is the dog, the DOG?', { minLength: 3 })).toEqual(['what', 'the', 'dog']);
    expect(keywordTerms('what is the dog', { stopWords: ['what', 'is', 'the'] })).toEqual(['dog']);
  });

  it('scores the share of terms present, best first, ties in order, no-match items left out', () => {
    const hits = rankByKeywords(docs, 'dog cat', { text: (d) => d });
    expect(hits.map((h) => [h.item, h.score, h.matched])).toEqual([
      ['a dog and a cat', 1, ['dog', 'cat']],
      ['the cat sat', 0.5, ['cat']],
      ['the dog ran after the dog', 0.5, ['dog']],
    ]);
    expect(rankByKeywords(docs, 'dog cat', { text: (d) => d, topK: 1 })).toHaveLength(1);
    expect(rankByKeywords(docs, 'zebra', { text: (d) => d })).toEqual([]);
    expect(rankByKeywords(docs, 'a', { text: (d) => d, minLength: 2 })).toEqual([]);
  });

  it('adds a capped bonus for repeats, keeps scores within 1, rounds and cuts off', () => {
    const options = { text: (d: string) => d, repeats: { weight: 0.1, cap: 3 }, decimals: 4 };
    const hits = rankByKeywords(docs, 'dog', options);
    expect(hits.map((h) => [h.item, h.score])).toEqual([
      ['the dog ran after the dog', 0.8462],
      ['a dog and a cat', 0.7692],
    ]);
    expect(rankByKeywords(['dog dog dog dog dog dog'], 'dog', options)[0]?.score).toBe(1);
    expect(rankByKeywords(docs, 'dog', { ...options, cutoff: 0.8 }).map((h) => h.item)).toEqual([
      'the dog ran after the dog',
    ]);
  });
});
