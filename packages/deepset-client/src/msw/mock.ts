import {
  createRequestBodyChecker,
  createCollection,
  createScenarios,
  createStore,
  createTypedHttp,
  csvObjects,
  isPageError,
  mswPath,
  pageAfterId,
  pageByNumber,
  sseHttpResponse,
} from '@org/sdk-core/msw';
import { HttpResponse, http as mswHttp } from 'msw';
import { servers } from '../generated/resources';
import type { components, paths } from '../generated/schema';
import { components as specComponents, operations } from '../generated/schemas';
import { searchTexts, tokens } from './search-text';

type S = components['schemas'];
type Row<T> = T & { id: string; workspace: string };

/** A stored file: the API's record plus its text, which search reads. */
export type MockFile = Row<S['File']> & { text: string };
type MockPipeline = Row<S['Pipeline']> & { query_yaml: string; indexing_yaml?: string; polls: number };
type MockSession = Row<S['UploadSessionSummary']> & {
  fields: Record<string, string>;
  received: { name: string; text: string; size: number; meta?: Record<string, unknown> }[];
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

const START = Date.UTC(2026, 0, 1);
const errors = (status: number, message: string) => HttpResponse.json({ errors: [message] }, { status });
const notFound = (what: string) => errors(404, `${what} not found.`);
const noContent = () => new HttpResponse(null, { status: 204 });

/** FastAPI's 422 for a body or query that breaks the spec. */
function unprocessable(
  issues: { path: (string | number)[]; message: string; code: string }[],
  where = 'body',
) {
  return HttpResponse.json(
    { detail: issues.map((i) => ({ loc: [where, ...i.path], msg: i.message, type: i.code })) },
    { status: 422 },
  );
}

/** A deterministic UUID: the collection's tag and a sequence number. */
const uuidFor = (tag: number) => (n: number) =>
  `00000000-0000-4000-8${String(tag).padStart(3, '0')}-${String(n).padStart(12, '0')}`;

/**
 * A stateful fake of deepset Cloud for msw: workspaces, pipelines (YAML kept; deploy moves
 * DEPLOYMENT_IN_PROGRESS → DEPLOYED as the pipeline is polled), files with metadata, upload sessions with a
 * presigned storage endpoint under the mock's own base URL (`/__storage/upload/{session_id}`) and ingestion
 * that finishes one file per status poll, indexes and documents, keyword search over the uploaded text
 * (streamed as word deltas then the result), search sessions and chat, evaluation sets and runs, prompt
 * templates, tokens and users. Lists page like the API; unknown names answer `404 {errors: [...]}`; bodies
 * that break the spec answer FastAPI's `422 {detail: [...]}`.
 * @example
 * const mock = createDeepsetMock();
 * const server = setupServer(...mock.handlers);
 * server.use(mock.scenarios.standby('rag', { times: 1 })); // the next run answers 591
 */
export function createDeepsetMock(options: DeepsetMockOptions = {}) {
  const baseUrl = (options.baseUrl ?? servers.default).replace(/\/+$/, '');
  const deployPolls = options.deployPolls ?? 2;
  const http = createTypedHttp<paths>({ baseUrl });
  let tick = 0;
  const clock = () => new Date(START + ++tick * 1000).toISOString();
  const col = <T extends object>(tag: number) => createCollection<T>({ generateId: uuidFor(tag) });
  const store = createStore({
    workspaces: createCollection<S['Workspace'] & { id: string }>({ generateId: uuidFor(1) }),
    pipelines: col<MockPipeline>(2),
    files: col<MockFile>(3),
    sessions: col<MockSession>(4),
    evaluationSets: col<Row<S['EvaluationSet']> & { labels: S['Label'][] }>(5),
    evalRuns: col<Row<S['EvalRun']> & { predictions: Record<string, S['Prediction'][]> }>(6),
    searchSessions: col<Row<S['SearchSession']> & { turns: { query: string; answer: string }[] }>(7),
    promptTemplates: col<Row<S['PromptTemplate']>>(8),
    tokens: col<S['ApiToken'] & { id: string }>(9),
    users: col<S['User'] & { id: string }>(10),
    feedback: col<Row<S['Feedback']> & { pipeline: string }>(11),
    tags: col<Row<S['Tag']>>(12),
    labelingProjects: col<Row<S['LabelingProject']>>(13),
    sharedPrototypes: col<Row<S['SharedPrototype']>>(14),
    credentials: col<S['Credentials'] & { id: string; kind: string }>(15),
    modelTokens: createCollection<S['ModelRegistryToken'] & { id: string }>({ idField: 'id' }),
    searchHistory: col<Row<S['SearchHistoryEntry']>>(16),
  });
  /** Storage behaviour for upload tests: names it refuses, and how many uploads it first redirects (307). */
  const storage = { reject: new Set<string>(), redirects: 0 };

  const checkBody = createRequestBodyChecker(operations, specComponents);
  /** The request's JSON body checked against the spec, or the 422 to answer. */
  async function body<T>(request: Request, key: keyof typeof operations): Promise<T | Response> {
    const check = await checkBody(request, key);
    return check.ok ? (check.value as T) : unprocessable(check.issues);
  }

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
  const me = () =>
    store.users.all()[0] ??
    store.users.insert({ given_name: 'Ada', family_name: 'Lovelace', email: 'ada@example.com' } as never);
  const userRef = () => {
    const u = me();
    return { user_id: u.id, given_name: u.given_name, family_name: u.family_name, email: u.email };
  };
  const strip = <T extends { id: string; workspace?: string }>(row: T) => {
    const { id: _id, workspace: _w, ...rest } = row;
    return rest;
  };

  /** `{data, has_more, total}` of one page by `limit` + `page_number`, or the 422 for a bad parameter. */
  function page<T>(items: readonly T[], query: URLSearchParams) {
    const p = pageByNumber(items, {
      page: query.get('page_number'),
      pageSize: query.get('limit'),
      pageParam: 'page_number',
      pageSizeParam: 'limit',
      defaultLimit: 10,
      maxLimit: 100,
    });
    if (isPageError(p))
      return unprocessable(
        [{ path: [p.error.param], message: p.error.message, code: 'value_error' }],
        'query',
      );
    return { data: p.items, has_more: p.hasMore, total: p.total };
  }

  /**
   * `{data, has_more, total}` of one page by `limit` + an after-id cursor sent as `param` (`after`, or
   * `before` for newest-first lists), or the 422 naming the parameter that was wrong.
   */
  function pageAfter<T extends object>(
    items: readonly T[],
    query: URLSearchParams,
    param: string,
    idField: string,
  ) {
    const p = pageAfterId(items, {
      after: query.get(param),
      limit: query.get('limit'),
      idField,
      defaultLimit: 10,
      maxLimit: 100,
    });
    if (isPageError(p))
      return unprocessable(
        [
          {
            path: [p.error.param === 'after' ? param : p.error.param],
            message: p.error.message,
            code: 'value_error',
          },
        ],
        'query',
      );
    return { data: p.items, has_more: p.hasMore, total: items.length };
  }

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
    store.files
      .filter((f) => f.workspace === workspace)
      .map((f) => ({ id: f.file_id, name: f.name, text: f.text, meta: f.meta ?? {} }));

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
  function run(workspace: string, pipeline: MockPipeline, query: string, topK = 5): S['SearchResult'] {
    const queryId = `00000000-0000-4000-8999-${String(++tick).padStart(12, '0')}`;
    const hits = searchTexts(sourcesOf(workspace), query, topK);
    store.searchHistory.insert({
      workspace,
      query,
      pipeline_name: pipeline.name,
      time: clock(),
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
    if (!next.text.trim()) {
      if (entry) Object.assign(entry, { status: 'FAILED', error: 'The file has no text to index.' });
      return store.sessions.update(session.id, { failed: session.failed + 1, files }) as MockSession;
    }
    const writeMode = session.write_mode ?? 'KEEP';
    const existing = store.files.find((f) => f.workspace === session.workspace && f.name === next.name);
    if (existing && writeMode === 'FAIL') {
      if (entry) Object.assign(entry, { status: 'FAILED', error: 'A file with this name exists.' });
      return store.sessions.update(session.id, { failed: session.failed + 1, files }) as MockSession;
    }
    if (existing && writeMode === 'OVERWRITE') store.files.delete(existing.id);
    const file = insertFile(session.workspace, next.name, next.text, next.size, next.meta ?? {});
    if (entry) Object.assign(entry, { status: 'FINISHED', file_id: file.file_id });
    return store.sessions.update(session.id, { finished: session.finished + 1, files }) as MockSession;
  }

  function insertFile(
    workspace: string,
    name: string,
    text: string,
    size: number,
    meta: Record<string, unknown>,
  ) {
    const row = store.files.insert({ workspace, name, text, size, meta, created_at: clock() } as never);
    return store.files.update(row.id, {
      file_id: row.id,
      url: `${baseUrl}/api/v1/workspaces/${workspace}/files/${row.id}`,
    }) as MockFile;
  }

  const W = '/api/v1/workspaces/{workspace_name}' as const;

  /** One chat turn (chat and chat-stream): runs the query in the request's search session and records the turn. */
  async function chatTurn<T extends S['ChatRequest']>(
    params: { workspace_name?: string; pipeline_name: string },
    request: Request,
    key: keyof typeof operations,
  ): Promise<{ input: T; result: S['SearchResult'] } | Response> {
    const w = ws(params);
    const p = runnable(w, params.pipeline_name);
    if (p instanceof Response) return p;
    const input = await body<T>(request, key);
    if (input instanceof Response) return input;
    const session = store.searchSessions.get(input.search_session_id);
    if (!session || session.workspace !== w) return notFound(`Search session '${input.search_session_id}'`);
    const result = run(w, p, input.query);
    store.searchSessions.update(session.id, {
      turns: [...session.turns, { query: input.query, answer: result.answers[0]?.answer ?? '' }],
    });
    return { input, result };
  }
  const handlers = [
    http.get('/health', () => ({ status: 'ok' })),

    // tokens
    http.post('/api/v1/token', async ({ request }) => {
      const input = await body<S['TokenCreate']>(request, 'POST /api/v1/token');
      if (input instanceof Response) return input;
      const row = store.tokens.insert({
        name: input.name ?? 'token',
        created_at: clock(),
        expires_at: input.expires_at ?? null,
      } as never);
      store.tokens.update(row.id, { api_token_id: row.id });
      return { api_token: `dst_mock_${row.id.slice(-6)}`, api_token_id: row.id };
    }),
    http.get('/api/v1/token', ({ query }) =>
      page(
        store.tokens.all().map(({ id: _i, ...t }) => t as S['ApiToken']),
        query,
      ),
    ),
    http.delete('/api/v1/token/{api_token_id}', ({ params }) =>
      store.tokens.delete(params.api_token_id) ? noContent() : notFound('API token'),
    ),

    // workspaces
    http.get('/api/v1/workspaces', () => {
      ws({});
      return store.workspaces.all().map(({ id, ...w }) => ({ ...w, workspace_id: id }));
    }),
    http.post('/api/v1/workspaces', async ({ request }) => {
      const input = await body<{ name: string }>(request, 'POST /api/v1/workspaces');
      if (input instanceof Response) return input;
      if (workspaceRow(input.name)) return errors(409, `Workspace '${input.name}' exists.`);
      const row = store.workspaces.insert({
        name: input.name,
        languages: { en: true },
        default_idle_timeout_in_seconds: 43200,
      } as never);
      return new HttpResponse(JSON.stringify({ ...row, workspace_id: row.id, id: undefined }), {
        status: 201,
        headers: { 'content-type': 'application/json' },
      });
    }),
    http.get(W, ({ params }) => {
      const row = workspaceRow(params.workspace_name);
      if (!row) return notFound(`Workspace '${params.workspace_name}'`);
      const { id, ...w } = row;
      return { ...w, workspace_id: id };
    }),
    http.delete(W, ({ params }) => {
      const row = workspaceRow(params.workspace_name);
      if (!row) return notFound(`Workspace '${params.workspace_name}'`);
      store.workspaces.delete(row.id);
      for (const p of store.pipelines.filter((x) => x.workspace === row.name)) store.pipelines.delete(p.id);
      for (const f of store.files.filter((x) => x.workspace === row.name)) store.files.delete(f.id);
      return noContent();
    }),
    http.get(`${W}/search_count`, ({ params }) => {
      const w = ws(params);
      return { search_count: store.searchHistory.filter((h) => h.workspace === w).length };
    }),
    http.get(`${W}/search_history`, ({ params, query }) => {
      const w = ws(params);
      return page(
        store.searchHistory
          .filter((h) => h.workspace === w)
          .map(({ id, workspace: _w, ...h }) => ({ ...h, search_history_id: id })),
        query,
      );
    }),
    http.get(`${W}/stats`, ({ params }) => {
      const w = ws(params);
      const files = store.files.filter((f) => f.workspace === w).length;
      return { pipelines: store.pipelines.filter((p) => p.workspace === w).length, files, documents: files };
    }),

    // pipelines
    http.get(`${W}/pipelines`, ({ params, query }) => {
      const w = ws(params);
      // Newest first; the next page is asked for with the last pipeline_id in `before` (time-based cursor).
      const rows = store.pipelines
        .filter((p) => p.workspace === w)
        .reverse()
        .map(publicPipeline);
      return pageAfter(rows, query, 'before', 'pipeline_id');
    }),
    http.post(`${W}/pipelines`, async ({ params, request }) => {
      const w = ws(params);
      const input = await body<{ name: string; query_yaml: string; indexing_yaml?: string }>(
        request,
        `POST ${W}/pipelines`,
      );
      if (input instanceof Response) return input;
      if (pipelineOf(w, input.name)) return errors(409, `Pipeline '${input.name}' exists.`);
      const row = store.pipelines.insert({
        workspace: w,
        name: input.name,
        query_yaml: input.query_yaml,
        indexing_yaml: input.indexing_yaml,
        status: 'UNDEPLOYED',
        service_level: 'DRAFT',
        created_at: clock(),
        last_edited_at: null,
        created_by: userRef(),
        deployed_version_id: null,
        running_version_id: null,
        draft_version_id: null,
        is_default: false,
        polls: 0,
      } as never);
      store.pipelines.update(row.id, { pipeline_id: row.id });
      return HttpResponse.json({ name: input.name, pipeline_id: row.id }, { status: 201 });
    }),
    http.get(`${W}/pipelines/{pipeline_name}`, ({ params }) => {
      const p = pipelineOf(ws(params), params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      const current = advance(p);
      const files = store.files.filter((f) => f.workspace === p.workspace).length;
      return {
        ...publicPipeline(current),
        indexing: {
          status: 'IDLE',
          pending_file_count: 0,
          failed_file_count: 0,
          indexed_file_count: files,
          total_file_count: files,
        },
      };
    }),
    http.patch(`${W}/pipelines/{pipeline_name}`, async ({ params, request }) => {
      const w = ws(params);
      const p = pipelineOf(w, params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      const input = await body<{ name?: string; service_level?: S['ServiceLevel'] }>(
        request,
        `PATCH ${W}/pipelines/{pipeline_name}`,
      );
      if (input instanceof Response) return input;
      if (input.name && input.name !== p.name && pipelineOf(w, input.name))
        return errors(409, `Pipeline '${input.name}' exists.`);
      return publicPipeline(
        store.pipelines.update(p.id, {
          ...input,
          last_edited_at: clock(),
          last_edited_by: userRef(),
        } as never) as MockPipeline,
      );
    }),
    http.delete(`${W}/pipelines/{pipeline_name}`, ({ params }) => {
      const p = pipelineOf(ws(params), params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      store.pipelines.delete(p.id);
      return noContent();
    }),
    http.get(`${W}/pipelines/{pipeline_name}/yaml`, ({ params }) => {
      const p = pipelineOf(ws(params), params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      return { query_yaml: p.query_yaml, ...(p.indexing_yaml ? { indexing_yaml: p.indexing_yaml } : {}) };
    }),
    http.put(`${W}/pipelines/{pipeline_name}/yaml`, async ({ params, request }) => {
      const p = pipelineOf(ws(params), params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      const input = await body<S['PipelineYaml']>(request, `PUT ${W}/pipelines/{pipeline_name}/yaml`);
      if (input instanceof Response) return input;
      if (p.status === 'DEPLOYED' || p.status === 'DEPLOYMENT_IN_PROGRESS')
        return errors(409, `Pipeline '${p.name}' is deployed; undeploy it before changing its YAML.`);
      store.pipelines.update(p.id, {
        query_yaml: input.query_yaml,
        indexing_yaml: input.indexing_yaml,
        last_edited_at: clock(),
      });
      return input;
    }),
    http.get(`${W}/pipelines/{pipeline_name}/json`, ({ params }) => {
      const p = pipelineOf(ws(params), params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      // The YAML is kept as text; the JSON view reports it rather than pretending to parse every component.
      return { name: p.name, query_yaml: p.query_yaml };
    }),
    http.get(`${W}/pipelines/{pipeline_name}/prompt`, ({ params }) => {
      const p = pipelineOf(ws(params), params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      const match = /(?:template|prompt):\s*["']?([^\n"']+)/.exec(p.query_yaml);
      const prompts: Record<string, string> = {};
      if (match?.[1]) prompts.prompt_builder = match[1].trim();
      return { prompts };
    }),
    http.get(`${W}/pipelines/{pipeline_name}/stats`, ({ params }) => {
      const p = pipelineOf(ws(params), params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      const history = store.searchHistory.filter(
        (h) => h.workspace === p.workspace && h.pipeline_name === p.name,
      );
      return {
        search_count: history.length,
        feedback_count: store.feedback.filter((f) => f.pipeline === p.id).length,
        last_search_at: history.at(-1)?.time ?? null,
      };
    }),
    http.get(`${W}/pipelines/{pipeline_name}/indexing`, ({ params }) => {
      const p = pipelineOf(ws(params), params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      const files = store.files.filter((f) => f.workspace === p.workspace).length;
      return {
        status: 'IDLE',
        pending_file_count: 0,
        failed_file_count: 0,
        indexed_file_count: files,
        total_file_count: files,
      };
    }),
    http.get(`${W}/pipelines/{pipeline_name}/files`, ({ params, query }) => {
      const p = pipelineOf(ws(params), params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      return page(
        store.files
          .filter((f) => f.workspace === p.workspace)
          .map((f) => ({ file_id: f.file_id, name: f.name, status: 'INDEXED' })),
        query,
      );
    }),
    http.post(`${W}/pipelines/{pipeline_name}/deploy`, ({ params }) => {
      const p = pipelineOf(ws(params), params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      if (p.status !== 'DEPLOYED')
        store.pipelines.update(p.id, { status: 'DEPLOYMENT_IN_PROGRESS', polls: 0 });
      return new HttpResponse(null, { status: 202 });
    }),
    http.post(`${W}/pipelines/{pipeline_name}/undeploy`, ({ params }) => {
      const p = pipelineOf(ws(params), params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      store.pipelines.update(p.id, { status: 'UNDEPLOYMENT_IN_PROGRESS' });
      return new HttpResponse(null, { status: 202 });
    }),
    http.post(`${W}/pipelines/{pipeline_name}/default`, ({ params }) => {
      const w = ws(params);
      const p = pipelineOf(w, params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      for (const other of store.pipelines.filter((x) => x.workspace === w))
        store.pipelines.update(other.id, { is_default: other.id === p.id });
      return noContent();
    }),
    http.post(`${W}/pipelines/{pipeline_name}/search`, async ({ params, request }) => {
      const w = ws(params);
      const p = runnable(w, params.pipeline_name);
      if (p instanceof Response) return p;
      const input = await body<S['SearchRequest']>(request, `POST ${W}/pipelines/{pipeline_name}/search`);
      if (input instanceof Response) return input;
      const results = input.queries.map((q) =>
        run(w, p, q, (input.params?.top_k as number | undefined) ?? 5),
      );
      return { query_id: results[0]?.query_id, results };
    }),
    http.post(`${W}/pipelines/{pipeline_name}/search-stream`, async ({ params, request }) => {
      const w = ws(params);
      const p = runnable(w, params.pipeline_name);
      if (p instanceof Response) return p;
      const input = await body<S['SearchStreamRequest']>(
        request,
        `POST ${W}/pipelines/{pipeline_name}/search-stream`,
      );
      if (input instanceof Response) return input;
      return streamEvents(run(w, p, input.query), input);
    }),
    http.post(`${W}/pipelines/{pipeline_name}/chat`, async ({ params, request }) => {
      const turn = await chatTurn<S['ChatRequest']>(
        params,
        request,
        `POST ${W}/pipelines/{pipeline_name}/chat`,
      );
      if (turn instanceof Response) return turn;
      return { query_id: turn.result.query_id, results: [turn.result] };
    }),
    http.post(`${W}/pipelines/{pipeline_name}/chat-stream`, async ({ params, request }) => {
      const turn = await chatTurn<S['ChatStreamRequest']>(
        params,
        request,
        `POST ${W}/pipelines/{pipeline_name}/chat-stream`,
      );
      if (turn instanceof Response) return turn;
      return streamEvents(turn.result, turn.input);
    }),
    http.get(`${W}/pipelines/{pipeline_name}/feedback`, ({ params, query }) => {
      const p = pipelineOf(ws(params), params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      return page(
        store.feedback
          .filter((f) => f.pipeline === p.id)
          .map(({ id, workspace: _w, pipeline: _p, ...f }) => ({ ...f, feedback_id: id }) as S['Feedback']),
        query,
      );
    }),
    http.post(`${W}/pipelines/{pipeline_name}/feedback`, async ({ params, request }) => {
      const w = ws(params);
      const p = pipelineOf(w, params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      const input = await body<S['FeedbackCreate']>(request, `POST ${W}/pipelines/{pipeline_name}/feedback`);
      if (input instanceof Response) return input;
      const row = store.feedback.insert({
        ...input,
        workspace: w,
        pipeline: p.id,
        comment: input.comment ?? null,
        created_at: clock(),
      } as never);
      const { id, workspace: _w, pipeline: _p, ...f } = row;
      return HttpResponse.json({ ...f, feedback_id: id }, { status: 201 });
    }),
    http.get(`${W}/pipelines/{pipeline_name}/logs`, ({ params, query }) => {
      const p = pipelineOf(ws(params), params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      const level = /level eq '(\w+)'/.exec(query.get('filter') ?? '')?.[1];
      const logs = store.searchHistory
        .filter((h) => h.workspace === p.workspace && h.pipeline_name === p.name)
        .map((h) => ({ log_id: h.id, level: 'info', message: `search: ${h.query}`, logged_at: h.time ?? '' }))
        .filter((l) => !level || l.level === level);
      return pageAfter(logs, query, 'after', 'log_id');
    }),
    http.get(`${W}/pipelines/{pipeline_name}/meta`, ({ params }) => {
      const p = pipelineOf(ws(params), params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      return [
        ...new Set(
          store.files.filter((f) => f.workspace === p.workspace).flatMap((f) => Object.keys(f.meta ?? {})),
        ),
      ].sort();
    }),
    http.get(`${W}/pipelines/{pipeline_name}/meta/{field_name}`, ({ params }) => {
      const p = pipelineOf(ws(params), params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      const values = store.files
        .filter((f) => f.workspace === p.workspace && !!f.meta && params.field_name in f.meta)
        .map((f) => f.meta?.[params.field_name]);
      return [...new Set(values.map((v) => JSON.stringify(v)))].map((v) => JSON.parse(v));
    }),
    http.get(`${W}/pipelines/{pipeline_name}/meta/{meta_field}/aggregation`, ({ params }) => {
      const p = pipelineOf(ws(params), params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      const values = store.files
        .filter((f) => f.workspace === p.workspace)
        .map((f) => f.meta?.[params.meta_field])
        .filter((v): v is number | string => typeof v === 'number' || typeof v === 'string');
      if (!values.length) return notFound(`Metadata field '${params.meta_field}'`);
      const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return { min: sorted[0], max: sorted.at(-1) };
    }),
    http.get(`${W}/pipelines/{pipeline_name}/search_history`, ({ params, query }) => {
      const p = pipelineOf(ws(params), params.pipeline_name);
      if (!p) return notFound(`Pipeline '${params.pipeline_name}'`);
      return page(
        store.searchHistory
          .filter((h) => h.workspace === p.workspace && h.pipeline_name === p.name)
          .map(({ id, workspace: _w, ...h }) => ({ ...h, search_history_id: id })),
        query,
      );
    }),
    http.get(`${W}/pipeline_templates`, ({ query }) =>
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
        query,
      ),
    ),

    // search sessions
    http.get(`${W}/search_sessions`, ({ params, query }) => {
      const w = ws(params);
      const pipelineId = query.get('pipeline_id');
      return page(
        store.searchSessions
          .filter((s) => s.workspace === w && (!pipelineId || s.pipeline_id === pipelineId))
          .map(({ id, workspace: _w, turns: _t, ...s }) => ({ ...s, search_session_id: id })),
        query,
      );
    }),
    http.post(`${W}/search_sessions`, async ({ params, request }) => {
      const w = ws(params);
      const input = await body<{ pipeline_id: string }>(request, `POST ${W}/search_sessions`);
      if (input instanceof Response) return input;
      if (!store.pipelines.find((p) => p.workspace === w && p.pipeline_id === input.pipeline_id))
        return notFound(`Pipeline '${input.pipeline_id}'`);
      const row = store.searchSessions.insert({
        workspace: w,
        pipeline_id: input.pipeline_id,
        created_at: clock(),
        turns: [],
      } as never);
      return HttpResponse.json({ search_session_id: row.id }, { status: 201 });
    }),

    // files
    http.get(`${W}/files`, ({ params, query }) => {
      const w = ws(params);
      const name = query.get('name');
      const desc = query.get('order') === 'DESC';
      let rows = store.files
        .filter((f) => f.workspace === w && (!name || f.name.includes(name)))
        .sort((a, b) =>
          a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.file_id < b.file_id ? -1 : 1,
        );
      if (desc) rows = rows.reverse();
      const afterValue = query.get('after_value');
      const afterId = query.get('after_file_id');
      if (afterValue && afterId) {
        const key = `${afterValue}|${afterId}`;
        rows = rows.filter((f) =>
          desc ? `${f.created_at}|${f.file_id}` < key : `${f.created_at}|${f.file_id}` > key,
        );
      }
      const limit = Number(query.get('limit') ?? 10);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100)
        return unprocessable(
          [{ path: ['limit'], message: 'limit must be 1 to 100', code: 'value_error' }],
          'query',
        );
      const total = store.files.filter((f) => f.workspace === w).length;
      return { data: rows.slice(0, limit).map(publicFile), has_more: rows.length > limit, total };
    }),
    http.post(`${W}/files`, async ({ params, request, query }) => {
      const w = ws(params);
      let form: FormData;
      try {
        form = await request.formData();
      } catch {
        return unprocessable([{ path: [], message: 'Expected multipart/form-data', code: 'value_error' }]);
      }
      const file = form.get('file');
      if (!(file instanceof Blob))
        return unprocessable([{ path: ['file'], message: 'Field required', code: 'missing' }]);
      let meta: Record<string, unknown> = {};
      const rawMeta = form.get('meta');
      if (typeof rawMeta === 'string' && rawMeta) {
        try {
          meta = JSON.parse(rawMeta);
        } catch {
          return unprocessable([
            { path: ['meta'], message: 'meta must be a JSON object', code: 'value_error' },
          ]);
        }
      }
      const writeMode = query.get('write_mode') ?? 'KEEP';
      if (!['KEEP', 'OVERWRITE', 'FAIL'].includes(writeMode))
        return unprocessable(
          [{ path: ['write_mode'], message: 'Input should be KEEP, OVERWRITE or FAIL', code: 'enum' }],
          'query',
        );
      const name = (file as File).name || 'upload.txt';
      const existing = store.files.find((f) => f.workspace === w && f.name === name);
      if (existing && writeMode === 'FAIL') return errors(409, `File '${name}' exists.`);
      if (existing && writeMode === 'OVERWRITE') store.files.delete(existing.id);
      const row = insertFile(w, name, await file.text(), file.size, meta);
      return HttpResponse.json({ file_id: row.file_id }, { status: 201 });
    }),
    http.delete(`${W}/files`, ({ params, query }) => {
      const w = ws(params);
      const names = new Set(query.getAll('names'));
      const ids = new Set(query.getAll('file_ids'));
      for (const f of store.files.filter(
        (x) => x.workspace === w && (names.has(x.name) || ids.has(x.file_id)),
      ))
        store.files.delete(f.id);
      return noContent();
    }),
    http.get(`${W}/files/{file_id}`, ({ params }) => {
      const f = inWorkspace(store.files, params.file_id, params);
      if (!f) return notFound(`File '${params.file_id}'`);
      return new HttpResponse(f.text, { headers: { 'content-type': 'application/octet-stream' } });
    }),
    http.get(`${W}/files/{file_id}/meta`, ({ params }) => {
      const f = inWorkspace(store.files, params.file_id, params);
      if (!f) return notFound(`File '${params.file_id}'`);
      return f.meta ?? {};
    }),
    http.patch(`${W}/files/{file_id}/meta`, async ({ params, request }) => {
      const f = inWorkspace(store.files, params.file_id, params);
      if (!f) return notFound(`File '${params.file_id}'`);
      const input = await body<Record<string, unknown>>(request, `PATCH ${W}/files/{file_id}/meta`);
      if (input instanceof Response) return input;
      store.files.update(f.id, { meta: { ...(f.meta ?? {}), ...input } });
      return noContent();
    }),
    http.delete(`${W}/files/{file_id}`, ({ params }) => {
      const f = inWorkspace(store.files, params.file_id, params);
      if (!f) return notFound(`File '${params.file_id}'`);
      store.files.delete(f.id);
      return noContent();
    }),

    // upload sessions
    http.post(`${W}/upload_sessions`, async ({ params, request }) => {
      const w = ws(params);
      const input = await body<{ write_mode?: S['WriteMode'] }>(request, `POST ${W}/upload_sessions`);
      if (input instanceof Response) return input;
      const created = clock();
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
      return HttpResponse.json(
        {
          session_id: row.id,
          documentation_url: 'https://docs.cloud.deepset.ai/docs/upload-files',
          expires_at: row.expires_at as string,
          aws_prefixed_request_config: { url: `${baseUrl}/__storage/upload/${row.id}`, fields },
        },
        { status: 201 },
      );
    }),
    http.get(`${W}/upload_sessions`, ({ params, query }) => {
      const w = ws(params);
      const expired = query.get('is_expired');
      return page(
        store.sessions
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
          })),
        query,
      );
    }),
    http.get(`${W}/upload_sessions/{session_id}`, ({ params }) => {
      const s = inWorkspace(store.sessions, params.session_id, params);
      if (!s) return notFound(`Upload session '${params.session_id}'`);
      const current = ingestStep(s);
      return {
        session_id: current.id,
        documentation_url: 'https://docs.cloud.deepset.ai/docs/upload-files',
        expires_at: current.expires_at,
        ingestion_status: { finished_files: current.finished, failed_files: current.failed },
      };
    }),
    http.get(`${W}/upload_sessions/{session_id}/files`, ({ params, query }) => {
      const s = inWorkspace(store.sessions, params.session_id, params);
      if (!s) return notFound(`Upload session '${params.session_id}'`);
      return page(s.files, query);
    }),
    http.put(`${W}/upload_sessions/{session_id}`, async ({ params, request }) => {
      const s = inWorkspace(store.sessions, params.session_id, params);
      if (!s) return notFound(`Upload session '${params.session_id}'`);
      const input = await body<{ status: 'CLOSED' }>(request, `PUT ${W}/upload_sessions/{session_id}`);
      if (input instanceof Response) return input;
      if (s.status !== 'OPEN') return errors(409, `Upload session '${s.id}' is ${s.status}.`);
      store.sessions.update(s.id, { status: 'CLOSED' });
      return noContent();
    }),
    // The presigned storage endpoint (S3's POST policy upload), served under the mock's own base URL.
    mswHttp.post(`${baseUrl}/__storage/upload/:session_id`, async ({ request, params }) => {
      const s = store.sessions.get(String(params.session_id));
      if (!s) return new HttpResponse('<Error><Code>NoSuchUpload</Code></Error>', { status: 404 });
      if (request.headers.has('authorization'))
        return new HttpResponse(
          '<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>',
          { status: 400 },
        );
      if (storage.redirects > 0 && !new URL(request.url).searchParams.has('hop')) {
        storage.redirects--;
        return new HttpResponse(null, {
          status: 307,
          headers: { location: `${baseUrl}/__storage/upload/${s.id}?hop=1` },
        });
      }
      if (s.status !== 'OPEN')
        return new HttpResponse('<Error><Code>AccessDenied</Code><Message>Session closed</Message></Error>', {
          status: 403,
        });
      const form = await request.formData();
      for (const [k, v] of Object.entries(s.fields)) {
        if (form.get(k) !== v)
          return new HttpResponse(
            `<Error><Code>AccessDenied</Code><Message>field ${k} missing or wrong</Message></Error>`,
            { status: 403 },
          );
      }
      const file = form.get('file');
      if (!(file instanceof Blob))
        return new HttpResponse(
          '<Error><Code>InvalidArgument</Code><Message>file missing</Message></Error>',
          { status: 400 },
        );
      const name = (file as File).name;
      if (storage.reject.has(name))
        return new HttpResponse('<Error><Code>EntityTooLarge</Code></Error>', { status: 400 });
      const text = await file.text();
      // Re-read after the awaits: uploads run in parallel, and each must add to the latest state.
      const latest = store.sessions.get(s.id) as MockSession;
      const received = latest.received.map((r) => ({ ...r }));
      if (name.endsWith('.meta.json')) {
        const target = received.find((r) => r.name === name.slice(0, -'.meta.json'.length));
        if (target) target.meta = JSON.parse(text);
        received.push({ name, text, size: file.size });
        store.sessions.update(s.id, { received });
      } else {
        received.push({ name, text, size: file.size });
        store.sessions.update(s.id, {
          received,
          files: [...latest.files, { name, status: 'PENDING', file_id: null, error: null }],
        });
      }
      return new HttpResponse(null, { status: 204 });
    }),

    // indexes and documents: each pipeline has an index of the same name over the workspace's files
    http.get(`${W}/indexes/{index_name}`, ({ params }) => {
      const p = pipelineOf(ws(params), params.index_name);
      if (!p) return notFound(`Index '${params.index_name}'`);
      const files = store.files.filter((f) => f.workspace === p.workspace).length;
      const wsRow = workspaceRow(p.workspace);
      return {
        pipeline_index_id: p.id,
        name: p.name,
        description: null,
        config_yaml: p.indexing_yaml ?? '',
        workspace_id: wsRow?.id,
        settings: {},
        desired_status: 'ENABLED',
        deployed_at: p.created_at,
        created_at: p.created_at,
        updated_at: p.last_edited_at ?? null,
        status: {
          pending_file_count: 0,
          failed_file_count: 0,
          indexed_no_documents_file_count: 0,
          indexed_file_count: files,
          total_file_count: files,
        },
      } as S['Index'];
    }),
    http.post(`${W}/indexes/{index_name}/documents-query`, async ({ params, request }) => {
      const p = pipelineOf(ws(params), params.index_name);
      if (!p) return notFound(`Index '${params.index_name}'`);
      const input = await body<S['DocumentsQuery']>(
        request,
        `POST ${W}/indexes/{index_name}/documents-query`,
      );
      if (input instanceof Response) return input;
      return searchTexts(sourcesOf(p.workspace), input.query, input.top_k ?? 10).map((h) => ({
        ...documentOf(store.files.get(h.source.id) as MockFile),
        score: h.score,
      }));
    }),
    http.post(`${W}/indexes/{index_name}/documents-stream`, async ({ params, request }) => {
      const p = pipelineOf(ws(params), params.index_name);
      if (!p) return notFound(`Index '${params.index_name}'`);
      const input = await body<{ filters?: Record<string, unknown> }>(
        request,
        `POST ${W}/indexes/{index_name}/documents-stream`,
      );
      if (input instanceof Response) return input;
      const lines = store.files
        .filter((f) => f.workspace === p.workspace)
        .map((f) => `${JSON.stringify(documentOf(f))}\n`);
      return new HttpResponse(lines.join(''), { headers: { 'content-type': 'application/x-ndjson' } });
    }),
    http.get(`${W}/indexes/{index_name}/documents/{document_id}`, ({ params }) => {
      const p = pipelineOf(ws(params), params.index_name);
      if (!p) return notFound(`Index '${params.index_name}'`);
      const f = store.files.get(params.document_id.replace(/^doc-/, ''));
      if (!f || f.workspace !== p.workspace) return notFound(`Document '${params.document_id}'`);
      return documentOf(f);
    }),
    http.post(`${W}/indexes/{index_name}/documents-count`, async ({ params, request }) => {
      const p = pipelineOf(ws(params), params.index_name);
      if (!p) return notFound(`Index '${params.index_name}'`);
      const input = await body<unknown>(request, `POST ${W}/indexes/{index_name}/documents-count`);
      if (input instanceof Response) return input;
      return { count: store.files.filter((f) => f.workspace === p.workspace).length };
    }),

    // evaluation sets (imported from CSV: question, answer, context, file_name)
    http.post(`${W}/evaluation_sets/import`, async ({ params, request }) => {
      const w = ws(params);
      const form = await request.formData().catch(() => undefined);
      const file = form?.get('file');
      if (!(file instanceof Blob))
        return unprocessable([{ path: ['file'], message: 'Field required', code: 'missing' }]);
      const name = ((file as File).name || 'evaluation_set.csv').replace(/\.csv$/i, '');
      if (store.evaluationSets.find((e) => e.workspace === w && e.name === name))
        return errors(409, `Evaluation set '${name}' exists.`);
      let rows: Record<string, string>[];
      try {
        rows = csvObjects(await file.text(), { trim: true });
      } catch (cause) {
        return unprocessable([{ path: ['file'], message: (cause as Error).message, code: 'value_error' }]);
      }
      const row = store.evaluationSets.insert({
        workspace: w,
        name,
        created_at: clock(),
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
      return HttpResponse.json(set, { status: 201 });
    }),
    http.get(`${W}/evaluation_sets`, ({ params, query }) => {
      const w = ws(params);
      return page(
        store.evaluationSets
          .filter((e) => e.workspace === w)
          .map(({ id: _i, workspace: _w, labels: _l, ...e }) => e as S['EvaluationSet']),
        query,
      );
    }),
    http.get(`${W}/evaluation_sets/{evaluation_set_name}`, ({ params, query }) => {
      const w = ws(params);
      const set = store.evaluationSets.find(
        (e) => e.workspace === w && e.name === params.evaluation_set_name,
      );
      if (!set) return notFound(`Evaluation set '${params.evaluation_set_name}'`);
      return page(set.labels, query);
    }),
    http.get(`${W}/evaluation_sets/{evaluation_set_name}/csv`, ({ params }) => {
      const w = ws(params);
      const set = store.evaluationSets.find(
        (e) => e.workspace === w && e.name === params.evaluation_set_name,
      );
      if (!set) return notFound(`Evaluation set '${params.evaluation_set_name}'`);
      const q = (v: string | null | undefined) => `"${(v ?? '').replace(/"/g, '""')}"`;
      const csv = [
        'question,answer,context,file_name',
        ...set.labels.map((l) => [q(l.query), q(l.answer), q(l.context), q(l.file_name)].join(',')),
      ].join('\n');
      return new HttpResponse(`${csv}\n`, { headers: { 'content-type': 'text/csv' } });
    }),
    http.post(`${W}/evaluation_sets/{evaluation_set_name}/label-matching`, ({ params }) => {
      const w = ws(params);
      const set = store.evaluationSets.find(
        (e) => e.workspace === w && e.name === params.evaluation_set_name,
      );
      if (!set) return notFound(`Evaluation set '${params.evaluation_set_name}'`);
      const labels = set.labels.map((l) => {
        const file = l.file_name
          ? store.files.find((f) => f.workspace === w && f.name === l.file_name)
          : undefined;
        return { ...l, file_id: file?.file_id ?? null };
      });
      const updated = store.evaluationSets.update(set.id, {
        labels,
        matched_labels: labels.filter((l) => l.file_id).length,
      }) as typeof set;
      const { id: _i, workspace: _w, labels: _l, ...out } = updated;
      return out;
    }),
    http.delete(`${W}/evaluation_sets/{evaluation_set_name}`, ({ params }) => {
      const w = ws(params);
      const set = store.evaluationSets.find(
        (e) => e.workspace === w && e.name === params.evaluation_set_name,
      );
      if (!set) return notFound(`Evaluation set '${params.evaluation_set_name}'`);
      store.evaluationSets.delete(set.id);
      return noContent();
    }),

    // eval runs: start runs each label's question through the pipeline's search and scores exact matches
    http.get(`${W}/eval_runs`, ({ params, query }) => {
      const w = ws(params);
      return page(
        store.evalRuns
          .filter((r) => r.workspace === w)
          .map(({ id: _i, workspace: _w, predictions: _p, ...r }) => r as S['EvalRun']),
        query,
      );
    }),
    http.post(`${W}/eval_runs`, async ({ params, request }) => {
      const w = ws(params);
      const input = await body<S['EvalRunCreate']>(request, `POST ${W}/eval_runs`);
      if (input instanceof Response) return input;
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
        created_at: clock(),
        predictions: {},
      } as never);
      const {
        id,
        workspace: _w,
        predictions: _p,
        ...run
      } = store.evalRuns.update(row.id, { eval_run_id: row.id }) as typeof row;
      return HttpResponse.json({ data: { ...run, eval_run_id: id } }, { status: 201 });
    }),
    http.get(`${W}/eval_runs/{eval_run_name}`, ({ params }) => {
      const w = ws(params);
      const r = store.evalRuns.find((x) => x.workspace === w && x.eval_run_name === params.eval_run_name);
      if (!r) return notFound(`Eval run '${params.eval_run_name}'`);
      const { id: _i, workspace: _w, predictions: _p, ...run } = r;
      return run;
    }),
    http.patch(`${W}/eval_runs/{eval_run_name}`, async ({ params, request }) => {
      const w = ws(params);
      const r = store.evalRuns.find((x) => x.workspace === w && x.eval_run_name === params.eval_run_name);
      if (!r) return notFound(`Eval run '${params.eval_run_name}'`);
      const input = await body<S['EvalRunUpdate']>(request, `PATCH ${W}/eval_runs/{eval_run_name}`);
      if (input instanceof Response) return input;
      const {
        id: _i,
        workspace: _w,
        predictions: _p,
        ...run
      } = store.evalRuns.update(r.id, input as never) as typeof r;
      return { data: run };
    }),
    http.delete(`${W}/eval_runs/{eval_run_name}`, ({ params }) => {
      const w = ws(params);
      const r = store.evalRuns.find((x) => x.workspace === w && x.eval_run_name === params.eval_run_name);
      if (!r) return notFound(`Eval run '${params.eval_run_name}'`);
      store.evalRuns.delete(r.id);
      return noContent();
    }),
    http.post(`${W}/eval_runs/{eval_run_name}/start`, ({ params }) => {
      const w = ws(params);
      const r = store.evalRuns.find((x) => x.workspace === w && x.eval_run_name === params.eval_run_name);
      if (!r) return notFound(`Eval run '${params.eval_run_name}'`);
      const pipeline = pipelineOf(w, r.pipeline_name ?? '');
      const set = store.evaluationSets.find((e) => e.workspace === w && e.name === r.evaluation_set_name);
      if (!pipeline || !set) return notFound('Pipeline or evaluation set');
      const sources = sourcesOf(w);
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
        ? predictions.reduce((n, p) => n + (p.exact_match ?? 0), 0) / predictions.length
        : 0;
      store.evalRuns.update(r.id, {
        status: 2,
        metrics: { answer_builder: { exact_match: exact } },
        predictions: { answer_builder: predictions },
      });
      return noContent();
    }),
    http.get(`${W}/eval_runs/{eval_run_name}/nodes/{node_name}/predictions`, ({ params, query }) => {
      const w = ws(params);
      const r = store.evalRuns.find((x) => x.workspace === w && x.eval_run_name === params.eval_run_name);
      if (!r) return notFound(`Eval run '${params.eval_run_name}'`);
      const predictions = r.predictions[params.node_name];
      if (!predictions) return notFound(`Node '${params.node_name}'`);
      return page(predictions, query);
    }),

    // eval run tags
    http.get(`${W}/tags`, ({ params }) => {
      const w = ws(params);
      return store.tags.filter((t) => t.workspace === w).map(strip) as S['Tag'][];
    }),
    http.post(`${W}/tags`, async ({ params, request }) => {
      const w = ws(params);
      const input = await body<{ name: string }>(request, `POST ${W}/tags`);
      if (input instanceof Response) return input;
      if (store.tags.find((t) => t.workspace === w && t.name === input.name))
        return errors(409, `Tag '${input.name}' exists.`);
      const row = store.tags.insert({ workspace: w, name: input.name } as never);
      return HttpResponse.json({ tag_id: row.id, name: row.name }, { status: 201 });
    }),
    http.patch(`${W}/tags/{tag_name}`, async ({ params, request }) => {
      const w = ws(params);
      const t = store.tags.find((x) => x.workspace === w && x.name === params.tag_name);
      if (!t) return notFound(`Tag '${params.tag_name}'`);
      const input = await body<{ name: string }>(request, `PATCH ${W}/tags/{tag_name}`);
      if (input instanceof Response) return input;
      store.tags.update(t.id, { name: input.name });
      return { tag_id: t.id, name: input.name };
    }),
    http.delete(`${W}/tags/{tag_name}`, ({ params }) => {
      const w = ws(params);
      const t = store.tags.find((x) => x.workspace === w && x.name === params.tag_name);
      if (!t) return notFound(`Tag '${params.tag_name}'`);
      store.tags.delete(t.id);
      return noContent();
    }),

    // prompt templates
    http.get('/api/v1/public_prompt_templates', ({ query }) =>
      page(
        [
          {
            prompt_template_id: '00000000-0000-4000-8008-000000000000',
            name: 'deepset/question-answering',
            text: 'Answer the question using the documents.\nDocuments: {documents}\nQuestion: {query}\nAnswer:',
            description: 'Grounded question answering.',
            tags: ['qa'],
            created_at: new Date(START).toISOString(),
          },
        ],
        query,
      ),
    ),
    http.post('/api/v1/trigger_prompthub_sync', () => noContent()),
    http.get(`${W}/prompt_templates`, ({ params, query }) => {
      const w = ws(params);
      return page(
        store.promptTemplates.filter((t) => t.workspace === w).map(strip) as S['PromptTemplate'][],
        query,
      );
    }),
    http.post(`${W}/prompt_templates`, async ({ params, request }) => {
      const w = ws(params);
      const input = await body<S['PromptTemplateCreate']>(request, `POST ${W}/prompt_templates`);
      if (input instanceof Response) return input;
      if (store.promptTemplates.find((t) => t.workspace === w && t.name === input.name))
        return errors(409, `Prompt template '${input.name}' exists.`);
      const row = store.promptTemplates.insert({
        ...input,
        workspace: w,
        description: input.description ?? null,
        tags: input.tags ?? [],
        created_at: clock(),
      } as never);
      return HttpResponse.json(
        strip(store.promptTemplates.update(row.id, { prompt_template_id: row.id }) as typeof row),
        { status: 201 },
      );
    }),
    http.put(`${W}/prompt_templates/{prompt_template_id}`, async ({ params, request }) => {
      const t = inWorkspace(store.promptTemplates, params.prompt_template_id, params);
      if (!t) return notFound(`Prompt template '${params.prompt_template_id}'`);
      const input = await body<S['PromptTemplateCreate']>(
        request,
        `PUT ${W}/prompt_templates/{prompt_template_id}`,
      );
      if (input instanceof Response) return input;
      return strip(
        store.promptTemplates.update(t.id, {
          ...input,
          description: input.description ?? null,
          tags: input.tags ?? [],
        }) as typeof t,
      ) as S['PromptTemplate'];
    }),
    http.delete(`${W}/prompt_templates/{prompt_template_id}`, ({ params }) => {
      const t = inWorkspace(store.promptTemplates, params.prompt_template_id, params);
      if (!t) return notFound(`Prompt template '${params.prompt_template_id}'`);
      store.promptTemplates.delete(t.id);
      return noContent();
    }),

    // labeling projects
    http.get(`${W}/labeling_projects`, ({ params, query }) => {
      const w = ws(params);
      return page(
        store.labelingProjects.filter((t) => t.workspace === w).map(strip) as S['LabelingProject'][],
        query,
      );
    }),
    http.post(`${W}/labeling_projects`, async ({ params, request }) => {
      const input = await body<S['LabelingProjectCreate']>(request, `POST ${W}/labeling_projects`);
      if (input instanceof Response) return input;
      const row = store.labelingProjects.insert({
        ...input,
        workspace: ws(params),
        description: input.description ?? null,
        created_at: clock(),
        updated_at: null,
      } as never);
      return HttpResponse.json(
        strip(store.labelingProjects.update(row.id, { labeling_project_id: row.id }) as typeof row),
        { status: 201 },
      );
    }),
    http.get(`${W}/labeling_projects/{labeling_project_id}`, ({ params }) => {
      const t = inWorkspace(store.labelingProjects, params.labeling_project_id, params);
      return t
        ? (strip(t) as S['LabelingProject'])
        : notFound(`Labeling project '${params.labeling_project_id}'`);
    }),
    http.put(`${W}/labeling_projects/{labeling_project_id}`, async ({ params, request }) => {
      const t = inWorkspace(store.labelingProjects, params.labeling_project_id, params);
      if (!t) return notFound(`Labeling project '${params.labeling_project_id}'`);
      const input = await body<S['LabelingProjectCreate']>(
        request,
        `PUT ${W}/labeling_projects/{labeling_project_id}`,
      );
      if (input instanceof Response) return input;
      return strip(
        store.labelingProjects.update(t.id, { ...input, updated_at: clock() }) as typeof t,
      ) as S['LabelingProject'];
    }),
    http.delete(`${W}/labeling_projects/{labeling_project_id}`, ({ params }) => {
      const t = inWorkspace(store.labelingProjects, params.labeling_project_id, params);
      if (!t) return notFound(`Labeling project '${params.labeling_project_id}'`);
      store.labelingProjects.delete(t.id);
      return noContent();
    }),

    // shared prototypes
    http.get(`${W}/shared_prototypes`, ({ params, query }) => {
      const w = ws(params);
      return page(
        store.sharedPrototypes.filter((t) => t.workspace === w).map(strip) as S['SharedPrototype'][],
        query,
      );
    }),
    http.post(`${W}/shared_prototypes`, async ({ params, request }) => {
      const input = await body<S['SharedPrototypeCreate']>(request, `POST ${W}/shared_prototypes`);
      if (input instanceof Response) return input;
      const row = store.sharedPrototypes.insert({
        pipeline_names: [],
        ...input,
        workspace: ws(params),
        is_revoked: false,
        created_at: clock(),
      } as never);
      return HttpResponse.json(
        strip(
          store.sharedPrototypes.update(row.id, {
            shared_prototype_id: row.id,
            link: `https://cloud.deepset.ai/shared_prototypes?share_token=prototype_${row.id.slice(-6)}`,
          }) as typeof row,
        ),
        { status: 201 },
      );
    }),
    http.get(`${W}/shared_prototypes/{shared_prototype_id}`, ({ params }) => {
      const t = inWorkspace(store.sharedPrototypes, params.shared_prototype_id, params);
      return t
        ? (strip(t) as S['SharedPrototype'])
        : notFound(`Shared prototype '${params.shared_prototype_id}'`);
    }),
    http.patch(`${W}/shared_prototypes/{shared_prototype_id}`, async ({ params, request }) => {
      const t = inWorkspace(store.sharedPrototypes, params.shared_prototype_id, params);
      if (!t) return notFound(`Shared prototype '${params.shared_prototype_id}'`);
      const input = await body<S['SharedPrototypeCreate']>(
        request,
        `PATCH ${W}/shared_prototypes/{shared_prototype_id}`,
      );
      if (input instanceof Response) return input;
      return strip(store.sharedPrototypes.update(t.id, input as never) as typeof t) as S['SharedPrototype'];
    }),
    http.delete(`${W}/shared_prototypes/{shared_prototype_id}`, ({ params }) => {
      const t = inWorkspace(store.sharedPrototypes, params.shared_prototype_id, params);
      if (!t) return notFound(`Shared prototype '${params.shared_prototype_id}'`);
      store.sharedPrototypes.delete(t.id);
      return noContent();
    }),
    http.post(`${W}/shared_prototype_users`, async ({ params, request }) => {
      const input = await body<{ shared_prototype_id: string; email: string }>(
        request,
        `POST ${W}/shared_prototype_users`,
      );
      if (input instanceof Response) return input;
      const t = inWorkspace(store.sharedPrototypes, input.shared_prototype_id, params);
      if (!t) return notFound(`Shared prototype '${input.shared_prototype_id}'`);
      const user = store.users.insert({ given_name: '', family_name: '', email: input.email } as never);
      return HttpResponse.json(
        { user_id: user.id, shared_prototype_id: t.id, email: input.email },
        { status: 201 },
      );
    }),

    // users, organization, models
    http.get('/api/v1/me', () => {
      const u = me();
      return {
        ...strip(u),
        user_id: u.id,
        organization: { organization_id: '00000000-0000-4000-8000-00000000000a', name: 'Mock Org' },
      } as S['User'];
    }),
    http.get('/api/v1/users', ({ query }) => {
      me();
      return page(
        store.users.all().map((u) => ({ ...strip(u), user_id: u.id }) as S['User']),
        query,
      );
    }),
    http.get('/api/v1/users/{user_id}', ({ params }) => {
      const u = store.users.get(params.user_id);
      return u ? ({ ...strip(u), user_id: u.id } as S['User']) : notFound(`User '${params.user_id}'`);
    }),
    http.get('/api/v1/organization', () => ({
      organization_id: '00000000-0000-4000-8000-00000000000a',
      name: 'Mock Org',
    })),
    http.post('/api/v1/organization/{organization_id}/invitation', async ({ params, request }) => {
      if (params.organization_id !== '00000000-0000-4000-8000-00000000000a')
        return notFound(`Organization '${params.organization_id}'`);
      const input = await body<{ email: string }>(
        request,
        'POST /api/v1/organization/{organization_id}/invitation',
      );
      if (input instanceof Response) return input;
      store.users.insert({ given_name: '', family_name: '', email: input.email } as never);
      return noContent();
    }),
    http.get('/api/v1/model', ({ query }) => {
      const all = [
        { name: 'gpt-4o-mini', provider: 'openai', node: 'OpenAIGenerator' },
        { name: 'intfloat/e5-base-v2', provider: 'huggingface', node: 'SentenceTransformersTextEmbedder' },
      ];
      const node = query.get('node');
      return all.filter((m) => !node || m.node === node).map(({ node: _n, ...m }) => m);
    }),
    http.get('/api/v1/model_registry_tokens', () =>
      store.modelTokens.all().map(({ id: _i, ...t }) => t as S['ModelRegistryToken']),
    ),
    http.get('/api/v1/model_registry_tokens/{provider}', ({ params }) => {
      const t = store.modelTokens.get(params.provider);
      return t
        ? { provider: t.provider, created_at: t.created_at }
        : notFound(`Token for '${params.provider}'`);
    }),
    http.post('/api/v1/model_registry_tokens/{provider}', async ({ params, request }) => {
      const input = await body<{ token: string }>(request, 'POST /api/v1/model_registry_tokens/{provider}');
      if (input instanceof Response) return input;
      const t = store.modelTokens.insert({
        id: params.provider,
        provider: params.provider,
        created_at: clock(),
      });
      return HttpResponse.json({ provider: t.provider, created_at: t.created_at }, { status: 201 });
    }),
    http.put('/api/v1/model_registry_tokens/{provider}', async ({ params, request }) => {
      if (!store.modelTokens.has(params.provider)) return notFound(`Token for '${params.provider}'`);
      const input = await body<{ token: string }>(request, 'PUT /api/v1/model_registry_tokens/{provider}');
      if (input instanceof Response) return input;
      const t = store.modelTokens.update(params.provider, { created_at: clock() });
      return { provider: params.provider, created_at: t?.created_at };
    }),
    http.delete('/api/v1/model_registry_tokens/{provider}', ({ params }) =>
      store.modelTokens.delete(params.provider) ? noContent() : notFound(`Token for '${params.provider}'`),
    ),

    // infrastructure credentials
    ...(['document_stores', 'file_stores'] as const).flatMap((kind) => [
      mswHttp.get(`${baseUrl}/api/v1/infrastructure/${kind}`, () =>
        HttpResponse.json(
          store.credentials.filter((c) => c.kind === kind).map(({ id: _i, kind: _k, ...c }) => c),
        ),
      ),
      mswHttp.post(`${baseUrl}/api/v1/infrastructure/${kind}`, async ({ request }) => {
        const input = await body<S['CredentialsCreate']>(request, `POST /api/v1/infrastructure/${kind}`);
        if (input instanceof Response) return input;
        const row = store.credentials.insert({
          kind,
          host: input.host ?? input.bucket ?? '',
          created_at: clock(),
        } as never);
        const { id, kind: _k, ...c } = row;
        return HttpResponse.json({ ...c, credentials_id: id }, { status: 201 });
      }),
      mswHttp.delete(`${baseUrl}/api/v1/infrastructure/${kind}/:credentials_id`, ({ params }) => {
        const row = store.credentials.get(String(params.credentials_id));
        if (!row || row.kind !== kind) return notFound('Credentials');
        store.credentials.delete(row.id);
        return noContent();
      }),
    ]),
  ];
  // Credential rows answer `credentials_id`, kept equal to the collection id.
  const credentialsInsert = store.credentials.insert.bind(store.credentials);
  store.credentials.insert = (record) => {
    const row = credentialsInsert(record);
    return store.credentials.update(row.id, { credentials_id: row.id }) as typeof row;
  };

  const base = createScenarios({ baseUrl, errorBody: (_status, message) => ({ errors: [message] }) });
  /** Answers a pipeline's runs (search, chat and their streams) with `status`, `times` times. */
  const pipelineFault =
    (status: number, message: string, headers: Record<string, string> = {}) =>
    (pipelineName: string, opts: { times?: number } = {}) => {
      let left = opts.times ?? 1;
      return mswHttp.post(mswPath(baseUrl, `${W}/pipelines/{pipeline_name}/:run`), ({ params }) => {
        if (
          params.pipeline_name !== pipelineName ||
          !['search', 'search-stream', 'chat', 'chat-stream'].includes(String(params.run))
        )
          return undefined;
        if (left <= 0) return undefined;
        left--;
        return HttpResponse.json({ errors: [message] }, { status, headers });
      });
    };

  return {
    /** The msw handlers: `setupServer(...mock.handlers)`. */
    handlers,
    /** The in-memory state: read it in assertions or seed it. */
    store,
    /** What the presigned storage endpoint refuses (`reject.add('big.pdf')`) and how many uploads it redirects (307) first. */
    storage,
    /** Typed handler factory for overrides: `server.use(mock.http.get('/api/v1/workspaces/{workspace_name}', ...))`. */
    http,
    /** The base URL the handlers answer. */
    baseUrl,
    /** Empties the store and the storage behaviour, between tests. */
    reset() {
      store.reset();
      storage.reject.clear();
      storage.redirects = 0;
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
        const row = store.pipelines.insert({
          workspace,
          name,
          query_yaml: opts.queryYaml ?? 'components: {}\n',
          status: opts.status ?? 'DEPLOYED',
          service_level: 'DEVELOPMENT',
          created_at: clock(),
          last_edited_at: null,
          created_by: userRef(),
          deployed_version_id: null,
          running_version_id: null,
          draft_version_id: null,
          is_default: false,
          polls: 0,
        } as never);
        return publicPipeline(store.pipelines.update(row.id, { pipeline_id: row.id }) as MockPipeline);
      },
      /** A workspace. */
      workspace(name: string) {
        ws({ workspace_name: name });
        return workspaceRow(name);
      },
    },
  };
}

/** The deepset mock, as `createDeepsetMock` returns it. */
export type DeepsetMock = ReturnType<typeof createDeepsetMock>;
