import {
  byQuery,
  type Collection,
  createCollection,
  createMockApi,
  createMockClock,
  createRequestBodyChecker,
  createScenarios,
  createSchemaViews,
  createStore,
  createTypedHttp,
  csvObjects,
  defineResource,
  fastApiValidationError,
  fireTimes,
  mockUuid,
  mswPath,
  rankByKeywords,
  sentences,
  sseHttpResponse,
  type VendorMock,
  withoutFields,
  wordPieces,
} from '@org/sdk-core/msw';
import { HttpResponse, http as mswHttp } from 'msw';
import { PipelineTemplateExamples, PromptTemplateExamples } from '../generated/examples';
import { type Operations, routes } from '../generated/mock-routes';
import { servers } from '../generated/resources';
import type { components, paths } from '../generated/schema';
import { components as specComponents, operations } from '../generated/schemas';
import { type MockStorage, type ReceivedFile, storageHandler } from './storage';

type S = components['schemas'];
type InWorkspace<T> = T & { workspace: string };

/** A stored file: the API's record plus its text, which search reads. */
export type MockFile = InWorkspace<S['File']> & { id: string; text: string };
type MockPipeline = InWorkspace<S['Pipeline']> & {
  id: string;
  query_yaml: string;
  indexing_yaml?: string | undefined;
  polls: number;
};
type MockSession = InWorkspace<S['UploadSessionSummary']> & {
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
const exists = (what: string) => (name: string) => errors(409, `${what} '${name}' exists.`);
const accepted = () => new HttpResponse(null, { status: 202 });
const invalid = (path: string[], message: string, code = 'value_error', where = 'body') =>
  fastApiValidationError([{ path, message, code }], { where });
/** A record without the mock's own `workspace` field. */
const drop = <T extends { workspace: string }>(row: T) => withoutFields(row, 'workspace');
/** The id a numbered child of `id` gets (labels, predictions, answers): its first 24 characters and `n`. */
const childId = (id: string, n: number) => `${id.slice(0, 24)}${String(n).padStart(12, '0')}`;

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
  // Each kind of record gets its own UUID prefix, so an id names its kind.
  // Curried so a row type is named once and its id field, inferred from the argument, types `insert`.
  const col =
    <T extends object>(prefix: string) =>
    <K extends keyof T & string>(idField: K) =>
      createCollection<T, K>({ idField, generateId: (n) => mockUuid(prefix, n) });
  const store = createStore({
    workspaces: col<S['Workspace']>('01')('workspace_id'),
    pipelines: col<MockPipeline>('02')('id'),
    files: col<MockFile>('03')('id'),
    sessions: col<MockSession>('04')('session_id'),
    evaluationSets: col<InWorkspace<S['EvaluationSet']> & { labels: S['Label'][] }>('05')(
      'evaluation_set_id',
    ),
    evalRuns: col<
      InWorkspace<S['EvalRun']> & { eval_run_id: string; predictions: Record<string, S['Prediction'][]> }
    >('06')('eval_run_id'),
    searchSessions: col<InWorkspace<S['SearchSession']> & { turns: { query: string; answer: string }[] }>(
      '07',
    )('search_session_id'),
    promptTemplates: col<InWorkspace<S['PromptTemplate']>>('08')('prompt_template_id'),
    tokens: col<S['ApiToken']>('09')('api_token_id'),
    users: col<S['User']>('10')('user_id'),
    feedback: col<InWorkspace<S['Feedback']> & { pipeline: string }>('11')('feedback_id'),
    tags: col<InWorkspace<S['Tag']>>('12')('tag_id'),
    labelingProjects: col<InWorkspace<S['LabelingProject']>>('13')('labeling_project_id'),
    sharedPrototypes: col<InWorkspace<S['SharedPrototype']>>('14')('shared_prototype_id'),
    credentials: col<S['Credentials'] & { kind: string }>('15')('credentials_id'),
    modelTokens: createCollection<S['ModelRegistryToken'], 'provider'>({ idField: 'provider' }),
    searchHistory: col<InWorkspace<S['SearchHistoryEntry']>>('16')('search_history_id'),
  });
  const storage: MockStorage = { reject: new Set<string>(), redirects: 0 };

  const newWorkspace = (name: string) => ({
    name,
    languages: { en: true },
    default_idle_timeout_in_seconds: 43200,
  });
  const workspaceRow = (name: string) => store.workspaces.find((w) => w.name === name);
  /** The workspace's name; a workspace is created the first time a request names it. */
  const ws = (params: { workspace_name?: string | undefined }) => {
    const name = params.workspace_name ?? 'default';
    if (!workspaceRow(name)) store.workspaces.insert(newWorkspace(name));
    return name;
  };
  /**
   * A collection's records by a path parameter, within the request's workspace (another's are not found);
   * `unique` names a field no two records of a workspace share (a create or rename onto it answers 409).
   */
  const inWorkspace = <T extends { workspace: string }, V, K extends string>(
    rows: Collection<T, K>,
    param: string,
    what: string,
    view: (row: T) => V,
    field?: keyof T & string,
    unique?: keyof T & string,
  ) =>
    defineResource(rows, {
      param,
      field,
      scope: { field: 'workspace', param: (params) => ws(params) },
      notFound: (value) => notFound(`${what} '${value}'`),
      view,
      unique,
      conflict: exists(what),
    });
  const publicPipeline = ({
    workspace: _w,
    query_yaml: _q,
    indexing_yaml: _i,
    polls: _p,
    ...rest
  }: MockPipeline): S['Pipeline'] => rest;
  const publicFile = ({ id: _id, workspace: _w, text: _t, ...rest }: MockFile): S['File'] => rest;

  const workspaces = defineResource(store.workspaces, {
    param: 'workspace_name',
    field: 'name',
    notFound: (name) => notFound(`Workspace '${name}'`),
  });
  const pipelines = inWorkspace(store.pipelines, 'pipeline_name', 'Pipeline', publicPipeline, 'name');
  // Each pipeline has an index of its name over the workspace's files.
  const indexes = inWorkspace(store.pipelines, 'index_name', 'Index', publicPipeline, 'name');
  const files = inWorkspace(store.files, 'file_id', 'File', publicFile);
  const sessions = inWorkspace(
    store.sessions,
    'session_id',
    'Upload session',
    createSchemaViews<S>(specComponents)('UploadSessionSummary'),
  );
  const evaluationSets = inWorkspace(
    store.evaluationSets,
    'evaluation_set_name',
    'Evaluation set',
    ({ labels: _l, ...set }) => drop(set),
    'name',
  );
  const evalRuns = inWorkspace(
    store.evalRuns,
    'eval_run_name',
    'Eval run',
    ({ predictions: _p, ...run }) => drop(run),
    'eval_run_name',
  );
  const tags = inWorkspace(store.tags, 'tag_name', 'Tag', drop, 'name', 'name');
  const promptTemplates = inWorkspace(
    store.promptTemplates,
    'prompt_template_id',
    'Prompt template',
    drop,
    undefined,
    'name',
  );
  const labelingProjects = inWorkspace(
    store.labelingProjects,
    'labeling_project_id',
    'Labeling project',
    drop,
  );
  // The share link is derived from the id, so it is not stored.
  const sharedPrototypes = inWorkspace(
    store.sharedPrototypes,
    'shared_prototype_id',
    'Shared prototype',
    (p) => ({
      ...drop(p),
      link: `https://cloud.deepset.ai/shared_prototypes?share_token=prototype_${p.shared_prototype_id.slice(-6)}`,
    }),
  );
  const users = defineResource(store.users, { param: 'user_id', notFound: (id) => notFound(`User '${id}'`) });
  const apiTokens = defineResource(store.tokens, {
    param: 'api_token_id',
    notFound: () => notFound('API token'),
  });
  const modelTokens = defineResource(store.modelTokens, {
    param: 'provider',
    notFound: (provider) => notFound(`Token for '${provider}'`),
  });
  /** Document and file store credentials: one collection, scoped by kind. */
  const credentials = (kind: 'document_stores' | 'file_stores') =>
    defineResource(store.credentials, {
      param: 'credentials_id',
      scope: { field: 'kind', param: () => kind },
      notFound: () => notFound('Credentials'),
      view: ({ kind: _k, ...c }) => c,
    });
  const credentialRow = (body: S['CredentialsCreate']) => ({
    host: body.host ?? body.bucket ?? '',
    created_at: clock.now(),
  });
  const documentStores = credentials('document_stores');
  const fileStores = credentials('file_stores');

  const me = () =>
    store.users.all()[0] ??
    store.users.insert({ given_name: 'Ada', family_name: 'Lovelace', email: 'ada@example.com' });
  const filesIn = (workspace: string) => store.files.filter((f) => f.workspace === workspace);
  const pipelineOf = (workspace: string, name: string) =>
    store.pipelines.find((p) => p.workspace === workspace && p.name === name);
  const historyOf = (p: MockPipeline) =>
    store.searchHistory.filter((h) => h.workspace === p.workspace && h.pipeline_name === p.name);
  const indexing = (workspace: string) => {
    const count = filesIn(workspace).length;
    return {
      status: 'IDLE' as const,
      pending_file_count: 0,
      failed_file_count: 0,
      indexed_file_count: count,
      total_file_count: count,
    };
  };
  const documentOf = (f: MockFile): S['Document'] => ({
    id: `doc-${f.file_id}`,
    content: f.text,
    meta: { ...(f.meta ?? {}), file_id: f.file_id, file_name: f.name },
    file: { id: f.file_id, name: f.name },
  });
  /**
   * Keyword search instead of a model: files by the share of the query's words (3+ letters) they hold,
   * each with its sentence holding the most of them.
   */
  const searchFiles = (workspace: string, query: string, topK: number) =>
    rankByKeywords(filesIn(workspace), query, { text: (f) => f.text, minLength: 3, topK }).map((hit) => {
      const best = rankByKeywords(sentences(hit.item.text), query, { text: (t) => t, minLength: 3 })[0];
      return { file: hit.item, score: hit.score, sentence: (best?.item ?? hit.item.text).trim() };
    });

  /** Moves a deployment one step per poll; the pipeline answers DEPLOYED after `deployPolls` polls. */
  function advance(p: MockPipeline): MockPipeline {
    const polls = p.polls + 1;
    if (p.status === 'DEPLOYMENT_IN_PROGRESS')
      return store.pipelines.update(p.id, {
        polls,
        ...(polls >= deployPolls && { status: 'DEPLOYED' }),
      })!;
    if (p.status === 'UNDEPLOYMENT_IN_PROGRESS')
      return store.pipelines.update(p.id, { status: 'UNDEPLOYED' })!;
    return p;
  }

  /** Runs a query over the workspace's files: the best sentence is the answer, the files are the documents. */
  function run(p: MockPipeline, query: string, topK = 5): S['SearchResult'] {
    const queryId = mockUuid('99', ++runs);
    const hits = searchFiles(p.workspace, query, topK);
    store.searchHistory.insert({
      workspace: p.workspace,
      query,
      pipeline_name: p.name,
      time: clock.now(),
      duration: 0,
    });
    const best = hits[0];
    const ref = (f: MockFile) => ({ document_id: `doc-${f.file_id}`, file: { id: f.file_id, name: f.name } });
    return {
      query_id: queryId,
      query,
      answers: best
        ? [
            {
              answer: best.sentence,
              context: best.sentence,
              ...ref(best.file),
              document_ids: [`doc-${best.file.file_id}`],
              meta: best.file.meta ?? {},
              score: best.score,
              type: 'extractive',
              result_id: childId(queryId, 1),
            },
          ]
        : [],
      documents: hits.map((h) => ({ ...documentOf(h.file), score: h.score })),
      prompts: {},
    };
  }

  /** The pipeline to run, or the answer that stops the run (404, 409 when not deployed). */
  function runnable(params: { workspace_name: string; pipeline_name: string }): MockPipeline | Response {
    const p = pipelines.find(params);
    if (p instanceof Response) return p;
    const current = advance(p);
    if (current.status !== 'DEPLOYED')
      return errors(409, `Pipeline '${p.name}' is not deployed (${current.status}).`);
    return current;
  }

  function streamEvents(result: S['SearchResult'], input: S['SearchStreamRequest']) {
    const answer = result.answers[0]?.answer ?? 'No answer found in the uploaded files.';
    const events: { data: unknown }[] = wordPieces(answer, 'after').map((text, index) => ({
      data: { query_id: result.query_id, type: 'delta', delta: { text }, index, start: index === 0 },
    }));
    if (input.include_result) events.push({ data: { query_id: result.query_id, type: 'result', result } });
    return sseHttpResponse(events, { chunkSize: 'event' });
  }

  /** One chat turn (chat and chat-stream): runs the query in the request's search session and records the turn. */
  function chatTurn(params: { workspace_name: string; pipeline_name: string }, input: S['ChatRequest']) {
    const p = runnable(params);
    if (p instanceof Response) return p;
    const session = store.searchSessions.get(input.search_session_id);
    if (session?.workspace !== p.workspace) return notFound(`Search session '${input.search_session_id}'`);
    const result = run(p, input.query);
    const turn = { query: input.query, answer: result.answers[0]?.answer ?? '' };
    store.searchSessions.update(session.search_session_id, { turns: [...session.turns, turn] });
    return result;
  }

  /** Adds a file, replacing one of the same name or refusing it (undefined) as `writeMode` says. */
  function insertFile(workspace: string, file: ReceivedFile, writeMode = 'KEEP'): MockFile | undefined {
    const existing = store.files.find((f) => f.workspace === workspace && f.name === file.name);
    if (existing && writeMode === 'FAIL') return undefined;
    if (existing && writeMode === 'OVERWRITE') store.files.delete(existing.id);
    const { name, text, size, meta = {} } = file;
    const created_at = clock.now();
    return store.files.insert((id) => {
      const url = `${baseUrl}/api/v1/workspaces/${workspace}/files/${id}`;
      return { workspace, file_id: id, url, name, text, size, meta, created_at };
    });
  }

  function insertPipeline(
    workspace: string,
    fields: { name: string; query_yaml: string; indexing_yaml?: string | undefined },
    status: S['PipelineStatus'],
    level: S['ServiceLevel'],
  ) {
    const { name, query_yaml, indexing_yaml } = fields;
    return store.pipelines.insert((id) => ({
      pipeline_id: id,
      workspace,
      name,
      query_yaml,
      indexing_yaml,
      status,
      service_level: level,
      created_at: clock.now(),
      last_edited_at: null,
      created_by: me(),
      deployed_version_id: null,
      running_version_id: null,
      draft_version_id: null,
      is_default: false,
      polls: 0,
    }));
  }

  /** Ingests one received file per status poll; empty files fail, as deepset fails files with no text. */
  function ingestStep(session: MockSession): MockSession {
    if (session.status !== 'CLOSED') return session;
    const next = session.received.filter((r) => !r.name.endsWith('.meta.json'))[
      session.finished + session.failed
    ];
    if (!next) return session;
    const file = next.text.trim()
      ? (insertFile(session.workspace, next, session.write_mode) ?? 'A file with this name exists.')
      : 'The file has no text to index.';
    const ok = typeof file !== 'string';
    const entry = ok
      ? { status: 'FINISHED' as const, file_id: file.file_id }
      : { status: 'FAILED' as const, error: file };
    return store.sessions.update(session.session_id, {
      ...(ok ? { finished: session.finished + 1 } : { failed: session.failed + 1 }),
      files: session.files.map((f) => (f.name === next.name ? { ...f, ...entry } : f)),
    })!;
  }

  /** Storage received a file: a `<name>.meta.json` sets the metadata of `<name>`, any other is a file to ingest. */
  function receive(sessionId: string, file: ReceivedFile) {
    // Read the session now: uploads run in parallel, and each must add to the latest state.
    const latest = store.sessions.get(sessionId) as MockSession;
    const received = [...latest.received.map((r) => ({ ...r })), file];
    if (file.name.endsWith('.meta.json')) {
      const target = received.find((r) => r.name === file.name.slice(0, -'.meta.json'.length));
      if (target) target.meta = JSON.parse(file.text);
      store.sessions.update(sessionId, { received });
    } else {
      const pending = { name: file.name, status: 'PENDING' as const, file_id: null, error: null };
      store.sessions.update(sessionId, { received, files: [...latest.files, pending] });
    }
  }

  const api = createMockApi<Operations>({
    baseUrl,
    routes,
    validate: createRequestBodyChecker(operations, specComponents),
    errors: {
      invalid: (issues, _route, where) => fastApiValidationError(issues, { where }),
      notFound: (message) => errors(404, message ?? 'Not found.'),
      // Starlette's answer to a method a route does not serve.
      methodNotAllowed: () => HttpResponse.json({ detail: 'Method Not Allowed' }, { status: 405 }),
      // A bad `limit`, `page_number` or cursor is FastAPI's 422 on the query parameter.
      pageError: (error, route) =>
        invalid(
          [error.param === 'after' ? (route.pagination?.afterParam ?? 'after') : error.param],
          error.message,
          'value_error',
          'query',
        ),
    },
    resolvers: {
      healthCheck: () => ({ status: 'ok' }),

      // tokens, users, organization, models
      createTokens: ({ body }) => {
        const { api_token_id } = store.tokens.insert({
          name: body.name ?? 'token',
          created_at: clock.now(),
          expires_at: body.expires_at ?? null,
        });
        return { api_token: `dst_mock_${api_token_id.slice(-6)}`, api_token_id };
      },
      ...apiTokens.crud({ list: 'listTokens', remove: 'deleteTokens' }),
      usersMe: () => ({ ...me(), organization: ORGANIZATION }),
      listUsers: (info) => {
        me();
        return users.list()(info);
      },
      ...users.crud({ get: 'getUsers' }),
      getOrganization: () => ORGANIZATION,
      organizationInvite: ({ params, body }) => {
        if (params.organization_id !== ORGANIZATION.organization_id)
          return notFound(`Organization '${params.organization_id}'`);
        store.users.insert({ given_name: '', family_name: '', email: body.email });
        return undefined;
      },
      listModels: ({ query }) => {
        const all = [
          { name: 'gpt-4o-mini', provider: 'openai', node: 'OpenAIGenerator' },
          { name: 'intfloat/e5-base-v2', provider: 'huggingface', node: 'SentenceTransformersTextEmbedder' },
        ];
        const inQuery = byQuery({ node: 'node' });
        return all.filter((m) => inQuery(m, query)).map(({ node: _n, ...m }) => m);
      },
      ...modelTokens.crud({ list: 'listModelRegistryTokens', get: 'getModelRegistryTokens' }),
      ...modelTokens.crud({ remove: 'deleteModelRegistryTokens' }),
      createModelRegistryTokens: ({ params }) =>
        store.modelTokens.insert({ provider: params.provider, created_at: clock.now() }),
      updateModelRegistryTokens: modelTokens.update({ patch: () => ({ created_at: clock.now() }) }),
      infrastructureListDocumentStores: documentStores.list(),
      infrastructureCreateDocumentStore: documentStores.create({ build: credentialRow }),
      infrastructureDeleteDocumentStore: documentStores.remove(),
      infrastructureListFileStores: fileStores.list(),
      infrastructureCreateFileStore: fileStores.create({ build: credentialRow }),
      infrastructureDeleteFileStore: fileStores.remove(),

      // workspaces
      listWorkspaces: () => {
        ws({});
        return store.workspaces.all();
      },
      createWorkspaces: workspaces.create({
        build: (body) => newWorkspace(body.name),
        unique: 'name',
        conflict: exists('Workspace'),
      }),
      getWorkspaces: workspaces.get(),
      deleteWorkspaces: workspaces.remove({
        cascade: (w) => {
          for (const p of store.pipelines.filter((x) => x.workspace === w.name)) store.pipelines.delete(p.id);
          for (const f of filesIn(w.name)) store.files.delete(f.id);
        },
      }),
      workspacesSearchCount: ({ params }) => ({
        search_count: store.searchHistory.filter((h) => h.workspace === ws(params)).length,
      }),
      workspacesSearchHistory: ({ params, page }) =>
        page(store.searchHistory.filter((h) => h.workspace === ws(params)).map(drop)),
      workspacesStats: ({ params }) => {
        const w = ws(params);
        const count = filesIn(w).length;
        return {
          pipelines: store.pipelines.filter((p) => p.workspace === w).length,
          files: count,
          documents: count,
        };
      },

      // pipelines
      // Newest first; the next page is asked for with the last pipeline_id in `before` (time-based cursor).
      listPipelines: pipelines.list({ newestFirst: true }),
      createPipelines: ({ params, body }) => {
        const w = ws(params);
        if (pipelineOf(w, body.name)) return exists('Pipeline')(body.name);
        return { name: body.name, pipeline_id: insertPipeline(w, body, 'UNDEPLOYED', 'DRAFT').pipeline_id };
      },
      getPipelines: pipelines.with((p) => ({
        ...publicPipeline(advance(p)),
        indexing: indexing(p.workspace),
      })),
      updatePipelines: pipelines.update({
        patch: (_p, body) => ({ ...body, last_edited_at: clock.now(), last_edited_by: me() }),
        unique: 'name',
      }),
      ...pipelines.crud({ remove: 'deletePipelines' }),
      pipelinesGetYaml: pipelines.with((p) => ({
        query_yaml: p.query_yaml,
        ...(p.indexing_yaml && { indexing_yaml: p.indexing_yaml }),
      })),
      pipelinesUpdateYaml: pipelines.with((p, { body }) => {
        if (p.status === 'DEPLOYED' || p.status === 'DEPLOYMENT_IN_PROGRESS')
          return errors(409, `Pipeline '${p.name}' is deployed; undeploy it before changing its YAML.`);
        const { query_yaml, indexing_yaml } = body;
        store.pipelines.update(p.id, { query_yaml, indexing_yaml, last_edited_at: clock.now() });
        return body;
      }),
      // The YAML is kept as text; the JSON view reports it rather than pretending to parse every component.
      pipelinesGetJson: pipelines.with((p) => ({ name: p.name, query_yaml: p.query_yaml })),
      pipelinesGetPrompt: pipelines.with((p) => {
        const match = /(?:template|prompt):\s*["']?([^\n"']+)/.exec(p.query_yaml);
        return { prompts: match?.[1] ? { prompt_builder: match[1].trim() } : {} };
      }),
      pipelinesGetStats: pipelines.with((p) => ({
        search_count: historyOf(p).length,
        feedback_count: store.feedback.filter((f) => f.pipeline === p.pipeline_id).length,
        last_search_at: historyOf(p).at(-1)?.time ?? null,
      })),
      pipelinesGetIndexing: pipelines.with((p) => indexing(p.workspace)),
      pipelinesListFiles: pipelines.with((p, { page }) =>
        page(filesIn(p.workspace).map((f) => ({ file_id: f.file_id, name: f.name, status: 'INDEXED' }))),
      ),
      pipelinesDeploy: pipelines.with((p) => {
        if (p.status !== 'DEPLOYED')
          store.pipelines.update(p.id, { status: 'DEPLOYMENT_IN_PROGRESS', polls: 0 });
        return accepted();
      }),
      pipelinesUndeploy: pipelines.with((p) => {
        store.pipelines.update(p.id, { status: 'UNDEPLOYMENT_IN_PROGRESS' });
        return accepted();
      }),
      pipelinesSetDefault: pipelines.with((p) => {
        for (const other of store.pipelines.filter((x) => x.workspace === p.workspace))
          store.pipelines.update(other.id, { is_default: other.pipeline_id === p.pipeline_id });
        return undefined;
      }),
      pipelinesSearch: ({ params, body }) => {
        const p = runnable(params);
        if (p instanceof Response) return p;
        const results = body.queries.map((q) => run(p, q, (body.params?.top_k as number | undefined) ?? 5));
        return { query_id: results[0]?.query_id, results };
      },
      pipelinesSearchStream: ({ params, body }) => {
        const p = runnable(params);
        return p instanceof Response ? p : streamEvents(run(p, body.query), body);
      },
      pipelinesChat: ({ params, body }) => {
        const result = chatTurn(params, body);
        return result instanceof Response ? result : { query_id: result.query_id, results: [result] };
      },
      pipelinesChatStream: ({ params, body }) => {
        const result = chatTurn(params, body);
        return result instanceof Response ? result : streamEvents(result, body);
      },
      pipelinesListFeedback: pipelines.with((p, { page }) =>
        page(
          store.feedback.filter((f) => f.pipeline === p.pipeline_id).map(({ pipeline: _p, ...f }) => drop(f)),
        ),
      ),
      pipelinesAddFeedback: pipelines.with((p, { body }) => {
        const row = store.feedback.insert({
          ...body,
          workspace: p.workspace,
          pipeline: p.pipeline_id,
          comment: body.comment ?? null,
          created_at: clock.now(),
        });
        const { pipeline: _p, ...feedback } = row;
        return drop(feedback);
      }),
      pipelinesListLogs: pipelines.with((p, { query, page }) => {
        const level = /level eq '(\w+)'/.exec(query.get('filter') ?? '')?.[1];
        const logs = historyOf(p).map((h) => ({
          log_id: h.search_history_id,
          level: 'info',
          message: `search: ${h.query}`,
          logged_at: h.time ?? '',
        }));
        return page(logs.filter((l) => !level || l.level === level));
      }),
      pipelinesListMetaKeys: pipelines.with((p) =>
        [...new Set(filesIn(p.workspace).flatMap((f) => Object.keys(f.meta ?? {})))].sort(),
      ),
      pipelinesListMetaValues: pipelines.with((p, { params }) => {
        const values = filesIn(p.workspace)
          .filter((f) => !!f.meta && params.field_name in f.meta)
          .map((f) => JSON.stringify(f.meta?.[params.field_name]));
        return [...new Set(values)].map((v) => JSON.parse(v));
      }),
      pipelinesAggregateMeta: pipelines.with((p, { params }) => {
        const values = filesIn(p.workspace)
          .map((f) => f.meta?.[params.meta_field])
          .filter((v): v is number | string => typeof v === 'number' || typeof v === 'string')
          .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        return values.length
          ? { min: values[0], max: values.at(-1) }
          : notFound(`Metadata field '${params.meta_field}'`);
      }),
      pipelinesSearchHistory: pipelines.with((p, { page }) => page(historyOf(p).map(drop))),
      listPipelineTemplates: ({ page }) => page(PipelineTemplateExamples),

      // search sessions
      listSearchSessions: ({ params, query, page }) => {
        const inQuery = byQuery({ pipeline_id: 'pipeline_id' });
        const rows = store.searchSessions.filter((s) => s.workspace === ws(params) && inQuery(s, query));
        return page(rows.map(({ turns: _t, ...s }) => drop(s)));
      },
      createSearchSessions: ({ params, body }) => {
        const workspace = ws(params);
        if (!store.pipelines.find((p) => p.workspace === workspace && p.pipeline_id === body.pipeline_id))
          return notFound(`Pipeline '${body.pipeline_id}'`);
        const row = store.searchSessions.insert({
          workspace,
          pipeline_id: body.pipeline_id,
          created_at: clock.now(),
          turns: [],
        });
        return { search_session_id: row.search_session_id };
      },

      // files
      listFiles: ({ params, query, route }) => {
        const named = byQuery({ name: { field: 'name', match: 'contains' } });
        const desc = query.get('order') === 'DESC';
        // Keyset paging on (created_at, file_id): the engine pages by one id, so this list cuts its own page.
        const key = (f: MockFile) => `${f.created_at}|${f.file_id}`;
        const all = filesIn(ws(params));
        let rows = all.filter((f) => named(f, query)).sort((a, b) => (key(a) < key(b) ? -1 : 1));
        if (desc) rows = rows.reverse();
        const after = query.get('after_value') && `${query.get('after_value')}|${query.get('after_file_id')}`;
        if (after && query.get('after_file_id'))
          rows = rows.filter((f) => (desc ? key(f) < after : key(f) > after));
        const bounds = route.pagination?.limit;
        const max = bounds?.maximum ?? Number.POSITIVE_INFINITY;
        const limit = Number(query.get(bounds?.param ?? 'limit') ?? bounds?.default);
        if (!Number.isInteger(limit) || limit < 1 || limit > max)
          return invalid(['limit'], `limit must be 1 to ${max}`, 'value_error', 'query');
        return {
          data: rows.slice(0, limit).map(publicFile),
          has_more: rows.length > limit,
          total: all.length,
        };
      },
      filesUpload: async ({ params, request, query }) => {
        const form = await request.formData().catch(() => undefined);
        if (!form) return invalid([], 'Expected multipart/form-data');
        const file = form.get('file');
        if (!(file instanceof Blob)) return invalid(['file'], 'Field required', 'missing');
        const rawMeta = form.get('meta');
        let meta: Record<string, unknown> = {};
        try {
          if (typeof rawMeta === 'string' && rawMeta) meta = JSON.parse(rawMeta);
        } catch {
          return invalid(['meta'], 'meta must be a JSON object');
        }
        const writeMode = query.get('write_mode') ?? 'KEEP'; // the engine checked it against the spec
        const name = (file as File).name || 'upload.txt';
        const row = insertFile(
          ws(params),
          { name, text: await file.text(), size: file.size, meta },
          writeMode,
        );
        return row ? { file_id: row.file_id } : exists('File')(name);
      },
      filesDeleteMany: ({ params, query }) => {
        const names = new Set(query.getAll('names'));
        const ids = new Set(query.getAll('file_ids'));
        for (const f of filesIn(ws(params)))
          if (names.has(f.name) || ids.has(f.file_id)) store.files.delete(f.id);
        return undefined;
      },
      filesDownload: files.with(
        (f) => new HttpResponse(f.text, { headers: { 'content-type': 'application/octet-stream' } }),
      ),
      filesGetMeta: files.with((f) => f.meta ?? {}),
      filesUpdateMeta: files.with((f, { body }) => {
        store.files.update(f.id, { meta: { ...(f.meta ?? {}), ...body } });
        return undefined;
      }),
      ...files.crud({ remove: 'deleteFiles' }),

      // upload sessions
      createUploadSessions: ({ params, body }) => {
        const workspace = ws(params);
        const created_at = clock.now();
        const expires_at = new Date(Date.parse(created_at) + 24 * 3600_000).toISOString();
        const row = store.sessions.insert({
          workspace,
          created_by: me(),
          created_at,
          expires_at,
          write_mode: body.write_mode ?? 'KEEP',
          status: 'OPEN',
          fields: {},
          received: [],
          finished: 0,
          failed: 0,
          files: [],
        });
        const id = row.session_id;
        const fields = {
          key: `${workspace}/${id}/\${filename}`,
          policy: `mock-policy-${id.slice(-4)}`,
          'x-amz-signature': `sig-${id.slice(-12)}`,
        };
        store.sessions.update(id, { fields });
        const config = { url: `${baseUrl}/__storage/upload/${id}`, fields };
        return {
          session_id: id,
          documentation_url: DOCS_URL,
          expires_at,
          aws_prefixed_request_config: config,
        };
      },
      listUploadSessions: sessions.list({
        filter: (s, { query }) => {
          const expired = query.get('is_expired');
          return expired === null || (s.status === 'EXPIRED') === (expired === 'true');
        },
      }),
      getUploadSessions: sessions.with((s) => {
        const { session_id, expires_at, finished, failed } = ingestStep(s);
        const ingestion_status = { finished_files: finished, failed_files: failed };
        return { session_id, documentation_url: DOCS_URL, expires_at, ingestion_status };
      }),
      uploadSessionsListFiles: sessions.with((s, { page }) => page(s.files)),
      uploadSessionsClose: sessions.with((s) => {
        if (s.status !== 'OPEN') return errors(409, `Upload session '${s.session_id}' is ${s.status}.`);
        store.sessions.update(s.session_id, { status: 'CLOSED' });
        return undefined;
      }),

      // indexes and documents
      getIndexes: indexes.with((p) => {
        const { status: _s, ...counts } = indexing(p.workspace);
        return {
          pipeline_index_id: p.pipeline_id,
          name: p.name,
          description: null,
          config_yaml: p.indexing_yaml ?? '',
          workspace_id: workspaceRow(p.workspace)?.workspace_id,
          settings: {},
          desired_status: 'ENABLED',
          deployed_at: p.created_at,
          created_at: p.created_at,
          updated_at: p.last_edited_at ?? null,
          status: { ...counts, indexed_no_documents_file_count: 0 },
        };
      }),
      documentsQuery: indexes.with((p, { body }) =>
        searchFiles(p.workspace, body.query, body.top_k ?? 10).map((h) => ({
          ...documentOf(h.file),
          score: h.score,
        })),
      ),
      documentsStream: indexes.with((p) => {
        const lines = filesIn(p.workspace).map((f) => `${JSON.stringify(documentOf(f))}\n`);
        return new HttpResponse(lines.join(''), { headers: { 'content-type': 'application/x-ndjson' } });
      }),
      getDocuments: indexes.with((p, { params }) => {
        const f = store.files.get(params.document_id.replace(/^doc-/, ''));
        return f?.workspace === p.workspace ? documentOf(f) : notFound(`Document '${params.document_id}'`);
      }),
      documentsCount: indexes.with((p) => ({ count: filesIn(p.workspace).length })),

      // evaluation sets (imported from CSV: question, answer, context, file_name)
      evaluationSetsImport: async ({ params, request }) => {
        const workspace = ws(params);
        const file = (await request.formData().catch(() => undefined))?.get('file');
        if (!(file instanceof Blob)) return invalid(['file'], 'Field required', 'missing');
        const name = ((file as File).name || 'evaluation_set.csv').replace(/\.csv$/i, '');
        if (store.evaluationSets.find((e) => e.workspace === workspace && e.name === name))
          return exists('Evaluation set')(name);
        let rows: Record<string, string>[];
        try {
          rows = csvObjects(await file.text(), { trim: true });
        } catch (cause) {
          return invalid(['file'], (cause as Error).message);
        }
        const set = store.evaluationSets.insert({
          workspace,
          name,
          created_at: clock.now(),
          matched_labels: 0,
          total_labels: rows.length,
          labels: [],
        });
        const labels = rows.map((r, i) => ({
          label_id: childId(set.evaluation_set_id, i + 1),
          query: r.question ?? r.query ?? '',
          answer: r.answer ?? r.text ?? '',
          context: r.context || null,
          file_name: r.file_name || null,
          file_id: null,
          meta: {},
        }));
        return evaluationSets.view(store.evaluationSets.update(set.evaluation_set_id, { labels })!);
      },
      listEvaluationSets: evaluationSets.list(),
      getEvaluationSets: evaluationSets.with((set, { page }) => page(set.labels)),
      evaluationSetsGetCsv: evaluationSets.with((set) => {
        const q = (v: string | null | undefined) => `"${(v ?? '').replace(/"/g, '""')}"`;
        const lines = set.labels.map((l) =>
          [q(l.query), q(l.answer), q(l.context), q(l.file_name)].join(','),
        );
        const csv = ['question,answer,context,file_name', ...lines].join('\n');
        return new HttpResponse(`${csv}\n`, { headers: { 'content-type': 'text/csv' } });
      }),
      evaluationSetsMatchLabels: evaluationSets.with((set) => {
        const labels = set.labels.map((l) => {
          const file =
            l.file_name && store.files.find((f) => f.workspace === set.workspace && f.name === l.file_name);
          return { ...l, file_id: file ? file.file_id : null };
        });
        const matched_labels = labels.filter((l) => l.file_id).length;
        return evaluationSets.view(
          store.evaluationSets.update(set.evaluation_set_id, { labels, matched_labels })!,
        );
      }),
      ...evaluationSets.crud({ remove: 'deleteEvaluationSets' }),

      // eval runs: start runs each label's question through the pipeline's search and scores exact matches
      listEvalRuns: evalRuns.list(),
      createEvalRuns: ({ params, body }) => {
        const workspace = ws(params);
        if (store.evalRuns.find((r) => r.workspace === workspace && r.eval_run_name === body.name))
          return exists('Eval run')(body.name);
        if (!pipelineOf(workspace, body.pipeline_name)) return notFound(`Pipeline '${body.pipeline_name}'`);
        if (
          !store.evaluationSets.find((e) => e.workspace === workspace && e.name === body.evaluation_set_name)
        )
          return notFound(`Evaluation set '${body.evaluation_set_name}'`);
        const { name: eval_run_name, pipeline_name, evaluation_set_name } = body;
        const row = store.evalRuns.insert({
          workspace,
          eval_run_name,
          pipeline_name,
          evaluation_set_name,
          debug: body.debug ?? false,
          eval_mode: body.eval_mode ?? 0,
          comment: body.comment ?? null,
          tags: body.tags ?? [],
          parameters: {},
          metrics: {},
          status: 0,
          created_at: clock.now(),
          predictions: {},
        });
        return { data: evalRuns.view(row) };
      },
      ...evalRuns.crud({ get: 'getEvalRuns', remove: 'deleteEvalRuns' }),
      updateEvalRuns: evalRuns.with((r, { body }) => ({
        data: evalRuns.view(store.evalRuns.update(r.eval_run_id, body)!),
      })),
      evalRunsStart: evalRuns.with((r) => {
        const set = store.evaluationSets.find(
          (e) => e.workspace === r.workspace && e.name === r.evaluation_set_name,
        );
        if (!pipelineOf(r.workspace, r.pipeline_name ?? '') || !set)
          return notFound('Pipeline or evaluation set');
        const predictions = set.labels.map((l, i) => {
          const answer = searchFiles(r.workspace, l.query, 1)[0]?.sentence ?? null;
          const exact = answer?.toLowerCase().includes((l.answer ?? '').toLowerCase()) ? 1 : 0;
          const id = childId(r.eval_run_id, i + 1);
          return {
            prediction_id: id,
            query: l.query,
            answer,
            context: answer,
            exact_match: exact,
            f1: null,
            node_name: 'answer_builder',
          };
        });
        const exact = predictions.length
          ? predictions.reduce((n, x) => n + x.exact_match, 0) / predictions.length
          : 0;
        const metrics = { answer_builder: { exact_match: exact } };
        store.evalRuns.update(r.eval_run_id, {
          status: 2,
          metrics,
          predictions: { answer_builder: predictions },
        });
        return undefined;
      }),
      evalRunsListPredictions: evalRuns.with((r, { params, page }) => {
        const predictions = r.predictions[params.node_name];
        return predictions ? page(predictions) : notFound(`Node '${params.node_name}'`);
      }),

      // eval run tags, prompt templates, labeling projects, shared prototypes: plain records of the workspace
      ...tags.crud({ list: 'listEvalRunTags', update: 'updateEvalRunTags', remove: 'deleteEvalRunTags' }),
      createEvalRunTags: tags.create({ build: (body) => ({ name: body.name }) }),
      promptTemplatesListPublic: ({ page }) => page(PromptTemplateExamples),
      promptTemplatesSyncPromptHub: () => undefined,
      ...promptTemplates.crud({ list: 'listPromptTemplates', remove: 'deletePromptTemplates' }),
      createPromptTemplates: promptTemplates.create({
        build: (body) => ({
          ...body,
          description: body.description ?? null,
          tags: body.tags ?? [],
          created_at: clock.now(),
        }),
      }),
      updatePromptTemplates: promptTemplates.update({
        patch: (_t, body) => ({ ...body, description: body.description ?? null, tags: body.tags ?? [] }),
      }),
      ...labelingProjects.crud({
        list: 'listLabelingProjects',
        get: 'getLabelingProjects',
        remove: 'deleteLabelingProjects',
      }),
      createLabelingProjects: labelingProjects.create({
        build: (body) => ({
          ...body,
          description: body.description ?? null,
          created_at: clock.now(),
          updated_at: null,
        }),
      }),
      updateLabelingProjects: labelingProjects.update({
        patch: (_p, body) => ({ ...body, updated_at: clock.now() }),
      }),
      ...sharedPrototypes.crud({
        list: 'listSharedPrototypes',
        get: 'getSharedPrototypes',
        update: 'updateSharedPrototypes',
        remove: 'deleteSharedPrototypes',
      }),
      createSharedPrototypes: sharedPrototypes.create({
        build: (body) => ({ pipeline_names: [], ...body, is_revoked: false, created_at: clock.now() }),
      }),
      sharedPrototypesCreateUser: ({ params, query, body }) => {
        const p = sharedPrototypes.find({ ...params, shared_prototype_id: body.shared_prototype_id }, query);
        if (p instanceof Response) return p;
        const user = store.users.insert({ given_name: '', family_name: '', email: body.email });
        return { user_id: user.user_id, shared_prototype_id: p.shared_prototype_id, email: body.email };
      },
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
        const size = new TextEncoder().encode(text).length;
        return publicFile(
          insertFile(ws({ workspace_name: workspace }), { name, text, size, meta }) as MockFile,
        );
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
