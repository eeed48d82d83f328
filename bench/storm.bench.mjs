// 429 storm: 500 calls at concurrency 50 against a server that admits 100 requests a second in fixed
// one-second windows and answers 429 + Retry-After beyond that. Every call must succeed. The ideal is the
// moment the last window opens (4 s for 500 calls at 100/s: windows at 0, 1, 2, 3 and 4 s each admit 100),
// which no client can beat however it schedules its retries.
//
// Like NeoSpace (and GitHub), the server also sends X-RateLimit-Limit, -Remaining and -Reset (Unix seconds)
// on every answer; the windows start on a wall-clock second so that the reset it announces is exact. Three
// runs: the client with pacing (the default), with `pacing: false` (each call meets the limit on its own,
// as before pacing existed), and with pacing against a server that sends only Retry-After.
import { createApiClient } from '@org/sdk-core';
import { startServer } from './server.mjs';

async function storm({ calls, concurrency, ratePerSecond, pacing, limitHeaders }) {
  let windowStart = 0;
  let admitted = 0;
  let rejected = 0;
  const server = await startServer((_req, res) => {
    const now = Date.now();
    if (now - windowStart >= 1000) {
      windowStart += Math.floor((now - windowStart) / 1000) * 1000;
      admitted = 0;
    }
    const headers = { 'content-type': 'application/json' };
    if (limitHeaders) {
      headers['x-ratelimit-limit'] = String(ratePerSecond);
      headers['x-ratelimit-remaining'] = String(Math.max(0, ratePerSecond - admitted - 1));
      headers['x-ratelimit-reset'] = String((windowStart + 1000) / 1000);
    }
    if (admitted < ratePerSecond) {
      admitted++;
      res.writeHead(200, headers).end('{"ok":true}');
    } else {
      rejected++;
      if (limitHeaders) headers['x-ratelimit-remaining'] = '0';
      headers['retry-after'] = String(Math.max(1, Math.ceil((windowStart + 1000 - now) / 1000)));
      res.writeHead(429, headers).end('{"error":{"code":"OVERLOADED","message":"slow down"}}');
    }
  });
  const api = createApiClient({ baseUrl: server.url, logLevel: 'off', maxRetries: 10, pacing });
  let failed = 0;
  let next = 0;
  // Start on a wall-clock second, so the server's windows and its Unix-second reset agree.
  // (A timer may fire a millisecond early: aim 5 ms past the second.)
  await new Promise((r) => setTimeout(r, 1005 - (Date.now() % 1000)));
  const started = Date.now();
  windowStart = started - (started % 1000);
  const firstWindow = windowStart;
  admitted = 0;
  const worker = async () => {
    while (next++ < calls) {
      await api.request('get', '/work').catch(() => failed++);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (Date.now() - started) / 1000;
  await server.close();
  // The last window opens at windowStart + (windows - 1) s.
  const ideal = (firstWindow + (Math.ceil(calls / ratePerSecond) - 1) * 1000 - started) / 1000;
  return { seconds, ideal, failed, rejected };
}

export default async function stormBench({ calls = 500, concurrency = 50, ratePerSecond = 100 } = {}) {
  const name = `${calls} calls, concurrency ${concurrency}, ${ratePerSecond} req/s admitted`;
  const rows = [];
  const runs = [
    { variant: 'pacing (default), limit headers', pacing: true, limitHeaders: true, target: true },
    { variant: 'pacing: false, limit headers', pacing: false, limitHeaders: true },
    { variant: 'pacing (default), Retry-After only', pacing: true, limitHeaders: false },
  ];
  // Untimed warm-up: the first storm in a process paid for compiling the client's path and opening the
  // connection pool (0.6 s of the first window under load, measured), which made whichever variant ran
  // first look slow. One unlimited round at the same concurrency takes that cost out of every variant.
  await storm({ calls: 2 * concurrency, concurrency, ratePerSecond: 1e9, pacing: true, limitHeaders: false });
  const results = [];
  for (const run of runs) results.push(await storm({ calls, concurrency, ratePerSecond, ...run }));
  const unpaced = results[1].rejected;
  runs.forEach((run, i) => {
    const { seconds, ideal, failed, rejected } = results[i];
    const ratio = seconds / ideal;
    rows.push({
      bench: '429 storm',
      name: `${name}; ${run.variant}`,
      value: +seconds.toFixed(2),
      unit: 's',
      ratio: +ratio.toFixed(3),
      target: run.target
        ? `0 failed, <= 1.1x ideal (${ideal.toFixed(2)} s), >= 5x fewer 429s than unpaced`
        : undefined,
      pass: run.target ? failed === 0 && ratio <= 1.1 && rejected * 5 <= unpaced : failed === 0,
      note: `${failed} failed, ${rejected} answered 429`,
    });
  });
  return rows;
}
