import {
  createMockApi,
  createRequestBodyChecker,
  createScenarios,
  createTypedHttp,
  fireTimes,
  mswPath,
  type Route,
  type VendorMock,
} from '@org/sdk-core/msw';
import { delay, http as mswHttp } from 'msw';
import { type Operations, routes } from '../generated/mock-routes';
import { servers } from '../generated/resources';
import type { components, paths } from '../generated/schema';
import { components as specComponents, operations } from '../generated/schemas';
import { connectionResolvers } from './connection-resolvers';
import {
  apiError,
  badRequest,
  createMockContext,
  type HotdataMockOptions,
  invalidBody,
  type MockConnection,
  type MockDataset,
  type MockRemoteTable,
  notFound,
} from './context';
import { credentialResolvers } from './credential-resolvers';
import { datasetResolvers, tableNameOf } from './dataset-resolvers';
import { createJobQueue } from './job-queue';
import { queryResolvers } from './query-resolvers';
import { createQueryEngine } from './sql';
import { type MockTableData, readCsvTable } from './tabular';
import { createWorkspaceGate, MOCK_ORGANIZATION, workspaceResolvers } from './workspace-resolvers';

type S = components['schemas'];

const CODES: Record<number, S['ErrorCode']> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'OVERLOADED',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * A stateful fake of the Hotdata API for msw. What a test creates persists in memory (workspaces,
 * connections with discovered tables, their cache and profiles, secrets, uploads, datasets and versions,
 * saved queries with versions, query runs and results, indexes, embedding providers, jobs, workspace context
 * documents); lists page like the API (offset or cursor); unknown ids answer `404 {error: {code, message}}`,
 * bodies that break the spec `400`, a method a path does not serve `405`; every `/v1` call but the
 * workspace endpoints must carry an `X-Workspace-Id` the mock knows. Routing, body checks and paging come
 * from the spec's generated route table; times come from a fixed clock and `reset()` rewinds everything.
 * A query runs asynchronously (`running`, then `succeeded` with a result): the mock answers SELECTs of
 * literals, `SELECT * | COUNT(*)` of the tables it holds, and SQL registered with `queries.register`;
 * anything else fails the way the server fails an unknown table.
 * @example
 * const mock = createHotdataMock();
 * const server = setupServer(...mock.handlers);
 * mock.queries.register('select count(*) from sales', { columns: ['count(*)'], rows: [[42]] });
 * const hotdata = createHotdataClient({ apiKey: 'test', workspaceId: mock.workspaceId });
 * server.use(mock.scenarios.overloaded('POST /v1/query', { retryAfterSeconds: 1 }));
 * server.use(mock.override('listSecrets', () => ({ secrets: [] }), { once: true }));
 */
