import {
  createRequestBodyChecker,
  type BodyCheck,
  type Collection,
  createCollection,
  createScenarios,
  createStore,
  createTypedHttp,
  isPageError,
  pageAfterId,
  pageByNumber,
  type Route,
  type SseBodyOptions,
  type SseEventInit,
  sseBody,
  sseHttpResponse,
} from '@org/sdk-core/msw';
import { HttpResponse } from 'msw';
import { servers } from '../generated/resources';
import type { components, paths } from '../generated/schema';
import { components as specComponents, operations } from '../generated/schemas';
import {
  argumentFor,
  bestAction,
  completePersona,
  countMessageTokens,
  countTokens,
  echoReply,
  streamPieces,
  timeliness,
} from './completion-text';
import { rankCheckpoints } from './leaderboard';
import { type PersonaInput, readPersonaFile } from './persona-files';

type S = components['schemas'];
type Message = S['ChatMessage'];
type ErrorType = S['ErrorType'];

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
  /** The models `GET /v1/models` lists and completions accept. @default two models named `mock-...` */
  models?: S['InferenceModel'][];
  /** How many latest messages the chat window holds. @default 10 */
  chatWindow?: number;
  /** The chat reply for a conversation. @default the last user message, quoted back */
  reply?: (messages: readonly Message[]) => string;
  /** The logged-in user (any key is accepted and belongs to this user). */
  user?: Partial<S['CurrentUser']>;
}

const DEFAULT_MODELS: S['InferenceModel'][] = [
  { id: 'mock-chat-small', object: 'model', owned_by: 'mock' },
  { id: 'mock-chat-large', object: 'model', owned_by: 'mock' },
];

const now = () => new Date().toISOString();
const without = <T extends object, K extends keyof T>(record: T, ...keys: K[]): Omit<T, K> => {
  const copy = { ...record };
  for (const key of keys) delete copy[key];
  return copy;
};

/**
 * A stateful fake of the NeoSpace Inference API for msw. What a test creates persists in memory and can be
 * listed, read, updated and deleted; lists page the way the API pages (`limit`/`after`, `page`/`page_size`,
 * and the trainings' `pageSize`); unknown ids answer 404 and bodies that break the spec 400, in NeoSpace's
 * `{error: {type, message, code, param, status, request_id}}`; a request without a bearer key answers 401.
 * Completions do not run a model: replies are built from the request by fixed rules (a chat reply quotes the
 * last user message back), streamed word by word as OpenAI-style SSE chunks ending `data: [DONE]`, and every
 * completion is logged, so the inference-log summary is computed from the calls made.
 * @example
 * const mock = createInferenceMock();
 * const server = setupServer(...mock.handlers);
 * server.use(mock.scenarios.rateLimited('POST /v1/chat/completions', { retryAfterSeconds: 1 }));
 */
