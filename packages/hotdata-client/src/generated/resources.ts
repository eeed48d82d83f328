// Generated from specs/hotdata.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
import {
  type ApiClient,
  type ApiPromise,
  type MultipartValue,
  type NamedServerSentEvent,
  type OptionalOrUndefined,
  type PagePromise,
  paginate,
  type RequestOptions,
  type ResponseData,
  type StreamPromise,
  type UploadRequestOptions,
  type UploadSource,
} from '@org/sdk-core';
import {
  missingAnyOf,
  multipartBody,
  nameOperations,
  streamResponse,
  toUploadBody,
} from '@org/sdk-core/internal';
import type { paths } from './schema';

/** The API's servers, by the `environment` option that selects each (the first is the default). */
export const servers = { default: 'https://api.hotdata.dev' } as const;

/**
 * Statuses the vendor uses for "not processed, try again" beyond core's (the spec's `x-sdk-retry-statuses`).
 */
export const retryStatuses: readonly number[] = [];

/** Parameters of `workspaces.list()` (GET /v1/workspaces). */
export type WorkspacesListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/workspaces']['get']['parameters']['query']>
>;
/** What `workspaces.list()` resolves with. */
export type WorkspacesListResponse = ResponseData<paths, '/v1/workspaces', 'get'>;

