// Retries against a real HTTP server on 127.0.0.1: what is retried, how long we wait, what is never repeated.
import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  ConnectionError,
  createApiClient,
  InternalServerError,
  RateLimitError,
  type ClientOptions,
} from '../src/index';
import type { paths } from './support/paths';
import { closedPort, json, useTestServer } from './support/test-server';

const server = useTestServer();

function client(options: Partial<ClientOptions> = {}) {
  const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const api = createApiClient<paths>({
    baseUrl: server.url,
    apiKey: 'k_secret_value',
    logger,
    retry: { initialDelay: 5, maxDelay: 20 },
    ...options,
  });
  return Object.assign(api, { logger });
}

const getItem = (api: ReturnType<typeof client>, extra: object = {}) =>
  api.request('get', '/items/{id}', { params: { path: { id: 'a' } }, ...extra });
const postItem = (api: ReturnType<typeof client>, extra: object = {}) =>
  api.request('post', '/items', { body: { name: 'n' }, ...extra });

describe('what is retried', () => {
  it.each([408, 409, 429, 500, 502, 503, 504])('retries a GET after %i and succeeds', async (status) => {
    server.reply((_q, res, _s, i) =>
      i === 0 ? json(res, status, { message: 'later' }) : json(res, 200, { id: 'a', name: 'ok' }),
    );
    await expect(getItem(client())).resolves.toEqual({ id: 'a', name: 'ok' });
    expect(server.seen).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 422])('does not retry %i', async (status) => {
    server.reply((_q, res) => json(res, status, { message: 'no' }));
    await expect(getItem(client())).rejects.toBeInstanceOf(ApiError);
    expect(server.seen).toHaveLength(1);
  });

  it('gives up after maxRetries and says so', async () => {
    server.reply((_q, res) => json(res, 500, { message: 'down' }));
    const error = await getItem(client({ maxRetries: 3 })).catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toMatch(/down: GET .* \(not retried: gave up after 4 attempts\)$/);
    expect(server.seen).toHaveLength(4);
  });

  it('honours a per-call maxRetries', async () => {
    server.reply((_q, res) => json(res, 503, {}));
    await expect(getItem(client({ maxRetries: 5 }), { maxRetries: 0 })).rejects.toBeInstanceOf(ApiError);
    expect(server.seen).toHaveLength(1);
  });

  it('lets x-should-retry override the status rules both ways', async () => {
    server.reply((_q, res, _s, i) =>
      i === 0 ? json(res, 400, {}, { 'x-should-retry': 'true' }) : json(res, 200, { id: 'a', name: 'b' }),
    );
    await expect(getItem(client())).resolves.toMatchObject({ id: 'a' });
    server.reset();
    server.reply((_q, res) => json(res, 500, {}, { 'x-should-retry': 'false' }));
    await expect(getItem(client())).rejects.toBeInstanceOf(InternalServerError);
    expect(server.seen).toHaveLength(1);
  });

  it('retries vendor-declared statuses (deepset 591) for every method', async () => {
    server.reply((_q, res, _s, i) =>
      i < 2 ? json(res, 591, { detail: 'waking' }) : json(res, 201, { id: 'n', name: 'n' }),
    );
    await expect(
      postItem(client({ retry: { initialDelay: 1, retryStatuses: [591] } })),
    ).resolves.toMatchObject({ id: 'n' });
    expect(server.seen).toHaveLength(3);
  });
});

