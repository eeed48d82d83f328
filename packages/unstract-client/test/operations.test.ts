import { beforeAll, describe, expect, it } from 'vitest';
import { BadRequestError, ConflictError, NotFoundError, UnprocessableEntityError } from '../src/index';
import { fast, textFile, useMock } from './use-mock';

const { mock, client, requests, server } = useMock();

describe('deployments, through the client against the mock', () => {
  it('create answers the first key; get, list, update, partialUpdate and delete follow the store', async () => {
    const unstract = client();
    const created = await unstract.deployments.create({
      workflow: mock.workflowId,
      api_name: 'invoices',
      display_name: 'Invoices',
    });
    expect(created).toMatchObject({
      api_name: 'invoices',
      display_name: 'Invoices',
      api_endpoint: `deployment/api/${mock.orgId}/invoices/`,
      is_active: 'True',
    });
    expect(created.api_key).toMatch(/^[0-9a-f-]{36}$/);
    expect(requests[0]).toMatchObject({
      method: 'POST',
      path: `/api/v1/unstract/${mock.orgId}/api/deployment/`,
      authorization: 'Bearer mgmt-test-key',
    });

    const got = await unstract.deployments.get(created.id);
    expect(got).toMatchObject({
      id: created.id,
      workflow: mock.workflowId,
      is_active: true,
      description: '',
    });

    const page = await unstract.deployments.list();
    expect(page.count).toBe(1);
    expect(page.results[0]).toMatchObject({
      id: created.id,
      workflow_name: 'Invoice extraction',
      run_count: 0,
    });

    const renamed = await unstract.deployments.partialUpdate(created.id, { api_name: 'invoices_v2' });
    expect(renamed).toMatchObject({
      api_name: 'invoices_v2',
      api_endpoint: `deployment/api/${mock.orgId}/invoices_v2/`,
    });

    const replaced = await unstract.deployments.update(created.id, {
      workflow: mock.workflowId,
      api_name: 'invoices_v3',
      display_name: 'Invoices v3',
      is_active: false,
    });
    expect(replaced).toMatchObject({
      api_name: 'invoices_v3',
      display_name: 'Invoices v3',
      is_active: false,
    });

    await expect(unstract.deployments.delete(created.id)).resolves.toBeUndefined();
    await expect(unstract.deployments.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(mock.store.apiKeys.size).toBe(0);
  });

  it('keeps one active deployment per workflow and api names unique (400, drf-standardized-errors)', async () => {
    const unstract = client();
    await unstract.deployments.create({ workflow: mock.workflowId, api_name: 'first' });
    const second = unstract.deployments.create({ workflow: mock.workflowId, api_name: 'second' });
    await expect(second).rejects.toBeInstanceOf(BadRequestError);
    await expect(second).rejects.toMatchObject({
      status: 400,
      body: { type: 'validation_error', errors: [{ code: 'invalid', attr: 'workflow' }] },
    });
    const other = mock.seed.workflow('Receipts');
    const duplicate = unstract.deployments.create({ workflow: other.id, api_name: 'first' });
    await expect(duplicate).rejects.toMatchObject({
      message: expect.stringContaining('api_name: This API name is already in use.'),
      body: { errors: [{ code: 'unique', attr: 'api_name' }] },
    });
    // An inactive second deployment of the same workflow is allowed.
    await expect(
      unstract.deployments.create({ workflow: mock.workflowId, api_name: 'paused', is_active: false }),
    ).resolves.toMatchObject({ is_active: 'False' });
  });

  it('rejects bodies that break the spec, naming the field', async () => {
    const unstract = client();
    const bad = unstract.deployments.create({ workflow: mock.workflowId, api_name: 'has space' });
    await expect(bad).rejects.toMatchObject({
      status: 400,
      body: {
        type: 'validation_error',
        errors: [
          {
            code: 'invalid_api_name',
            detail: 'Only letters, numbers, hyphen and underscores are allowed.',
            attr: 'api_name',
          },
        ],
      },
    });
    await expect(unstract.deployments.create({ workflow: mock.workflowId } as never)).rejects.toMatchObject({
      body: { errors: [{ code: 'required', detail: 'This field is required.', attr: 'api_name' }] },
    });
    const unknown = unstract.deployments.create({
      workflow: 'f1000000-0000-4000-8000-0000000000ff',
      api_name: 'x',
    });
    await expect(unknown).rejects.toMatchObject({
      body: { errors: [{ code: 'does_not_exist', attr: 'workflow' }] },
    });
  });

  it('listUsers answers the sharing; listByPromptStudioTool finds deployments by tool', async () => {
    const unstract = client();
    const { deployment } = mock.seed.deployment('shared');
    mock.seed.share(deployment.id, [{ id: 7, email: 'viewer@example.com' }], true);
    await expect(unstract.deployments.listUsers(deployment.id)).resolves.toMatchObject({
      id: deployment.id,
      shared_users: [{ id: 7, email: 'viewer@example.com' }],
      shared_to_org: true,
      co_owners: [{ email: 'owner@example.com' }],
    });
    const byTool = await unstract.deployments.listByPromptStudioTool({ tool_id: 'tool_invoices' });
    expect(byTool.map((d) => d.api_name)).toEqual(['shared']);
    await expect(unstract.deployments.listByPromptStudioTool({ tool_id: 'other' })).resolves.toEqual([]);
  });

  it('getPostmanCollection builds the execute and status requests with the first active key', async () => {
    const unstract = client();
    const { deployment, key } = mock.seed.deployment('postman');
    const collection = await unstract.deployments.getPostmanCollection(deployment.id);
    expect(collection.info.name).toBe('postman');
    expect(collection.item.map((i) => [i.name, i.request.method, i.request.url])).toEqual([
      ['Process document', 'POST', `${mock.baseUrl}/deployment/api/${mock.orgId}/postman/`],
      ['Execution status', 'GET', `${mock.baseUrl}/deployment/api/${mock.orgId}/postman/?execution_id=`],
    ]);
    expect(collection.item[0]?.request.header).toEqual([
      { key: 'Authorization', value: `Bearer ${key.api_key}` },
    ]);
    await unstract.apiKeys.update(key.id, { api: deployment.id, is_active: false });
    await expect(unstract.deployments.getPostmanCollection(deployment.id)).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it('unknown ids answer the 404 body', async () => {
    const unstract = client();
    const missing = 'de000000-0000-4000-8000-0000000000ff';
    await expect(unstract.deployments.get(missing)).rejects.toMatchObject({
      status: 404,
      body: { type: 'client_error', errors: [{ code: 'not_found', detail: 'Not found.', attr: null }] },
    });
    await expect(unstract.apiKeys.list(missing)).rejects.toMatchObject({
      message: expect.stringContaining('API not found.'),
    });
    await expect(unstract.apiKeys.get(missing)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('API keys, through the client against the mock', () => {
  it('create, list, get, update and delete; a deleted key no longer executes', async () => {
    const unstract = client();
    const created = await unstract.deployments.create({ workflow: mock.workflowId, api_name: 'keys' });
    const extra = await unstract.apiKeys.create(created.id, { description: 'CI' });
    expect(extra).toMatchObject({ api: created.id, pipeline: null, is_active: true, description: 'CI' });
    const keys = await unstract.apiKeys.list(created.id);
    expect(keys.map((k) => k.description)).toEqual(['Initial Access Key', 'CI']);
    await expect(unstract.apiKeys.get(extra.id)).resolves.toMatchObject({ api_key: extra.api_key });

    const toggled = await unstract.apiKeys.update(extra.id, { api: created.id, is_active: false });
    expect(toggled.is_active).toBe(false);
    // The serializer validates the whole key: a toggle without `api` (or `pipeline`) is refused.
    await expect(unstract.apiKeys.update(extra.id, { is_active: true })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('At least one of `api` or `pipeline` must be set.'),
    });

    const run = unstract.deployment('keys', { apiKey: extra.api_key });
    await expect(run.execute([textFile('a.txt', 'x')])).rejects.toMatchObject({ status: 401 });
    await unstract.apiKeys.delete(extra.id);
    await expect(unstract.apiKeys.get(extra.id)).rejects.toBeInstanceOf(NotFoundError);
    // The first key still works.
    const ok = unstract.deployment('keys', { apiKey: created.api_key });
    await expect(ok.executeAndWait([textFile('a.txt', 'x')], {}, fast)).resolves.toMatchObject({
      status: 'COMPLETED',
    });
  });

  it('a create naming another deployment or a pipeline is refused', async () => {
    const unstract = client();
    const { deployment } = mock.seed.deployment('one');
    await expect(
      unstract.apiKeys.create(deployment.id, { pipeline: deployment.id } as never),
    ).rejects.toMatchObject({ status: 400, body: { errors: [{ attr: 'pipeline' }] } });
  });
});

describe('executions, as the generated resources see them', () => {
  it('executions.getStatus() throws 422 while the run is in progress, resolves at COMPLETED, then 406', async () => {
    const unstract = client();
    const { key } = mock.seed.deployment('generated', { is_active: true });
    const { executions } = unstract.deployment('generated', { apiKey: key.api_key });
    const { message } = await executions.execute('generated', { files: [textFile('a.txt', 'one\n')] });
    expect(message.execution_status).toBe('PENDING');
    const running = executions.getStatus('generated', { execution_id: message.execution_id });
    await expect(running).rejects.toBeInstanceOf(UnprocessableEntityError);
    await expect(running).rejects.toMatchObject({
      status: 422,
      body: { status: 'EXECUTING', message: null },
      message: expect.stringContaining('execution is EXECUTING'),
    });
    const done = await executions.getStatus('generated', { execution_id: message.execution_id });
    expect(done).toMatchObject({ status: 'COMPLETED', message: [{ file: 'a.txt', error: null }] });
    await expect(
      executions.getStatus('generated', { execution_id: message.execution_id }),
    ).rejects.toMatchObject({ status: 406, body: { message: 'Result already acknowledged' } });
  });

  it('deployment().raw reads the status body whatever the HTTP code', async () => {
    const unstract = client();
    const { key } = mock.seed.deployment('raw', { is_active: true });
    const run = unstract.deployment('raw', { apiKey: key.api_key });
    const { message } = await run.execute([textFile('a.txt', 'one\ntwo\n')]);
    const first = await run.raw.GET('/deployment/api/{org_name}/{api_name}/', {
      params: {
        path: { org_name: mock.orgId, api_name: 'raw' },
        query: { execution_id: message.execution_id },
      },
    });
    expect(first.response.status).toBe(422);
    expect(first.error).toEqual({ status: 'EXECUTING', message: null });
    const second = await run.raw.GET('/deployment/api/{org_name}/{api_name}/', {
      params: {
        path: { org_name: mock.orgId, api_name: 'raw' },
        query: { execution_id: message.execution_id },
      },
    });
    expect(second.response.status).toBe(200);
    expect(second.data?.status).toBe('COMPLETED');
  });
});

describe('the mock engine under Unstract', () => {
  const url = (path: string) => `${mock.baseUrl}/api/v1/unstract/${mock.orgId}/api${path}`;
  // These requests break the spec on purpose (a wrong method, a bad body): msw's fetch, taken before the
  // contract check (specs/contract/setup.ts) wraps it for each test.
  let mswFetch: typeof fetch;
  beforeAll(() => {
    mswFetch = globalThis.fetch;
  });
  const send = (method: string, path: string, body?: unknown) =>
    mswFetch(url(path), {
      method,
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it('looks an updated deployment up (404) before checking the body (400), as DRF does', async () => {
    const missing = await send('PATCH', '/deployment/00000000-0000-4000-8000-000000000000/', {
      is_active: 'x',
    });
    expect(missing.status).toBe(404);
    const { deployment } = mock.seed.deployment('known');
    const invalid = await send('PATCH', `/deployment/${deployment.id}/`, { is_active: 'x' });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).type).toBe('validation_error');
  });

  it("answers DRF's 405 for a method a path does not serve", async () => {
    const res = await send('POST', '/deployment/00000000-0000-4000-8000-000000000000/');
    expect(res.status).toBe(405);
    expect(await res.json()).toEqual({
      type: 'client_error',
      errors: [{ code: 'method_not_allowed', detail: 'Method "POST" not allowed.', attr: null }],
    });
  });

  it('answers a bad query parameter in DRF shape, after the API it names is found', async () => {
    const { key } = mock.seed.deployment('queried', { is_active: true });
    const status = (api: string, id: string) =>
      mswFetch(`${mock.baseUrl}/deployment/api/${mock.orgId}/${api}/?execution_id=${id}`, {
        headers: { authorization: `Bearer ${key.api_key}` },
      });
    const bad = await status('queried', 'nope');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      type: 'validation_error',
      errors: [{ code: 'invalid', detail: 'Must be a valid UUID.', attr: 'execution_id' }],
    });
    expect((await status('missing', 'nope')).status).toBe(404);
    const missing = await send('GET', '/deployment/by-prompt-studio-tool/');
    expect(await missing.json()).toEqual({ error: 'tool_id is required' });
  });

  it('takes a typed override for one operation, once', async () => {
    server.use(mock.override('listDeploymentsByPromptStudioTool', () => [], { once: true }));
    expect(await (await send('GET', '/deployment/by-prompt-studio-tool/?tool_id=tool_x')).json()).toEqual([]);
    expect((await send('GET', '/deployment/by-prompt-studio-tool/')).status).toBe(400);
  });

  it('mock.reset() puts the clock back: the same deployment gets the same times', async () => {
    const first = mock.seed.deployment('clocked').deployment;
    mock.reset();
    const again = mock.seed.deployment('clocked').deployment;
    expect([again.id, again.created_at]).toEqual([first.id, first.created_at]);
  });
});
