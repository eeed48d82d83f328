/**
 * The state and helpers every group of Hotdata resolvers shares: the in-memory store, the error bodies in
 * Hotdata's shapes, the list envelope, the deterministic clock and ids. Routing, body checks and paging
 * come from the engine (`createMockApi` over the generated `mock-routes.ts`).
 */
import {
  type BodyIssue,
  type Collection,
  createCollection,
  createMockClock,
  createSchemaViews,
  createStore,
  defineResource,
  type MockInputLocation,
  type MockResolvers,
  type MockRoute,
} from '@org/sdk-core/msw';
import { HttpResponse } from 'msw';
import type { Operations } from '../generated/mock-routes';
import type { components } from '../generated/schema';
import { components as specComponents } from '../generated/schemas';
import type { MockSqlEngine, QueryEngine, QueryOutcome } from './sql';
import type { MockColumn, MockTableData } from './tabular';

type S = components['schemas'];

/** A table of a remote database, as discovery finds it: columns, and the rows a data sync copies. */
export interface MockRemoteTable {
  schema: string;
  table: string;
  columns: MockColumn[];
  rows?: unknown[][];
}

/** A discovered table of a connection, with its cache state. */
export interface MockTable extends MockTableData {
  schema: string;
  table: string;
  synced: boolean;
  last_sync: string | null;
}

/** A connection as the mock keeps it. */
export interface MockConnection {
  id: string;
  name: string;
  source_type: string;
  config: Record<string, unknown>;
  secret_id: string | null;
  tables: MockTable[];
}

/** A secret, with the value the API never returns. */
export type MockSecret = S['SecretMetadataResponse'] & { id: string; value: string };

/** An upload; `bytes` are kept up to `keepUploadBytes`, beyond that only counted. */
export type MockUpload = S['UploadInfo'] & { bytes: Uint8Array | null };

/** A dataset with its versions and its rows; `loadPollsLeft`: GETs left before it shows as loaded. */
type DatasetSummary = S['DatasetSummary'];
export interface MockDataset extends DatasetSummary {
  pinned_version: number | null;
  source_type: string;
  source: S['DatasetSource'];
  versions: S['DatasetVersionSummary'][];
  data: MockTableData;
  loadPollsLeft: number;
}

/** One version of a saved query. */
export type MockSavedQueryVersion = S['SavedQueryVersionInfo'];

/** A saved query with its versions, newest last. */
export type MockSavedQuery = Omit<S['SavedQuerySummary'], 'latest_version'> & {
  category_override: string | null;
  table_size_override: string | null;
  versions: MockSavedQueryVersion[];
};

/** A query run and what it will end in, advanced by polls. */
export type MockQueryRun = S['QueryRunInfo'] & { pollsLeft: number; outcome: QueryOutcome };

/** A persisted result, advanced by GETs. */
export type MockResult = S['ResultInfo'] & { pollsLeft: number; result: QueryOutcome };

/** An index of a connection's table. */
export type MockIndex = S['IndexInfoResponse'] & {
  id: string;
  connection_id: string;
  schema: string;
  table: string;
};

/** An embedding provider, with the secret it reads its key from. */
export type MockEmbeddingProvider = S['EmbeddingProviderResponse'] & { secret_name: string | null };

/** A background job: polls advance it, and `finish` applies its effect and gives its result. */
export type MockJob = S['JobStatusResponse'] & { pollsLeft: number; finish: () => S['JobResult'] };

/** A workspace, with its organization. */
export type MockWorkspace = S['WorkspaceListItem'] & { organization_public_id: string };

/** How the mock behaves; every option has a deterministic default. */
export interface HotdataMockOptions {
  /** The API root the handlers answer. @default `https://api.hotdata.dev` */
  baseUrl?: string;
  /** The workspace the mock starts with; `X-Workspace-Id` must name a workspace it knows. @default 'ws_mock' */
  workspaceId?: string;
  /** What a new connection (or a schema refresh) discovers in its remote database. @default nothing */
  discover?: (connection: {
    name: string;
    source_type: string;
    config: Record<string, unknown>;
  }) => MockRemoteTable[];
  /** Polls of a query run that answer `running` once it went asynchronous (0: done at once). @default 1 */
  queryPolls?: number;
  /**
   * Every query outlasts `async_after_ms`, so `POST /v1/query` with `async: true` always answers 202 and
   * the run is polled. Off by default: a query the mock can answer finishes within any wait and answers
   * 200 with its result, as the API does for a fast query. SQL registered with `{ polls }` is slow when
   * `polls > 0` and fast when 0, whatever this says.
   * @default false
   */
  slowQueries?: boolean;
  /** GETs of a new result that answer `processing` before it is ready. @default 0 */
  resultPolls?: number;
  /** Polls of a job that answer `running` before it finishes. @default 1 */
  jobPolls?: number;
  /** GETs of a new dataset that show no columns (still loading); >0 also makes create answer `processing`. @default 0 */
  datasetLoadPolls?: number;
  /** Uploads up to this size keep their bytes (to make datasets of); larger ones are only counted. @default 32 MiB */
  keepUploadBytes?: number;
  /**
   * A SQL engine of your choice for the queries the mock does not answer itself (it answers registered
   * SQL, literal SELECTs and `SELECT * | COUNT(*) FROM <table> [LIMIT n]`). See `MockSqlEngine`.
   * @default none: such a query fails as the server fails SQL it cannot plan
   */
  sqlEngine?: MockSqlEngine;
}

