// One distinctive key, every kind of failure that could carry it, and every output channel searched for it:
// log lines at every level, error messages, stacks, JSON, util.inspect at depth 10, ApiError.headers and body,
// stream and poll errors. The rule is core's one scrubbing rule (redact.ts).
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  createApiClient,
  type Logger,
  PollFailedError,
  PollTimeoutError,
  redact,
  SdkError,
  sseStream,
  StreamError,
  UsageError,
  waitFor,
} from '../src/index';
import type { paths } from './support/paths';
import { closedPort, json, useTestServer } from './support/test-server';

const KEY = 'sk_live_S3CRET_9f8e7d6c';
const CALLER_TOKEN = 'tok_caller_X9Y8Z7';

const server = useTestServer();

/** A logger that keeps every line, arguments included, as util.inspect prints them. */
function capture() {
  const lines: string[] = [];
  const keep =
    (level: string) =>
    (...args: unknown[]) =>
      lines.push(
        `${level} ${args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 10 }))).join(' ')}`,
      );
  const logger: Logger = {
    debug: keep('debug'),
    info: keep('info'),
    warn: keep('warn'),
    error: keep('error'),
  };
  return { lines, logger };
}

/** Every way an error is seen: message, stack, JSON, inspect, and its fields. */
function channels(error: unknown): string[] {
  const e = error as Error & Record<string, unknown>;
  return [
    String(e.message),
    String(e.stack),
    JSON.stringify(e),
    inspect(e, { depth: 10 }),
    JSON.stringify({ body: e.body, data: e.data, state: e.state, lastState: e.lastState, url: e.url }),
    e.headers instanceof Headers ? JSON.stringify([...e.headers]) : '',
  ];
}

function expectNoSecret(texts: string[]) {
  for (const text of texts) {
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(CALLER_TOKEN);
  }
}

function client(log: Logger, options: object = {}) {
  return createApiClient<paths>({
    baseUrl: server.url,
    apiKey: KEY,
    logger: log,
    logLevel: 'debug',
    credentialHeaders: ['X-Auth-Token'],
    retry: { initialDelay: 1 },
    ...options,
  });
}

describe('the API key in output', () => {
  it('is in no log line (warn and debug) when it travels as a query value', async () => {
    const { lines, logger } = capture();
    server.reply((_q, res, _s, i) =>
      i === 0 ? json(res, 503, { message: 'busy' }) : json(res, 200, { items: [] }),
    );
    await client(logger).request('get', '/items', {
      params: { query: { api_key: KEY } as never },
      headers: { 'X-Auth-Token': CALLER_TOKEN },
    });
    expect(lines.some((l) => l.startsWith('warn') && l.includes('retrying'))).toBe(true);
    expect(lines.some((l) => l.startsWith('debug'))).toBe(true);
    expectNoSecret(lines);
  });

  it('is in no error when the server echoes it in the body, a header and the message', async () => {
    const { lines, logger } = capture();
    server.reply((q, res) =>
      json(
        res,
        401,
        { message: `bad key ${q.headers.authorization}`, seen: { auth: q.headers.authorization } },
        {
          'x-echo': String(q.headers.authorization),
          'x-echo-token': String(q.headers['x-auth-token']),
        },
      ),
    );
    const error = await client(logger)
      .request('get', '/items', { headers: { 'X-Auth-Token': CALLER_TOKEN } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.headers.get('x-echo')).toBe('Bearer ***');
    expectNoSecret(channels(error));
    expectNoSecret(lines);
  });

  it('is in no error for a key holding CR/LF/NUL: a UsageError that does not quote it', async () => {
    for (const bad of [`${KEY}\n`, `${KEY}\r\nX-Injected: 1`, `${KEY}\0`]) {
      const { logger } = capture();
      const viaString = (() => {
        try {
          return client(logger, { apiKey: bad });
        } catch (e) {
          return e;
        }
      })();
      expect(viaString).toBeInstanceOf(UsageError);
      expectNoSecret(channels(viaString));
      // A token provider's value is checked per request, before anything is sent.
      const error = await client(logger, { apiKey: () => bad })
        .request('get', '/items')
        .catch((e) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect(error.message).toMatch(/line break or NUL/);
      expectNoSecret(channels(error));
    }
    expect(server.seen).toHaveLength(0);
  });

  it('is in no connection error, its cause included', async () => {
    const { lines, logger } = capture();
    const port = await closedPort();
    const error = await client(logger, { baseUrl: `http://127.0.0.1:${port}`, maxRetries: 1 })
      .request('get', '/items', { params: { query: { token: KEY } as never } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(SdkError);
    expectNoSecret(channels(error));
    expectNoSecret(lines);
  });

  it('is in no stream error: a malformed event quoting it, the server error event', async () => {
    const { logger } = capture();
    client(logger); // the client that sent the key; the stream errors are built far from it
    const malformed = sseStream(new Response(`data: {"echo": "${KEY}\n\n`));
    const e1 = await (async () => {
      for await (const _ of malformed);
    })().catch((e) => e);
    expect(e1).toBeInstanceOf(StreamError);
    expectNoSecret(channels(e1));
    const errorEvent = sseStream(
      new Response(`event: error\ndata: {"message": "key ${KEY} revoked", "key": "${KEY}"}\n\n`),
    );
    const e2 = await (async () => {
      for await (const _ of errorEvent);
    })().catch((e) => e);
    expect(e2).toBeInstanceOf(StreamError);
    expect(e2.message).toMatch(/key \*\*\* revoked/);
    expectNoSecret(channels(e2));
  });

  it('is in no poll error: failed and timed-out waits, messages and states', async () => {
    const { logger } = capture();
    client(logger);
    const state = { status: 'failed', error: `rejected key ${KEY}`, nested: { list: [KEY] } };
    const failed = await waitFor(async () => state, {
      done: () => false,
      failed: (s) => s.error,
      minDelay: 0,
    }).catch((e) => e);
    expect(failed).toBeInstanceOf(PollFailedError);
    expectNoSecret(channels(failed));
    const timedOut = await waitFor(async () => ({ ...state, status: 'running' }), {
      done: () => false,
      description: `job for ${KEY}`,
      timeout: 0,
    }).catch((e) => e);
    expect(timedOut).toBeInstanceOf(PollTimeoutError);
    expectNoSecret(channels(timedOut));
  });

  it('redact() applies the same rule to text of your own', () => {
    const { logger } = capture();
    client(logger);
    expect(redact(`GET https://u:p@x.dev/a?api_key=abc&q=1 with ${KEY}`)).toBe(
      'GET https://x.dev/a?api_key=***&q=1 with ***',
    );
  });
});
