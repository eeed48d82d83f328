// Streams against a real server on 127.0.0.1: what follows the terminal event is ignored, an OpenAI-style
// `{error}` chunk is the server's error with its message, and a document answered to a stream request is
// reported as such (the request asks for a stream with Accept).
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createApiClient, StreamError } from '../../src/index';
import { streamResponse } from '../../src/internal';
import type { paths } from '../support/paths';
import { useTestServer } from '../support/test-server';

const server = useTestServer();

const api = () => createApiClient<paths>({ baseUrl: server.url, apiKey: 'k_stream_1234', maxRetries: 0 });
// As the generator writes an OpenAI-style stream (x-stream-done): items are the data, `[DONE]` ends it.
const chat = () =>
  streamResponse<{ choices?: unknown[]; error?: unknown }>(
    () => api().requestStream('post', '/events', { body: { query: 'q' } }),
    'sse',
    { doneData: '[DONE]', isFinal: () => false, decode: (m) => JSON.parse(m.data) },
  );
const sse = (res: ServerResponse, text: string) =>
  res.writeHead(200, { 'content-type': 'text/event-stream' }).end(text);

async function collect<T>(stream: AsyncIterable<T>): Promise<{ items: T[]; error: unknown }> {
  const items: T[] = [];
  try {
    for await (const item of stream) items.push(item);
    return { items, error: undefined };
  } catch (error) {
    return { items, error };
  }
}

describe('an SSE stream', () => {
  it('asks for a stream: Accept names the stream types', async () => {
    server.reply((_q, res) => sse(res, 'data: {"choices":[]}\n\ndata: [DONE]\n\n'));
    await collect(chat());
    expect(server.seen[0]?.headers.accept).toBe('text/event-stream, application/x-ndjson');
  });

  it('ignores what follows [DONE] in the same chunk, well-formed or not', async () => {
    server.reply((_q, res) =>
      sse(
        res,
        'data: {"choices":[1]}\n\ndata: [DONE]\n\ndata: {"choices":[2]}\n\ndata: not json\n\nevent: error\ndata: {}\n\n',
      ),
    );
    const { items, error } = await collect(chat());
    expect(error).toBeUndefined();
    expect(items).toEqual([{ choices: [1] }]);
  });

  it("throws the server's message when a chunk carries {error}, instead of yielding it", async () => {
    server.reply((_q, res) =>
      sse(
        res,
        'data: {"choices":[1]}\n\ndata: {"error":{"message":"model overloaded","type":"server_error"}}\n\n',
      ),
    );
    const { items, error } = await collect(chat());
    expect(items).toEqual([{ choices: [1] }]);
    expect(error).toBeInstanceOf(StreamError);
    expect((error as StreamError).message).toBe('The server sent an error event: model overloaded');
    expect((error as StreamError).data).toEqual({
      error: { message: 'model overloaded', type: 'server_error' },
    });
  });

  it('reports a JSON answer as not a stream, with the API error message it carries', async () => {
    server.reply((_q, res) =>
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: 'streaming is disabled for this model' } })),
    );
    const { error } = await collect(chat());
    expect(error).toBeInstanceOf(StreamError);
    expect((error as StreamError).message).toBe(
      'Expected a text/event-stream stream, got application/json: streaming is disabled for this model',
    );
    expect((error as StreamError).message).not.toMatch(/mid-event/);
  });

  it('reports an HTML answer as not a stream either', async () => {
    server.reply((_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>login</html>'));
    const { error } = await collect(chat());
    expect((error as StreamError).message).toBe('Expected a text/event-stream stream, got text/html');
  });
});
