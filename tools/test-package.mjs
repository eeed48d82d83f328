// A package's `test` script, which turbo runs (and skips when nothing the package's tests read changed):
// the package's own vitest project and its fault tests, then its slow tests alone, from the repository root
// (where the projects are defined), with a merged JSON report in .test-report.json, turbo's output, so a
// cached run still counts its tests in `pnpm test`'s report (tools/test-in-order.mjs --after-packages).
// Usage (from packages/<dir>): node ../../tools/test-package.mjs [vitest arguments]
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runPasses } from './vitest-passes.mjs';

const dir = basename(process.cwd());
const project = dir.replace(/-client$/, '');
const tests = join('packages', dir, 'test');
const report = join(process.cwd(), '.test-report.json');
const args = ['--reporter=default', '--reporter=json', `--outputFile=${report}`, ...process.argv.slice(2)];

const passes = [['--project', project, '--project', 'faults', '--passWithNoTests', `${tests}/`]];
if (existsSync(join('test', 'slow'))) passes.push(['--project', 'slow', `${tests}/slow/`]);
process.exit(runPasses(passes, args));
