// The msw building blocks as a vendor mock uses them, exercised with real fetch through msw's node server.
import fc from 'fast-check';
import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, RateLimitError, sseStream, StreamError } from '../src/index';
import {
  checkJsonBody,
  createBodyValidator,
  createCollection,
  createRequestBodyChecker,
  createScenarios,
  createStore,
  createTypedHttp,
  isPageError,
  pageAfterId,
  pageByCursor,
  pageByNumber,
  pageByOffset,
  pageUrl,
  sseBody,
} from '../src/msw/index';
import type { Item, paths } from './support/paths';

const BASE = 'https://api.example.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A tiny stateful fake of the test API, built the way the vendor mocks are. */
function fakeItems() {
  const http = createTypedHttp<paths>({ baseUrl: BASE });
  const store = createStore({ items: createCollection<Item>({ idPrefix: 'it_' }) });
  const validate = createBodyValidator(
    { $ref: '#/components/schemas/NewItem' },
    {
      schemas: {
        NewItem: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string', minLength: 1 }, size: { type: 'integer' } },
        },
      },
    },
  );
  const handlers = [
    http.post('/items', async ({ request }) => {
      const check = await checkJsonBody(request, validate);
      if (!check.ok) {
        return HttpResponse.json(
          { detail: check.issues.map((i) => ({ loc: ['body', ...i.path], msg: i.message, type: i.code })) },
          { status: 422 },
        );
      }
      return HttpResponse.json(store.items.insert(check.value as Item), { status: 201 });
    }),
    http.get(
      '/items/{id}',
      ({ params }) =>
        store.items.get(params.id) ?? HttpResponse.json({ detail: 'Item not found' }, { status: 404 }),
    ),
    http.get('/items', ({ query }) => {
      const page = pageByCursor(store.items.all(), {
        cursor: query.get('cursor'),
        limit: query.get('limit'),
        defaultLimit: 2,
      });
      if (isPageError(page)) return HttpResponse.json({ error: page.error }, { status: 400 });
      return { items: page.items, next_cursor: page.nextCursor };
    }),
  ];
  return { http, store, handlers };
}

describe('typed handlers and a stateful store', () => {
  it('what a client creates it can get and list across pages', async () => {
    const mock = fakeItems();
    server.use(...mock.handlers);
    const api = createApiClient<paths>({ baseUrl: BASE });
    for (const name of ['a', 'b', 'c']) await api.request('post', '/items', { body: { name } });
    await expect(api.request('get', '/items/{id}', { params: { path: { id: 'it_2' } } })).resolves.toEqual({
      id: 'it_2',
      name: 'b',
    });
    const first = await api.request('get', '/items', { params: { query: { limit: 2 } } });
    expect(first.items.map((i) => i.name)).toEqual(['a', 'b']);
    const second = await api.request('get', '/items', {
      params: { query: { cursor: first.next_cursor ?? '' } },
    });
    expect(second).toEqual({ items: [{ id: 'it_3', name: 'c' }], next_cursor: null });
    mock.store.reset();
    expect(mock.store.items.size).toBe(0);
  });

  it('rejects a body that breaks the schema with the path of each issue', async () => {
    server.use(...fakeItems().handlers);
    const res = await fetch(`${BASE}/items`, {
      method: 'POST',
      body: JSON.stringify({ name: '', size: 1.5 }),
    });
    expect(res.status).toBe(422);
    const { detail } = (await res.json()) as { detail: { loc: string[] }[] };
    expect(detail.map((d) => d.loc)).toEqual([
      ['body', 'name'],
      ['body', 'size'],
    ]);
  });

  it('reports a body that is not JSON as an issue, not a crash', async () => {
    server.use(...fakeItems().handlers);
    const res = await fetch(`${BASE}/items`, { method: 'POST', body: '{oops' });
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).toMatch(/not valid JSON/);
  });

  it('answers unknown ids with the vendor 404 and bad cursors with 400', async () => {
    server.use(...fakeItems().handlers);
    expect((await fetch(`${BASE}/items/nope`)).status).toBe(404);
    expect((await fetch(`${BASE}/items?cursor=!!`)).status).toBe(400);
  });
});

