// Redirects against real servers on 127.0.0.1 (two ports: two origins) and through msw: every credential
// header the client knows is dropped when a redirect leaves the origin, and kept when it does not.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ClientOptions, createApiClient, SdkError } from '../../src/index';
import type { paths } from '../support/paths';
import { json, useTestServer } from '../support/test-server';

const api = useTestServer();
const other = useTestServer();
beforeEach(() => {
  other.reply((_q, res) => json(res, 200, { id: 'x', name: 'elsewhere' }));
});

const silent = { debug() {}, info() {}, warn() {}, error() {} };
function client(options: Partial<ClientOptions> = {}) {
  return createApiClient<paths>({ baseUrl: api.url, logger: silent, apiKey: 'k_redirect_1234', ...options });
}
const getItem = (c: ReturnType<typeof client>, headers?: Record<string, string>) =>
  c.request('get', '/items/{id}', { params: { path: { id: 'a' } }, headers });

const CREDENTIALS = ['authorization', 'x-api-key', 'x-auth-token', 'cookie'];

describe('a redirect to another origin', () => {
  it.each([
    301, 302, 303, 307, 308,
  ])('drops the auth header whatever its name, the marked headers and cookies (%i)', async (status) => {
    api.reply((_q, res) => res.writeHead(status, { location: `${other.url}/landing` }).end());
    const c = client({
      authHeader: (key) => ({ 'X-Api-Key': key, Authorization: `Bearer ${key}` }),
      credentialHeaders: ['X-Auth-Token'],
    });
    await expect(
      getItem(c, { 'X-Auth-Token': 'tok_caller_5678', Cookie: 'sid=1', 'X-Trace': 't1' }),
    ).resolves.toEqual({ id: 'x', name: 'elsewhere' });
    expect(api.seen[0]?.headers['x-api-key']).toBe('k_redirect_1234');
    expect(api.seen[0]?.headers['x-auth-token']).toBe('tok_caller_5678');
    const landed = other.seen[0]!;
    expect(landed.url).toBe('/landing');
    for (const name of CREDENTIALS) expect(landed.headers[name]).toBeUndefined();
    // Headers that are not credentials still go.
    expect(landed.headers['x-trace']).toBe('t1');
  });

  it('keeps them on a redirect within the origin', async () => {
    api.reply((q, res) =>
      q.url === '/moved'
        ? json(res, 200, { id: 'a', name: 'here' })
        : res.writeHead(307, { location: '/moved' }).end(),
    );
    const c = client({ authHeader: (key) => ({ 'X-Api-Key': key }), credentialHeaders: ['X-Auth-Token'] });
    await getItem(c, { 'X-Auth-Token': 'tok_caller_5678' });
    expect(api.seen.map((s) => s.url)).toEqual(['/items/a', '/moved']);
    expect(api.seen[1]?.headers['x-api-key']).toBe('k_redirect_1234');
    expect(api.seen[1]?.headers['x-auth-token']).toBe('tok_caller_5678');
  });

  it('does not put them back when a later redirect returns to the origin', async () => {
    api.reply((q, res) =>
      q.url === '/back'
        ? json(res, 200, { id: 'a', name: 'back' })
        : res.writeHead(302, { location: `${other.url}/hop` }).end(),
    );
    other.reply((_q, res) => res.writeHead(302, { location: `${api.url}/back` }).end());
    await getItem(client());
    expect(api.seen[1]?.url).toBe('/back');
    expect(api.seen[1]?.headers.authorization).toBeUndefined();
  });

  it('turns a 303 into a GET without the body, and resends the body on a 307', async () => {
    api.reply((q, res) =>
      res.writeHead(q.url === '/items' ? 303 : 307, { location: `${other.url}/done` }).end(),
    );
    other.reply((_q, res) => json(res, 201, { id: 'n', name: 'made' }));
    const c = client();
    await c.request('post', '/items', { body: { name: 'x' } });
    expect(other.seen[0]).toMatchObject({ method: 'GET', body: Buffer.alloc(0) });
    expect(other.seen[0]?.headers['content-type']).toBeUndefined();
    await c.request('put', '/items/{id}', { params: { path: { id: 'a' } }, body: { name: 'y' } as never });
    expect(other.seen[1]?.method).toBe('PUT');
    expect(JSON.parse(other.seen[1]!.body.toString())).toEqual({ name: 'y' });
  });

  it('stops a redirect loop with an SdkError', async () => {
    api.reply((_q, res) => res.writeHead(302, { location: '/loop' }).end());
    const error = await getItem(client()).catch((e) => e);
    expect(error).toBeInstanceOf(SdkError);
    expect(error.message).toMatch(/More than 20 redirects/);
    expect(api.seen).toHaveLength(21);
  });
});

describe('through msw', () => {
  const server = setupServer();
  const seen: Record<string, string | null>[] = [];
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('drops the credentials when the mocked API redirects to another origin', async () => {
    server.use(
      http.get('https://api.example.test/items/a', () =>
        HttpResponse.redirect('https://evil.example.test/collect', 302),
      ),
      http.get('https://evil.example.test/collect', ({ request }) => {
        seen.push(Object.fromEntries(CREDENTIALS.map((n) => [n, request.headers.get(n)])));
        return HttpResponse.json({ id: 'x', name: 'evil' });
      }),
    );
    const c = createApiClient<paths>({
      baseUrl: 'https://api.example.test',
      apiKey: 'k_redirect_1234',
      authHeader: (key) => ({ 'X-Api-Key': key }),
      credentialHeaders: ['X-Auth-Token'],
      logger: silent,
    });
    await getItem(c, { 'X-Auth-Token': 'tok_caller_5678' });
    expect(seen).toEqual([{ authorization: null, 'x-api-key': null, 'x-auth-token': null, cookie: null }]);
  });
});
