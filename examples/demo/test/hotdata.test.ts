// pnpm demo is the README's first command: the Hotdata flow must run over HTTP and print its whole transcript.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('runs the Hotdata flow against the mock server over HTTP', { timeout: 40_000 }, async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [fileURLToPath(new URL('../run.mjs', import.meta.url)), '--only', 'hotdata'],
    { timeout: 30_000, env: { ...process.env, HOTDATA_WORKSPACE_ID: '' } },
  );
  expect(stdout).toMatch(/^Hotdata \(mock at http:\/\/127\.0\.0\.1:\d+\)$/m);
  expect(stdout).toMatch(/✓ using workspace ws_mock/);
  expect(stdout).toMatch(/✓ created secret demo_pg_\d+ and connection demo_shop_\d+: 12 tables \(success\)/);
  expect(stdout).toMatch(
    /✓ information schema: 12 tables across 3 pages \(public\.customers, public\.orders, public\.products, \.\.\.\)/,
  );
  expect(stdout).toMatch(
    /✓ uploaded demo_orders\.csv as dataset datasets\.main\.demo_orders_\d+: order_id Int64, customer Utf8, country Utf8, total Float64/,
  );
  // The progress bar ends full, after a report per 64 KiB at least (4.4 MB / 64 KiB is 67.6).
  const progress =
    /✓ uploaded a generated 4\.4 MB CSV as upl_\w+ \[#{30}\] 100% 4\.4 MB \((\d+) progress reports\)/.exec(
      stdout,
    );
  expect(progress).not.toBeNull();
  expect(Number(progress![1])).toBeGreaterThanOrEqual(68);
  expect(stdout).toMatch(
    /✓ query run qrun_1 \(submitted -> running -> succeeded\): 5 rows, largest order 1004 by Margaret/,
  );
  expect(stdout).toMatch(/✓ saved query "demo order count \d+" \(aggregation\) executed: count\(\*\) = 5/);
  expect(stdout).toMatch(/✓ deleted the saved query, dataset, connection and secret/);
  expect(stdout).not.toMatch(/✗/);
});
