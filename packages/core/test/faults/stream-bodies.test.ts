// Stream bodies as a hostile server sends them, over real HTTP on 127.0.0.1: 1-byte chunks (every event
// still parsed, the same as one chunk), 10 MB events and lines (parsed: core's limit is 16 MiB of text per
// event or line), an endless line (refused with a StreamError once past the limit, and the connection is
// let go, so memory stays bounded), and a server that keeps sending after an error.
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  createApiClient,
  type ServerSentEvent,
  StreamError,
  type StreamOptions,
  type StreamPromise,
} from '../../src/index';
import { streamResponse } from '../../src/internal';
import type { paths } from '../support/paths';
import { useTestServer } from '../support/test-server';

const server = useTestServer();

const silent = { debug() {}, info() {}, warn() {}, error() {} };

/** A fetch over the real connection that hands the body on one byte per chunk, whatever TCP delivered. */
const oneByteFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const reader = response.body!.getReader();
  let pending: Uint8Array | undefined;
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (!pending || at >= pending.length) {
        const { value, done } = await reader.read();
        if (done) return controller.close();
        pending = value;
        at = 0;
      }
      controller.enqueue(pending.slice(at, ++at));
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return new Response(body, { status: response.status, headers: response.headers });
};

// These tests drive both formats and any decoder through one helper, so they see streamResponse without
// the overloads that pair an SSE stream's item type with its decoding (typed-calls.test.ts checks those).
const anyStream = streamResponse as <T>(
  start: () => Promise<Response>,
  format: 'sse' | 'ndjson',
  options?: StreamOptions<T>,
) => StreamPromise<T>;

function stream<T = ServerSentEvent>(
  format: 'sse' | 'ndjson',
  options: StreamOptions<T> = {},
  fetchFn?: typeof fetch,
) {
  const api = createApiClient<paths>({
    baseUrl: server.url,
    logger: silent,
    maxRetries: 0,
    ...(fetchFn ? { fetch: fetchFn } : {}),
  });
  return anyStream<T>(() => api.requestStream('post', '/events', { body: { query: 'q' } }), format, options);
}

async function collect<T>(items: AsyncIterable<T>): Promise<{ items: T[]; error: unknown }> {
  const out: T[] = [];
  try {
    for await (const item of items) out.push(item);
    return { items: out, error: undefined };
  } catch (error) {
    return { items: out, error };
  }
}

/** Sends `text` one byte per write, each write its own HTTP chunk. */
async function trickleBytes(res: ServerResponse, type: string, text: string) {
  res.writeHead(200, { 'content-type': type });
  for (const byte of Buffer.from(text)) {
    res.write(Buffer.of(byte));
    await new Promise((resolve) => setImmediate(resolve));
  }
  res.end();
}

// Multi-byte characters split across chunks, CRLF and lone CR line ends split between chunks, comments, a
// retry field, multi-line data, ids, named events, and a last event without its blank line.
const SSE =
  'retry: 250\r\n: keep-alive\r\n\r\nevent: greet\r\nid: 7\r\ndata: {"t":"héllo 🌍"}\r\n\r\n' +
  'data: {"a":\ndata: 1}\n\n\rdata: {"cr":true}\r\r' +
  'event: delta\ndata: {"n":2}\n\nid: 8\ndata: {"last":true}';
const NDJSON = '{"t":"héllo 🌍"}\r\n\r\n{"b":2}\n  \n{"c":[1,2,3]}\r\n{"last":true}';

