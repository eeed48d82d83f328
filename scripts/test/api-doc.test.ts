// Each client's api.md (written by scripts/generator/api-doc-module.mjs) lists every operation of its spec
// with its route and the method that calls it, and the client's README links it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { apiDocModule } from '../generator/api-doc-module.mjs';

const root = join(import.meta.dirname, '../..');
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

type Operation = { tags: string[]; 'x-sdk-method': string };

const clients = readdirSync(join(root, 'packages'))
  .filter((d) => d.endsWith('-client'))
  .map((dir) => {
    const vendor = dir.replace(/-client$/, '');
    const spec = parse(readFileSync(join(root, 'specs', `${vendor}.yaml`), 'utf8'));
    const operations = Object.entries(spec.paths as Record<string, Record<string, Operation>>).flatMap(
      ([path, item]) =>
        METHODS.filter((m) => m in item).map((m) => ({ route: `${m.toUpperCase()} ${path}`, op: item[m] })),
    );
    return {
      vendor,
      spec,
      operations,
      doc: readFileSync(join(root, 'packages', dir, 'api.md'), 'utf8'),
      readme: readFileSync(join(root, 'packages', dir, 'README.md'), 'utf8'),
    };
  });

describe('api.md', () => {
  it.each(clients)('$vendor: every operation of the spec appears with its route and method', (c) => {
    expect(c.operations.length).toBeGreaterThan(10);
    for (const { route, op } of c.operations) {
      const entry = c.doc.indexOf(`- \`${route}\``);
      expect(entry, route).toBeGreaterThan(-1);
      const next = c.doc.indexOf('\n- ', entry + 1);
      expect(c.doc.slice(entry, next === -1 ? undefined : next), route).toContain(
        `client.${op.tags[0]}.${op['x-sdk-method']}(`,
      );
    }
  });

  it.each(clients)('$vendor: its README links api.md', ({ readme }) => {
    expect(readme).toMatch(/\]\(\.\/api\.md\)/);
  });

  it('fails on an operation the resources module has no method for', () => {
    const { spec } = clients[0] as (typeof clients)[number];
    expect(() => apiDocModule(spec, 'specs/x.yaml', '')).toThrow(/has no method/);
  });
});
