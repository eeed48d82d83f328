// 429 storm: 500 calls at concurrency 50 against a server that admits 100 requests a second and answers
// 429 + Retry-After beyond that, in fixed one-second windows. Every call must succeed. The ideal is the
// moment the last window opens (4 s for 500 calls at 100/s: windows at 0, 1, 2, 3 and 4 s each admit 100),
// which no client can beat however it schedules its retries.
import { createApiClient } from '@org/sdk-core';
import { startServer } from './server.mjs';

export default async function stormBench({ calls = 500, concurrency = 50, ratePerSecond = 100 } = {}) {
  let windowStart = performance.now();
  let admitted = 0;
  let rejected = 0;
  const server = await startServer((_req, res) => {
    const now = performance.now();
    if (now - windowStart >= 1000) {
      windowStart += Math.floor((now - windowStart) / 1000) * 1000;
      admitted = 0;
    }
    if (admitted < ratePerSecond) {
      admitted++;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    } else {
      rejected++;
      const wait = Math.max(1, Math.ceil((windowStart + 1000 - now) / 1000));
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(wait) });
      res.end('{"error":{"code":"OVERLOADED","message":"slow down"}}');
    }
  });
  const api = createApiClient({ baseUrl: server.url, logLevel: 'off', maxRetries: 10 });
  let failed = 0;
  let next = 0;
  const started = performance.now();
  windowStart = started;
  admitted = 0;
  const worker = async () => {
    while (next++ < calls) {
      await api.request('get', '/work').catch(() => failed++);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  await server.close();
  const ideal = Math.ceil(calls / ratePerSecond) - 1;
  return [
    {
      bench: '429 storm',
      name: `${calls} calls, concurrency ${concurrency}, ${ratePerSecond} req/s admitted`,
      value: +seconds.toFixed(2),
      unit: 's',
      ratio: +(seconds / ideal).toFixed(3),
      target: `0 failed, <= 1.3x ideal (${ideal} s)`,
      pass: failed === 0 && seconds <= ideal * 1.3,
      note: `${failed} failed, ${rejected} answered 429`,
    },
  ];
}