/** The resolvers of a group of operations, keyed and typed by operationId. */
export type Resolvers = MockResolvers<Operations>;

/** `{error: {code, message}}`, the body of every `/v1` handler's failure. */
export function apiError(status: number, code: S['ErrorCode'], message: string): Response {
  const body: S['ApiErrorResponse'] = { error: { code, message } };
  return HttpResponse.json(body, { status });
}
export const notFound = (message: string) => apiError(404, 'NOT_FOUND', message);
/** The record a path parameter names, else Hotdata's 404 (`lookup(store.jobs, 'id', (id) => \`Job ${id}\`)`). */
export const lookup = <Row extends object, K extends string>(
  rows: Collection<Row, K>,
  param: string,
  name: (value: string) => string,
) => defineResource(rows, { param, notFound: (value) => notFound(`${name(value)} not found`) });
export const badRequest = (message: string) => apiError(400, 'BAD_REQUEST', message);
export const conflict = (message: string) => apiError(409, 'CONFLICT', message);
/** `{error: "<code>"}`, the body of authentication and authorization failures. */
export const authError = (status: number, code: S['AuthError']['error']) => {
  const body: S['AuthError'] = { error: code };
  return HttpResponse.json(body, { status });
};

/**
 * A body or query string that breaks the spec: `400` naming the first three problems (the workspace
 * routes answer a body their own way). A query parameter is named as a bad page parameter is.
 */
export function invalidBody(
  issues: readonly BodyIssue[],
  route: MockRoute,
  where: MockInputLocation = 'body',
): Response {
  if (where === 'query') {
    const [name, ...rest] = (issues[0] as BodyIssue).path;
    const at = rest.length ? ` (item ${rest.join('.')})` : '';
    return badRequest(`Invalid query parameter ${name}${at}: ${(issues[0] as BodyIssue).message}`);
  }
  if (route.operationId === 'createWorkspace') {
    // No body, or one that is not JSON, is a 400; JSON that breaks the schema is a 422.
    const unread = issues.some((i) => i.code === 'invalid_json' || (i.path.length === 0 && i.missing));
    return unread ? authError(400, 'invalid_json') : authError(422, 'validation_error');
  }
  const text = issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
  return badRequest(`Invalid request body: ${text}`);
}

/** Stored rows as the API sends them: the fields of the spec's schema, e.g. `view('UploadInfo')(upload)`. */
export const view = createSchemaViews<S>(specComponents);

/** Builds the store, the clock and the ids one mock instance shares. */
export function createMockContext(options: HotdataMockOptions, engine: QueryEngine) {
  const store = createStore({
    workspaces: createCollection<MockWorkspace, 'public_id'>({ idField: 'public_id', idPrefix: 'ws_' }),
    secrets: createCollection<MockSecret, 'name'>({ idField: 'name' }),
    connections: createCollection<MockConnection>({ idPrefix: 'conn_' }),
    uploads: createCollection<MockUpload>({ idPrefix: 'upl_' }),
    datasets: createCollection<MockDataset>({ idPrefix: 'ds_' }),
    savedQueries: createCollection<MockSavedQuery>({ idPrefix: 'sq_' }),
    queryRuns: createCollection<MockQueryRun>({ idPrefix: 'qrun_' }),
    results: createCollection<MockResult>({ idPrefix: 'res_' }),
    indexes: createCollection<MockIndex>(),
    embeddingProviders: createCollection<MockEmbeddingProvider>({ idPrefix: 'emb_' }),
    contexts: createCollection<S['WorkspaceContextEntry'], 'name'>({ idField: 'name' }),
    jobs: createCollection<MockJob>({ idPrefix: 'job_' }),
  });
  const clock = createMockClock();
  let sequence = 0;

  return {
    options,
    store,
    engine,
    clock,
    /** The next instant of the mock's clock, as ISO text (never the wall clock). */
    now: () => clock.now(),
    /** `created_at` and `updated_at` of a new record: one instant. */
    stamp() {
      const at = clock.now();
      return { created_at: at, updated_at: at };
    },
    /** Ids for records that are not stored on their own (secrets' ids, dataset versions). */
    nextId: (prefix: string) => `${prefix}${++sequence}`,
    /** The clock and the ids back to their start (the store resets itself). */
    rewind() {
      clock.reset();
      sequence = 0;
    },
    queryPolls: options.queryPolls ?? 1,
    slowQueries: options.slowQueries ?? false,
    resultPolls: options.resultPolls ?? 0,
    jobPolls: options.jobPolls ?? 1,
    datasetLoadPolls: options.datasetLoadPolls ?? 0,
    keepUploadBytes: options.keepUploadBytes ?? 32 * 1024 * 1024,
    discover: options.discover ?? (() => []),
  };
}

/** What the resolver groups share. */
export type MockContext = ReturnType<typeof createMockContext>;
