import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createApiClient,
  ndjsonStream,
  type ServerSentEvent,
  sseStream,
  StreamError,
  UsageError,
} from '../src/index';
import { streamResponse } from '../src/internal';
import type { paths } from './support/paths';
import { startTestServer, type TestServer } from './support/test-server';

const encoder = new TextEncoder();

/** A Response whose body delivers exactly these chunks (strings or bytes), then ends or errors. */
function chunked(
  chunks: (string | Uint8Array)[],
  end: 'close' | Error = 'close',
  contentType = 'text/event-stream',
) {
  let i = 0;
  const cancel = vi.fn();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[i++];
      if (next !== undefined) controller.enqueue(typeof next === 'string' ? encoder.encode(next) : next);
      else if (end === 'close') controller.close();
      else controller.error(end);
    },
    cancel,
  });
  return { response: new Response(body, { headers: { 'content-type': contentType } }), cancel };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('sseStream', () => {
  it('yields typed events with their names, JSON data and ids', async () => {
    const { response } = chunked([
      'event: delta\nid: 1\ndata: {"t":"he"}\n\n',
      'data: {"t":"llo"}\nid: 2\n\n',
    ]);
    const stream = sseStream(response);
    expect(await collect(stream)).toEqual([
      { event: 'delta', data: { t: 'he' }, id: '1' },
      { event: 'message', data: { t: 'llo' }, id: '2' },
    ]);
    expect(stream.lastEventId).toBe('2');
  });

  it('hands out every item of chunks of very different sizes, in order', async () => {
    // The item queue is reused between chunks and replaced after a big one: no item may be lost or repeated.
    const events = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => `data: ${from + i}\n\n`).join('');
    const { response } = chunked([events(0, 5000), events(5000, 3), events(5003, 1), events(5004, 5000)]);
    const data = (await collect(sseStream(response))).map((e) => e.data);
    expect(data).toEqual(Array.from({ length: 10_004 }, (_, i) => i));
  });

  it('keeps the server’s retry hint', async () => {
    const { response } = chunked(['retry: 3000\ndata: 1\n\n']);
    const stream = sseStream(response);
    await collect(stream);
    expect(stream.retry).toBe(3000);
  });

  it('delivers a last event that has no trailing blank line (openai-node #2725)', async () => {
    const { response } = chunked(['data: {"n":1}\n\n', 'data: {"n":2}']);
    expect((await collect(sseStream(response))).map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('joins multi-line data and decodes characters split across chunks', async () => {
    const bytes = encoder.encode('data: {"t":"héllo 🌍",\ndata: "n":1}\n\n');
    const chunks = Array.from(bytes, (b) => new Uint8Array([b]));
    expect((await collect(sseStream(chunked(chunks).response)))[0]?.data).toEqual({ t: 'héllo 🌍', n: 1 });
  });

  it('ends with a StreamError when cut mid-event', async () => {
    const { response } = chunked(['data: {"n":1}\n\n', 'data: {"tok']);
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const e of sseStream(response)) seen.push(e.data);
    })().catch((e) => e);
    expect(seen).toEqual([{ n: 1 }]);
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toMatch(/ended mid-event/);
  });

  it('ends with a StreamError when cut inside a field name', async () => {
    const { response } = chunked(['data: {"n":1}\n\nevent: result\nda']);
    await expect(collect(sseStream(response))).rejects.toThrow(/ended mid-event.*partial line: da/);
  });

  it('ends with a StreamError when the body errors (connection lost)', async () => {
    const { response } = chunked(['data: {"n":1}\n\n'], new TypeError('terminated'));
    const error = await collect(sseStream(response)).catch((e) => e);
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toBe('The connection was lost mid-stream');
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('turns an error event into a StreamError carrying its data and message', async () => {
    const { response } = chunked([
      'data: {"n":1}\n\nevent: error\ndata: {"error":{"message":"pipeline crashed"}}\n\n',
    ]);
    const error = await collect(sseStream(response)).catch((e) => e);
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toBe('The server sent an error event: pipeline crashed');
    expect(error.data).toEqual({ error: { message: 'pipeline crashed' } });
  });

  it('with isError, the hook picks the error events and the other events keep the default items', async () => {
    const { response } = chunked([
      'id: 1\ndata: {"n":1}\n\nevent: error\ndata: {"n":2}\n\nid: 3\nevent: failed\ndata: out of credits\n\n',
    ]);
    const seen: unknown[] = [];
    const stream = sseStream(response, { isError: (m) => m.event === 'failed' });
    const error = await (async () => {
      for await (const item of stream) seen.push(item);
    })().catch((e) => e);
    // An `error` event is an ordinary event once the hook decides what an error is.
    expect(seen).toEqual([
      { event: 'message', data: { n: 1 }, id: '1' },
      { event: 'error', data: { n: 2 }, id: undefined },
    ]);
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toBe('The server sent an error event: out of credits');
    expect(stream.lastEventId).toBe('3');
    const bad = chunked(['event: delta\ndata: {not json}\n\n']).response;
    await expect(collect(sseStream(bad, { isError: () => false, decode: 'data' }))).rejects.toThrow(
      'Event "delta" has malformed data: {not json}',
    );
  });

  it('with isErrorItem, an unnamed error event is a StreamError after the items before it, and nothing after', async () => {
    const { response } = chunked([
      'data: {"type":"delta","text":"a"}\n\ndata: {"type":"error","error":"pipeline crashed"}\n\ndata: {"type":"delta","text":"b"}\n\n',
    ]);
    const seen: unknown[] = [];
    const stream = sseStream<{ type: string; text?: string; error?: string }>(response, {
      decode: (m) => JSON.parse(m.data),
      isErrorItem: (item) => item.type === 'error',
    });
    const error = await (async () => {
      for await (const item of stream) seen.push(item);
    })().catch((e) => e);
    expect(seen).toEqual([{ type: 'delta', text: 'a' }]);
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toBe('The server sent an error event: pipeline crashed');
    expect(error.data).toEqual({ type: 'error', error: 'pipeline crashed' });
  });

  it("with decode: 'data', yields each event's JSON data itself, and names malformed data", async () => {
    const { response } = chunked(['data: {"n":1}\n\nevent: delta\ndata: {"n":2}\n\n']);
    expect(await collect(sseStream(response, { decode: 'data' }))).toEqual([{ n: 1 }, { n: 2 }]);
    const bad = chunked(['data: {"n":1}\n\nevent: delta\ndata: {not json}\n\n']).response;
    await expect(collect(sseStream(bad, { decode: 'data' }))).rejects.toThrow(
      'Event "delta" has malformed data: {not json}',
    );
  });

  it('names the event whose data is malformed', async () => {
    const { response } = chunked(['event: delta\ndata: {not json}\n\n']);
    await expect(collect(sseStream(response))).rejects.toThrow(
      'Event "delta" has malformed data: {not json}',
    );
  });

  it('stops at doneData and cancels the rest of the body', async () => {
    const { response, cancel } = chunked(['data: {"n":1}\n\ndata: [DONE]\n\n', 'data: {"n":2}\n\n']);
    expect(await collect(sseStream(response, { doneData: '[DONE]' }))).toHaveLength(1);
    expect(cancel).toHaveBeenCalled();
  });

  it('with isFinal, a stream that ends between events without its final event is an error', async () => {
    const isFinal = (e: { event: string }) => e.event === 'result';
    await expect(
      collect(sseStream(chunked(['event: delta\ndata: 1\n\n']).response, { isFinal })),
    ).rejects.toThrow('The stream ended before its final event');
    expect(
      await collect(sseStream(chunked(['event: result\ndata: 2\n\n']).response, { isFinal })),
    ).toHaveLength(1);
  });

  it('guards the event size', async () => {
    const { response } = chunked([`data: "${'x'.repeat(5000)}`]);
    await expect(collect(sseStream(response, { maxLineLength: 1000 }))).rejects.toThrow(
      /exceeded 1000 characters/,
    );
  });

  it('skips what a custom decoder drops and yields what it returns', async () => {
    const { response } = chunked(['event: ping\ndata: x\n\nevent: delta\ndata: "a"\n\n']);
    const stream = sseStream(response, {
      decode: (m) => (m.event === 'ping' ? undefined : JSON.parse(m.data)),
    });
    expect(await collect(stream)).toEqual(['a']);
  });

  it('break cancels the body and calls onCancel once', async () => {
    const { response, cancel } = chunked(['data: 1\n\ndata: 2\n\n', 'data: 3\n\n']);
    const onCancel = vi.fn();
    for await (const _ of sseStream(response, { onCancel })) break;
    expect(cancel).toHaveBeenCalledOnce();
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('rejects with the abort reason, or at once for an aborted signal', async () => {
    const controller = new AbortController();
    const { response, cancel } = chunked(['data: 1\n\n', 'data: 2\n\n']);
    const it = sseStream(response, { signal: controller.signal })[Symbol.asyncIterator]();
    await it.next();
    controller.abort(new Error('user stop'));
    await expect(it.next()).rejects.toThrow('user stop');
    expect(cancel).toHaveBeenCalled();
    const early = sseStream(chunked(['data: 1\n\n']).response, {
      signal: AbortSignal.abort(new Error('early')),
    });
    await expect(collect(early)).rejects.toThrow('early');
  });

  it('can be iterated once, and says so', async () => {
    const stream = sseStream(chunked(['data: 1\n\n']).response);
    await collect(stream);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(UsageError);
  });

  it('reports a response without a body', async () => {
    await expect(collect(sseStream(new Response(null)))).rejects.toThrow('The streamed response has no body');
  });
});

describe('ndjsonStream', () => {
  it('yields one item per line, tolerating CRLF, blank lines and a last line without newline', async () => {
    const { response } = chunked(['{"a":1}\r\n\n{"a"', ':2}\n{"a":3}'], 'close', 'application/x-ndjson');
    expect(await collect(ndjsonStream(response))).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
  });

  it('ends with a StreamError when cut mid-line', async () => {
    const { response } = chunked(['{"a":1}\n{"a":'], 'close', 'application/x-ndjson');
    await expect(collect(ndjsonStream(response))).rejects.toThrow(/ended mid-event.*\{"a":/);
  });

  it('names the bad line and guards line length', async () => {
    await expect(collect(ndjsonStream(chunked(['{"a":1}\nnope\n']).response))).rejects.toThrow(
      'Event "line 2" has malformed data: nope',
    );
    await expect(
      collect(ndjsonStream(chunked(['{"a":"', 'x'.repeat(3000)]).response, { maxLineLength: 1000 })),
    ).rejects.toThrow(/exceeded 1000 characters/);
  });
});

describe('streams over real HTTP on 127.0.0.1', () => {
  let server: TestServer;
  let closed: Promise<unknown[]>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const api = () =>
    createApiClient<paths>({
      baseUrl: server.url,
      logLevel: 'off',
      retry: { initialDelay: 1 },
      timeout: 2000,
    });
  const events = () => api().requestStream('post', '/events', { body: { query: 'q' } });

  it('break stops the request: the server sees its socket close', async () => {
    server.reply((req, res) => {
      closed = once(res, 'close');
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      let n = 0;
      const timer = setInterval(() => res.write(`data: {"n":${n++}}\n\n`), 5);
      req.socket.on('close', () => clearInterval(timer));
    });
    const seen: number[] = [];
    for await (const e of streamResponse<ServerSentEvent<{ n: number }>>(events, 'sse')) {
      seen.push(e.data.n);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([0, 1, 2]);
    await closed;
  });

  it('a connection reset mid-stream ends in StreamError, and the started stream is not replayed', async () => {
    server.reset();
    server.reply((req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: {"n":1}\n\ndata: {"n":');
      setTimeout(() => req.socket.destroy(), 20);
    });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const e of streamResponse(events, 'sse')) seen.push(e.data);
    })().catch((e) => e);
    expect(seen).toEqual([{ n: 1 }]);
    expect(error).toBeInstanceOf(StreamError);
    expect(server.seen).toHaveLength(1);
  });

  it('an HTTP error before the stream starts is retried, then the stream is read', async () => {
    server.reset();
    server.reply((_req, res, _s, i) => {
      if (i === 0) return res.writeHead(503, { 'retry-after-ms': '5' }).end();
      res.writeHead(200, { 'content-type': 'text/event-stream' }).end('data: {"ok":true}\n\n');
    });
    expect((await collect(streamResponse(events, 'sse'))).map((e) => e.data)).toEqual([{ ok: true }]);
    expect(server.seen).toHaveLength(2);
  });

  it('the caller’s abort stops a stream that is being read', async () => {
    server.reset();
    server.reply((req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const timer = setInterval(() => res.write('data: {"tick":1}\n\n'), 10);
      req.socket.on('close', () => clearInterval(timer));
    });
    const controller = new AbortController();
    const stream = streamResponse(
      () => api().requestStream('post', '/events', { body: { query: 'q' }, signal: controller.signal }),
      'sse',
      { signal: controller.signal },
    );
    let n = 0;
    const error = await (async () => {
      for await (const _ of stream) if (++n === 2) controller.abort(new Error('stop reading'));
    })().catch((e) => e);
    expect(error.message).toBe('stop reading');
  });
});
