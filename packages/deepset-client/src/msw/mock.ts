import {
  createCollection,
  createMockApi,
  createMockClock,
  createRequestBodyChecker,
  createScenarios,
  createStore,
  createTypedHttp,
  csvObjects,
  fastApiValidationError,
  fireTimes,
  mockUuid,
  mswPath,
  sseHttpResponse,
  type MockPage,
  type VendorMock,
} from '@org/sdk-core/msw';
import { HttpResponse, http as mswHttp } from 'msw';
import { type Operations, routes } from '../generated/mock-routes';
import { servers } from '../generated/resources';
import type { components, paths } from '../generated/schema';
import { components as specComponents, operations } from '../generated/schemas';
import { searchTexts, tokens } from './search-text';
import { type MockStorage, type ReceivedFile, storageHandler } from './storage';

type S = components['schemas'];
type Row<T> = T & { id: string; workspace: string };

/** A stored file: the API's record plus its text, which search reads. */
export type MockFile = Row<S['File']> & { text: string };
type MockPipeline = Row<S['Pipeline']> & { query_yaml: string; indexing_yaml?: string; polls: number };
type MockSession = Row<S['UploadSessionSummary']> & {
  fields: Record<string, string>;
  received: ReceivedFile[];
  finished: number;
  failed: number;
  files: S['UploadSessionFile'][];
};

/** Options of `createDeepsetMock`. */
export interface DeepsetMockOptions {
  /** The API root the handlers answer (storage is served under it too). @default https://api.cloud.deepset.ai */
  baseUrl?: string;
  /** Status polls a deployment takes before it is DEPLOYED (the polls before answer DEPLOYMENT_IN_PROGRESS). @default 2 */
  deployPolls?: number;
}

const ORGANIZATION = { organization_id: '00000000-0000-4000-8000-00000000000a', name: 'Mock Org' };
const DOCS_URL = 'https://docs.cloud.deepset.ai/docs/upload-files';
const errors = (status: number, message: string) => HttpResponse.json({ errors: [message] }, { status });
const notFound = (what: string) => errors(404, `${what} not found.`);
const accepted = () => new HttpResponse(null, { status: 202 });
const queryError = (param: string, message: string, code = 'value_error') =>
  fastApiValidationError([{ path: [param], message, code }], { where: 'query' });
/** Lists answer `total` besides what `x-pagination` names. */
const withTotal = (p: MockPage) => ({ total: p.total });
/** A record without the mock's own fields (`id`, `workspace`). */
const strip = <T extends { id: string; workspace?: string }>(row: T) => {
  const { id: _id, workspace: _w, ...rest } = row;
  return rest;
};

/**
 * A stateful fake of deepset Cloud for msw: workspaces, pipelines (YAML kept; deploy moves
 * DEPLOYMENT_IN_PROGRESS → DEPLOYED as the pipeline is polled), files with metadata, upload sessions with a
 * presigned storage endpoint under the mock's own base URL (`/__storage/upload/{session_id}`) and ingestion
 * that finishes one file per status poll, indexes and documents, keyword search over the uploaded text
 * (streamed as word deltas then the result), search sessions and chat, evaluation sets and runs, prompt
 * templates, tokens and users. Routing, body checks (FastAPI's `422 {detail: [...]}`), paging and 405s
 * come from the spec through `@org/sdk-core/msw`; unknown names answer `404 {errors: [...]}`.
 * @example
 * const mock = createDeepsetMock();
 * const server = setupServer(...mock.handlers);
 * server.use(mock.scenarios.standby('rag', { times: 1 })); // the next run answers 591
 * server.use(mock.override('listWorkspaces', () => [], { once: true }));
 */
