// `pnpm test`: every vitest project but `slow`, then `slow` (memory tests that stream hundreds of MiB and
// want the machine to themselves). Two runs, because vitest's `sequence.groupOrder` still puts type checks
// and sequential projects after the highest group. Both always run, the exit code fails when either failed,
// and a `--outputFile=<file>` JSON report (what .ci/run counts) is the reports merged into one.
// With `--project` among the arguments it is one plain `vitest run`.
// `--after-packages` (what `pnpm test` runs): first turbo's `test` task, which runs each package's tests
// (tools/test-package.mjs, a report in packages/<dir>/.test-report.json) or replays them from its cache when
// nothing they read changed; then only the projects of no package; the output merges every package's report
// in, so the count covers all tests either way.
// Usage: node tools/test-in-order.mjs [--after-packages] [vitest arguments]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runPasses, vitest } from './vitest-passes.mjs';

const afterPackages = process.argv.includes('--after-packages');
const args = process.argv.slice(2).filter((a) => a !== '--after-packages');

if (args.some((a) => a === '--project' || a.startsWith('--project='))) process.exit(vitest(args));

if (afterPackages) {
  // One package at a time: the slow tests want the machine to themselves, and so do transport timeouts.
  const turbo = spawnSync(
    join(repoRoot, 'node_modules/.bin/turbo'),
    ['run', 'test', '--concurrency=1', '--continue', '--output-logs=new-only'],
    { stdio: 'inherit', cwd: repoRoot },
  );
  process.env.SDK_TEST_SCOPE = 'repo';
  const reports = readdirSync(join(repoRoot, 'packages'))
    .map((dir) => join(repoRoot, 'packages', dir, '.test-report.json'))
    .filter((file) => existsSync(file));
  const status = runPasses([[]], args, reports);
  process.exit(turbo.status || status);
}

// A filter may leave the slow pass nothing to run; that is no failure.
process.exit(
  runPasses(
    [
      ['--project', '!slow'],
      ['--project', 'slow', '--passWithNoTests'],
    ],
    args,
  ),
);
