// The mock engine's query check: a query string held to the spec's parameters as the generator lists them,
// values read as the APIs read text; then through createMockApi, where it sits between the vendor's early
// lookups, the body check and the page parameters.
import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  checkQuery,
  createMockApi,
  failOnUnhandled,
  fastApiValidationError,
  type MockQueryParam,
  type MockRoute,
} from '../src/msw/index';
import type { Operations } from './support/mock-routes';

const check = (search: string, params: MockQueryParam[]) => checkQuery(new URLSearchParams(search), params);
const one = (name: string, schema: MockQueryParam['schema'], extra: Partial<MockQueryParam> = {}) => [
  { name, schema, ...extra },
];

describe('checkQuery', () => {
  it('asks for a required parameter, and lets an optional one be left out', () => {
    expect(check('', one('q', { type: 'string' }, { required: true }))).toEqual([
      { path: ['q'], message: 'Field required', code: 'missing', missing: true },
    ]);
    expect(check('q=', one('q', { type: 'string' }, { required: true }))).toEqual([]);
    expect(check('', one('n', { type: 'integer' }))).toEqual([]);
  });

  it('reads integers, numbers and booleans from text as the APIs do', () => {
    const int = one('n', { type: 'integer' });
    expect(check('n=12', int)).toEqual([]);
    expect(check('n=-3', int)).toEqual([]);
    expect(check('n=abc', int)).toEqual([
      { path: ['n'], message: 'Input should be a valid integer', code: 'int_parsing' },
    ]);
    expect(check('n=1.5', int)[0]?.code).toBe('int_parsing');
    const num = one('x', { type: 'number' });
    expect(check('x=1.5', num)).toEqual([]);
    expect(check('x=', num)[0]?.code).toBe('float_parsing');
    expect(check('x=NaN', num)[0]?.code).toBe('float_parsing');
    const bool = one('b', { type: 'boolean' });
    for (const text of ['true', 'False', '1', '0', 'yes', 'off'])
      expect(check(`b=${text}`, bool)).toEqual([]);
    expect(check('b=maybe', bool)[0]?.code).toBe('bool_parsing');
  });

  it('holds a value to its enum, naming the allowed values', () => {
    const status = one('status', { type: 'string', enum: ['open', 'done', 'failed'] });
    expect(check('status=done', status)).toEqual([]);
    expect(check('status=BOGUS', status)).toEqual([
      { path: ['status'], message: "Input should be 'open', 'done' or 'failed'", code: 'enum' },
    ]);
    expect(check('n=2', one('n', { type: 'integer', enum: [1, 2] }))).toEqual([]);
  });

  it('checks the date-time, date and uuid formats', () => {
    const at = one('at', { type: 'string', format: 'date-time' });
    expect(check('at=2026-12-03T18:00:00Z', at)).toEqual([]);
    expect(check('at=2026-12-03T18:00:00.123%2B01:00', at)).toEqual([]);
    expect(check('at=yesterday', at)).toEqual([
      { path: ['at'], message: 'Input should be a valid datetime', code: 'datetime_parsing' },
    ]);
    expect(check('at=2026-12-03', at)[0]?.code).toBe('datetime_parsing');
    const day = one('day', { type: 'string', format: 'date' });
    expect(check('day=2024-02-29', day)).toEqual([]);
    expect(check('day=2026-02-30', day)[0]?.code).toBe('date_parsing');
    const id = one('id', { type: 'string', format: 'uuid' });
    expect(check('id=f1000000-0000-4000-8000-000000000000', id)).toEqual([]);
    expect(check('id=x', id)[0]?.code).toBe('uuid_parsing');
    expect(check('e=not-an-email', one('e', { type: 'string', format: 'email' }))).toEqual([]);
  });

  it('checks numeric bounds, exclusive bounds, string length and pattern', () => {
    const n = one('n', { type: 'integer', minimum: 1, maximum: 100 });
    expect(check('n=1', n)).toEqual([]);
    expect(check('n=0', n)).toEqual([
      { path: ['n'], message: 'Input should be greater than or equal to 1', code: 'greater_than_equal' },
    ]);
    expect(check('n=101', n)[0]?.code).toBe('less_than_equal');
    const x = one('x', { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 });
    expect(check('x=0.5', x)).toEqual([]);
    expect(check('x=0', x)[0]?.code).toBe('greater_than');
    expect(check('x=1', x)[0]?.code).toBe('less_than');
    const s = one('s', { type: 'string', minLength: 2, maxLength: 3, pattern: '^[a-z]+$' });
    expect(check('s=ab', s)).toEqual([]);
    expect(check('s=a', s)[0]?.code).toBe('string_too_short');
    expect(check('s=abcd', s)[0]?.code).toBe('string_too_long');
    expect(check('s=A1', s)[0]?.code).toBe('string_pattern_mismatch');
  });

  it('reads an array from repeated keys, or from one comma value when explode is false, naming the bad item', () => {
    const items = { type: 'array', items: { type: 'integer', minimum: 1 } } as const;
    expect(check('ids=1&ids=2', one('ids', items))).toEqual([]);
    expect(check('ids=1&ids=x', one('ids', items))).toEqual([
      { path: ['ids', 1], message: 'Input should be a valid integer', code: 'int_parsing' },
    ]);
    const comma = one('ids', items, { explode: false });
    expect(check('ids=1,2,3', comma)).toEqual([]);
    expect(check('ids=1,0', comma)).toEqual([
      { path: ['ids', 1], message: 'Input should be greater than or equal to 1', code: 'greater_than_equal' },
    ]);
    expect(check('ids=1|x', one('ids', items, { style: 'pipeDelimited', explode: false }))[0]?.path).toEqual([
      'ids',
      1,
    ]);
  });

  it('takes a value any branch of anyOf takes', () => {
    const either = one('v', { anyOf: [{ type: 'integer' }, { type: 'string', enum: ['all'] }] });
    expect(check('v=3', either)).toEqual([]);
    expect(check('v=all', either)).toEqual([]);
    expect(check('v=some', either)[0]?.code).toBe('int_parsing');
  });

  it('ignores parameters the spec does not list and deepObject ones; reports every bad one', () => {
    const params: MockQueryParam[] = [
      { name: 'n', schema: { type: 'integer' } },
      { name: 'filter', style: 'deepObject', schema: { type: 'integer' } },
      { name: 'm', required: true, schema: { type: 'integer' } },
    ];
    const issues = check('n=x&filter[a]=b&other=anything', params);
    expect(issues.map((i) => i.path)).toEqual([['n'], ['m']]);
  });
});