describe('non-idempotent requests', () => {
  it('does not repeat a POST after a 500: the server may have acted on it', async () => {
    server.reply((_q, res) => json(res, 500, { message: 'boom' }));
    await expect(postItem(client())).rejects.toBeInstanceOf(InternalServerError);
    expect(server.seen).toHaveLength(1);
  });

  it.each([429, 503, 408])('repeats a POST after %i, which means the server did not act', async (status) => {
    server.reply((_q, res, _s, i) =>
      i === 0 ? json(res, status, {}) : json(res, 201, { id: 'p', name: 'n' }),
    );
    await expect(postItem(client())).resolves.toMatchObject({ id: 'p' });
    expect(server.seen.map((r) => r.body.toString())).toEqual(['{"name":"n"}', '{"name":"n"}']);
  });

  it('repeats a POST after a 500 when it carries an idempotency key, the same key every attempt', async () => {
    server.reply((_q, res, _s, i) => (i === 0 ? json(res, 500, {}) : json(res, 201, { id: 'p', name: 'n' })));
    await expect(postItem(client({ idempotencyHeader: 'Idempotency-Key' }))).resolves.toMatchObject({
      id: 'p',
    });
    const keys = server.seen.map((r) => r.headers['idempotency-key']);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^sdk-/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('repeats a POST whose connection was refused (it never reached a server)', async () => {
    const port = await closedPort();
    const api = createApiClient<paths>({
      baseUrl: `http://127.0.0.1:${port}`,
      maxRetries: 2,
      retry: { initialDelay: 1 },
      logger: { debug() {}, info() {}, warn() {}, error() {} },
    });
    const error = await api.request('post', '/items', { body: { name: 'x' } }).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(error.message).toMatch(/gave up after 3 attempts/);
  });

  it('does not repeat a POST whose connection was reset after it was sent', async () => {
    server.reply((req) => req.socket.destroy());
    const error = await postItem(client()).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(server.seen).toHaveLength(1);
  });

  it('repeats a GET whose connection was reset', async () => {
    server.reply((req, res, _s, i) =>
      i === 0 ? req.socket.destroy() : json(res, 200, { id: 'a', name: 'again' }),
    );
    await expect(getItem(client())).resolves.toMatchObject({ name: 'again' });
  });

  it('does not re-send a one-shot stream body, and says why', async () => {
    server.reply((_q, res) => json(res, 503, { message: 'busy' }));
    const api = client();
    const error = await api
      .request('put', '/items/{id}', {
        params: { path: { id: 'a' } },
        body: Readable.from([Buffer.from('chunk-1 '), Buffer.from('chunk-2')]) as never,
        headers: { 'content-type': 'application/octet-stream' },
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toMatch(/not retried: the request body was a one-shot stream/);
    expect(server.seen).toHaveLength(1);
    expect(server.seen[0]?.body.toString()).toBe('chunk-1 chunk-2');
  });

  it('re-sends a Blob body intact on every attempt', async () => {
    server.reply((_q, res, _s, i) => (i < 2 ? json(res, 503, {}) : json(res, 200, { id: 'a', name: 'b' })));
    await client().request('put', '/items/{id}', {
      params: { path: { id: 'a' } },
      body: new Blob(['blob-bytes']),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(server.seen.map((r) => r.body.toString())).toEqual(['blob-bytes', 'blob-bytes', 'blob-bytes']);
  });
});

describe('how long it waits', () => {
  async function timedRetry(
    headers: Record<string, string>,
    body: unknown = {},
    options: Partial<ClientOptions> = {},
  ) {
    const times: number[] = [];
    server.reply((_q, res, _s, i) => {
      times.push(performance.now());
      return i === 0 ? json(res, 429, body, headers) : json(res, 200, { id: 'a', name: 'b' });
    });
    await getItem(client(options));
    return (times[1] ?? 0) - (times[0] ?? 0);
  }

  it('waits Retry-After seconds', async () => {
    const waited = await timedRetry({ 'retry-after': '1' });
    expect(waited).toBeGreaterThanOrEqual(990);
    expect(waited).toBeLessThan(1400);
  });

  it('waits until a Retry-After HTTP date', async () => {
    const waited = await timedRetry({ 'retry-after': new Date(Date.now() + 2000).toUTCString() });
    // HTTP dates have whole seconds, so the wait is between 1 and 2 s.
    expect(waited).toBeGreaterThanOrEqual(900);
    expect(waited).toBeLessThan(2400);
  });

  it('prefers retry-after-ms', async () => {
    const waited = await timedRetry({ 'retry-after-ms': '150', 'retry-after': '5' });
    expect(waited).toBeGreaterThanOrEqual(145);
    expect(waited).toBeLessThan(600);
  });

  it('reads a vendor hint from the body (NeoSpace retryAfter)', async () => {
    const waited = await timedRetry(
      {},
      { error: { message: 'slow down' }, retryAfter: 0.3 },
      {
        retry: { retryHint: (b) => ((b as { retryAfter?: number }).retryAfter ?? 0) * 1000 },
      },
    );
    expect(waited).toBeGreaterThanOrEqual(295);
    expect(waited).toBeLessThan(800);
  });

  it('does not wait out a hint longer than maxRetryAfter: it throws with retryAfter', async () => {
    server.reply((_q, res) => json(res, 429, { message: 'quota' }, { 'retry-after': '3600' }));
    const error = await getItem(client()).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(3_600_000);
    expect(error.message).toMatch(/asked to wait 3600 s, more than maxRetryAfter/);
    expect(server.seen).toHaveLength(1);
  });

  it('backs off exponentially with jitter when the server gives no hint', async () => {
    const times: number[] = [];
    server.reply((_q, res, _s, i) => {
      times.push(performance.now());
      return i < 3 ? json(res, 500, {}) : json(res, 200, { id: 'a', name: 'b' });
    });
    await getItem(client({ maxRetries: 3, retry: { initialDelay: 100, maxDelay: 1000 } }));
    const gaps = times.slice(1).map((t, i) => t - (times[i] ?? 0));
    // 100, 200, 400 ms, each scaled by a factor in [0.75, 1].
    expect(gaps[0]).toBeGreaterThanOrEqual(70);
    expect(gaps[0]).toBeLessThan(200);
    expect(gaps[1]).toBeGreaterThanOrEqual(145);
    expect(gaps[2]).toBeGreaterThanOrEqual(295);
  });

  it('logs each retry at warn with method, URL, status and attempt', async () => {
    server.reply((_q, res, _s, i) => (i === 0 ? json(res, 502, {}) : json(res, 200, { id: 'a', name: 'b' })));
    const api = client();
    await getItem(api);
    expect(api.logger.warn).toHaveBeenCalledOnce();
    expect(api.logger.warn.mock.calls[0]?.[0]).toMatch(
      new RegExp(`GET ${server.url}/items/a failed with 502; retrying in \\d+ ms \\(attempt 2 of 3\\)`),
    );
  });
});
