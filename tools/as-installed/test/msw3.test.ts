// msw 3, as `npm install -D msw` gives it on Node 22+: the packed packages installed beside msw 3 from the
// npm registry (not the workspace's msw 2), the mocks' own test files run under it on Node 22 (npm's
// `node@22`, tools/runtimes), and every README snippet compiled against msw 3's types.
// The test files are the packages' own, with their `../src/...` imports turned into the published entries;
// files that read the repo (specs, seeds) or a module that is not published are left to the workspace run.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { catalogVersion, installApp, repo } from '../src/app.mjs';
import { enabled } from '../src/global-setup.mjs';
import { compileReadmeBlocks } from '../src/readme-blocks.mjs';
import { bin } from '../src/runtimes.mjs';

const run = promisify(execFile);
/** The msw 3 the run installs; its engines ask for Node >= 22.12. */
const msw3 = '3.0.5';

/** A test file can run as installed when every import is published or third-party. */
const portable =
  /^(vitest|msw|msw\/node|fast-check|@org\/[\w-]+(\/[\w-]+)?|node:(net|http|stream|util|timers\/promises)|\.\/[\w-]+|\.\.\/\.\.\/core\/test\/support\/mocked-client|\.\.\/src\/(index|msw\/index|validate\/index))$/;

/** Files with a wall-clock upper bound, too tight for a loaded machine under a second runtime; run in the workspace. */
const timed = ['rate-limit.http.test.ts'];

/** Copies one package's test files into `dest`, imports rewritten; returns the test files copied. */
function copyTests(pkgDir: string, dest: string, only?: string[]): string[] {
  const pkg = JSON.parse(readFileSync(join(repo, 'packages', pkgDir, 'package.json'), 'utf8')).name as string;
  const testDir = join(repo, 'packages', pkgDir, 'test');
  mkdirSync(dest, { recursive: true });
  const copied: string[] = [];
  for (const file of readdirSync(testDir)) {
    if (!file.endsWith('.ts') || file.endsWith('.test-d.ts')) continue;
    if (only && !only.includes(file)) continue;
    if (timed.includes(file)) continue;
    const text = readFileSync(join(testDir, file), 'utf8');
    const imports = [...text.matchAll(/^(?:import|export)[^;]*? from '([^']+)';/gms)].map(
      (m) => m[1] as string,
    );
    if (file.endsWith('.test.ts') && !imports.every((i) => portable.test(i))) continue;
    // Static and dynamic imports alike (`await import('../src/validate/index')`).
    const rewritten = text
      .replaceAll("'../../core/test/support/mocked-client'", "'../core/mocked-client'")
      .replace(/'\.\.\/src\/(index|msw\/index|validate\/index)'/g, (_, entry: string) =>
        entry === 'index' ? `'${pkg}'` : `'${pkg}/${entry.replace('/index', '')}'`,
      );
    writeFileSync(join(dest, file), rewritten);
    if (file.endsWith('.test.ts')) copied.push(`${pkgDir}/${file}`);
  }
  return copied;
}

describe.skipIf(!enabled)('msw 3 on Node 22', () => {
  let appDir = '';
  beforeAll(() => {
    appDir = installApp({
      tarballs: inject('tarballs'),
      dir: join(inject('appDir'), '..', 'app-msw3'),
      devDependencies: { msw: msw3, 'fast-check': catalogVersion('fast-check') },
    });
  });

  it('installs msw 3 from the registry', () => {
    const installed = JSON.parse(readFileSync(join(appDir, 'node_modules/msw/package.json'), 'utf8'));
    expect(installed.version).toBe(msw3);
  });

  it("runs the mocks' own test files under msw 3 on Node 22", async () => {
    const root = join(appDir, 'msw3');
    const files: string[] = [];
    for (const dir of readdirSync(join(repo, 'packages')).filter((d) => d.endsWith('-client'))) {
      files.push(...copyTests(dir, join(root, dir)));
    }
    files.push(...copyTests('core', join(root, 'core'), ['msw-unhandled.test.ts']));
    // The shared harness the clients' test/use-mock.ts build on, reading core's msw entry as published.
    writeFileSync(
      join(root, 'core/mocked-client.ts'),
      readFileSync(join(repo, 'packages/core/test/support/mocked-client.ts'), 'utf8').replaceAll(
        "'../../src/msw/index'",
        "'@org/sdk-core/msw'",
      ),
    );
    // The run proves where it ran: Node 22 and msw 3, or it fails.
    writeFileSync(
      join(root, 'where.test.ts'),
      `import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
it('runs on Node 22 with msw 3', () => {
  expect(process.versions.node.split('.')[0]).toBe('22');
  expect(createRequire(import.meta.url)('msw/package.json').version).toBe('${msw3}');
});
`,
    );
    cpSync(
      join(repo, 'tools/as-installed/src/msw3.vitest.config.mjs'),
      join(appDir, 'vitest.msw3.config.mjs'),
    );
    const results = join(appDir, 'msw3-results.json');
    await run(
      bin('node22'),
      [
        'node_modules/vitest/vitest.mjs',
        'run',
        '--config',
        'vitest.msw3.config.mjs',
        '--reporter=json',
        `--outputFile=${results}`,
      ],
      { cwd: appDir, timeout: 280_000, maxBuffer: 64 * 1024 * 1024 },
    ).catch(() => undefined); // the results file says what failed
    const report = JSON.parse(readFileSync(results, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      testResults: {
        name: string;
        status: string;
        message: string;
        assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
      }[];
    };
    const failures = report.testResults.flatMap((f) =>
      f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed')
        ? [`${f.name.replace(root, '')}: ${f.message.split('\n')[0]}`]
        : f.assertionResults
            .filter((a) => a.status === 'failed')
            .map(
              (a) => `${f.name.replace(root, '')} > ${a.fullName}: ${a.failureMessages[0]?.split('\n')[0]}`,
            ),
    );
    expect(failures).toEqual([]);
    expect(report.testResults.length).toBe(files.length + 1);
    expect(files.length).toBeGreaterThan(25);
    expect(report.numPassedTests).toBeGreaterThan(200);
  });

  it('compiles every README snippet against msw 3', async () => {
    const { count, errors } = await compileReadmeBlocks(appDir);
    expect(count).toBeGreaterThan(15);
    expect(errors).toBe('');
  });
});
