// The mock's own surface on the engine: typed per-operation overrides, 405 for a known path asked with
// another method, query errors in FastAPI's shape, and `mock.reset()` putting clock and ids back.
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../src/index';
import { useMock } from './use-mock';

const { mock, server, client } = useMock();
const W = 'https://api.cloud.deepset.ai/api/v1/workspaces/default';
// Requests that break the spec on purpose go to the handlers directly (msw's getResponse), not through
// fetch, which the contract setup checks against the spec.
const answer = async (url: string, init?: RequestInit, extra: Parameters<typeof getResponse>[0] = []) =>
  (await getResponse([...extra, ...mock.handlers], new Request(url, init))) as Response;

describe('mock.override', () => {
  it('answers one operation with a typed body, once, then the stateful mock answers again', async () => {
    mock.seed.pipeline('rag');
    server.use(
      mock.override(
        'getPipelines',
        ({ params }) => ({
          pipeline_id: '00000000-0000-4000-8000-000000000001',
          name: `${params.pipeline_name}-overridden`,
          status: 'DEPLOYMENT_FAILED',
        }),
        { once: true },
      ),
    );
    const ds = client();
    await expect(ds.pipelines.get('rag')).resolves.toMatchObject({
      name: 'rag-overridden',
      status: 'DEPLOYMENT_FAILED',
    });
    await expect(ds.pipelines.get('rag')).resolves.toMatchObject({ name: 'rag', status: 'DEPLOYED' });
  });

  it('checks the body against the spec before the override runs', async () => {
    let called = false;
    const override = mock.override('createPipelines', () => {
      called = true;
      return { name: 'x', pipeline_id: '00000000-0000-4000-8000-000000000001' };
    });
    const response = await answer(
      `${W}/pipelines`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'x' }),
      },
      [override],
    );
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ detail: [{ loc: ['body', 'query_yaml'] }] });
    expect(called).toBe(false);
  });

  it('answers with the vendor 404 through notFound()', async () => {
    mock.seed.pipeline('rag');
    server.use(mock.override('getPipelines', ({ notFound }) => notFound('Pipeline gone.'), { once: true }));
    const error = await client()
      .pipelines.get('rag')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).body).toEqual({ errors: ['Pipeline gone.'] });
  });
});

describe('routing from the spec', () => {
  it('answers 405 in Starlette shape for a known path asked with a method it does not serve', async () => {
    const response = await answer(`${W}/pipelines`, { method: 'PUT' });
    expect(response.status).toBe(405);
    expect(await response.json()).toEqual({ detail: 'Method Not Allowed' });
  });

  it('answers a bad page size with FastAPI 422 on the query parameter', async () => {
    const response = await answer(`${W}/search_history?limit=0`);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      detail: [{ loc: ['query', 'limit'], msg: 'limit must be a positive integer', type: 'value_error' }],
    });
  });

  it("answers a query parameter that breaks the spec with FastAPI's 422 at ['query', name]", async () => {
    const response = await answer(`${W}/pipelines?order=SIDEWAYS`);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      detail: [{ loc: ['query', 'order'], msg: "Input should be 'ASC' or 'DESC'", type: 'enum' }],
    });
    const item = await answer(`${W}/files?file_ids=not-a-uuid`, { method: 'DELETE' });
    expect((await item.json()).detail[0]).toMatchObject({
      loc: ['query', 'file_ids', 0],
      type: 'uuid_parsing',
    });
  });

  it("pages a pipeline's files, answering total beside has_more, after the pipeline's 404", async () => {
    for (let i = 0; i < 3; i++) mock.seed.file(`f${i}.txt`, 'text');
    const response = await fetch(`${W}/pipelines/x/files`);
    expect(response.status).toBe(404);
    mock.seed.pipeline('x');
    const page = await (await fetch(`${W}/pipelines/x/files?limit=2`)).json();
    expect(page).toMatchObject({ has_more: true, total: 3 });
    expect(page.data).toHaveLength(2);
  });
});

describe('mock.reset()', () => {
  it('puts the store, clock and ids back, so a second run sees the same records', async () => {
    const first = mock.seed.file('a.txt', 'Alpha.');
    mock.storage.reject.add('a.txt');
    mock.storage.redirects = 2;
    mock.reset();
    expect(mock.store.files.all()).toEqual([]);
    expect(mock.storage).toEqual({ reject: new Set(), redirects: 0 });
    const again = mock.seed.file('a.txt', 'Alpha.');
    expect(again.file_id).toBe(first.file_id);
    expect(again.created_at).toBe(first.created_at);
  });
});
