// The specs keep the conventions the generator relies on, and cover every operation of the vendor docs.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { seedFacts } from '../seeds/extract';

const specsDir = fileURLToPath(new URL('..', import.meta.url));
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

type Operation = {
  operationId?: string;
  tags?: string[];
  'x-sdk-method'?: string;
  'x-pagination'?: Record<string, unknown>;
};
type Spec = {
  paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
  tags?: { name: string }[];
};

const specs = readdirSync(specsDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((file) => ({ file, spec: parse(readFileSync(`${specsDir}/${file}`, 'utf8')) as Spec }));

function operations(spec: Spec) {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ path, method, op: item[method] as Operation }] : [])),
  );
}

// Which seed documents each spec covers by operationId (checked in as ../seeds/<vendor>.json). The other
// vendors' seeds list endpoints as text; each client's test/seed-coverage.test.ts checks those.
const SEEDS: Record<string, 'llamacloud'> = { 'llamacloud.yaml': 'llamacloud' };

describe.each(specs)('$file', ({ file, spec }) => {
  it('names every operation with a camelCase operationId, one declared camelCase tag and an x-sdk-method', () => {
    const tags = new Set((spec.tags ?? []).map((t) => t.name));
    for (const { path, method, op } of operations(spec)) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(op.operationId, where).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(op.tags, where).toHaveLength(1);
      expect(tags.has(op.tags?.[0] ?? ''), `${where}: tag ${op.tags?.[0]} is not declared`).toBe(true);
      expect(op.tags?.[0], where).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(op['x-sdk-method'], where).toMatch(/^[a-z][A-Za-z0-9]*$/);
    }
  });

  it('gives each resource method one name per resource', () => {
    const seen = new Map<string, string>();
    for (const { path, method, op } of operations(spec)) {
      const key = `${op.tags?.[0]}.${op['x-sdk-method']}`;
      expect(
        seen.get(key),
        `${key} is used by ${seen.get(key)} and ${method.toUpperCase()} ${path}`,
      ).toBeUndefined();
      seen.set(key, `${method.toUpperCase()} ${path}`);
    }
  });

  it('declares pagination in the styles core knows, naming an items field', () => {
    for (const { op } of operations(spec)) {
      const p = op['x-pagination'];
      if (!p) continue;
      expect(['cursor', 'offset', 'page', 'after']).toContain(p.style);
      expect(typeof p.items).toBe('string');
    }
  });

  // Declared only where there is a seed to compare with, so the run does not list four tests as skipped.
  const seeded = file in SEEDS ? it : undefined;
  seeded?.('keeps every operation of the vendor document', () => {
    const seedIds = seedFacts(SEEDS[file] as 'llamacloud').operationIds ?? [];
    expect(seedIds.length).toBeGreaterThan(0);
    const ours = new Set(operations(spec).map((o) => o.op.operationId));
    expect(seedIds.filter((id) => !ours.has(id))).toEqual([]);
  });
});
