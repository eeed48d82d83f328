// Every operation of the vendor's reference page (seed 001) is in the spec, by its title as `summary`.
// The seed's operations and enums are checked in (specs/seeds/inference.json; specs/test/seed-facts.test.ts
// keeps them true to the seed), so this runs in a fresh clone too.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { seedFacts } from '../../../specs/seeds/extract';

const specPath = fileURLToPath(new URL('../../../specs/inference.yaml', import.meta.url));
const facts = seedFacts('inference');
const seedOperations = () => facts.operations ?? [];

type Operation = { summary?: string };
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

describe('seed 001 coverage', () => {
  const spec = parse(readFileSync(specPath, 'utf8')) as {
    paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
  };
  const summaries = Object.values(spec.paths).flatMap((item) =>
    METHODS.flatMap((m) => (item[m]?.summary ? [item[m].summary] : [])),
  );

  it('reads all 78 operations from the seed (one per "Responses" block)', () => {
    const ops = seedOperations();
    expect(ops).toHaveLength(78);
    expect(ops[0]).toEqual({
      title: 'Get all action groups',
      description: 'Retrieve a list of action groups with pagination',
    });
    expect(ops.at(-1)?.title).toBe('Webhook to receive status updates');
  });

  it('has each seed operation in the spec with its title as summary, once', () => {
    const titles = seedOperations().map((o) => o.title);
    expect(titles.filter((t) => !summaries.includes(t))).toEqual([]);
    expect(summaries.filter((s) => !titles.includes(s))).toEqual([]);
    expect(new Set(summaries).size).toBe(summaries.length);
  });

  it('keeps the seed enums', () => {
    const specText = readFileSync(specPath, 'utf8');
    expect(facts.enumValues?.length).toBeGreaterThan(0);
    for (const value of facts.enumValues ?? []) expect(specText, `enum value ${value}`).toContain(value);
  });
});
