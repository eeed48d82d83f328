// Chat completion streams over a real socket (the mock served on 127.0.0.1, and a hand-written slow server):
// chunks arrive as they are sent, a cut connection is a StreamError, break and abort close the connection.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChatCompletionChunk, createInferenceClient, StreamError } from '../src/index';
import { createInferenceMock } from '../src/msw/index';
import { type ServedHandlers, serveHandlers } from '@org/sdk-core/msw-node';

const messages = [{ role: 'user' as const, content: 'Tell me about the gold card' }];
const text = (chunks: ChatCompletionChunk[]) => chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');

describe('over real HTTP (the mock served on 127.0.0.1)', () => {
  let served: ServedHandlers;
  let local: ReturnType<typeof createInferenceMock>;
  beforeAll(async () => {
    served = await serveHandlers((url) => {
      local = createInferenceMock({ baseUrl: url });
      return local.handlers;
    });
  });
  afterAll(() => served.close());
  const remote = () =>
    createInferenceClient({ apiKey: 'neo-test-key', baseUrl: served.url, logLevel: 'off' });

  it('streams the chunks and stores the chat', async () => {
    const chunks: ChatCompletionChunk[] = [];
    for await (const chunk of remote().chats.complete({ messages, stream: true })) chunks.push(chunk);
    expect(text(chunks)).toBe('You said: Tell me about the gold card');
    expect(local.store.chats.size).toBe(1);
  });

  it('hands each chunk over as it arrives, not when the stream ends', async () => {
    // The server sends the next chunk only once the caller has seen the previous one (or after a fallback
    // wait, so a client that buffers fails on the order of events instead of hanging).
    const events: string[] = [];
    let seen: () => void = () => {};
    const nextSeen = () =>
      new Promise<void>((resolve) => {
        const fallback = setTimeout(resolve, 2000);
        seen = () => {
          clearTimeout(fallback);
          resolve();
        };
      });
    const encoder = new TextEncoder();
    served.handlers = [
      http.post(`${served.url}/v1/chat/completions`, () => {
        const stream = new ReadableStream<Uint8Array>({
          async start(controller) {
            for (const content of ['a', ' b', ' c']) {
              const waited = nextSeen();
              events.push(`sent${content}`);
              const chunk = { id: 'c', choices: [{ index: 0, delta: { content }, finish_reason: null }] };
              controller.enqueue(encoder.encode(`data: ${JSON.stringify(chunk)}\n\n`));
              await waited;
            }
            controller.enqueue(encoder.encode('data: [DONE]\n\n'));
            controller.close();
          },
        });
        return new HttpResponse(stream, { headers: { 'content-type': 'text/event-stream' } });
      }),
      ...local.handlers,
    ];
    for await (const chunk of remote().chats.complete({ messages, stream: true })) {
      events.push(`got${chunk.choices[0]?.delta.content ?? ''}`);
      seen();
    }
    served.handlers = local.handlers;
    expect(events).toEqual(['senta', 'gota', 'sent b', 'got b', 'sent c', 'got c']);
  });

  it('a cut connection is a StreamError', async () => {
    served.handlers = [
      local.scenarios.cutChatStream({ afterChunks: 3, mode: 'error', chunkSize: 40, delayMs: 10 }),
      ...local.handlers,
    ];
    const seen: string[] = [];
    const error = await (async () => {
      for await (const chunk of remote().chats.complete({ messages, stream: true }))
        seen.push(chunk.choices[0]?.delta.content ?? '');
    })().catch((e) => e);
    served.handlers = local.handlers;
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toMatch(/lost mid-stream|ended mid-event/);
    expect(seen.length).toBeGreaterThan(0);
  });

  it('break stops reading and closes the connection; abort rejects with the reason', async () => {
    // A server that sends one chunk and then would stream for a minute.
    let closed!: () => void;
    const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
    const slow = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(
        `data: ${JSON.stringify({ id: 'c', choices: [{ index: 0, delta: { content: 'first' } }] })}\n\n`,
      );
      const timer = setInterval(() => res.write(': still here\n\n'), 50);
      res.on('close', () => {
        clearInterval(timer);
        closed();
      });
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
    const neo = createInferenceClient({ apiKey: 'k', baseUrl, logLevel: 'off' });
    try {
      const started = performance.now();
      for await (const chunk of neo.chats.complete({ messages, stream: true })) {
        expect(chunk.choices[0]?.delta.content).toBe('first');
        break;
      }
      await connectionClosed;
      expect(performance.now() - started).toBeLessThan(2000);

      const controller = new AbortController();
      const reason = new Error('user left');
      const error = await (async () => {
        for await (const _ of neo.chats.complete({ messages, stream: true }, { signal: controller.signal })) {
          controller.abort(reason);
        }
      })().catch((e) => e);
      expect(error).toBe(reason);
    } finally {
      slow.closeAllConnections();
      await new Promise((resolve) => slow.close(resolve));
    }
  });
});

describe('a chunk that carries {error} (issue 13), from a hand-written server on 127.0.0.1', () => {
  it("throws a StreamError with the server's message, and the connection is let go", async () => {
    let closed!: () => void;
    const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
    const server = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const chunk = { id: 'c', choices: [{ index: 0, delta: { content: 'Hi' }, finish_reason: null }] };
      res.write(`data: ${JSON.stringify(chunk)}\n\n`);
      res.write(
        `data: ${JSON.stringify({ error: { message: 'Rate limit reached for model', type: 'rate_limit' } })}\n\n`,
      );
      // A server that keeps the stream open after its error: the client must not wait for the end.
      const timer = setInterval(() => res.write(': still here\n\n'), 20);
      res.on('close', () => {
        clearInterval(timer);
        closed();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const neo = createInferenceClient({ apiKey: 'k', baseUrl, logLevel: 'off' });
    try {
      const seen: string[] = [];
      const error = await (async () => {
        for await (const chunk of neo.chats.complete({ messages, stream: true }))
          seen.push(chunk.choices[0]?.delta.content ?? '');
      })().catch((e) => e);
      expect(seen).toEqual(['Hi']);
      expect(error).toBeInstanceOf(StreamError);
      expect(error.message).toBe('The server sent an error event: Rate limit reached for model');
      expect(error.data).toEqual({ error: { message: 'Rate limit reached for model', type: 'rate_limit' } });
      await connectionClosed;
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