describe('createRequestBodyChecker', () => {
  const operations = {
    'POST /items': {
      operationId: 'createItem',
      request: {
        type: 'object',
        required: ['item'],
        properties: { item: { $ref: '#/components/schemas/Item' } },
      },
    },
    'GET /items': { operationId: 'listItems' },
  } as const;
  const components = {
    schemas: { Item: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } },
  };
  const post = (body: string) => new Request('http://x/items', { method: 'POST', body });

  it("checks each operation's body against its schema, with refs into the components resolved", async () => {
    const check = createRequestBodyChecker(operations, components);
    expect(await check(post('{"item":{"name":"a"}}'), 'POST /items')).toEqual({
      ok: true,
      value: { item: { name: 'a' } },
    });
    const bad = await check(post('{"item":{"name":1}}'), 'POST /items');
    expect(bad).toMatchObject({
      ok: false,
      value: { item: { name: 1 } },
      issues: [{ path: ['item', 'name'] }],
    });
    expect(await check(post('{not json'), 'POST /items')).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_json' }],
    });
    // An operation the spec gives no request schema accepts what it is sent.
    expect((await check(post('{"any":1}'), 'GET /items')).ok).toBe(true);
  });

  it('tells a field that was not sent from one sent with a wrong value, without reading the wording', async () => {
    const check = createRequestBodyChecker(operations, components);
    const left = await check(post('{"item":{}}'), 'POST /items');
    expect(left).toMatchObject({ ok: false, issues: [{ path: ['item', 'name'], missing: true }] });
    const wrong = await check(post('{"item":{"name":1}}'), 'POST /items');
    expect(wrong).toMatchObject({ ok: false, issues: [{ path: ['item', 'name'], missing: false }] });
    const noItem = await check(post('{"item":null}'), 'POST /items');
    expect(noItem).toMatchObject({ ok: false, issues: [{ path: ['item'], missing: false }] });
    const noBody = await check(post(''), 'POST /items');
    expect(noBody).toMatchObject({ ok: false, issues: [{ path: [], missing: true }] });
  });
});

describe('createCollection', () => {
  it('assigns counting ids, keeps given ids, updates, replaces and deletes', () => {
    const c = createCollection<{ id: string; name: string; n?: number }>({ idPrefix: 'x_' });
    expect(c.insert({ name: 'a' })).toEqual({ id: 'x_1', name: 'a' });
    expect(c.insert({ id: 'mine', name: 'b' }).id).toBe('mine');
    expect(c.update('x_1', { n: 2 })).toEqual({ id: 'x_1', name: 'a', n: 2 });
    expect(c.update('missing', { n: 1 })).toBeUndefined();
    expect(c.replace('x_1', { id: 'ignored', name: 'z' })).toEqual({ id: 'x_1', name: 'z' });
    expect(c.all().map((r) => r.id)).toEqual(['x_1', 'mine']);
    expect(c.delete('mine')).toBe(true);
    expect(c.has('mine')).toBe(false);
    expect(c.find((r) => r.name === 'z')?.id).toBe('x_1');
  });

  it('hands a record made from its new id that id, under the collection id field', () => {
    const c = createCollection<{ file_id: string; url: string }, 'file_id'>({
      idField: 'file_id',
      idPrefix: 'f_',
    });
    c.insert({ url: '/first' });
    expect(c.insert((id) => ({ url: `/files/${id}`, file_id: 'ignored' }))).toEqual({
      file_id: 'f_2',
      url: '/files/f_2',
    });
    expect(c.get('f_2')?.url).toBe('/files/f_2');
  });
});

describe('pagers walk every item once, in order', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `i${i}` }));
  const walk = (n: number, size: number, style: 'cursor' | 'offset' | 'number' | 'after') => {
    const all = items(n);
    const seen: string[] = [];
    let cursor: string | null | undefined;
    let offset = 0;
    let page = 1;
    let after: string | undefined;
    for (let guard = 0; guard < 1000; guard++) {
      const result =
        style === 'cursor'
          ? pageByCursor(all, { cursor, limit: size })
          : style === 'offset'
            ? pageByOffset(all, { offset, limit: size })
            : style === 'number'
              ? pageByNumber(all, { page, pageSize: size })
              : pageAfterId(all, { after, limit: size });
      if (isPageError(result)) throw new Error(result.error.message);
      seen.push(...result.items.map((i) => i.id));
      if ('nextCursor' in result) {
        if (!result.nextCursor) break;
        cursor = result.nextCursor;
      } else if ('nextPage' in result) {
        if (!result.nextPage) break;
        page = Number(result.nextPage);
      } else if (!result.hasMore) break;
      offset += size;
      after = result.items.at(-1)?.id;
    }
    return seen;
  };
  it.each(['cursor', 'offset', 'number', 'after'] as const)('%s', (style) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 15 }), (n, size) => {
        expect(walk(n, size, style)).toEqual(items(n).map((i) => i.id));
      }),
      { numRuns: 100 },
    );
  });

  it('reports bad parameters as values, clamps limits, and builds DRF next/previous URLs', () => {
    const all = items(30);
    expect(pageByOffset(all, { limit: 0 })).toEqual({
      error: { param: 'limit', message: 'limit must be a positive integer' },
    });
    expect(pageByNumber(all, { page: 0 })).toMatchObject({ error: { param: 'page' } });
    expect(pageAfterId(all, { after: 'nope' })).toMatchObject({ error: { param: 'after' } });
    expect((pageByOffset(all, { limit: 500, maxLimit: 10 }) as { items: unknown[] }).items).toHaveLength(10);
    expect(pageUrl('https://x/api/d/?page=1&page_size=10', 'page', 2)).toBe(
      'https://x/api/d/?page=2&page_size=10',
    );
    expect(pageUrl('https://x/api/d/', 'page', null)).toBeNull();
  });
});