describe('createMockApi query check', () => {
  const baseUrl = 'https://query.example.test';
  const route = (extra: Partial<MockRoute<keyof Operations>>): MockRoute<keyof Operations> =>
    ({ method: 'get', path: '/items', key: 'GET /items', status: 200, ...extra }) as MockRoute<
      keyof Operations
    >;
  const api = createMockApi<Operations>({
    baseUrl,
    routes: [
      route({
        operationId: 'listItems',
        pagination: { style: 'offset', items: 'items', limit: { param: 'limit', maximum: 10 } },
        // As generated: the page parameter (limit) is the pager's, not listed here.
        query: [{ name: 'status', schema: { type: 'string', enum: ['open', 'done'] } }],
      }),
      route({
        operationId: 'getItem',
        path: '/items/{id}',
        key: 'GET /items/{id}',
        query: [{ name: 'since', required: true, schema: { type: 'string', format: 'date-time' } }],
      }),
    ],
    beforeBody: { getItem: ({ params, notFound }) => (params.id === 'gone' ? notFound() : undefined) },
    errors: {
      invalid: (issues, _route, where) => fastApiValidationError(issues, { where }),
      notFound: () => HttpResponse.json({ detail: 'Not Found' }, { status: 404 }),
      methodNotAllowed: () => HttpResponse.json({}, { status: 405 }),
      pageError: (error) => HttpResponse.json({ page: error.param }, { status: 400 }),
    },
    resolvers: {
      listItems: ({ page }) => page([{ id: 'a', name: 'a' }]),
      getItem: ({ params }) => ({ id: params.id, name: 'x' }),
    },
  });
  const server = setupServer(...api.handlers);
  beforeAll(() => server.listen(failOnUnhandled));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  const get = async (path: string) => {
    const res = await fetch(baseUrl + path);
    return { status: res.status, body: await res.json() };
  };

  it("answers a bad query parameter with the vendor's error at the query, and never calls the resolver", async () => {
    expect(await get('/items?status=BOGUS')).toEqual({
      status: 422,
      body: { detail: [{ loc: ['query', 'status'], msg: "Input should be 'open' or 'done'", type: 'enum' }] },
    });
    expect(await get('/items/a')).toEqual({
      status: 422,
      body: { detail: [{ loc: ['query', 'since'], msg: 'Field required', type: 'missing' }] },
    });
    expect((await get('/items?status=open&unknown=1')).status).toBe(200);
  });

  it('leaves page parameters to the pager, which runs after the other parameters are checked', async () => {
    expect(await get('/items?limit=0')).toEqual({ status: 400, body: { page: 'limit' } });
    expect((await get('/items?limit=0&status=BOGUS')).body.detail[0].loc).toEqual(['query', 'status']);
  });

  it('runs the vendor lookup (beforeBody) before the query check', async () => {
    expect((await get('/items/gone?since=yesterday')).status).toBe(404);
    expect((await get('/items/a?since=yesterday')).status).toBe(422);
    expect((await get('/items/a?since=2026-12-03T10:00:00Z')).status).toBe(200);
  });

  it('checks an override the same way', async () => {
    server.use(api.override('getItem', () => ({ id: 'o', name: 'o' })));
    expect((await get('/items/a')).status).toBe(422);
  });
});
