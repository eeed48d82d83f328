// What `npm install @org/hotdata-client` costs a user who does not validate responses, and what they read
// when they reach for `./validate` without zod (an optional peer). Installed from the tarballs alone, with
// npm, in a directory outside the repo: no dev dependencies, nothing hoisted from the workspace.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { npm } from '../src/app.mjs';
import { enabled } from '../src/global-setup.mjs';

const run = promisify(execFile);
const budget = 3.5 * 1024 * 1024;

/** Apparent size of every file under `dir`, as `du --apparent-size` counts it. */
function bytesUnder(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
  return total;
}

describe.skipIf(!enabled)('one client as a user installs it', () => {
  let dir = '';
  beforeAll(() => {
    const tarballs = inject('tarballs');
    dir = mkdtempSync(join(tmpdir(), 'org-install-size-'));
    const dependencies = {
      '@org/hotdata-client': `file:${tarballs['@org/hotdata-client']}`,
      '@org/sdk-core': `file:${tarballs['@org/sdk-core']}`,
    };
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'size-app', private: true, dependencies }),
    );
    npm(dir, ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`installs in at most ${budget / 1024 / 1024} MB, without zod or msw`, () => {
    const installed = readdirSync(join(dir, 'node_modules'));
    expect(installed).not.toContain('zod');
    expect(installed).not.toContain('msw');
    const bytes = bytesUnder(join(dir, 'node_modules'));
    console.log(`@org/hotdata-client installed: ${(bytes / 1024 / 1024).toFixed(2)} MB`);
    expect(bytes).toBeLessThanOrEqual(budget);
  });

  it('runs its main entry, and says to install zod when ./validate is imported without it', async () => {
    const esm = `import { createHotdataClient } from '@org/hotdata-client';
      console.log(typeof createHotdataClient);
      await import('@org/hotdata-client/validate').then(() => console.log('loaded'), (e) => console.log(e.message));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', esm], { cwd: dir });
    expect(stdout).toMatch(/^function\n/);
    expect(stdout).toContain('zod is not installed');
    expect(stdout).toContain('npm install zod');
    const cjs = `console.log(typeof require('@org/hotdata-client').createHotdataClient);
      try { require('@org/hotdata-client/validate'); console.log('loaded'); } catch (e) { console.log(e.message); }`;
    const { stdout: out } = await run(process.execPath, ['-e', cjs], { cwd: dir });
    expect(out).toMatch(/^function\n/);
    expect(out).toContain('npm install zod');
  });
});
