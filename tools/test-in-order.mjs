// `pnpm test`: every vitest project but `slow`, then `slow` (memory tests that stream hundreds of MiB and
// want the machine to themselves). Two runs, because vitest's `sequence.groupOrder` still puts type checks
// and sequential projects after the highest group. Both always run, the exit code fails when either failed,
// and a `--outputFile=<file>` JSON report (what .ci/run counts) is the two reports merged into one.
// With `--project` among the arguments it is one plain `vitest run`.
// Usage: node tools/test-in-order.mjs [vitest arguments]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const bin = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const vitest = (extra) =>
  spawnSync(process.execPath, [bin, 'run', ...extra], { stdio: 'inherit' }).status ?? 1;

if (args.some((a) => a === '--project' || a.startsWith('--project='))) process.exit(vitest(args));

const outputArg = args.findIndex((a) => /^--outputFile(\.json)?=/.test(a));
const output = outputArg === -1 ? undefined : args[outputArg].slice(args[outputArg].indexOf('=') + 1);
/** The arguments with the report sent to `<output>.<pass>` instead. */
const withOutput = (pass) =>
  output ? args.map((a, i) => (i === outputArg ? `--outputFile=${output}.${pass}` : a)) : args;

const statuses = [
  vitest(['--project', '!slow', ...withOutput('main')]),
  // A filter may leave the slow pass nothing to run; that is no failure.
  vitest(['--project', 'slow', '--passWithNoTests', ...withOutput('slow')]),
];

if (output) {
  const reports = ['main', 'slow']
    .map((pass) => `${output}.${pass}`)
    .filter((file) => existsSync(file))
    .map((file) => {
      const report = JSON.parse(readFileSync(file, 'utf8'));
      rmSync(file);
      return report;
    });
  // A pass that wrote no report (vitest crashed) leaves the merged one without it; its status still fails.
  if (reports.length > 0) {
    const merged = { ...reports[0], testResults: [], success: true };
    for (const key of Object.keys(merged)) if (/^num\w+$/.test(key)) merged[key] = 0;
    for (const report of reports) {
      for (const [key, value] of Object.entries(report)) {
        if (/^num\w+$/.test(key) && typeof value === 'number') merged[key] += value;
      }
      merged.testResults.push(...(report.testResults ?? []));
      merged.success &&= report.success !== false;
    }
    merged.startTime = Math.min(...reports.map((r) => r.startTime ?? Date.now()));
    writeFileSync(output, JSON.stringify(merged));
  }
}
process.exit(statuses.find((s) => s !== 0) ?? 0);
