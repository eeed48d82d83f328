// Client options, error classes and messages, the retryable statuses, both pagination styles, and ./validate.
import { HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AuthenticationError,
  createDeepsetClient,
  deepsetErrorMessage,
  NotFoundError,
  RateLimitError,
  ResponseValidationError,
  UnprocessableEntityError,
  UsageError,
} from '../src/index';
import { createDeepsetMock } from '../src/msw/index';
import { deepsetResponseValidator, deepsetSchema } from '../src/validate/index';
import { useMock } from './use-mock';

const { mock, server, client, requests } = useMock();
afterEach(() => vi.unstubAllEnvs());

describe('options', () => {
  it('needs an API key, and says where to put it', () => {
    vi.stubEnv('DEEPSET_API_KEY', '');
    expect(() => createDeepsetClient()).toThrow(UsageError);
    expect(() => createDeepsetClient()).toThrow(/DEEPSET_API_KEY/);
  });

  it('reads the key, workspace and base URL from the environment', async () => {
    // A second mock on another host: the pipeline exists only there, so ignoring DEEPSET_API_URL would 404.
    const envMock = createDeepsetMock({ baseUrl: 'https://env.deepset.test' });
    server.use(...envMock.handlers);
    vi.stubEnv('DEEPSET_API_KEY', 'env_key');
    vi.stubEnv('DEEPSET_WORKSPACE', 'env-ws');
    vi.stubEnv('DEEPSET_API_URL', envMock.baseUrl);
    envMock.seed.pipeline('p', { workspace: 'env-ws' });
    await expect(createDeepsetClient({ logLevel: 'off' }).pipelines.get('p')).resolves.toMatchObject({
      name: 'p',
    });
    expect(requests.at(-1)).toMatchObject({
      url: 'https://env.deepset.test/api/v1/workspaces/env-ws/pipelines/p',
      path: '/api/v1/workspaces/env-ws/pipelines/p',
      authorization: 'Bearer env_key',
    });
    expect(new URL(requests.at(-1)?.url as string).host).toBe('env.deepset.test');
  });

  it('defaults to https://api.cloud.deepset.ai and lets a call name another workspace', async () => {
    const ds = client({ workspace: 'main' });
    mock.seed.pipeline('p', { workspace: 'main' });
    mock.seed.pipeline('p', { workspace: 'other' });
    await ds.pipelines.get('p');
    await ds.pipelines.get('p', { workspace_name: 'other' });
    expect(requests.map((r) => r.url)).toEqual([
      'https://api.cloud.deepset.ai/api/v1/workspaces/main/pipelines/p',
      'https://api.cloud.deepset.ai/api/v1/workspaces/other/pipelines/p',
    ]);
  });
});

