// Chat completions with `stream: true` through msw: OpenAI-style SSE chunks ending `data: [DONE]`, and
// the ways a stream ends badly. chat-stream.http.test.ts runs the transport cases over a real socket.
import { describe, expect, it } from 'vitest';
import { BadRequestError, type ChatCompletionChunk, StreamError } from '../src/index';
import { client, mock, server, useMockServer } from './setup';

useMockServer();

const messages = [{ role: 'user' as const, content: 'Tell me about the gold card' }];
const text = (chunks: ChatCompletionChunk[]) => chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');

describe('through msw', () => {
  it('streams typed chunks: role first, a word per chunk, then finish_reason and usage; [DONE] ends it', async () => {
    const chunks: ChatCompletionChunk[] = [];
    for await (const chunk of client().chats.complete({ messages, stream: true })) chunks.push(chunk);
    expect(chunks[0]?.choices[0]?.delta).toEqual({ role: 'assistant', content: '' });
    expect(chunks.slice(1, -1).map((c) => c.choices[0]?.delta.content)).toEqual([
      'You',
      ' said:',
      ' Tell',
      ' me',
      ' about',
      ' the',
      ' gold',
      ' card',
    ]);
    expect(text(chunks)).toBe('You said: Tell me about the gold card');
    expect(chunks.at(-1)).toMatchObject({
      object: 'chat.completion.chunk',
      choices: [{ delta: {}, finish_reason: 'stop' }],
      usage: { prompt_tokens: 6, completion_tokens: 8, total_tokens: 14 },
    });
    // The streamed chat is stored like a plain one.
    expect(mock.store.chats.get('chat_1')?.messages?.at(-1)).toEqual({
      role: 'assistant',
      content: 'You said: Tell me about the gold card',
    });
  });

  it('sends stream: true only when asked (false otherwise); the plain call answers JSON', async () => {
    const bodies: unknown[] = [];
    server.events.on('request:start', async ({ request }) => bodies.push(await request.clone().json()));
    const plain = await client().chats.complete({ messages });
    expect(plain.choices[0]?.message.content).toBe('You said: Tell me about the gold card');
    await client().chats.complete({ messages, stream: true });
    expect(bodies).toEqual([
      { messages, stream: false },
      { messages, stream: true },
    ]);
  });

  it('completeStream is the same stream', async () => {
    const chunks: ChatCompletionChunk[] = [];
    for await (const chunk of client().chats.completeStream({ messages })) chunks.push(chunk);
    expect(text(chunks)).toBe('You said: Tell me about the gold card');
  });

  it('throws the API error before any chunk when the request is rejected', async () => {
    const error = await client()
      .chats.complete({ messages: [], stream: true })
      .then(
        () => undefined,
        (e) => e,
      );
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.vendorMessage).toMatch(/^The value of 'messages' is invalid: .* \(invalid_param_value\)$/);
  });

  it('ends a stream cut mid-chunk with a StreamError, never a silent end', async () => {
    server.use(mock.scenarios.cutChatStream({ afterChunks: 3 }));
    const seen: string[] = [];
    const error = await (async () => {
      for await (const chunk of client().chats.complete({ messages, stream: true }))
        seen.push(chunk.choices[0]?.delta.content ?? '');
    })().catch((e) => e);
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toMatch(/ended mid-event/);
    expect(seen).toEqual(['', 'You', ' said:']);
  });

  it("throws the server's message when a chunk carries {error}, after the chunks before it (issue 13)", async () => {
    server.use(
      mock.scenarios.sseResponse('POST /v1/chat/completions', [
        { data: { id: 'chat_1', choices: [{ index: 0, delta: { content: 'Hi' }, finish_reason: null }] } },
        { data: { error: { message: 'The model is overloaded', type: 'server_error', code: 503 } } },
        { data: { id: 'chat_1', choices: [{ index: 0, delta: { content: 'lost' }, finish_reason: null }] } },
        { data: '[DONE]' },
      ]),
    );
    const seen: string[] = [];
    const error = await (async () => {
      for await (const chunk of client().chats.complete({ messages, stream: true }))
        seen.push(chunk.choices[0]?.delta.content ?? '');
    })().catch((e) => e);
    expect(seen).toEqual(['Hi']);
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toBe('The server sent an error event: The model is overloaded');
    expect(error.data).toEqual({
      error: { message: 'The model is overloaded', type: 'server_error', code: 503 },
    });
  });

  it('ends a stream that stops between chunks without [DONE] with a StreamError', async () => {
    server.use(
      mock.scenarios.sseResponse('POST /v1/chat/completions', [
        { data: { id: 'chat_1', choices: [{ index: 0, delta: { content: 'Hi' }, finish_reason: null }] } },
      ]),
    );
    const error = await client()
      .chats.complete({ messages, stream: true })
      .then(async (stream) => {
        for await (const _ of stream);
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toBe('The stream ended before its final event');
  });
});
