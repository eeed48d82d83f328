// HTTP faults before and around the answer, against a real server on 127.0.0.1: resets before the headers,
// slow headers, 5xx with HTML bodies, truncated JSON, 429 with every Retry-After form, and which POSTs are
// sent again. Waits are read from the retry warn line and the call aborted there when the wait would be
// long: nothing sleeps for real. (A 2xx body cut or trickled after its headers: body-faults.test.ts.)
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  type ClientOptions,
  ConnectionError,
  createApiClient,
  InternalServerError,
  RateLimitError,
  TimeoutError,
} from '../../src/index';
import type { paths } from '../support/paths';
import { closedPort, json, useTestServer } from '../support/test-server';

const server = useTestServer();

/** A client whose retry warn lines are kept; `onWarn` may abort the call before its backoff starts. */
function client(options: Partial<ClientOptions> = {}, onWarn?: (line: string) => void) {
  const warnings: string[] = [];
  const api = createApiClient<paths>({
    baseUrl: server.url,
    logger: {
      debug() {},
      info() {},
      error() {},
      warn(line: string) {
        warnings.push(line);
        onWarn?.(line);
      },
    },
    retry: { initialDelay: 1, maxDelay: 2 },
    ...options,
  });
  return { api, warnings };
}
const getItem = (api: ReturnType<typeof client>['api'], signal?: AbortSignal) =>
  api.request('get', '/items/{id}', { params: { path: { id: 'a' } }, signal });
const postItem = (api: ReturnType<typeof client>['api']) =>
  api.request('post', '/items', { body: { name: 'x' } });
const ok = { id: 'a', name: 'ok' };
const resetNow = (res: { socket: { destroy(): void } | null }) => res.socket?.destroy();

describe('a connection reset before the headers', () => {
  it('is retried for a GET, and the retry answers', async () => {
    server.reply((_q, res, _s, i) => (i === 0 ? resetNow(res) : json(res, 200, ok)));
    await expect(getItem(client().api)).resolves.toEqual(ok);
    expect(server.seen).toHaveLength(2);
  });

  it('is a ConnectionError naming the call when every attempt is reset', async () => {
    server.reply((_q, res) => resetNow(res));
    const error = await getItem(client({ maxRetries: 2 }).api).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(/GET .*\/items\/a .*\(not retried: gave up after 3 attempts\)/);
    expect(server.seen).toHaveLength(3);
  });
});

describe('slow headers', () => {
  it('each attempt has its own timeout; the last is a TimeoutError', async () => {
    server.reply(() => {}); // headers never come
    const error = await getItem(client({ timeout: 100, maxRetries: 1 }).api).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toMatch(
      /timed out after 100 ms: GET .*\/items\/a \(not retried: gave up after 2 attempts\)/,
    );
    expect(server.seen).toHaveLength(2);
  });

  it('a slow answer within the timeout is no fault', async () => {
    server.reply((_q, res) => setImmediate(() => setImmediate(() => json(res, 200, ok))));
    await expect(getItem(client({ timeout: 60_000, maxRetries: 0 }).api)).resolves.toEqual(ok);
  });
});

