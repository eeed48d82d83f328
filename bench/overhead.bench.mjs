// Overhead of a small JSON GET: raw fetch vs bare openapi-fetch vs the core client, interleaved rounds.
import { createApiClient } from '@org/sdk-core';
import createClient from 'openapi-fetch';
import { startServer } from './server.mjs';

const BODY = JSON.stringify({ id: 'item_1', name: 'small', tags: ['a', 'b'], size: 42 });

export default async function overheadBench({ rounds = 8, perRound = 2000, concurrency = 8 } = {}) {
  const server = await startServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) });
    res.end(BODY);
  });
  const url = `${server.url}/items/item_1`;
  const bare = createClient({ baseUrl: server.url });
  const core = createApiClient({ baseUrl: server.url, apiKey: 'bench-key', logLevel: 'off' });
  const variants = {
    'raw fetch': async () => {
      const res = await fetch(url);
      return res.json();
    },
    // The floor for any client that can time an attempt out and abort it on the wire: raw fetch plus the
    // per-attempt AbortController, timer and Authorization header that such a client must add.
    'raw fetch + abort signal, timer, auth (reference)': async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 60_000);
      try {
        const res = await fetch(url, {
          headers: { authorization: 'Bearer bench-key' },
          signal: controller.signal,
        });
        return await res.json();
      } finally {
        clearTimeout(timer);
      }
    },
    'bare openapi-fetch': async () =>
      (await bare.GET('/items/{id}', { params: { path: { id: 'item_1' } } })).data,
    'core client': () => core.request('get', '/items/{id}', { params: { path: { id: 'item_1' } } }),
  };
  const totals = Object.fromEntries(Object.keys(variants).map((k) => [k, { ops: 0, ms: 0 }]));
  async function runBatch(fn, n) {
    let next = 0;
    const worker = async () => {
      while (next++ < n) await fn();
    };
    const start = performance.now();
    await Promise.all(Array.from({ length: concurrency }, worker));
    return performance.now() - start;
  }
  for (const fn of Object.values(variants)) await runBatch(fn, 500); // warm-up
  for (let r = 0; r < rounds; r++) {
    // Rotate the order each round so no variant always runs first (or last) in a warm process.
    const names = Object.keys(variants);
    const order = names.slice(r % names.length).concat(names.slice(0, r % names.length));
    for (const name of order) {
      totals[name].ms += await runBatch(variants[name], perRound);
      totals[name].ops += perRound;
    }
  }
  await server.close();
  const opsPerSec = (name) => (totals[name].ops / totals[name].ms) * 1000;
  const baseline = opsPerSec('raw fetch');
  return Object.keys(variants).map((name) => ({
    bench: 'small JSON GET',
    name,
    value: Math.round(opsPerSec(name)),
    unit: 'req/s',
    ratio: +(opsPerSec(name) / baseline).toFixed(3),
    ...(name === 'core client'
      ? { target: '>= 0.85x raw fetch', pass: opsPerSec(name) / baseline >= 0.85 }
      : {}),
  }));
}
