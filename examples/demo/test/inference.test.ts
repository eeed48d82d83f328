// pnpm demo is the README's first command: each vendor's flow must run and print its whole transcript.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('runs the Inference (NeoSpace) flow against the mock server over HTTP', async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [fileURLToPath(new URL('../run.mjs', import.meta.url)), '--only', 'inference'],
    { timeout: 30_000 },
  );
  expect(stdout).toMatch(/^Inference \(NeoSpace\) \(mock at http:\/\/127\.0\.0\.1:\d+\)$/m);
  expect(stdout).toMatch(/✓ listed 2 model\(s\): mock-chat-small, mock-chat-large/);
  expect(stdout).toMatch(/✓ created expert "org-sdk-demo-[\d-]+" \(exp_1\)/);
  expect(stdout).toMatch(/^ {2}… streaming: You said: Does the gold card have an annual fee\?$/m);
  expect(stdout).toMatch(
    /✓ streamed a chat completion in 12 chunks: "You said: Does the gold card have an annual fee\?"/,
  );
  expect(stdout).toMatch(/✓ paged through 3 chat\(s\) in 2 page\(s\) of 2/);
  expect(stdout).toMatch(/✓ created action "Offer the gold card" \(act_1, high\) in group ag_1/);
  expect(stdout).toMatch(/✓ deleted the action, its group, 3 chat\(s\) and the expert/);
  expect(stdout).not.toMatch(/✗/);
});
