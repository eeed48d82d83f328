// zod and msw must never enter a main entry's module graph: bundle each package's `.` export with
// esbuild and fail if any input comes from them.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const forbidden = /node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(zod|msw|@mswjs)\//;
let bad = 0;
for (const dir of readdirSync('packages')) {
  const entry = join('packages', dir, 'dist', 'index.js');
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
    console.error(`${pkg.name}: main entry pulls in ${hits.slice(0, 5).join(', ')}`);
  } else
    console.log(
      `${pkg.name}: main entry is free of zod and msw (${Object.keys(metafile.inputs).length} modules)`,
    );
}
process.exit(bad ? 1 : 0);
