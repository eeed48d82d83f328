// Runs vitest passes one after the other and merges their JSON reports into one, so `.ci/run` counts a
// single report (scripts/ci-summary.mjs) however many passes, packages or cached turbo tasks made it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));

/**
 * One `vitest run` from the repository root (the projects' paths are relative to it); returns its status.
 * @example const status = vitest(['--project', 'core']);
 */
export function vitest(args) {
  return spawnSync(process.execPath, [bin, 'run', ...args], { stdio: 'inherit', cwd: repoRoot }).status ?? 1;
}

/** The index of `--outputFile=<file>` among vitest arguments, and the file (undefined when absent). */
export function outputOf(args) {
  const index = args.findIndex((a) => /^--outputFile(\.json)?=/.test(a));
  return { index, file: index === -1 ? undefined : args[index].slice(args[index].indexOf('=') + 1) };
}

/**
 * Runs each pass (vitest arguments) in turn, every one even when an earlier failed, each writing its JSON
 * report beside `output`; then merges them (and `extraReports`, e.g. cached package reports) into `output`.
 * Returns the first non-zero status, or 0.
 * @example process.exit(runPasses([['--project', '!slow'], ['--project', 'slow']], args));
 */
export function runPasses(passes, args, extraReports = []) {
  const { index, file } = outputOf(args);
  const statuses = passes.map((pass, n) =>
    vitest([...pass, ...(file ? args.map((a, i) => (i === index ? `--outputFile=${file}.${n}` : a)) : args)]),
  );
  if (file)
    mergeReports([...passes.map((_, n) => `${file}.${n}`), ...extraReports], file, { remove: passes.length });
  return statuses.find((s) => s !== 0) ?? 0;
}

/**
 * Merges vitest JSON reports into one (counts summed, files concatenated); the first `remove` inputs are
 * deleted afterwards. A missing report (vitest crashed) is left out; its pass's status still fails the run.
 * @example mergeReports(['a.json', 'b.json'], 'all.json');
 */
export function mergeReports(files, output, { remove = 0 } = {}) {
  const reports = files
    .map((path, i) => {
      if (!existsSync(path)) return undefined;
      const report = JSON.parse(readFileSync(path, 'utf8'));
      if (i < remove) rmSync(path);
      return report;
    })
    .filter(Boolean);
  if (reports.length === 0) return;
  const merged = { ...reports[0], testResults: [], success: true };
  for (const key of Object.keys(merged)) if (/^num\w+$/.test(key)) merged[key] = 0;
  for (const report of reports) {
    for (const [key, value] of Object.entries(report)) {
      if (/^num\w+$/.test(key) && typeof value === 'number') merged[key] = (merged[key] ?? 0) + value;
    }
    merged.testResults.push(...(report.testResults ?? []));
    merged.success &&= report.success !== false;
  }
  merged.startTime = Math.min(...reports.map((r) => r.startTime ?? Date.now()));
  writeFileSync(output, JSON.stringify(merged));
}
