// search-stream and chat-stream: typed events, the gathering helper, error events, abort and break, and a
// stream cut mid-event, through msw (http.test.ts runs them over real HTTP).
import { sseHttpResponse } from '@org/sdk-core/msw';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { collectSearchStream, StreamError } from '../src/index';
import { useMock } from './use-mock';

const { mock, server, client } = useMock();
const STREAM = '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search-stream' as const;

function seedQa() {
  mock.seed.pipeline('qa');
  mock.seed.file('guide.txt', 'deepset Cloud runs Haystack pipelines. It is hosted in Europe.');
}

describe('searchStream through msw', () => {
  it('streams word deltas, then the result when asked for', async () => {
    seedQa();
    const events = [];
    for await (const e of client().pipelines.searchStream('qa', {
      query: 'What runs Haystack pipelines?',
      include_result: true,
    }))
      events.push(e);
    expect(events.map((e) => e.type)).toEqual(['delta', 'delta', 'delta', 'delta', 'delta', 'result']);
    const text = events.map((e) => (e.type === 'delta' ? e.delta.text : '')).join('');
    expect(text).toBe('deepset Cloud runs Haystack pipelines.');
    const last = events.at(-1);
    expect(last?.type === 'result' && last.result.answers[0]?.file?.name).toBe('guide.txt');
  });

  it('collectSearchStream gathers the text and the result, reporting each token', async () => {
    seedQa();
    const seen: string[] = [];
    const { text, result, queryId } = await collectSearchStream(
      client().pipelines.searchStream('qa', { query: 'Where is it hosted?', include_result: true }),
      { onDelta: (t) => seen.push(t) },
    );
    expect(text).toBe('It is hosted in Europe.');
    expect(seen).toEqual(['It ', 'is ', 'hosted ', 'in ', 'Europe.']);
    expect(result?.query).toBe('Where is it hosted?');
    expect(queryId).toBe(result?.query_id);
  });

  it('chatStream streams a chat turn in a search session', async () => {
    seedQa();
    const ds = client();
    const { pipeline_id } = await ds.pipelines.get('qa');
    const { search_session_id } = await ds.searchSessions.create({ pipeline_id });
    const { text } = await collectSearchStream(
      ds.pipelines.chatStream('qa', { query: 'hosted Europe', search_session_id }),
    );
    expect(text).toBe('It is hosted in Europe.');
    expect(mock.store.searchSessions.get(search_session_id)?.turns.map((t) => t.query)).toEqual([
      'hosted Europe',
    ]);
  });

  it('an error event ends the stream with a StreamError carrying its message', async () => {
    mock.seed.pipeline('qa');
    server.use(
      mock.http.post(STREAM, () =>
        sseHttpResponse([
          { data: { query_id: 'q1', type: 'delta', delta: { text: 'Hel' } } },
          { data: { query_id: 'q1', type: 'error', error: 'LLM provider timed out' } },
        ]),
      ),
    );
    const seen: string[] = [];
    const error = await collectSearchStream(client().pipelines.searchStream('qa', { query: 'x' }), {
      onDelta: (t) => seen.push(t),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamError);
    expect((error as Error).message).toContain('LLM provider timed out');
    expect(seen).toEqual(['Hel']);
  });

  it('tool call events are typed and gathered', async () => {
    mock.seed.pipeline('qa');
    server.use(
      mock.http.post(STREAM, () =>
        sseHttpResponse([
          {
            data: {
              query_id: 'q1',
              type: 'tool_call_delta',
              tool_call_delta: { index: 0, tool_name: 'search', arguments: '{"q":' },
            },
          },
          {
            data: {
              query_id: 'q1',
              type: 'tool_call_result',
              tool_call_result: {
                result: '3 hits',
                origin: { tool_name: 'search', arguments: { q: 'x' } },
                error: false,
              },
            },
          },
          { data: { query_id: 'q1', type: 'delta', delta: { text: 'Done.' } } },
        ]),
      ),
    );
    const got = await collectSearchStream(
      client().pipelines.searchStream('qa', { query: 'x', include_tool_calls: true }),
    );
    expect(got.text).toBe('Done.');
    expect(got.toolCallResults).toEqual([
      { result: '3 hits', origin: { tool_name: 'search', arguments: { q: 'x' } }, error: false },
    ]);
  });

  /** An endless SSE body, one delta every 10 ms. */
  function endless() {
    mock.seed.pipeline('qa');
    let i = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((r) => setTimeout(r, 10));
        const event = { query_id: 'q', type: 'delta', delta: { text: `t${i++} ` } };
        controller.enqueue(new TextEncoder().encode(`data: ${JSON.stringify(event)}\n\n`));
      },
    });
    server.use(
      mock.http.post(
        STREAM,
        () => new HttpResponse(body, { headers: { 'content-type': 'text/event-stream' } }),
      ),
    );
  }
  const within = <T>(ms: number, work: Promise<T>) =>
    Promise.race([
      work,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`still running after ${ms} ms`)), ms),
      ),
    ]);

  it('abort rejects with the signal reason and delivers nothing after it', async () => {
    endless();
    const controller = new AbortController();
    const seen: string[] = [];
    const reading = collectSearchStream(
      client().pipelines.searchStream('qa', { query: 'x' }, { signal: controller.signal }),
      {
        onDelta: (t) => {
          seen.push(t);
          if (seen.length === 3) controller.abort(new Error('user left'));
        },
      },
    );
    await expect(within(1000, reading)).rejects.toThrow('user left');
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual(['t0 ', 't1 ', 't2 ']);
  });

  // Also over real HTTP (http.test.ts). Under msw on Node 20 a mocked body's cancel settles only when the
  // Response is collected, so this holds only because the stream does not wait for it.
  it('break ends the loop at once, under msw too', async () => {
    endless();
    const got: string[] = [];
    await within(
      1000,
      (async () => {
        for await (const e of client().pipelines.searchStream('qa', { query: 'x' })) {
          if (e.type === 'delta') got.push(e.delta.text);
          if (got.length === 2) break;
        }
      })(),
    );
    expect(got).toEqual(['t0 ', 't1 ']);
  });

  it('a stream cut mid-event ends with a StreamError, after the whole events', async () => {
    mock.seed.pipeline('qa');
    server.use(
      mock.http.post(
        STREAM,
        () =>
          new HttpResponse(
            'data: {"query_id":"q1","type":"delta","delta":{"text":"One "}}\n\ndata: {"query_id":"q1","type":"del',
            {
              headers: { 'content-type': 'text/event-stream' },
            },
          ),
      ),
    );
    const seen: string[] = [];
    const error = await collectSearchStream(client().pipelines.searchStream('qa', { query: 'x' }), {
      onDelta: (t) => seen.push(t),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamError);
    expect(seen).toEqual(['One ']);
  });

  it('with include_result, a stream that closes before the result is cut', async () => {
    mock.seed.pipeline('qa');
    server.use(
      mock.http.post(STREAM, () =>
        sseHttpResponse([{ data: { query_id: 'q1', type: 'delta', delta: { text: 'A' } } }]),
      ),
    );
    await expect(
      collectSearchStream(client().pipelines.searchStream('qa', { query: 'x', include_result: true })),
    ).rejects.toBeInstanceOf(StreamError);
  });

  it('names another workspace per call', async () => {
    mock.seed.pipeline('qa', { workspace: 'other' });
    mock.seed.file('o.txt', 'Other workspace text lives here.', {}, 'other');
    const { text } = await collectSearchStream(
      client().pipelines.searchStream('qa', { query: 'workspace text', workspace_name: 'other' }),
    );
    expect(text).toBe('Other workspace text lives here.');
  });
});
