// The caller's abort against a real server on 127.0.0.1, at each place a call can be waiting: the request in
// flight, the backoff before a retry, a poll in flight and the wait between polls. Every wait here is an
// hour long (a server that never answers, Retry-After: 3600, a 1-hour poll interval), so a test can only
// finish if the abort ends the wait at once; nothing sleeps for real. Afterwards no timer is left and no
// listener stays on the caller's signal.
import { getEventListeners } from 'node:events';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ClientOptions, createApiClient, waitFor } from '../../src/index';
import type { paths } from '../support/paths';
import { json, useTestServer } from '../support/test-server';
import { activeTimers, requestSeen, watchLongTimers } from './support';

const HOUR = 3_600_000;
const server = useTestServer();
beforeAll(async () => {
  // One call first, so that what the first request sets up for good (the connection pool) is in every baseline.
  server.reply((_q, res) => json(res, 200, { id: 'a', name: 'warm' }));
  await createApiClient<paths>({ baseUrl: server.url }).request('get', '/items/{id}', {
    params: { path: { id: 'a' } },
  });
});
let longTimers: ReturnType<typeof watchLongTimers>;
beforeEach(() => {
  longTimers = watchLongTimers(HOUR / 2);
});
afterEach(() => longTimers.restore());

const silent = { debug() {}, info() {}, warn() {}, error() {} };
function client(options: Partial<ClientOptions> = {}) {
  return createApiClient<paths>({
    baseUrl: server.url,
    logger: silent,
    timeout: HOUR,
    maxRetries: 5,
    retry: { maxRetryAfter: 2 * HOUR },
    ...options,
  });
}
const getItem = (c: ReturnType<typeof client>, signal: AbortSignal) =>
  c.request('get', '/items/{id}', { params: { path: { id: 'a' } }, signal });

/** The typed abort error: the signal's reason, a DOMException named AbortError when none was given. */
function expectAbortError(error: unknown) {
  expect(error).toBeInstanceOf(DOMException);
  expect((error as DOMException).name).toBe('AbortError');
}

describe('abort during the request', () => {
  it('rejects with the AbortError at once, sends nothing more, leaves no timer or listener', async () => {
    const timers = activeTimers();
    server.reply(() => {}); // never answers
    const controller = new AbortController();
    const call = getItem(client(), controller.signal).catch((e) => e);
    await requestSeen(server, 1);
    expect(longTimers.pending()).toBe(1); // the attempt's timeout
    controller.abort();
    expectAbortError(await call);
    expect(server.seen).toHaveLength(1);
    expect(longTimers.pending()).toBe(0);
    expect(activeTimers()).toBeLessThanOrEqual(timers);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it("a reason the caller gave is what rejects, as it is (the caller's own typed error)", async () => {
    server.reply(() => {});
    const controller = new AbortController();
    const reason = new Error('user navigated away');
    const call = getItem(client(), controller.signal).catch((e) => e);
    await requestSeen(server, 1);
    controller.abort(reason);
    expect(await call).toBe(reason);
  });

  it('aborts a request whose body is being read (headers came, the body trickles)', async () => {
    server.reply((_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":');
    });
    const controller = new AbortController();
    const call = getItem(client(), controller.signal).catch((e) => e);
    await requestSeen(server, 1);
    controller.abort();
    expectAbortError(await call);
    expect(server.seen).toHaveLength(1);
  });
});

describe('abort during the retry backoff', () => {
  it('ends the hour-long Retry-After wait at once with the AbortError, no retry sent, no timer left', async () => {
    const timers = activeTimers();
    server.reply((_q, res) => json(res, 503, { message: 'busy' }, { 'retry-after': '3600' }));
    const controller = new AbortController();
    const waits: string[] = [];
    const c = client({
      // The warn line is written just before the backoff starts: abort from there.
      logger: {
        ...silent,
        warn: (line: string) => {
          waits.push(line);
          queueMicrotask(() => controller.abort());
        },
      },
    });
    const error = await getItem(c, controller.signal).catch((e) => e);
    expectAbortError(error);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toMatch(/failed with 503; retrying in 36\d{5} ms/);
    expect(server.seen).toHaveLength(1);
    expect(longTimers.pending()).toBe(0);
    expect(activeTimers()).toBeLessThanOrEqual(timers);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});

describe('abort during a poll (waitFor)', () => {
  it('cuts the poll in flight with the AbortError, no timer left', async () => {
    const timers = activeTimers();
    server.reply(() => {}); // the poll never answers
    const controller = new AbortController();
    const c = client();
    const wait = waitFor(
      (signal) => c.request('get', '/items/{id}', { params: { path: { id: 'a' } }, signal }),
      { done: () => false, timeout: HOUR, signal: controller.signal },
    ).catch((e) => e);
    await requestSeen(server, 1);
    controller.abort();
    expectAbortError(await wait);
    expect(longTimers.pending()).toBe(0);
    expect(activeTimers()).toBeLessThanOrEqual(timers);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('ends the hour-long wait between polls at once', async () => {
    const timers = activeTimers();
    server.reply((_q, res) => json(res, 200, { id: 'a', name: 'running' }));
    const controller = new AbortController();
    const c = client();
    const wait = waitFor(
      (signal) => c.request('get', '/items/{id}', { params: { path: { id: 'a' } }, signal }),
      {
        done: () => false,
        minDelay: HOUR,
        timeout: 2 * HOUR,
        signal: controller.signal,
        // Called after the poll, before the wait between polls begins.
        onPoll: () => queueMicrotask(() => controller.abort()),
      },
    ).catch((e) => e);
    expectAbortError(await wait);
    expect(server.seen).toHaveLength(1);
    expect(longTimers.pending()).toBe(0);
    expect(activeTimers()).toBeLessThanOrEqual(timers);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
