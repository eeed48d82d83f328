// Every endpoint the vendor's seed (003) lists is in the spec, with the same method and path.
// The seed's endpoints are checked in (specs/seeds/unstract.json; specs/test/seed-facts.test.ts keeps them
// true to the seed), so this runs in a fresh clone too.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { seedFacts } from '../../../specs/seeds/extract';

const specPath = fileURLToPath(new URL('../../../specs/unstract.yaml', import.meta.url));
const seedEndpoints = () => (seedFacts('unstract').endpoints ?? []).map((e) => e.endpoint);

describe('seed 003 coverage', () => {
  const spec = parse(readFileSync(specPath, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
  const inSpec = Object.entries(spec.paths).flatMap(([path, item]) =>
    ['get', 'post', 'put', 'patch', 'delete'].filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${path}`),
  );

  it('reads the 14 management endpoints from the seed', () => {
    const endpoints = seedEndpoints();
    expect(endpoints).toHaveLength(14);
    expect(endpoints[0]).toBe('GET /api/v1/unstract/{org_id}/api/deployment/');
    expect(endpoints.at(-1)).toBe('DELETE /api/v1/unstract/{org_id}/api/keys/{id}/');
  });

  it('has every seed endpoint in the spec, plus the two execution operations', () => {
    const endpoints = seedEndpoints();
    expect(endpoints.filter((e) => !inSpec.includes(e))).toEqual([]);
    expect(inSpec.filter((e) => !endpoints.includes(e)).sort()).toEqual([
      'GET /deployment/api/{org_name}/{api_name}/',
      'POST /deployment/api/{org_name}/{api_name}/',
    ]);
  });
});
