// The mock engine: a route table and resolvers become msw handlers that route, check bodies, page lists,
// answer 405s in the vendor's shape and take typed overrides. Exercised with real fetch through msw.
import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createCollection,
  createMockApi,
  createMockClock,
  createRequestBodyChecker,
  failOnUnhandled,
  fastApiValidationError,
  fireTimes,
  type MockPagination,
  type MockRoute,
  mockUuid,
  sha256Hex,
} from '../src/msw/index';
import type { Item } from './support/paths';
import { type Operations, operations, routes } from './support/mock-routes';

const baseUrl = 'https://engine.example.test';
const items = createCollection<Item>({ idPrefix: 'it_' });
const mock = createMockApi<Operations>({
  baseUrl,
  routes,
  validate: createRequestBodyChecker(operations as never),
  errors: {
    invalid: (issues) => fastApiValidationError(issues),
    notFound: (message = 'Not Found') => HttpResponse.json({ detail: message }, { status: 404 }),
    methodNotAllowed: (method) => HttpResponse.json({ detail: `${method} not allowed` }, { status: 405 }),
  },
  resolvers: {
    countItems: () => ({ count: items.size }),
    getItem: ({ params, notFound }) => items.get(params.id) ?? notFound(),
    deleteItem: ({ params, notFound }) => (items.delete(params.id) ? undefined : notFound()),
    listItems: ({ page }) => page(items.all()),
    createItem: ({ body }) => items.insert({ ...body }),
  },
});
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen(failOnUnhandled));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => items.clear());

const call = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(baseUrl + path, {
    method,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: res.status, body: res.status === 204 ? null : await res.json() };
};

describe('createMockApi', () => {
  it('routes by the table, sending a plain answer with the route success status', async () => {
    expect(await call('POST', '/items', { name: 'a' })).toEqual({
      status: 201,
      body: { id: 'it_1', name: 'a' },
    });
    expect(await call('GET', '/items/it_1')).toEqual({ status: 200, body: { id: 'it_1', name: 'a' } });
    expect(await call('DELETE', '/items/it_1')).toEqual({ status: 204, body: null });
    expect(await call('GET', '/items/it_1')).toEqual({ status: 404, body: { detail: 'Not Found' } });
  });

  it('matches a static segment before a {param} (the table order)', async () => {
    expect(await call('GET', '/items/count')).toEqual({ status: 200, body: { count: 0 } });
  });

  it("answers a body that breaks the spec, or is not JSON, with the vendor's error and never calls the resolver", async () => {
    expect(await call('POST', '/items', { size: 1 })).toEqual({
      status: 422,
      body: {
        detail: [
          { type: 'invalid_type', loc: ['body', 'name'], msg: expect.stringMatching(/received undefined/) },
        ],
      },
    });
    const broken = await call('POST', '/items', '{"name":');
    expect(broken.status).toBe(422);
    expect(broken.body.detail[0].msg).toMatch(/not valid JSON/);
    expect(items.size).toBe(0);
  });

  it("answers 405 in the vendor's shape for a known path asked with a method it does not serve", async () => {
    expect(await call('PATCH', '/items/x')).toEqual({ status: 405, body: { detail: 'PATCH not allowed' } });
  });

  it("pages a list by the route's pagination: default and maximum page size, opaque cursor", async () => {
    for (const name of ['a', 'b', 'c', 'd', 'e']) items.insert({ name });
    const first = await call('GET', '/items');
    expect(first.body.items.map((i: Item) => i.name)).toEqual(['a', 'b']);
    const next = await call('GET', `/items?cursor=${first.body.next_cursor}&limit=50`);
    expect(next.body).toEqual({ items: items.all().slice(2, 5), next_cursor: null });
    const bad = await call('GET', '/items?limit=0');
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0]).toMatchObject({ loc: ['body', 'limit'] });
  });

  it('overrides one operation, once or always, with the same routing', async () => {
    server.use(
      mock.override('getItem', ({ params }) => ({ id: params.id, name: 'override' }), { once: true }),
    );
    expect((await call('GET', '/items/z')).body).toEqual({ id: 'z', name: 'override' });
    expect((await call('GET', '/items/z')).status).toBe(404);
    server.use(mock.override('countItems', () => HttpResponse.json({ detail: 'down' }, { status: 503 })));
    expect((await call('GET', '/items/count')).status).toBe(503);
    expect(() => mock.override('nope' as never, () => undefined)).toThrow(/no operation 'nope'/);
  });
});

const createItemRoute = routes.find((r) => r.operationId === 'createItem') as (typeof routes)[number];

