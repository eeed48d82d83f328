// A 2xx whose body fails while it is read, against a real server on 127.0.0.1: reading the body is part of
// the attempt, so an idempotent call retries it and the error, when retries run out, says what happened.
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  type ClientOptions,
  ConnectionError,
  createApiClient,
  SdkError,
  TimeoutError,
} from '../../src/index';
import type { paths } from '../support/paths';
import { json, useTestServer } from '../support/test-server';

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
const getItem = (c: ReturnType<typeof client>) =>
  c.request('get', '/items/{id}', { params: { path: { id: 'a' } } });

/** Headers promising 100 bytes, half a JSON document, then a reset. */
function resetMidBody(res: ServerResponse) {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
  res.write('{"id":"a","na');
  setTimeout(() => res.socket?.destroy(), 5);
}

describe('a 2xx body that fails mid-read', () => {
  it('is retried for a GET (reset mid-body), and the retry answers', async () => {
    server.reply((_q, res, _s, i) => (i === 0 ? resetMidBody(res) : json(res, 200, { id: 'a', name: 'ok' })));
    await expect(getItem(client())).resolves.toEqual({ id: 'a', name: 'ok' });
    expect(server.seen).toHaveLength(2);
  });

  it('is retried when the server closes right after the headers', async () => {
    server.reply((_q, res, _s, i) => {
      if (i > 0) return json(res, 200, { id: 'a', name: 'ok' });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '50' });
      res.flushHeaders();
      setTimeout(() => res.socket?.destroy(), 5);
    });
    await expect(getItem(client())).resolves.toEqual({ id: 'a', name: 'ok' });
    expect(server.seen).toHaveLength(2);
  });

  it('ends in a ConnectionError naming the call when retries run out, not a bare SdkError', async () => {
    server.reply((_q, res) => resetMidBody(res));
    const error = await getItem(client({ maxRetries: 2 })).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(/GET .*\/items\/a \(not retried: gave up after 3 attempts\)/);
    expect(server.seen).toHaveLength(3);
  });

  it('a body trickled past the timeout is a TimeoutError, retried for a GET', async () => {
    const trickle = (res: ServerResponse) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 20);
      res.on('close', () => clearInterval(timer));
    };
    server.reply((_q, res, _s, i) => (i === 0 ? trickle(res) : json(res, 200, { id: 'a', name: 'ok' })));
    await expect(getItem(client({ timeout: 150 }))).resolves.toEqual({ id: 'a', name: 'ok' });
    server.reply((_q, res) => trickle(res));
    const error = await getItem(client({ timeout: 150, maxRetries: 0 })).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toMatch(/timed out after 150 ms/);
  });

  it('is not retried for a POST (the server may have acted): ConnectionError', async () => {
    server.reply((_q, res) => resetMidBody(res));
    const error = await client()
      .request('post', '/items', { body: { name: 'x' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(server.seen).toHaveLength(1);
  });

  it('a complete body that is not JSON is an SdkError saying so, not retried', async () => {
    server.reply((_q, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":'));
    const error = await getItem(client()).catch((e) => e);
    expect(error).toBeInstanceOf(SdkError);
    expect(error.message).toMatch(/The 200 response is not valid JSON/);
    expect(server.seen).toHaveLength(1);
  });
});
