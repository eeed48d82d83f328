// pnpm demo is the README's first command: each vendor's flow must run and print its whole transcript.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('runs the Unstract flow against the mock server over HTTP', async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [fileURLToPath(new URL('../run.mjs', import.meta.url)), '--only', 'unstract'],
    { timeout: 30_000 },
  );
  expect(stdout).toMatch(/^Unstract \(mock at http:\/\/127\.0\.0\.1:\d+\)$/m);
  expect(stdout).toMatch(
    /✓ deployed workflow as "sdk_demo_\w+" at deployment\/api\/org_mock\/sdk_demo_\w+\//,
  );
  expect(stdout).toMatch(/✓ executed [0-9a-f-]{36}: queued, then polled EXECUTING -> COMPLETED/);
  expect(stdout).toMatch(
    /✓ invoice\.txt: \{"file_name":"invoice\.txt","source":"upload","size_bytes":73,"line_count":4,"word_count":10\}/,
  );
  expect(stdout).toMatch(/✓ receipt\.txt: \{"file_name":"receipt\.txt".*"line_count":3/);
  expect(stdout).toMatch(/✓ listed 1 deployment\(s\) across 1 page\(s\)/);
  expect(stdout).toMatch(/✓ deleted deployment /);
  expect(stdout).not.toMatch(/✗/);
});
