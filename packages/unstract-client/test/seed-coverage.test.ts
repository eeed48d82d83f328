// Every endpoint the vendor's seed (003) lists is in the spec, with the same method and path.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// CI has shared/ beside the clone (../shared); locally it is /work/shared.
const seedUrl = new URL('../../../../shared/seeds/003_c2e3c85848176433.txt', import.meta.url);
const seedPath = existsSync(fileURLToPath(seedUrl))
  ? fileURLToPath(seedUrl)
  : '/work/shared/seeds/003_c2e3c85848176433.txt';
const specPath = fileURLToPath(new URL('../../../specs/unstract.yaml', import.meta.url));

/** The seed lists each endpoint as a method line, then the path glued to its one-line description. */
function seedEndpoints(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trim());
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!/^(GET|POST|PUT|PATCH|DELETE)$/.test(line)) return;
    const path = /^(\/\S*?\/)(?=[A-Z]|$)/.exec(lines[i + 1] ?? '')?.[1];
    if (path) out.push(`${line} ${path}`);
  });
  return out;
}

describe.skipIf(!existsSync(seedPath))('seed 003 coverage', () => {
  const spec = parse(readFileSync(specPath, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
  const inSpec = Object.entries(spec.paths).flatMap(([path, item]) =>
    ['get', 'post', 'put', 'patch', 'delete'].filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${path}`),
  );

  it('reads the 14 management endpoints from the seed', () => {
    const endpoints = seedEndpoints(readFileSync(seedPath, 'utf8'));
    expect(endpoints).toHaveLength(14);
    expect(endpoints[0]).toBe('GET /api/v1/unstract/{org_id}/api/deployment/');
    expect(endpoints.at(-1)).toBe('DELETE /api/v1/unstract/{org_id}/api/keys/{id}/');
  });

  it('has every seed endpoint in the spec, plus the two execution operations', () => {
    const endpoints = seedEndpoints(readFileSync(seedPath, 'utf8'));
    expect(endpoints.filter((e) => !inSpec.includes(e))).toEqual([]);
    expect(inSpec.filter((e) => !endpoints.includes(e)).sort()).toEqual([
      'GET /deployment/api/{org_name}/{api_name}/',
      'POST /deployment/api/{org_name}/{api_name}/',
    ]);
  });
});
