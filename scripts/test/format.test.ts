// Generated modules are formatted as the repo's code is: long comments folded, code by biome.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script with no type declarations
import { foldComments } from '../generator/format.mjs';
import { spec } from './support/fixture-spec';
import { writeClient } from './support/compile';
import { readFileSync } from 'node:fs';

describe('generated formatting', { timeout: 60_000 }, () => {
  it('folds long comment lines at spaces, but leaves examples, code and unbreakable words as they are', () => {
    const words = 'word '.repeat(30).trim();
    const code = `const x = '${'y'.repeat(80)}';`;
    const source = [
      '  /**',
      `   * ${words}`,
      '   * @example',
      `   * f(${'a, '.repeat(40)})`,
      '   */',
      `/** ${words} */`,
      code,
    ].join('\n');
    const out: string[] = foldComments(source, 60).split('\n');
    expect(out.filter((l) => l.length > 60)).toEqual([`   * f(${'a, '.repeat(40)})`, code]);
    expect(out.slice(0, 3)).toEqual([
      '  /**',
      `   * ${'word '.repeat(11).trim()}`,
      `   * ${'word '.repeat(11).trim()}`,
    ]);
    // A one-line doc comment too long becomes a block.
    expect(out.filter((l) => l === '/**' || l === ' */')).toEqual(['/**', ' */']);
  });

  it('writes no generated line over the width but strings the spec makes long, and the same text each time', async () => {
    const long = structuredClone(spec);
    Object.assign(long.paths['/items/{item_id}'].get, { description: 'A long description. '.repeat(20) });
    const dir = await writeClient(long);
    const again = await writeClient(long);
    for (const name of ['resources.ts', 'schema.ts']) {
      const text = readFileSync(`${dir}/generated/${name}`, 'utf8');
      expect(text.split('\n').filter((l) => l.length > 110)).toEqual([]);
      expect(readFileSync(`${again}/generated/${name}`, 'utf8')).toBe(text);
    }
  });
});
