// `.withResponse()` through the NeoSpace client: a stream with the response that opened it, a list's
// pages, and the rate-limit headers the answer carried.
import { describe, expect, it } from 'vitest';
import type { ChatCompletionChunk } from '../src/index';
import { client, useMockServer } from './setup';

useMockServer();

const messages = [{ role: 'user' as const, content: 'hello' }];

describe('withResponse', () => {
  it('gives a stream with the response that opened it, then streams as usual', async () => {
    const { data: stream, response } = await client().chats.completeStream({ messages }).withResponse();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const chunks: ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('You said: hello');
  });

  it('gives a plain call and each page of a list their responses', async () => {
    const neo = client();
    const { data, response } = await neo.models.list().withResponse();
    expect(response.ok).toBe(true);
    expect(data).toBeDefined();
    const pages = [];
    for await (const page of neo.actions.list({ limit: 1 }).pagesWithResponse()) pages.push(page);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(page.response.status).toBe(200);
  });
});