describe('1-byte chunks', () => {
  it('SSE: every event is parsed, as from one chunk', async () => {
    server.reply((_q, res) => res.writeHead(200, { 'content-type': 'text/event-stream' }).end(SSE));
    const whole = await collect(stream('sse'));
    expect(whole.error).toBeUndefined();
    expect(whole.items.map((e) => e.data)).toEqual([
      { t: 'héllo 🌍' },
      { a: 1 },
      { cr: true },
      { n: 2 },
      { last: true },
    ]);
    server.reply((_q, res) => trickleBytes(res, 'text/event-stream', SSE));
    expect(await collect(stream('sse'))).toEqual(whole);
    const split = stream('sse', {}, oneByteFetch);
    expect(await collect(split)).toEqual(whole);
    expect((await split).retry).toBe(250);
    expect((await split).lastEventId).toBe('8');
  });

  it('NDJSON: every line is parsed, as from one chunk', async () => {
    server.reply((_q, res) => res.writeHead(200, { 'content-type': 'application/x-ndjson' }).end(NDJSON));
    const whole = await collect(stream('ndjson'));
    expect(whole).toEqual({
      items: [{ t: 'héllo 🌍' }, { b: 2 }, { c: [1, 2, 3] }, { last: true }],
      error: undefined,
    });
    server.reply((_q, res) => trickleBytes(res, 'application/x-ndjson', NDJSON));
    expect(await collect(stream('ndjson'))).toEqual(whole);
    expect(await collect(stream('ndjson', {}, oneByteFetch))).toEqual(whole);
  });

  it('a cut mid-event is still a StreamError when the bytes come one at a time', async () => {
    server.reply((_q, res) => trickleBytes(res, 'text/event-stream', 'data: {"n":1}\n\ndata: {"tok'));
    const { items, error } = await collect(stream('sse', {}, oneByteFetch));
    expect(items.map((e) => e.data)).toEqual([{ n: 1 }]);
    expect(error).toBeInstanceOf(StreamError);
    expect((error as Error).message).toMatch(/ended mid-event/);
  });
});

describe('cuts', () => {
  /** Sends `text`, then resets the connection (or ends the body cleanly with `end`). */
  const cutAfter =
    (type: string, text: string, how: 'reset' | 'end') => (_q: unknown, res: ServerResponse) => {
      res.writeHead(200, { 'content-type': type });
      if (how === 'end') return res.end(text);
      res.write(text, () => res.socket?.destroy());
    };

  it('SSE: a reset between events is a StreamError saying the connection was lost, after the events before it', async () => {
    server.reply(cutAfter('text/event-stream', 'data: {"n":1}\n\ndata: {"n":2}\n\n', 'reset'));
    const { items, error } = await collect(stream('sse'));
    expect(items.map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }]);
    expect(error).toBeInstanceOf(StreamError);
    expect((error as Error).message).toBe('The connection was lost mid-stream');
  });

  it('SSE: a body that ends mid-event is a StreamError with the partial data', async () => {
    server.reply(cutAfter('text/event-stream', 'data: {"n":1}\n\ndata: {"n":', 'end'));
    const { items, error } = await collect(stream('sse'));
    expect(items.map((e) => e.data)).toEqual([{ n: 1 }]);
    expect((error as Error).message).toMatch(/^The stream ended mid-event \(connection cut\?\); partial/);
  });

  it('SSE: a body that ends between events without the final one is a StreamError', async () => {
    server.reply(cutAfter('text/event-stream', 'data: {"n":1}\n\n', 'end'));
    const { error } = await collect(
      stream<{ data: { done?: boolean } }>('sse', { isFinal: (e) => !!e.data.done }),
    );
    expect((error as Error).message).toBe('The stream ended before its final event');
  });

  it('NDJSON: a reset mid-line, and a body that ends mid-line, are StreamErrors', async () => {
    server.reply(cutAfter('application/x-ndjson', '{"n":1}\n{"n":', 'reset'));
    const reset = await collect(stream('ndjson'));
    expect(reset.items).toEqual([{ n: 1 }]);
    expect((reset.error as Error).message).toBe('The connection was lost mid-stream');
    server.reply(cutAfter('application/x-ndjson', '{"n":1}\n{"n":', 'end'));
    const ended = await collect(stream('ndjson'));
    expect(ended.items).toEqual([{ n: 1 }]);
    expect(ended.error).toBeInstanceOf(StreamError);
    expect((ended.error as Error).message).toMatch(/ended mid-event/);
  });
});

