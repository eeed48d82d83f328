// The spec keeps every endpoint of the vendor's reference (seeds/002): 49 `Endpoint: METHOD /path` lines.
// CI has shared/ beside the clone; without it the check is skipped, as specs/test does.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

const seed = fileURLToPath(new URL('../../../../shared/seeds/002_446e28a5e5ab0d53.txt', import.meta.url));
const spec = parse(readFileSync(new URL('../../../specs/hotdata.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { operationId?: string }>>;
};

it.skipIf(!existsSync(seed))('declares every endpoint of the Hotdata reference', () => {
  const endpoints = [
    ...readFileSync(seed, 'utf8').matchAll(/^Endpoint: (GET|POST|PUT|PATCH|DELETE) (\S+)$/gm),
  ].map(([, method, path]) => `${method} ${path}`);
  expect(endpoints).toHaveLength(49);
  const declared = Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((k) => ['get', 'post', 'put', 'patch', 'delete'].includes(k))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
  expect(endpoints.filter((e) => !declared.includes(e))).toEqual([]);
  expect(declared.filter((d) => !endpoints.includes(d))).toEqual([]);
});