export function createInferenceMock(options: InferenceMockOptions = {}) {
  const baseUrl = (options.baseUrl ?? servers.production).replace(/\/+$/, '');
  const window = options.chatWindow ?? 10;
  const reply = options.reply ?? echoReply;
  const http = createTypedHttp<paths>({ baseUrl });
  const store = createStore({
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
  const reset = store.reset;
  let requestIds = 0;
  // What a fresh mock holds: the models and the logged-in user. Reset restores it.
  const prime = () => {
    for (const model of options.models ?? DEFAULT_MODELS) store.models.insert(model);
    store.users.insert({
      id: 'user_1',
      email: 'developer@example.com',
      external_id: 'ext_1',
      first_name: 'Mock',
      last_name: 'Developer',
      role: 'developer',
      permissions: [],
      spaces: [],
      ...options.user,
    });
  };
  store.reset = () => {
    reset();
    requestIds = 0;
    prime();
  };
  prime();
  const me = () => store.users.all()[0] as S['CurrentUser'];

  // ---------- NeoSpace's error envelope ----------
  /** `{error: {type, message, code, param?, status, request_id, ...extra}}`, with the next request id. */
  function envelope(
    status: number,
    type: ErrorType,
    code: string,
    message: string,
    param?: string,
    extra?: Record<string, unknown>,
  ) {
    return {
      error: {
        type,
        message,
        code,
        ...(param ? { param } : {}),
        status,
        request_id: `req_mock_${++requestIds}`,
        ...extra,
      },
    };
  }
  function error(status: number, type: ErrorType, code: string, message: string, param?: string) {
    return HttpResponse.json(envelope(status, type, code, message, param), { status });
  }
  const notFound = (what: string, id: string) =>
    error(404, 'invalid_request_error', 'resource_not_found', `${what} ${id} not found`, 'id');
  const badParam = (param: string, message: string) =>
    error(400, 'invalid_request_error', 'invalid_param_value', message, param);
  /** The 400 for a body that broke the spec: the first issue, as NeoSpace words its two codes. */
  function invalid(check: Extract<BodyCheck, { ok: false }>, sent: unknown) {
    const issue = check.issues[0]!;
    const param = issue.path.join('.');
    let value = sent;
    for (const key of issue.path) value = (value as Record<string | number, unknown> | undefined)?.[key];
    if (value === undefined && issue.path.length) {
      return error(
        400,
        'invalid_request_error',
        'missing_param',
        `Required parameter '${param}' missing`,
        param,
      );
    }
    const where = param ? `The value of '${param}' is invalid` : 'The request body is invalid';
    return error(
      400,
      'invalid_request_error',
      'invalid_param_value',
      `${where}: ${issue.message}`,
      param || undefined,
    );
  }

  // ---------- request bodies, checked against the spec ----------
  const checkBody = createRequestBodyChecker(operations, specComponents);
  async function body<T>(
    request: Request,
    key: keyof typeof operations,
  ): Promise<{ value: T } | { response: Response }> {
    const check = await checkBody(request, key);
    return check.ok ? { value: check.value as T } : { response: invalid(check, check.value) };
  }

  // ---------- paging, as the API pages ----------
  function afterPage<T extends { id: string }>(items: T[], query: URLSearchParams) {
    const page = pageAfterId(items, {
      after: query.get('after'),
      limit: query.get('limit'),
      defaultLimit: 10,
    });
    if (isPageError(page)) return badParam(page.error.param, page.error.message);
    return { count: items.length, data: page.items, has_more: page.hasMore };
  }
  function numberedPage<T>(items: T[], query: URLSearchParams, sizeParam: string, defaultSize: number) {
    const page = pageByNumber(items, {
      page: query.get('page'),
      pageSize: query.get(sizeParam),
      pageSizeParam: sizeParam,
      defaultLimit: defaultSize,
    });
    if (isPageError(page)) return badParam(page.error.param, page.error.message);
    return { count: items.length, data: page.items, has_more: page.hasMore };
  }

  // ---------- the inference log ----------
  /** What a completion handler tells the log; the rest (time, latency, user, totals) is filled in. */
  type LogEntry = {
    started: number;
    type: string;
    model: string | undefined;
    user?: string;
    tags?: string[];
    correlation_id?: string;
    input_tokens: number;
    output_tokens: number;
  };
  function log(entry: LogEntry) {
    const { started, ...fields } = entry;
    store.inferenceLogs.insert({
      created_at: now(),
      status: 'success',
      user: me().id,
      latency_ms: Math.round((performance.now() - started) * 100) / 100,
      total_tokens: fields.input_tokens + fields.output_tokens,
      ...fields,
    } as S['InferenceLog']);
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
  function logFilter(query: URLSearchParams) {
    const range = dateRange(query);
    if (range instanceof Response) return range;
    const { start, end, startAt, endAt } = range;
    const equals = (name: string, value: unknown) => !query.get(name) || query.get(name) === value;
    const logs = store.inferenceLogs.filter((l) => {
      const at = Date.parse(String(l.created_at));
      return (
        (startAt === undefined || at >= startAt) &&
        (endAt === undefined || at <= endAt) &&
        equals('user', l.user) &&
        equals('model', l.model) &&
        equals('status', l.status) &&
        equals('type', l.type) &&
        equals('correlation_id', l.correlation_id) &&
        (!query.get('tag') || (l.tags ?? []).includes(query.get('tag') as string))
      );
    });
    return { logs, start, end };
  }

  // ---------- chats ----------
  const modelOr = (model: string | undefined) =>
    model === undefined
      ? (store.models.all()[0]?.id ?? 'mock-chat-small')
      : store.models.get(model)
        ? model
        : undefined;

  /** Runs a chat completion against the store: the chat, its history, the reply, the log. */
  function runChat(input: S['ChatCompletionRequest'], started: number) {
    const model = modelOr(input.model);
    if (!model) return badParam('model', `The model '${input.model}' does not exist (see GET /v1/models)`);
    const missingExpert = (input.expert_ids ?? []).find((id) => !store.experts.has(id));
    if (missingExpert) return notFound('Expert', missingExpert);
    let chat: S['Chat'] | undefined;
    if (input.id) {
      chat = store.chats.get(input.id);
      if (!chat) return notFound('Chat', input.id);
    } else {
      const first = input.messages.find((m) => m.role === 'user')?.content ?? 'New chat';
      chat = store.chats.insert({ name: input.name ?? first.slice(0, 40), messages: [], created_at: now() });
    }
    const history = [...(chat.messages ?? []), ...input.messages];
    const text = reply(history);
    const answer: Message = { role: 'assistant', content: text };
    store.chats.update(chat.id, { messages: [...history, answer] });
    const usage = {
      prompt_tokens: countMessageTokens(input.messages),
      completion_tokens: countTokens(text),
      total_tokens: countMessageTokens(input.messages) + countTokens(text),
    };
    log({
      started,
      type: 'chat',
      model,
      user: input.user ?? me().id,
      tags: input.tags ?? [],
      correlation_id: chat.id,
      input_tokens: usage.prompt_tokens,
      output_tokens: usage.completion_tokens,
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
      ...streamPieces(text).map((piece) => chunk({ content: piece })),
      chunk({}, 'stop', { usage: completion.usage }),
      { data: '[DONE]' },
    ];
  }

  async function chatCompletion(request: Request) {
    const started = performance.now();
    const input = await body<S['ChatCompletionRequest']>(request, 'POST /v1/chat/completions');
    if ('response' in input) return { response: input.response };
    const result = runChat(input.value, started);
    if (result instanceof Response) return { response: result };
    return { completion: result, stream: input.value.stream === true };
  }

  // ---------- CRUD ----------
  type Keyed = { id: string };
  /** list/create/get/update/delete for a collection under `base` and `base/{id}`. */
  function crud<T extends Keyed, C, U>(config: {
    base: keyof paths & string;
    what: string;
    collection: Collection<T>;
    list: (items: T[], query: URLSearchParams) => unknown;
    create: (input: C) => T | Response;
    update?: (record: T, input: U) => Partial<T> | Response;
    /** How delete removes a visible record. @default the collection's delete */
    remove?: (record: T) => void;
    /** Whether delete answers 204 without a body (experts, personas) rather than `{id}`. */
    noContent?: boolean;
    visible?: (record: T) => boolean;
    show?: (record: T) => unknown;
  }) {
    const { base, what, collection } = config;
    const item = `${base}/{id}`;
    const visible = config.visible ?? (() => true);
    const show = config.show ?? ((r: T) => r);
    const remove = config.remove ?? ((r: T) => void collection.delete(r.id));
    const find = (id: string) => {
      const record = collection.get(id);
      return record && visible(record) ? record : undefined;
    };
    // The routes differ per resource, so the typed factory is used untyped here; bodies are checked at runtime.
    type Untyped = (path: string, resolver: (info: any) => unknown) => ReturnType<typeof http.get>;
    const any = http as unknown as Record<'get' | 'post' | 'put' | 'delete', Untyped>;
    return [
      any.get(base, ({ query }) => {
        const page = config.list(collection.filter(visible), query);
        return page instanceof Response
          ? page
          : { ...(page as object), data: (page as { data: T[] }).data.map(show) };
      }),
      any.post(base, async ({ request }) => {
        const input = await body<C>(request, `POST ${base}` as keyof typeof operations);
        if ('response' in input) return input.response;
        const record = config.create(input.value);
        return record instanceof Response ? record : show(record);
      }),
      any.get(item, ({ params }) => {
        const record = find(params.id);
        return record ? show(record) : notFound(what, params.id);
      }),
      any.put(item, async ({ params, request }) => {
        const record = find(params.id);
        if (!record) return notFound(what, params.id);
        const input = await body<U>(request, `PUT ${item}` as keyof typeof operations);
        if ('response' in input) return input.response;
        const patch = config.update ? config.update(record, input.value) : (input.value as Partial<T>);
        if (patch instanceof Response) return patch;
        return show(collection.update(record.id, { ...patch, updated_at: now() }) as T);
      }),
      any.delete(item, ({ params }) => {
        const record = find(params.id);
        if (!record) return notFound(what, params.id);
        remove(record);
        return config.noContent ? new HttpResponse(null, { status: 204 }) : { id: record.id };
      }),
    ];
  }
  const stamp = () => ({ created_at: now(), updated_at: now() });
  const byMe = () => ({ created_by: me().id, updated_by: me().id });

  const handlers = [
    // Every route needs a bearer key; without one, NeoSpace's 401. Passing on (undefined) lets the routes answer.
    http.untyped.all(`${baseUrl}/v1/*`, ({ request }) =>
      /^Bearer \S+/.test(request.headers.get('authorization') ?? '')
        ? undefined
        : error(401, 'authentication_error', 'invalid_api_key', 'Invalid API key provided'),
    ),

    // action groups and actions
    ...crud<S['ActionGroup'], S['ActionGroupCreate'], S['ActionGroupUpdate']>({
      base: '/v1/action-groups',
      what: 'Action group',
      collection: store.actionGroups,
      list: afterPage,
      create: (input) => store.actionGroups.insert({ ...input, ...stamp() } as S['ActionGroup']),
    }),
    ...crud<S['Action'], S['ActionCreate'], S['ActionUpdate']>({
      base: '/v1/actions',
      what: 'Action',
      collection: store.actions,
      list: afterPage,
      create: (input) =>
        store.actions.insert({ status: 'draft', group: '', ...input, ...stamp() } as S['Action']),
      update: (_record, input) =>
        input.group && !store.actionGroups.has(input.group)
          ? badParam('group', `There is no action group ${input.group}`)
          : input,
    }),

    // arguments
    http.get('/v1/arguments', ({ query }) => {
      const status = query.get('status');
      const actionId = query.get('action_id');
      const items = store.arguments.filter(
        (a) => (!status || a.review?.status === status) && (!actionId || a.action_id === actionId),
      );
      const page = numberedPage(items, query, 'page_size', 100);
      return page instanceof Response ? page : page.data;
    }),
    http.post('/v1/arguments/completions', async ({ request }) => {
      const started = performance.now();
      const input = await body<S['ArgumentCompletionRequest']>(request, 'POST /v1/arguments/completions');
      if ('response' in input) return input.response;
      const { value } = input;
      const action = value.action_id ? store.actions.get(value.action_id) : undefined;
      if (value.action_id && !action) return notFound('Action', value.action_id);
      if (!modelOr(value.model))
        return badParam('model', `The model '${value.model}' does not exist (see GET /v1/models)`);
      const text = argumentFor(value, action);
      const argument = store.arguments.insert({
        action_id: value.action_id,
        client: value.client,
        insight_spec: value.insight_spec,
        product: value.product,
        ...text,
        review: { status: 'waiting_review' },
        space: me().spaces?.[0] ?? '',
        duration: 0,
        error: '',
        ...stamp(),
      } as S['Argument']);
      const stored = store.arguments.update(argument.id, {
        _id: argument.id,
        duration: Math.round(performance.now() - started),
      }) as S['Argument'];
      log({
        started,
        type: 'argument',
        model: value.model,
        correlation_id: value.action_id ?? argument.id,
        input_tokens: countTokens(JSON.stringify([value.client, value.product, value.insight_spec])),
        output_tokens: countTokens(text.argument),
      });
      return without(stored, '_id', 'space', 'deleted_at');
    }),
    http.get(
      '/v1/arguments/{id}',
      ({ params }) => store.arguments.get(params.id) ?? notFound('Argument', params.id),
    ),
    http.put('/v1/arguments/{id}', async ({ params, request }) => {
      if (!store.arguments.has(params.id)) return notFound('Argument', params.id);
      const input = await body<S['ArgumentUpdate']>(request, 'PUT /v1/arguments/{id}');
      if ('response' in input) return input.response;
      return store.arguments.update(params.id, { ...input.value, updated_at: now() }) as S['Argument'];
    }),
    http.delete('/v1/arguments/{id}', ({ params }) =>
      store.arguments.delete(params.id) ? { id: params.id } : notFound('Argument', params.id),
    ),

    // benchmarks
    ...crud<S['Benchmark'], S['BenchmarkCreate'], S['BenchmarkUpdate']>({
      base: '/v1/benchmarks',
      what: 'Benchmark',
      collection: store.benchmarks,
      list: (items, query) => numberedPage(items, query, 'page_size', 10),
      create: (input) => store.benchmarks.insert({ ...input, ...stamp(), ...byMe() } as S['Benchmark']),
      update: (_record, { connector, ...rest }) => ({
        ...rest,
        ...(connector ? { connectors: [{ connector_id: connector }] } : {}),
        updated_by: me().id,
      }),
    }),

    // chats
    http.get('/v1/chats', ({ query }) => {
      const name = query.get('name')?.toLowerCase();
      return afterPage(
        store.chats.filter(
          (c) =>
            !name ||
            String(c.name ?? '')
              .toLowerCase()
              .includes(name),
        ),
        query,
      );
    }),
    http.post('/v1/chat/completions', async ({ request }) => {
      const result = await chatCompletion(request);
      if ('response' in result) return result.response;
      return result.stream
        ? sseHttpResponse(chunksOf(result.completion), { chunkSize: 'event' })
        : result.completion;
    }),
    http.get('/v1/chats/{id}', ({ params }) => store.chats.get(params.id) ?? notFound('Chat', params.id)),
    http.get('/v1/chats/{id}/window', ({ params }) => {
      const chat = store.chats.get(params.id);
      return chat ? { ...chat, messages: (chat.messages ?? []).slice(-window) } : notFound('Chat', params.id);
    }),
    http.put('/v1/chats/{id}', async ({ params, request }) => {
      if (!store.chats.has(params.id)) return notFound('Chat', params.id);
      const input = await body<S['ChatUpdate']>(request, 'PUT /v1/chats/{id}');
      if ('response' in input) return input.response;
      const { name, messages } = input.value;
      // The chat keeps its name and history; the completion settings (model, temperature, ...) are not part of it.
      return store.chats.update(params.id, {
        ...(name !== undefined ? { name } : {}),
        ...(messages !== undefined ? { messages } : {}),
      }) as S['Chat'];
    }),
    http.delete('/v1/chats/{id}', ({ params }) =>
      store.chats.delete(params.id) ? { id: params.id } : notFound('Chat', params.id),
    ),

    // checkpoints
    http.get('/v1/checkpoints', ({ query }) => afterPage(store.checkpoints.all(), query)),

    // the space's cluster
    http.get('/v1/clusters', () => {
      const cluster = store.clusters.all()[0];
      if (!cluster) return notFound('Cluster of space', me().spaces?.[0] ?? 'default');
      return {
        inference: { manager_url: cluster.manager_url },
        ingress: { url: cluster.ingress_url },
        nodes: [],
        resources: {},
      };
    }),
    http.post('/v1/clusters', async ({ request }) => {
      const input = await body<S['ClusterCreate']>(request, 'POST /v1/clusters');
      if ('response' in input) return input.response;
      if (store.clusters.size) {
        return error(
          409,
          'invalid_request_error',
          'already_exists',
          'This space already has a cluster; update or delete it',
        );
      }
      return store.clusters.insert({ name: '', token: '', ...input.value, ...stamp() } as S['Cluster']);
    }),
    http.put('/v1/clusters', async ({ request }) => {
      const cluster = store.clusters.all()[0];
      if (!cluster) return notFound('Cluster of space', me().spaces?.[0] ?? 'default');
      const input = await body<S['ClusterUpdate']>(request, 'PUT /v1/clusters');
      if ('response' in input) return input.response;
      return store.clusters.update(cluster.id, { ...input.value, updated_at: now() }) as S['Cluster'];
    }),
    http.delete('/v1/clusters', () => {
      const cluster = store.clusters.all()[0];
      if (!cluster) return notFound('Cluster of space', me().spaces?.[0] ?? 'default');
      store.clusters.delete(cluster.id);
      return { id: cluster.id };
    }),

    // connectors
    http.get('/v1/connectors', ({ query }) => afterPage(store.connectors.all(), query)),
    http.post('/v1/connectors', async ({ request }) => {
      const input = await body<S['ConnectorCreate']>(request, 'POST /v1/connectors');
      if ('response' in input) return input.response;
      const { name, type, s3 } = input.value;
      return store.connectors.insert({
        name,
        provider: type,
        region: typeof s3?.region === 'string' ? s3.region : '',
        status: 'active',
        created_at: now(),
        created_by: me().id,
      } as S['Connector']);
    }),
    http.get(
      '/v1/connectors/{id}',
      ({ params }) => store.connectors.get(params.id) ?? notFound('Connector', params.id),
    ),
    http.delete('/v1/connectors/{id}', ({ params }) => {
      if (!store.connectors.delete(params.id)) return notFound('Connector', params.id);
      store.connectorFiles.delete(params.id);
      return { id: params.id };
    }),
    http.get('/v1/connectors/{id}/files', ({ params, query }) => {
      if (!store.connectors.has(params.id)) return notFound('Connector', params.id);
      const prefix = query.get('prefix') ?? '';
      const limit = query.get('limit');
      if (limit !== null && !(Number.isInteger(Number(limit)) && Number(limit) > 0)) {
        return badParam('limit', 'limit must be a positive integer');
      }
      const files = (store.connectorFiles.get(params.id)?.files ?? []).filter((f) =>
        f.key.startsWith(prefix),
      );
      return [limit === null ? files : files.slice(0, Number(limit))];
    }),
    http.post('/v1/connectors/{id}/scan', async ({ params, request }) => {
      if (!store.connectors.has(params.id)) return notFound('Connector', params.id);
      const input = await body<S['ConnectorScanRequest']>(request, 'POST /v1/connectors/{id}/scan');
      if ('response' in input) return input.response;
      const known = store.connectorFiles.get(params.id)?.files ?? [];
      const keys = input.value.files ?? known.map((f) => f.key);
      const missing = keys.find((k) => !known.some((f) => f.key === k));
      if (missing) return badParam('files', `The connector has no file '${missing}'`);
      return { connector_id: params.id, files: keys, scanned: keys.length };
    }),

    // data models
    ...crud<S['DataModel'], S['DataModelCreate'], S['DataModelUpdate']>({
      base: '/v1/data-models',
      what: 'Data model',
      collection: store.dataModels,
      list: afterPage,
      create: (input) => store.dataModels.insert({ description: '', ...input, ...stamp() } as S['DataModel']),
    }),

    // evaluations
    http.post('/v1/evaluations', async ({ request }) => {
      const input = await body<S['EvaluationCreate']>(request, 'POST /v1/evaluations');
      if ('response' in input) return input.response;
      const { benchmark_id, checkpoint_id } = input.value;
      if (!store.benchmarks.has(benchmark_id)) return notFound('Benchmark', benchmark_id);
      if (!store.checkpoints.has(checkpoint_id)) return notFound('Checkpoint', checkpoint_id);
      return store.evaluations.insert({
        ...input.value,
        result: {},
        ...stamp(),
        ...byMe(),
      } as S['Evaluation']);
    }),

    // experts
    ...crud<S['Expert'], S['ExpertCreate'], S['ExpertUpdate']>({
      base: '/v1/experts',
      what: 'Expert',
      collection: store.experts,
      list: afterPage,
      create: (input) =>
        store.experts.insert({
          context: '',
          file_context: [],
          tools: [],
          ...input,
          ...stamp(),
        } as S['Expert']),
      noContent: true,
    }),

    // inference logs
    http.get('/v1/inference-logs', ({ query }) => {
      const selected = logFilter(query);
      if (selected instanceof Response) return selected;
      return numberedPage([...selected.logs].reverse(), query, 'page_size', 20);
    }),
    http.get('/v1/inference-logs/summary', ({ query }) => {
      const selected = logFilter(query);
      if (selected instanceof Response) return selected;
      const { logs } = selected;
      const sum = (pick: (l: S['InferenceLog']) => number | undefined) =>
        logs.reduce((n, l) => n + (pick(l) ?? 0), 0);
      const model_usage: Record<
        string,
        { calls: number; input_tokens: number; output_tokens: number; total_tokens: number }
      > = {};
      for (const l of logs) {
        const usage = (model_usage[String(l.model)] ??= {
          calls: 0,
          input_tokens: 0,
          output_tokens: 0,
          total_tokens: 0,
        });
        usage.calls++;
        usage.input_tokens += l.input_tokens ?? 0;
        usage.output_tokens += l.output_tokens ?? 0;
        usage.total_tokens += l.total_tokens ?? 0;
      }
      return {
        total_calls: logs.length,
        success_rate: logs.length ? logs.filter((l) => l.status === 'success').length / logs.length : 0,
        avg_latency_ms: logs.length ? sum((l) => l.latency_ms) / logs.length : 0,
        input_tokens: sum((l) => l.input_tokens),
        output_tokens: sum((l) => l.output_tokens),
        total_tokens: sum((l) => l.total_tokens),
        model_usage,
        period_start_date: selected.start ?? logs[0]?.created_at ?? '',
        period_end_date: selected.end ?? logs.at(-1)?.created_at ?? '',
      };
    }),

    // insights
    http.post('/v1/insights', async ({ request }) => {
      const started = performance.now();
      const input = await body<S['InsightCreate']>(request, 'POST /v1/insights');
      if ('response' in input) return input.response;
      const { value } = input;
      const actions: S['Action'][] = [];
      for (const id of value.actions ?? []) {
        const action = store.actions.get(id);
        if (!action) return notFound('Action', id);
        actions.push(action);
      }
      const model = modelOr(value.model);
      if (!model) return badParam('model', `The model '${value.model}' does not exist (see GET /v1/models)`);
      const best = bestAction(actions);
      const client = value.client ?? 'the client';
      const insight = best
        ? `For ${client}, lead with "${best.name}" (${best.priority} priority) via ${best.channel || 'any channel'}.`
        : `No actions were given for ${client}.`;
      const argument = best ? best.description : '';
      const usage = {
        prompt_tokens: countTokens(JSON.stringify(value)),
        completion_tokens: countTokens(insight) + countTokens(argument),
        total_tokens: 0,
      };
      usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;
      log({
        started,
        type: 'insight',
        model,
        correlation_id: best?.id ?? '',
        input_tokens: usage.prompt_tokens,
        output_tokens: usage.completion_tokens,
      });
      return {
        id: `ins_${store.inferenceLogs.size}`,
        actions: actions.map((a) => a.id).join(','),
        insight,
        argument,
        argument_content: argument,
        argument_thinking:
          'Chosen by the mock: active actions first, then the highest priority; no model was run.',
        thinking: '',
        best_channel: best?.channel ?? '',
        best_time: best?.start_date ?? '',
        timeliness: best ? timeliness(best, new Date()) : '',
        type: best?.type ?? '',
        finish_reason: 'stop',
        error: '',
        elapsed_time_in_seconds: (performance.now() - started) / 1000,
        usage,
      };
    }),

    // leaderboards
    http.get('/v1/leaderboards', ({ query }) => {
      const range = dateRange(query);
      if (range instanceof Response) return range;
      const direction = query.get('order_by_metric.direction') ?? 'desc';
      if (direction !== 'asc' && direction !== 'desc') {
        return badParam(
          'order_by_metric.direction',
          `order_by_metric.direction must be asc or desc, got '${direction}'`,
        );
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
      return afterPage(entries, query);
    }),

    // users
    http.get('/v1/users/me', () => me()),
    http.put('/v1/users/me', async ({ request }) => {
      const input = await body<S['UserUpdate']>(request, 'PUT /v1/users/me');
      if ('response' in input) return input.response;
      const user = store.users.update(me().id, input.value) as S['CurrentUser'];
      return without(user, 'permissions', 'spaces');
    }),
    http.post('/v1/users/accept-invite', () => {
      const user = me();
      const pending = store.invites.filter((i) => i.email === user.email && !i.accepted);
      if (!pending.length) {
        return error(
          404,
          'invalid_request_error',
          'resource_not_found',
          `No pending invite for ${user.email}`,
        );
      }
      for (const invite of pending) store.invites.update(invite.id, { accepted: true });
      const spaces = new Set([...(user.spaces ?? []), ...pending.map((i) => i.space_id)]);
      store.users.update(user.id, { spaces: [...spaces] });
      return { error: '' };
    }),
    http.post('/v1/users/permissions', () => {
      const user = me();
      const accepted = store.invites.filter((i) => i.email === user.email && i.accepted && !i.granted);
      const permissions = new Set([...(user.permissions ?? []), ...accepted.flatMap((i) => i.roles)]);
      for (const invite of accepted) store.invites.update(invite.id, { granted: true });
      store.users.update(user.id, { permissions: [...permissions] });
      return { permissions: [...permissions] };
    }),

    // webhooks: the API's own status-update route answers the update's id.
    http.post('/v1/webhooks', async ({ request }) => {
      const input = await body<S['StatusUpdate']>(request, 'POST /v1/webhooks');
      if ('response' in input) return input.response;
      return { id: input.value.id };
    }),

    // models
    http.get('/v1/models', () => ({ count: store.models.size, data: store.models.all(), has_more: false })),

    // personas
    ...crud<S['Persona'], S['PersonaCreate'], S['PersonaUpdate']>({
      base: '/v1/personas',
      what: 'Persona',
      collection: store.personas,
      list: afterPage,
      create: (input) => store.personas.insert({ data: {}, ...input, ...stamp(), ...byMe() } as S['Persona']),
      update: (_record, input) => ({ ...input, updated_by: me().id }),
      noContent: true,
    }),
    http.post('/v1/personas/completions', async ({ request }) => {
      const started = performance.now();
      const input = await body<S['PersonaCompletionRequest']>(request, 'POST /v1/personas/completions');
      if ('response' in input) return input.response;
      const persona = completePersona(input.value);
      log({
        started,
        type: 'persona',
        model: modelOr(undefined),
        input_tokens: countTokens(input.value.prompt),
        output_tokens: countTokens(JSON.stringify(persona)),
      });
      return persona;
    }),
    http.post('/v1/personas/upload', async ({ request }) => {
      let form: FormData;
      try {
        form = await request.formData();
      } catch {
        return badParam('files', 'Expected multipart/form-data with one or more `files` parts');
      }
      const files = form.getAll('files').filter((f): f is File => f instanceof Blob);
      if (!files.length)
        return error(
          400,
          'invalid_request_error',
          'missing_param',
          "Required parameter 'files' missing",
          'files',
        );
      const personas: PersonaInput[] = [];
      for (const file of files) {
        try {
          personas.push(...readPersonaFile(file.name, file.type, await file.text()));
        } catch (cause) {
          return badParam(
            'files',
            `Could not read personas from ${file.name || 'a file'}: ${(cause as Error).message}`,
          );
        }
      }
      const existing = new Set(store.personas.all().map((p) => p.name.toLowerCase()));
      const conflicts = personas.filter((p) => existing.has(p.name.toLowerCase())).length;
      const upload = store.personaUploads.insert({ personas, conflicts });
      return {
        upload_token: upload.id,
        status: 'pending',
        total: personas.length,
        conflict_personas: conflicts,
        message: `${personas.length} persona(s) read, ${conflicts} clash with existing ones; confirm to store them`,
      };
    }),
    http.post('/v1/personas/upload/{upload_token}/confirm', async ({ params, request }) => {
      const upload = store.personaUploads.get(params.upload_token);
      if (!upload) return notFound('Pending upload', params.upload_token);
      const input = await body<S['PersonaUploadConfirm']>(
        request,
        'POST /v1/personas/upload/{upload_token}/confirm',
      );
      if ('response' in input) return input.response;
      const resolution = input.value.conflict_resolution ?? 'skip';
      let written = 0;
      for (const persona of upload.personas) {
        const clash = store.personas.find((p) => p.name.toLowerCase() === persona.name.toLowerCase());
        if (clash && resolution === 'skip') continue;
        if (clash && resolution === 'overwrite') {
          store.personas.update(clash.id, { ...persona, updated_at: now(), updated_by: me().id });
        } else {
          store.personas.insert({ data: {}, ...persona, ...stamp(), ...byMe() } as S['Persona']);
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
    }),

    // spaces
    ...crud<MockSpace, S['SpaceCreate'], S['SpaceUpdate']>({
      base: '/v1/spaces',
      what: 'Space',
      collection: store.spaces,
      list: afterPage,
      create: (input) => {
        const space = store.spaces.insert({ ...input, ...stamp(), ...byMe() } as MockSpace);
        store.users.update(me().id, { spaces: [...(me().spaces ?? []), space.id] });
        return space;
      },
      update: (_record, input) => ({ ...input, updated_by: me().id }),
      visible: (s) => !s.deleted_at,
      show: (s) => without(s, 'deleted_at'),
      // A deleted space is kept (so it can be restored): delete marks it instead of removing it.
      remove: (s) => void store.spaces.update(s.id, { deleted_at: now() }),
    }),
    http.post('/v1/spaces/{id}/invite', async ({ params, request }) => {
      const space = store.spaces.get(params.id);
      if (!space || space.deleted_at) return notFound('Space', params.id);
      const input = await body<S['SpaceInvite']>(request, 'POST /v1/spaces/{id}/invite');
      if ('response' in input) return input.response;
      for (const email of input.value.emails) {
        store.invites.insert({
          email,
          space_id: space.id,
          roles: input.value.roles,
          accepted: false,
          granted: false,
        });
      }
      return { emails: input.value.emails };
    }),
    http.post('/v1/spaces/{id}/restore', ({ params }) => {
      const space = store.spaces.get(params.id);
      if (!space) return notFound('Space', params.id);
      if (!space.deleted_at) return badParam('id', `Space ${params.id} is not deleted`);
      store.spaces.replace(space.id, { ...without(space, 'deleted_at'), updated_at: now() });
      return { id: space.id };
    }),

    // trainings (the page size is spelled pageSize here)
    ...crud<S['Training'], S['TrainingCreate'], S['TrainingUpdate']>({
      base: '/v1/trainings',
      what: 'Training',
      collection: store.trainings,
      list: (items, query) => numberedPage(items, query, 'pageSize', 10),
      create: (input) => {
        if (!store.dataModels.has(input.data_model_id)) return notFound('Data model', input.data_model_id);
        const missing = (input.benchmark_ids ?? []).find((id) => !store.benchmarks.has(id));
        if (missing) return notFound('Benchmark', missing);
        return store.trainings.insert({
          benchmark_ids: [],
          ...input,
          status: 'pending',
          checkpoints: [],
          metrics: [],
          ...stamp(),
        });
      },
      update: (record, { connector, ...rest }) => {
        const missing = (rest.benchmark_ids ?? []).find((id) => !store.benchmarks.has(id));
        if (missing) return notFound('Benchmark', missing);
        return { ...rest, ...(connector ? { connectors: [...(record.connectors ?? []), connector] } : {}) };
      },
    }),
  ];

  const base = createScenarios({
    baseUrl,
    errorBody: (status, message) =>
      envelope(
        status,
        status === 429 ? 'rate_limit_error' : status >= 500 ? 'api_error' : 'invalid_request_error',
        status === 429 ? 'rate_limit_exceeded' : status >= 500 ? 'internal_error' : 'invalid_request',
        message,
      ),
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
      const reset = Math.ceil(Date.now() / 1000 + seconds);
      return base.rateLimited(route, {
        times: options.times ?? 1,
        ...(options.retryAfterHeader ? { retryAfterSeconds: seconds } : {}),
        headers: {
          'X-RateLimit-Limit': String(options.limit ?? 60),
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Reset': String(reset),
        },
        body: envelope(
          429,
          'rate_limit_error',
          'rate_limit_exceeded',
          `Request limit exceeded. Please try again after ${seconds} seconds.`,
          undefined,
          { retryAfter: seconds },
        ),
      });
    },
    /**
     * The chat completion streams its usual chunks for the request (and stores the chat), then stops after
     * `afterChunks` of them, mid-chunk: the body ends (`'end'`) or the connection drops (`'error'`).
     */
    cutChatStream(options: SseBodyOptions & { afterChunks: number; mode?: 'end' | 'error'; times?: number }) {
      let left = options.times ?? 1;
      return http.post('/v1/chat/completions', async ({ request }) => {
        if (left <= 0) return undefined;
        left--;
        const result = await chatCompletion(request);
        if ('response' in result) return result.response;
        return new HttpResponse(
          sseBody(chunksOf(result.completion), {
            chunkSize: options.chunkSize,
            delayMs: options.delayMs,
            cut: { afterEvents: options.afterChunks, mode: options.mode },
          }),
          { headers: { 'content-type': 'text/event-stream' } },
        );
      });
    },
  };

  return {
    baseUrl,
    /** Everything back to the seeded start (the store and what hangs off it). */
    reset: () => store.reset(),
    /** The msw handlers: `setupServer(...mock.handlers)`. */
    handlers,
    /** The in-memory state: read it in assertions, seed it, `store.reset()` between tests. */
    store,
    /** Typed handler factory for overrides: `server.use(mock.http.get('/v1/models', () => ({ ... })))`. */
    http,
    /** Fault scenarios in NeoSpace's error shape: 429 with its headers and body hint, 5xx, network errors, slow answers, cut streams. */
    scenarios,
    /** State the API creates on its own, for a test to start from. */
    seed: {
      /** A checkpoint, as a training would write it (added to the training's `checkpoints` too). */
      checkpoint(name: string, trainingId?: string): S['Checkpoint'] {
        const checkpoint = store.checkpoints.insert({ name, training_id: trainingId, created_at: now() });
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
}

/** The NeoSpace mock, as `createInferenceMock` returns it. */
export type InferenceMock = ReturnType<typeof createInferenceMock>;