describe('errors', () => {
  it('maps statuses to classes and reads deepset error bodies', async () => {
    const ds = client({ maxRetries: 0 });
    const missing = await ds.pipelines.get('nope').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect((missing as Error).message).toContain("Pipeline 'nope' not found.");
    const invalid = await ds.pipelines.create({ name: '', query_yaml: 'x' }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(UnprocessableEntityError);
    server.use(
      mock.http.get('/api/v1/me', () =>
        HttpResponse.json({ message: 'Invalid token', details: [] }, { status: 401 }),
      ),
    );
    const auth = await ds.users.me().catch((e: unknown) => e);
    expect(auth).toBeInstanceOf(AuthenticationError);
    expect((auth as Error).message).toContain('Invalid token');
  });

  it('deepsetErrorMessage reads all three envelopes', () => {
    expect(deepsetErrorMessage({ errors: ['a', 'b'] })).toBe('a; b');
    expect(
      deepsetErrorMessage({
        message: 'Invalid pipeline',
        details: [{ code: 'x', message: 'missing component' }],
      }),
    ).toBe('Invalid pipeline: missing component');
    expect(deepsetErrorMessage({ detail: 'Not authenticated' })).toBe('Not authenticated');
  });
});

describe('retryable statuses', () => {
  it.each([
    ['per-pipeline 429', 'pipelineRateLimited', 429],
    ['503 while rebalancing', 'rebalancing', 503],
    ['591 while the pipeline wakes from standby', 'standby', 591],
  ] as const)('retries %s and then answers', async (_label, scenario, status) => {
    mock.seed.pipeline('qa');
    mock.seed.file('a.txt', 'Retry works eventually.');
    server.use(mock.scenarios[scenario]('qa', { times: 2 }));
    const seen: number[] = [];
    server.events.on('response:mocked', ({ response }) => seen.push(response.status));
    const { results } = await client({ maxRetries: 3 }).pipelines.search('qa', { queries: ['retry works'] });
    expect(results[0]?.answers[0]?.answer).toBe('Retry works eventually.');
    expect(seen).toEqual([status, status, 200]);
    server.events.removeAllListeners('response:mocked');
  });

  it('limits only the named pipeline', async () => {
    mock.seed.pipeline('qa');
    mock.seed.pipeline('other');
    server.use(mock.scenarios.pipelineRateLimited('qa', { times: 5 }));
    await expect(client({ maxRetries: 1 }).pipelines.search('qa', { queries: ['x'] })).rejects.toBeInstanceOf(
      RateLimitError,
    );
    await expect(
      client({ maxRetries: 0 }).pipelines.search('other', { queries: ['x'] }),
    ).resolves.toMatchObject({ results: [expect.anything()] });
  });

  it('gives up on 591 after maxRetries with the status on the error', async () => {
    mock.seed.pipeline('qa');
    server.use(mock.scenarios.standby('qa', { times: 5 }));
    const error = await client({ maxRetries: 1 })
      .pipelines.search('qa', { queries: ['x'] })
      .catch((e: unknown) => e);
    expect((error as { status?: number }).status).toBe(591);
    expect((error as Error).message).toContain('standby');
  });
});

describe('pagination', () => {
  it('page style: limit + page_number across several pages', async () => {
    const ds = client();
    for (let i = 0; i < 5; i++) await ds.promptTemplates.create({ name: `t${i}`, text: `Text ${i}` });
    const names: string[] = [];
    for await (const t of ds.promptTemplates.list({ limit: 2 })) names.push(t.name);
    expect(names).toEqual(['t0', 't1', 't2', 't3', 't4']);
    const pages = requests
      .filter((r) => r.method === 'GET')
      .map((r) => new URL(r.url).searchParams.get('page_number'));
    expect(pages).toEqual([null, '2', '3']);
  });

  it('files: the after_value + after_file_id cursor', async () => {
    const ds = client();
    const ids = Array.from({ length: 5 }, (_, i) => mock.seed.file(`f${i}.txt`, `File ${i}`).file_id);
    const seen = await ds.files.list({ limit: 2 }).toArray();
    expect(seen.map((f) => f.file_id)).toEqual(ids);
    const second = new URL(requests[1]?.url as string).searchParams;
    expect(second.get('after_file_id')).toBe(ids[1]);
    expect(second.get('after_value')).toBe(mock.store.files.get(ids[1] as string)?.created_at);
    expect(requests).toHaveLength(3);
  });

  it('pipelines: newest first, the last pipeline_id as `before`', async () => {
    const ds = client();
    for (const name of ['a', 'b', 'c', 'd', 'e']) mock.seed.pipeline(name);
    const names = (await ds.pipelines.list({ limit: 2 }).toArray()).map((p) => p.name);
    expect(names).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(requests.map((r) => new URL(r.url).searchParams.has('before'))).toEqual([false, true, true]);
  });

  it('a bad page parameter answers 422', async () => {
    await expect(client().promptTemplates.list({ page_number: 0 })).rejects.toBeInstanceOf(
      UnprocessableEntityError,
    );
  });

  it('a bad limit on the pipelines list is reported against `limit`, a bad cursor against `before`', async () => {
    const badLimit = await client()
      .pipelines.list({ limit: 0 })
      .catch((e: unknown) => e);
    expect(badLimit).toBeInstanceOf(UnprocessableEntityError);
    expect((badLimit as UnprocessableEntityError).body).toMatchObject({
      detail: [{ loc: ['query', 'limit'], type: 'value_error' }],
    });
    const badCursor = await client()
      .pipelines.list({ before: 'no-such-id' })
      .catch((e: unknown) => e);
    expect((badCursor as UnprocessableEntityError).body).toMatchObject({
      detail: [{ loc: ['query', 'before'], type: 'value_error' }],
    });
  });
});

describe('./validate', () => {
  it('accepts the mock answers and rejects drift', async () => {
    const ds = client({ validateResponses: deepsetResponseValidator() });
    mock.seed.pipeline('qa');
    await expect(ds.pipelines.get('qa')).resolves.toMatchObject({ name: 'qa' });
    server.use(
      mock.http.get(
        '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}',
        () => ({ name: 'qa' }) as never,
      ),
    );
    await expect(ds.pipelines.get('qa')).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('exposes request schemas', () => {
    const schema = deepsetSchema(
      'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search',
      'request',
    );
    expect(schema?.safeParse({ queries: ['x'] }).success).toBe(true);
    expect(schema?.safeParse({ query: 'x' }).success).toBe(false);
  });
});
