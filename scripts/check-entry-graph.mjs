// zod and msw must never enter a main entry's module graph: bundle each package's `.` export (and core's
// `./internal`, which every client's main entry imports) with esbuild and fail if any input comes from them.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const forbidden = /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(zod|msw|@mswjs)\//;
let bad = 0;
const entries = readdirSync('packages').flatMap((dir) =>
  ['index.js', 'internal/index.js'].map((file) => [dir, join('packages', dir, 'dist', file)]),
);
for (const [dir, entry] of entries) {
  const pkg = JSON.parse(readFileSync(join('packages', dir, 'package.json'), 'utf8'));
  // A package that depends on msw outright (the mock server) is a dev tool, not a client: no budget applies.
  if (pkg.private || !existsSync(entry) || pkg.dependencies?.msw) continue;
  const { metafile } = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  const hits = Object.keys(metafile.inputs).filter((input) => forbidden.test(input));
  if (hits.length) {
    bad++;
    console.error(`${entry}: pulls in ${hits.slice(0, 5).join(', ')}`);
  } else console.log(`${entry}: free of zod and msw (${Object.keys(metafile.inputs).length} modules)`);
}
process.exit(bad ? 1 : 0);
