import {
  createRequestBodyChecker,
  type BodyCheck,
  createCollection,
  createScenarios,
  createStore,
  createTypedHttp,
  isPageError,
  pageByOffset,
} from '@org/sdk-core/msw';
import { HttpResponse } from 'msw';
import { servers } from '../generated/resources';
import type { components, paths } from '../generated/schema';
import { components as specComponents, operations } from '../generated/schemas';
import { rankChunks } from './rank';

type S = components['schemas'];
type Status = S['ManagedIngestionStatus'];

/** A stored file: the API's record plus the text the mock keeps for retrieval. */
export type MockFile = S['File'] & { text: string };
/** A pipeline's ingestion as the mock runs it: each status poll moves it one step. */
export interface MockIngestion {
  pipeline_id: string;
  job_id: string;
  steps: Status[];
  step: number;
  started_at: string;
}

/** Options of `createLlamaCloudMock`. */
export interface LlamaCloudMockOptions {
  /** The API root the handlers answer. @default the US server */
  baseUrl?: string;
  /** How ingestion proceeds, one step per status poll. @default NOT_STARTED, IN_PROGRESS, SUCCESS */
  ingestionSteps?: Status[];
}

const now = () => new Date().toISOString();
const notFound = (what: string) => HttpResponse.json({ detail: `${what} not found` }, { status: 404 });

/** FastAPI's 422 body for failed checks. */
function unprocessable(check: Extract<BodyCheck, { ok: false }>) {
  return HttpResponse.json(
    { detail: check.issues.map((i) => ({ loc: ['body', ...i.path], msg: i.message, type: i.code })) },
    { status: 422 },
  );
}

/**
 * A stateful fake of the LlamaCloud API for msw: what a test creates persists in memory, lists page like
 * the API, unknown ids answer `404 {detail}`, bodies that break the spec answer FastAPI's `422 {detail: [...]}`,
 * a sync moves NOT_STARTED → IN_PROGRESS → SUCCESS as the status is polled, and retrieve ranks the text of
 * the pipeline's files by keyword overlap with the query (deterministic; no embeddings are pretended).
 * @example
 * const mock = createLlamaCloudMock();
 * const server = setupServer(...mock.handlers);
 * server.use(mock.scenarios.rateLimited('POST /api/v1/files', { retryAfterSeconds: 1 }));
 */
