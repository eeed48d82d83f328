// The spec keeps every endpoint of the vendor's reference (seeds/002): 49 `Endpoint: METHOD /path` lines.
// What it adds beyond them is sourced in its notes.
// The seed's endpoints are checked in (specs/seeds/hotdata.json; specs/test/seed-facts.test.ts keeps them
// true to the seed), so this runs in a fresh clone too.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { seedFacts } from '../../../specs/seeds/extract';

const spec = parse(readFileSync(new URL('../../../specs/hotdata.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { operationId?: string; 'x-sdk-notes'?: string }>>;
};

it('declares every endpoint of the Hotdata reference', () => {
  const endpoints = (seedFacts('hotdata').endpoints ?? []).map((e) => e.endpoint);
  expect(endpoints).toHaveLength(49);
  const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([k]) => ['get', 'post', 'put', 'patch', 'delete'].includes(k))
      .map(([method, op]) => ({
        endpoint: `${method.toUpperCase()} ${path}`,
        notes: op['x-sdk-notes'] ?? '',
      })),
  );
  const declared = operations.map((o) => o.endpoint);
  expect(endpoints.filter((e) => !declared.includes(e))).toEqual([]);
  // An operation beyond the seed (the workspace context routes the vendor's own SDK calls) must say so and
  // name the source it comes from, so nothing enters the spec on a guess.
  const beyondSeed = operations.filter((o) => !endpoints.includes(o.endpoint));
  expect(beyondSeed.filter((o) => !/^Not in the seed; \S/.test(o.notes)).map((o) => o.endpoint)).toEqual([]);
});