describe('createMockApi paging options', () => {
  const other = 'https://paging.example.test';
  const docs = Array.from({ length: 5 }, (_, i) => ({ id: `d${i}`, name: `d${i}` }));
  const api = createMockApi<Operations>({
    baseUrl: other,
    routes: [
      {
        operationId: 'listItems',
        method: 'get',
        path: '/items',
        key: 'GET /items',
        status: 200,
        pagination: { style: 'offset', items: 'docs', total: 'total_count', offsetParam: 'skip' },
      },
      createItemRoute,
    ],
    // Every body is wrong here, so only a beforeBody answer comes before the 400.
    validate: async () => ({ ok: false, issues: [{ path: [], message: 'wrong', code: 'custom' }] }),
    beforeBody: { createItem: ({ query, notFound }) => (query.has('missing') ? notFound() : undefined) },
    errors: {
      invalid: () => HttpResponse.json({}, { status: 400 }),
      notFound: () => HttpResponse.json({}, { status: 404 }),
      methodNotAllowed: (_m, _r, allow) => HttpResponse.json({ allow }, { status: 405 }),
      pageError: (error) => HttpResponse.json({ bad: error.param }, { status: 422 }),
    },
    paging: { defaultLimit: 2, maxLimit: 3 },
    resolvers: {
      listItems: ({ page }) => page(docs as never[], (p) => ({ offset: p.offset, limit: p.limit })),
    },
  });
  beforeEach(() => server.use(...api.handlers));
  const get = async (path: string, method = 'GET') => {
    const res = await fetch(other + path, { method });
    return { status: res.status, body: await res.json() };
  };

  it("uses the mock's page sizes where the spec gives none, and names the API's own parameter in errors", async () => {
    expect((await get('/items?skip=1')).body).toEqual({
      docs: docs.slice(1, 3),
      total_count: 5,
      offset: 1,
      limit: 2,
    });
    expect((await get('/items?limit=10')).body.limit).toBe(3);
    expect(await get('/items?skip=-1')).toEqual({ status: 422, body: { bad: 'skip' } });
  });

  it('lists the methods a path serves (for Allow), a method without a resolver passing on', async () => {
    expect(await get('/items', 'PUT')).toEqual({ status: 405, body: { allow: ['GET', 'POST'] } });
    await expect(fetch(`${other}/items`, { method: 'POST', body: '{}' })).rejects.toThrow();
  });

  it('runs a beforeBody check before the body is checked (a lookup that answers 404 first)', async () => {
    server.use(api.override('createItem', () => ({ id: 'x', name: 'x' })));
    expect((await fetch(`${other}/items?missing`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await fetch(`${other}/items`, { method: 'POST', body: '{}' })).status).toBe(400);
  });
});

describe('deterministic pieces', () => {
  it('a clock steps on each reading and resets to its start', () => {
    const clock = createMockClock({ start: '2026-01-01T00:00:00Z', stepMs: 1000 });
    expect(clock.now()).toBe('2026-01-01T00:00:01.000Z');
    clock.advance(60_000);
    expect(clock.now()).toBe('2026-01-01T00:01:02.000Z');
    clock.reset();
    expect(clock.now()).toBe('2026-01-01T00:00:01.000Z');
  });

  it('ids are uuid-shaped and name their kind and sequence', () => {
    expect(mockUuid('de', 26)).toBe('de000000-0000-4000-8000-00000000001a');
  });

  it('sha256Hex matches the known digest', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('fireTimes fires n times, then never', () => {
    const fire = fireTimes(2);
    expect([fire.take(), fire.take(), fire.take()]).toEqual([true, true, false]);
    expect(fire.left).toBe(0);
  });
});

describe('createMockApi page fields the client does not page by', () => {
  const other = 'https://fields.example.test';
  const docs = Array.from({ length: 5 }, (_, i) => ({ id: `d${i}`, name: `d${i}` }));
  const listRoute = (pagination: MockPagination): MockRoute<keyof Operations> => ({
    operationId: 'listItems',
    method: 'get',
    path: '/items',
    key: 'GET /items',
    status: 200,
    pagination,
  });
  const serve = (pagination: MockPagination) =>
    server.use(
      ...createMockApi<Operations>({
        baseUrl: other,
        routes: [listRoute(pagination)],
        errors: {
          invalid: () => HttpResponse.json({}, { status: 400 }),
          notFound: () => HttpResponse.json({}, { status: 404 }),
          methodNotAllowed: () => HttpResponse.json({}, { status: 405 }),
        },
        resolvers: { listItems: ({ page }) => page(docs) },
      }).handlers,
    );
  const get = async (path: string) => (await fetch(other + path)).json();
  const limit = { param: 'limit', default: 2, maximum: 3 };

  it('fills the total, the count on the page, has-more and the page size a cursor list names', async () => {
    serve({
      style: 'cursor',
      items: 'items',
      total: 'total_size',
      count: 'count',
      hasMore: 'has_more',
      limitField: 'limit',
      limit,
    });
    const first = await get('/items');
    expect(first).toEqual({
      items: docs.slice(0, 2),
      next_cursor: expect.any(String),
      total_size: 5,
      count: 2,
      has_more: true,
      limit: 2,
    });
    const last = await get(`/items?limit=9&cursor=${first.next_cursor}`);
    expect(last).toMatchObject({ count: 3, has_more: false, limit: 3, next_cursor: null });
  });

  it('repeats the offset and size an offset list was cut with, and the total a page list names', async () => {
    serve({
      style: 'offset',
      items: 'items',
      count: 'count',
      offsetField: 'offset',
      limitField: 'limit',
      limit,
    });
    expect(await get('/items?offset=4')).toEqual({ items: docs.slice(4), count: 1, offset: 4, limit: 2 });
    serve({ style: 'page', items: 'data', total: 'total', hasMore: 'has_more', limit });
    expect(await get('/items?page=3')).toEqual({ data: docs.slice(4), total: 5, has_more: false });
  });
});