const HTML = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>${'<p>nginx</p>'.repeat(200)}</body></html>`;

describe('a 5xx with an HTML body', () => {
  it('is retried for a GET, and the retry answers', async () => {
    server.reply((_q, res, _s, i) =>
      i === 0 ? res.writeHead(502, { 'content-type': 'text/html' }).end(HTML) : json(res, 200, ok),
    );
    await expect(getItem(client().api)).resolves.toEqual(ok);
  });

  it('ends as an ApiError with the status, the page as its body, and a message of bounded length', async () => {
    server.reply((_q, res) => res.writeHead(502, { 'content-type': 'text/html' }).end(HTML));
    const error = await getItem(client({ maxRetries: 1 }).api).catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(502);
    expect(error.body).toBe(HTML);
    expect(error.message).toMatch(/^502/);
    expect(error.message).toMatch(/GET .*\/items\/a/);
    expect(error.message.length).toBeLessThan(HTML.length);
  });
});

describe('truncated JSON', () => {
  it('in an error answer: an ApiError whose body is the text as it came', async () => {
    server.reply((_q, res) =>
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"message":"bad fi'),
    );
    const error = await getItem(client().api).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.body).toBe('{"error":{"message":"bad fi');
  });

  it('in a success answer shorter than its Content-Length, the connection left open: retried, then a TimeoutError', async () => {
    server.reply((_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '40' });
      res.end('{"id":"a","na');
    });
    const error = await getItem(client({ timeout: 100, maxRetries: 1 }).api).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(server.seen).toHaveLength(2);
  });

  it('in a success answer cut with its connection: retried, then a ConnectionError', async () => {
    server.reply((_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '40' });
      res.write('{"id":"a","na', () => res.socket?.destroy());
    });
    const error = await getItem(client({ maxRetries: 1 }).api).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(server.seen).toHaveLength(2);
  });
});

describe('429 and every Retry-After form', () => {
  /** The wait the client chose for a 429 carrying `headers`, read from its warn line; the call is then aborted. */
  async function waitFor429(headers: Record<string, string>) {
    server.reply((_q, res) => json(res, 429, { message: 'slow down' }, headers));
    const controller = new AbortController();
    const { api, warnings } = client({ retry: { initialDelay: 100, maxDelay: 100 } }, () =>
      controller.abort(),
    );
    await getItem(api, controller.signal).catch(() => {});
    const wait = /retrying in (\d+) ms/.exec(warnings[0] ?? '')?.[1];
    return Number(wait);
  }

  it.each([
    ['delay-seconds', { 'retry-after': '3' }, 3000, 3300],
    ['retry-after-ms', { 'retry-after-ms': '1500' }, 1500, 1650],
    ['zero seconds', { 'retry-after': '0' }, 0, 0],
  ])('honours %s', async (_form, headers, min, max) => {
    const wait = await waitFor429(headers);
    expect(wait).toBeGreaterThanOrEqual(min);
    expect(wait).toBeLessThanOrEqual(max);
  });

  it('honours an IMF-fixdate', async () => {
    const at = new Date(Date.now() + 30_000);
    const wait = await waitFor429({ 'retry-after': at.toUTCString() });
    // The date has whole seconds; the hint's jitter adds up to 1 s.
    expect(wait).toBeGreaterThan(28_000);
    expect(wait).toBeLessThanOrEqual(31_000);
  });

  it('a date in the past is no wait at all', async () => {
    expect(await waitFor429({ 'retry-after': new Date(0).toUTCString() })).toBe(0);
  });

  it.each([
    '-5',
    '0x10',
    'abc 2020',
    '1.5',
    '',
    'Sunday, 06-Nov-94 08:49:37 GMT',
    'Sun Nov  6 08:49:37 1994',
  ])('falls back to backoff for %j', async (value) => {
    const wait = await waitFor429({ 'retry-after': value });
    expect(wait).toBeGreaterThanOrEqual(75);
    expect(wait).toBeLessThanOrEqual(100);
  });

  it('retries after the wait and returns the answer', async () => {
    server.reply((_q, res, _s, i) =>
      i === 0 ? json(res, 429, {}, { 'retry-after': '0' }) : json(res, 200, ok),
    );
    await expect(getItem(client().api)).resolves.toEqual(ok);
  });

  it('a wait longer than maxRetryAfter is not waited out: RateLimitError with retryAfter', async () => {
    server.reply((_q, res) => json(res, 429, { message: 'slow down' }, { 'retry-after': '3600' }));
    const { api, warnings } = client();
    const error = await getItem(api).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(3_600_000);
    expect(error.message).toMatch(/the server asked to wait 3600 s, more than maxRetryAfter allows/);
    expect(warnings).toEqual([]);
    expect(server.seen).toHaveLength(1);
  });
});

describe('which POSTs are sent again', () => {
  it('not after a 500 (the server may have acted)', async () => {
    server.reply((_q, res) => json(res, 500, { message: 'oops' }));
    await expect(postItem(client().api)).rejects.toBeInstanceOf(InternalServerError);
    expect(server.seen).toHaveLength(1);
  });

  it.each([429, 503])('after a %i (the server did not act)', async (status) => {
    server.reply((_q, res, _s, i) => (i === 0 ? json(res, status, {}) : json(res, 201, ok)));
    await expect(postItem(client().api)).resolves.toEqual(ok);
    expect(server.seen).toHaveLength(2);
  });

  it('not after a reset once it was sent', async () => {
    server.reply((_q, res) => resetNow(res));
    await expect(postItem(client().api)).rejects.toBeInstanceOf(ConnectionError);
    expect(server.seen).toHaveLength(1);
  });

  it('with an idempotency key: after a 500 and a reset, with the same key each time', async () => {
    server.reply((_q, res, _s, i) =>
      i === 0 ? json(res, 500, {}) : i === 1 ? resetNow(res) : json(res, 201, ok),
    );
    const { api } = client({ idempotencyHeader: 'Idempotency-Key' });
    await expect(postItem(api)).resolves.toEqual(ok);
    const keys = server.seen.map((s) => s.headers['idempotency-key']);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^sdk-[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
  });

  it('a caller-given idempotency key is kept and makes the POST retryable', async () => {
    server.reply((_q, res, _s, i) => (i === 0 ? json(res, 500, {}) : json(res, 201, ok)));
    const { api } = client({ idempotencyHeader: 'Idempotency-Key' });
    await api.request('post', '/items', { body: { name: 'x' }, headers: { 'Idempotency-Key': 'mine-1' } });
    expect(server.seen.map((s) => s.headers['idempotency-key'])).toEqual(['mine-1', 'mine-1']);
  });

  it('after a refused connection (it never reached a server)', async () => {
    const port = await closedPort();
    const { api, warnings } = client({ baseUrl: `http://127.0.0.1:${port}`, maxRetries: 2 });
    const error = await postItem(api).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(warnings).toHaveLength(2);
  });
});
