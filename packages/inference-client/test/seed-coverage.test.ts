// Every operation of the vendor's reference page (seed 001) is in the spec, by its title as `summary`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// CI has shared/ beside the clone (../shared); locally it is /work/shared.
const seedUrl = new URL('../../../../shared/seeds/001_799f2a1ed917cf9d.txt', import.meta.url);
const seedPath = existsSync(fileURLToPath(seedUrl))
  ? fileURLToPath(seedUrl)
  : '/work/shared/seeds/001_799f2a1ed917cf9d.txt';
const specPath = fileURLToPath(new URL('../../../specs/inference.yaml', import.meta.url));

/**
 * The operations of the Redoc text: a title line, its description line, then the first block of the
 * operation (parameters, request body, or responses). Field listings also end in a marker, but there the
 * line after the name is its type.
 */
function seedOperations(text: string): { title: string; description: string }[] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const marker = /^(query Parameters|path Parameters|header Parameters|Request Body schema|Responses$)/;
  const fieldLine =
    /^(string|integer|number|boolean|object|Array of|required$|Default:|Enum:|Items Enum:|Value:)/;
  const ops: { title: string; description: string }[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    const [title, description, next] = [lines[i] ?? '', lines[i + 1] ?? '', lines[i + 2] ?? ''];
    if (!marker.test(next) || marker.test(title) || marker.test(description)) continue;
    if (fieldLine.test(title) || fieldLine.test(description)) continue;
    ops.push({ title, description });
  }
  return ops;
}

type Operation = { summary?: string };
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

describe.skipIf(!existsSync(seedPath))('seed 001 coverage', () => {
  const seed = readFileSync(seedPath, 'utf8');
  const spec = parse(readFileSync(specPath, 'utf8')) as {
    paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
  };
  const summaries = Object.values(spec.paths).flatMap((item) =>
    METHODS.flatMap((m) => (item[m]?.summary ? [item[m].summary] : [])),
  );

  it('reads all 78 operations from the seed (one per "Responses" block)', () => {
    const ops = seedOperations(seed);
    expect(ops).toHaveLength(78);
    expect(seed.split('\n').filter((l) => l.trim() === 'Responses')).toHaveLength(78);
    expect(ops[0]).toEqual({
      title: 'Get all action groups',
      description: 'Retrieve a list of action groups with pagination',
    });
    expect(ops.at(-1)?.title).toBe('Webhook to receive status updates');
  });

  it('has each seed operation in the spec with its title as summary, once', () => {
    const titles = seedOperations(seed).map((o) => o.title);
    expect(titles.filter((t) => !summaries.includes(t))).toEqual([]);
    expect(summaries.filter((s) => !titles.includes(s))).toEqual([]);
    expect(new Set(summaries).size).toBe(summaries.length);
  });

  it('keeps the seed enums', () => {
    const specText = readFileSync(specPath, 'utf8');
    for (const enumLine of seed.matchAll(/^(?:Items )?Enum: (.+)$/gm)) {
      for (const value of (enumLine[1] as string).match(/"([^"]+)"/g) ?? []) {
        expect(specText, `enum value ${value}`).toContain(value.slice(1, -1));
      }
    }
  });
});
