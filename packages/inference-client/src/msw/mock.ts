import {
  byQuery,
  type Collection,
  createCollection,
  createMockApi,
  createMockClock,
  createRequestBodyChecker,
  createScenarios,
  createStore,
  countWords,
  createTypedHttp,
  defineResource,
  fireTimes,
  isPageError,
  pageByNumber,
  type Route,
  type SseBodyOptions,
  type SseEventInit,
  sseBody,
  sseHttpResponse,
  type VendorMock,
  wordPieces,
} from '@org/sdk-core/msw';
import { type HttpHandler, HttpResponse } from 'msw';
import { CurrentUserExamples, InferenceModelExamples } from '../generated/examples';
import { type Operations, routes } from '../generated/mock-routes';
import { servers } from '../generated/resources';
import type { components, paths } from '../generated/schema';
import { components as specComponents, operations } from '../generated/schemas';
import {
  argumentFor,
  bestAction,
  completePersona,
  countMessageTokens,
  echoReply,
  timeliness,
} from './completion-text';
import { createNeoSpaceErrors } from './errors';
import { selectLogs, summarizeLogs } from './inference-log';
import { rankCheckpoints } from './leaderboard';
import { type PersonaInput, readPersonaFile } from './persona-files';

type S = components['schemas'];
type Message = S['ChatMessage'];

/** A space as the mock keeps it: deleted spaces stay, marked, until restored. */
export type MockSpace = S['Space'] & { deleted_at?: string };
/** An invite waiting for its user to accept it. */
export interface MockInvite {
  id: string;
  email: string;
  space_id: string;
  roles: S['UserPermission'][];
  accepted: boolean;
  /** Whether the invite's roles were granted (Add permissions to a user). */
  granted: boolean;
}
/** An upload waiting for its confirmation. */
export interface MockPersonaUpload {
  id: string;
  personas: PersonaInput[];
  conflicts: number;
}
/** A file in a mock S3 connector. */
export type MockConnectorFile = {
  key: string;
  size: number;
  last_modified: string;
};

/** Options of `createInferenceMock`. */
export interface InferenceMockOptions {
  /** The API root the handlers answer. @default the production server */
  baseUrl?: string;
  /** The models `GET /v1/models` lists and completions accept. @default the spec's `InferenceModel` examples (`mock-chat-small`, `mock-chat-large`) */
  models?: S['InferenceModel'][];
  /** How many latest messages the chat window holds. @default 10 */
  chatWindow?: number;
  /** The chat reply for a conversation. @default the last user message, quoted back */
  reply?: (messages: readonly Message[]) => string;
  /** The logged-in user (any key is accepted and belongs to this user). @default the spec's `CurrentUser` example */
  user?: Partial<S['CurrentUser']>;
}

/**
 * A stateful fake of the NeoSpace Inference API for msw. What a test creates persists in memory and can be
 * listed, read, updated and deleted; lists page the way the spec says (`limit`/`after`, `page`/`page_size`,
 * and the trainings' `pageSize`); unknown ids answer 404 and bodies that break the spec 400, in NeoSpace's
 * `{error: {type, message, code, param, status, request_id}}`; a request without a bearer key answers 401.
 * Completions do not run a model: replies are built from the request by fixed rules (a chat reply quotes the
 * last user message back), streamed word by word as OpenAI-style SSE chunks ending `data: [DONE]`, and every
 * completion is logged, so the inference-log summary is computed from the calls made. Times come from a
 * deterministic clock (2026-01-01, one second a reading) that `mock.reset()` puts back.
 * @example
 * const mock = createInferenceMock();
 * const server = setupServer(...mock.handlers);
 * server.use(mock.scenarios.rateLimited('POST /v1/chat/completions', { retryAfterSeconds: 1 }));
 * server.use(mock.override('listModels', () => ({ count: 0, data: [], has_more: false }), { once: true }));
 * afterEach(() => mock.reset());
 */