/** Parameters of `workspaces.create()` (POST /v1/workspaces). */
export type WorkspacesCreateParams = OptionalOrUndefined<
  (paths['/v1/workspaces']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `workspaces.create()` resolves with. */
export type WorkspacesCreateResponse = ResponseData<paths, '/v1/workspaces', 'post'>;

/** Parameters of `query.execute()` (POST /v1/query). */
export type QueryExecuteParams = OptionalOrUndefined<
  (paths['/v1/query']['post']['requestBody'] extends { content: { 'application/json': infer B } } | undefined
    ? B
    : never) & {}
>;
/** What `query.execute()` resolves with. */
export type QueryExecuteResponse = ResponseData<paths, '/v1/query', 'post'>;

/** What `connections.list()` resolves with. */
export type ConnectionsListResponse = ResponseData<paths, '/v1/connections', 'get'>;

/** Parameters of `connections.create()` (POST /v1/connections). */
export type ConnectionsCreateParams = OptionalOrUndefined<
  (paths['/v1/connections']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `connections.create()` resolves with. */
export type ConnectionsCreateResponse = ResponseData<paths, '/v1/connections', 'post'>;

/** What `connections.get()` resolves with. */
export type ConnectionsGetResponse = ResponseData<paths, '/v1/connections/{connection_id}', 'get'>;

/** What `connections.delete()` resolves with. */
export type ConnectionsDeleteResponse = ResponseData<paths, '/v1/connections/{connection_id}', 'delete'>;

/** What `connections.purgeCache()` resolves with. */
export type ConnectionsPurgeCacheResponse = ResponseData<
  paths,
  '/v1/connections/{connection_id}/cache',
  'delete'
>;

/** What `connections.checkHealth()` resolves with. */
export type ConnectionsCheckHealthResponse = ResponseData<
  paths,
  '/v1/connections/{connection_id}/health',
  'get'
>;

/** What `connections.purgeTableCache()` resolves with. */
export type ConnectionsPurgeTableCacheResponse = ResponseData<
  paths,
  '/v1/connections/{connection_id}/tables/{schema}/{table}/cache',
  'delete'
>;

/** What `connections.getTableProfile()` resolves with. */
export type ConnectionsGetTableProfileResponse = ResponseData<
  paths,
  '/v1/connections/{connection_id}/tables/{schema}/{table}/profile',
  'get'
>;

/** What `connectionTypes.list()` resolves with. */
export type ConnectionTypesListResponse = ResponseData<paths, '/v1/connection-types', 'get'>;

/** What `connectionTypes.get()` resolves with. */
export type ConnectionTypesGetResponse = ResponseData<paths, '/v1/connection-types/{name}', 'get'>;

/** Parameters of `refresh.run()` (POST /v1/refresh). */
export type RefreshRunParams = OptionalOrUndefined<
  (paths['/v1/refresh']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `refresh.run()` resolves with. */
export type RefreshRunResponse = ResponseData<paths, '/v1/refresh', 'post'>;

/** Parameters of `informationSchema.list()` (GET /v1/information_schema). */
export type InformationSchemaListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/information_schema']['get']['parameters']['query']>
>;
/** What `informationSchema.list()` resolves with. */
export type InformationSchemaListResponse = ResponseData<paths, '/v1/information_schema', 'get'>;
/** One item of `informationSchema.list()`. */
export type InformationSchemaListItem = NonNullable<InformationSchemaListResponse['tables']>[number];

/** What `secrets.list()` resolves with. */
export type SecretsListResponse = ResponseData<paths, '/v1/secrets', 'get'>;

/** Parameters of `secrets.create()` (POST /v1/secrets). */
export type SecretsCreateParams = OptionalOrUndefined<
  (paths['/v1/secrets']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `secrets.create()` resolves with. */
export type SecretsCreateResponse = ResponseData<paths, '/v1/secrets', 'post'>;

/** What `secrets.get()` resolves with. */
export type SecretsGetResponse = ResponseData<paths, '/v1/secrets/{name}', 'get'>;

/** Parameters of `secrets.update()` (PUT /v1/secrets/{name}). */
export type SecretsUpdateParams = OptionalOrUndefined<
  (paths['/v1/secrets/{name}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `secrets.update()` resolves with. */
export type SecretsUpdateResponse = ResponseData<paths, '/v1/secrets/{name}', 'put'>;

/** What `secrets.delete()` resolves with. */
export type SecretsDeleteResponse = ResponseData<paths, '/v1/secrets/{name}', 'delete'>;

/** Parameters of `results.list()` (GET /v1/results). */
export type ResultsListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/results']['get']['parameters']['query']>
>;
/** What `results.list()` resolves with. */
export type ResultsListResponse = ResponseData<paths, '/v1/results', 'get'>;
/** One item of `results.list()`. */
export type ResultsListItem = NonNullable<ResultsListResponse['results']>[number];

/** What `results.get()` resolves with. */
export type ResultsGetResponse = ResponseData<paths, '/v1/results/{id}', 'get'>;

/** Parameters of `queryRuns.list()` (GET /v1/query-runs). */
export type QueryRunsListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/query-runs']['get']['parameters']['query']>
>;
/** What `queryRuns.list()` resolves with. */
export type QueryRunsListResponse = ResponseData<paths, '/v1/query-runs', 'get'>;
/** One item of `queryRuns.list()`. */
export type QueryRunsListItem = NonNullable<QueryRunsListResponse['query_runs']>[number];

/** What `queryRuns.get()` resolves with. */
export type QueryRunsGetResponse = ResponseData<paths, '/v1/query-runs/{id}', 'get'>;

/** Parameters of `uploads.list()` (GET /v1/files). */
export type UploadsListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/files']['get']['parameters']['query']>
>;
/** What `uploads.list()` resolves with. */
export type UploadsListResponse = ResponseData<paths, '/v1/files', 'get'>;

/** Parameters of `uploads.upload()` (POST /v1/files). */
export type UploadsUploadParams = OptionalOrUndefined<
  NonNullable<paths['/v1/files']['post']['parameters']['query']>
>;
/** What `uploads.upload()` resolves with. */
export type UploadsUploadResponse = ResponseData<paths, '/v1/files', 'post'>;

/** Parameters of `datasets.list()` (GET /v1/datasets). */
export type DatasetsListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/datasets']['get']['parameters']['query']>
>;
/** What `datasets.list()` resolves with. */
export type DatasetsListResponse = ResponseData<paths, '/v1/datasets', 'get'>;
/** One item of `datasets.list()`. */
export type DatasetsListItem = NonNullable<DatasetsListResponse['datasets']>[number];

/** Parameters of `datasets.create()` (POST /v1/datasets). */
export type DatasetsCreateParams = OptionalOrUndefined<
  (paths['/v1/datasets']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `datasets.create()` resolves with. */
export type DatasetsCreateResponse = ResponseData<paths, '/v1/datasets', 'post'>;

/** What `datasets.get()` resolves with. */
export type DatasetsGetResponse = ResponseData<paths, '/v1/datasets/{id}', 'get'>;

/** Parameters of `datasets.update()` (PUT /v1/datasets/{id}). */
export type DatasetsUpdateParams = OptionalOrUndefined<
  (paths['/v1/datasets/{id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `datasets.update()` resolves with. */
export type DatasetsUpdateResponse = ResponseData<paths, '/v1/datasets/{id}', 'put'>;

/** What `datasets.delete()` resolves with. */
export type DatasetsDeleteResponse = ResponseData<paths, '/v1/datasets/{id}', 'delete'>;

/** Parameters of `datasets.listVersions()` (GET /v1/datasets/{id}/versions). */
export type DatasetsListVersionsParams = OptionalOrUndefined<
  NonNullable<paths['/v1/datasets/{id}/versions']['get']['parameters']['query']>
>;
/** What `datasets.listVersions()` resolves with. */
export type DatasetsListVersionsResponse = ResponseData<paths, '/v1/datasets/{id}/versions', 'get'>;
/** One item of `datasets.listVersions()`. */
export type DatasetsListVersionsItem = NonNullable<DatasetsListVersionsResponse['versions']>[number];

/** Parameters of `savedQueries.list()` (GET /v1/queries). */
export type SavedQueriesListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/queries']['get']['parameters']['query']>
>;
/** What `savedQueries.list()` resolves with. */
export type SavedQueriesListResponse = ResponseData<paths, '/v1/queries', 'get'>;
/** One item of `savedQueries.list()`. */
export type SavedQueriesListItem = NonNullable<SavedQueriesListResponse['queries']>[number];

/** Parameters of `savedQueries.create()` (POST /v1/queries). */
export type SavedQueriesCreateParams = OptionalOrUndefined<
  (paths['/v1/queries']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `savedQueries.create()` resolves with. */
export type SavedQueriesCreateResponse = ResponseData<paths, '/v1/queries', 'post'>;

/** What `savedQueries.get()` resolves with. */
export type SavedQueriesGetResponse = ResponseData<paths, '/v1/queries/{id}', 'get'>;

/** Parameters of `savedQueries.update()` (PUT /v1/queries/{id}). */
export type SavedQueriesUpdateParams = OptionalOrUndefined<
  (paths['/v1/queries/{id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `savedQueries.update()` resolves with. */
export type SavedQueriesUpdateResponse = ResponseData<paths, '/v1/queries/{id}', 'put'>;

/** What `savedQueries.delete()` resolves with. */
export type SavedQueriesDeleteResponse = ResponseData<paths, '/v1/queries/{id}', 'delete'>;

/** Parameters of `savedQueries.execute()` (POST /v1/queries/{id}/execute). */
export type SavedQueriesExecuteParams = OptionalOrUndefined<
  (paths['/v1/queries/{id}/execute']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `savedQueries.execute()` resolves with. */
export type SavedQueriesExecuteResponse = ResponseData<paths, '/v1/queries/{id}/execute', 'post'>;

/** Parameters of `savedQueries.listVersions()` (GET /v1/queries/{id}/versions). */
export type SavedQueriesListVersionsParams = OptionalOrUndefined<
  NonNullable<paths['/v1/queries/{id}/versions']['get']['parameters']['query']>
>;
/** What `savedQueries.listVersions()` resolves with. */
export type SavedQueriesListVersionsResponse = ResponseData<paths, '/v1/queries/{id}/versions', 'get'>;
/** One item of `savedQueries.listVersions()`. */
export type SavedQueriesListVersionsItem = NonNullable<SavedQueriesListVersionsResponse['versions']>[number];

/** What `indexes.list()` resolves with. */
export type IndexesListResponse = ResponseData<
  paths,
  '/v1/connections/{connection_id}/tables/{schema}/{table}/indexes',
  'get'
>;

/**
 * Parameters of `indexes.create()` (POST /v1/connections/{connection_id}/tables/{schema}/{table}/indexes).
 */
export type IndexesCreateParams = OptionalOrUndefined<
  (paths['/v1/connections/{connection_id}/tables/{schema}/{table}/indexes']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `indexes.create()` resolves with. */
export type IndexesCreateResponse = ResponseData<
  paths,
  '/v1/connections/{connection_id}/tables/{schema}/{table}/indexes',
  'post'
>;

/** What `indexes.delete()` resolves with. */
export type IndexesDeleteResponse = ResponseData<
  paths,
  '/v1/connections/{connection_id}/tables/{schema}/{table}/indexes/{index_name}',
  'delete'
>;

/** What `embeddingProviders.list()` resolves with. */
export type EmbeddingProvidersListResponse = ResponseData<paths, '/v1/embedding-providers', 'get'>;

/** Parameters of `embeddingProviders.create()` (POST /v1/embedding-providers). */
export type EmbeddingProvidersCreateParams = OptionalOrUndefined<
  (paths['/v1/embedding-providers']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `embeddingProviders.create()` resolves with. */
export type EmbeddingProvidersCreateResponse = ResponseData<paths, '/v1/embedding-providers', 'post'>;

/** What `embeddingProviders.get()` resolves with. */
export type EmbeddingProvidersGetResponse = ResponseData<paths, '/v1/embedding-providers/{id}', 'get'>;

/** Parameters of `embeddingProviders.update()` (PUT /v1/embedding-providers/{id}). */
export type EmbeddingProvidersUpdateParams = OptionalOrUndefined<
  (paths['/v1/embedding-providers/{id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `embeddingProviders.update()` resolves with. */
export type EmbeddingProvidersUpdateResponse = ResponseData<paths, '/v1/embedding-providers/{id}', 'put'>;

/** What `embeddingProviders.delete()` resolves with. */
export type EmbeddingProvidersDeleteResponse = ResponseData<paths, '/v1/embedding-providers/{id}', 'delete'>;

/** Parameters of `jobs.list()` (GET /v1/jobs). */
export type JobsListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/jobs']['get']['parameters']['query']>
>;
/** What `jobs.list()` resolves with. */
export type JobsListResponse = ResponseData<paths, '/v1/jobs', 'get'>;
/** One item of `jobs.list()`. */
export type JobsListItem = NonNullable<JobsListResponse['jobs']>[number];

/** What `jobs.get()` resolves with. */
export type JobsGetResponse = ResponseData<paths, '/v1/jobs/{id}', 'get'>;

/** What `context.list()` resolves with. */
export type ContextListResponse = ResponseData<paths, '/v1/context', 'get'>;

/** Parameters of `context.upsert()` (POST /v1/context). */
export type ContextUpsertParams = OptionalOrUndefined<
  (paths['/v1/context']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `context.upsert()` resolves with. */
export type ContextUpsertResponse = ResponseData<paths, '/v1/context', 'post'>;

/** What `context.get()` resolves with. */
export type ContextGetResponse = ResponseData<paths, '/v1/context/{name}', 'get'>;

/** Values the client fills in when a call leaves them out. */
export interface ResourceDefaults {
  workspaceId?: string | undefined;
}

/** How a list walks its pages (the spec's `x-pagination`). */
const paging1 = { style: 'offset', items: 'versions', hasMore: 'has_more' } as const;

/** Headers the calls below require, with what to do when one is unset (the spec's `x-sdk-missing`). */
const requiredHeaders1 = {
  'X-Workspace-Id':
    "the workspace (`ws_...`) the call acts on, and the client has none: pass `workspaceId` (e.g. createHotdataClient({ workspaceId: 'ws_...' })) or set HOTDATA_WORKSPACE_ID (`hotdata workspaces list` or `client.workspaces.list()` names yours).",
};

/** The resource namespaces, one method per operation of the spec. */
export function createResources(api: ApiClient<paths>, defaults: ResourceDefaults) {
  // Every method is named `group.method` for hooks and traces.
  return nameOperations({
    workspaces: {
      /**
       * List workspaces.
       * The workspaces of the user's organization. Needs only the Bearer token.
       * GET /v1/workspaces
       * @example await client.workspaces.list()
       */
      list(params: WorkspacesListParams = {}, options?: RequestOptions): ApiPromise<WorkspacesListResponse> {
        return api.request('get', '/v1/workspaces', {
          ...options,
          params: { query: params },
          headers: { 'X-Workspace-Id': null, ...options?.headers },
        });
      },
      /**
       * Create a workspace.
       * Creates a workspace in the given organization; it is provisioned in the background.
       * POST /v1/workspaces
       */
      create(params: WorkspacesCreateParams, options?: RequestOptions): ApiPromise<WorkspacesCreateResponse> {
        return api.request('post', '/v1/workspaces', {
          ...options,
          body: params,
          headers: { 'X-Workspace-Id': null, ...options?.headers },
        });
      },
    },
    query: {
      /**
       * Execute SQL query.
       * Runs SQL against every connection and dataset of the workspace. Without `async` the answer is the
       * result (200). With `async: true` the answer is a query run to poll (202), unless `async_after_ms` is
       * set and the query finishes within it, in which case the result comes back at once (200). Results of
       * an async run are read with `GET /v1/results/{id}` once the run has succeeded.
       * POST /v1/query
       */
      execute(params: QueryExecuteParams, options?: RequestOptions): ApiPromise<QueryExecuteResponse> {
        return api.request('post', '/v1/query', {
          ...options,
          body: params,
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
    },
    connections: {
      /**
       * List connections.
       * Every registered connection, in one unpaged list.
       * GET /v1/connections
       * @example await client.connections.list()
       */
      list(options?: RequestOptions): ApiPromise<ConnectionsListResponse> {
        return api.request('get', '/v1/connections', {
          ...options,
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Create connection.
       * Registers a remote database. Credentials come from a secret named by `secret_id` or `secret_name`
       * (mutually exclusive). Schema discovery runs at once unless `skip_discovery` is set.
       * POST /v1/connections
       */
      create(
        params: ConnectionsCreateParams,
        options?: RequestOptions,
      ): ApiPromise<ConnectionsCreateResponse> {
        return api.request('post', '/v1/connections', {
          ...options,
          body: params,
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Get connection.
       * One connection with its table and synced-table counts.
       * GET /v1/connections/{connection_id}
       * @param connectionId - Connection id.
       * @example await client.connections.get('connection_1')
       */
      get(connectionId: string, options?: RequestOptions): ApiPromise<ConnectionsGetResponse> {
        return api.request('get', '/v1/connections/{connection_id}', {
          ...options,
          params: { path: { connection_id: connectionId } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Delete connection.
       * Deletes the connection and its cached data.
       * DELETE /v1/connections/{connection_id}
       * @param connectionId - Connection id.
       * @example await client.connections.delete('connection_1')
       */
      delete(connectionId: string, options?: RequestOptions): ApiPromise<ConnectionsDeleteResponse> {
        return api.request('delete', '/v1/connections/{connection_id}', {
          ...options,
          params: { path: { connection_id: connectionId } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Purge connection cache.
       * Drops every cached table of the connection; the next query of each syncs it again.
       * DELETE /v1/connections/{connection_id}/cache
       * @param connectionId - Connection id.
       * @example await client.connections.purgeCache('connection_1')
       */
      purgeCache(connectionId: string, options?: RequestOptions): ApiPromise<ConnectionsPurgeCacheResponse> {
        return api.request('delete', '/v1/connections/{connection_id}/cache', {
          ...options,
          params: { path: { connection_id: connectionId } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Check connection health.
       * Tests connectivity to the remote database; answers health and latency.
       * GET /v1/connections/{connection_id}/health
       * @param connectionId - Connection id.
       * @example await client.connections.checkHealth('connection_1')
       */
      checkHealth(
        connectionId: string,
        options?: RequestOptions,
      ): ApiPromise<ConnectionsCheckHealthResponse> {
        return api.request('get', '/v1/connections/{connection_id}/health', {
          ...options,
          params: { path: { connection_id: connectionId } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Purge table cache.
       * Drops the cached data of one table; the next query syncs it again.
       * DELETE /v1/connections/{connection_id}/tables/{schema}/{table}/cache
       * @param connectionId - Connection id.
       * @param schema - Schema name.
       * @param table - Table name.
       * @example await client.connections.purgeTableCache('connection_1', 'schema_1', 'table_1')
       */
      purgeTableCache(
        connectionId: string,
        schema: string,
        table: string,
        options?: RequestOptions,
      ): ApiPromise<ConnectionsPurgeTableCacheResponse> {
        return api.request('delete', '/v1/connections/{connection_id}/tables/{schema}/{table}/cache', {
          ...options,
          params: { path: { connection_id: connectionId, schema: schema, table: table } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Get table profile.
       * Column statistics of a synced table, computed at sync time: cardinality, nulls, and a type-specific
       * profile (distinct values, min/max, length statistics, true/false counts).
       * GET /v1/connections/{connection_id}/tables/{schema}/{table}/profile
       * @param connectionId - Connection id.
       * @param schema - Schema name.
       * @param table - Table name.
       * @example await client.connections.getTableProfile('connection_1', 'schema_1', 'table_1')
       */
      getTableProfile(
        connectionId: string,
        schema: string,
        table: string,
        options?: RequestOptions,
      ): ApiPromise<ConnectionsGetTableProfileResponse> {
        return api.request('get', '/v1/connections/{connection_id}/tables/{schema}/{table}/profile', {
          ...options,
          params: { path: { connection_id: connectionId, schema: schema, table: table } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
    },
    connectionTypes: {
      /**
       * List connection types.
       * The kinds of connection that can be created.
       * GET /v1/connection-types
       * @example await client.connectionTypes.list()
       */
      list(options?: RequestOptions): ApiPromise<ConnectionTypesListResponse> {
        return api.request('get', '/v1/connection-types', {
          ...options,
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Get connection type details.
       * The configuration schema and authentication a connection type needs.
       * GET /v1/connection-types/{name}
       * @param name - Connection type name (e.g. postgres, mysql, snowflake).
       * @example await client.connectionTypes.get('name_1')
       */
      get(name: string, options?: RequestOptions): ApiPromise<ConnectionTypesGetResponse> {
        return api.request('get', '/v1/connection-types/{name}', {
          ...options,
          params: { path: { name: name } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
    },
    refresh: {
      /**
       * Refresh connection data.
       * What runs depends on the fields. Schema refresh of every connection: no fields. Schema refresh of one
       * connection: `connection_id`. Data refresh of one table: `connection_id`, `schema_name`, `table_name`
       * and `data: true`. Data refresh of a connection: `connection_id` and `data: true` (`include_uncached:
       * true` also syncs tables never cached). Dataset refresh: `dataset_id`. With `async: true` (data
       * refreshes only) the answer is a job to poll.
       * POST /v1/refresh
       */
      run(params: RefreshRunParams, options?: RequestOptions): ApiPromise<RefreshRunResponse> {
        return api.request('post', '/v1/refresh', {
          ...options,
          body: params,
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
    },
    informationSchema: {
      /**
       * List tables.
       * Discovered tables across connections, a page at a time. `schema` and `table` filters take SQL `%`
       * wildcards; `include_columns=true` adds column definitions.
       * GET /v1/information_schema
       * @example await client.informationSchema.list()
       */
      list(
        params: InformationSchemaListParams = {},
        options?: RequestOptions,
      ): PagePromise<InformationSchemaListResponse, InformationSchemaListItem> {
        return paginate<InformationSchemaListResponse, InformationSchemaListItem>(
          (query) =>
            api.request('get', '/v1/information_schema', {
              ...options,
              params: { query },
              headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
              requiredHeaders: requiredHeaders1,
            }),
          { style: 'cursor', items: 'tables', nextCursor: 'next_cursor', cursorParam: 'cursor' },
          params,
        );
      },
    },
    secrets: {
      /**
       * List secrets.
       * The metadata of every secret (never the values), unpaged.
       * GET /v1/secrets
       * @example await client.secrets.list()
       */
      list(options?: RequestOptions): ApiPromise<SecretsListResponse> {
        return api.request('get', '/v1/secrets', {
          ...options,
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Create secret.
       * Stores a named secret, encrypted at rest. Names are unique in the workspace.
       * POST /v1/secrets
       */
      create(params: SecretsCreateParams, options?: RequestOptions): ApiPromise<SecretsCreateResponse> {
        return api.request('post', '/v1/secrets', {
          ...options,
          body: params,
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Get secret.
       * A secret's metadata; the value is never returned.
       * GET /v1/secrets/{name}
       * @param name - Secret name.
       * @example await client.secrets.get('name_1')
       */
      get(name: string, options?: RequestOptions): ApiPromise<SecretsGetResponse> {
        return api.request('get', '/v1/secrets/{name}', {
          ...options,
          params: { path: { name: name } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Update secret.
       * Replaces the secret's value.
       * PUT /v1/secrets/{name}
       * @param name - Secret name.
       */
      update(
        name: string,
        params: SecretsUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<SecretsUpdateResponse> {
        return api.request('put', '/v1/secrets/{name}', {
          ...options,
          params: { path: { name: name } },
          body: params,
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Delete secret.
       * Deletes the secret.
       * DELETE /v1/secrets/{name}
       * @param name - Secret name.
       * @example await client.secrets.delete('name_1')
       */
      delete(name: string, options?: RequestOptions): ApiPromise<SecretsDeleteResponse> {
        return api.request('delete', '/v1/secrets/{name}', {
          ...options,
          params: { path: { name: name } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
    },
    results: {
      /**
       * List results.
       * Persisted query results, newest first, a page at a time.
       * GET /v1/results
       * @example await client.results.list()
       */
      list(
        params: ResultsListParams = {},
        options?: RequestOptions,
      ): PagePromise<ResultsListResponse, ResultsListItem> {
        return paginate<ResultsListResponse, ResultsListItem>(
          (query) =>
            api.request('get', '/v1/results', {
              ...options,
              params: { query },
              headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
              requiredHeaders: requiredHeaders1,
            }),
          { style: 'offset', items: 'results', hasMore: 'has_more' },
          params,
        );
      },
      /**
       * Get result.
       * A persisted result. While it is pending or processing only the status comes back; once ready, the
       * columns and rows too.
       * GET /v1/results/{id}
       * @param id - The `id` of the path.
       * @example await client.results.get('id_1')
       */
      get(id: string, options?: RequestOptions): ApiPromise<ResultsGetResponse> {
        return api.request('get', '/v1/results/{id}', {
          ...options,
          params: { path: { id: id } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
    },
    queryRuns: {
      /**
       * List query runs.
       * The query history, newest first, a page at a time.
       * GET /v1/query-runs
       * @example await client.queryRuns.list()
       */
      list(
        params: QueryRunsListParams = {},
        options?: RequestOptions,
      ): PagePromise<QueryRunsListResponse, QueryRunsListItem> {
        return paginate<QueryRunsListResponse, QueryRunsListItem>(
          (query) =>
            api.request('get', '/v1/query-runs', {
              ...options,
              params: { query },
              headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
              requiredHeaders: requiredHeaders1,
            }),
          { style: 'cursor', items: 'query_runs', nextCursor: 'next_cursor', cursorParam: 'cursor' },
          params,
        );
      },
      /**
       * Get query run.
       * One query run with its status, timing, error and result id.
       * GET /v1/query-runs/{id}
       * @param id - The `id` of the path.
       * @example await client.queryRuns.get('id_1')
       */
      get(id: string, options?: RequestOptions): ApiPromise<QueryRunsGetResponse> {
        return api.request('get', '/v1/query-runs/{id}', {
          ...options,
          params: { path: { id: id } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
    },
    uploads: {
      /**
       * List uploads.
       * Every upload, unpaged, optionally filtered by status.
       * GET /v1/files
       * @example await client.uploads.list()
       */
      list(params: UploadsListParams = {}, options?: RequestOptions): ApiPromise<UploadsListResponse> {
        return api.request('get', '/v1/files', {
          ...options,
          params: { query: params },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Upload file.
       * The file's raw bytes are the body, with the file's own Content-Type (`text/csv`, `application/json`,
       * `application/parquet`, ...). Up to 2 GB held in memory by the server; with `streaming=true` the body
       * is streamed to disk, up to 20 GB. The upload id is then a dataset source.
       * POST /v1/files
       */
      upload(
        body: UploadSource,
        params: UploadsUploadParams = {},
        options?: UploadRequestOptions,
      ): ApiPromise<UploadsUploadResponse> {
        return api.request('post', '/v1/files', {
          ...options,
          params: { query: params },
          body: toUploadBody(body),
          headers: {
            'X-Workspace-Id': defaults.workspaceId,
            'Content-Type': 'application/octet-stream',
            ...options?.headers,
          },
          requiredHeaders: requiredHeaders1,
        });
      },
    },
    datasets: {
      /**
       * List datasets.
       * The workspace's datasets, a page at a time.
       * GET /v1/datasets
       * @example await client.datasets.list()
       */
      list(
        params: DatasetsListParams = {},
        options?: RequestOptions,
      ): PagePromise<DatasetsListResponse, DatasetsListItem> {
        return paginate<DatasetsListResponse, DatasetsListItem>(
          (query) =>
            api.request('get', '/v1/datasets', {
              ...options,
              params: { query },
              headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
              requiredHeaders: requiredHeaders1,
            }),
          { style: 'offset', items: 'datasets', hasMore: 'has_more' },
          params,
        );
      },
      /**
       * Create dataset.
       * Makes a table from a source: an upload, inline data (up to 1 MB), a URL, a saved query or SQL. It is
       * queryable as `datasets.<schema_name>.<table_name>`; `table_name` defaults to one derived from the
       * label.
       * POST /v1/datasets
       */
      create(params: DatasetsCreateParams, options?: RequestOptions): ApiPromise<DatasetsCreateResponse> {
        return api.request('post', '/v1/datasets', {
          ...options,
          body: params,
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Get dataset.
       * One dataset with its columns and versions.
       * GET /v1/datasets/{id}
       * @param id - The `id` of the path.
       * @example await client.datasets.get('id_1')
       */
      get(id: string, options?: RequestOptions): ApiPromise<DatasetsGetResponse> {
        return api.request('get', '/v1/datasets/{id}', {
          ...options,
          params: { path: { id: id } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Update dataset.
       * Renames the dataset or its table, or pins it to a version (`pinned_version: null` unpins; leaving the
       * field out leaves pinning as it is).
       * PUT /v1/datasets/{id}
       * @param id - The `id` of the path.
       */
      update(
        id: string,
        params: DatasetsUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<DatasetsUpdateResponse> {
        return api.request('put', '/v1/datasets/{id}', {
          ...options,
          params: { path: { id: id } },
          body: params,
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Delete dataset.
       * Deletes the dataset and its table.
       * DELETE /v1/datasets/{id}
       * @param id - The `id` of the path.
       * @example await client.datasets.delete('id_1')
       */
      delete(id: string, options?: RequestOptions): ApiPromise<DatasetsDeleteResponse> {
        return api.request('delete', '/v1/datasets/{id}', {
          ...options,
          params: { path: { id: id } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * List dataset versions.
       * The dataset's versions, newest first, a page at a time.
       * GET /v1/datasets/{id}/versions
       * @param id - The `id` of the path.
       * @example await client.datasets.listVersions('id_1')
       */
      listVersions(
        id: string,
        params: DatasetsListVersionsParams = {},
        options?: RequestOptions,
      ): PagePromise<DatasetsListVersionsResponse, DatasetsListVersionsItem> {
        return paginate<DatasetsListVersionsResponse, DatasetsListVersionsItem>(
          (query) =>
            api.request('get', '/v1/datasets/{id}/versions', {
              ...options,
              params: { path: { id: id }, query },
              headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
              requiredHeaders: requiredHeaders1,
            }),
          paging1,
          params,
        );
      },
    },
    savedQueries: {
      /**
       * List saved queries.
       * The saved queries, a page at a time.
       * GET /v1/queries
       * @example await client.savedQueries.list()
       */
      list(
        params: SavedQueriesListParams = {},
        options?: RequestOptions,
      ): PagePromise<SavedQueriesListResponse, SavedQueriesListItem> {
        return paginate<SavedQueriesListResponse, SavedQueriesListItem>(
          (query) =>
            api.request('get', '/v1/queries', {
              ...options,
              params: { query },
              headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
              requiredHeaders: requiredHeaders1,
            }),
          { style: 'offset', items: 'queries', hasMore: 'has_more' },
          params,
        );
      },
      /**
       * Create saved query.
       * Saves named SQL as version 1 and classifies it (category, tables, predicates, joins, ...).
       * POST /v1/queries
       */
      create(
        params: SavedQueriesCreateParams,
        options?: RequestOptions,
      ): ApiPromise<SavedQueriesCreateResponse> {
        return api.request('post', '/v1/queries', {
          ...options,
          body: params,
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Get saved query.
       * One saved query with its latest version's SQL.
       * GET /v1/queries/{id}
       * @param id - The `id` of the path.
       * @example await client.savedQueries.get('id_1')
       */
      get(id: string, options?: RequestOptions): ApiPromise<SavedQueriesGetResponse> {
        return api.request('get', '/v1/queries/{id}', {
          ...options,
          params: { path: { id: id } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Update saved query.
       * Changes the name, tags, description or classification overrides; new SQL makes a new version (older
       * versions are kept).
       * PUT /v1/queries/{id}
       * @param id - The `id` of the path.
       */
      update(
        id: string,
        params: SavedQueriesUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<SavedQueriesUpdateResponse> {
        return api.request('put', '/v1/queries/{id}', {
          ...options,
          params: { path: { id: id } },
          body: params,
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Delete saved query.
       * Deletes the saved query and its versions.
       * DELETE /v1/queries/{id}
       * @param id - The `id` of the path.
       * @example await client.savedQueries.delete('id_1')
       */
      delete(id: string, options?: RequestOptions): ApiPromise<SavedQueriesDeleteResponse> {
        return api.request('delete', '/v1/queries/{id}', {
          ...options,
          params: { path: { id: id } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Execute saved query.
       * Runs the saved query's latest version, or the `version` given; answers like `POST /v1/query`.
       * POST /v1/queries/{id}/execute
       * @param id - The `id` of the path.
       * @example await client.savedQueries.execute('id_1')
       */
      execute(
        id: string,
        params: SavedQueriesExecuteParams = {},
        options?: RequestOptions,
      ): ApiPromise<SavedQueriesExecuteResponse> {
        return api.request('post', '/v1/queries/{id}/execute', {
          ...options,
          params: { path: { id: id } },
          body: params,
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * List saved query versions.
       * The saved query's versions, a page at a time.
       * GET /v1/queries/{id}/versions
       * @param id - The `id` of the path.
       * @example await client.savedQueries.listVersions('id_1')
       */
      listVersions(
        id: string,
        params: SavedQueriesListVersionsParams = {},
        options?: RequestOptions,
      ): PagePromise<SavedQueriesListVersionsResponse, SavedQueriesListVersionsItem> {
        return paginate<SavedQueriesListVersionsResponse, SavedQueriesListVersionsItem>(
          (query) =>
            api.request('get', '/v1/queries/{id}/versions', {
              ...options,
              params: { path: { id: id }, query },
              headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
              requiredHeaders: requiredHeaders1,
            }),
          paging1,
          params,
        );
      },
    },
    indexes: {
      /**
       * List indexes on a table.
       * Every index of a cached table, unpaged.
       * GET /v1/connections/{connection_id}/tables/{schema}/{table}/indexes
       * @param connectionId - Connection id.
       * @param schema - Schema name.
       * @param table - Table name.
       * @example await client.indexes.list('connection_1', 'schema_1', 'table_1')
       */
      list(
        connectionId: string,
        schema: string,
        table: string,
        options?: RequestOptions,
      ): ApiPromise<IndexesListResponse> {
        return api.request('get', '/v1/connections/{connection_id}/tables/{schema}/{table}/indexes', {
          ...options,
          params: { path: { connection_id: connectionId, schema: schema, table: table } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Create an index on a table.
       * Builds a sorted (default), BM25 or vector index. A vector index on a text column with an
       * `embedding_provider_id` embeds the text into `{column}_embedding` (or `output_column`) first. With
       * `async: true` the build is a job to poll.
       * POST /v1/connections/{connection_id}/tables/{schema}/{table}/indexes
       * @param connectionId - Connection id.
       * @param schema - Schema name.
       * @param table - Table name.
       */
      create(
        connectionId: string,
        schema: string,
        table: string,
        params: IndexesCreateParams,
        options?: RequestOptions,
      ): ApiPromise<IndexesCreateResponse> {
        return api.request('post', '/v1/connections/{connection_id}/tables/{schema}/{table}/indexes', {
          ...options,
          params: { path: { connection_id: connectionId, schema: schema, table: table } },
          body: params,
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Delete an index.
       * Deletes one index of a cached table.
       * DELETE /v1/connections/{connection_id}/tables/{schema}/{table}/indexes/{index_name}
       * @param connectionId - Connection id.
       * @param schema - Schema name.
       * @param table - Table name.
       * @param indexName - Index name.
       * @example await client.indexes.delete('connection_1', 'schema_1', 'table_1', 'index_name_1')
       */
      delete(
        connectionId: string,
        schema: string,
        table: string,
        indexName: string,
        options?: RequestOptions,
      ): ApiPromise<IndexesDeleteResponse> {
        return api.request(
          'delete',
          '/v1/connections/{connection_id}/tables/{schema}/{table}/indexes/{index_name}',
          {
            ...options,
            params: {
              path: { connection_id: connectionId, schema: schema, table: table, index_name: indexName },
            },
            headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
            requiredHeaders: requiredHeaders1,
          },
        );
      },
    },
    embeddingProviders: {
      /**
       * List embedding providers.
       * Every embedding provider (system and user-defined), unpaged.
       * GET /v1/embedding-providers
       * @example await client.embeddingProviders.list()
       */
      list(options?: RequestOptions): ApiPromise<EmbeddingProvidersListResponse> {
        return api.request('get', '/v1/embedding-providers', {
          ...options,
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Create embedding provider.
       * Registers a provider. A service provider authenticates with an inline `api_key` (stored as an
       * auto-created secret) or an existing secret by `secret_name`, not both.
       * POST /v1/embedding-providers
       */
      create(
        params: EmbeddingProvidersCreateParams,
        options?: RequestOptions,
      ): ApiPromise<EmbeddingProvidersCreateResponse> {
        return api.request('post', '/v1/embedding-providers', {
          ...options,
          body: params,
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Get embedding provider.
       * One embedding provider.
       * GET /v1/embedding-providers/{id}
       * @param id - The `id` of the path.
       * @example await client.embeddingProviders.get('id_1')
       */
      get(id: string, options?: RequestOptions): ApiPromise<EmbeddingProvidersGetResponse> {
        return api.request('get', '/v1/embedding-providers/{id}', {
          ...options,
          params: { path: { id: id } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Update embedding provider.
       * Renames the provider, changes its configuration, or its key (`secret_name: null` clears it).
       * PUT /v1/embedding-providers/{id}
       * @param id - The `id` of the path.
       */
      update(
        id: string,
        params: EmbeddingProvidersUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<EmbeddingProvidersUpdateResponse> {
        return api.request('put', '/v1/embedding-providers/{id}', {
          ...options,
          params: { path: { id: id } },
          body: params,
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Delete embedding provider.
       * Deletes the provider.
       * DELETE /v1/embedding-providers/{id}
       * @param id - The `id` of the path.
       * @example await client.embeddingProviders.delete('id_1')
       */
      delete(id: string, options?: RequestOptions): ApiPromise<EmbeddingProvidersDeleteResponse> {
        return api.request('delete', '/v1/embedding-providers/{id}', {
          ...options,
          params: { path: { id: id } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
    },
    jobs: {
      /**
       * List jobs.
       * Background jobs, newest first, a page at a time.
       * GET /v1/jobs
       * @example await client.jobs.list()
       */
      list(
        params: JobsListParams = {},
        options?: RequestOptions,
      ): PagePromise<JobsListResponse, JobsListItem> {
        return paginate<JobsListResponse, JobsListItem>(
          (query) =>
            api.request('get', '/v1/jobs', {
              ...options,
              params: { query },
              headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
              requiredHeaders: requiredHeaders1,
            }),
          { style: 'offset', items: 'jobs' },
          params,
        );
      },
      /**
       * Get job status.
       * One job with its status, attempts, error and result.
       * GET /v1/jobs/{id}
       * @param id - The `id` of the path.
       * @example await client.jobs.get('id_1')
       */
      get(id: string, options?: RequestOptions): ApiPromise<JobsGetResponse> {
        return api.request('get', '/v1/jobs/{id}', {
          ...options,
          params: { path: { id: id } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
    },
    context: {
      /**
       * List workspace context.
       * Every context document of the workspace, unpaged.
       * GET /v1/context
       * @example await client.context.list()
       */
      list(options?: RequestOptions): ApiPromise<ContextListResponse> {
        return api.request('get', '/v1/context', {
          ...options,
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Create or update workspace context.
       * Stores a named document; posting the same name again replaces its content.
       * POST /v1/context
       */
      upsert(params: ContextUpsertParams, options?: RequestOptions): ApiPromise<ContextUpsertResponse> {
        return api.request('post', '/v1/context', {
          ...options,
          body: params,
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
      /**
       * Get workspace context.
       * One context document by name.
       * GET /v1/context/{name}
       * @param name - The `name` of the path.
       * @example await client.context.get('name_1')
       */
      get(name: string, options?: RequestOptions): ApiPromise<ContextGetResponse> {
        return api.request('get', '/v1/context/{name}', {
          ...options,
          params: { path: { name: name } },
          headers: { 'X-Workspace-Id': defaults.workspaceId, ...options?.headers },
          requiredHeaders: requiredHeaders1,
        });
      },
    },
  });
}

/** The resource namespaces of the client. */
export type Resources = ReturnType<typeof createResources>;
