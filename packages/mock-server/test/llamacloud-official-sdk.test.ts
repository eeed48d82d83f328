// LlamaCloud's own TypeScript SDK (@llamaindex/llama-cloud) against our mock server over real HTTP: a user
// who already has the official SDK can test with @org/mock-server. Every call of the index flow must be
// accepted, and every answer must carry the fields the SDK's types declare required.
import LlamaCloud from '@llamaindex/llama-cloud';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../src/index';

let server: MockServer;
let llama: LlamaCloud;
beforeAll(async () => {
  server = await startMockServer('llamacloud');
  llama = new LlamaCloud({ apiKey: 'llx-test', baseURL: server.url, maxRetries: 0 });
});
afterAll(() => server.close());

/** Fails naming the fields of `value` that the SDK type `name` requires and the answer lacks. */
function expectRequired(name: string, value: unknown, fields: string[]) {
  const record = value as Record<string, unknown>;
  expect(
    fields.filter((f) => record?.[f] === undefined),
    `${name} lacks required fields`,
  ).toEqual([]);
}

// The required fields of the SDK's types (llama-cloud 2.16: resources/pipelines/*.ts, resources/files.ts).
const PIPELINE = ['id', 'name', 'project_id', 'embedding_config'];
const FILE = ['id', 'name', 'project_id'];
const PIPELINE_FILE = ['id', 'pipeline_id'];

