// Timeouts and aborts against a real HTTP server on 127.0.0.1: slow headers, slow bodies, the caller's signal.
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ConnectionError, createApiClient, TimeoutError, type ClientOptions } from '../src/index';
import type { paths } from './support/paths';
import { json, useTestServer } from './support/test-server';

const server = useTestServer();

const silent = { debug() {}, info() {}, warn() {}, error() {} };
function client(options: Partial<ClientOptions> = {}) {
  return createApiClient<paths>({
    baseUrl: server.url,
    logger: silent,
    retry: { initialDelay: 1 },
    ...options,
  });
}
/** A fetch that counts the attempts the client makes: the server may not have seen one yet when it times out. */
function countingFetch() {
  const counter = {
    calls: 0,
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
      counter.calls++;
      return globalThis.fetch(input, init);
    }) as typeof globalThis.fetch,
  };
  return counter;
}
const getItem = (api: ReturnType<typeof client>, extra: object = {}) =>
  api.request('get', '/items/{id}', { params: { path: { id: 'a' } }, ...extra });

describe('timeout', () => {
  it('gives a TimeoutError when headers are slow, after retrying each attempt with its own clock', async () => {
    server.reply((_q, res) => {
      setTimeout(() => json(res, 200, { id: 'a', name: 'late' }), 400);
    });
    const attempts = countingFetch();
    const started = performance.now();
    const error = await getItem(client({ timeout: 100, maxRetries: 2, fetch: attempts.fetch })).catch(
      (e) => e,
    );
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toMatch(
      /timed out after 100 ms: GET .*\/items\/a \(not retried: gave up after 3 attempts\)/,
    );
    expect(attempts.calls).toBe(3);
    // three attempts of 100 ms each, not one shared 100 ms budget
    expect(elapsed).toBeGreaterThanOrEqual(290);
  });

  it('covers a body that stalls after the headers', async () => {
    server.reply((_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":"a",');
      // never finishes
    });
    const error = await getItem(client({ timeout: 150, maxRetries: 0 })).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('lets a slow answer through when it is within a per-call timeout', async () => {
    server.reply((_q, res) => {
      setTimeout(() => json(res, 200, { id: 'a', name: 'slow' }), 200);
    });
    await expect(getItem(client({ timeout: 50 }), { timeout: 2000 })).resolves.toMatchObject({
      name: 'slow',
    });
  });

  it('does not repeat a POST that timed out (the server may be acting on it)', async () => {
    server.reply(() => {});
    const attempts = countingFetch();
    const error = await client({ timeout: 100, maxRetries: 3, fetch: attempts.fetch })
      .request('post', '/items', { body: { name: 'x' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(attempts.calls).toBe(1);
  });
});

describe('abort', () => {
  it('rejects with the caller’s reason and is not retried', async () => {
    const controller = new AbortController();
    const reason = new Error('user navigated away');
    // Aborted once the server holds the request, however long the machine took to send it.
    server.reply(() => controller.abort(reason));
    await expect(getItem(client({ maxRetries: 5 }), { signal: controller.signal })).rejects.toBe(reason);
    expect(server.seen).toHaveLength(1);
  });

  it('stops the backoff sleep when aborted between attempts', async () => {
    server.reply((_q, res) => json(res, 503, {}, { 'retry-after': '30' }));
    const controller = new AbortController();
    // The retry's warning is logged as the 30 s sleep begins: abort there. Were the sleep not cut short,
    // the test would outlive its timeout.
    const logger = { ...silent, warn: () => controller.abort(new Error('stop')) };
    await expect(getItem(client({ logger }), { signal: controller.signal })).rejects.toThrow('stop');
    expect(server.seen).toHaveLength(1);
  });

  it('rejects at once for a signal that is already aborted, sending nothing', async () => {
    await expect(getItem(client(), { signal: AbortSignal.abort(new Error('early')) })).rejects.toThrow(
      'early',
    );
    expect(server.seen).toHaveLength(0);
  });

  it('honours a signal passed to .raw the openapi-fetch way', async () => {
    const controller = new AbortController();
    server.reply(() => controller.abort(new Error('raw abort')));
    await expect(
      client().raw.GET('/items/{id}', { params: { path: { id: 'a' } }, signal: controller.signal }),
    ).rejects.toThrow('raw abort');
  });

  it('leaks no listeners on one signal reused for 10,000 requests', async () => {
    const controller = new AbortController();
    const fetch = async () => Response.json({ id: 'a', name: 'b' });
    const api = client({ fetch: fetch as typeof globalThis.fetch });
    for (let i = 0; i < 10_000; i++) await getItem(api, { signal: controller.signal });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});

describe('a body read as a stream (parseAs: stream)', () => {
  it("keeps the caller's abort linked while the body is read, and lets go when it ends", async () => {
    const controller = new AbortController();
    const fetch = async () => new Response('0123456789');
    const api = client({ fetch: fetch as typeof globalThis.fetch });
    for (let i = 0; i < 100; i++) {
      const body = (await getItem(api, {
        signal: controller.signal,
        parseAs: 'stream',
      })) as unknown as ReadableStream<Uint8Array>;
      if (i % 2) await new Response(body).text();
      else await body.cancel();
    }
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it("the caller's abort stops a body that is being read", async () => {
    server.reply((_q, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write('first part');
    });
    const controller = new AbortController();
    const body = (await getItem(client(), {
      signal: controller.signal,
      parseAs: 'stream',
    })) as unknown as ReadableStream<Uint8Array>;
    const reader = body.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('first part');
    controller.abort(new Error('user left'));
    await expect(reader.read()).rejects.toThrow('user left');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});

describe('connection failures', () => {
  it('turns a reset connection into a ConnectionError naming the request', async () => {
    server.reply((req) => req.socket.destroy());
    const error = await getItem(client({ maxRetries: 1 })).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(new RegExp(`Connection failed.*: GET ${server.url}/items/a`));
    expect(error.cause).toBeDefined();
    expect(server.seen).toHaveLength(2);
  });
});
