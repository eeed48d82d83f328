// The mock as the engine builds it (issue 16 §1): typed per-operation overrides, the 405 for a known path
// asked with another method, and a reset that rewinds the clock and ids. Raw requests that break the spec
// on purpose go through msw's getResponse, not fetch, so the contract check of every fetch does not see them.
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { useMock } from './use-mock';

const { mock, server, client } = useMock();

/** A request as a client would send it, with the token and workspace header. */
const raw = (method: string, path: string, body?: unknown) =>
  new Request(`${mock.baseUrl}${path}`, {
    method,
    headers: {
      authorization: 'Bearer hd_test_token',
      'x-workspace-id': mock.workspaceId,
      'content-type': 'application/json',
    },
    body: body === undefined ? null : JSON.stringify(body),
  });

describe('the query check', () => {
  it('answers a query parameter that breaks the spec with the 400 naming it, as a bad page parameter', async () => {
    const answer = await getResponse(
      mock.handlers,
      raw('GET', '/v1/information_schema?include_columns=maybe'),
    );
    expect(answer?.status).toBe(400);
    expect(await answer?.json()).toEqual({
      error: {
        code: 'BAD_REQUEST',
        message: 'Invalid query parameter include_columns: Input should be a valid boolean',
      },
    });
  });
});

describe('mock.override', () => {
  it('answers one operation your way, typed by that operation; with once, only the next call', async () => {
    const secret = { name: 'from_override', created_at: 'then', updated_at: 'now' };
    server.use(mock.override('listSecrets', () => ({ secrets: [secret] }), { once: true }));
    const hotdata = client();
    expect((await hotdata.secrets.list()).secrets).toEqual([secret]);
    expect((await hotdata.secrets.list()).secrets).toEqual([]);
  });

  it('still routes the request and checks its body as the mock does', async () => {
    let called = 0;
    const override = mock.override('createSecret', ({ body }) => {
      called++;
      return { id: 'secr_x', name: body.name, created_at: 'now' };
    });
    const broken = await getResponse([override], raw('POST', '/v1/secrets', { name: 1 }));
    expect(broken?.status).toBe(400);
    expect(await broken?.json()).toEqual({
      error: { code: 'BAD_REQUEST', message: expect.stringMatching(/^Invalid request body: name: /) },
    });
    expect(called).toBe(0);
    const ok = await getResponse([override], raw('POST', '/v1/secrets', { name: 'pg', value: 'v' }));
    expect(ok?.status).toBe(201);
    expect(await ok?.json()).toEqual({ id: 'secr_x', name: 'pg', created_at: 'now' });
  });
});

describe('routing', () => {
  it('answers a path of the spec asked with a method it does not serve with 405 in Hotdata’s shape', async () => {
    const answer = await getResponse(mock.handlers, raw('PATCH', '/v1/secrets/pg', { value: 'v' }));
    expect(answer?.status).toBe(405);
    expect(await answer?.json()).toEqual({
      error: { code: 'BAD_REQUEST', message: 'Method PATCH is not allowed on /v1/secrets/{name}' },
    });
  });

  it('still puts the gate first: a 405 route without a token is a 401', async () => {
    const request = new Request(`${mock.baseUrl}/v1/secrets/pg`, { method: 'PATCH' });
    const answer = await getResponse(mock.handlers, request);
    expect(answer?.status).toBe(401);
    expect(await answer?.json()).toEqual({ error: 'missing_authorization' });
  });
});

describe('mock.reset', () => {
  it('rewinds the clock and ids, so timestamps and ids repeat from one test to the next', async () => {
    const create = () => client().secrets.create({ name: 'pg', value: 's3cret' });
    const first = await create();
    expect(first).toEqual({ id: 'secr_1', name: 'pg', created_at: '2026-01-01T00:00:01.000Z' });
    await expect(create()).rejects.toMatchObject({ status: 409 });
    mock.reset();
    expect(await create()).toEqual(first);
  });

  it('stamps a new record’s created_at and updated_at with one instant', async () => {
    const hotdata = client();
    await hotdata.secrets.create({ name: 'pg', value: 's3cret' });
    const secret = await hotdata.secrets.get('pg');
    expect(secret.updated_at).toBe(secret.created_at);
  });
});