export function createLlamaCloudMock(options: LlamaCloudMockOptions = {}) {
  const baseUrl = options.baseUrl ?? servers.us;
  const steps = options.ingestionSteps ?? ['NOT_STARTED', 'IN_PROGRESS', 'SUCCESS'];
  const http = createTypedHttp<paths>({ baseUrl });
  const store = createStore({
    projects: createCollection<S['Project']>({ idPrefix: 'proj_' }),
    files: createCollection<MockFile>({ idPrefix: 'file_' }),
    pipelines: createCollection<S['Pipeline']>({ idPrefix: 'pl_' }),
    pipelineFiles: createCollection<S['PipelineFile']>({ idPrefix: 'pf_' }),
    dataSources: createCollection<S['DataSource']>({ idPrefix: 'ds_' }),
    pipelineDataSources: createCollection<S['PipelineDataSource']>({ idPrefix: 'pds_' }),
    dataSinks: createCollection<S['DataSink']>({ idPrefix: 'sink_' }),
    jobs: createCollection<S['PipelineJob'] & { pipeline_id: string }>({ idPrefix: 'job_' }),
    ingestions: createCollection<MockIngestion & { id: string }>({ idField: 'id' }),
  });

  const body = createRequestBodyChecker(operations, specComponents);

  const defaultProject = () =>
    store.projects.all()[0] ??
    store.projects.insert({ name: 'Default', organization_id: 'org_1', is_default: true } as S['Project']);
  const projectOf = (query: URLSearchParams) => query.get('project_id') ?? defaultProject().id;

  /** Advances a pipeline's ingestion by one step (each status poll does this) and returns its status. */
  function pollIngestion(pipelineId: string): S['ManagedIngestionStatusResponse'] {
    const run = store.ingestions.get(pipelineId);
    if (!run) {
      const files = store.pipelineFiles.filter((f) => f.pipeline_id === pipelineId);
      return { status: files.length ? 'SUCCESS' : 'NOT_STARTED' };
    }
    const status = run.steps[Math.min(run.step, run.steps.length - 1)] as Status;
    store.ingestions.update(pipelineId, { step: run.step + 1 });
    store.jobs.update(run.job_id, { status, ...(status === 'SUCCESS' ? { ended_at: now() } : {}) });
    for (const file of store.pipelineFiles.filter((f) => f.pipeline_id === pipelineId)) {
      store.pipelineFiles.update(file.id, {
        status: status === 'PARTIAL_SUCCESS' ? 'SUCCESS' : (status as S['PipelineFileStatus']),
        status_updated_at: now(),
      });
    }
    return { status, job_id: run.job_id, effective_at: now() };
  }

  const handlers = [
    // projects
    http.get('/api/v1/projects', ({ query }) => {
      defaultProject();
      const name = query.get('project_name');
      return store.projects.filter((p) => !name || p.name === name);
    }),
    http.post('/api/v1/projects', async ({ request }) => {
      const check = await body(request, 'POST /api/v1/projects');
      if (!check.ok) return unprocessable(check);
      const input = check.value as S['ProjectCreate'];
      return store.projects.insert({
        ...input,
        organization_id: 'org_1',
        is_default: false,
        created_at: now(),
        updated_at: now(),
      } as S['Project']);
    }),
    http.get(
      '/api/v1/projects/{project_id}',
      ({ params }) => store.projects.get(params.project_id) ?? notFound('Project'),
    ),

    // files
    http.post('/api/v1/files', async ({ request, query }) => {
      let form: FormData;
      try {
        form = await request.formData();
      } catch {
        return HttpResponse.json(
          { detail: [{ loc: ['body'], msg: 'Expected multipart/form-data', type: 'value_error' }] },
          { status: 422 },
        );
      }
      const upload = form.get('upload_file');
      if (!(upload instanceof Blob)) {
        return HttpResponse.json(
          { detail: [{ loc: ['body', 'upload_file'], msg: 'Field required', type: 'missing' }] },
          { status: 422 },
        );
      }
      const name = (upload as File).name || 'upload';
      const file = store.files.insert({
        name,
        text: await upload.text(),
        file_size: upload.size,
        file_type: name.includes('.') ? name.split('.').pop() : upload.type || null,
        external_file_id: query.get('external_file_id'),
        project_id: projectOf(query),
        created_at: now(),
        updated_at: now(),
      } as MockFile);
      const { text: _text, ...record } = file;
      return record as S['File'];
    }),
    http.get('/api/v1/files', ({ query }) =>
      store.files
        .filter((f) => f.project_id === projectOf(query))
        .map(({ text: _t, ...f }) => f as S['File']),
    ),
    http.get('/api/v1/files/{file_id}', ({ params }) => {
      const file = store.files.get(params.file_id);
      if (!file) return notFound('File');
      const { text: _t, ...record } = file;
      return record as S['File'];
    }),
    http.delete('/api/v1/files/{file_id}', ({ params }) => {
      if (!store.files.delete(params.file_id)) return notFound('File');
      for (const pf of store.pipelineFiles.filter((f) => f.file_id === params.file_id))
        store.pipelineFiles.delete(pf.id);
      return new HttpResponse(null, { status: 204 });
    }),

    // pipelines
    http.get('/api/v1/pipelines', ({ query }) => {
      const project = projectOf(query);
      const name = query.get('pipeline_name');
      const type = query.get('pipeline_type');
      return store.pipelines.filter(
        (p) => p.project_id === project && (!name || p.name === name) && (!type || p.pipeline_type === type),
      );
    }),
    http.post('/api/v1/pipelines', async ({ request, query }) => {
      const check = await body(request, 'POST /api/v1/pipelines');
      if (!check.ok) return unprocessable(check);
      const input = check.value as S['PipelineCreate'];
      const project = projectOf(query);
      if (store.pipelines.find((p) => p.project_id === project && p.name === input.name)) {
        return HttpResponse.json(
          { detail: `A pipeline named ${input.name} already exists in this project` },
          { status: 409 },
        );
      }
      const { data_sink_id, ...fields } = input;
      return store.pipelines.insert({
        pipeline_type: 'MANAGED',
        ...fields,
        project_id: project,
        data_sink: data_sink_id ? (store.dataSinks.get(data_sink_id) ?? null) : null,
        status: 'CREATED',
        created_at: now(),
        updated_at: now(),
      } as S['Pipeline']);
    }),
    http.get(
      '/api/v1/pipelines/{pipeline_id}',
      ({ params }) => store.pipelines.get(params.pipeline_id) ?? notFound('Pipeline'),
    ),
    http.delete('/api/v1/pipelines/{pipeline_id}', ({ params }) => {
      if (!store.pipelines.delete(params.pipeline_id)) return notFound('Pipeline');
      for (const pf of store.pipelineFiles.filter((f) => f.pipeline_id === params.pipeline_id))
        store.pipelineFiles.delete(pf.id);
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('/api/v1/pipelines/{pipeline_id}/status', ({ params }) =>
      store.pipelines.has(params.pipeline_id) ? pollIngestion(params.pipeline_id) : notFound('Pipeline'),
    ),
    http.post('/api/v1/pipelines/{pipeline_id}/sync', ({ params }) => {
      const pipeline = store.pipelines.get(params.pipeline_id);
      if (!pipeline) return notFound('Pipeline');
      const job = store.jobs.insert({
        pipeline_id: pipeline.id,
        status: 'NOT_STARTED',
        started_at: now(),
        created_at: now(),
      } as never);
      store.ingestions.delete(pipeline.id);
      store.ingestions.insert({
        id: pipeline.id,
        pipeline_id: pipeline.id,
        job_id: job.id,
        steps,
        step: 0,
        started_at: now(),
      });
      for (const file of store.pipelineFiles.filter((f) => f.pipeline_id === pipeline.id)) {
        store.pipelineFiles.update(file.id, { status: 'NOT_STARTED', status_updated_at: now() });
      }
      return pipeline;
    }),
    http.post('/api/v1/pipelines/{pipeline_id}/retrieve', async ({ params, request }) => {
      if (!store.pipelines.has(params.pipeline_id)) return notFound('Pipeline');
      const check = await body(request, 'POST /api/v1/pipelines/{pipeline_id}/retrieve');
      if (!check.ok) return unprocessable(check);
      const input = check.value as S['RetrievalParams'];
      const indexed = store.pipelineFiles.filter(
        (f) => f.pipeline_id === params.pipeline_id && f.status === 'SUCCESS',
      );
      const documents = indexed.flatMap((pf) => {
        const file = pf.file_id ? store.files.get(pf.file_id) : undefined;
        return file
          ? [{ id: file.id, name: file.name, text: file.text, metadata: pf.custom_metadata ?? {} }]
          : [];
      });
      const started = performance.now();
      const nodes = rankChunks(
        documents,
        input.query,
        input.dense_similarity_top_k ?? 6,
        input.dense_similarity_cutoff ?? undefined,
      );
      return {
        pipeline_id: params.pipeline_id,
        retrieval_nodes: nodes,
        image_nodes: [],
        page_figure_nodes: [],
        inferred_search_filters: null,
        metadata: {},
        retrieval_latency: { dense: performance.now() - started },
      };
    }),

    // pipeline files
    http.get('/api/v1/pipelines/{pipeline_id}/files2', ({ params, query }) => {
      if (!store.pipelines.has(params.pipeline_id)) return notFound('Pipeline');
      const nameContains = query.get('file_name_contains');
      const files = store.pipelineFiles.filter(
        (f) =>
          f.pipeline_id === params.pipeline_id && (!nameContains || (f.name ?? '').includes(nameContains)),
      );
      const page = pageByOffset(files, {
        offset: query.get('offset'),
        limit: query.get('limit'),
        defaultLimit: 100,
        maxLimit: 1000,
      });
      if (isPageError(page)) {
        return HttpResponse.json(
          { detail: [{ loc: ['query', page.error.param], msg: page.error.message, type: 'value_error' }] },
          { status: 422 },
        );
      }
      return { files: page.items, total_count: page.total, offset: page.offset };
    }),
    http.get('/api/v1/pipelines/{pipeline_id}/files', ({ params }) =>
      store.pipelines.has(params.pipeline_id)
        ? store.pipelineFiles.filter((f) => f.pipeline_id === params.pipeline_id)
        : notFound('Pipeline'),
    ),
    http.put('/api/v1/pipelines/{pipeline_id}/files', async ({ params, request }) => {
      const pipeline = store.pipelines.get(params.pipeline_id);
      if (!pipeline) return notFound('Pipeline');
      const check = await body(request, 'PUT /api/v1/pipelines/{pipeline_id}/files');
      if (!check.ok) return unprocessable(check);
      const out: S['PipelineFile'][] = [];
      for (const input of check.value as S['PipelineFileCreate'][]) {
        const file = store.files.get(input.file_id);
        if (!file) return notFound(`File ${input.file_id}`);
        const existing = store.pipelineFiles.find(
          (f) => f.pipeline_id === pipeline.id && f.file_id === file.id,
        );
        const record = {
          pipeline_id: pipeline.id,
          file_id: file.id,
          name: file.name,
          file_size: file.file_size,
          file_type: file.file_type,
          project_id: pipeline.project_id,
          custom_metadata: input.custom_metadata ?? {},
          status: 'NOT_STARTED',
          status_updated_at: now(),
          updated_at: now(),
        } as S['PipelineFile'];
        out.push(
          existing
            ? (store.pipelineFiles.update(existing.id, record) as S['PipelineFile'])
            : store.pipelineFiles.insert({ ...record, created_at: now() }),
        );
      }
      return out;
    }),
    http.get('/api/v1/pipelines/{pipeline_id}/files/{file_id}/status', ({ params }) => {
      if (!store.pipelines.has(params.pipeline_id)) return notFound('Pipeline');
      const pf = store.pipelineFiles.find(
        (f) => f.pipeline_id === params.pipeline_id && f.file_id === params.file_id,
      );
      if (!pf) return notFound('Pipeline file');
      return { status: (pf.status ?? 'NOT_STARTED') as Status, effective_at: pf.status_updated_at ?? null };
    }),

    // pipeline data sources and sinks
    http.get('/api/v1/pipelines/{pipeline_id}/data-sources', ({ params }) =>
      store.pipelines.has(params.pipeline_id)
        ? store.pipelineDataSources.filter((d) => d.pipeline_id === params.pipeline_id)
        : notFound('Pipeline'),
    ),
    http.put('/api/v1/pipelines/{pipeline_id}/data-sources', async ({ params, request }) => {
      if (!store.pipelines.has(params.pipeline_id)) return notFound('Pipeline');
      const check = await body(request, 'PUT /api/v1/pipelines/{pipeline_id}/data-sources');
      if (!check.ok) return unprocessable(check);
      const out: S['PipelineDataSource'][] = [];
      for (const input of check.value as S['PipelineDataSourceCreate'][]) {
        const source = store.dataSources.get(input.data_source_id);
        if (!source) return notFound(`Data source ${input.data_source_id}`);
        const { id: _id, ...fields } = source;
        out.push(
          store.pipelineDataSources.insert({
            ...fields,
            data_source_id: source.id,
            pipeline_id: params.pipeline_id,
            sync_interval: input.sync_interval ?? null,
            last_synced_at: null,
            status: 'NOT_STARTED',
          } as S['PipelineDataSource']),
        );
      }
      return out;
    }),
    http.get('/api/v1/pipelines/{pipeline_id}/data-sinks', ({ params }) => {
      const pipeline = store.pipelines.get(params.pipeline_id);
      if (!pipeline) return notFound('Pipeline');
      return pipeline.data_sink ? [pipeline.data_sink] : [];
    }),

    // jobs
    http.get('/api/v1/pipelines/{pipeline_id}/jobs', ({ params }) =>
      store.pipelines.has(params.pipeline_id)
        ? store.jobs.filter((j) => j.pipeline_id === params.pipeline_id).map(({ pipeline_id: _p, ...j }) => j)
        : notFound('Pipeline'),
    ),
    http.get('/api/v1/pipelines/{pipeline_id}/jobs/{job_id}', ({ params }) => {
      const job = store.jobs.get(params.job_id);
      if (!job || job.pipeline_id !== params.pipeline_id) return notFound('Job');
      const { pipeline_id: _p, ...record } = job;
      return record;
    }),

    // data sources
    http.get('/api/v1/data-sources', ({ query }) =>
      store.dataSources.filter((d) => d.project_id === projectOf(query)),
    ),
    http.post('/api/v1/data-sources', async ({ request, query }) => {
      const check = await body(request, 'POST /api/v1/data-sources');
      if (!check.ok) return unprocessable(check);
      return store.dataSources.insert({
        ...(check.value as S['DataSourceCreate']),
        project_id: projectOf(query),
        created_at: now(),
        updated_at: now(),
      } as S['DataSource']);
    }),
  ];

  return {
    /** The msw handlers: `setupServer(...mock.handlers)`. */
    handlers,
    /** The in-memory state: read it in assertions, seed it, `store.reset()` between tests. */
    store,
    /** Typed handler factory for overrides: `server.use(mock.http.get('/api/v1/pipelines/{pipeline_id}', ...))`. */
    http,
    /** Fault scenarios in LlamaCloud's error shape: 429 with Retry-After, 5xx, network errors, slow answers. */
    scenarios: createScenarios({ baseUrl, errorBody: (_status, message) => ({ detail: message }) }),
    /** Seeding helpers for state a test starts from. */
    seed: {
      /** A file with its text, as if uploaded. */
      file(name: string, text: string, projectId = defaultProject().id): S['File'] {
        const { text: _t, ...record } = store.files.insert({
          name,
          text,
          file_size: new TextEncoder().encode(text).length,
          file_type: name.split('.').pop() ?? null,
          project_id: projectId,
          created_at: now(),
          updated_at: now(),
        } as MockFile);
        return record as S['File'];
      },
      /** A pipeline whose files are already indexed (status SUCCESS), ready to retrieve from. */
      indexedPipeline(name: string, files: { name: string; text: string }[] = []): S['Pipeline'] {
        const project = defaultProject().id;
        const pipeline = store.pipelines.insert({
          name,
          project_id: project,
          pipeline_type: 'MANAGED',
          status: 'CREATED',
          created_at: now(),
          updated_at: now(),
        } as S['Pipeline']);
        for (const f of files) {
          const file = this.file(f.name, f.text, project);
          store.pipelineFiles.insert({
            pipeline_id: pipeline.id,
            file_id: file.id,
            name: file.name,
            project_id: project,
            status: 'SUCCESS',
            custom_metadata: {},
          } as S['PipelineFile']);
        }
        return pipeline;
      },
    },
  };
}

/** The LlamaCloud mock, as `createLlamaCloudMock` returns it. */
export type LlamaCloudMock = ReturnType<typeof createLlamaCloudMock>;
