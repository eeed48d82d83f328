// Client options: environment fallbacks, the missing-token message, defaults sized for an idle workspace,
// .raw, and ./validate.
import { HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHotdataClient, ResponseValidationError, UsageError, WAKE_UP_DEFAULTS } from '../src/index';
import { hotdataResponseValidator, hotdataSchema } from '../src/validate/index';
import { createHotdataMock } from '../src/msw/index';
import { useMock } from './use-mock';

const { mock, server, requests, client } = useMock();
afterEach(() => vi.unstubAllEnvs());

describe('options', () => {
  it('says what to set when there is no token', () => {
    vi.stubEnv('HOTDATA_API_KEY', '');
    expect(() => createHotdataClient()).toThrow(UsageError);
    expect(() => createHotdataClient()).toThrow(/pass `apiKey` or set HOTDATA_API_KEY/);
  });

  it('reads the token, workspace and API root from the environment (the CLI /v1 root included)', async () => {
    const other = createHotdataMock({ baseUrl: 'https://app.hotdata.dev', workspaceId: 'ws_env' });
    server.use(...other.handlers);
    vi.stubEnv('HOTDATA_API_KEY', 'hd_env');
    vi.stubEnv('HOTDATA_WORKSPACE_ID', 'ws_env');
    vi.stubEnv('HOTDATA_API_URL', 'https://app.hotdata.dev/v1');
    const start = requests.length;
    await createHotdataClient({ logLevel: 'off' }).secrets.create({ name: 'from_env', value: 'v' });
    expect(other.store.secrets.has('from_env')).toBe(true);
    expect(requests.slice(start)).toMatchObject([
      { path: '/v1/secrets', authorization: 'Bearer hd_env', workspace: 'ws_env' },
    ]);
  });

  it('refuses a workspace-scoped call without a workspace before sending it, saying how to set one', async () => {
    vi.stubEnv('HOTDATA_WORKSPACE_ID', '');
    const hotdata = createHotdataClient({ apiKey: 'hd_test_token', logLevel: 'off' });
    const start = requests.length;
    const error = await hotdata.secrets.list().catch((e) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toMatch(/pass `workspaceId`.*or set HOTDATA_WORKSPACE_ID/);
    await expect(hotdata.runQuery('select 1')).rejects.toBeInstanceOf(UsageError);
    expect(requests.length).toBe(start);
    // The workspace endpoints need no workspace, and a call may name one through its headers.
    await expect(hotdata.workspaces.list()).resolves.toMatchObject({ ok: true });
    await expect(
      hotdata.secrets.list({ headers: { 'X-Workspace-Id': mock.workspaceId } }),
    ).resolves.toMatchObject({ secrets: [] });
  });

  it('lets a call name another workspace through its headers', async () => {
    mock.store.workspaces.insert({
      public_id: 'ws_other',
      name: 'other',
      active: true,
      favorite: false,
      provision_status: 'provisioned',
      namespace: 'workspace-ws_other',
      organization_public_id: 'org_mock',
    });
    const start = requests.length;
    await client().connections.list({ headers: { 'X-Workspace-Id': 'ws_other' } });
    expect(requests[start]?.workspace).toBe('ws_other');
  });

  it('defaults ride out an idle workspace waking for up to 20 s', () => {
    // One attempt outlasts the slow first answer.
    expect(WAKE_UP_DEFAULTS.timeout).toBeGreaterThanOrEqual(3 * 20_000);
    // Refused calls during the wake: the retries' backoff, at its most jittered (x0.75), spans more than 20 s.
    const { initialDelay, maxDelay } = WAKE_UP_DEFAULTS.retry;
    let waited = 0;
    for (let retry = 0; retry < WAKE_UP_DEFAULTS.maxRetries; retry++) {
      waited += Math.min(initialDelay * 2 ** retry, maxDelay) * 0.75;
    }
    expect(waited).toBeGreaterThan(20_000);
    expect(createHotdataClient({ apiKey: 'k' }).raw).toBeDefined();
  });

  it('keeps .raw as openapi-fetch, over the same transport, with the workspace header', async () => {
    const start = requests.length;
    const { data, error, response } = await client().raw.GET('/v1/datasets/{id}', {
      params: { path: { id: 'ds_nope' } },
    });
    expect(data).toBeUndefined();
    expect(error).toEqual({ error: { code: 'NOT_FOUND', message: 'Dataset ds_nope not found' } });
    expect(response.status).toBe(404);
    expect(requests[start]).toMatchObject({
      workspace: mock.workspaceId,
      authorization: 'Bearer hd_test_token',
    });
  });
});

describe('./validate', () => {
  it('is off by default; when on it names the operation and JSON path of the drift', async () => {
    server.use(
      mock.http.get('/v1/connections', () =>
        HttpResponse.json({ connections: [{ id: 'c1', name: 'shop', source_type: 7 }] }),
      ),
    );
    await expect(client().connections.list()).resolves.toMatchObject({ connections: [{ id: 'c1' }] });
    const error = await client({ validateResponses: hotdataResponseValidator() })
      .connections.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.operation).toBe('GET /v1/connections (listConnections)');
    expect(error.issues[0].path).toBe('$.connections[0].source_type');
  });

  it('accepts a job type or status the spec does not know yet', async () => {
    const job = mock.store.jobs.insert({
      // Values a newer server sends: the spec's types do not list them, the validator accepts them.
      job_type: 'ducklake_rewrite' as never,
      status: 'queued_for_worker' as never,
      attempts: 0,
      created_at: new Date().toISOString(),
      pollsLeft: 0,
      finish: () => null,
    });
    const strict = client({ validateResponses: hotdataResponseValidator() });
    await expect(strict.jobs.list()).resolves.toMatchObject({
      jobs: [{ id: job.id, job_type: 'ducklake_rewrite' }],
    });
  });

  it('checks each success status against its own schema: a query answered 202 is a run, not a result', async () => {
    const run = { query_run_id: 'qr_1', status: 'running', status_url: '/v1/query-runs/qr_1' };
    server.use(mock.http.post('/v1/query', () => HttpResponse.json(run, { status: 202 })));
    const strict = client({ validateResponses: hotdataResponseValidator() });
    await expect(strict.query.execute({ sql: 'select 1' })).resolves.toEqual(run);
    // The same body as a 200 is drift: a 200 is the result's schema.
    expect(() => hotdataResponseValidator()('post', '/v1/query', run, 200)).toThrow(ResponseValidationError);
  });

  it('gives request schemas that tell the dataset source variants apart', () => {
    const schema = hotdataSchema('POST /v1/datasets', 'request');
    expect(schema?.safeParse({ label: 'a', source: { upload_id: 'u', format: 'csv' } }).success).toBe(true);
    expect(
      schema?.safeParse({ label: 'a', source: { inline: { content: 'x', format: 'csv' } } }).success,
    ).toBe(true);
    expect(schema?.safeParse({ label: 'a', source: { sql: 'select 1' } }).success).toBe(true);
    expect(schema?.safeParse({ label: 'a', source: { upload_id: 'u', sql: 'select 1' } }).success).toBe(
      false,
    );
    expect(schema?.safeParse({ label: 'a', source: {} }).success).toBe(false);
    expect(
      hotdataSchema('POST /v1/query', 'request')?.safeParse({ sql: 'x', async_after_ms: 10 }).success,
    ).toBe(false);
  });
});