export function createHotdataMock(options: HotdataMockOptions = {}) {
  const baseUrl = options.baseUrl ?? servers.default;
  const workspaceId = options.workspaceId ?? 'ws_mock';
  const http = createTypedHttp<paths>({ baseUrl });
  const urls = new Map<string, string>();
  // Table references resolve against what the resolver groups hold; bound once they exist.
  let resolveTable: (reference: string) => MockTableData | undefined = () => undefined;
  const engine = createQueryEngine((reference) => resolveTable(reference), options.sqlEngine);
  const ctx = createMockContext(options, engine);
  const { store, now } = ctx;

  const jobs = createJobQueue(ctx);
  const datasets = datasetResolvers(ctx, urls);
  const connections = connectionResolvers(ctx, jobs, datasets.refreshDataset);
  resolveTable = (reference) => datasets.resolve(reference) ?? connections.resolve(reference);

  // Routing, body checks against the spec, paging and 405s come from the engine; the resolvers hold
  // Hotdata's behaviour.
  const api = createMockApi<Operations>({
    baseUrl,
    routes,
    validate: createRequestBodyChecker(operations, specComponents),
    errors: {
      invalid: invalidBody,
      notFound: (message) => notFound(message ?? 'Not found'),
      methodNotAllowed: (method, route) =>
        apiError(405, 'BAD_REQUEST', `Method ${method} is not allowed on ${route.path}`),
      pageError: (error) => badRequest(`Invalid query parameter ${error.param}: ${error.message}`),
    },
    resolvers: {
      ...workspaceResolvers(ctx),
      ...queryResolvers(ctx),
      ...connections.resolvers,
      ...datasets.resolvers,
      ...credentialResolvers(ctx),
      ...jobs.resolvers,
    },
  });

  function seedWorkspace() {
    if (store.workspaces.has(workspaceId)) return;
    store.workspaces.insert({
      public_id: workspaceId,
      name: 'mock',
      active: true,
      favorite: true,
      provision_status: 'provisioned',
      namespace: `workspace-${workspaceId}`,
      organization_public_id: MOCK_ORGANIZATION,
    });
  }
  seedWorkspace();
  const clear = store.reset;
  /** Everything back to the seeded start: records, registered SQL and URLs, the clock and ids. */
  store.reset = () => {
    clear();
    engine.clear();
    urls.clear();
    ctx.rewind();
    seedWorkspace();
  };

  const scenarios = createScenarios({
    baseUrl,
    errorBody: (status, message) => ({
      error: {
        code: CODES[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST'),
        message: status === 429 ? 'Server is overloaded, retry later' : message,
      },
    }),
  });

  const mock = {
    baseUrl,
    /** Everything back to the seeded start: records, registered SQL and URLs, the clock and ids (keeps the workspace). */
    reset: () => store.reset(),
    /** The msw handlers: `setupServer(...mock.handlers)`. The gate (auth, workspace header) comes first. */
    handlers: [createWorkspaceGate(ctx, baseUrl), ...api.handlers],
    /** The in-memory state: read it in assertions or seed it. */
    store,
    /**
     * One operation answered your way, typed by that operation, for `server.use(...)`; the request is
     * still routed and its body checked as the mock does.
     * @example server.use(mock.override('getJob', ({ params }) => ({ ...job, id: params.id }), { once: true }))
     */
    override: api.override,
    /** Typed handler factory by path, for what `override` does not cover: `server.use(mock.http.get('/v1/jobs/{id}', ...))`. */
    http,
    /** The workspace the mock starts with: pass it as the client's `workspaceId`. */
    workspaceId,
    /** SQL the mock should answer: `mock.queries.register(sqlOrPattern, result | { error }, { polls })`. */
    queries: { register: engine.register, clear: engine.clear },
    /** Files a URL dataset source fetches: `mock.urls.register('https://x/a.csv', 'id,name\n1,Ada\n')`. */
    urls: {
      register(url: string, content: string) {
        urls.set(url, content);
      },
    },
    /**
     * Fault scenarios in Hotdata's error shape: `overloaded` (429 `OVERLOADED` with Retry-After),
     * `rateLimited`, `serverError`, `networkError`, `slow`, and `idleWorkspace` (the first calls wait while
     * the worker wakes).
     */
    scenarios: {
      ...scenarios,
      /** 429 with body code `OVERLOADED` and `Retry-After`, as the server sheds load. */
      overloaded(route: Route, opts: { retryAfterSeconds?: number; times?: number } = {}) {
        return scenarios.rateLimited(route, {
          retryAfterSeconds: opts.retryAfterSeconds ?? 1,
          times: opts.times,
        });
      },
      /** The first `times` calls to any `/v1` route wait `delayMs` before being answered, as an idle workspace's do. */
      idleWorkspace(opts: { delayMs: number; times?: number }) {
        const waking = fireTimes(opts.times ?? 1);
        return mswHttp.all(mswPath(baseUrl, '/v1/*'), async () => {
          if (waking.take()) await delay(opts.delayMs);
          return undefined;
        });
      },
    },
    /** State a test starts from. */
    seed: {
      /** A connection whose remote database holds `tables`; `synced: true` has them cached (profiles, queries). */
      connection(init: {
        name: string;
        source_type?: string;
        config?: Record<string, unknown>;
        tables: MockRemoteTable[];
        synced?: boolean;
      }): MockConnection {
        const stamp = init.synced ? now() : null;
        return store.connections.insert({
          name: init.name,
          source_type: init.source_type ?? 'postgres',
          config: init.config ?? {},
          secret_id: null,
          tables: init.tables.map((t) => ({
            ...connections.tableOf(t),
            synced: Boolean(init.synced),
            last_sync: stamp,
          })),
        });
      },
      /** A loaded dataset from CSV text, queryable as `datasets.main.<table_name>`. */
      dataset(label: string, csv: string, tableName?: string): MockDataset {
        const source = { inline: { content: csv, format: 'csv' as const } };
        return datasets.insert(label, tableName ?? tableNameOf(label), source, {
          table: readCsvTable(csv),
          type: 'inline',
        });
      },
    },
  };
  return mock satisfies VendorMock;
}

/** The Hotdata mock, as `createHotdataMock` returns it. */
export type HotdataMock = ReturnType<typeof createHotdataMock>;
