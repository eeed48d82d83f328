// pnpm demo is the README's first command: each vendor's flow must run and print its whole transcript.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('runs the deepset Cloud flow against the mock server over HTTP', async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [fileURLToPath(new URL('../run.mjs', import.meta.url)), '--only', 'deepset'],
    { timeout: 30_000 },
  );
  expect(stdout).toMatch(/^deepset Cloud \(mock at http:\/\/127\.0\.0\.1:\d+\)$/m);
  expect(stdout).toMatch(/✓ upload session [0-9a-f-]+: 3 sent, ingested 3 finished \/ 0 failed/);
  expect(stdout).toMatch(/✓ deployed: DEPLOYED \(DEPLOYED\)|✓ deployed: DEPLOYMENT_IN_PROGRESS -> DEPLOYED/);
  expect(stdout).toMatch(/✓ search-stream tokens: "Refunds " "are " "paid " "within " "5 "/);
  expect(stdout).toMatch(
    /✓ answer "Refunds are paid within 5 business days of the return arriving\." from refunds\.md/,
  );
  expect(stdout).toMatch(
    /✓ chat turn in session [0-9a-f-]+: "Support is open Monday to Friday, 9:00 to 17:00 CET\."/,
  );
  expect(stdout).toMatch(/✓ deleted pipeline org-sdk-demo-[\d-]+ and 3 file\(s\)/);
  expect(stdout).not.toMatch(/✗/);
});
