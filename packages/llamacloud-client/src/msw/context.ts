import {
  createCollection,
  createMockClock,
  createStore,
  defineResource,
  type MockAnswer,
  type MockResolverInfo,
  type Resource,
  type MockClock,
  type MockResolvers,
  type TypedHttp,
} from '@org/sdk-core/msw';
import { HttpResponse } from 'msw';
import type { Operations } from '../generated/mock-routes';
import type { components, paths } from '../generated/schema';

export type S = components['schemas'];
export type Status = S['ManagedIngestionStatus'];

/** A stored file: the API's record plus what the mock keeps for retrieval and the beta routes. */
export type MockFile = S['File'] & { text: string; purpose?: string | null };
/** A pipeline's ingestion as the mock runs it: each status poll moves it one step. */
export interface MockIngestion {
  pipeline_id: string;
  job_id: string;
  steps: Status[];
  step: number;
  started_at: string;
}
/** A document sent to a pipeline as text. */
export type MockDocument = S['CloudDocument'] & { pipeline_id: string; status: Status };

/** Options of `createLlamaCloudMock`. */
export interface LlamaCloudMockOptions {
  /** The API root the handlers answer. @default the US server */
  baseUrl?: string;
  /** How ingestion proceeds, one step per status poll. @default NOT_STARTED, IN_PROGRESS, SUCCESS */
  ingestionSteps?: Status[];
}

/** The embedding a pipeline gets when created without one: the API's managed default. */
export const DEFAULT_EMBEDDING: S['Pipeline']['embedding_config'] = {
  type: 'MANAGED_OPENAI_EMBEDDING',
  component: { model_name: 'openai-text-embedding-3-small' },
};

/** The resolvers one group of routes contributes, typed per operation. */
export type Resolvers = MockResolvers<Operations>;

export const notFound = (what: string) => HttpResponse.json({ detail: `${what} not found` }, { status: 404 });

/** FastAPI's 422 for one input at `loc` (`['query', 'limit']`, `['body', 'file']`). */
export const invalid = (loc: string[], msg: string, type = 'value_error') =>
  HttpResponse.json({ detail: [{ loc, msg, type }] }, { status: 422 });

/** FastAPI's 422 for a query parameter. */
export const badQuery = (param: string, message: string) => invalid(['query', param], message);

export function createMockStore() {
  return createStore({
    projects: createCollection<S['Project']>({ idPrefix: 'proj_' }),
    files: createCollection<MockFile>({ idPrefix: 'file_' }),
    pipelines: createCollection<S['Pipeline']>({ idPrefix: 'pl_' }),
    pipelineFiles: createCollection<S['PipelineFile']>({ idPrefix: 'pf_' }),
    documents: createCollection<MockDocument>({ idPrefix: 'doc_' }),
    dataSources: createCollection<S['DataSource']>({ idPrefix: 'ds_' }),
    pipelineDataSources: createCollection<S['PipelineDataSource']>({ idPrefix: 'pds_' }),
    dataSinks: createCollection<S['DataSink']>({ idPrefix: 'sink_' }),
    jobs: createCollection<S['PipelineJob'] & { pipeline_id: string }>({ idPrefix: 'job_' }),
    ingestions: createCollection<MockIngestion & { id: string }>({ idField: 'id' }),
  });
}

