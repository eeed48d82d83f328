// The index surface beyond the seed (issue 19) through our client, with response validation on so every
// answer of the mock matches the spec; and the mock's gate: 401 without a Bearer token, 403 for an unknown
// project, 405 for a method a known path does not serve.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  createLlamaCloudClient,
  NotFoundError,
  PermissionDeniedError,
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

const client = () =>
  createLlamaCloudClient({
    apiKey: 'llx-test',
    logLevel: 'off',
    validateResponses: llamaCloudResponseValidator(),
  });

describe('the index surface through the client', () => {
  it('pipelines: upsert by name, update, the cursor-paged v2 list, cancel a sync', async () => {
    const llama = client();
    const created = await llama.pipelines.upsert({ name: 'docs' });
    expect(created.embedding_config).toMatchObject({ type: 'MANAGED_OPENAI_EMBEDDING' });
    const again = await llama.pipelines.upsert({
      name: 'docs',
      embedding_config: { type: 'OPENAI_EMBEDDING' },
    });
    expect(again.id).toBe(created.id);
    expect(again.embedding_config.type).toBe('OPENAI_EMBEDDING');
    expect((await llama.pipelines.update(created.id, { name: 'renamed' })).name).toBe('renamed');
    for (let i = 0; i < 3; i++) await llama.pipelines.create({ name: `p${i}` });
    const names: string[] = [];
    for await (const p of llama.pipelines.listPaginated({ page_size: 2 })) names.push(p.name);
    expect(names).toEqual(['renamed', 'p0', 'p1', 'p2']);
    await llama.pipelines.sync(created.id);
    await llama.pipelines.cancelSync(created.id);
    expect((await llama.pipelines.getStatus(created.id)).status).toBe('CANCELLED');
  });

  it('pipeline files: update metadata, count by status, remove', async () => {
    const llama = client();
    const pipeline = await llama.pipelines.create({ name: 'files' });
    const file = await llama.betaFiles.create({ file: new File(['text'], 'a.txt'), purpose: 'user_data' });
    const [added] = await llama.pipelineFiles.add(pipeline.id, [{ file_id: file.id }]);
    expect(added?.project_id).toBe(pipeline.project_id);
    const updated = await llama.pipelineFiles.update(pipeline.id, file.id, {
      custom_metadata: { lang: 'en' },
    });
    expect(updated.custom_metadata).toEqual({ lang: 'en' });
    expect(await llama.pipelineFiles.getStatusCounts(pipeline.id)).toMatchObject({
      counts: { NOT_STARTED: 1 },
      total_count: 1,
    });
    const page = await llama.pipelineFiles.list(pipeline.id, { limit: 10 });
    expect(page).toMatchObject({ offset: 0, limit: 10, total_count: 1 });
    await llama.pipelineFiles.delete(pipeline.id, file.id);
    expect(await llama.pipelineFiles.listAll(pipeline.id)).toEqual([]);
  });

  it('documents: create, upsert, page, get, status, chunks, delete', async () => {
    const llama = client();
    const pipeline = await llama.pipelines.create({ name: 'docs' });
    const [doc] = await llama.pipelineDocuments.create(pipeline.id, [
      { text: 'One.\n\nTwo.', metadata: { n: 1 } },
    ]);
    await llama.pipelineDocuments.upsert(pipeline.id, [
      { id: doc?.id ?? null, text: 'Uno.\n\nDos.', metadata: { n: 1 } },
    ]);
    const texts: string[] = [];
    for await (const d of llama.pipelineDocuments.list(pipeline.id)) texts.push(d.text);
    expect(texts).toEqual(['Uno.\n\nDos.']);
    const id = doc?.id as string;
    await expect(llama.pipelineDocuments.get(pipeline.id, id)).resolves.toMatchObject({
      text: 'Uno.\n\nDos.',
    });
    await expect(llama.pipelineDocuments.getStatus(pipeline.id, id)).resolves.toMatchObject({
      status: 'NOT_STARTED',
    });
    const chunks = await llama.pipelineDocuments.getChunks(pipeline.id, id);
    expect(chunks.map((c) => c.text)).toEqual(['Uno.', 'Dos.']);
    expect(chunks[0]?.extra_info).toMatchObject({ n: 1, document_id: id });
    await llama.pipelineDocuments.delete(pipeline.id, id);
    await expect(llama.pipelineDocuments.get(pipeline.id, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('data sources and sinks: get, update, delete; a pipeline data source: attach, status, sync', async () => {
    const llama = client();
    const pipeline = await llama.pipelines.create({ name: 'sources' });
    const source = await llama.dataSources.create({
      name: 's3',
      source_type: 'S3',
      component: { bucket: 'b' },
    });
    await expect(llama.dataSources.get(source.id)).resolves.toMatchObject({ name: 's3' });
    expect((await llama.dataSources.update(source.id, { source_type: 'S3', name: 's3b' })).name).toBe('s3b');
    await expect(llama.dataSources.update(source.id, { source_type: 'BOX' })).rejects.toMatchObject({
      status: 422,
    });
    const attached = await llama.pipelineDataSources.update(pipeline.id, source.id, { sync_interval: 60 });
    expect(attached).toMatchObject({ data_source_id: source.id, sync_interval: 60 });
    await llama.pipelineDataSources.sync(pipeline.id, source.id);
    await expect(llama.pipelineDataSources.getStatus(pipeline.id, source.id)).resolves.toMatchObject({
      status: 'SUCCESS',
    });
    await llama.dataSources.delete(source.id);
    await expect(llama.pipelineDataSources.list(pipeline.id)).resolves.toEqual([]);

    const sink = await llama.dataSinks.create({ name: 'v', sink_type: 'QDRANT', component: { url: 'x' } });
    await expect(llama.dataSinks.list()).resolves.toHaveLength(1);
    expect((await llama.dataSinks.update(sink.id, { sink_type: 'QDRANT', name: 'v2' })).name).toBe('v2');
    await expect(llama.dataSinks.get(sink.id)).resolves.toMatchObject({ name: 'v2' });
    await llama.dataSinks.delete(sink.id);
    await expect(llama.dataSinks.get(sink.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('beta files: upload with a purpose, cursor-paged list, get, content URL, delete', async () => {
    const llama = client();
    for (const name of ['a.txt', 'b.txt', 'c.txt']) {
      await llama.betaFiles.create({ file: new File([name], name), purpose: 'user_data' });
    }
    const names: string[] = [];
    for await (const f of llama.betaFiles.list({ page_size: 2 })) names.push(f.name);
    expect(names).toEqual(['a.txt', 'b.txt', 'c.txt']);
    const file = mock.store.files.all()[0] as { id: string };
    await expect(llama.betaFiles.get(file.id)).resolves.toMatchObject({ purpose: 'user_data' });
    await expect(llama.betaFiles.getContent(file.id)).resolves.toMatchObject({ url: expect.any(String) });
    await llama.betaFiles.delete(file.id);
    await expect(llama.files.get(file.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('the mock refuses as the API does', () => {
  it('401 without a Bearer token, 403 for a project the key cannot see, 405 for an unserved method', async () => {
    const anonymous = await fetch('https://api.cloud.llamaindex.ai/api/v1/projects');
    expect(anonymous.status).toBe(401);
    const error = await createLlamaCloudClient({ apiKey: 'k', logLevel: 'off', projectId: 'proj_nope' })
      .pipelines.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).not.toBeInstanceOf(AuthenticationError);
    const wrong = await fetch('https://api.cloud.llamaindex.ai/api/v1/projects', {
      method: 'DELETE',
      headers: { authorization: 'Bearer k' },
    });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, POST');
  });
});
