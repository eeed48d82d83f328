// `.withResponse()` on a method's promise: the data with the response behind it and the request id, for a
// plain call, each page of a list, and a failure (which rejects, unreported twice).
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../src/index';
import { useMock } from './use-mock';

const { server, client } = useMock();

describe('withResponse', () => {
  it('resolves a call with its data, response and request id', async () => {
    server.use(
      http.get('https://api.hotdata.dev/v1/connections', () =>
        HttpResponse.json(
          { connections: [] },
          { status: 200, headers: { 'x-request-id': 'req_123', 'x-ratelimit-remaining': '41' } },
        ),
      ),
    );
    const hotdata = client();
    const { data, response, requestId } = await hotdata.connections.list().withResponse();
    expect(data).toEqual({ connections: [] });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('41');
    expect(requestId).toBe('req_123');
    // Awaiting the promise itself still gives the data alone.
    await expect(hotdata.connections.list()).resolves.toEqual({ connections: [] });
  });

  it('gives each page of a list with its own response; the first page on the list promise', async () => {
    const hotdata = client();
    for (let i = 0; i < 5; i++) await hotdata.query.execute({ sql: `select ${i} as n` });
    const list = hotdata.queryRuns.list({ limit: 2 });
    const first = await list.withResponse();
    expect(first.response.status).toBe(200);
    expect(first.data.query_runs).toHaveLength(2);
    const pages = [];
    for await (const page of list.pagesWithResponse()) pages.push(page);
    expect(pages.map((p) => p.data.query_runs.length)).toEqual([2, 2, 1]);
    expect(new Set(pages.map((p) => p.response))).toHaveProperty('size', 3);
  });

  it('rejects with the typed error, and the plain promise reports no unhandled rejection', async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      const error = await client()
        .datasets.get('ds_missing')
        .withResponse()
        .catch((e) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      await new Promise((r) => setTimeout(r, 10));
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });

  it('a call refused before it is sent (no workspace) rejects through withResponse too', async () => {
    const error = await client({ workspaceId: undefined })
      .datasets.list()
      .withResponse()
      .catch((e) => e);
    expect(error.name).toBe('UsageError');
  });
});
