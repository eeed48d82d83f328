// NeoSpace's 429 has no Retry-After header: the wait is `error.retryAfter` (seconds) in the body. Over a
// real socket on 127.0.0.1, the client waits what the body asks, not its own backoff.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInferenceClient, RateLimitError } from '../src/index';

describe('against a real server on 127.0.0.1', () => {
  let url = '';
  let answer: (req: IncomingMessage, res: ServerResponse) => void = () => {};
  const arrivals: number[] = [];
  const close = {
    server: createServer((req, res) => {
      arrivals.push(performance.now());
      answer(req, res);
    }),
  };
  beforeAll(async () => {
    await new Promise<void>((resolve) => close.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(close.server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => close.server.close(resolve)));

  /** 429 with only the body hint (NeoSpace's shape) for the first `limited` requests, then the models. */
  function rateLimitThenOk(retryAfter: number, limited = 1) {
    arrivals.length = 0;
    let count = 0;
    answer = (req, res) => {
      req.resume();
      if (count++ < limited) {
        res.writeHead(429, {
          'content-type': 'application/json',
          'x-ratelimit-limit': '60',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000 + retryAfter)),
        });
        return void res.end(
          JSON.stringify({
            error: {
              type: 'rate_limit_error',
              code: 'rate_limit_exceeded',
              message: 'Request limit exceeded.',
              status: 429,
              retryAfter,
            },
          }),
        );
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ count: 0, data: [], has_more: false }));
    };
  }
  const neo = () => createInferenceClient({ apiKey: 'k', baseUrl: url, logLevel: 'off' });

  it('waits the hinted 0.05 s, far less than the 375-500 ms backoff it would use without a hint', async () => {
    rateLimitThenOk(0.05);
    await expect(neo().models.list()).resolves.toEqual({ count: 0, data: [], has_more: false });
    expect(arrivals).toHaveLength(2);
    const waited = arrivals[1]! - arrivals[0]!;
    expect(waited).toBeGreaterThanOrEqual(45);
    expect(waited).toBeLessThan(300);
  });

  it('waits the hinted 0.9 s, longer than any backoff of the first retry', async () => {
    rateLimitThenOk(0.9);
    await neo()
      .chats.complete({ messages: [{ role: 'user', content: 'hi' }] })
      .catch(() => undefined);
    expect(arrivals).toHaveLength(2); // a POST too: a 429 means the server did not act on it
    const waited = arrivals[1]! - arrivals[0]!;
    expect(waited).toBeGreaterThanOrEqual(890);
    expect(waited).toBeLessThan(1500);
  });

  it('gives up with a RateLimitError carrying the hint and the X-RateLimit headers', async () => {
    rateLimitThenOk(0.02, 10);
    const error = await neo()
      .models.list({ maxRetries: 1 })
      .catch((e) => e);
    expect(arrivals).toHaveLength(2);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.message).toBe(
      `429 Request limit exceeded. (rate_limit_exceeded): GET ${url}/v1/models (not retried: gave up after 2 attempts)`,
    );
    expect(error.retryAfter).toBe(20);
    expect(error.headers.get('x-ratelimit-limit')).toBe('60');
  });

  it('does not wait longer than maxRetryAfter: the error says why', async () => {
    rateLimitThenOk(120);
    const error = await neo()
      .models.list()
      .catch((e) => e);
    expect(arrivals).toHaveLength(1);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(120_000);
    expect(error.message).toMatch(/not retried: the server asked to wait 120 s/);
  });
});
