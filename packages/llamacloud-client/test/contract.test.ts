// Issue 16's contract test: every operation of specs/llamacloud.yaml, through the client, against the mock, and
// its answer checked against the spec (specs/contract/mock-contract.ts). The fixture seeds what the calls need.
import {
  type ContractFixture,
  describeMockContract,
  type RawVerb,
} from '../../../specs/contract/mock-contract';
import { useMockedClient } from '../../core/test/support/mocked-client';
import { createLlamaCloudClient, type LlamaCloudClient } from '../src/index';
import { createLlamaCloudMock, type LlamaCloudMock } from '../src/msw/index';

const { mock, client } = useMockedClient(createLlamaCloudMock(), () =>
  createLlamaCloudClient({ apiKey: 'llx-test', logLevel: 'off' }),
);

const fixture: ContractFixture<LlamaCloudMock, LlamaCloudClient> = {
  async setup(m, api) {
    const project = m.seed.project();
    const pipeline = m.seed.indexedPipeline('docs', [
      { name: 'a.txt', text: 'LlamaCloud indexes documents.' },
    ]);
    const file = m.store.files.all()[0]!;
    const path = { pipeline_id: pipeline.id };
    const raw = api.raw as unknown as Record<string, RawVerb>;
    const call = async (verb: string, url: string, init: Record<string, unknown>) =>
      (await raw[verb]!(url, init)).data as any;
    const source = await call('POST', '/api/v1/data-sources', {
      body: { name: 's3', source_type: 'S3', component: {} },
    });
    const sink = await call('POST', '/api/v1/data-sinks', {
      body: { name: 'pg', sink_type: 'POSTGRES', component: {} },
    });
    await call('PUT', '/api/v1/pipelines/{pipeline_id}/data-sources', {
      params: { path },
      body: [{ data_source_id: source.id }],
    });
    const [document] = await call('POST', '/api/v1/pipelines/{pipeline_id}/documents', {
      params: { path },
      body: [{ text: 'A document.', metadata: {} }],
    });
    await call('POST', '/api/v1/pipelines/{pipeline_id}/sync', { params: { path } });
    const [job] = await call('GET', '/api/v1/pipelines/{pipeline_id}/jobs', { params: { path } });
    return { project, pipeline, file, source, sink, document, job };
  },
  path: {
    project_id: (ctx) => ctx.project.id,
    pipeline_id: (ctx) => ctx.pipeline.id,
    file_id: (ctx) => ctx.file.id,
    id: (ctx) => ctx.file.id,
    data_sink_id: (ctx) => ctx.sink.id,
    data_source_id: (ctx) => ctx.source.id,
    document_id: (ctx) => ctx.document.id,
    job_id: (ctx) => ctx.job.id,
  },
  calls: {
    addFilesToPipeline: (ctx) => ({ body: [{ file_id: ctx.file.id }] }),
    addDataSourcesToPipeline: (ctx) => ({ body: [{ data_source_id: ctx.source.id }] }),
  },
};

describeMockContract('llamacloud', mock, client, fixture);