/** What every handler group shares: the store, the clock, the typed http and the project lookup. */
export function createMockContext(options: LlamaCloudMockOptions, http: TypedHttp<paths>) {
  const store = createMockStore();
  const clock: MockClock = createMockClock();
  const now = clock.now;
  /** A new record's `created_at` and `updated_at`. */
  const stamp = () => ({ created_at: now(), updated_at: now() });
  const steps = options.ingestionSteps ?? ['NOT_STARTED', 'IN_PROGRESS', 'SUCCESS'];

  const defaultProject = () =>
    store.projects.all()[0] ??
    store.projects.insert({ name: 'Default', organization_id: 'org_1', is_default: true });
  /** The call's project: its `project_id` (the gate has checked it exists), else the default project. */
  const projectOf = (query: URLSearchParams) => query.get('project_id') ?? defaultProject().id;

  // The records a path names, or the API's 404; a pipeline's files, documents and sources only under it
  // (a document's routes answer its own 404 without looking at the pipeline).
  const pipelines = defineResource(store.pipelines, {
    param: 'pipeline_id',
    notFound: () => notFound('Pipeline'),
  });
  const inPipeline = { field: 'pipeline_id', param: 'pipeline_id' } as const;
  const pipelineFiles = defineResource(store.pipelineFiles, {
    param: 'file_id',
    field: 'file_id',
    scope: inPipeline,
    notFound: () => notFound('Pipeline file'),
  });
  const documents = defineResource(store.documents, {
    param: 'document_id',
    scope: inPipeline,
    notFound: () => notFound('Document'),
  });
  const pipelineDataSources = defineResource(store.pipelineDataSources, {
    param: 'data_source_id',
    field: 'data_source_id',
    scope: inPipeline,
    notFound: () => notFound('Pipeline data source'),
  });
  /** A resolver of a record under a pipeline: the pipeline's 404 first, then the record's. */
  const under =
    <Row extends object>(resource: Pick<Resource<Row, unknown>, 'with'>) =>
    <Op>(resolve: (row: Row, info: MockResolverInfo<Op>) => MockAnswer<Op> | Promise<MockAnswer<Op>>) =>
      pipelines.with<Op>((_, info) => resource.with(resolve)(info));

  /** Starts an ingestion run of the pipeline: a new job, its files and documents back to NOT_STARTED. */
  function startIngestion(pipeline: S['Pipeline']) {
    const pipelineId = pipeline.id;
    const job = store.jobs.insert({
      pipeline_id: pipelineId,
      status: 'NOT_STARTED',
      started_at: now(),
      created_at: now(),
    });
    store.ingestions.delete(pipelineId);
    store.ingestions.insert({
      id: pipelineId,
      pipeline_id: pipelineId,
      job_id: job.id,
      steps,
      step: 0,
      started_at: now(),
    });
    setIngestionStatus(pipelineId, job.id, 'NOT_STARTED');
    return pipeline;
  }

  /** Advances a pipeline's ingestion by one step (each status poll does this) and returns its status. */
  function pollIngestion({ id: pipelineId }: S['Pipeline']): S['ManagedIngestionStatusResponse'] {
    const run = store.ingestions.get(pipelineId);
    if (!run) {
      const files = store.pipelineFiles.filter((f) => f.pipeline_id === pipelineId);
      const docs = store.documents.filter((d) => d.pipeline_id === pipelineId);
      return { status: files.length || docs.length ? 'SUCCESS' : 'NOT_STARTED' };
    }
    const status = run.steps[Math.min(run.step, run.steps.length - 1)] as Status;
    if (run.step < run.steps.length) store.ingestions.update(pipelineId, { step: run.step + 1 });
    setIngestionStatus(pipelineId, run.job_id, status);
    return { status, job_id: run.job_id, effective_at: now() };
  }

  function setIngestionStatus(pipelineId: string, jobId: string, status: Status) {
    const done = status !== 'NOT_STARTED' && status !== 'IN_PROGRESS';
    store.jobs.update(jobId, { status, ...(done ? { ended_at: now() } : {}) });
    const fileStatus: S['PipelineFileStatus'] = status === 'PARTIAL_SUCCESS' ? 'SUCCESS' : status;
    for (const file of store.pipelineFiles.filter((f) => f.pipeline_id === pipelineId)) {
      store.pipelineFiles.update(file.id, { status: fileStatus, status_updated_at: now() });
    }
    for (const doc of store.documents.filter((d) => d.pipeline_id === pipelineId)) {
      store.documents.update(doc.id, { status: fileStatus });
    }
  }

  /** Stops the pipeline's run where it is: the status polls answer CANCELLED from now on. */
  function cancelIngestion(pipeline: S['Pipeline']) {
    const run = store.ingestions.get(pipeline.id);
    if (run) {
      store.ingestions.update(pipeline.id, { steps: ['CANCELLED'], step: 0 });
      setIngestionStatus(pipeline.id, run.job_id, 'CANCELLED');
    }
    return pipeline;
  }

  return {
    store,
    http,
    clock,
    now,
    stamp,
    defaultProject,
    pipelines,
    pipelineFile: under(pipelineFiles),
    documents,
    pipelineDataSource: under(pipelineDataSources),
    projectOf,
    startIngestion,
    pollIngestion,
    cancelIngestion,
  };
}

export type MockContext = ReturnType<typeof createMockContext>;
