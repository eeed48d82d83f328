// pnpm demo is the README's first command: each vendor's flow must run and print its whole transcript.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('runs the LlamaCloud flow against the mock server over HTTP', async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [fileURLToPath(new URL('../run.mjs', import.meta.url)), '--only', 'llamacloud'],
    {
      timeout: 30_000,
    },
  );
  expect(stdout).toMatch(/^LlamaCloud \(mock at http:\/\/127\.0\.0\.1:\d+\)$/m);
  expect(stdout).toMatch(/✓ synced: NOT_STARTED -> IN_PROGRESS -> SUCCESS/);
  expect(stdout).toMatch(
    /✓ retrieve "how long do refunds take\?" -> [\d.]+ "Refunds are paid within 5 business days/,
  );
  expect(stdout).not.toMatch(/✗/);
});
