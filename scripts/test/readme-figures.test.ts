// Figures in READMEs come from the repo or go: an operation count a README claims is the count in its
// spec, the inference README's table of paths has a row per operation, and no README states a bundle size
// (`pnpm size` measures those; .size-limit.json holds the budgets); the lowest TypeScript a README names is
// the one the type matrix checks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lowestTypeScript } from '../../tools/as-installed/src/matrix.mjs';

const root = join(import.meta.dirname, '../..');
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

function operationCount(vendor: string): number {
  const spec = parse(readFileSync(join(root, 'specs', `${vendor}.yaml`), 'utf8'));
  return Object.values(spec.paths as Record<string, object>).reduce(
    (n, item) => n + METHODS.filter((m) => m in item).length,
    0,
  );
}

const clients = readdirSync(join(root, 'packages'))
  .filter((d) => d.endsWith('-client'))
  .map((dir) => ({
    vendor: dir.replace(/-client$/, ''),
    readme: readFileSync(join(root, 'packages', dir, 'README.md'), 'utf8'),
  }));

const readmes = [
  { name: 'README.md', text: readFileSync(join(root, 'README.md'), 'utf8') },
  ...readdirSync(join(root, 'packages')).map((dir) => ({
    name: `packages/${dir}/README.md`,
    text: readFileSync(join(root, 'packages', dir, 'README.md'), 'utf8'),
  })),
];

describe('README figures', () => {
  it.each(clients)('$vendor: every operation count the README claims is its spec’s', ({ vendor, readme }) => {
    const claims = [...readme.matchAll(/(\d+)\s+(?:HTTP\s+)?(?:operations|endpoints)\b/g)].map((m) =>
      Number(m[1]),
    );
    for (const claim of claims) expect(claim).toBe(operationCount(vendor));
  });

  it('the inference README lists every operation in its table of paths', () => {
    const readme = clients.find((c) => c.vendor === 'inference')?.readme ?? '';
    const table = readme.slice(readme.indexOf('## Which paths are inferred'));
    const rows = table.split('\n').filter((line) => /^\| `/.test(line));
    expect(rows.length).toBe(operationCount('inference'));
  });

  it('every path docs/architecture.md names exists', () => {
    const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
    const paths = [...doc.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] as string);
    expect(paths.length).toBeGreaterThan(10);
    const vendors = clients.map((c) => c.vendor);
    for (const path of paths) {
      for (const vendor of path.includes('<vendor>') ? vendors : ['']) {
        expect(existsSync(join(root, path.replace('<vendor>', vendor))), path).toBe(true);
      }
    }
  });

  it.each(
    readmes.filter((r) => r.name !== 'packages/mock-server/README.md'),
  )('$name names as the lowest TypeScript the one the type matrix checks', ({ text }) => {
    const named = [...text.matchAll(/TypeScript (\d+\.\d+)(?:\+| or newer)/g)].map((m) => m[1] as string);
    expect(named.length).toBeGreaterThan(0);
    const lowest = named.sort((a, b) => Number(a) - Number(b))[0];
    expect(lowest).toBe(lowestTypeScript);
  });

  it.each(readmes)('$name states no bundle size (pnpm size measures them)', ({ text }) => {
    expect(text).not.toMatch(/\d+(\.\d+)?\s?kB\b/);
  });
});
