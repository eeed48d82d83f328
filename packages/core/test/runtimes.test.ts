// The built package under other runtimes installed from npm (tools/runtimes), not only the Node running vitest.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = fileURLToPath(new URL('./smoke/runtime-smoke.mjs', import.meta.url));
const node24 = fileURLToPath(
  new URL('../../../tools/runtimes/node_modules/node24/bin/node', import.meta.url),
);

const runtimes: [string, string][] = [
  ['node (this process)', process.execPath],
  ['node 24', node24],
];

describe.each(runtimes)('core on %s', (_name, bin) => {
  it('retries, shares error classes between ESM and CJS, and streams', async () => {
    expect(existsSync(bin), `${bin} is missing: run pnpm install`).toBe(true);
    const { stdout } = await run(bin, [script], { timeout: 20_000 });
    const seen = JSON.parse(stdout.trim());
    expect(seen).toMatchObject({
      thing: { id: '1' },
      attempts: 2,
      crossBuild: true,
      internalShared: true,
      events: [1, 2],
    });
    expect(seen.message).toMatch(/^404 no such thing: GET http:\/\/127\.0\.0\.1:\d+\/things\/2$/);
    if (bin === node24) expect(seen.node).toMatch(/^v24\./);
  });
});
