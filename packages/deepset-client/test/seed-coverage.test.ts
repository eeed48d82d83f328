// The spec keeps every endpoint of the deepset quick reference (seeds/000): each `METHOD /path` it lists,
// public and private, is an operation of specs/deepset.yaml under /api/v1 (health sits at the root).
// The seed's endpoints are checked in (specs/seeds/deepset.json; specs/test/seed-facts.test.ts keeps them
// true to the seed), so this runs in a fresh clone too.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { seedFacts } from '../../../specs/seeds/extract';

const spec = parse(readFileSync(new URL('../../../specs/deepset.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { operationId?: string; 'x-sdk-stability'?: string }>>;
};
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const declared = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.keys(item)
    .filter((k) => METHODS.includes(k))
    .map((method) => `${method.toUpperCase()} ${path}`),
);
const toSpecPath = (path: string) => (path === '/health' ? path : `/api/v1${path}`);

function seedEndpoints() {
  return (seedFacts('deepset').endpoints ?? []).map(({ endpoint, private: isPrivate }) => {
    const [method, path] = endpoint.split(' ') as [string, string];
    return { key: `${method} ${toSpecPath(path)}`, private: Boolean(isPrivate) };
  });
}

it('declares every endpoint of the deepset quick reference', () => {
  const endpoints = seedEndpoints();
  // 111 method+path lines; GET /me is listed three times and one upload-session GET twice.
  expect(endpoints).toHaveLength(111);
  const unique = new Set(endpoints.map((e) => e.key));
  expect(unique.size).toBe(108);
  expect([...unique].filter((e) => !declared.includes(e))).toEqual([]);
  expect(declared.filter((d) => !unique.has(d))).toEqual([]);
});

it('marks the private endpoints private, and only those', () => {
  const endpoints = seedEndpoints();
  const publicKeys = new Set(endpoints.filter((e) => !e.private).map((e) => e.key));
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of Object.keys(item).filter((k) => METHODS.includes(k))) {
      const key = `${method.toUpperCase()} ${path}`;
      const stability = item[method]?.['x-sdk-stability'];
      // GET upload_sessions/{id} is listed in both sections; public wins.
      expect({ key, private: stability === 'private' }).toEqual({ key, private: !publicKeys.has(key) });
    }
  }
});