describe('scenarios', () => {
  const scenarios = createScenarios({
    baseUrl: BASE,
    errorBody: (status, message) => ({ error: { code: status, message } }),
  });

  it('rateLimited answers 429 with Retry-After, then falls through to the stateful mock; the client rides it out', async () => {
    const mock = fakeItems();
    mock.store.items.insert({ id: 'a', name: 'A' });
    server.use(...mock.handlers);
    // server.use() puts later handlers first: scenarios go in after the stateful handlers.
    server.use(scenarios.rateLimited('GET /items/{id}', { retryAfterMs: 20, times: 2 }));
    const api = createApiClient<paths>({ baseUrl: BASE, logLevel: 'off' });
    await expect(api.request('get', '/items/{id}', { params: { path: { id: 'a' } } })).resolves.toEqual({
      id: 'a',
      name: 'A',
    });
    server.use(scenarios.rateLimited('GET /items/{id}', { retryAfterSeconds: 1 }));
    const error = await api
      .request('get', '/items/{id}', { params: { path: { id: 'a' } }, maxRetries: 0 })
      .catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(1000);
    expect(error.body).toEqual({ error: { code: 429, message: 'Too many requests' } });
  });

  it('serverError counts its times; networkError makes fetch reject', async () => {
    server.use(...fakeItems().handlers);
    server.use(scenarios.serverError('POST /items', { status: 503, times: 2 }));
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await fetch(`${BASE}/items`, { method: 'POST', body: '{"name":"x"}' })).status);
    expect(statuses).toEqual([503, 503, 201]);
    server.use(scenarios.networkError('GET /items'));
    await expect(fetch(`${BASE}/items`)).rejects.toThrow(TypeError);
  });

  it('slow delays and then lets the stateful mock answer', async () => {
    server.use(...fakeItems().handlers);
    server.use(scenarios.slow('GET /items', { delayMs: 120 }));
    const started = performance.now();
    expect((await fetch(`${BASE}/items`)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('sseResponse streams in chunks that split lines, and the text reassembles', async () => {
    const events = [
      { event: 'delta', data: { text: 'héllo' }, id: '1' },
      { event: 'result', data: { done: true }, id: '2' },
    ];
    server.use(scenarios.sseResponse('POST /events', events, { chunkSize: 5 }));
    const res = await fetch(`${BASE}/events`, { method: 'POST' });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const seen = [];
    for await (const e of sseStream(res)) seen.push(e);
    expect(seen).toEqual(events);
  });

  it('cutStream ends mid-event, or drops the connection', async () => {
    const events = [{ data: { n: 1 } }, { data: { n: 2 } }];
    server.use(scenarios.cutStream('POST /events', events, { afterEvents: 1 }));
    const cut = await fetch(`${BASE}/events`, { method: 'POST' });
    const text = await new Response(cut.body).text();
    expect(text.startsWith('data: {"n":1}\n\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    server.use(scenarios.cutStream('POST /events', events, { afterEvents: 1, mode: 'error' }));
    const dropped = sseStream(await fetch(`${BASE}/events`, { method: 'POST' }));
    await expect(
      (async () => {
        for await (const _ of dropped);
      })(),
    ).rejects.toBeInstanceOf(StreamError);
  });

  it('says how to write a route when it is malformed', () => {
    expect(() => scenarios.rateLimited('query' as never)).toThrow(
      /route must look like 'POST \/v1\/things\/\{id\}'/,
    );
  });

  it('sseBody with chunkSize 1 splits multi-byte characters and still parses', async () => {
    const res = new Response(sseBody([{ data: { t: '🌍' } }], { chunkSize: 1 }));
    const seen = [];
    for await (const e of sseStream(res)) seen.push(e.data);
    expect(seen).toEqual([{ t: '🌍' }]);
  });
});
