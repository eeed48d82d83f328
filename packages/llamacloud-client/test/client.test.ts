import { Readable } from 'node:stream';
import { getResponse, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createLlamaCloudClient,
  NotFoundError,
  PollFailedError,
  RateLimitError,
  ResponseValidationError,
  UnprocessableEntityError,
  UsageError,
} from '../src/index';
import { createLlamaCloudMock, failOnUnhandled } from '../src/msw/index';
import { llamaCloudResponseValidator } from '../src/validate/index';

const mock = createLlamaCloudMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen(failOnUnhandled));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
});
afterAll(() => server.close());

const fastPoll = { pollInterval: { min: 500, max: 500 } };
const client = (options: Parameters<typeof createLlamaCloudClient>[0] = {}) =>
  createLlamaCloudClient({ apiKey: 'llx-test', logLevel: 'off', ...options });

describe('every operation through the client, against the mock', () => {
  it('projects: create, list, get', async () => {
    const llama = client();
    const project = await llama.projects.create({ name: 'Research' });
    expect(project).toMatchObject({ id: expect.stringMatching(/^proj_/), name: 'Research' });
    expect((await llama.projects.list({ project_name: 'Research' })).map((p) => p.id)).toEqual([project.id]);
    await expect(llama.projects.get(project.id)).resolves.toMatchObject({ name: 'Research' });
  });

  it('files: upload, list, get, delete', async () => {
    const project = mock.store.projects.insert({ name: 'P', organization_id: 'org_1' });
    const llama = client({ projectId: project.id });
    const file = await llama.files.upload({
      upload_file: new File(['hello world'], 'hello.txt', { type: 'text/plain' }),
    });
    expect(file).toMatchObject({
      name: 'hello.txt',
      file_size: 11,
      file_type: 'txt',
      project_id: project.id,
    });
    expect(mock.store.files.get(file.id)?.text).toBe('hello world');
    expect((await llama.files.list()).map((f) => f.id)).toEqual([file.id]);
    await expect(llama.files.get(file.id)).resolves.toMatchObject({ id: file.id });
    await expect(llama.files.delete(file.id)).resolves.toBeUndefined();
    await expect(llama.files.get(file.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('pipelines: create, list, get, status, sync, retrieve, delete', async () => {
    const llama = client();
    const pipeline = await llama.pipelines.create({ name: 'docs' });
    expect(pipeline).toMatchObject({ name: 'docs', status: 'CREATED', pipeline_type: 'MANAGED' });
    expect((await llama.pipelines.list({ pipeline_name: 'docs' })).map((p) => p.id)).toEqual([pipeline.id]);
    await expect(llama.pipelines.get(pipeline.id)).resolves.toMatchObject({ id: pipeline.id });
    await expect(llama.pipelines.getStatus(pipeline.id)).resolves.toEqual({ status: 'NOT_STARTED' });
    await expect(llama.pipelines.sync(pipeline.id)).resolves.toMatchObject({ id: pipeline.id });
    const result = await llama.pipelines.retrieve(pipeline.id, { query: 'anything' });
    expect(result).toMatchObject({ pipeline_id: pipeline.id, retrieval_nodes: [] });
    await expect(llama.pipelines.delete(pipeline.id)).resolves.toBeUndefined();
    await expect(llama.pipelines.get(pipeline.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("answers a pipeline file's unknown size and type as null, as the spec's nullable fields say", async () => {
    const llama = client();
    const pipeline = await llama.pipelines.create({ name: 'p' });
    const file = mock.store.files.insert({
      name: 'raw',
      external_file_id: 'raw',
      project_id: pipeline.project_id,
      text: 'x',
    });
    const [added] = await llama.pipelineFiles.add(pipeline.id, [{ file_id: file.id }]);
    expect(added).toMatchObject({ file_id: file.id, file_size: null, file_type: null });
  });

  it('pipeline files, data sources, sinks and jobs', async () => {
    const llama = client();
    const pipeline = await llama.pipelines.create({ name: 'p' });
    const file = mock.seed.file('a.md', '# A');
    const added = await llama.pipelineFiles.add(pipeline.id, [
      { file_id: file.id, custom_metadata: { lang: 'en' } },
    ]);
    expect(added).toMatchObject([
      { file_id: file.id, status: 'NOT_STARTED', custom_metadata: { lang: 'en' } },
    ]);
    expect((await llama.pipelineFiles.listAll(pipeline.id)).map((f) => f.file_id)).toEqual([file.id]);
    await expect(llama.pipelineFiles.getStatus(pipeline.id, file.id)).resolves.toMatchObject({
      status: 'NOT_STARTED',
    });

    const source = await llama.dataSources.create({
      name: 'bucket',
      source_type: 'S3',
      component: { bucket: 'b' },
    });
    expect((await llama.dataSources.list()).map((d) => d.id)).toEqual([source.id]);
    const connected = await llama.pipelineDataSources.add(pipeline.id, [
      { data_source_id: source.id, sync_interval: 3600 },
    ]);
    expect(connected).toMatchObject([
      { data_source_id: source.id, pipeline_id: pipeline.id, sync_interval: 3600 },
    ]);
    expect(await llama.pipelineDataSources.list(pipeline.id)).toHaveLength(1);
    await expect(llama.pipelineDataSinks.list(pipeline.id)).resolves.toEqual([]);

    await llama.pipelines.sync(pipeline.id);
    const jobs = await llama.pipelineJobs.list(pipeline.id);
    expect(jobs).toHaveLength(1);
    await expect(llama.pipelineJobs.get(pipeline.id, jobs[0]!.id)).resolves.toMatchObject({
      status: 'NOT_STARTED',
    });
  });
});

describe('flows', () => {
  it('uploads from a File, a Blob, bytes, a string and a Node stream, keeping the text', async () => {
    const llama = client();
    const sources = [
      [new File(['from file'], 'f.txt'), {}],
      [new Blob(['from blob']), { filename: 'b.txt' }],
      [new TextEncoder().encode('from bytes'), { filename: 'bytes.txt' }],
      ['from string', { filename: 's.txt' }],
      [Readable.from([Buffer.from('from '), Buffer.from('stream')]), { filename: 'stream.txt' }],
    ] as const;
    for (const [source, options] of sources) await llama.uploadFile(source as never, options);
    expect(mock.store.files.all().map((f) => [f.name, f.text])).toEqual([
      ['f.txt', 'from file'],
      ['b.txt', 'from blob'],
      ['bytes.txt', 'from bytes'],
      ['s.txt', 'from string'],
      ['stream.txt', 'from stream'],
    ]);
  });

  it('syncs and waits, moving NOT_STARTED → IN_PROGRESS → SUCCESS, polling no faster than every 0.5 s', async () => {
    const llama = client();
    const pipeline = await llama.pipelines.create({ name: 'docs' });
    const file = await llama.uploadFile(
      new File(['Cats purr when content.\n\nDogs bark at strangers.'], 'pets.txt'),
    );
    await llama.pipelineFiles.add(pipeline.id, [{ file_id: file.id }]);
    const seen: string[] = [];
    const started = performance.now();
    const status = await llama.syncPipelineAndWait(pipeline.id, {
      ...fastPoll,
      onProgress: (s) => seen.push(String(s.status)),
    });
    expect(status.status).toBe('SUCCESS');
    expect(seen).toEqual(['NOT_STARTED', 'IN_PROGRESS', 'SUCCESS']);
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    const { retrieval_nodes } = await llama.pipelines.retrieve(pipeline.id, { query: 'why do dogs bark?' });
    expect(retrieval_nodes[0]?.node.text).toBe('Dogs bark at strangers.');
    expect(retrieval_nodes[0]?.node.extra_info).toMatchObject({ file_id: file.id, file_name: 'pets.txt' });
  });

  it('raises on ERROR with the status, and reports PARTIAL_SUCCESS unless told to fail on it', async () => {
    const failing = createLlamaCloudMock({ ingestionSteps: ['IN_PROGRESS', 'ERROR'] });
    server.use(...failing.handlers);
    const llama = client();
    const p = failing.store.pipelines.insert({
      name: 'x',
      project_id: 'proj_1',
      embedding_config: { type: 'OPENAI_EMBEDDING' },
    });
    const error = await llama.syncPipelineAndWait(p.id, fastPoll).catch((e) => e);
    expect(error).toBeInstanceOf(PollFailedError);
    expect(error.message).toMatch(`Ingestion of pipeline ${p.id} ended ERROR`);
    expect(error.state).toMatchObject({ status: 'ERROR' });

    const partial = createLlamaCloudMock({ ingestionSteps: ['PARTIAL_SUCCESS'] });
    server.use(...partial.handlers);
    const q = partial.store.pipelines.insert({
      name: 'y',
      project_id: 'proj_1',
      embedding_config: { type: 'OPENAI_EMBEDDING' },
    });
    await expect(llama.syncPipelineAndWait(q.id, fastPoll)).resolves.toMatchObject({
      status: 'PARTIAL_SUCCESS',
    });
    await expect(
      llama.syncPipelineAndWait(q.id, { ...fastPoll, failOnPartial: true }),
    ).rejects.toBeInstanceOf(PollFailedError);
  });

  it('ranks retrieval deterministically and honours top_k', async () => {
    const llama = client();
    const pipeline = mock.seed.indexedPipeline('kb', [
      { name: 'a.txt', text: 'Alpha beta.\n\nGamma delta epsilon.' },
      { name: 'b.txt', text: 'Delta delta delta.\n\nUnrelated words.' },
    ]);
    const first = await llama.pipelines.retrieve(pipeline.id, {
      query: 'delta epsilon',
      dense_similarity_top_k: 2,
    });
    const second = await llama.pipelines.retrieve(pipeline.id, {
      query: 'delta epsilon',
      dense_similarity_top_k: 2,
    });
    expect(first.retrieval_nodes.map((n) => n.node.text)).toEqual([
      'Gamma delta epsilon.',
      'Delta delta delta.',
    ]);
    expect(second.retrieval_nodes).toEqual(first.retrieval_nodes);
  });
});

describe('pagination across pipeline files', () => {
  it('walks 250 files in pages of 100: three requests, every file once', async () => {
    const llama = client();
    const pipeline = mock.seed.indexedPipeline('big');
    for (let i = 0; i < 250; i++) {
      const file = mock.seed.file(`f${i}.txt`, `file ${i}`);
      mock.store.pipelineFiles.insert({
        pipeline_id: pipeline.id,
        file_id: file.id,
        name: file.name,
        project_id: pipeline.project_id,
        status: 'SUCCESS',
      });
    }
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => requests.push(new URL(request.url).search));
    const names: string[] = [];
    for await (const file of llama.pipelineFiles.list(pipeline.id, { limit: 100 }))
      names.push(String(file.name));
    server.events.removeAllListeners();
    expect(names).toEqual(Array.from({ length: 250 }, (_, i) => `f${i}.txt`));
    expect(requests).toEqual(['?limit=100', '?limit=100&offset=100', '?limit=100&offset=200']);
    const first = await llama.pipelineFiles.list(pipeline.id, { limit: 10, offset: 240 });
    expect(first).toMatchObject({ total_count: 250, offset: 240 });
    expect(first.files).toHaveLength(10);
  });
});

describe('errors', () => {
  it('404 carries the vendor message', async () => {
    const error = await client()
      .pipelines.get('pl_missing')
      .catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe(
      '404 Pipeline not found: GET https://api.cloud.llamaindex.ai/api/v1/pipelines/pl_missing',
    );
  });

  it('422 for a body that breaks the spec, with FastAPI detail', async () => {
    const error = await client()
      .pipelines.create({ name: '' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error.body.detail[0]).toMatchObject({ loc: ['body', 'name'] });
    expect(error.vendorMessage).toMatch(/^body\.name: /);
  });

  it("422 for a query parameter that breaks the spec, at ['query', name]", async () => {
    // Broken on purpose: msw's getResponse, not fetch, which the contract setup checks against the spec.
    const url = `${mock.baseUrl}/api/v1/pipelines?pipeline_type=BOGUS`;
    const response = await getResponse(
      mock.handlers,
      new Request(url, { headers: { authorization: 'Bearer k' } }),
    );
    expect(response?.status).toBe(422);
    expect(await response?.json()).toEqual({
      detail: [
        { loc: ['query', 'pipeline_type'], msg: "Input should be 'PLAYGROUND' or 'MANAGED'", type: 'enum' },
      ],
    });
  });

  it('a 429 scenario is ridden out by the retry policy', async () => {
    server.use(mock.scenarios.rateLimited('POST /api/v1/files', { retryAfterMs: 30, times: 2 }));
    const file = await client().uploadFile(new Blob(['x']), { filename: 'x.txt' });
    expect(file.name).toBe('x.txt');
    server.use(mock.scenarios.rateLimited('GET /api/v1/projects', { retryAfterSeconds: 120 }));
    await expect(client().projects.list()).rejects.toBeInstanceOf(RateLimitError);
  });
});

describe('response validation', () => {
  it('is off by default, and when on, names the operation and JSON path of the drift', async () => {
    const pipeline = mock.seed.indexedPipeline('v');
    server.use(
      mock.http.get('/api/v1/pipelines/{pipeline_id}/files2', () =>
        HttpResponse.json({
          files: [{ id: 'pf_1', pipeline_id: pipeline.id, status: 'SUCCESS', file_size: 'big' }],
          total_count: 1,
        }),
      ),
    );
    await expect(client().pipelineFiles.list(pipeline.id)).resolves.toMatchObject({ total_count: 1 });
    const strict = client({ validateResponses: llamaCloudResponseValidator() });
    const error = await strict.pipelineFiles.list(pipeline.id).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.operation).toBe('GET /api/v1/pipelines/{pipeline_id}/files2 (listPipelineFiles)');
    expect(error.issues[0].path).toBe('$.files[0].file_size');
  });

  it('accepts an enum value the spec does not know yet (forward compatible)', async () => {
    const pipeline = mock.seed.indexedPipeline('w');
    server.use(
      mock.http.get('/api/v1/pipelines/{pipeline_id}/status', () => ({ status: 'QUEUED_FOR_GPU' }) as never),
    );
    const strict = client({ validateResponses: llamaCloudResponseValidator() });
    await expect(strict.pipelines.getStatus(pipeline.id)).resolves.toEqual({ status: 'QUEUED_FOR_GPU' });
  });
});

describe('options', () => {
  it('reads the key and base URL from the environment, and says what to set when the key is missing', async () => {
    vi.stubEnv('LLAMA_CLOUD_API_KEY', '');
    expect(() => createLlamaCloudClient()).toThrow(UsageError);
    expect(() => createLlamaCloudClient()).toThrow(/set LLAMA_CLOUD_API_KEY/);
    vi.stubEnv('LLAMA_CLOUD_API_KEY', 'llx-env');
    let auth: string | null = null;
    server.use(
      mock.http.get('/api/v1/projects', ({ request }) => {
        auth = request.headers.get('authorization');
        return [];
      }),
    );
    await createLlamaCloudClient({ logLevel: 'off' }).projects.list();
    expect(auth).toBe('Bearer llx-env');
    vi.unstubAllEnvs();
  });

  it('selects the EU server by environment, and rejects an unknown environment', async () => {
    const eu = createLlamaCloudMock({ baseUrl: 'https://api.cloud.llamaindex.eu' });
    server.use(...eu.handlers);
    await client({ environment: 'eu' }).projects.create({ name: 'in-eu' });
    expect(eu.store.projects.find((p) => p.name === 'in-eu')).toBeDefined();
    expect(() => client({ environment: 'mars' as never })).toThrow(/unknown environment 'mars'/);
  });

  it('fills project_id from projectId unless the call names another', async () => {
    const seen: (string | null)[] = [];
    server.use(
      mock.http.get('/api/v1/pipelines', ({ query }) => {
        seen.push(query.get('project_id'));
        return [];
      }),
    );
    const llama = client({ projectId: 'proj_default' });
    await llama.pipelines.list();
    await llama.pipelines.list({ project_id: 'proj_other' });
    expect(seen).toEqual(['proj_default', 'proj_other']);
  });

  it('keeps .raw as openapi-fetch, over the same transport', async () => {
    const { data, error, response } = await client().raw.GET('/api/v1/pipelines/{pipeline_id}', {
      params: { path: { pipeline_id: 'nope' } },
    });
    expect(data).toBeUndefined();
    expect(error).toEqual({ detail: 'Pipeline not found' });
    expect(response.status).toBe(404);
  });
});

describe('./validate zod schemas', () => {
  it('gives the request and response schemas of an operation', async () => {
    const { llamaCloudSchema } = await import('../src/validate/index');
    const request = llamaCloudSchema('POST /api/v1/pipelines/{pipeline_id}/retrieve', 'request');
    expect(request?.safeParse({ query: 'hi', dense_similarity_top_k: 3 }).success).toBe(true);
    expect(request?.safeParse({ dense_similarity_top_k: 0 }).success).toBe(false);
    const response = llamaCloudSchema('GET /api/v1/pipelines/{pipeline_id}', 'response');
    const pipeline = { id: 'pl_1', name: 'p', project_id: 'proj_1' };
    expect(response?.safeParse({ ...pipeline, embedding_config: { type: 'OPENAI_EMBEDDING' } }).success).toBe(
      true,
    );
    // The API always sends the embedding (issue 14): an answer without it is drift.
    expect(response?.safeParse(pipeline).success).toBe(false);
    expect(llamaCloudSchema('DELETE /api/v1/pipelines/{pipeline_id}', 'response')).toBeUndefined();
  });
});
