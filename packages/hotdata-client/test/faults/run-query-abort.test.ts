// The caller's abort of a client wait (Hotdata's runQuery) against a real server on 127.0.0.1, in the fault
// suite: while a poll is in flight, and during the wait between polls. Both waits are an hour long, so a
// test can only finish if the abort ends them at once; afterwards no listener stays on the caller's signal
// and no timer is left.
import { getEventListeners } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHotdataClient } from '../../src/index';

const HOUR = 3_600_000;
let url = '';
let answer: (req: IncomingMessage, res: ServerResponse) => void = () => {};
const seen: string[] = [];
const sockets = new Set<Socket>();
const server = createServer((req, res) => {
  seen.push(`${req.method} ${req.url}`);
  req.resume();
  answer(req, res);
});
server.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const hotdata = () =>
  createHotdataClient({ apiKey: 'k', workspaceId: 'ws_1', baseUrl: url, logLevel: 'off', timeout: HOUR });
const json = (res: ServerResponse, body: unknown) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
const pollsSeen = (n: number) => seen.filter((s) => s.startsWith('GET /v1/query-runs/qr_1')).length >= n;
async function until(check: () => boolean) {
  while (!check()) await new Promise((resolve) => setImmediate(resolve));
}

// The hour-long timers armed (the run's deadline, the poll's timeout, the interval) and not yet cleared.
const armed = new Set<unknown>();
const realSet = globalThis.setTimeout;
const realClear = globalThis.clearTimeout;
beforeEach(() => {
  armed.clear();
  globalThis.setTimeout = ((callback: () => void, ms?: number) => {
    const timer = realSet(() => {
      armed.delete(timer);
      callback();
    }, ms);
    if (typeof ms === 'number' && ms >= HOUR / 2) armed.add(timer);
    return timer;
  }) as typeof setTimeout;
  globalThis.clearTimeout = ((timer: Parameters<typeof clearTimeout>[0]) => {
    armed.delete(timer);
    realClear(timer);
  }) as typeof clearTimeout;
});
afterEach(() => {
  globalThis.setTimeout = realSet;
  globalThis.clearTimeout = realClear;
});

describe('runQuery, aborted', () => {
  it('while a poll is in flight: rejects with the AbortError at once', async () => {
    seen.length = 0;
    answer = (req, res) => {
      if (req.method === 'POST') json(res, { query_run_id: 'qr_1', status: 'running' });
      // The poll never answers.
    };
    const controller = new AbortController();
    const run = hotdata()
      .runQuery('select slowly', { asyncAfterMs: null, timeout: HOUR, signal: controller.signal })
      .catch((e) => e);
    await until(() => pollsSeen(1));
    // The run's deadline and the poll's timeout.
    expect(armed.size).toBe(2);
    controller.abort();
    const error = await run;
    expect(error).toBeInstanceOf(DOMException);
    expect(error.name).toBe('AbortError');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(armed.size).toBe(0);
  });

  it('between polls: the hour-long interval ends at once', async () => {
    seen.length = 0;
    answer = (req, res) =>
      req.method === 'POST'
        ? json(res, { query_run_id: 'qr_1', status: 'running' })
        : json(res, { id: 'qr_1', status: 'running' });
    const controller = new AbortController();
    const reason = new Error('the user closed the report');
    const run = hotdata()
      .runQuery('select slowly', {
        asyncAfterMs: null,
        timeout: 2 * HOUR,
        pollInterval: { min: HOUR, max: HOUR },
        signal: controller.signal,
        onProgress: () => queueMicrotask(() => controller.abort(reason)),
      })
      .catch((e) => e);
    expect(await run).toBe(reason);
    expect(armed.size).toBe(0);
    expect(seen).toEqual(['POST /v1/query', 'GET /v1/query-runs/qr_1']);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
