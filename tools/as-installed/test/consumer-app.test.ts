// examples/consumer-app's own tests, run in the app outside the repo against the installed tarballs.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { enabled } from '../src/global-setup.mjs';

const run = promisify(execFile);

describe.skipIf(!enabled)('consumer app as installed', () => {
  it('passes its own tests with the packages from their tarballs', async () => {
    const appDir = inject('appDir');
    const { stdout } = await run('npx', ['vitest', 'run', '--reporter=verbose'], {
      cwd: appDir,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: 'true' },
    });
    expect(stdout).toMatch(/Tests\s+4 passed/);
    // The app resolved the installed package, not a workspace link.
    const { stdout: where } = await run(
      process.execPath,
      ['-e', 'console.log(require.resolve("@org/llamacloud-client"))'],
      { cwd: appDir },
    );
    expect(where.trim().startsWith(`${appDir}/node_modules/@org/llamacloud-client/`)).toBe(true);
  });
});