describe('the official LlamaCloud SDK against the mock server', () => {
  it('runs the index flow: pipeline, files into it, sync, status, retrieve', async () => {
    const pipeline = await llama.pipelines.create({ name: 'official-sdk' });
    expectRequired('Pipeline', pipeline, PIPELINE);
    expect(pipeline.embedding_config).toMatchObject({ type: expect.any(String) });

    const upserted = await llama.pipelines.upsert({
      name: 'official-sdk',
      transform_config: { mode: 'auto', chunk_size: 512 },
    });
    expect(upserted.id).toBe(pipeline.id);
    const updated = await llama.pipelines.update(pipeline.id, { name: 'official-sdk-2' });
    expect(updated.name).toBe('official-sdk-2');
    expectRequired('Pipeline', await llama.pipelines.get(pipeline.id), PIPELINE);
    const listed = await llama.pipelines.list();
    expect(listed.map((p) => p.id)).toContain(pipeline.id);
    for (const p of listed) expectRequired('Pipeline', p, PIPELINE);
    const summaries = [];
    for await (const p of llama.pipelines.listPaginated()) summaries.push(p);
    expect(summaries.map((p) => p.id)).toContain(pipeline.id);
    for (const p of summaries)
      expectRequired('PipelineListPaginatedResponse', p, ['id', 'name', 'pipeline_type', 'project_id']);

    const file = await llama.files.create({
      file: new File(['Tea is brewed at 80 degrees.\n\nCoffee wants 93 degrees.'], 'brew.txt', {
        type: 'text/plain',
      }),
      purpose: 'user_data',
    });
    expectRequired('FileCreateResponse', file, FILE);
    expectRequired('FileRetrieveResponse', await llama.files.retrieve(file.id), FILE);
    const files = [];
    for await (const f of llama.files.list()) files.push(f);
    expect(files.map((f) => f.id)).toEqual([file.id]);
    expectRequired('PresignedURL', await llama.files.content(file.id), ['url', 'expires_at']);

    const added = await llama.pipelines.files.create(pipeline.id, {
      body: [{ file_id: file.id, custom_metadata: { topic: 'drinks' } }],
    });
    expect(added).toHaveLength(1);
    for (const pf of added) expectRequired('PipelineFile', pf, PIPELINE_FILE);
    const pipelineFile = await llama.pipelines.files.update(file.id, {
      pipeline_id: pipeline.id,
      custom_metadata: { topic: 'brewing' },
    });
    expect(pipelineFile.custom_metadata).toEqual({ topic: 'brewing' });

    const synced = await llama.pipelines.sync.create(pipeline.id);
    expectRequired('Pipeline', synced, PIPELINE);
    // The mock moves one step per poll: NOT_STARTED, IN_PROGRESS, SUCCESS.
    const seen: string[] = [];
    for (let i = 0; i < 5 && seen.at(-1) !== 'SUCCESS'; i++) {
      const status = await llama.pipelines.getStatus(pipeline.id);
      expectRequired('ManagedIngestionStatusResponse', status, ['status']);
      seen.push(status.status);
    }
    expect(seen).toEqual(['NOT_STARTED', 'IN_PROGRESS', 'SUCCESS']);
    expect((await llama.pipelines.files.getStatus(file.id, { pipeline_id: pipeline.id })).status).toBe(
      'SUCCESS',
    );
    const counts = await llama.pipelines.files.getStatusCounts(pipeline.id);
    expectRequired('FileGetStatusCountsResponse', counts, ['counts', 'total_count']);
    expect(counts.counts).toEqual({ SUCCESS: 1 });
    const pipelineFiles = [];
    for await (const pf of llama.pipelines.files.list(pipeline.id)) pipelineFiles.push(pf);
    expect(pipelineFiles.map((pf) => pf.file_id)).toEqual([file.id]);

    const result = await llama.pipelines.retrieve(pipeline.id, { query: 'coffee temperature' });
    expectRequired('PipelineRetrieveResponse', result, ['pipeline_id', 'retrieval_nodes']);
    const top = result.retrieval_nodes[0];
    expectRequired('RetrievalNode', top, ['node']);
    expect(top?.node.text).toBe('Coffee wants 93 degrees.');
    expect(top?.node.extra_info).toMatchObject({ file_name: 'brew.txt', topic: 'brewing' });

    await llama.pipelines.files.delete(file.id, { pipeline_id: pipeline.id });
    await llama.files.delete(file.id);
    await llama.pipelines.delete(pipeline.id);
    await expect(llama.pipelines.get(pipeline.id)).rejects.toMatchObject({ status: 404 });
  });

  it('runs documents, data sources and sinks through their SDK resources', async () => {
    const pipeline = await llama.pipelines.create({ name: 'documents' });
    const docs = await llama.pipelines.documents.create(pipeline.id, {
      body: [{ id: 'faq-1', text: 'Refunds take 14 days.', metadata: { source: 'faq' } }],
    });
    for (const d of docs) expectRequired('CloudDocument', d, ['id', 'metadata', 'text']);
    await llama.pipelines.documents.upsert(pipeline.id, {
      body: [{ id: 'faq-1', text: 'Refunds take 10 days.', metadata: { source: 'faq' } }],
    });
    const page = [];
    for await (const d of llama.pipelines.documents.list(pipeline.id)) page.push(d);
    expect(page.map((d) => d.text)).toEqual(['Refunds take 10 days.']);
    expect((await llama.pipelines.documents.get('faq-1', { pipeline_id: pipeline.id })).text).toBe(
      'Refunds take 10 days.',
    );
    expectRequired(
      'ManagedIngestionStatusResponse',
      await llama.pipelines.documents.getStatus('faq-1', { pipeline_id: pipeline.id }),
      ['status'],
    );
    const chunks = await llama.pipelines.documents.getChunks('faq-1', { pipeline_id: pipeline.id });
    expect(chunks.map((c) => c.text)).toEqual(['Refunds take 10 days.']);
    await llama.pipelines.documents.delete('faq-1', { pipeline_id: pipeline.id });

    const source = await llama.dataSources.create({
      name: 'bucket',
      source_type: 'S3',
      component: { bucket: 'docs' } as never,
    });
    expectRequired('DataSource', source, ['id', 'component', 'name', 'project_id', 'source_type']);
    expect((await llama.dataSources.update(source.id, { source_type: 'S3', name: 'renamed' })).name).toBe(
      'renamed',
    );
    const attached = await llama.pipelines.dataSources.updateDataSources(pipeline.id, {
      body: [{ data_source_id: source.id }],
    });
    for (const a of attached) {
      expectRequired('PipelineDataSource', a, [
        'id',
        'component',
        'data_source_id',
        'name',
        'pipeline_id',
        'project_id',
        'source_type',
      ]);
    }
    await llama.pipelines.dataSources.update(source.id, { pipeline_id: pipeline.id, sync_interval: 3600 });
    await llama.pipelines.dataSources.sync(source.id, { pipeline_id: pipeline.id });
    expect(
      (await llama.pipelines.dataSources.getStatus(source.id, { pipeline_id: pipeline.id })).status,
    ).toBe('SUCCESS');
    expect(
      (await llama.pipelines.dataSources.getDataSources(pipeline.id)).map((d) => d.sync_interval),
    ).toEqual([3600]);
    await llama.dataSources.delete(source.id);

    const sink = await llama.dataSinks.create({
      name: 'vectors',
      sink_type: 'PINECONE',
      component: { index_name: 'docs' } as never,
    });
    expectRequired('DataSink', sink, ['id', 'component', 'name', 'project_id', 'sink_type']);
    expect((await llama.dataSinks.list()).map((s) => s.id)).toEqual([sink.id]);
    expect((await llama.dataSinks.update(sink.id, { sink_type: 'PINECONE', name: 'v2' })).name).toBe('v2');
    await llama.dataSinks.delete(sink.id);
    const cancelled = await llama.pipelines.sync.cancel(pipeline.id);
    expectRequired('Pipeline', cancelled, PIPELINE);
  });

  it('is refused as the API refuses: no key 401, unknown project 403, wrong method 405', async () => {
    const anonymous = await fetch(`${server.url}/api/v1/pipelines`);
    expect(anonymous.status).toBe(401);
    await expect(llama.pipelines.list({ project_id: 'proj_nope' })).rejects.toMatchObject({ status: 403 });
    const wrongMethod = await fetch(`${server.url}/api/v1/pipelines/pl_1/status`, {
      method: 'DELETE',
      headers: { authorization: 'Bearer llx-test' },
    });
    expect(wrongMethod.status).toBe(405);
    expect(await wrongMethod.json()).toEqual({ detail: 'Method Not Allowed' });
  });
});
