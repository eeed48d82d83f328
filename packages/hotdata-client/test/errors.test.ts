// The error classes with Hotdata's bodies: 404/400/409 from the handlers, the auth gate's 401/403 with a
// hint saying what to set, 429 OVERLOADED with Retry-After, and credentials kept out of every message.
import { describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  hotdataErrorMessage,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from '../src/index';
import { useMock } from './use-mock';

const { mock, server, requests, client } = useMock();

describe('errors from the API', () => {
  it('404 carries the vendor message and the request line', async () => {
    const error = await client()
      .datasets.get('ds_missing')
      .catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe(
      '404 Dataset ds_missing not found: GET https://api.hotdata.dev/v1/datasets/ds_missing',
    );
    expect(error.body).toEqual({ error: { code: 'NOT_FOUND', message: 'Dataset ds_missing not found' } });
  });

  it('400 for a body that breaks the spec, in the API shape', async () => {
    const error = await client()
      .datasets.create({ label: '', source: { upload_id: 'upl_1' } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.body.error.code).toBe('BAD_REQUEST');
    expect(error.vendorMessage).toMatch(/^Invalid request body: label: /);
    const source = await client()
      .datasets.create({ label: 'x', source: { upload_id: 'u', url: 'https://x' } as never })
      .catch((e) => e);
    expect(source).toBeInstanceOf(BadRequestError);
  });

  it('409 for a name that exists', async () => {
    await client().secrets.create({ name: 'dup', value: 'a' });
    const error = await client()
      .secrets.create({ name: 'dup', value: 'b' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.vendorMessage).toBe("Secret 'dup' already exists");
  });
});

describe('authentication and the workspace header', () => {
  it('answers a call without X-Workspace-Id with 401 and says what to set', async () => {
    vi.stubEnv('HOTDATA_WORKSPACE_ID', '');
    const hotdata = client({ workspaceId: undefined });
    vi.unstubAllEnvs();
    // The client refuses such a call before sending it (options.test.ts); one that drops the header on
    // purpose reaches the API, whose 401 says the same.
    const error = await hotdata.connections
      .list({ headers: { 'X-Workspace-Id': null } as never })
      .catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.body).toEqual({ error: 'missing_workspace_id' });
    expect(error.message).toBe(
      '401 missing_workspace_id: pass `workspaceId` or set HOTDATA_WORKSPACE_ID: GET https://api.hotdata.dev/v1/connections',
    );
    // The workspace endpoints need only the token.
    await expect(hotdata.workspaces.list()).resolves.toMatchObject({ ok: true });
  });

  it('answers a workspace creation without a JSON body with 400, and one that breaks the schema with 422', async () => {
    const post = (body?: string) =>
      fetch('https://api.hotdata.dev/v1/workspaces', {
        method: 'POST',
        headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
        body: body ?? null,
      });
    for (const body of [undefined, '{"name":']) {
      const answer = await post(body);
      expect(answer.status).toBe(400);
      expect(await answer.json()).toEqual({ error: 'invalid_json' });
    }
    const invalid = await post('{"name":42}');
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toEqual({ error: 'validation_error' });
    expect((await post('{"name":"ok"}')).status).toBeLessThan(300);
  });

  it('answers a workspace the token may not use with 403', async () => {
    const error = await client({ workspaceId: 'ws_someone_else' })
      .secrets.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.body).toEqual({ error: 'forbidden' });
  });

  it('answers a call without a token with 401 missing_authorization', async () => {
    const error = await client({ apiKey: async () => '' })
      .workspaces.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.vendorMessage).toBe('missing_authorization: pass `apiKey` or set HOTDATA_API_KEY');
  });

  it('keeps the token out of messages, bodies and serialized errors', async () => {
    server.use(
      mock.http.get('/v1/secrets', ({ request }) =>
        Response.json(
          { error: { code: 'BAD_REQUEST', message: `bad token ${request.headers.get('authorization')}` } },
          { status: 400 },
        ),
      ),
    );
    const error = await client()
      .secrets.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe('400 bad token Bearer ***: GET https://api.hotdata.dev/v1/secrets');
    expect(JSON.stringify(error)).not.toContain('hd_test_token');
  });
});

describe('OVERLOADED and retries', () => {
  it('rides out OVERLOADED 429s on POST /v1/query, waiting as Retry-After says', async () => {
    server.use(mock.scenarios.overloaded('POST /v1/query', { retryAfterSeconds: 0, times: 2 }));
    const start = requests.length;
    const answer = await client().query.execute({ sql: 'select 1 as one' });
    expect(answer).toMatchObject({ rows: [[1]] });
    expect(requests.slice(start).map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /v1/query',
      'POST /v1/query',
      'POST /v1/query',
    ]);
  });

  it('surfaces OVERLOADED as a RateLimitError with the hint once retries run out', async () => {
    server.use(mock.scenarios.overloaded('GET /v1/datasets', { retryAfterSeconds: 1, times: 5 }));
    const error = await client({ maxRetries: 0 })
      .datasets.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(1000);
    expect(error.body).toEqual({
      error: { code: 'OVERLOADED', message: 'Server is overloaded, retry later' },
    });
    expect(error.headers.get('retry-after')).toBe('1');
  });

  it('retries a 5xx on a GET and gives up with InternalServerError when it persists', async () => {
    server.use(mock.scenarios.serverError('GET /v1/connections', { status: 503, times: 1 }));
    const fastRetry = { retry: { initialDelay: 1, maxDelay: 1 } };
    await expect(client(fastRetry).connections.list()).resolves.toEqual({ connections: [] });
    server.use(mock.scenarios.serverError('GET /v1/connections', { times: 3 }));
    const error = await client({ ...fastRetry, maxRetries: 2 })
      .connections.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toMatch(/not retried: gave up after 3 attempts/);
    expect(error.body.error.code).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('hotdataErrorMessage', () => {
  it('reads both error shapes and hints at the fix for the auth codes', () => {
    expect(hotdataErrorMessage({ error: { code: 'CONFLICT', message: 'exists' } })).toBe('exists');
    expect(hotdataErrorMessage({ error: 'invalid_token' })).toBe('invalid_token');
    expect(hotdataErrorMessage({ error: 'missing_authorization' })).toMatch(/set HOTDATA_API_KEY$/);
    expect(hotdataErrorMessage({ message: 'documented shape', status: 400 })).toBe('documented shape');
    expect(hotdataErrorMessage(null)).toBeUndefined();
  });
});