export function createInferenceMock(options: InferenceMockOptions = {}) {
  const baseUrl = (options.baseUrl ?? servers.production).replace(/\/+$/, '');
  const window = options.chatWindow ?? 10;
  const reply = options.reply ?? echoReply;
  const http = createTypedHttp<paths>({ baseUrl });
  const clock = createMockClock();
  const now = () => clock.now();
  const errors = createNeoSpaceErrors();
  const { error, badParam, missing, missingParam, notFound } = errors;
  const collections = createStore({
    actionGroups: createCollection<S['ActionGroup']>({ idPrefix: 'ag_' }),
    actions: createCollection<S['Action']>({ idPrefix: 'act_' }),
    arguments: createCollection<S['Argument']>({ idPrefix: 'arg_' }),
    benchmarks: createCollection<S['Benchmark']>({ idPrefix: 'bench_' }),
    chats: createCollection<S['Chat']>({ idPrefix: 'chat_' }),
    checkpoints: createCollection<S['Checkpoint']>({ idPrefix: 'ckpt_' }),
    clusters: createCollection<S['Cluster']>({ idPrefix: 'cluster_' }),
    connectors: createCollection<S['Connector']>({ idPrefix: 'conn_' }),
    connectorFiles: createCollection<{ id: string; files: MockConnectorFile[] }>(),
    dataModels: createCollection<S['DataModel']>({ idPrefix: 'dm_' }),
    evaluations: createCollection<S['Evaluation']>({ idPrefix: 'eval_' }),
    experts: createCollection<S['Expert']>({ idPrefix: 'exp_' }),
    inferenceLogs: createCollection<S['InferenceLog']>({ idPrefix: 'log_' }),
    invites: createCollection<MockInvite>({ idPrefix: 'inv_' }),
    models: createCollection<S['InferenceModel']>(),
    personas: createCollection<S['Persona']>({ idPrefix: 'per_' }),
    personaUploads: createCollection<MockPersonaUpload>({ idPrefix: 'upl_' }),
    spaces: createCollection<MockSpace>({ idPrefix: 'space_' }),
    trainings: createCollection<S['Training']>({ idPrefix: 'train_' }),
    users: createCollection<S['CurrentUser']>({ idPrefix: 'user_' }),
  });
  // What a fresh mock holds: the models and the logged-in user (the spec's examples). Reset restores it.
  const prime = () => {
    for (const model of options.models ?? InferenceModelExamples) collections.models.insert(model);
    const [example] = CurrentUserExamples;
    if (!example) throw new Error('[inference mock] the spec has no CurrentUser example to log in as.');
    collections.users.insert({ ...example, ...options.user });
  };
  const clearAll = collections.reset;
  /** The records; `store.reset()` puts everything back to the seeded start, as `mock.reset()` does. */
  const store = Object.assign(collections, {
    reset() {
      clearAll();
      errors.reset();
      clock.reset();
      prime();
    },
  });
  prime();
  /** The logged-in user, whom `prime` inserts; a test that cleared the users without `reset()` is told so. */
  const me = () => {
    const user = store.users.all()[0];
    if (!user)
      throw new Error('[inference mock] no logged-in user: call mock.reset() after clearing the users.');
    return user;
  };
  const stamp = () => ({ created_at: now(), updated_at: now() });
  const byMe = () => ({ created_by: me().id, updated_by: me().id });

  // ---------- the inference log ----------
  /**
   * Logs a completion that started at `started` (performance.now()) with its token counts; time, user,
   * latency and totals are filled in. Answers the completion's `usage`.
   */
  function log(started: number, [input, output]: [number, number], entry: Record<string, unknown>) {
    store.inferenceLogs.insert({
      created_at: now(),
      status: 'success',
      user: me().id,
      // Measured, not a time of day: how long the mock took to answer.
      latency_ms: Math.round((performance.now() - started) * 100) / 100,
      input_tokens: input,
      output_tokens: output,
      total_tokens: input + output,
      ...entry,
    });
    return { prompt_tokens: input, completion_tokens: output, total_tokens: input + output };
  }
  /** `start_date` and `end_date`, as sent and as times (undefined when absent), or the 400 for one that is not RFC 3339. */
  function dateRange(query: URLSearchParams) {
    const start = query.get('start_date');
    const end = query.get('end_date');
    const startAt = start ? Date.parse(start) : undefined;
    const endAt = end ? Date.parse(end) : undefined;
    if (Number.isNaN(startAt)) return badParam('start_date', `start_date must be RFC 3339, got '${start}'`);
    if (Number.isNaN(endAt)) return badParam('end_date', `end_date must be RFC 3339, got '${end}'`);
    return { start, end, startAt, endAt };
  }

  // ---------- models and chats ----------
  const modelOr = (model: string | undefined) =>
    model === undefined
      ? (store.models.all()[0]?.id ?? 'mock-chat-small')
      : store.models.get(model)
        ? model
        : undefined;
  const noModel = (model: string | undefined) =>
    badParam('model', `The model '${model}' does not exist (see GET /v1/models)`);

  /** Runs a chat completion against the store: the chat, its history, the reply, the log. */
  function runChat(input: S['ChatCompletionRequest']) {
    const started = performance.now();
    const model = modelOr(input.model);
    if (!model) return noModel(input.model);
    const missingExpert = (input.expert_ids ?? []).find((id) => !store.experts.has(id));
    if (missingExpert) return missing('Expert', missingExpert);
    const first = input.messages.find((m) => m.role === 'user')?.content ?? 'New chat';
    const chat = input.id
      ? chats.find({ id: input.id })
      : store.chats.insert({ name: input.name ?? first.slice(0, 40), messages: [], created_at: now() });
    if (chat instanceof Response) return chat;
    const history = [...(chat.messages ?? []), ...input.messages];
    const text = reply(history);
    const answer: Message = { role: 'assistant', content: text };
    store.chats.update(chat.id, { messages: [...history, answer] });
    const usage = log(started, [countMessageTokens(input.messages), countWords(text)], {
      type: 'chat',
      model,
      user: input.user ?? me().id,
      tags: input.tags ?? [],
      correlation_id: chat.id,
    });
    const completion: S['ChatCompletion'] = {
      id: chat.id,
      object: 'chat.completion',
      created_at: now(),
      model,
      choices: [{ index: 0, message: answer, finish_reason: 'stop' }],
      usage,
      guard: input.guard_enabled ? { enabled: true, reasoning: Boolean(input.guard_reasoning_enabled) } : {},
      router: input.router_enabled ? { enabled: true, expert_ids: input.expert_ids ?? [] } : {},
    };
    return completion;
  }

  /** The SSE events of a completion: a role chunk, one chunk per word, a finish chunk with usage, `[DONE]`. */
  function chunksOf(completion: S['ChatCompletion']): SseEventInit[] {
    const base = {
      id: completion.id,
      object: 'chat.completion.chunk',
      created_at: completion.created_at,
      model: completion.model,
    };
    const text = completion.choices[0]?.message.content ?? '';
    const chunk = (delta: Record<string, string>, finish: string | null = null, extra = {}) => ({
      data: { ...base, choices: [{ index: 0, delta, finish_reason: finish }], ...extra },
    });
    return [
      chunk({ role: 'assistant', content: '' }),
      ...wordPieces(text, 'before').map((piece) => chunk({ content: piece })),
      chunk({}, 'stop', { usage: completion.usage }),
      { data: '[DONE]' },
    ];
  }

  // ---------- resources named by `{id}` ----------
  /**
   * A collection bound to the `{id}` path parameter (its lookup answers NeoSpace's 404 naming `what`, every
   * update stamps `updated_at`), with `drop`: NeoSpace's delete, which answers the record's `{id}`; `remove`
   * takes what hangs off it too.
   */
  function byId<Row extends { id: string; updated_at?: string | undefined }>(
    collection: Collection<Row>,
    what: string,
    remove = (row: Row) => void collection.delete(row.id),
  ) {
    const resource = defineResource(collection, {
      param: 'id',
      notFound: (id) => missing(what, id),
      touch: () => ({ updated_at: now() }) as Partial<Row>,
    });
    const drop = resource.with<Operations['deleteAction']>((row) => {
      remove(row);
      return { id: row.id };
    });
    return Object.assign(resource, { drop });
  }
  const unknownBenchmark = (ids: readonly string[] = []) => {
    const absent = ids.find((id) => !store.benchmarks.has(id));
    return absent === undefined ? undefined : missing('Benchmark', absent);
  };

  const actionGroups = byId(store.actionGroups, 'Action group');
  const actions = byId(store.actions, 'Action');
  const argumentsById = byId(store.arguments, 'Argument');
  const benchmarks = byId(store.benchmarks, 'Benchmark');
  const chats = byId(store.chats, 'Chat');
  const connectors = byId(store.connectors, 'Connector', (c) => {
    store.connectors.delete(c.id);
    store.connectorFiles.delete(c.id);
  });
  const dataModels = byId(store.dataModels, 'Data model');
  const experts = byId(store.experts, 'Expert');
  const personas = byId(store.personas, 'Persona');
  const trainings = byId(store.trainings, 'Training');
  // A deleted space is kept, marked, so it can be restored: only unmarked spaces are in scope (found, listed).
  const spaces = defineResource(store.spaces, {
    param: 'id',
    notFound: (id) => missing('Space', id),
    touch: () => ({ updated_at: now() }),
    scope: { field: 'deleted_at', param: () => undefined },
    view: ({ deleted_at, ...space }) => space,
  });
  /** The space's one cluster, handed to `answer`, or the 404 when it has none. */
  const cluster = <R>(answer: (c: S['Cluster']) => R) => {
    const found = store.clusters.all()[0];
    return found ? answer(found) : missing('Cluster of space', me().spaces?.[0] ?? 'default');
  };

  const api = createMockApi<Operations>({
    baseUrl,
    routes,
    validate: createRequestBodyChecker(operations, specComponents),
    errors: errors.engine,
    resolvers: {
      // action groups and actions
      ...actionGroups.crud({ list: 'listActionGroups', get: 'getActionGroup', update: 'updateActionGroup' }),
      createActionGroup: actionGroups.create({ build: (body) => ({ ...body, ...stamp() }) }),
      deleteActionGroup: actionGroups.drop,
      ...actions.crud({ list: 'listActions', get: 'getAction' }),
      createAction: actions.create({
        build: (body) => ({ status: 'draft', group: '', ...body, ...stamp() }),
      }),
      updateAction: actions.update({
        patch: (_action, body) =>
          body.group && !store.actionGroups.has(body.group)
            ? badParam('group', `There is no action group ${body.group}`)
            : body,
      }),
      deleteAction: actions.drop,

      // arguments
      listArguments: ({ query, route }) => {
        const inQuery = byQuery({ status: 'review.status', action_id: 'action_id' });
        const items = store.arguments.filter((a) => inQuery(a, query));
        // This list answers the bare array (x-pagination `items: ''`), which the engine's page() cannot.
        const size = route.pagination?.limit;
        const page = pageByNumber(items, {
          page: query.get('page'),
          pageSize: query.get(size?.param ?? 'page_size'),
          pageSizeParam: size?.param ?? 'page_size',
          defaultLimit: size?.default,
          maxLimit: size?.maximum,
        });
        return isPageError(page) ? badParam(page.error.param, page.error.message) : page.items;
      },
      createArgumentCompletion: ({ body: value }) => {
        const started = performance.now();
        const action = value.action_id ? store.actions.get(value.action_id) : undefined;
        if (value.action_id && !action) return missing('Action', value.action_id);
        if (!modelOr(value.model)) return noModel(value.model);
        const text = argumentFor(value, action);
        const argument = store.arguments.insert((id) => ({
          ...(value.action_id ? { action_id: value.action_id } : {}),
          client: value.client,
          insight_spec: value.insight_spec,
          product: value.product,
          ...text,
          review: { status: 'waiting_review' },
          space: me().spaces?.[0] ?? '',
          duration: Math.round(performance.now() - started),
          error: '',
          ...stamp(),
          _id: id,
        }));
        const { _id, space: _space, ...stored } = argument;
        const prompt = countWords(JSON.stringify([value.client, value.product, value.insight_spec]));
        log(started, [prompt, countWords(text.argument)], {
          type: 'argument',
          model: value.model,
          correlation_id: value.action_id ?? argument.id,
        });
        return stored;
      },
      getArgument: argumentsById.get(),
      updateArgument: argumentsById.update(),
      deleteArgument: argumentsById.drop,

      // benchmarks
      ...benchmarks.crud({ list: 'listBenchmarks', get: 'getBenchmark' }),
      createBenchmark: benchmarks.create({ build: (body) => ({ ...body, ...stamp(), ...byMe() }) }),
      updateBenchmark: benchmarks.update({
        patch: (_benchmark, { connector, ...rest }) => ({
          ...rest,
          ...(connector ? { connectors: [{ connector_id: connector }] } : {}),
          updated_by: me().id,
        }),
      }),
      deleteBenchmark: benchmarks.drop,

      // chats
      listChats: chats.list({
        filter: byQuery({ name: { field: 'name', match: 'contains', ignoreCase: true } }),
      }),
      createChatCompletion: ({ body }) => {
        const completion = runChat(body);
        if (completion instanceof Response || body.stream !== true) return completion;
        return sseHttpResponse(chunksOf(completion), { chunkSize: 'event' });
      },
      getChat: chats.get(),
      getChatWindow: chats.with((chat) => ({ ...chat, messages: (chat.messages ?? []).slice(-window) })),
      // The chat keeps its name and history; the completion settings (model, temperature, ...) are not part of it.
      updateChat: chats.update({
        patch: (_chat, { name, messages }) => ({
          ...(name !== undefined ? { name } : {}),
          ...(messages !== undefined ? { messages } : {}),
        }),
      }),
      deleteChat: chats.drop,

      // checkpoints
      listCheckpoints: ({ page }) => page(store.checkpoints.all()),

      // the space's cluster
      getCluster: () =>
        cluster((c) => ({
          inference: { manager_url: c.manager_url },
          ingress: { url: c.ingress_url },
          nodes: [],
          resources: {},
        })),
      createCluster: ({ body }) => {
        if (store.clusters.size) {
          const message = 'This space already has a cluster; update or delete it';
          return error(409, 'invalid_request_error', 'already_exists', message);
        }
        return store.clusters.insert({ name: '', token: '', ...body, ...stamp() });
      },
      updateCluster: ({ body }) =>
        cluster((c) => store.clusters.update(c.id, { ...body, updated_at: now() })),
      deleteCluster: () =>
        cluster((c) => {
          store.clusters.delete(c.id);
          return { id: c.id };
        }),

      // connectors
      listConnectors: connectors.list(),
      createConnector: ({ body: { name, type, s3 } }) =>
        store.connectors.insert({
          name,
          provider: type,
          region: typeof s3?.region === 'string' ? s3.region : '',
          status: 'active',
          created_at: now(),
          created_by: me().id,
        }),
      getConnector: connectors.get(),
      deleteConnector: connectors.drop,
      listConnectorFiles: connectors.with((connector, { query }) => {
        const prefix = query.get('prefix') ?? '';
        const limit = query.get('limit'); // the engine checked it against the spec
        const files = (store.connectorFiles.get(connector.id)?.files ?? []).filter((f) =>
          f.key.startsWith(prefix),
        );
        return [limit === null ? files : files.slice(0, Number(limit))];
      }),
      scanConnector: connectors.with((connector, { body }) => {
        const known = store.connectorFiles.get(connector.id)?.files ?? [];
        const keys = body?.files ?? known.map((f) => f.key);
        const absent = keys.find((k) => !known.some((f) => f.key === k));
        if (absent) return badParam('files', `The connector has no file '${absent}'`);
        return { connector_id: connector.id, files: keys, scanned: keys.length };
      }),

      // data models
      ...dataModels.crud({ list: 'listDataModels', get: 'getDataModel' }),
      createDataModel: dataModels.create({ build: (body) => ({ description: '', ...body, ...stamp() }) }),
      updateDataModel: dataModels.update(),
      deleteDataModel: dataModels.drop,

      // evaluations
      createEvaluation: ({ body }) => {
        const { benchmark_id, checkpoint_id } = body;
        if (!store.benchmarks.has(benchmark_id)) return missing('Benchmark', benchmark_id);
        if (!store.checkpoints.has(checkpoint_id)) return missing('Checkpoint', checkpoint_id);
        return store.evaluations.insert({ ...body, result: {}, ...stamp(), ...byMe() });
      },

      // experts
      ...experts.crud({ list: 'listExperts', get: 'getExpert', remove: 'deleteExpert' }),
      createExpert: experts.create({
        build: (body) => ({ context: '', file_context: [], tools: [], ...body, ...stamp() }),
      }),
      updateExpert: experts.update(),

      // inference logs, newest first
      listInferenceLogs: ({ query, page }) => {
        const range = dateRange(query);
        if (range instanceof Response) return range;
        return page(selectLogs(store.inferenceLogs.all(), query, range).reverse());
      },
      getInferenceLogsSummary: ({ query }) => {
        const range = dateRange(query);
        if (range instanceof Response) return range;
        return summarizeLogs(selectLogs(store.inferenceLogs.all(), query, range), range.start, range.end);
      },

      // insights
      createInsight: ({ body: value }) => {
        const started = performance.now();
        const chosen: S['Action'][] = [];
        for (const id of value.actions ?? []) {
          const action = store.actions.get(id);
          if (!action) return missing('Action', id);
          chosen.push(action);
        }
        const model = modelOr(value.model);
        if (!model) return noModel(value.model);
        const best = bestAction(chosen);
        const client = value.client ?? 'the client';
        const insight = best
          ? `For ${client}, lead with "${best.name}" (${best.priority} priority) via ${best.channel || 'any channel'}.`
          : `No actions were given for ${client}.`;
        const argument = best ? best.description : '';
        const tokens: [number, number] = [
          countWords(JSON.stringify(value)),
          countWords(`${insight} ${argument}`),
        ];
        const usage = log(started, tokens, { type: 'insight', model, correlation_id: best?.id ?? '' });
        return {
          id: `ins_${store.inferenceLogs.size}`,
          actions: chosen.map((a) => a.id).join(','),
          insight,
          argument,
          argument_content: argument,
          argument_thinking:
            'Chosen by the mock: active actions first, then the highest priority; no model was run.',
          thinking: '',
          best_channel: best?.channel ?? '',
          best_time: best?.start_date ?? '',
          timeliness: best ? timeliness(best, new Date(clock.peekMs())) : '',
          type: best?.type ?? '',
          finish_reason: 'stop',
          error: '',
          elapsed_time_in_seconds: (performance.now() - started) / 1000,
          usage,
        };
      },

      // leaderboards
      listLeaderboards: ({ query, page }) => {
        const range = dateRange(query);
        if (range instanceof Response) return range;
        const direction = query.get('order_by_metric.direction') ?? 'desc';
        if (direction !== 'asc' && direction !== 'desc') {
          const message = `order_by_metric.direction must be asc or desc, got '${direction}'`;
          return badParam('order_by_metric.direction', message);
        }
        const entries = rankCheckpoints(store.checkpoints.all(), store.evaluations.all(), {
          modelId: query.get('model_id'),
          benchmarks: query.getAll('benchmarks'),
          trainings: query.getAll('trainings'),
          startDate: range.startAt,
          endDate: range.endAt,
          name: query.get('name'),
          orderBenchmark: query.get('order_by_metric.benchmark_id'),
          orderMetric: query.get('order_by_metric.metric_name'),
          direction,
        });
        return page(entries);
      },

      // models
      listModels: () => ({ count: store.models.size, data: store.models.all(), has_more: false }),

      // personas
      ...personas.crud({ list: 'listPersonas', get: 'getPersona', remove: 'deletePersona' }),
      createPersona: personas.create({ build: (body) => ({ data: {}, ...body, ...stamp(), ...byMe() }) }),
      updatePersona: personas.update({
        patch: (_persona, body) => ({ ...body, updated_by: me().id }),
      }),
      createPersonaCompletion: ({ body }) => {
        const started = performance.now();
        const persona = completePersona(body);
        const tokens: [number, number] = [countWords(body.prompt), countWords(JSON.stringify(persona))];
        log(started, tokens, { type: 'persona', model: modelOr(undefined) });
        return persona;
      },
      uploadPersonaFiles: async ({ request }) => {
        const form = await request.formData().catch(() => undefined);
        if (!form) return badParam('files', 'Expected multipart/form-data with one or more `files` parts');
        const files = form.getAll('files').filter((f): f is File => f instanceof Blob);
        if (!files.length) return missingParam('files');
        const read: PersonaInput[] = [];
        for (const file of files) {
          try {
            read.push(...readPersonaFile(file.name, file.type, await file.text()));
          } catch (cause) {
            const message = `Could not read personas from ${file.name || 'a file'}: ${(cause as Error).message}`;
            return badParam('files', message);
          }
        }
        const existing = new Set(store.personas.all().map((p) => p.name.toLowerCase()));
        const conflicts = read.filter((p) => existing.has(p.name.toLowerCase())).length;
        const upload = store.personaUploads.insert({ personas: read, conflicts });
        return {
          upload_token: upload.id,
          status: 'pending',
          total: read.length,
          conflict_personas: conflicts,
          message: `${read.length} persona(s) read, ${conflicts} clash with existing ones; confirm to store them`,
        };
      },
      confirmPersonaUpload: ({ params, body }) => {
        const upload = store.personaUploads.get(params.upload_token);
        if (!upload) return missing('Pending upload', params.upload_token);
        const resolution = body?.conflict_resolution ?? 'skip';
        let written = 0;
        for (const persona of upload.personas) {
          const clash = store.personas.find((p) => p.name.toLowerCase() === persona.name.toLowerCase());
          if (clash && resolution === 'skip') continue;
          if (clash && resolution === 'overwrite') {
            store.personas.update(clash.id, { ...persona, updated_at: now(), updated_by: me().id });
          } else {
            store.personas.insert({ data: {}, ...persona, ...stamp(), ...byMe() });
          }
          written++;
        }
        store.personaUploads.delete(upload.id);
        return {
          status: 'completed',
          total_uploaded: written,
          conflicts_resolved: upload.conflicts,
          message: `${written} persona(s) stored; ${upload.conflicts} clash(es) resolved by ${resolution}`,
        };
      },

      // spaces
      ...spaces.crud({ list: 'listSpaces', get: 'getSpace' }),
      createSpace: ({ body }) => {
        const space = store.spaces.insert({ ...body, ...stamp(), ...byMe() });
        store.users.update(me().id, { spaces: [...(me().spaces ?? []), space.id] });
        return spaces.view(space);
      },
      updateSpace: spaces.update({
        patch: (_space, body) => ({ ...body, updated_by: me().id }),
      }),
      deleteSpace: spaces.with((space) => {
        store.spaces.update(space.id, { deleted_at: now() });
        return { id: space.id };
      }),
      inviteToSpace: spaces.with((space, { body }) => {
        for (const email of body.emails) {
          const invite = { email, space_id: space.id, roles: body.roles, accepted: false, granted: false };
          store.invites.insert(invite);
        }
        return { emails: body.emails };
      }),
      restoreSpace: ({ params }) => {
        const space = store.spaces.get(params.id);
        if (!space) return missing('Space', params.id);
        if (!space.deleted_at) return badParam('id', `Space ${params.id} is not deleted`);
        store.spaces.replace(space.id, { ...spaces.view(space), updated_at: now() });
        return { id: space.id };
      },

      // trainings (the page size is spelled pageSize here; the route table knows)
      ...trainings.crud({ list: 'listTrainings', get: 'getTraining' }),
      createTraining: trainings.create({
        build: (body) =>
          store.dataModels.has(body.data_model_id)
            ? (unknownBenchmark(body.benchmark_ids) ?? {
                benchmark_ids: [],
                ...body,
                status: 'pending',
                checkpoints: [],
                metrics: [],
                ...stamp(),
              })
            : missing('Data model', body.data_model_id),
      }),
      updateTraining: trainings.update({
        patch: (training, { connector, ...rest }) =>
          unknownBenchmark(rest.benchmark_ids) ?? {
            ...rest,
            ...(connector ? { connectors: [...(training.connectors ?? []), connector] } : {}),
          },
      }),
      deleteTraining: trainings.drop,

      // users
      getCurrentUser: () => me(),
      updateCurrentUser: ({ body }) => {
        // The answer leaves out the user's permissions and spaces.
        const { permissions: _p, spaces: _s, ...user } = store.users.update(me().id, body) ?? me();
        return user;
      },
      acceptInvite: () => {
        const user = me();
        const pending = store.invites.filter((i) => i.email === user.email && !i.accepted);
        if (!pending.length) return notFound(`No pending invite for ${user.email}`);
        for (const invite of pending) store.invites.update(invite.id, { accepted: true });
        const joined = new Set([...(user.spaces ?? []), ...pending.map((i) => i.space_id)]);
        store.users.update(user.id, { spaces: [...joined] });
        return { error: '' };
      },
      addUserPermissions: () => {
        const user = me();
        const accepted = store.invites.filter((i) => i.email === user.email && i.accepted && !i.granted);
        const permissions = new Set([...(user.permissions ?? []), ...accepted.flatMap((i) => i.roles)]);
        for (const invite of accepted) store.invites.update(invite.id, { granted: true });
        store.users.update(user.id, { permissions: [...permissions] });
        return { permissions: [...permissions] };
      },

      // webhooks: the API's own status-update route answers the update's id.
      receiveStatusUpdate: ({ body }) => ({ id: body.id }),
    },
  });

  const handlers: HttpHandler[] = [
    // Every route needs a bearer key; without one, NeoSpace's 401. Passing on (undefined) lets the routes answer.
    http.untyped.all(`${baseUrl}/v1/*`, ({ request }) =>
      /^Bearer \S+/.test(request.headers.get('authorization') ?? '')
        ? undefined
        : error(401, 'authentication_error', 'invalid_api_key', 'Invalid API key provided'),
    ),
    ...api.handlers,
  ];

  const base = createScenarios({
    baseUrl,
    errorBody: (status, message) => errors.fault(status, message),
  });

  const scenarios = {
    ...base,
    /**
     * NeoSpace's 429: `X-RateLimit-Limit/Remaining/Reset` headers and `error.retryAfter` (seconds) in the
     * body, with no `Retry-After` header, as the rate-limits guide shows. Fractions of a second are allowed
     * here (for fast tests); the API sends whole seconds.
     */
    rateLimited(
      route: Route,
      options: {
        retryAfterSeconds?: number;
        times?: number;
        limit?: number;
        retryAfterHeader?: boolean;
      } = {},
    ) {
      const seconds = options.retryAfterSeconds ?? 1;
      // An epoch time on the mock's clock, like every time the mock sends, so a test can name it.
      const reset = Math.ceil(clock.peekMs() / 1000 + seconds);
      return base.rateLimited(route, {
        times: options.times ?? 1,
        ...(options.retryAfterHeader ? { retryAfterSeconds: seconds } : {}),
        headers: {
          'X-RateLimit-Limit': String(options.limit ?? 60),
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Reset': String(reset),
        },
        body: errors.fault(429, `Request limit exceeded. Please try again after ${seconds} seconds.`, {
          retryAfter: seconds,
        }),
      });
    },
    /**
     * The chat completion streams its usual chunks for the request (and stores the chat), then stops after
     * `afterChunks` of them, mid-chunk: the body ends (`'end'`) or the connection drops (`'error'`).
     */
    cutChatStream(options: SseBodyOptions & { afterChunks: number; mode?: 'end' | 'error'; times?: number }) {
      const fire = fireTimes(options.times ?? 1);
      return api.override('createChatCompletion', ({ body }) => {
        if (!fire.take()) return undefined;
        const completion = runChat(body);
        if (completion instanceof Response) return completion;
        return new HttpResponse(
          sseBody(chunksOf(completion), {
            chunkSize: options.chunkSize,
            delayMs: options.delayMs,
            cut: { afterEvents: options.afterChunks, mode: options.mode },
          }),
          { headers: { 'content-type': 'text/event-stream' } },
        );
      });
    },
  };

  const mock = {
    baseUrl,
    /** Everything back to the seeded start: records, the models and user, request ids and the clock. */
    reset: () => store.reset(),
    /** The msw handlers: `setupServer(...mock.handlers)`. */
    handlers,
    /** The in-memory state: read it in assertions, seed it. */
    store,
    /**
     * One operation answered your way, typed by the operation, for `server.use(...)`; the request is still
     * routed and its body checked as the mock does.
     * @example server.use(mock.override('getAction', () => ({ id: 'act_1', name: 'Call', description: '', priority: 'high', type: 'call' }), { once: true }))
     */
    override: api.override,
    /** Typed handler factory for any route: `server.use(mock.http.get('/v1/models', () => ({ ... })))`. */
    http,
    /** Fault scenarios in NeoSpace's error shape: 429 with its headers and body hint, 5xx, network errors, slow answers, cut streams. */
    scenarios,
    /** State the API creates on its own, for a test to start from. */
    seed: {
      /** A checkpoint, as a training would write it (added to the training's `checkpoints` too). */
      checkpoint(name: string, trainingId?: string): S['Checkpoint'] {
        const checkpoint = store.checkpoints.insert({
          name,
          ...(trainingId ? { training_id: trainingId } : {}),
          created_at: now(),
        });
        const training = trainingId ? store.trainings.get(trainingId) : undefined;
        if (training)
          store.trainings.update(training.id, { checkpoints: [...(training.checkpoints ?? []), checkpoint] });
        return checkpoint;
      },
      /** The files of an S3 connector. */
      connectorFiles(connectorId: string, files: { key: string; size?: number }[]): MockConnectorFile[] {
        const stored = files.map((f) => ({ key: f.key, size: f.size ?? 0, last_modified: now() }));
        store.connectorFiles.delete(connectorId);
        store.connectorFiles.insert({ id: connectorId, files: stored });
        return stored;
      },
      /** The scores of a finished evaluation (the leaderboard ranks by them). */
      evaluationResult(evaluationId: string, result: Record<string, number>): S['Evaluation'] | undefined {
        return store.evaluations.update(evaluationId, { result, updated_at: now() });
      },
    },
  };
  return mock satisfies VendorMock;
}

/** The NeoSpace mock, as `createInferenceMock` returns it. */
export type InferenceMock = ReturnType<typeof createInferenceMock>;