export function createDeepsetMock(options: DeepsetMockOptions = {}) {
  const baseUrl = (options.baseUrl ?? servers.default).replace(/\/+$/, '');
  const deployPolls = options.deployPolls ?? 2;
  const clock = createMockClock();
  let runs = 0;
  const col = <T extends object>(prefix: string) =>
    createCollection<T>({ generateId: (n) => mockUuid(prefix, n) });
  const store = createStore({
    workspaces: col<S['Workspace'] & { id: string }>('01'),
    pipelines: col<MockPipeline>('02'),
    files: col<MockFile>('03'),
    sessions: col<MockSession>('04'),
    evaluationSets: col<Row<S['EvaluationSet']> & { labels: S['Label'][] }>('05'),
    evalRuns: col<Row<S['EvalRun']> & { predictions: Record<string, S['Prediction'][]> }>('06'),
    searchSessions: col<Row<S['SearchSession']> & { turns: { query: string; answer: string }[] }>('07'),
    promptTemplates: col<Row<S['PromptTemplate']>>('08'),
    tokens: col<S['ApiToken'] & { id: string }>('09'),
    users: col<S['User'] & { id: string }>('10'),
    feedback: col<Row<S['Feedback']> & { pipeline: string }>('11'),
    tags: col<Row<S['Tag']>>('12'),
    labelingProjects: col<Row<S['LabelingProject']>>('13'),
    sharedPrototypes: col<Row<S['SharedPrototype']>>('14'),
    credentials: col<S['Credentials'] & { id: string; kind: string }>('15'),
    modelTokens: createCollection<S['ModelRegistryToken'] & { id: string }>({ idField: 'id' }),
    searchHistory: col<Row<S['SearchHistoryEntry']>>('16'),
  });
  // Credential rows answer `credentials_id`, kept equal to the collection id (seeded rows too).
  const credentialsInsert = store.credentials.insert.bind(store.credentials);
  store.credentials.insert = (record) => {
    const row = credentialsInsert(record);
    return store.credentials.update(row.id, { credentials_id: row.id }) as typeof row;
  };
  const storage: MockStorage = { reject: new Set<string>(), redirects: 0 };

  /** The workspace's name; a workspace is created the first time a request names it. */
  const ws = (params: { workspace_name?: string | undefined }) => {
    const name = params.workspace_name ?? 'default';
    if (!store.workspaces.find((w) => w.name === name)) {
      store.workspaces.insert({
        name,
        languages: { en: true },
        default_idle_timeout_in_seconds: 43200,
      } as never);
    }
    return name;
  };
  /** The row with this id if it belongs to the request's workspace: another workspace's row is not found either. */
  const inWorkspace = <T extends { workspace: string }>(
    rows: { get(id: string): T | undefined },
    id: string,
    params: { workspace_name?: string },
  ) => {
    const row = rows.get(id);
    return row && row.workspace === ws(params) ? row : undefined;
  };
  const workspaceRow = (name: string) => store.workspaces.find((w) => w.name === name);
  const pipelineOf = (workspace: string, name: string) =>
    store.pipelines.find((p) => p.workspace === workspace && p.name === name);
  /** The request's pipeline, or its 404. */
  const pipeline = (params: { workspace_name: string; pipeline_name: string }) =>
    pipelineOf(ws(params), params.pipeline_name) ?? notFound(`Pipeline '${params.pipeline_name}'`);
  /** The request's index (each pipeline has an index of its name over the workspace's files), or its 404. */
  const index = (params: { workspace_name: string; index_name: string }) =>
    pipelineOf(ws(params), params.index_name) ?? notFound(`Index '${params.index_name}'`);
  const evaluationSet = (params: { workspace_name: string; evaluation_set_name: string }) => {
    const w = ws(params);
    return (
      store.evaluationSets.find((e) => e.workspace === w && e.name === params.evaluation_set_name) ??
      notFound(`Evaluation set '${params.evaluation_set_name}'`)
    );
  };
  const evalRun = (params: { workspace_name: string; eval_run_name: string }) => {
    const w = ws(params);
    return (
      store.evalRuns.find((x) => x.workspace === w && x.eval_run_name === params.eval_run_name) ??
      notFound(`Eval run '${params.eval_run_name}'`)
    );
  };
  const tag = (params: { workspace_name: string; tag_name: string }) => {
    const w = ws(params);
    return (
      store.tags.find((x) => x.workspace === w && x.name === params.tag_name) ??
      notFound(`Tag '${params.tag_name}'`)
    );
  };
  const me = () =>
    store.users.all()[0] ??
    store.users.insert({ given_name: 'Ada', family_name: 'Lovelace', email: 'ada@example.com' } as never);
  const userRef = () => {
    const u = me();
    return { user_id: u.id, given_name: u.given_name, family_name: u.family_name, email: u.email };
  };
  const filesIn = (workspace: string) => store.files.filter((f) => f.workspace === workspace);
  const historyOf = (p: MockPipeline) =>
    store.searchHistory.filter((h) => h.workspace === p.workspace && h.pipeline_name === p.name);
  const historyRow = ({ id, workspace: _w, ...h }: Row<S['SearchHistoryEntry']>) => ({
    ...h,
    search_history_id: id,
  });
  const indexing = (workspace: string) => {
    const files = filesIn(workspace).length;
    return {
      status: 'IDLE' as const,
      pending_file_count: 0,
      failed_file_count: 0,
      indexed_file_count: files,
      total_file_count: files,
    };
  };

  function publicPipeline(p: MockPipeline): S['Pipeline'] {
    const { id: _id, workspace: _w, query_yaml: _q, indexing_yaml: _i, polls: _p, ...rest } = p;
    return rest;
  }
  const publicFile = (f: MockFile): S['File'] => {
    const { id: _id, workspace: _w, text: _t, ...rest } = f;
    return rest;
  };
  const documentOf = (f: MockFile): S['Document'] => ({
    id: `doc-${f.file_id}`,
    content: f.text,
    meta: { ...(f.meta ?? {}), file_id: f.file_id, file_name: f.name },
    file: { id: f.file_id, name: f.name },
  });
  const sourcesOf = (workspace: string) =>
    filesIn(workspace).map((f) => ({ id: f.file_id, name: f.name, text: f.text, meta: f.meta ?? {} }));

  /** Moves a deployment one step per poll; the pipeline answers DEPLOYED after `deployPolls` polls. */
  function advance(p: MockPipeline): MockPipeline {
    if (p.status === 'DEPLOYMENT_IN_PROGRESS') {
      const polls = p.polls + 1;
      return store.pipelines.update(
        p.id,
        polls >= deployPolls ? { status: 'DEPLOYED', polls } : { polls },
      ) as MockPipeline;
    }
    if (p.status === 'UNDEPLOYMENT_IN_PROGRESS')
      return store.pipelines.update(p.id, { status: 'UNDEPLOYED' }) as MockPipeline;
    return p;
  }

  /** Runs a query over the workspace's files: the best sentence is the answer, the files are the documents. */
  function run(workspace: string, p: MockPipeline, query: string, topK = 5): S['SearchResult'] {
    const queryId = mockUuid('99', ++runs);
    const hits = searchTexts(sourcesOf(workspace), query, topK);
    store.searchHistory.insert({
      workspace,
      query,
      pipeline_name: p.name,
      time: clock.now(),
      duration: 0,
    } as never);
    const best = hits[0];
    return {
      query_id: queryId,
      query,
      answers: best
        ? [
            {
              answer: best.sentence,
              context: best.sentence,
              document_id: `doc-${best.source.id}`,
              document_ids: [`doc-${best.source.id}`],
              file: { id: best.source.id, name: best.source.name },
              meta: best.source.meta,
              score: best.score,
              type: 'extractive',
              result_id: `${queryId.slice(0, 24)}${String(1).padStart(12, '0')}`,
            },
          ]
        : [],
      documents: hits.map((h) => ({
        id: `doc-${h.source.id}`,
        content: h.source.text,
        meta: { ...h.source.meta, file_id: h.source.id, file_name: h.source.name },
        score: h.score,
        file: { id: h.source.id, name: h.source.name },
      })),
      prompts: {},
    };
  }

  /** The pipeline to run, or the answer that stops the run (404, 409 when not deployed). */
  function runnable(workspace: string, name: string): MockPipeline | Response {
    const p = pipelineOf(workspace, name);
    if (!p) return notFound(`Pipeline '${name}'`);
    const current = advance(p);
    if (current.status !== 'DEPLOYED')
      return errors(409, `Pipeline '${name}' is not deployed (${current.status}).`);
    return current;
  }

  function streamEvents(result: S['SearchResult'], input: S['SearchStreamRequest']) {
    const answer = result.answers[0]?.answer ?? 'No answer found in the uploaded files.';
    const events: { data: unknown }[] = tokens(answer).map((text, index) => ({
      data: { query_id: result.query_id, type: 'delta', delta: { text }, index, start: index === 0 },
    }));
    if (input.include_result) events.push({ data: { query_id: result.query_id, type: 'result', result } });
    return sseHttpResponse(events, { chunkSize: 'event' });
  }

  /** Ingests one received file per status poll; empty files fail, as deepset fails files with no text. */
  function ingestStep(session: MockSession): MockSession {
    if (session.status !== 'CLOSED') return session;
    const done = session.finished + session.failed;
    const next = session.received.filter((r) => !r.name.endsWith('.meta.json'))[done];
    if (!next) return session;
    const files = session.files.map((f) => ({ ...f }));
    const entry = files.find((f) => f.name === next.name);
    const fail = (error: string) => {
      if (entry) Object.assign(entry, { status: 'FAILED', error });
      return store.sessions.update(session.id, { failed: session.failed + 1, files }) as MockSession;
    };
    if (!next.text.trim()) return fail('The file has no text to index.');
    const writeMode = session.write_mode ?? 'KEEP';
    const existing = store.files.find((f) => f.workspace === session.workspace && f.name === next.name);
    if (existing && writeMode === 'FAIL') return fail('A file with this name exists.');
    if (existing && writeMode === 'OVERWRITE') store.files.delete(existing.id);
    const file = insertFile(session.workspace, next.name, next.text, next.size, next.meta ?? {});
    if (entry) Object.assign(entry, { status: 'FINISHED', file_id: file.file_id });
    return store.sessions.update(session.id, { finished: session.finished + 1, files }) as MockSession;
  }

  /** Storage received a file: a `<name>.meta.json` sets the metadata of `<name>`, any other is a file to ingest. */
  function receive(sessionId: string, file: ReceivedFile) {
    // Read the session now: uploads run in parallel, and each must add to the latest state.
    const latest = store.sessions.get(sessionId) as MockSession;
    const received = latest.received.map((r) => ({ ...r }));
    received.push(file);
    if (file.name.endsWith('.meta.json')) {
      const target = received.find((r) => r.name === file.name.slice(0, -'.meta.json'.length));
      if (target) target.meta = JSON.parse(file.text);
      store.sessions.update(sessionId, { received });
    } else {
      const pending = { name: file.name, status: 'PENDING' as const, file_id: null, error: null };
      store.sessions.update(sessionId, { received, files: [...latest.files, pending] });
    }
  }

  function insertFile(
    workspace: string,
    name: string,
    text: string,
    size: number,
    meta: Record<string, unknown>,
  ) {
    const row = store.files.insert({ workspace, name, text, size, meta, created_at: clock.now() } as never);
    return store.files.update(row.id, {
      file_id: row.id,
      url: `${baseUrl}/api/v1/workspaces/${workspace}/files/${row.id}`,
    }) as MockFile;
  }

  function insertPipeline(
    workspace: string,
    fields: { name: string; query_yaml: string; indexing_yaml?: string | undefined },
    status: S['PipelineStatus'],
    serviceLevel: S['ServiceLevel'],
  ) {
    const row = store.pipelines.insert({
      workspace,
      ...fields,
      status,
      service_level: serviceLevel,
      created_at: clock.now(),
      last_edited_at: null,
      created_by: userRef(),
      deployed_version_id: null,
      running_version_id: null,
      draft_version_id: null,
      is_default: false,
      polls: 0,
    } as never);
    return store.pipelines.update(row.id, { pipeline_id: row.id }) as MockPipeline;
  }

  /** One chat turn (chat and chat-stream): runs the query in the request's search session and records the turn. */
  function chatTurn(params: { workspace_name: string; pipeline_name: string }, input: S['ChatRequest']) {
    const w = ws(params);
    const p = runnable(w, params.pipeline_name);
    if (p instanceof Response) return p;
    const session = store.searchSessions.get(input.search_session_id);
    if (!session || session.workspace !== w) return notFound(`Search session '${input.search_session_id}'`);
    const result = run(w, p, input.query);
    store.searchSessions.update(session.id, {
      turns: [...session.turns, { query: input.query, answer: result.answers[0]?.answer ?? '' }],
    });
    return result;
  }

  /** Document and file store credentials: the same three operations per kind. */
  const credentials = (kind: 'document_stores' | 'file_stores') => ({
    list: () => store.credentials.filter((c) => c.kind === kind).map(({ id: _i, kind: _k, ...c }) => c),
    create: ({ body: input }: { body: S['CredentialsCreate'] }) => {
      const row = store.credentials.insert({
        kind,
        host: input.host ?? input.bucket ?? '',
        created_at: clock.now(),
      } as never);
      const { id, kind: _k, ...c } = row;
      return { ...c, credentials_id: id };
    },
    remove: ({ params }: { params: { credentials_id: string } }) => {
      const row = store.credentials.get(params.credentials_id);
      if (!row || row.kind !== kind) return notFound('Credentials');
      store.credentials.delete(row.id);
      return undefined;
    },
  });
  const documentStores = credentials('document_stores');
  const fileStores = credentials('file_stores');

  const api = createMockApi<Operations>({
    baseUrl,
    routes,
    validate: createRequestBodyChecker(operations, specComponents),
    errors: {
      invalid: (issues) => fastApiValidationError(issues),
      notFound: (message) => errors(404, message ?? 'Not found.'),
      // Starlette's answer to a method a route does not serve.
      methodNotAllowed: () => HttpResponse.json({ detail: 'Method Not Allowed' }, { status: 405 }),
      // A bad `limit`, `page_number` or cursor is FastAPI's 422 on the query parameter.
      pageError: (error, route) =>
        queryError(
          error.param === 'after' ? (route.pagination?.afterParam ?? 'after') : error.param,
          error.message,
        ),
    },
    resolvers: {
      healthCheck: () => ({ status: 'ok' }),

      // tokens
      createTokens: ({ body: input }) => {
        const row = store.tokens.insert({
          name: input.name ?? 'token',
          created_at: clock.now(),
          expires_at: input.expires_at ?? null,
        } as never);
        store.tokens.update(row.id, { api_token_id: row.id });
        return { api_token: `dst_mock_${row.id.slice(-6)}`, api_token_id: row.id };
      },
      listTokens: ({ page }) =>
        page(
          store.tokens.all().map(({ id: _i, ...t }) => t as S['ApiToken']),
          withTotal,
        ),
      deleteTokens: ({ params }) =>
        store.tokens.delete(params.api_token_id) ? undefined : notFound('API token'),

      // workspaces
      listWorkspaces: () => {
        ws({});
        return store.workspaces.all().map(({ id, ...w }) => ({ ...w, workspace_id: id }));
      },
      createWorkspaces: ({ body: input }) => {
        if (workspaceRow(input.name)) return errors(409, `Workspace '${input.name}' exists.`);
        const { id, ...w } = store.workspaces.insert({
          name: input.name,
          languages: { en: true },
          default_idle_timeout_in_seconds: 43200,
        } as never);
        return { ...w, workspace_id: id };
      },
      getWorkspaces: ({ params }) => {
        const row = workspaceRow(params.workspace_name);
        if (!row) return notFound(`Workspace '${params.workspace_name}'`);
        const { id, ...w } = row;
        return { ...w, workspace_id: id };
      },
      deleteWorkspaces: ({ params }) => {
        const row = workspaceRow(params.workspace_name);
        if (!row) return notFound(`Workspace '${params.workspace_name}'`);
        store.workspaces.delete(row.id);
        for (const p of store.pipelines.filter((x) => x.workspace === row.name)) store.pipelines.delete(p.id);
        for (const f of filesIn(row.name)) store.files.delete(f.id);
        return undefined;
      },
      workspacesSearchCount: ({ params }) => {
        const w = ws(params);
        return { search_count: store.searchHistory.filter((h) => h.workspace === w).length };
      },
      workspacesSearchHistory: ({ params, page }) => {
        const w = ws(params);
        return page(store.searchHistory.filter((h) => h.workspace === w).map(historyRow), withTotal);
      },
      workspacesStats: ({ params }) => {
        const w = ws(params);
        const files = filesIn(w).length;
        return {
          pipelines: store.pipelines.filter((p) => p.workspace === w).length,
          files,
          documents: files,
        };
      },

      // pipelines
      listPipelines: ({ params, page }) => {
        const w = ws(params);
        // Newest first; the next page is asked for with the last pipeline_id in `before` (time-based cursor).
        return page(
          store.pipelines
            .filter((p) => p.workspace === w)
            .reverse()
            .map(publicPipeline),
          withTotal,
        );
      },
      createPipelines: ({ params, body: input }) => {
        const w = ws(params);
        if (pipelineOf(w, input.name)) return errors(409, `Pipeline '${input.name}' exists.`);
        const fields = { name: input.name, query_yaml: input.query_yaml, indexing_yaml: input.indexing_yaml };
        const row = insertPipeline(w, fields, 'UNDEPLOYED', 'DRAFT');
        return { name: input.name, pipeline_id: row.id };
      },
      getPipelines: ({ params }) => {
        const p = pipeline(params);
        if (p instanceof Response) return p;
        return { ...publicPipeline(advance(p)), indexing: indexing(p.workspace) };
      },
      updatePipelines: ({ params, body: input }) => {
        const p = pipeline(params);
        if (p instanceof Response) return p;
        if (input.name && input.name !== p.name && pipelineOf(p.workspace, input.name))
          return errors(409, `Pipeline '${input.name}' exists.`);
        return publicPipeline(
          store.pipelines.update(p.id, {
            ...input,
            last_edited_at: clock.now(),
            last_edited_by: userRef(),
          } as never) as MockPipeline,
        );
      },
      deletePipelines: ({ params }) => {
        const p = pipeline(params);
        if (p instanceof Response) return p;
        store.pipelines.delete(p.id);
        return undefined;
      },
      pipelinesGetYaml: ({ params }) => {
        const p = pipeline(params);
        if (p instanceof Response) return p;
        return { query_yaml: p.query_yaml, ...(p.indexing_yaml ? { indexing_yaml: p.indexing_yaml } : {}) };
      },
      pipelinesUpdateYaml: ({ params, body: input }) => {
        const p = pipeline(params);
        if (p instanceof Response) return p;
        if (p.status === 'DEPLOYED' || p.status === 'DEPLOYMENT_IN_PROGRESS')
          return errors(409, `Pipeline '${p.name}' is deployed; undeploy it before changing its YAML.`);
        store.pipelines.update(p.id, {
          query_yaml: input.query_yaml,
          indexing_yaml: input.indexing_yaml,
          last_edited_at: clock.now(),
        });
        return input;
      },
      pipelinesGetJson: ({ params }) => {
        const p = pipeline(params);
        if (p instanceof Response) return p;
        // The YAML is kept as text; the JSON view reports it rather than pretending to parse every component.
        return { name: p.name, query_yaml: p.query_yaml };
      },
      pipelinesGetPrompt: ({ params }) => {
        const p = pipeline(params);
        if (p instanceof Response) return p;
        const match = /(?:template|prompt):\s*["']?([^\n"']+)/.exec(p.query_yaml);
        const prompts: Record<string, string> = {};
        if (match?.[1]) prompts.prompt_builder = match[1].trim();
        return { prompts };
      },
      pipelinesGetStats: ({ params }) => {
        const p = pipeline(params);
        if (p instanceof Response) return p;
        const history = historyOf(p);
        return {
          search_count: history.length,
          feedback_count: store.feedback.filter((f) => f.pipeline === p.id).length,
          last_search_at: history.at(-1)?.time ?? null,
        };
      },
      pipelinesGetIndexing: ({ params }) => {
        const p = pipeline(params);
        return p instanceof Response ? p : indexing(p.workspace);
      },
      pipelinesListFiles: ({ params, page }) => {
        const p = pipeline(params);
        if (p instanceof Response) return p;
        const rows = filesIn(p.workspace).map((f) => ({
          file_id: f.file_id,
          name: f.name,
          status: 'INDEXED',
        }));
        return page(rows, withTotal);
      },
      pipelinesDeploy: ({ params }) => {
        const p = pipeline(params);
        if (p instanceof Response) return p;
        if (p.status !== 'DEPLOYED')
          store.pipelines.update(p.id, { status: 'DEPLOYMENT_IN_PROGRESS', polls: 0 });
        return accepted();
      },
      pipelinesUndeploy: ({ params }) => {
        const p = pipeline(params);
        if (p instanceof Response) return p;
        store.pipelines.update(p.id, { status: 'UNDEPLOYMENT_IN_PROGRESS' });
        return accepted();
      },
      pipelinesSetDefault: ({ params }) => {
        const p = pipeline(params);
        if (p instanceof Response) return p;
        for (const other of store.pipelines.filter((x) => x.workspace === p.workspace))
          store.pipelines.update(other.id, { is_default: other.id === p.id });
        return undefined;
      },
      pipelinesSearch: ({ params, body: input }) => {
        const w = ws(params);
        const p = runnable(w, params.pipeline_name);
        if (p instanceof Response) return p;
        const topK = (input.params?.top_k as number | undefined) ?? 5;
        const results = input.queries.map((q) => run(w, p, q, topK));
        return { query_id: results[0]?.query_id, results };
      },
      pipelinesSearchStream: ({ params, body: input }) => {
        const w = ws(params);
        const p = runnable(w, params.pipeline_name);
        if (p instanceof Response) return p;
        return streamEvents(run(w, p, input.query), input);
      },
      pipelinesChat: ({ params, body: input }) => {
        const result = chatTurn(params, input);
        return result instanceof Response ? result : { query_id: result.query_id, results: [result] };
      },
      pipelinesChatStream: ({ params, body: input }) => {
        const result = chatTurn(params, input);
        return result instanceof Response ? result : streamEvents(result, input);
      },
      pipelinesListFeedback: ({ params, page }) => {
        const p = pipeline(params);
        if (p instanceof Response) return p;
        const rows = store.feedback
          .filter((f) => f.pipeline === p.id)
          .map(({ id, workspace: _w, pipeline: _p, ...f }) => ({ ...f, feedback_id: id }) as S['Feedback']);
        return page(rows, withTotal);
      },
      pipelinesAddFeedback: ({ params, body: input }) => {
        const p = pipeline(params);
        if (p instanceof Response) return p;
        const row = store.feedback.insert({
          ...input,
          workspace: p.workspace,
          pipeline: p.id,
          comment: input.comment ?? null,
          created_at: clock.now(),
        } as never);
        const { id, workspace: _w, pipeline: _p, ...f } = row;
        return { ...f, feedback_id: id };
      },
      pipelinesListLogs: ({ params, query, page }) => {
        const p = pipeline(params);
        if (p instanceof Response) return p;
        const level = /level eq '(\w+)'/.exec(query.get('filter') ?? '')?.[1];
        const logs = historyOf(p)
          .map((h) => ({
            log_id: h.id,
            level: 'info',
            message: `search: ${h.query}`,
            logged_at: h.time ?? '',
          }))
          .filter((l) => !level || l.level === level);
        return page(logs, withTotal);
      },
      pipelinesListMetaKeys: ({ params }) => {
        const p = pipeline(params);
        if (p instanceof Response) return p;
        return [...new Set(filesIn(p.workspace).flatMap((f) => Object.keys(f.meta ?? {})))].sort();
      },
      pipelinesListMetaValues: ({ params }) => {
        const p = pipeline(params);
        if (p instanceof Response) return p;
        const values = filesIn(p.workspace)
          .filter((f) => !!f.meta && params.field_name in f.meta)
          .map((f) => f.meta?.[params.field_name]);
        return [...new Set(values.map((v) => JSON.stringify(v)))].map((v) => JSON.parse(v));
      },
      pipelinesAggregateMeta: ({ params }) => {
        const p = pipeline(params);
        if (p instanceof Response) return p;
        const values = filesIn(p.workspace)
          .map((f) => f.meta?.[params.meta_field])
          .filter((v): v is number | string => typeof v === 'number' || typeof v === 'string');
        if (!values.length) return notFound(`Metadata field '${params.meta_field}'`);
        const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        return { min: sorted[0], max: sorted.at(-1) };
      },
      pipelinesSearchHistory: ({ params, page }) => {
        const p = pipeline(params);
        return p instanceof Response ? p : page(historyOf(p).map(historyRow), withTotal);
      },
      listPipelineTemplates: ({ page }) =>
        page(
          [
            {
              pipeline_template_id: 'rag-keyword',
              name: 'RAG (keyword)',
              description: 'BM25 retrieval and an LLM answer.',
              query_yaml: 'components: {}\n',
              indexing_yaml: 'components: {}\n',
              tags: ['rag'],
            },
            {
              pipeline_template_id: 'extractive-qa',
              name: 'Extractive QA',
              description: 'Answers as spans of your documents.',
              query_yaml: 'components: {}\n',
              tags: ['qa'],
            },
          ],
          withTotal,
        ),

      // search sessions
      listSearchSessions: ({ params, query, page }) => {
        const w = ws(params);
        const pipelineId = query.get('pipeline_id');
        const rows = store.searchSessions
          .filter((s) => s.workspace === w && (!pipelineId || s.pipeline_id === pipelineId))
          .map(({ id, workspace: _w, turns: _t, ...s }) => ({ ...s, search_session_id: id }));
        return page(rows, withTotal);
      },
      createSearchSessions: ({ params, body: input }) => {
        const w = ws(params);
        if (!store.pipelines.find((p) => p.workspace === w && p.pipeline_id === input.pipeline_id))
          return notFound(`Pipeline '${input.pipeline_id}'`);
        const row = store.searchSessions.insert({
          workspace: w,
          pipeline_id: input.pipeline_id,
          created_at: clock.now(),
          turns: [],
        } as never);
        return { search_session_id: row.id };
      },

      // files
      listFiles: ({ params, query, route }) => {
        const w = ws(params);
        const name = query.get('name');
        const desc = query.get('order') === 'DESC';
        let rows = filesIn(w)
          .filter((f) => !name || f.name.includes(name))
          .sort((a, b) =>
            a.created_at < b.created_at
              ? -1
              : a.created_at > b.created_at
                ? 1
                : a.file_id < b.file_id
                  ? -1
                  : 1,
          );
        if (desc) rows = rows.reverse();
        // Keyset paging on (created_at, file_id): the engine pages by one id, so this list cuts its own page.
        const afterValue = query.get('after_value');
        const afterId = query.get('after_file_id');
        if (afterValue && afterId) {
          const key = `${afterValue}|${afterId}`;
          rows = rows.filter((f) =>
            desc ? `${f.created_at}|${f.file_id}` < key : `${f.created_at}|${f.file_id}` > key,
          );
        }
        const bounds = route.pagination?.limit;
        const max = bounds?.maximum ?? Number.POSITIVE_INFINITY;
        const limit = Number(query.get(bounds?.param ?? 'limit') ?? bounds?.default);
        if (!Number.isInteger(limit) || limit < 1 || limit > max)
          return queryError('limit', `limit must be 1 to ${max}`);
        return {
          data: rows.slice(0, limit).map(publicFile),
          has_more: rows.length > limit,
          total: filesIn(w).length,
        };
      },
      filesUpload: async ({ params, request, query }) => {
        const w = ws(params);
        let form: FormData;
        try {
          form = await request.formData();
        } catch {
          return fastApiValidationError([
            { path: [], message: 'Expected multipart/form-data', code: 'value_error' },
          ]);
        }
        const file = form.get('file');
        if (!(file instanceof Blob))
          return fastApiValidationError([{ path: ['file'], message: 'Field required', code: 'missing' }]);
        let meta: Record<string, unknown> = {};
        const rawMeta = form.get('meta');
        if (typeof rawMeta === 'string' && rawMeta) {
          try {
            meta = JSON.parse(rawMeta);
          } catch {
            return fastApiValidationError([
              { path: ['meta'], message: 'meta must be a JSON object', code: 'value_error' },
            ]);
          }
        }
        const writeMode = query.get('write_mode') ?? 'KEEP';
        if (!['KEEP', 'OVERWRITE', 'FAIL'].includes(writeMode))
          return queryError('write_mode', 'Input should be KEEP, OVERWRITE or FAIL', 'enum');
        const name = (file as File).name || 'upload.txt';
        const existing = store.files.find((f) => f.workspace === w && f.name === name);
        if (existing && writeMode === 'FAIL') return errors(409, `File '${name}' exists.`);
        if (existing && writeMode === 'OVERWRITE') store.files.delete(existing.id);
        const row = insertFile(w, name, await file.text(), file.size, meta);
        return { file_id: row.file_id };
      },
      filesDeleteMany: ({ params, query }) => {
        const w = ws(params);
        const names = new Set(query.getAll('names'));
        const ids = new Set(query.getAll('file_ids'));
        for (const f of filesIn(w).filter((x) => names.has(x.name) || ids.has(x.file_id)))
          store.files.delete(f.id);
        return undefined;
      },
      filesDownload: ({ params }) => {
        const f = inWorkspace(store.files, params.file_id, params);
        if (!f) return notFound(`File '${params.file_id}'`);
        return new HttpResponse(f.text, { headers: { 'content-type': 'application/octet-stream' } });
      },
      filesGetMeta: ({ params }) => {
        const f = inWorkspace(store.files, params.file_id, params);
        return f ? (f.meta ?? {}) : notFound(`File '${params.file_id}'`);
      },
      filesUpdateMeta: ({ params, body: input }) => {
        const f = inWorkspace(store.files, params.file_id, params);
        if (!f) return notFound(`File '${params.file_id}'`);
        store.files.update(f.id, { meta: { ...(f.meta ?? {}), ...input } });
        return undefined;
      },
      deleteFiles: ({ params }) => {
        const f = inWorkspace(store.files, params.file_id, params);
        if (!f) return notFound(`File '${params.file_id}'`);
        store.files.delete(f.id);
        return undefined;
      },

      // upload sessions
      createUploadSessions: ({ params, body: input }) => {
        const w = ws(params);
        const created = clock.now();
        const row = store.sessions.insert({
          workspace: w,
          created_by: userRef(),
          created_at: created,
          expires_at: new Date(Date.parse(created) + 24 * 3600_000).toISOString(),
          write_mode: input.write_mode ?? 'KEEP',
          status: 'OPEN',
          fields: {},
          received: [],
          finished: 0,
          failed: 0,
          files: [],
        } as never);
        const fields = {
          key: `${w}/${row.id}/\${filename}`,
          policy: `mock-policy-${row.id.slice(-4)}`,
          'x-amz-signature': `sig-${row.id.slice(-12)}`,
        };
        store.sessions.update(row.id, { session_id: row.id, fields });
        return {
          session_id: row.id,
          documentation_url: DOCS_URL,
          expires_at: row.expires_at as string,
          aws_prefixed_request_config: { url: `${baseUrl}/__storage/upload/${row.id}`, fields },
        };
      },
      listUploadSessions: ({ params, query, page }) => {
        const w = ws(params);
        const expired = query.get('is_expired');
        const rows = store.sessions
          .filter(
            (s) =>
              s.workspace === w && (expired === null || (s.status === 'EXPIRED') === (expired === 'true')),
          )
          .map((s) => ({
            session_id: s.id,
            created_by: s.created_by,
            created_at: s.created_at,
            expires_at: s.expires_at,
            write_mode: s.write_mode,
            status: s.status,
          }));
        return page(rows, withTotal);
      },
      getUploadSessions: ({ params }) => {
        const s = inWorkspace(store.sessions, params.session_id, params);
        if (!s) return notFound(`Upload session '${params.session_id}'`);
        const current = ingestStep(s);
        return {
          session_id: current.id,
          documentation_url: DOCS_URL,
          expires_at: current.expires_at,
          ingestion_status: { finished_files: current.finished, failed_files: current.failed },
        };
      },
      uploadSessionsListFiles: ({ params, page }) => {
        const s = inWorkspace(store.sessions, params.session_id, params);
        return s ? page(s.files, withTotal) : notFound(`Upload session '${params.session_id}'`);
      },
      uploadSessionsClose: ({ params }) => {
        const s = inWorkspace(store.sessions, params.session_id, params);
        if (!s) return notFound(`Upload session '${params.session_id}'`);
        if (s.status !== 'OPEN') return errors(409, `Upload session '${s.id}' is ${s.status}.`);
        store.sessions.update(s.id, { status: 'CLOSED' });
        return undefined;
      },

      // indexes and documents: each pipeline has an index of the same name over the workspace's files
      getIndexes: ({ params }) => {
        const p = index(params);
        if (p instanceof Response) return p;
        const { status: _s, ...counts } = indexing(p.workspace);
        return {
          pipeline_index_id: p.id,
          name: p.name,
          description: null,
          config_yaml: p.indexing_yaml ?? '',
          workspace_id: workspaceRow(p.workspace)?.id,
          settings: {},
          desired_status: 'ENABLED',
          deployed_at: p.created_at,
          created_at: p.created_at,
          updated_at: p.last_edited_at ?? null,
          status: { ...counts, indexed_no_documents_file_count: 0 },
        } as S['Index'];
      },
      documentsQuery: ({ params, body: input }) => {
        const p = index(params);
        if (p instanceof Response) return p;
        return searchTexts(sourcesOf(p.workspace), input.query, input.top_k ?? 10).map((h) => ({
          ...documentOf(store.files.get(h.source.id) as MockFile),
          score: h.score,
        }));
      },
      documentsStream: ({ params }) => {
        const p = index(params);
        if (p instanceof Response) return p;
        const lines = filesIn(p.workspace).map((f) => `${JSON.stringify(documentOf(f))}\n`);
        return new HttpResponse(lines.join(''), { headers: { 'content-type': 'application/x-ndjson' } });
      },
      getDocuments: ({ params }) => {
        const p = index(params);
        if (p instanceof Response) return p;
        const f = store.files.get(params.document_id.replace(/^doc-/, ''));
        if (!f || f.workspace !== p.workspace) return notFound(`Document '${params.document_id}'`);
        return documentOf(f);
      },
      documentsCount: ({ params }) => {
        const p = index(params);
        return p instanceof Response ? p : { count: filesIn(p.workspace).length };
      },

      // evaluation sets (imported from CSV: question, answer, context, file_name)
      evaluationSetsImport: async ({ params, request }) => {
        const w = ws(params);
        const form = await request.formData().catch(() => undefined);
        const file = form?.get('file');
        if (!(file instanceof Blob))
          return fastApiValidationError([{ path: ['file'], message: 'Field required', code: 'missing' }]);
        const name = ((file as File).name || 'evaluation_set.csv').replace(/\.csv$/i, '');
        if (store.evaluationSets.find((e) => e.workspace === w && e.name === name))
          return errors(409, `Evaluation set '${name}' exists.`);
        let rows: Record<string, string>[];
        try {
          rows = csvObjects(await file.text(), { trim: true });
        } catch (cause) {
          return fastApiValidationError([
            { path: ['file'], message: (cause as Error).message, code: 'value_error' },
          ]);
        }
        const row = store.evaluationSets.insert({
          workspace: w,
          name,
          created_at: clock.now(),
          matched_labels: 0,
          total_labels: rows.length,
          labels: [],
        } as never);
        const labels = rows.map((r, i) => ({
          label_id: `${row.id.slice(0, 24)}${String(i + 1).padStart(12, '0')}`,
          query: r.question ?? r.query ?? '',
          answer: r.answer ?? r.text ?? '',
          context: r.context || null,
          file_name: r.file_name || null,
          file_id: null,
          meta: {},
        }));
        const stored = store.evaluationSets.update(row.id, { evaluation_set_id: row.id, labels });
        const { id: _i, workspace: _w, labels: _l, ...set } = stored as typeof row;
        return set;
      },
      listEvaluationSets: ({ params, page }) => {
        const w = ws(params);
        const rows = store.evaluationSets
          .filter((e) => e.workspace === w)
          .map(({ id: _i, workspace: _w, labels: _l, ...e }) => e as S['EvaluationSet']);
        return page(rows, withTotal);
      },
      getEvaluationSets: ({ params, page }) => {
        const set = evaluationSet(params);
        return set instanceof Response ? set : page(set.labels, withTotal);
      },
      evaluationSetsGetCsv: ({ params }) => {
        const set = evaluationSet(params);
        if (set instanceof Response) return set;
        const q = (v: string | null | undefined) => `"${(v ?? '').replace(/"/g, '""')}"`;
        const csv = [
          'question,answer,context,file_name',
          ...set.labels.map((l) => [q(l.query), q(l.answer), q(l.context), q(l.file_name)].join(',')),
        ].join('\n');
        return new HttpResponse(`${csv}\n`, { headers: { 'content-type': 'text/csv' } });
      },
      evaluationSetsMatchLabels: ({ params }) => {
        const set = evaluationSet(params);
        if (set instanceof Response) return set;
        const labels = set.labels.map((l) => {
          const file = l.file_name
            ? store.files.find((f) => f.workspace === set.workspace && f.name === l.file_name)
            : undefined;
          return { ...l, file_id: file?.file_id ?? null };
        });
        const updated = store.evaluationSets.update(set.id, {
          labels,
          matched_labels: labels.filter((l) => l.file_id).length,
        }) as typeof set;
        const { id: _i, workspace: _w, labels: _l, ...out } = updated;
        return out;
      },
      deleteEvaluationSets: ({ params }) => {
        const set = evaluationSet(params);
        if (set instanceof Response) return set;
        store.evaluationSets.delete(set.id);
        return undefined;
      },

      // eval runs: start runs each label's question through the pipeline's search and scores exact matches
      listEvalRuns: ({ params, page }) => {
        const w = ws(params);
        const rows = store.evalRuns
          .filter((r) => r.workspace === w)
          .map(({ id: _i, workspace: _w, predictions: _p, ...r }) => r as S['EvalRun']);
        return page(rows, withTotal);
      },
      createEvalRuns: ({ params, body: input }) => {
        const w = ws(params);
        if (store.evalRuns.find((r) => r.workspace === w && r.eval_run_name === input.name))
          return errors(409, `Eval run '${input.name}' exists.`);
        if (!pipelineOf(w, input.pipeline_name)) return notFound(`Pipeline '${input.pipeline_name}'`);
        if (!store.evaluationSets.find((e) => e.workspace === w && e.name === input.evaluation_set_name))
          return notFound(`Evaluation set '${input.evaluation_set_name}'`);
        const row = store.evalRuns.insert({
          workspace: w,
          eval_run_name: input.name,
          pipeline_name: input.pipeline_name,
          evaluation_set_name: input.evaluation_set_name,
          debug: input.debug ?? false,
          eval_mode: input.eval_mode ?? 0,
          comment: input.comment ?? null,
          tags: input.tags ?? [],
          parameters: {},
          metrics: {},
          status: 0,
          created_at: clock.now(),
          predictions: {},
        } as never);
        const {
          id,
          workspace: _w,
          predictions: _p,
          ...stored
        } = store.evalRuns.update(row.id, { eval_run_id: row.id }) as typeof row;
        return { data: { ...stored, eval_run_id: id } };
      },
      getEvalRuns: ({ params }) => {
        const r = evalRun(params);
        if (r instanceof Response) return r;
        const { id: _i, workspace: _w, predictions: _p, ...out } = r;
        return out;
      },
      updateEvalRuns: ({ params, body: input }) => {
        const r = evalRun(params);
        if (r instanceof Response) return r;
        const {
          id: _i,
          workspace: _w,
          predictions: _p,
          ...out
        } = store.evalRuns.update(r.id, input as never) as typeof r;
        return { data: out };
      },
      deleteEvalRuns: ({ params }) => {
        const r = evalRun(params);
        if (r instanceof Response) return r;
        store.evalRuns.delete(r.id);
        return undefined;
      },
      evalRunsStart: ({ params }) => {
        const r = evalRun(params);
        if (r instanceof Response) return r;
        const p = pipelineOf(r.workspace, r.pipeline_name ?? '');
        const set = store.evaluationSets.find(
          (e) => e.workspace === r.workspace && e.name === r.evaluation_set_name,
        );
        if (!p || !set) return notFound('Pipeline or evaluation set');
        const sources = sourcesOf(r.workspace);
        const predictions = set.labels.map((l, i) => {
          const answer = searchTexts(sources, l.query, 1)[0]?.sentence ?? null;
          const exact = answer?.toLowerCase().includes((l.answer ?? '').toLowerCase()) ? 1 : 0;
          return {
            prediction_id: `${r.id.slice(0, 24)}${String(i + 1).padStart(12, '0')}`,
            query: l.query,
            answer,
            context: answer,
            exact_match: exact,
            f1: null,
            node_name: 'answer_builder',
          };
        });
        const exact = predictions.length
          ? predictions.reduce((n, x) => n + (x.exact_match ?? 0), 0) / predictions.length
          : 0;
        store.evalRuns.update(r.id, {
          status: 2,
          metrics: { answer_builder: { exact_match: exact } },
          predictions: { answer_builder: predictions },
        });
        return undefined;
      },
      evalRunsListPredictions: ({ params, page }) => {
        const r = evalRun(params);
        if (r instanceof Response) return r;
        const predictions = r.predictions[params.node_name];
        return predictions ? page(predictions, withTotal) : notFound(`Node '${params.node_name}'`);
      },

      // eval run tags
      listEvalRunTags: ({ params }) => {
        const w = ws(params);
        return store.tags.filter((t) => t.workspace === w).map(strip) as S['Tag'][];
      },
      createEvalRunTags: ({ params, body: input }) => {
        const w = ws(params);
        if (store.tags.find((t) => t.workspace === w && t.name === input.name))
          return errors(409, `Tag '${input.name}' exists.`);
        const row = store.tags.insert({ workspace: w, name: input.name } as never);
        return { tag_id: row.id, name: row.name };
      },
      updateEvalRunTags: ({ params, body: input }) => {
        const t = tag(params);
        if (t instanceof Response) return t;
        store.tags.update(t.id, { name: input.name });
        return { tag_id: t.id, name: input.name };
      },
      deleteEvalRunTags: ({ params }) => {
        const t = tag(params);
        if (t instanceof Response) return t;
        store.tags.delete(t.id);
        return undefined;
      },

      // prompt templates
      promptTemplatesListPublic: ({ page }) =>
        page(
          [
            {
              prompt_template_id: '00000000-0000-4000-8008-000000000000',
              name: 'deepset/question-answering',
              text: 'Answer the question using the documents.\nDocuments: {documents}\nQuestion: {query}\nAnswer:',
              description: 'Grounded question answering.',
              tags: ['qa'],
              created_at: '2026-01-01T00:00:00.000Z',
            },
          ],
          withTotal,
        ),
      promptTemplatesSyncPromptHub: () => undefined,
      listPromptTemplates: ({ params, page }) => {
        const w = ws(params);
        return page(
          store.promptTemplates.filter((t) => t.workspace === w).map(strip) as S['PromptTemplate'][],
          withTotal,
        );
      },
      createPromptTemplates: ({ params, body: input }) => {
        const w = ws(params);
        if (store.promptTemplates.find((t) => t.workspace === w && t.name === input.name))
          return errors(409, `Prompt template '${input.name}' exists.`);
        const row = store.promptTemplates.insert({
          ...input,
          workspace: w,
          description: input.description ?? null,
          tags: input.tags ?? [],
          created_at: clock.now(),
        } as never);
        return strip(store.promptTemplates.update(row.id, { prompt_template_id: row.id }) as typeof row);
      },
      updatePromptTemplates: ({ params, body: input }) => {
        const t = inWorkspace(store.promptTemplates, params.prompt_template_id, params);
        if (!t) return notFound(`Prompt template '${params.prompt_template_id}'`);
        const fields = { ...input, description: input.description ?? null, tags: input.tags ?? [] };
        return strip(store.promptTemplates.update(t.id, fields) as typeof t) as S['PromptTemplate'];
      },
      deletePromptTemplates: ({ params }) => {
        const t = inWorkspace(store.promptTemplates, params.prompt_template_id, params);
        if (!t) return notFound(`Prompt template '${params.prompt_template_id}'`);
        store.promptTemplates.delete(t.id);
        return undefined;
      },

      // labeling projects
      listLabelingProjects: ({ params, page }) => {
        const w = ws(params);
        return page(
          store.labelingProjects.filter((t) => t.workspace === w).map(strip) as S['LabelingProject'][],
          withTotal,
        );
      },
      createLabelingProjects: ({ params, body: input }) => {
        const row = store.labelingProjects.insert({
          ...input,
          workspace: ws(params),
          description: input.description ?? null,
          created_at: clock.now(),
          updated_at: null,
        } as never);
        return strip(
          store.labelingProjects.update(row.id, { labeling_project_id: row.id }) as typeof row,
        ) as S['LabelingProject'];
      },
      getLabelingProjects: ({ params }) => {
        const t = inWorkspace(store.labelingProjects, params.labeling_project_id, params);
        return t
          ? (strip(t) as S['LabelingProject'])
          : notFound(`Labeling project '${params.labeling_project_id}'`);
      },
      updateLabelingProjects: ({ params, body: input }) => {
        const t = inWorkspace(store.labelingProjects, params.labeling_project_id, params);
        if (!t) return notFound(`Labeling project '${params.labeling_project_id}'`);
        const updated = store.labelingProjects.update(t.id, {
          ...input,
          updated_at: clock.now(),
        }) as typeof t;
        return strip(updated) as S['LabelingProject'];
      },
      deleteLabelingProjects: ({ params }) => {
        const t = inWorkspace(store.labelingProjects, params.labeling_project_id, params);
        if (!t) return notFound(`Labeling project '${params.labeling_project_id}'`);
        store.labelingProjects.delete(t.id);
        return undefined;
      },

      // shared prototypes
      listSharedPrototypes: ({ params, page }) => {
        const w = ws(params);
        return page(
          store.sharedPrototypes.filter((t) => t.workspace === w).map(strip) as S['SharedPrototype'][],
          withTotal,
        );
      },
      createSharedPrototypes: ({ params, body: input }) => {
        const row = store.sharedPrototypes.insert({
          pipeline_names: [],
          ...input,
          workspace: ws(params),
          is_revoked: false,
          created_at: clock.now(),
        } as never);
        const link = `https://cloud.deepset.ai/shared_prototypes?share_token=prototype_${row.id.slice(-6)}`;
        return strip(
          store.sharedPrototypes.update(row.id, { shared_prototype_id: row.id, link }) as typeof row,
        ) as S['SharedPrototype'];
      },
      getSharedPrototypes: ({ params }) => {
        const t = inWorkspace(store.sharedPrototypes, params.shared_prototype_id, params);
        return t
          ? (strip(t) as S['SharedPrototype'])
          : notFound(`Shared prototype '${params.shared_prototype_id}'`);
      },
      updateSharedPrototypes: ({ params, body: input }) => {
        const t = inWorkspace(store.sharedPrototypes, params.shared_prototype_id, params);
        if (!t) return notFound(`Shared prototype '${params.shared_prototype_id}'`);
        return strip(store.sharedPrototypes.update(t.id, input as never) as typeof t) as S['SharedPrototype'];
      },
      deleteSharedPrototypes: ({ params }) => {
        const t = inWorkspace(store.sharedPrototypes, params.shared_prototype_id, params);
        if (!t) return notFound(`Shared prototype '${params.shared_prototype_id}'`);
        store.sharedPrototypes.delete(t.id);
        return undefined;
      },
      sharedPrototypesCreateUser: ({ params, body: input }) => {
        const t = inWorkspace(store.sharedPrototypes, input.shared_prototype_id, params);
        if (!t) return notFound(`Shared prototype '${input.shared_prototype_id}'`);
        const user = store.users.insert({ given_name: '', family_name: '', email: input.email } as never);
        return { user_id: user.id, shared_prototype_id: t.id, email: input.email };
      },

      // users, organization, models
      usersMe: () => {
        const u = me();
        return { ...strip(u), user_id: u.id, organization: ORGANIZATION } as S['User'];
      },
      listUsers: ({ page }) => {
        me();
        return page(
          store.users.all().map((u) => ({ ...strip(u), user_id: u.id }) as S['User']),
          withTotal,
        );
      },
      getUsers: ({ params }) => {
        const u = store.users.get(params.user_id);
        return u ? ({ ...strip(u), user_id: u.id } as S['User']) : notFound(`User '${params.user_id}'`);
      },
      getOrganization: () => ORGANIZATION,
      organizationInvite: ({ params, body: input }) => {
        if (params.organization_id !== ORGANIZATION.organization_id)
          return notFound(`Organization '${params.organization_id}'`);
        store.users.insert({ given_name: '', family_name: '', email: input.email } as never);
        return undefined;
      },
      listModels: ({ query }) => {
        const all = [
          { name: 'gpt-4o-mini', provider: 'openai', node: 'OpenAIGenerator' },
          { name: 'intfloat/e5-base-v2', provider: 'huggingface', node: 'SentenceTransformersTextEmbedder' },
        ];
        const node = query.get('node');
        return all.filter((m) => !node || m.node === node).map(({ node: _n, ...m }) => m);
      },
      listModelRegistryTokens: () =>
        store.modelTokens.all().map(({ id: _i, ...t }) => t as S['ModelRegistryToken']),
      getModelRegistryTokens: ({ params }) => {
        const t = store.modelTokens.get(params.provider);
        return t
          ? { provider: t.provider, created_at: t.created_at }
          : notFound(`Token for '${params.provider}'`);
      },
      createModelRegistryTokens: ({ params }) => {
        const t = store.modelTokens.insert({
          id: params.provider,
          provider: params.provider,
          created_at: clock.now(),
        });
        return { provider: t.provider, created_at: t.created_at };
      },
      updateModelRegistryTokens: ({ params }) => {
        if (!store.modelTokens.has(params.provider)) return notFound(`Token for '${params.provider}'`);
        const t = store.modelTokens.update(params.provider, { created_at: clock.now() });
        return { provider: params.provider, created_at: t?.created_at };
      },
      deleteModelRegistryTokens: ({ params }) =>
        store.modelTokens.delete(params.provider) ? undefined : notFound(`Token for '${params.provider}'`),

      // infrastructure credentials
      infrastructureListDocumentStores: documentStores.list,
      infrastructureCreateDocumentStore: documentStores.create,
      infrastructureDeleteDocumentStore: documentStores.remove,
      infrastructureListFileStores: fileStores.list,
      infrastructureCreateFileStore: fileStores.create,
      infrastructureDeleteFileStore: fileStores.remove,
    },
  });

  const base = createScenarios({ baseUrl, errorBody: (_status, message) => ({ errors: [message] }) });
  /** Answers a pipeline's runs (search, chat and their streams) with `status`, `times` times. */
  const pipelineFault =
    (status: number, message: string, headers: Record<string, string> = {}) =>
    (pipelineName: string, opts: { times?: number } = {}) => {
      const fire = fireTimes(opts.times ?? 1);
      const runRoute = '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/:run';
      return mswHttp.post(mswPath(baseUrl, runRoute), ({ params }) => {
        const isRun = ['search', 'search-stream', 'chat', 'chat-stream'].includes(String(params.run));
        if (params.pipeline_name !== pipelineName || !isRun || !fire.take()) return undefined;
        return HttpResponse.json({ errors: [message] }, { status, headers });
      });
    };

  const mock = {
    /** The msw handlers: `setupServer(...mock.handlers)`. */
    handlers: [storageHandler(baseUrl, storage, (id) => store.sessions.get(id), receive), ...api.handlers],
    /** The in-memory state: read it in assertions or seed it. */
    store,
    /** What the presigned storage endpoint refuses (`reject.add('big.pdf')`) and how many uploads it redirects (307) first. */
    storage,
    /**
     * One operation answered your way, typed by that operation, for `server.use(...)`; the request is
     * still routed and its body checked as the mock does.
     * @example server.use(mock.override('getPipelines', ({ notFound }) => notFound(), { once: true }))
     */
    override: api.override,
    /** Typed handler factory by path: `server.use(mock.http.get('/api/v1/workspaces/{workspace_name}', ...))`. */
    http: createTypedHttp<paths>({ baseUrl }),
    /** The base URL the handlers answer. */
    baseUrl,
    /** Everything back to the start, between tests: the store, the storage behaviour, the clock and ids. */
    reset() {
      store.reset();
      storage.reject.clear();
      storage.redirects = 0;
      clock.reset();
      runs = 0;
    },
    /** Fault scenarios in deepset's error shape, plus the pipeline ones: standby (591), rate limited (429), rebalancing (503). */
    scenarios: {
      ...base,
      /** The pipeline is on standby and being activated: its runs answer 591 `times` times. */
      standby: pipelineFault(591, 'The pipeline is on standby and is being activated. Please retry shortly.'),
      /** The pipeline's own rate limit: its runs answer 429 `times` times (deepset limits per pipeline). */
      pipelineRateLimited: pipelineFault(429, 'The rate limit for this pipeline has been exceeded.', {
        'retry-after': '0',
      }),
      /** The service is rebalancing: the pipeline's runs answer 503 `times` times. */
      rebalancing: pipelineFault(503, 'The service is rebalancing. Please retry shortly.'),
    },
    /** Seeding helpers for the state a test starts from. */
    seed: {
      /** A file with its text and metadata, as if uploaded and indexed. */
      file(name: string, text: string, meta: Record<string, unknown> = {}, workspace = 'default'): S['File'] {
        ws({ workspace_name: workspace });
        return publicFile(insertFile(workspace, name, text, new TextEncoder().encode(text).length, meta));
      },
      /** A pipeline, DEPLOYED unless said otherwise, ready to search. */
      pipeline(
        name: string,
        opts: { status?: S['PipelineStatus']; queryYaml?: string; workspace?: string } = {},
      ): S['Pipeline'] {
        const workspace = ws({ workspace_name: opts.workspace });
        const fields = { name, query_yaml: opts.queryYaml ?? 'components: {}\n' };
        return publicPipeline(insertPipeline(workspace, fields, opts.status ?? 'DEPLOYED', 'DEVELOPMENT'));
      },
      /** A workspace. */
      workspace(name: string) {
        ws({ workspace_name: name });
        return workspaceRow(name);
      },
    },
  };
  return mock satisfies VendorMock;
}

/** The deepset mock, as `createDeepsetMock` returns it. */
export type DeepsetMock = ReturnType<typeof createDeepsetMock>;
