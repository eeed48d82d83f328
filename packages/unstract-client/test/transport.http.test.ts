// Over real HTTP on 127.0.0.1: the 429 of the organization's execution limit (no Retry-After) is retried
// with backoff, uploads stream as multipart, and the whole execute-and-wait flow runs through sockets.
import { describe, expect, it } from 'vitest';
import { useServed } from '../../core/test/support/test-server';
import { createUnstractClient, RateLimitError } from '../src/index';
import { createUnstractMock, type UnstractMock } from '../src/msw/index';
import { drfErrorBody as drfError } from '@org/sdk-core/msw';
import type { BeforeHandlers as Before, ServedHandlers as Served } from '@org/sdk-core/msw-node';

// Each test's server is closed after it.
const serveHandlers = useServed();
let served: Served | undefined;

async function serve(before?: Before): Promise<{ mock: UnstractMock; url: string }> {
  let mock: UnstractMock | undefined;
  served = await serveHandlers(
    (origin) => {
      mock = createUnstractMock({ baseUrl: origin });
      return mock.handlers;
    },
    { before },
  );
  return { mock: mock as UnstractMock, url: served.url };
}

const limit = () =>
  Response.json(
    drfError(
      'client_error',
      'error',
      'Organization has reached the maximum concurrent API requests limit (20/20). Please try again later.',
    ),
    { status: 429 },
  );

const client = (url: string, mock: UnstractMock, maxRetries = 2) =>
  createUnstractClient({
    apiKey: 'mgmt',
    orgId: mock.orgId,
    baseUrl: url,
    logLevel: 'off',
    maxRetries,
    retry: { initialDelay: 20, maxDelay: 50 },
  });

describe('over real HTTP', () => {
  it('retries the execute POST after 429s without Retry-After, with backoff, then succeeds', async () => {
    const times: number[] = [];
    const { mock, url } = await serve((request) => {
      if (request.method !== 'POST') return undefined;
      times.push(Date.now());
      return times.length <= 2 ? limit() : undefined;
    });
    const { key } = mock.seed.deployment('invoices', { is_active: true });
    const run = client(url, mock).deployment('invoices', { apiKey: key.api_key });
    const { message } = await run.execute([new File(['a\nb\n'], 'a.txt')]);
    expect(message.execution_status).toBe('PENDING');
    expect(times).toHaveLength(3);
    // Backoff: the attempts are spaced, not sent back to back.
    expect((times[1] as number) - (times[0] as number)).toBeGreaterThanOrEqual(5);
    expect(mock.store.executions.size).toBe(1);
  });

  it('gives up after maxRetries with a RateLimitError carrying the drf body', async () => {
    let posts = 0;
    const { mock, url } = await serve((request) => {
      if (request.method !== 'POST') return undefined;
      posts++;
      return limit();
    });
    const { key } = mock.seed.deployment('invoices', { is_active: true });
    const run = client(url, mock, 1).deployment('invoices', { apiKey: key.api_key });
    const failed = run.execute([new File(['x'], 'a.txt')]);
    await expect(failed).rejects.toBeInstanceOf(RateLimitError);
    await expect(failed).rejects.toMatchObject({ status: 429, body: { errors: [{ code: 'error' }] } });
    expect(posts).toBe(2);
    expect(mock.store.executions.size).toBe(0);
  });

  it('streams an upload and waits for the result through sockets', async () => {
    const { mock, url } = await serve();
    const { key } = mock.seed.deployment('invoices', { is_active: true });
    const run = client(url, mock).deployment('invoices', { apiKey: key.api_key });
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('line one\n'));
        controller.enqueue(encoder.encode('line two\nline three\n'));
        controller.close();
      },
    });
    const done = await run.executeAndWait(
      [{ data: stream, filename: 'streamed.txt', contentType: 'text/plain' }, new File(['solo'], 'b.txt')],
      {},
      { pollInterval: { min: 5, max: 5 } },
    );
    expect(done.results.map((r) => [r.file, r.result?.output])).toEqual([
      [
        'streamed.txt',
        { file_name: 'streamed.txt', source: 'upload', size_bytes: 29, line_count: 3, word_count: 6 },
      ],
      ['b.txt', { file_name: 'b.txt', source: 'upload', size_bytes: 4, line_count: 1, word_count: 1 }],
    ]);
  });
});