describe('a 10 MB event or line', () => {
  const text = 'x'.repeat(10_000_000);

  it('SSE: a 10 MB event is parsed', async () => {
    server.reply((_q, res) =>
      res
        .writeHead(200, { 'content-type': 'text/event-stream' })
        .end(`data: {"n":1}\n\ndata: {"text":"${text}"}\n\ndata: {"n":2}\n\n`),
    );
    const { items, error } = await collect(stream<{ data: { n?: number; text?: string } }>('sse'));
    expect(error).toBeUndefined();
    expect(items.map((e) => e.data.n ?? e.data.text?.length)).toEqual([1, 10_000_000, 2]);
  });

  it('NDJSON: a 10 MB line is parsed', async () => {
    server.reply((_q, res) =>
      res
        .writeHead(200, { 'content-type': 'application/x-ndjson' })
        .end(`{"n":1}\n{"text":"${text}"}\n{"n":2}\n`),
    );
    const { items, error } = await collect(stream<{ n?: number; text?: string }>('ndjson'));
    expect(error).toBeUndefined();
    expect(items.map((e) => e.n ?? e.text?.length)).toEqual([1, 10_000_000, 2]);
  });

  it('a 10 MB JSON document answered to a plain request is parsed', async () => {
    server.reply((_q, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(`{"id":"a","name":"${text}"}`),
    );
    const api = createApiClient<paths>({ baseUrl: server.url, logger: silent });
    const item = await api.request('get', '/items/{id}', { params: { path: { id: 'a' } } });
    expect(item.name).toHaveLength(10_000_000);
  });
});

/**
 * Answers with `head`, then one line that never ends, written as fast as the client reads it. Resolves with
 * the bytes written once the client lets the connection go.
 */
function endless(res: ServerResponse, type: string, head: string): Promise<number> {
  return new Promise((resolve) => {
    let written = 0;
    const piece = Buffer.alloc(64 * 1024, 'y');
    res.writeHead(200, { 'content-type': type });
    res.write(head);
    const pump = () => {
      while (!res.destroyed && res.write(piece)) written += piece.length;
    };
    res.on('drain', pump);
    res.on('close', () => resolve(written));
    pump();
  });
}

describe('a line that never ends', () => {
  it('SSE: refused with a StreamError past the 16 MiB default, and the connection is let go', async () => {
    let written: Promise<number> | undefined;
    server.reply((_q, res) => {
      written = endless(res, 'text/event-stream', 'data: {"n":1}\n\ndata: "');
    });
    const { items, error } = await collect(stream('sse'));
    expect({ items: items.map((e) => e.data), error: String(error) }).toEqual({
      items: [{ n: 1 }],
      error: 'StreamError: An event exceeded 16777216 characters (maxLineLength)',
    });
    expect(error).toBeInstanceOf(StreamError);
    expect((error as Error).message).toBe('An event exceeded 16777216 characters (maxLineLength)');
    // The server sees its socket close (before the fix the body was never cancelled: it kept sending and
    // the connection stayed open until the response was collected). What it got to write is the limit
    // plus what the socket buffers held.
    expect(await written).toBeLessThan(64 * 1024 * 1024);
  });

  it('NDJSON: refused past maxLineLength, and the connection is let go', async () => {
    let written: Promise<number> | undefined;
    server.reply((_q, res) => {
      written = endless(res, 'application/x-ndjson', '{"n":1}\n{"text":"');
    });
    const { items, error } = await collect(stream('ndjson', { maxLineLength: 1024 * 1024 }));
    expect(items).toEqual([{ n: 1 }]);
    expect(error).toBeInstanceOf(StreamError);
    expect((error as Error).message).toBe('A line exceeded 1048576 characters (maxLineLength)');
    expect(await written).toBeLessThan(32 * 1024 * 1024);
  });

  it('an error event followed by more data ends the stream and lets the connection go', async () => {
    let written: Promise<number> | undefined;
    server.reply((_q, res) => {
      written = endless(res, 'text/event-stream', 'event: error\ndata: {"message":"boom"}\n\ndata: "');
    });
    const { error } = await collect(stream('sse'));
    expect((error as Error).message).toBe('The server sent an error event: boom');
    await written;
  });
});
