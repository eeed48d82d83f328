// A 256 MiB upload from a stream against a real HTTP server on 127.0.0.1, in flat memory. In the `slow`
// project: it takes seconds and wants the machine to itself, so `pnpm test` runs it after everything else.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { createApiClient } from '../../src/index';
import { toUploadBody } from '../../src/internal';
import type { paths } from '../support/paths';
import { json, startTestServer } from '../support/test-server';

const silent = { debug() {}, info() {}, warn() {}, error() {} };

it('uploads 256 MiB from a stream without holding it in memory', async () => {
  // Memory figures (RSS, arrayBuffers) swing with how far the collector lags on a given machine, so the
  // test counts what matters instead: halfway through, after a full collection, how many of the chunks
  // already handed over are still alive. Buffering the body (undici's redirect tee did: nodejs/undici#4058)
  // keeps every one; a stream keeps the few in flight.
  const gc = fullGc();
  const total = 256;
  const chunks: WeakRef<Uint8Array>[] = [];
  let received = 0;
  let aliveAtHalf = -1;
  const big = await startTestServer({ readBody: false });
  big.reply(async (req, res) => {
    for await (const chunk of req) {
      received += (chunk as Buffer).length;
      if (aliveAtHalf < 0 && received >= (total << 20) / 2) {
        gc();
        aliveAtHalf = chunks.filter((ref) => ref.deref() !== undefined).length;
      }
    }
    json(res, 200, { id: 'big', name: 'done' });
  });
  // A fresh buffer per chunk, as a file read gives.
  async function* source() {
    for (let i = 0; i < total; i++) {
      const chunk = new Uint8Array(1 << 20).fill(97);
      chunks.push(new WeakRef(chunk));
      yield chunk;
    }
  }
  const api = createApiClient<paths>({ baseUrl: big.url, logger: silent, timeout: 120_000 });
  try {
    await api.request('put', '/items/{id}', {
      params: { path: { id: 'big' } },
      body: toUploadBody(source()) as never,
      headers: { 'content-type': 'application/octet-stream' },
    });
  } finally {
    await big.close();
  }
  expect(received).toBe(total << 20);
  expect(chunks.length).toBe(total);
  expect(aliveAtHalf).toBeGreaterThanOrEqual(0);
  expect(aliveAtHalf).toBeLessThan(16);
});

/** A full garbage collection, whether or not the process was started with --expose-gc. */
function fullGc(): () => void {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
