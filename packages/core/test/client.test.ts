import { inspect } from 'node:util';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import createOpenapiFetchClient, { type Client as OpenapiFetchClient } from 'openapi-fetch';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  createApiClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  UsageError,
} from '../src/index';
import type { paths } from './support/paths';

const BASE = 'https://api.example.test';
const KEY = 'sk-test-0123456789abcdef';
const mswServer = setupServer();

function quietLogger() {
  return { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
}

function client(options: Partial<Parameters<typeof createApiClient>[0]> = {}) {
  return createApiClient<paths>({
    baseUrl: BASE,
    apiKey: KEY,
    logger: quietLogger(),
    retry: { initialDelay: 1, maxDelay: 2 },
    ...options,
  });
}

describe('createApiClient with msw', () => {
  // The client is created BEFORE msw starts listening: fetch must be looked up per request (openapi-fetch #1878).
  const early = client();

  beforeAll(() => mswServer.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => mswServer.resetHandlers());
  afterAll(() => mswServer.close());

  it('is intercepted by msw even though it was created before msw listened', async () => {
    mswServer.use(
      http.get(`${BASE}/items/:id`, ({ params }) => HttpResponse.json({ id: params.id, name: 'early' })),
    );
    await expect(early.request('get', '/items/{id}', { params: { path: { id: 'i_1' } } })).resolves.toEqual({
      id: 'i_1',
      name: 'early',
    });
  });

  it('sends the API key as a bearer token, the client headers and per-call headers', async () => {
    let seen: Headers | undefined;
    mswServer.use(
      http.post(`${BASE}/items`, async ({ request }) => {
        seen = request.headers;
        return HttpResponse.json({ id: 'i_2', ...((await request.json()) as object) }, { status: 201 });
      }),
    );
    const api = client({ headers: { 'X-Workspace-Id': 'ws_1' } });
    const item = await api.request('post', '/items', {
      body: { name: 'a', size: 3 },
      headers: { 'X-Trace': 't1' },
    });
    expect(item).toEqual({ id: 'i_2', name: 'a', size: 3 });
    expect(seen?.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(seen?.get('x-workspace-id')).toBe('ws_1');
    expect(seen?.get('x-trace')).toBe('t1');
    expect(seen?.get('content-type')).toBe('application/json');
  });

  it('asks an async token provider before every attempt', async () => {
    let calls = 0;
    const tokens: string[] = [];
    mswServer.use(
      http.get(`${BASE}/items/:id`, ({ request }) => {
        tokens.push(request.headers.get('authorization') ?? '');
        return tokens.length === 1
          ? HttpResponse.json({ detail: 'busy' }, { status: 503 })
          : HttpResponse.json({ id: 'x', name: 'y' });
      }),
    );
    const api = client({ apiKey: async () => `token-${++calls}` });
    await api.request('get', '/items/{id}', { params: { path: { id: 'x' } } });
    expect(tokens).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('uses a custom auth header', async () => {
    let header: string | null = null;
    mswServer.use(
      http.get(`${BASE}/items/:id`, ({ request }) => {
        header = request.headers.get('x-api-key');
        return HttpResponse.json({ id: 'x', name: 'y' });
      }),
    );
    await client({ authHeader: (k) => ({ 'X-API-Key': k }) }).request('get', '/items/{id}', {
      params: { path: { id: 'x' } },
    });
    expect(header).toBe(KEY);
  });

  it('uses a custom fetch when one is given', async () => {
    const fetch = vi.fn(async () => Response.json({ id: 'c', name: 'custom' }));
    const api = client({ fetch: fetch as unknown as typeof globalThis.fetch });
    await expect(api.request('get', '/items/{id}', { params: { path: { id: 'c' } } })).resolves.toMatchObject(
      {
        name: 'custom',
      },
    );
    expect(fetch).toHaveBeenCalledOnce();
  });

  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [418, ApiError],
  ])('maps status %i to its error class', async (status, ErrorClass) => {
    mswServer.use(
      http.delete(`${BASE}/items/:id`, () =>
        HttpResponse.json({ message: `status ${status}` }, { status, headers: { 'x-request-id': 'req_9' } }),
      ),
    );
    const error = await client({ maxRetries: 0 })
      .request('delete', '/items/{id}', { params: { path: { id: 'i_1' } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(ErrorClass.is(error)).toBe(true);
    expect(error).toMatchObject({
      status,
      requestId: 'req_9',
      vendorMessage: `status ${status}`,
      method: 'DELETE',
    });
    expect((error as ApiError).message).toBe(`${status} status ${status}: DELETE ${BASE}/items/i_1`);
  });

  it.each([
    [{ error: { code: 'E', message: 'nested message' } }, 'nested message'],
    [{ detail: 'Pipeline not found' }, 'Pipeline not found'],
    [{ detail: [{ loc: ['body', 'name'], msg: 'field required' }] }, 'body.name: field required'],
    [{ errors: [{ attr: 'api_name', detail: 'already exists' }] }, 'api_name: already exists'],
    [{ errors: ['name is required', 'size must be positive'] }, 'name is required; size must be positive'],
    ['plain text failure', 'plain text failure'],
  ])('finds the vendor message in %j', async (body, message) => {
    mswServer.use(
      http.get(`${BASE}/items/:id`, () =>
        typeof body === 'string'
          ? new HttpResponse(body, { status: 400 })
          : HttpResponse.json(body as object, { status: 400 }),
      ),
    );
    const error = (await client()
      .request('get', '/items/{id}', { params: { path: { id: 'p_1' } } })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.vendorMessage).toBe(message);
    expect(error.body).toEqual(body);
  });

  it('takes the request id from the body only when no request-id header carries one', async () => {
    const api = (headers: Record<string, string>) =>
      client({
        maxRetries: 0,
        errorRequestId: (body) => (body as { error?: { request_id?: string } }).error?.request_id,
        fetch: async () => Response.json({ error: { request_id: 'from_body' } }, { status: 400, headers }),
      });
    const fromBody = await api({})
      .request('get', '/items/{id}', { params: { path: { id: 'i_1' } } })
      .catch((e: unknown) => e);
    expect((fromBody as ApiError).requestId).toBe('from_body');
    const fromHeader = await api({ 'x-request-id': 'from_header' })
      .request('get', '/items/{id}', { params: { path: { id: 'i_1' } } })
      .catch((e: unknown) => e);
    expect((fromHeader as ApiError).requestId).toBe('from_header');
  });

  it('sends JSON only for bodies it serialized: a Blob or bytes go out with their own type or none', async () => {
    const sent: (string | null)[] = [];
    const api = client({
      fetch: async (_input, init) => {
        sent.push(new Headers(init?.headers).get('content-type'));
        return Response.json({});
      },
    });
    await api.request('post', '/items', { body: new Blob(['x'], { type: 'text/csv' }) } as never);
    await api.request('post', '/items', { body: new Uint8Array([1, 2]) } as never);
    await api.request('post', '/items', { body: { name: 'n' } } as never);
    expect(sent).toEqual([null, null, 'application/json']);
  });

  it('lets a vendor extractor pick the message', async () => {
    mswServer.use(
      http.get(`${BASE}/items/:id`, () => HttpResponse.json({ oops: { why: 'vendor' } }, { status: 400 })),
    );
    const error = (await client({ errorMessage: (b) => (b as { oops: { why: string } }).oops.why })
      .request('get', '/items/{id}', { params: { path: { id: 'p' } } })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.message).toBe(`400 vendor: GET ${BASE}/items/p`);
  });

  it('keeps openapi-fetch { data, error } on .raw, over the same transport', async () => {
    let auth: string | null = null;
    mswServer.use(
      http.get(`${BASE}/items/:id`, ({ request }) => {
        auth = request.headers.get('authorization');
        return HttpResponse.json({ detail: 'nope' }, { status: 404 });
      }),
    );
    const { data, error, response } = await client().raw.GET('/items/{id}', {
      params: { path: { id: 'z' } },
    });
    expect(data).toBeUndefined();
    expect(error).toEqual({ detail: 'nope' });
    expect(response.status).toBe(404);
    expect(auth).toBe(`Bearer ${KEY}`);
  });

  it('returns undefined for 204 No Content', async () => {
    mswServer.use(http.delete(`${BASE}/items/:id`, () => new HttpResponse(null, { status: 204 })));
    await expect(
      client().request('delete', '/items/{id}', { params: { path: { id: 'a' } } }),
    ).resolves.toBeUndefined();
  });

  it('serialises query arrays and skips undefined values', async () => {
    let search = '';
    mswServer.use(
      http.get(`${BASE}/items`, ({ request }) => {
        search = new URL(request.url).search;
        return HttpResponse.json({ items: [], next_cursor: null });
      }),
    );
    await client().request('get', '/items', {
      params: { query: { status: 'open', limit: 5, cursor: undefined } },
    });
    expect(search).toBe('?status=open&limit=5');
  });
});

describe('secrets never leak', () => {
  beforeAll(() => mswServer.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => mswServer.resetHandlers());
  afterAll(() => mswServer.close());

  it('scrubs the key from the message, body, JSON and inspect output, even when the server echoes it', async () => {
    mswServer.use(
      http.get(`${BASE}/items/:id`, ({ request }) =>
        HttpResponse.json(
          { message: `Invalid key ${request.headers.get('authorization')}`, echo: { key: KEY } },
          { status: 401 },
        ),
      ),
    );
    const logger = quietLogger();
    const error = await client({ logger, logLevel: 'debug' })
      .request('get', '/items/{id}', { params: { path: { id: 'q' } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toContain('Invalid key Bearer ***');
    for (const text of [
      (error as Error).message,
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      String((error as Error).stack),
      JSON.stringify(logger.debug.mock.calls),
    ]) {
      expect(text).not.toContain(KEY);
    }
    expect(JSON.stringify(logger.debug.mock.calls)).toContain('"authorization":"***"');
  });

  it('redacts credentials in URLs', async () => {
    mswServer.use(http.get(`${BASE}/items`, () => HttpResponse.json({}, { status: 403 })));
    const error = (await client()
      .request('get', '/items', { params: { query: { api_key: KEY } as never } })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.url).toBe(`${BASE}/items?api_key=***`);
    expect(inspect(error)).not.toContain(KEY);
  });
});

describe('misuse', () => {
  it('rejects a relative or missing baseUrl with a message that says what to pass', () => {
    expect(() => createApiClient({ baseUrl: '/v1' })).toThrow(UsageError);
    expect(() => createApiClient({ baseUrl: '/v1' })).toThrow(/absolute http\(s\) URL/);
  });

  it('rejects negative retries and timeouts', async () => {
    expect(() => createApiClient({ baseUrl: BASE, maxRetries: -1 })).toThrow(/maxRetries/);
    const api = createApiClient<paths>({ baseUrl: BASE });
    await expect(
      api.request('get', '/items/{id}', { params: { path: { id: 'a' } }, timeout: -5 }),
    ).rejects.toThrow(/timeout/);
  });
});

describe('withResponse', () => {
  const fetchWithId = (id: string) =>
    (async () =>
      Response.json(
        { id, name: id },
        { headers: { 'x-request-id': `req_${id}` } },
      )) as unknown as typeof fetch;

  it('gives each call its own data, response and request id, before or after the call settled', async () => {
    const api = client({ fetch: fetchWithId('a') });
    const early = await api.request('get', '/items/{id}', { params: { path: { id: 'a' } } }).withResponse();
    expect(early.data).toMatchObject({ id: 'a' });
    expect(early.response.status).toBe(200);
    expect(early.requestId).toBe('req_a');
    const other = client({ fetch: fetchWithId('b') });
    const calls = [
      api.request('get', '/items/{id}', { params: { path: { id: 'a' } } }),
      other.request('get', '/items/{id}', { params: { path: { id: 'b' } } }),
    ];
    await Promise.all(calls);
    const [a, b] = await Promise.all(calls.map((call) => call.withResponse()));
    expect([a?.data, a?.requestId, b?.data, b?.requestId]).toMatchObject([
      { id: 'a' },
      'req_a',
      { id: 'b' },
      'req_b',
    ]);
  });

  it('rejects through withResponse too when the call fails; a detached copy of the method throws', async () => {
    const api = client({
      fetch: (async () => Response.json({}, { status: 404 })) as unknown as typeof fetch,
    });
    const call = api.request('get', '/items/{id}', { params: { path: { id: 'x' } } });
    await expect(call.withResponse()).rejects.toBeInstanceOf(NotFoundError);
    await expect(call).rejects.toBeInstanceOf(NotFoundError);
    const { withResponse } = call;
    expect(() => withResponse()).toThrow(TypeError);
  });
});

describe('resource calls and .raw', () => {
  // Calls build their request themselves rather than through openapi-fetch's client (which would double
  // the bundle and cost a tenth of a small GET). The wire request must still be the one openapi-fetch
  // sends, or a user coming from it, or switching to `.raw`, would see the server behave differently.
  type Seen = { url: string; method: string; headers: Record<string, string>; body: string };
  function capturing(seen: Seen[]) {
    return async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      seen.push({
        url: request.url,
        method: request.method,
        headers: Object.fromEntries(request.headers),
        body: await request.text(),
      });
      return Response.json({ id: 'i_1', name: 'n' });
    };
  }
  async function viaCore(call: (api: ReturnType<typeof client>) => Promise<unknown>) {
    const seen: Seen[] = [];
    await call(client({ headers: { 'x-client': 'c' }, fetch: capturing(seen) }));
    return seen;
  }
  async function viaOpenapiFetch(call: (api: OpenapiFetchClient<paths>) => Promise<unknown>) {
    const seen: Seen[] = [];
    const api = createOpenapiFetchClient<paths>({
      baseUrl: BASE,
      headers: { 'x-client': 'c', authorization: `Bearer ${KEY}` },
      fetch: (request: Request) => capturing(seen)(request),
    });
    await call(api);
    return seen;
  }

  const calls: [
    string,
    Parameters<typeof viaCore>[0],
    Parameters<typeof viaCore>[0],
    Parameters<typeof viaOpenapiFetch>[0],
  ][] = [
    [
      'query parameters',
      (api) =>
        api.request('get', '/items', { params: { query: { limit: 5, status: 'open', cursor: 'a b&c' } } }),
      (api) => api.raw.GET('/items', { params: { query: { limit: 5, status: 'open', cursor: 'a b&c' } } }),
      (api) => api.GET('/items', { params: { query: { limit: 5, status: 'open', cursor: 'a b&c' } } }),
    ],
    [
      'path parameters',
      (api) => api.request('get', '/items/{id}', { params: { path: { id: 'i/1 x' } } }),
      (api) => api.raw.GET('/items/{id}', { params: { path: { id: 'i/1 x' } } }),
      (api) => api.GET('/items/{id}', { params: { path: { id: 'i/1 x' } } }),
    ],
    [
      'a JSON body and call headers',
      (api) => api.request('post', '/items', { body: { name: 'ü' }, headers: { 'x-call': '1' } }),
      (api) => api.raw.POST('/items', { body: { name: 'ü' }, headers: { 'x-call': '1' } }),
      (api) => api.POST('/items', { body: { name: 'ü' }, headers: { 'x-call': '1' } }),
    ],
    [
      'a DELETE',
      (api) => api.request('delete', '/items/{id}', { params: { path: { id: 'i_1' } } }),
      (api) => api.raw.DELETE('/items/{id}', { params: { path: { id: 'i_1' } } }),
      (api) => api.DELETE('/items/{id}', { params: { path: { id: 'i_1' } } }),
    ],
  ];

  for (const [name, viaResource, viaRaw, viaTheirs] of calls) {
    it(`sends the request openapi-fetch sends, for ${name}`, async () => {
      const theirs = await viaOpenapiFetch(viaTheirs);
      expect(theirs).toHaveLength(1);
      expect(await viaCore(viaResource)).toEqual(theirs);
      expect(await viaCore(viaRaw)).toEqual(theirs);
    });
  }

  it('encodes any query as openapi-fetch does, under every serializer setting', async () => {
    const name = fc.stringMatching(/^[a-z_]{1,6}$/);
    const scalar = fc.oneof(fc.string(), fc.integer(), fc.boolean());
    const value = fc.oneof(
      scalar,
      fc.constant(undefined),
      fc.array(scalar, { maxLength: 3 }),
      fc.dictionary(name, scalar, { minKeys: 1, maxKeys: 3 }),
    );
    const settings = fc.record({
      array: fc.record({
        style: fc.constantFrom('form' as const, 'spaceDelimited' as const, 'pipeDelimited' as const),
        explode: fc.boolean(),
      }),
      object: fc.record({
        style: fc.constantFrom('form' as const, 'deepObject' as const),
        explode: fc.boolean(),
      }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(name, value, { maxKeys: 4 }),
        settings,
        async (query, querySerializer) => {
          const urls: string[] = [];
          const record = async (input: RequestInfo | URL) => {
            urls.push(new URL(input instanceof Request ? input.url : String(input)).href);
            return Response.json({ items: [], next_cursor: null });
          };
          const ours = client({ querySerializer, fetch: record });
          const theirs = createOpenapiFetchClient<paths>({ baseUrl: BASE, querySerializer, fetch: record });
          await ours.raw.GET('/items', { params: { query } as never });
          await theirs.GET('/items', { params: { query } as never });
          expect(urls[0]).toBe(urls[1]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('with allowReserved, leaves reserved characters as they are and still encodes the rest', async () => {
    const urls: string[] = [];
    const api = client({
      querySerializer: { allowReserved: true },
      fetch: async (input) => {
        urls.push(String(input));
        return Response.json({ items: [], next_cursor: null });
      },
    });
    await api.request('get', '/items', { params: { query: { cursor: 'a/b:c d%#e', limit: 5 } } });
    // openapi-fetch sends the value untouched here, so a `%` or `#` in it would corrupt the URL.
    expect(urls).toEqual([`${BASE}/items?cursor=a/b:c%20d%25%23e&limit=5`]);
    expect(new URL(urls[0] as string).searchParams.get('cursor')).toBe('a/b:c d%#e');
  });

  it('sends a Date as its ISO timestamp and refuses a nested object rather than sending [object Object]', async () => {
    const urls: string[] = [];
    const api = client({
      fetch: async (input) => {
        urls.push(String(input));
        return Response.json({ items: [], next_cursor: null });
      },
    });
    const since = new Date('2026-11-23T10:00:00Z');
    await api.request('get', '/items', { params: { query: { since, range: { from: since } } } as never });
    expect(urls).toEqual([
      `${BASE}/items?since=2026-11-23T10%3A00%3A00.000Z&range[from]=2026-11-23T10%3A00%3A00.000Z`,
    ]);
    await expect(
      api.request('get', '/items', { params: { query: { filter: { tag: { in: ['a'] } } } } as never }),
    ).rejects.toThrow(/`filter` is nested too deep for a URL/);
    await expect(
      api.request('get', '/items', { params: { query: { ids: [['a']] } } } as never),
    ).rejects.toBeInstanceOf(UsageError);
    expect(urls).toHaveLength(1);
  });

  it('refuses query parameters that are not an object instead of sending them as 0=a&1=b', async () => {
    const fetch = vi.fn();
    const api = client({ fetch });
    await expect(api.request('get', '/items', { params: { query: 'limit=5' } } as never)).rejects.toThrow(
      /query parameters must be an object, got string/,
    );
    await expect(api.raw.GET('/items', { params: { query: ['a'] } } as never)).rejects.toBeInstanceOf(
      UsageError,
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('names a missing path parameter instead of sending the braces', async () => {
    const fetch = vi.fn();
    const api = client({ fetch });
    await expect(api.request('get', '/items/{id}', { params: { path: {} } } as never)).rejects.toThrow(
      /\/items\/\{id\} needs the path parameter `id`/,
    );
    await expect(api.raw.GET('/items/{id}', {} as never)).rejects.toBeInstanceOf(UsageError);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('fills path parameters given as a list in the order of the placeholders (what generated clients send)', async () => {
    const urls: string[] = [];
    const api = client({
      fetch: async (input) => {
        urls.push(String(input));
        return Response.json({});
      },
    });
    const path = '/w/{workspace_name}/files/{file_id}' as never;
    await api.request('get', path, { params: { path: ['my ws', 'f/1'] } } as never);
    expect(urls).toEqual([`${BASE}/w/my%20ws/files/f%2F1`]);
    await expect(api.request('get', path, { params: { path: ['my ws'] } } as never)).rejects.toThrow(
      /needs the path parameter `file_id`/,
    );
    expect(urls).toHaveLength(1);
  });

  it('.raw resolves with data or error and the response, and throws only for transport failures', async () => {
    const api = client({
      maxRetries: 0,
      fetch: async (input) =>
        String(input).endsWith('/missing')
          ? Response.json({ detail: 'no such item' }, { status: 404 })
          : Response.json({ id: 'i_1', name: 'n' }),
    });
    const found = await api.raw.GET('/items/{id}', { params: { path: { id: 'i_1' } } });
    expect(found.data).toEqual({ id: 'i_1', name: 'n' });
    expect(found.error).toBeUndefined();
    expect(found.response.status).toBe(200);
    const missing = await api.raw.GET('/items/{id}', { params: { path: { id: 'missing' } } });
    expect(missing.data).toBeUndefined();
    expect(missing.error).toEqual({ detail: 'no such item' });
    expect(missing.response.status).toBe(404);
    const down = client({ maxRetries: 0, fetch: async () => Promise.reject(new TypeError('fetch failed')) });
    await expect(down.raw.GET('/items')).rejects.toBeInstanceOf(ConnectionError);
  });

  it('parses an empty and a non-JSON error body as .raw does', async () => {
    const api = client({
      maxRetries: 0,
      fetch: async () =>
        new Response('upstream said no', { status: 400, headers: { 'content-type': 'text/plain' } }),
    });
    const error = await api.request('get', '/items').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).body).toBe('upstream said no');
    expect((await api.raw.GET('/items')).error).toBe('upstream said no');
    const empty = client({ fetch: async () => new Response(null, { status: 204 }) });
    await expect(
      empty.request('delete', '/items/{id}', { params: { path: { id: 'x' } } }),
    ).resolves.toBeUndefined();
  });

  it('reads a body as text or a Blob when the call asks', async () => {
    const api = client({
      fetch: async () => new Response('a,b\n1,2', { headers: { 'content-type': 'text/csv' } }),
    });
    await expect(api.request('get', '/items', { parseAs: 'text' } as never)).resolves.toBe('a,b\n1,2');
    const blob = (await api.request('get', '/items', { parseAs: 'blob' } as never)) as unknown as Blob;
    expect(blob).toBeInstanceOf(Blob);
    expect(await blob.text()).toBe('a,b\n1,2');
  });
});
