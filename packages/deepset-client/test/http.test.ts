// Transport over real HTTP on 127.0.0.1 (no msw in this file): the mock's handlers served by node:http,
// for streams (break, abort, a cut connection), retries of 429/503/591, and upload sessions with a 307 hop.
import { sseHttpResponse } from '@org/sdk-core/msw';
import { describe, expect, it } from 'vitest';
import { useServed } from '../../core/test/support/test-server';
import { collectSearchStream, createDeepsetClient, StreamError } from '../src/index';
import { createDeepsetMock } from '../src/msw/index';
import type { BeforeHandlers as Before, ServedHandlers as Served } from '@org/sdk-core/msw-node';

// Each test's server is closed after it.
const serveHandlers = useServed();
let served: Served | undefined;

/** The mock served on 127.0.0.1, with a hook in front (to slow, cut or record the answer). */
async function serve(before?: Before, options: { maxRetries?: number } = {}) {
  let real: ReturnType<typeof createDeepsetMock> | undefined;
  served = await serveHandlers(
    (origin) => {
      real = createDeepsetMock({ baseUrl: origin });
      return real.handlers;
    },
    { before },
  );
  const m = real as ReturnType<typeof createDeepsetMock>;
  m.seed.pipeline('qa');
  m.seed.file('guide.txt', 'deepset Cloud runs Haystack pipelines. It is hosted in Europe.');
  return {
    mock: m,
    ds: createDeepsetClient({
      apiKey: 'k',
      workspace: 'default',
      baseUrl: served.url,
      logLevel: 'off',
      ...options,
    }),
  };
}

describe('searchStream over real HTTP', () => {
  it('streams deltas and the result', async () => {
    const { ds } = await serve();
    const { text, result } = await collectSearchStream(
      ds.pipelines.searchStream('qa', { query: 'hosted Europe', include_result: true }),
    );
    expect(text).toBe('It is hosted in Europe.');
    expect(result?.documents[0]?.file?.name).toBe('guide.txt');
  });

  it('break stops reading and frees the connection; abort rejects with the reason', async () => {
    // Events one per 30 ms, for long enough that an unstopped read would outlast the test's checks.
    const slow = (request: Request) =>
      new URL(request.url).pathname.endsWith('/search-stream')
        ? sseHttpResponse(
            Array.from({ length: 50 }, (_, i) => ({
              data: { query_id: 'q', type: 'delta', delta: { text: `t${i} ` } },
            })),
            { chunkSize: 'event', delayMs: 30 },
          )
        : undefined;
    const { ds } = await serve(slow);
    const got: string[] = [];
    const started = Date.now();
    for await (const e of ds.pipelines.searchStream('qa', { query: 'x' })) {
      if (e.type === 'delta') got.push(e.delta.text);
      if (got.length === 2) break;
    }
    expect(got).toEqual(['t0 ', 't1 ']);
    expect(Date.now() - started).toBeLessThan(1000);

    const controller = new AbortController();
    const seen: string[] = [];
    const reading = collectSearchStream(
      ds.pipelines.searchStream('qa', { query: 'x' }, { signal: controller.signal }),
      {
        onDelta: (t) => {
          seen.push(t);
          if (seen.length === 3) controller.abort(new Error('user left'));
        },
      },
    );
    await expect(reading).rejects.toThrow('user left');
    expect(seen).toHaveLength(3);
  });

  it('a connection cut mid-event ends with a StreamError', async () => {
    const cut = (request: Request) =>
      new URL(request.url).pathname.endsWith('/search-stream')
        ? new Response(
            'data: {"query_id":"q","type":"delta","delta":{"text":"Hi "}}\n\ndata: {"query_id":"q","ty',
            {
              headers: { 'content-type': 'text/event-stream' },
            },
          )
        : undefined;
    const { ds } = await serve(cut);
    const seen: string[] = [];
    const error = await collectSearchStream(ds.pipelines.searchStream('qa', { query: 'x' }), {
      onDelta: (t) => seen.push(t),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamError);
    expect(seen).toEqual(['Hi ']);
  });
});

describe('retries and uploads over real HTTP', () => {
  it('retries 591, 503 and 429 from the server', async () => {
    const statuses = [591, 503, 429];
    const seen: number[] = [];
    const { ds } = await serve(
      (request) => {
        if (!new URL(request.url).pathname.endsWith('/qa/search')) return undefined;
        const status = statuses.shift();
        if (status === undefined) return undefined;
        seen.push(status);
        return Response.json(
          { errors: ['try again'] },
          { status, headers: status === 429 ? { 'retry-after': '0' } : {} },
        );
      },
      { maxRetries: 3 },
    );
    const { results } = await ds.pipelines.search('qa', { queries: ['hosted Europe'] });
    expect(results[0]?.answers[0]?.answer).toBe('It is hosted in Europe.');
    expect(seen).toEqual([591, 503, 429]);
  });

  it('runs an upload session end to end, with a 307 hop and no API key sent to storage', async () => {
    const storageAuth: (string | null)[] = [];
    const { ds, mock } = await serve((request) => {
      if (new URL(request.url).pathname.startsWith('/__storage/'))
        storageAuth.push(request.headers.get('authorization'));
      return undefined;
    });
    mock.storage.redirects = 1;
    mock.storage.reject.add('bad.txt');
    const result = await ds.uploadFiles(
      [
        { name: 'one.txt', data: 'First file.', meta: { n: 1 } },
        { name: 'two.txt', data: 'Second file.' },
        { name: 'bad.txt', data: 'Refused.' },
      ],
      { pollInterval: { min: 5, max: 5 } },
    );
    expect(result.uploaded.sort()).toEqual(['one.txt', 'two.txt']);
    expect(result.failedUploads.map((f) => f.name)).toEqual(['bad.txt']);
    expect(result.status?.ingestion_status).toEqual({ finished_files: 2, failed_files: 0 });
    expect(storageAuth.length).toBe(5); // 307 + retry, the sidecar, two.txt, bad.txt
    expect(storageAuth.every((a) => a === null)).toBe(true);
    const meta = await ds.files.getMeta(
      mock.store.files.find((f) => f.name === 'one.txt')?.file_id as string,
    );
    expect(meta).toEqual({ n: 1 });
  });

  it('streams documents-stream as NDJSON', async () => {
    const { ds } = await serve();
    const docs = [];
    for await (const d of ds.documents.stream('qa', {})) docs.push(d.meta.file_name);
    expect(docs).toEqual(['guide.txt']);
  });
});
