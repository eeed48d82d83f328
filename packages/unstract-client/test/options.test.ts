import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AuthenticationError,
  createUnstractClient,
  ResponseValidationError,
  unstractErrorMessage,
  UsageError,
} from '../src/index';
import { unstractResponseValidator, unstractSchema } from '../src/validate/index';
import { useMock } from './use-mock';

const { mock, client, requests, server } = useMock();

afterEach(() => vi.unstubAllEnvs());

describe('createUnstractClient options', () => {
  it('reads UNSTRACT_API_KEY, UNSTRACT_ORG_ID and UNSTRACT_API_URL', async () => {
    vi.stubEnv('UNSTRACT_API_KEY', 'env-key');
    vi.stubEnv('UNSTRACT_ORG_ID', mock.orgId);
    vi.stubEnv('UNSTRACT_API_URL', mock.baseUrl);
    const unstract = createUnstractClient({ logLevel: 'off' });
    await unstract.deployments.list();
    expect(requests[0]).toMatchObject({
      path: `/api/v1/unstract/${mock.orgId}/api/deployment/`,
      authorization: 'Bearer env-key',
    });
  });

  it('a missing key or organization is a UsageError naming what to set', () => {
    vi.stubEnv('UNSTRACT_API_KEY', '');
    vi.stubEnv('UNSTRACT_ORG_ID', '');
    expect(() => createUnstractClient({ orgId: 'org' })).toThrow(UsageError);
    expect(() => createUnstractClient({ orgId: 'org' })).toThrow(/UNSTRACT_API_KEY/);
    expect(() => createUnstractClient({ apiKey: 'k' })).toThrow(/UNSTRACT_ORG_ID/);
  });

  it('a call may name another organization than orgId', async () => {
    const unstract = client();
    await expect(unstract.deployments.list({ org_id: 'org_other' })).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining('Organization not found.'),
    });
    expect(requests[0]?.path).toBe('/api/v1/unstract/org_other/api/deployment/');
  });

  it('deployment() may name the organization of the execution URL', async () => {
    const { key } = mock.seed.deployment('invoices', { is_active: true });
    const run = client().deployment('invoices', { apiKey: key.api_key, orgName: 'org_elsewhere' });
    await expect(run.execute([new File(['x'], 'a.txt')])).rejects.toMatchObject({ status: 404 });
    expect(requests[0]?.path).toBe('/deployment/api/org_elsewhere/invoices/');
  });

  it('.raw answers { data, error } with the management credential', async () => {
    const unstract = client();
    const { data, error, response } = await unstract.raw.GET(
      '/api/v1/unstract/{org_id}/api/deployment/{id}/',
      {
        params: { path: { org_id: mock.orgId, id: 'de000000-0000-4000-8000-0000000000ff' } },
      },
    );
    expect(response.status).toBe(404);
    expect(data).toBeUndefined();
    expect(error).toEqual({
      type: 'client_error',
      errors: [{ code: 'not_found', detail: 'Not found.', attr: null }],
    });
  });
});

describe('errors', () => {
  it('401 without a credential is an AuthenticationError with the DRF detail', async () => {
    server.use(
      mock.http.untyped.get(mock.http.url('/api/v1/unstract/{org_id}/api/deployment/'), ({ request }) => {
        request.headers.delete('authorization');
        return undefined;
      }),
    );
    const unstract = client({ apiKey: async () => '' });
    const failed = unstract.deployments.list();
    await expect(failed).rejects.toBeInstanceOf(AuthenticationError);
    await expect(failed).rejects.toMatchObject({
      message: expect.stringContaining('Authentication credentials were not provided.'),
    });
  });

  it('management routes check the credential, then the organization; execution routes are outside that gate', async () => {
    const url = (path: string) => `${mock.baseUrl.replace(/\/+$/, '')}${path}`;
    const keys = url('/api/v1/unstract/org_other/api/keys/a1000000-0000-4000-8000-0000000000ff/');
    const anonymous = await fetch(keys, { method: 'DELETE' });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ errors: [{ code: 'not_authenticated' }] });
    const elsewhere = await fetch(keys, { method: 'DELETE', headers: { authorization: 'Bearer k' } });
    expect(elsewhere.status).toBe(404);
    expect(await elsewhere.json()).toMatchObject({ errors: [{ detail: 'Organization not found.' }] });
    // No credential and another organization: the execution route answers for itself (no such API).
    const execution = await fetch(url('/deployment/api/org_other/invoices/?execution_id=x'));
    expect(execution.status).toBe(404);
    expect(await execution.json()).toMatchObject({ errors: [{ detail: 'API not found.' }] });
  });

  it('unstractErrorMessage reads each of the API error shapes', () => {
    expect(
      unstractErrorMessage({
        type: 'validation_error',
        errors: [{ code: 'required', detail: 'This field is required.', attr: 'workflow' }],
      }),
    ).toBe('workflow: This field is required.');
    expect(
      unstractErrorMessage({ message: { execution_id: 'e', execution_status: 'ERROR', error: 'boom' } }),
    ).toBe('ERROR: boom');
    expect(unstractErrorMessage({ status: 'EXECUTING', message: null })).toBe('execution is EXECUTING');
    expect(unstractErrorMessage({ status: 'COMPLETED', message: 'Result already acknowledged' })).toBe(
      'Result already acknowledged',
    );
    expect(unstractErrorMessage({ error: 'tool_id is required' })).toBe('tool_id is required');
  });

  it('server errors are retried; scenarios answer in the drf shape', async () => {
    server.use(mock.scenarios.serverError('GET /api/v1/unstract/{org_id}/api/deployment/', { times: 1 }));
    await expect(client().deployments.list()).resolves.toMatchObject({ count: 0 });
    expect(requests).toHaveLength(2);
  });
});

describe('./validate', () => {
  it('checks responses against the spec and reports drift', async () => {
    const unstract = client({ validateResponses: unstractResponseValidator() });
    mock.seed.deployment('ok');
    await expect(unstract.deployments.list()).resolves.toMatchObject({ count: 1 });
    server.use(
      mock.http.get('/api/v1/unstract/{org_id}/api/deployment/', () => ({ count: 'many' }) as never),
    );
    await expect(unstract.deployments.list()).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('accepts any UUID as JSON Schema does (RFC 4122 syntax, whatever the version) and refuses a non-UUID', () => {
    const schema = unstractSchema('POST /api/v1/unstract/{org_id}/api/deployment/', 'request');
    // Version 0 and the nil UUID are not RFC 9562 versions; `format: uuid` accepts their syntax all the same.
    for (const workflow of ['00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000000']) {
      expect(schema?.safeParse({ workflow, api_name: 'ok' }).success).toBe(true);
    }
    expect(schema?.safeParse({ workflow: 'not-a-uuid', api_name: 'ok' }).success).toBe(false);
  });

  it('gives the zod schema of a request body', () => {
    const schema = unstractSchema('POST /api/v1/unstract/{org_id}/api/deployment/', 'request');
    expect(schema?.safeParse({ workflow: mock.workflowId, api_name: 'ok' }).success).toBe(true);
    expect(schema?.safeParse({ workflow: mock.workflowId, api_name: 'not ok' }).success).toBe(false);
  });
});
