// Generated from specs/hotdata.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
export interface paths {
  '/v1/workspaces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List workspaces
     * @description The workspaces of the user's organization. Needs only the Bearer token.
     */
    get: operations['listWorkspaces'];
    put?: never;
    /**
     * Create a workspace
     * @description Creates a workspace in the given organization; it is provisioned in the background.
     */
    post: operations['createWorkspace'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/query': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Execute SQL query
     * @description Runs SQL against every connection and dataset of the workspace. Without `async` the
     * answer is the result (200). With `async: true` the answer is a query run to poll (202), unless
     * `async_after_ms` is set and the query finishes within it, in which case the result comes back at
     * once (200). Results of an async run are read with `GET /v1/results/{id}` once the run has
     * succeeded.
     */
    post: operations['executeQuery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List connections
     * @description Every registered connection, in one unpaged list.
     */
    get: operations['listConnections'];
    put?: never;
    /**
     * Create connection
     * @description Registers a remote database. Credentials come from a secret named by `secret_id` or
     * `secret_name` (mutually exclusive). Schema discovery runs at once unless `skip_discovery` is set.
     */
    post: operations['createConnection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connections/{connection_id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Connection id. */
        connection_id: components['parameters']['connectionId'];
      };
      cookie?: never;
    };
    /**
     * Get connection
     * @description One connection with its table and synced-table counts.
     */
    get: operations['getConnection'];
    put?: never;
    post?: never;
    /**
     * Delete connection
     * @description Deletes the connection and its cached data.
     */
    delete: operations['deleteConnection'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connections/{connection_id}/cache': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Connection id. */
        connection_id: components['parameters']['connectionId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Purge connection cache
     * @description Drops every cached table of the connection; the next query of each syncs it again.
     */
    delete: operations['purgeConnectionCache'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connections/{connection_id}/health': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Connection id. */
        connection_id: components['parameters']['connectionId'];
      };
      cookie?: never;
    };
    /**
     * Check connection health
     * @description Tests connectivity to the remote database; answers health and latency.
     */
    get: operations['checkConnectionHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connections/{connection_id}/tables/{schema}/{table}/cache': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Connection id. */
        connection_id: components['parameters']['connectionId'];
        /** @description Schema name. */
        schema: components['parameters']['schemaName'];
        /** @description Table name. */
        table: components['parameters']['tableName'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Purge table cache
     * @description Drops the cached data of one table; the next query syncs it again.
     */
    delete: operations['purgeTableCache'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connections/{connection_id}/tables/{schema}/{table}/profile': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Connection id. */
        connection_id: components['parameters']['connectionId'];
        /** @description Schema name. */
        schema: components['parameters']['schemaName'];
        /** @description Table name. */
        table: components['parameters']['tableName'];
      };
      cookie?: never;
    };
    /**
     * Get table profile
     * @description Column statistics of a synced table, computed at sync time: cardinality, nulls, and a
     * type-specific profile (distinct values, min/max, length statistics, true/false counts).
     */
    get: operations['getTableProfile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connection-types': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List connection types
     * @description The kinds of connection that can be created.
     */
    get: operations['listConnectionTypes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connection-types/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get connection type details
     * @description The configuration schema and authentication a connection type needs.
     */
    get: operations['getConnectionType'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refresh connection data
     * @description What runs depends on the fields. Schema refresh of every connection: no fields. Schema
     * refresh of one connection: `connection_id`. Data refresh of one table: `connection_id`,
     * `schema_name`, `table_name` and `data: true`. Data refresh of a connection: `connection_id` and
     * `data: true` (`include_uncached: true` also syncs tables never cached). Dataset refresh:
     * `dataset_id`. With `async: true` (data refreshes only) the answer is a job to poll.
     */
    post: operations['refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/information_schema': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List tables
     * @description Discovered tables across connections, a page at a time. `schema` and `table` filters
     * take SQL `%` wildcards; `include_columns=true` adds column definitions.
     */
    get: operations['listInformationSchema'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/secrets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List secrets
     * @description The metadata of every secret (never the values), unpaged.
     */
    get: operations['listSecrets'];
    put?: never;
    /**
     * Create secret
     * @description Stores a named secret, encrypted at rest. Names are unique in the workspace.
     */
    post: operations['createSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/secrets/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Secret name. */
        name: string;
      };
      cookie?: never;
    };
    /**
     * Get secret
     * @description A secret's metadata; the value is never returned.
     */
    get: operations['getSecret'];
    /**
     * Update secret
     * @description Replaces the secret's value.
     */
    put: operations['updateSecret'];
    post?: never;
    /**
     * Delete secret
     * @description Deletes the secret.
     */
    delete: operations['deleteSecret'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List results
     * @description Persisted query results, newest first, a page at a time.
     */
    get: operations['listResults'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/results/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get result
     * @description A persisted result. While it is pending or processing only the status comes back; once
     * ready, the columns and rows too.
     */
    get: operations['getResult'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/query-runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List query runs
     * @description The query history, newest first, a page at a time.
     */
    get: operations['listQueryRuns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/query-runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get query run
     * @description One query run with its status, timing, error and result id.
     */
    get: operations['getQueryRun'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List uploads
     * @description Every upload, unpaged, optionally filtered by status.
     */
    get: operations['listUploads'];
    put?: never;
    /**
     * Upload file
     * @description The file's raw bytes are the body, with the file's own Content-Type (`text/csv`,
     * `application/json`, `application/parquet`, ...). Up to 2 GB held in memory by the server; with
     * `streaming=true` the body is streamed to disk, up to 20 GB. The upload id is then a dataset source.
     */
    post: operations['uploadFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/datasets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List datasets
     * @description The workspace's datasets, a page at a time.
     */
    get: operations['listDatasets'];
    put?: never;
    /**
     * Create dataset
     * @description Makes a table from a source: an upload, inline data (up to 1 MB), a URL, a saved query
     * or SQL. It is queryable as `datasets.<schema_name>.<table_name>`; `table_name` defaults to one
     * derived from the label.
     */
    post: operations['createDataset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/datasets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /**
     * Get dataset
     * @description One dataset with its columns and versions.
     */
    get: operations['getDataset'];
    /**
     * Update dataset
     * @description Renames the dataset or its table, or pins it to a version (`pinned_version: null`
     * unpins; leaving the field out leaves pinning as it is).
     */
    put: operations['updateDataset'];
    post?: never;
    /**
     * Delete dataset
     * @description Deletes the dataset and its table.
     */
    delete: operations['deleteDataset'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/datasets/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List dataset versions
     * @description The dataset's versions, newest first, a page at a time.
     */
    get: operations['listDatasetVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/queries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List saved queries
     * @description The saved queries, a page at a time.
     */
    get: operations['listSavedQueries'];
    put?: never;
    /**
     * Create saved query
     * @description Saves named SQL as version 1 and classifies it (category, tables, predicates, joins,
     * ...).
     */
    post: operations['createSavedQuery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/queries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /**
     * Get saved query
     * @description One saved query with its latest version's SQL.
     */
    get: operations['getSavedQuery'];
    /**
     * Update saved query
     * @description Changes the name, tags, description or classification overrides; new SQL makes a new
     * version (older versions are kept).
     */
    put: operations['updateSavedQuery'];
    post?: never;
    /**
     * Delete saved query
     * @description Deletes the saved query and its versions.
     */
    delete: operations['deleteSavedQuery'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/queries/{id}/execute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Execute saved query
     * @description Runs the saved query's latest version, or the `version` given; answers like `POST
     * /v1/query`.
     */
    post: operations['executeSavedQuery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/queries/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List saved query versions
     * @description The saved query's versions, a page at a time.
     */
    get: operations['listSavedQueryVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connections/{connection_id}/tables/{schema}/{table}/indexes': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Connection id. */
        connection_id: components['parameters']['connectionId'];
        /** @description Schema name. */
        schema: components['parameters']['schemaName'];
        /** @description Table name. */
        table: components['parameters']['tableName'];
      };
      cookie?: never;
    };
    /**
     * List indexes on a table
     * @description Every index of a cached table, unpaged.
     */
    get: operations['listIndexes'];
    put?: never;
    /**
     * Create an index on a table
     * @description Builds a sorted (default), BM25 or vector index. A vector index on a text column with
     * an `embedding_provider_id` embeds the text into `{column}_embedding` (or `output_column`) first.
     * With `async: true` the build is a job to poll.
     */
    post: operations['createIndex'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connections/{connection_id}/tables/{schema}/{table}/indexes/{index_name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete an index
     * @description Deletes one index of a cached table.
     */
    delete: operations['deleteIndex'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/embedding-providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List embedding providers
     * @description Every embedding provider (system and user-defined), unpaged.
     */
    get: operations['listEmbeddingProviders'];
    put?: never;
    /**
     * Create embedding provider
     * @description Registers a provider. A service provider authenticates with an inline `api_key`
     * (stored as an auto-created secret) or an existing secret by `secret_name`, not both.
     */
    post: operations['createEmbeddingProvider'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/embedding-providers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    /**
     * Get embedding provider
     * @description One embedding provider.
     */
    get: operations['getEmbeddingProvider'];
    /**
     * Update embedding provider
     * @description Renames the provider, changes its configuration, or its key (`secret_name: null`
     * clears it).
     */
    put: operations['updateEmbeddingProvider'];
    post?: never;
    /**
     * Delete embedding provider
     * @description Deletes the provider.
     */
    delete: operations['deleteEmbeddingProvider'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List jobs
     * @description Background jobs, newest first, a page at a time.
     */
    get: operations['listJobs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/jobs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get job status
     * @description One job with its status, attempts, error and result.
     */
    get: operations['getJob'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/context': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List workspace context
     * @description Every context document of the workspace, unpaged.
     */
    get: operations['listWorkspaceContexts'];
    put?: never;
    /**
     * Create or update workspace context
     * @description Stores a named document; posting the same name again replaces its content.
     */
    post: operations['upsertWorkspaceContext'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/context/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get workspace context
     * @description One context document by name.
     */
    get: operations['getWorkspaceContext'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description The error body of every `/v1` handler. */
    ApiErrorResponse: {
      error: components['schemas']['ApiErrorDetail'];
    };
    ApiErrorDetail: {
      code: components['schemas']['ErrorCode'];
      message: string;
    };
    /**
     * @description Machine-readable error code.
     * @enum {string}
     */
    ErrorCode:
      | 'BAD_REQUEST'
      | 'NOT_FOUND'
      | 'CONFLICT'
      | 'INTERNAL_SERVER_ERROR'
      | 'BAD_GATEWAY'
      | 'SERVICE_UNAVAILABLE'
      | 'OVERLOADED'
      | (string & {});
    /**
     * @description The body of authentication and authorization failures: a bare machine-readable code,
     * e.g. `missing_authorization`.
     */
    AuthError: {
      /**
       * @example missing_authorization
       * @example invalid_token
       * @example missing_workspace_id
       * @example forbidden
       */
      error: string;
    };
    /** Format: date-time */
    Timestamp: string;
    /** Format: date-time */
    NullableTimestamp: string | null;
    WorkspaceListItem: {
      /** @example ws_abc123 */
      public_id: string;
      name: string;
      active: boolean;
      favorite: boolean;
      provision_status: components['schemas']['ProvisionStatus'];
      /** @example workspace-ws_abc123 */
      namespace: string;
    };
    WorkspaceDetail: {
      public_id: string;
      name: string;
      provision_status: components['schemas']['ProvisionStatus'];
      namespace: string;
    };
    /** @enum {string} */
    ProvisionStatus: 'pending' | 'provisioned' | 'failed';
    /**
     * @example {
     *       "ok": true,
     *       "workspaces": [
     *         {
     *           "public_id": "ws_abc123",
     *           "name": "sales",
     *           "active": true,
     *           "favorite": true,
     *           "provision_status": "pending",
     *           "namespace": "workspace-ws_abc123"
     *         }
     *       ]
     *     }
     */
    ListWorkspacesResponse: {
      ok: boolean;
      workspaces: components['schemas']['WorkspaceListItem'][];
    };
    CreateWorkspaceRequest: {
      /** @description Name for the new workspace. */
      name: string;
      /** @description Target organization. Defaults to the user's current organization. */
      organization_public_id?: string;
    };
    /**
     * @example {
     *       "ok": true,
     *       "workspace": {
     *         "public_id": "ws_abc123",
     *         "name": "sales",
     *         "provision_status": "pending",
     *         "namespace": "workspace-ws_abc123"
     *       }
     *     }
     */
    CreateWorkspaceResponse: {
      ok: boolean;
      workspace: components['schemas']['WorkspaceDetail'];
    };
    QueryRequest: {
      sql: string;
      /** @description Run asynchronously and answer a query run id to poll. */
      async?: boolean;
      /**
       * @description With `async: true`, wait up to this long for the query to finish and answer its
       * result synchronously; only then answer the query run. Ignored without `async`.
       */
      async_after_ms?: number | null;
    };
    /**
     * @description A finished query's result. `result_id` names the persisted copy (being written
     * asynchronously); it is null, with a `warning`, when persisting could not start.
     * @example {
     *       "columns": [
     *         "region",
     *         "orders"
     *       ],
     *       "nullable": [
     *         false,
     *         false
     *       ],
     *       "rows": [
     *         [
     *           "emea",
     *           42
     *         ]
     *       ],
     *       "row_count": 1,
     *       "execution_time_ms": 12,
     *       "query_run_id": "qrun_1",
     *       "result_id": "res_1"
     *     }
     */
    QueryResponse: {
      columns: string[];
      /** @description Whether each column may hold NULL, parallel to `columns`. */
      nullable: boolean[];
      rows: unknown[][];
      row_count: number;
      execution_time_ms: number;
      query_run_id: string;
      result_id?: string | null;
      warning?: string | null;
    };
    /**
     * @description A query submitted asynchronously. Poll `status_url` (the query run) until it has
     * finished.
     * @example {
     *       "query_run_id": "qrun_1",
     *       "status": "queued",
     *       "status_url": "https://api.hotdata.dev/v1/example"
     *     }
     */
    AsyncQueryResponse: {
      query_run_id: string;
      status: components['schemas']['QueryRunStatus'];
      status_url: string;
      /** @description Why the query was answered asynchronously. */
      reason?: string | null;
    };
    /** @enum {string} */
    QueryRunStatus: 'queued' | 'pending' | 'running' | 'succeeded' | 'failed' | (string & {});
    /**
     * @example {
     *       "id": "id_1",
     *       "status": "queued",
     *       "sql_text": "select count(*) from orders",
     *       "sql_hash": "a1b2c3",
     *       "snapshot_id": "snap_1",
     *       "created_at": "2026-04-01T12:00:00Z"
     *     }
     */
    QueryRunInfo: {
      id: string;
      status: components['schemas']['QueryRunStatus'];
      sql_text: string;
      sql_hash: string;
      snapshot_id: string;
      created_at: components['schemas']['Timestamp'];
      completed_at?: components['schemas']['NullableTimestamp'];
      error_message?: string | null;
      warning_message?: string | null;
      execution_time_ms?: number | null;
      server_processing_ms?: number | null;
      result_id?: string | null;
      row_count?: number | null;
      saved_query_id?: string | null;
      saved_query_version?: number | null;
      trace_id?: string | null;
      user_public_id?: string | null;
    };
    /**
     * @example {
     *       "query_runs": [
     *         {
     *           "id": "id_1",
     *           "status": "queued",
     *           "sql_text": "select count(*) from orders",
     *           "sql_hash": "a1b2c3",
     *           "snapshot_id": "snap_1",
     *           "created_at": "2026-04-01T12:00:00Z"
     *         }
     *       ],
     *       "count": 1,
     *       "limit": 1,
     *       "has_more": false
     *     }
     */
    ListQueryRunsResponse: {
      query_runs: components['schemas']['QueryRunInfo'][];
      /** @description Number of runs in this page. */
      count: number;
      limit: number;
      has_more: boolean;
      next_cursor?: string | null;
    };
    /** @enum {string} */
    ResultStatus: 'pending' | 'processing' | 'ready' | 'failed' | (string & {});
    ResultInfo: {
      id: string;
      status: components['schemas']['ResultStatus'];
      created_at: components['schemas']['Timestamp'];
      error_message?: string | null;
    };
    /**
     * @example {
     *       "results": [
     *         {
     *           "id": "id_1",
     *           "status": "pending",
     *           "created_at": "2026-04-01T12:00:00Z"
     *         }
     *       ],
     *       "count": 1,
     *       "offset": 1,
     *       "limit": 1,
     *       "has_more": false
     *     }
     */
    ListResultsResponse: {
      results: components['schemas']['ResultInfo'][];
      /** @description Number of results in this page. */
      count: number;
      offset: number;
      limit: number;
      has_more: boolean;
    };
    /**
     * @description A persisted result; `columns`, `nullable`, `rows` and `row_count` are set once it is
     * ready.
     * @example {
     *       "result_id": "res_1",
     *       "status": "pending"
     *     }
     */
    GetResultResponse: {
      result_id: string;
      status: components['schemas']['ResultStatus'];
      columns?: string[] | null;
      nullable?: boolean[] | null;
      rows?: unknown[][] | null;
      row_count?: number | null;
      error_message?: string | null;
    };
    ConnectionInfo: {
      id: string;
      name: string;
      source_type: string;
    };
    /**
     * @example {
     *       "connections": [
     *         {
     *           "id": "id_1",
     *           "name": "sales",
     *           "source_type": "postgres"
     *         }
     *       ]
     *     }
     */
    ListConnectionsResponse: {
      connections: components['schemas']['ConnectionInfo'][];
    };
    CreateConnectionRequest: {
      name: string;
      /** @description A connection type's `name` (`postgres`, `mysql`, `snowflake`, ...). */
      source_type: string;
      /**
       * @description The source's settings (host, port, database, ...), shaped by `source_type`; the
       * connection type's `config_schema` describes them.
       */
      config: {
        [key: string]: unknown;
      };
      /**
       * @description A secret by id (e.g. `secr_abc123`), for authentication. Not with `secret_name`.
       */
      secret_id?: string | null;
      /** @description A secret by name, for authentication. Not with `secret_id`. */
      secret_name?: string | null;
      /**
       * @description Register without discovering tables; run discovery later with a schema refresh.
       */
      skip_discovery?: boolean;
    };
    /** @enum {string} */
    DiscoveryStatus: 'success' | 'skipped' | 'failed';
    /**
     * @example {
     *       "id": "id_1",
     *       "name": "sales",
     *       "source_type": "postgres",
     *       "tables_discovered": 1,
     *       "discovery_status": "success"
     *     }
     */
    CreateConnectionResponse: {
      id: string;
      name: string;
      source_type: string;
      tables_discovered: number;
      discovery_status: components['schemas']['DiscoveryStatus'];
      discovery_error?: string | null;
    };
    /**
     * @example {
     *       "id": "id_1",
     *       "name": "sales",
     *       "source_type": "postgres",
     *       "table_count": 1,
     *       "synced_table_count": 1
     *     }
     */
    GetConnectionResponse: {
      id: string;
      name: string;
      source_type: string;
      table_count: number;
      synced_table_count: number;
    };
    /**
     * @example {
     *       "connection_id": "conn_1",
     *       "healthy": true,
     *       "latency_ms": 1
     *     }
     */
    ConnectionHealthResponse: {
      connection_id: string;
      healthy: boolean;
      latency_ms: number;
      error?: string | null;
    };
    CategoryValueInfo: {
      /** @description The distinct value, as a string (or null). */
      value: string | null;
      count: number;
    };
    /** @description The type-specific profile, told apart by `type`. */
    ColumnProfileDetail:
      | {
          /** @constant */
          type: 'categorical';
          values: components['schemas']['CategoryValueInfo'][];
        }
      | {
          /** @constant */
          type: 'text';
          min_length: number;
          max_length: number;
          avg_length: number;
        }
      | {
          /** @constant */
          type: 'numeric';
          min: string;
          max: string;
          mean: number;
        }
      | {
          /** @constant */
          type: 'temporal';
          min: string;
          max: string;
        }
      | {
          /** @constant */
          type: 'boolean';
          true_count: number;
          false_count: number;
        };
    ColumnProfileInfo: {
      name: string;
      /** @description The Arrow data type, e.g. `Utf8`, `Int32`. */
      data_type: string;
      null_count: number;
      null_percentage: number;
      /** @description Approximate distinct non-null values. */
      cardinality: number;
      /** @description Null when the column is all null or its type is not profiled. */
      profile?: components['schemas']['ColumnProfileDetail'] | null;
    };
    /**
     * @example {
     *       "connection": "example",
     *       "schema": "public",
     *       "table": "orders",
     *       "row_count": 1,
     *       "columns": [
     *         {
     *           "name": "sales",
     *           "data_type": "Utf8",
     *           "null_count": 1,
     *           "null_percentage": 1.5,
     *           "cardinality": 1
     *         }
     *       ]
     *     }
     */
    TableProfileResponse: {
      /** @description The connection's name. */
      connection: string;
      schema: string;
      table: string;
      row_count: number;
      synced_at?: components['schemas']['NullableTimestamp'];
      columns: components['schemas']['ColumnProfileInfo'][];
    };
    ConnectionTypeSummary: {
      /** @example postgres */
      name: string;
      /** @example PostgreSQL */
      label: string;
    };
    /**
     * @example {
     *       "connection_types": [
     *         {
     *           "name": "postgres",
     *           "label": "PostgreSQL"
     *         }
     *       ]
     *     }
     */
    ListConnectionTypesResponse: {
      connection_types: components['schemas']['ConnectionTypeSummary'][];
    };
    /**
     * @example {
     *       "name": "sales",
     *       "label": "Orders"
     *     }
     */
    ConnectionTypeDetail: {
      name: string;
      label: string;
      /** @description A JSON Schema of the type's `config`. */
      config_schema?: {
        [key: string]: unknown;
      } | null;
      /** @description How the type authenticates (which secret fields it needs). */
      auth?: {
        [key: string]: unknown;
      } | null;
    };
    RefreshRequest: {
      connection_id?: string | null;
      dataset_id?: string | null;
      schema_name?: string | null;
      table_name?: string | null;
      /** @description Refresh table data (default is a schema refresh). */
      data?: boolean;
      /**
       * @description Connection-wide data refresh only: also sync tables never cached (an initial sync
       * of tables discovered since the connection was made). Default false.
       */
      include_uncached?: boolean;
      /** @description Data refreshes only; submit a background job and answer its id. */
      async?: boolean;
    };
    SchemaRefreshResult: {
      connections_refreshed: number;
      connections_failed: number;
      tables_discovered: number;
      tables_added: number;
      tables_modified: number;
      errors?: components['schemas']['ConnectionSchemaError'][];
    };
    ConnectionSchemaError: {
      connection_id: string;
      error: string;
    };
    TableRefreshResult: {
      connection_id: string;
      schema_name: string;
      table_name: string;
      rows_synced: number;
      duration_ms: number;
      warnings?: components['schemas']['RefreshWarning'][];
    };
    ConnectionRefreshResult: {
      connection_id: string;
      tables_refreshed: number;
      tables_failed: number;
      total_rows: number;
      duration_ms: number;
      errors: components['schemas']['TableRefreshError'][];
      warnings?: components['schemas']['RefreshWarning'][];
    };
    TableRefreshError: {
      schema_name: string;
      table_name: string;
      error: string;
    };
    RefreshWarning: {
      message: string;
      schema_name?: string | null;
      table_name?: string | null;
    };
    RefreshDatasetResponse: {
      id: string;
      status: string;
      version: number;
      created_at: components['schemas']['Timestamp'];
    };
    /**
     * @description What a refresh answers, by kind; `SubmitJobResponse` for `async: true`.
     * @example {
     *       "connections_refreshed": 1,
     *       "connections_failed": 1,
     *       "tables_discovered": 1,
     *       "tables_added": 1,
     *       "tables_modified": 1
     *     }
     */
    RefreshResponse:
      | components['schemas']['SchemaRefreshResult']
      | components['schemas']['TableRefreshResult']
      | components['schemas']['ConnectionRefreshResult']
      | components['schemas']['RefreshDatasetResponse']
      | components['schemas']['SubmitJobResponse'];
    ColumnInfo: {
      name: string;
      /** @description The Arrow data type, e.g. `Int64`, `Utf8`. */
      data_type: string;
      nullable: boolean;
    };
    TableInfo: {
      connection: string;
      schema: string;
      table: string;
      synced: boolean;
      last_sync?: components['schemas']['NullableTimestamp'];
      /** @description Set with `include_columns=true`. */
      columns?: components['schemas']['ColumnInfo'][] | null;
    };
    /**
     * @example {
     *       "tables": [
     *         {
     *           "connection": "example",
     *           "schema": "public",
     *           "table": "orders",
     *           "synced": true
     *         }
     *       ],
     *       "count": 1,
     *       "limit": 1,
     *       "has_more": false
     *     }
     */
    InformationSchemaResponse: {
      tables: components['schemas']['TableInfo'][];
      /** @description Number of tables in this page. */
      count: number;
      limit: number;
      has_more: boolean;
      next_cursor?: string | null;
    };
    /**
     * @example {
     *       "name": "sales",
     *       "created_at": "2026-04-01T12:00:00Z",
     *       "updated_at": "2026-04-01T12:00:00Z"
     *     }
     */
    SecretMetadataResponse: {
      name: string;
      created_at: components['schemas']['Timestamp'];
      updated_at: components['schemas']['Timestamp'];
    };
    /**
     * @example {
     *       "secrets": [
     *         {
     *           "name": "sales",
     *           "created_at": "2026-04-01T12:00:00Z",
     *           "updated_at": "2026-04-01T12:00:00Z"
     *         }
     *       ]
     *     }
     */
    ListSecretsResponse: {
      secrets: components['schemas']['SecretMetadataResponse'][];
    };
    CreateSecretRequest: {
      name: string;
      value: string;
    };
    /**
     * @example {
     *       "id": "id_1",
     *       "name": "sales",
     *       "created_at": "2026-04-01T12:00:00Z"
     *     }
     */
    CreateSecretResponse: {
      id: string;
      name: string;
      created_at: components['schemas']['Timestamp'];
    };
    UpdateSecretRequest: {
      value: string;
    };
    /**
     * @example {
     *       "name": "sales",
     *       "updated_at": "2026-04-01T12:00:00Z"
     *     }
     */
    UpdateSecretResponse: {
      name: string;
      updated_at: components['schemas']['Timestamp'];
    };
    UploadInfo: {
      id: string;
      status: components['schemas']['UploadStatus'];
      size_bytes: number;
      content_type?: string | null;
      created_at: components['schemas']['Timestamp'];
    };
    /**
     * @example {
     *       "id": "id_1",
     *       "status": "pending",
     *       "size_bytes": 1,
     *       "created_at": "2026-04-01T12:00:00Z"
     *     }
     */
    UploadResponse: components['schemas']['UploadInfo'];
    /** @enum {string} */
    UploadStatus: 'pending' | 'consumed' | (string & {});
    /**
     * @example {
     *       "name": "glossary",
     *       "content": "# Terms\\n\\nARR: annual recurring revenue.",
     *       "updated_at": "2026-04-01T12:00:00Z"
     *     }
     */
    WorkspaceContextEntry: {
      /** @description The document's unique name in the workspace (the upsert key). */
      name: string;
      content: string;
      updated_at: components['schemas']['Timestamp'];
    };
    /**
     * @example {
     *       "contexts": [
     *         {
     *           "name": "glossary",
     *           "content": "# Terms",
     *           "updated_at": "2026-04-01T12:00:00Z"
     *         }
     *       ]
     *     }
     */
    ListWorkspaceContextsResponse: {
      contexts: components['schemas']['WorkspaceContextEntry'][];
    };
    /**
     * @example {
     *       "context": {
     *         "name": "glossary",
     *         "content": "# Terms",
     *         "updated_at": "2026-04-01T12:00:00Z"
     *       }
     *     }
     */
    WorkspaceContextResponse: {
      context: components['schemas']['WorkspaceContextEntry'];
    };
    UpsertWorkspaceContextRequest: {
      name: string;
      content: string;
    };
    /**
     * @example {
     *       "uploads": [
     *         {
     *           "id": "id_1",
     *           "status": "pending",
     *           "size_bytes": 1,
     *           "created_at": "2026-04-01T12:00:00Z"
     *         }
     *       ]
     *     }
     */
    ListUploadsResponse: {
      uploads: components['schemas']['UploadInfo'][];
    };
    /** @description A column type with its properties. */
    ColumnTypeSpec: {
      /** @description The type name, e.g. `DECIMAL`, `TIMESTAMP`, `GEOMETRY`. */
      type: string;
      /** @description DECIMAL precision. */
      precision?: number | null;
      /** @description DECIMAL scale. */
      scale?: number | null;
      /**
       * @description Spatial reference id of a GEOMETRY/GEOGRAPHY column (4326 WGS84, 3857 Web
       * Mercator).
       */
      srid?: number | null;
      /**
       * @description Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon,
       * GeometryCollection or Geometry.
       */
      geometry_type?: string | null;
    };
    /**
     * @description A column type: a name (`VARCHAR`, `INT`, `DATE`) or a spec (`{type: DECIMAL,
     * precision: 10, scale: 2}`).
     */
    ColumnDefinition: string | components['schemas']['ColumnTypeSpec'];
    /**
     * @description Explicit column types by column name; when given, the schema is built from them
     * instead of inferred.
     */
    ColumnDefinitions: {
      [key: string]: components['schemas']['ColumnDefinition'];
    } | null;
    /** @enum {string} */
    DatasetFormat: 'csv' | 'json' | 'parquet';
    InlineData: {
      /** @description The data, as text (at most 1 MB). */
      content: string;
      format: components['schemas']['DatasetFormat'];
      columns?: components['schemas']['ColumnDefinitions'];
    };
    /** @description From an upload. */
    UploadDatasetSource: {
      upload_id: string;
      format?: components['schemas']['DatasetFormat'] | null;
      columns?: components['schemas']['ColumnDefinitions'];
    };
    /** @description From inline data. */
    InlineDatasetSource: {
      inline: components['schemas']['InlineData'];
    };
    /** @description From a file the server fetches. */
    UrlDatasetSource: {
      /** Format: uri */
      url: string;
      format?: components['schemas']['DatasetFormat'] | null;
      columns?: components['schemas']['ColumnDefinitions'];
    };
    /** @description From a saved query's result (its latest version, or `version`). */
    SavedQueryDatasetSource: {
      saved_query_id: string;
      version?: number | null;
    };
    /** @description From the result of SQL. */
    SqlDatasetSource: {
      sql: string;
      name?: string | null;
      description?: string | null;
    };
    /**
     * @description Where a dataset's data comes from; the variants are told apart by which key is
     * present.
     */
    DatasetSource:
      | components['schemas']['UploadDatasetSource']
      | components['schemas']['InlineDatasetSource']
      | components['schemas']['UrlDatasetSource']
      | components['schemas']['SavedQueryDatasetSource']
      | components['schemas']['SqlDatasetSource'];
    CreateDatasetRequest: {
      label: string;
      /** @description The table's name; derived from the label when left out. */
      table_name?: string | null;
      source: components['schemas']['DatasetSource'];
    };
    /** @enum {string} */
    DatasetStatus: 'pending' | 'processing' | 'ready' | 'failed';
    /**
     * @example {
     *       "id": "id_1",
     *       "label": "Orders",
     *       "table_name": "orders",
     *       "status": "pending",
     *       "created_at": "2026-04-01T12:00:00Z"
     *     }
     */
    CreateDatasetResponse: {
      id: string;
      label: string;
      /** @description The schema under `datasets` (`main` by default). */
      schema_name?: string;
      table_name: string;
      status: components['schemas']['DatasetStatus'];
      created_at: components['schemas']['Timestamp'];
    };
    DatasetSummary: {
      id: string;
      label: string;
      schema_name: string;
      table_name: string;
      latest_version: number;
      pinned_version?: number | null;
      created_at: components['schemas']['Timestamp'];
      updated_at: components['schemas']['Timestamp'];
    };
    /**
     * @example {
     *       "datasets": [
     *         {
     *           "id": "id_1",
     *           "label": "Orders",
     *           "schema_name": "main",
     *           "table_name": "orders",
     *           "latest_version": 1,
     *           "created_at": "2026-04-01T12:00:00Z",
     *           "updated_at": "2026-04-01T12:00:00Z"
     *         }
     *       ],
     *       "count": 1,
     *       "offset": 1,
     *       "limit": 1,
     *       "has_more": false
     *     }
     */
    ListDatasetsResponse: {
      datasets: components['schemas']['DatasetSummary'][];
      /** @description Number of datasets in this page. */
      count: number;
      offset: number;
      limit: number;
      has_more: boolean;
    };
    /**
     * @example {
     *       "id": "id_1",
     *       "label": "Orders",
     *       "schema_name": "main",
     *       "table_name": "orders",
     *       "source_type": "upload",
     *       "latest_version": 1,
     *       "created_at": "2026-04-01T12:00:00Z",
     *       "updated_at": "2026-04-01T12:00:00Z",
     *       "columns": [
     *         {
     *           "name": "sales",
     *           "data_type": "Utf8",
     *           "nullable": true
     *         }
     *       ]
     *     }
     */
    GetDatasetResponse: {
      id: string;
      label: string;
      schema_name: string;
      table_name: string;
      /**
       * @example upload
       * @example inline
       * @example url
       * @example saved_query
       * @example sql
       */
      source_type: string;
      latest_version: number;
      pinned_version?: number | null;
      created_at: components['schemas']['Timestamp'];
      updated_at: components['schemas']['Timestamp'];
      /** @description The table's columns; empty until the data is loaded. */
      columns: components['schemas']['ColumnInfo'][];
    };
    UpdateDatasetRequest: {
      label?: string | null;
      table_name?: string | null;
      /** @description Pin to this version; null unpins; leave it out to keep pinning as it is. */
      pinned_version?: number | null;
    };
    /**
     * @example {
     *       "id": "id_1",
     *       "label": "Orders",
     *       "table_name": "orders",
     *       "updated_at": "2026-04-01T12:00:00Z"
     *     }
     */
    UpdateDatasetResponse: {
      id: string;
      label: string;
      table_name: string;
      latest_version?: number;
      pinned_version?: number | null;
      updated_at: components['schemas']['Timestamp'];
    };
    DatasetVersionSummary: {
      id: string;
      version: number;
      source_type: string;
      created_at: components['schemas']['Timestamp'];
    };
    /**
     * @example {
     *       "dataset_id": "dataset_1",
     *       "versions": [
     *         {
     *           "id": "id_1",
     *           "version": 1,
     *           "source_type": "postgres",
     *           "created_at": "2026-04-01T12:00:00Z"
     *         }
     *       ],
     *       "count": 1,
     *       "offset": 1,
     *       "limit": 1,
     *       "has_more": false
     *     }
     */
    ListDatasetVersionsResponse: {
      dataset_id: string;
      versions: components['schemas']['DatasetVersionSummary'][];
      count: number;
      offset: number;
      limit: number;
      has_more: boolean;
    };
    /** @description What the server read from the SQL. */
    QueryClassification: {
      /**
       * @example aggregation
       * @example join
       * @example filtered_scan
       */
      category?: string | null;
      num_tables?: number | null;
      has_predicate?: boolean | null;
      has_join?: boolean | null;
      has_aggregation?: boolean | null;
      has_group_by?: boolean | null;
      has_order_by?: boolean | null;
      has_limit?: boolean | null;
      table_size?: string | null;
    };
    SavedQuerySummary: {
      id: string;
      name: string;
      description: string;
      tags: string[];
      latest_version: number;
      created_at: components['schemas']['Timestamp'];
      updated_at: components['schemas']['Timestamp'];
    };
    /**
     * @example {
     *       "id": "id_1",
     *       "name": "sales",
     *       "description": "Monthly orders",
     *       "tags": [
     *         "example"
     *       ],
     *       "latest_version": 1,
     *       "created_at": "2026-04-01T12:00:00Z",
     *       "updated_at": "2026-04-01T12:00:00Z",
     *       "sql": "select 1",
     *       "sql_hash": "a1b2c3"
     *     }
     */
    SavedQueryDetail: components['schemas']['SavedQuerySummary'] &
      components['schemas']['QueryClassification'] & {
        sql: string;
        sql_hash: string;
      };
    /**
     * @example {
     *       "queries": [
     *         {
     *           "id": "id_1",
     *           "name": "sales",
     *           "description": "Monthly orders",
     *           "tags": [
     *             "example"
     *           ],
     *           "latest_version": 1,
     *           "created_at": "2026-04-01T12:00:00Z",
     *           "updated_at": "2026-04-01T12:00:00Z"
     *         }
     *       ],
     *       "count": 1,
     *       "offset": 1,
     *       "limit": 1,
     *       "has_more": false
     *     }
     */
    ListSavedQueriesResponse: {
      queries: components['schemas']['SavedQuerySummary'][];
      count: number;
      offset: number;
      limit: number;
      has_more: boolean;
    };
    CreateSavedQueryRequest: {
      name: string;
      sql: string;
      description?: string | null;
      tags?: string[] | null;
    };
    UpdateSavedQueryRequest: {
      /** @description A new name; the current one is kept when left out. */
      name?: string | null;
      /** @description New SQL (a new version); the current SQL is kept when left out. */
      sql?: string | null;
      description?: string | null;
      tags?: string[] | null;
      /** @description Override the detected category; null reverts to the detected one. */
      category_override?: string | null;
      /** @description Your note of the table size; null clears it. */
      table_size_override?: string | null;
    };
    SavedQueryVersionInfo: components['schemas']['QueryClassification'] & {
      version: number;
      sql: string;
      sql_hash: string;
      created_at: components['schemas']['Timestamp'];
    };
    /**
     * @example {
     *       "saved_query_id": "saved_query_1",
     *       "versions": [
     *         {
     *           "version": 1,
     *           "sql": "select 1",
     *           "sql_hash": "a1b2c3",
     *           "created_at": "2026-04-01T12:00:00Z"
     *         }
     *       ],
     *       "count": 1,
     *       "offset": 1,
     *       "limit": 1,
     *       "has_more": false
     *     }
     */
    ListSavedQueryVersionsResponse: {
      saved_query_id: string;
      versions: components['schemas']['SavedQueryVersionInfo'][];
      count: number;
      offset: number;
      limit: number;
      has_more: boolean;
    };
    ExecuteSavedQueryRequest: {
      /** @description The version to run; the latest when left out. */
      version?: number | null;
    };
    /** @enum {string} */
    IndexType: 'sorted' | 'bm25' | 'vector';
    /** @enum {string} */
    IndexMetric: 'l2' | 'cosine' | 'dot';
    /** @enum {string} */
    IndexStatus: 'ready' | 'pending';
    /**
     * @example {
     *       "index_name": "orders_description_bm25",
     *       "index_type": "sorted",
     *       "columns": [
     *         "example"
     *       ],
     *       "status": "ready",
     *       "created_at": "2026-04-01T12:00:00Z",
     *       "updated_at": "2026-04-01T12:00:00Z"
     *     }
     */
    IndexInfoResponse: {
      index_name: string;
      index_type: components['schemas']['IndexType'];
      columns: string[];
      metric?: components['schemas']['IndexMetric'] | null;
      status: components['schemas']['IndexStatus'];
      created_at: components['schemas']['Timestamp'];
      updated_at: components['schemas']['Timestamp'];
    };
    /**
     * @example {
     *       "indexes": [
     *         {
     *           "index_name": "orders_description_bm25",
     *           "index_type": "sorted",
     *           "columns": [
     *             "example"
     *           ],
     *           "status": "ready",
     *           "created_at": "2026-04-01T12:00:00Z",
     *           "updated_at": "2026-04-01T12:00:00Z"
     *         }
     *       ]
     *     }
     */
    ListIndexesResponse: {
      indexes: components['schemas']['IndexInfoResponse'][];
    };
    CreateIndexRequest: {
      index_name: string;
      columns: string[];
      /** @description `sorted` when left out. */
      index_type?: components['schemas']['IndexType'];
      /**
       * @description Vector indexes; l2 for float arrays, the provider's preference for embedded text,
       * when left out.
       */
      metric?: components['schemas']['IndexMetric'] | null;
      /** @description Vector indexes on text columns; embeds the text with this provider first. */
      embedding_provider_id?: string | null;
      /**
       * @description Output dimensions, for models that offer several; the model's default when left
       * out.
       */
      dimensions?: number | null;
      /** @description Name of the generated embedding column (default `{column}_embedding`). */
      output_column?: string | null;
      /** @description What the embedding is of, for people (e.g. "product descriptions"). */
      description?: string | null;
      /** @description Build as a background job and answer its id. */
      async?: boolean;
    };
    /** @enum {string} */
    EmbeddingProviderType: 'local' | 'service';
    /**
     * @example {
     *       "id": "id_1",
     *       "name": "sales",
     *       "provider_type": "local",
     *       "config": "value",
     *       "has_secret": true,
     *       "source": "system",
     *       "created_at": "2026-04-01T12:00:00Z",
     *       "updated_at": "2026-04-01T12:00:00Z"
     *     }
     */
    EmbeddingProviderResponse: {
      id: string;
      name: string;
      provider_type: components['schemas']['EmbeddingProviderType'];
      /** @description Provider-specific settings (model, base URL, dimensions, ...); any JSON value. */
      config: unknown;
      has_secret: boolean;
      /**
       * @description Whether the platform or you registered it.
       * @enum {string}
       */
      source: 'system' | 'user' | (string & {});
      created_at: components['schemas']['Timestamp'];
      updated_at: components['schemas']['Timestamp'];
    };
    /**
     * @example {
     *       "embedding_providers": [
     *         {
     *           "id": "id_1",
     *           "name": "sales",
     *           "provider_type": "local",
     *           "config": "value",
     *           "has_secret": true,
     *           "source": "system",
     *           "created_at": "2026-04-01T12:00:00Z",
     *           "updated_at": "2026-04-01T12:00:00Z"
     *         }
     *       ]
     *     }
     */
    ListEmbeddingProvidersResponse: {
      embedding_providers: components['schemas']['EmbeddingProviderResponse'][];
    };
    CreateEmbeddingProviderRequest: {
      name: string;
      provider_type: components['schemas']['EmbeddingProviderType'];
      /** @description Provider-specific settings (model name, base URL, dimensions, ...). */
      config?: {
        [key: string]: unknown;
      } | null;
      /** @description An inline key, stored as an auto-created secret. Not with `secret_name`. */
      api_key?: string | null;
      /** @description An existing secret holding the key (service providers). Not with `api_key`. */
      secret_name?: string | null;
    };
    /**
     * @example {
     *       "id": "id_1",
     *       "name": "sales",
     *       "provider_type": "local",
     *       "created_at": "2026-04-01T12:00:00Z"
     *     }
     */
    CreateEmbeddingProviderResponse: {
      id: string;
      name: string;
      provider_type: components['schemas']['EmbeddingProviderType'];
      /** @description Provider-specific settings; any JSON value. */
      config?: unknown;
      created_at: components['schemas']['Timestamp'];
    };
    UpdateEmbeddingProviderRequest: {
      name?: string | null;
      config?: {
        [key: string]: unknown;
      } | null;
      /** @description A new inline key; updates (or creates) the auto-managed secret. */
      api_key?: string | null;
      /** @description The secret holding the key; null clears it. */
      secret_name?: string | null;
    };
    /**
     * @example {
     *       "id": "id_1",
     *       "name": "sales",
     *       "updated_at": "2026-04-01T12:00:00Z"
     *     }
     */
    UpdateEmbeddingProviderResponse: {
      id: string;
      name: string;
      updated_at: components['schemas']['Timestamp'];
    };
    /**
     * @description What a job does. Open-ended; the server adds types.
     * @enum {string}
     */
    JobType:
      | 'noop'
      | 'data_refresh_table'
      | 'data_refresh_connection'
      | 'create_index'
      | 'bulk_create_databases'
      | 'managed_load'
      | 'ducklake_vacuum'
      | 'ducklake_orphan_cleanup'
      | 'ducklake_compaction'
      | 'ducklake_table_compaction'
      | 'result_deletion'
      | 'stale_result_cleanup'
      | 'result_retention'
      | (string & {});
    /** @enum {string} */
    JobStatus: 'pending' | 'running' | 'succeeded' | 'partially_succeeded' | 'failed';
    /** @description What a finished job produced, by job type; null while it is pending or running. */
    JobResult:
      | components['schemas']['ConnectionRefreshResult']
      | components['schemas']['TableRefreshResult']
      | components['schemas']['IndexInfoResponse']
      | null;
    /**
     * @example {
     *       "id": "id_1",
     *       "job_type": "noop",
     *       "status": "pending",
     *       "attempts": 1,
     *       "created_at": "2026-04-01T12:00:00Z"
     *     }
     */
    JobStatusResponse: {
      id: string;
      job_type: components['schemas']['JobType'];
      status: components['schemas']['JobStatus'];
      attempts: number;
      created_at: components['schemas']['Timestamp'];
      completed_at?: components['schemas']['NullableTimestamp'];
      error_message?: string | null;
      result?: components['schemas']['JobResult'];
    };
    /**
     * @example {
     *       "jobs": [
     *         {
     *           "id": "id_1",
     *           "job_type": "noop",
     *           "status": "pending",
     *           "attempts": 1,
     *           "created_at": "2026-04-01T12:00:00Z"
     *         }
     *       ]
     *     }
     */
    ListJobsResponse: {
      jobs: components['schemas']['JobStatusResponse'][];
    };
    /**
     * @description A background job was submitted; poll `status_url` (`GET /v1/jobs/{id}`).
     * @example {
     *       "id": "id_1",
     *       "status": "pending",
     *       "status_url": "https://api.hotdata.dev/v1/example"
     *     }
     */
    SubmitJobResponse: {
      id: string;
      status: components['schemas']['JobStatus'];
      status_url: string;
    };
  };
  responses: {
    /**
     * @description The token is missing or invalid, or (for every `/v1` call but the workspace endpoints)
     * the `X-Workspace-Id` header is missing.
     */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['AuthError'];
      };
    };
    /** @description The token may not act on this workspace. */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['AuthError'];
      };
    };
    /**
     * @description The request is invalid (a body that breaks the schema, an unknown table in SQL, ...).
     */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ApiErrorResponse'];
      };
    };
    /** @description No such resource. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ApiErrorResponse'];
      };
    };
    /** @description A resource with that name exists, or the change conflicts with its state. */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ApiErrorResponse'];
      };
    };
    /**
     * @description The server is shedding load (`error.code` is `OVERLOADED`) or the rate limit was
     * exceeded; retry after `Retry-After` seconds.
     */
    Overloaded: {
      headers: {
        'Retry-After': components['headers']['RetryAfter'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": "OVERLOADED",
         *         "message": "Server is overloaded, retry later"
         *       }
         *     }
         */
        'application/json': components['schemas']['ApiErrorResponse'];
      };
    };
    /** @description The server failed. */
    InternalError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ApiErrorResponse'];
      };
    };
    /** @description The service is unavailable (`SERVICE_UNAVAILABLE`); the request was not processed. */
    Unavailable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ApiErrorResponse'];
      };
    };
  };
  parameters: {
    /** @description Connection id. */
    connectionId: string;
    /** @description Schema name. */
    schemaName: string;
    /** @description Table name. */
    tableName: string;
    id: string;
    /** @description Page size (default 100, at most 1000). */
    limit: number;
    /** @description How many items to skip. */
    offset: number;
    /** @description The `next_cursor` of the previous page. */
    cursor: string;
  };
  requestBodies: never;
  headers: {
    /** @description Seconds to wait before sending the request again. */
    RetryAfter: number;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listWorkspaces: {
    parameters: {
      query?: {
        /** @description Filter by organization. Defaults to the user's current organization. */
        organization_public_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workspaces. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListWorkspacesResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description Not a member of the organization, or a workspace-scoped token was used. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthError'];
        };
      };
      /** @description Organization not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthError'];
        };
      };
      429: components['responses']['Overloaded'];
    };
  };
  createWorkspace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWorkspaceRequest'];
      };
    };
    responses: {
      /** @description The workspace created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateWorkspaceResponse'];
        };
      };
      /** @description Invalid JSON body. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthError'];
        };
      };
      401: components['responses']['Unauthorized'];
      /** @description Forbidden. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthError'];
        };
      };
      /** @description Organization not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthError'];
        };
      };
      /** @description Validation error (e.g. name required). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthError'];
        };
      };
      429: components['responses']['Overloaded'];
    };
  };
  executeQuery: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QueryRequest'];
      };
    };
    responses: {
      /** @description The query ran; its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QueryResponse'];
        };
      };
      /** @description The query was submitted asynchronously; poll the query run. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AsyncQueryResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['Overloaded'];
      500: components['responses']['InternalError'];
      503: components['responses']['Unavailable'];
    };
  };
  listConnections: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The connections. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListConnectionsResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['Overloaded'];
    };
  };
  createConnection: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateConnectionRequest'];
      };
    };
    responses: {
      /** @description The connection created, with the outcome of discovery. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateConnectionResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      429: components['responses']['Overloaded'];
    };
  };
  getConnection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Connection id. */
        connection_id: components['parameters']['connectionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The connection. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetConnectionResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  deleteConnection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Connection id. */
        connection_id: components['parameters']['connectionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  purgeConnectionCache: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Connection id. */
        connection_id: components['parameters']['connectionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Purged. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  checkConnectionHealth: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Connection id. */
        connection_id: components['parameters']['connectionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The health of the connection. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConnectionHealthResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  purgeTableCache: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Connection id. */
        connection_id: components['parameters']['connectionId'];
        /** @description Schema name. */
        schema: components['parameters']['schemaName'];
        /** @description Table name. */
        table: components['parameters']['tableName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Purged. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  getTableProfile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Connection id. */
        connection_id: components['parameters']['connectionId'];
        /** @description Schema name. */
        schema: components['parameters']['schemaName'];
        /** @description Table name. */
        table: components['parameters']['tableName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The profile. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TableProfileResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  listConnectionTypes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The connection types. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListConnectionTypesResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['Overloaded'];
    };
  };
  getConnectionType: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Connection type name (e.g. postgres, mysql, snowflake). */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The connection type. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConnectionTypeDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshRequest'];
      };
    };
    responses: {
      /** @description The refresh's outcome, or the job it was submitted as. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RefreshResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  listInformationSchema: {
    parameters: {
      query?: {
        /** @description Only this connection's tables. */
        connection_id?: string;
        /** @description Schema name filter (`%` wildcards). */
        schema?: string;
        /** @description Table name filter (`%` wildcards). */
        table?: string;
        /** @description Include column definitions. */
        include_columns?: boolean;
        /** @description Page size (default 100, at most 1000). */
        limit?: components['parameters']['limit'];
        /** @description The `next_cursor` of the previous page. */
        cursor?: components['parameters']['cursor'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of tables. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InformationSchemaResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  listSecrets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The secrets. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListSecretsResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['Overloaded'];
    };
  };
  createSecret: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSecretRequest'];
      };
    };
    responses: {
      /** @description The secret's metadata. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateSecretResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      429: components['responses']['Overloaded'];
    };
  };
  getSecret: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Secret name. */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The secret's metadata. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecretMetadataResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  updateSecret: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Secret name. */
        name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSecretRequest'];
      };
    };
    responses: {
      /** @description The secret's name and new update time. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpdateSecretResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  deleteSecret: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Secret name. */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  listResults: {
    parameters: {
      query?: {
        /** @description Page size (default 100, at most 1000). */
        limit?: components['parameters']['limit'];
        /** @description How many items to skip. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of results. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListResultsResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['Overloaded'];
    };
  };
  getResult: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetResultResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  listQueryRuns: {
    parameters: {
      query?: {
        /** @description Page size (default 100, at most 1000). */
        limit?: components['parameters']['limit'];
        /** @description The `next_cursor` of the previous page. */
        cursor?: components['parameters']['cursor'];
        /** @description Only runs in these statuses, comma-separated (e.g. `running,failed`). */
        status?: string;
        /** @description Only runs of this saved query. */
        saved_query_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of query runs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListQueryRunsResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['Overloaded'];
    };
  };
  getQueryRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The query run. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QueryRunInfo'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  listUploads: {
    parameters: {
      query?: {
        /** @description Only uploads in this status. */
        status?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The uploads. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListUploadsResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['Overloaded'];
    };
  };
  uploadFile: {
    parameters: {
      query?: {
        /** @description Stream the upload to disk, for large files (up to 20 GB). */
        streaming?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/octet-stream': string;
        '*/*': string;
      };
    };
    responses: {
      /** @description The upload. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UploadResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['Overloaded'];
    };
  };
  listDatasets: {
    parameters: {
      query?: {
        /** @description Page size (default 100, at most 1000). */
        limit?: components['parameters']['limit'];
        /** @description How many items to skip. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of datasets. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListDatasetsResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['Overloaded'];
    };
  };
  createDataset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDatasetRequest'];
      };
    };
    responses: {
      /** @description The dataset created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateDatasetResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      429: components['responses']['Overloaded'];
    };
  };
  getDataset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The dataset. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GetDatasetResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  updateDataset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDatasetRequest'];
      };
    };
    responses: {
      /** @description The dataset as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpdateDatasetResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      429: components['responses']['Overloaded'];
    };
  };
  deleteDataset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  listDatasetVersions: {
    parameters: {
      query?: {
        /** @description Page size (default 100, at most 1000). */
        limit?: components['parameters']['limit'];
        /** @description How many items to skip. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of versions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListDatasetVersionsResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  listSavedQueries: {
    parameters: {
      query?: {
        /** @description Page size (default 100, at most 1000). */
        limit?: components['parameters']['limit'];
        /** @description How many items to skip. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of saved queries. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListSavedQueriesResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['Overloaded'];
    };
  };
  createSavedQuery: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSavedQueryRequest'];
      };
    };
    responses: {
      /** @description The saved query. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedQueryDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['Overloaded'];
    };
  };
  getSavedQuery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The saved query. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedQueryDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  updateSavedQuery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSavedQueryRequest'];
      };
    };
    responses: {
      /** @description The saved query as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedQueryDetail'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  deleteSavedQuery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  executeSavedQuery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['ExecuteSavedQueryRequest'];
      };
    };
    responses: {
      /** @description The query ran; its result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QueryResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  listSavedQueryVersions: {
    parameters: {
      query?: {
        /** @description Page size (default 100, at most 1000). */
        limit?: components['parameters']['limit'];
        /** @description How many items to skip. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of versions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListSavedQueryVersionsResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  listIndexes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Connection id. */
        connection_id: components['parameters']['connectionId'];
        /** @description Schema name. */
        schema: components['parameters']['schemaName'];
        /** @description Table name. */
        table: components['parameters']['tableName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The indexes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListIndexesResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
      500: components['responses']['InternalError'];
    };
  };
  createIndex: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Connection id. */
        connection_id: components['parameters']['connectionId'];
        /** @description Schema name. */
        schema: components['parameters']['schemaName'];
        /** @description Table name. */
        table: components['parameters']['tableName'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateIndexRequest'];
      };
    };
    responses: {
      /** @description The index, built. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndexInfoResponse'];
        };
      };
      /** @description The build was submitted as a job (`async: true`). */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubmitJobResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
      500: components['responses']['InternalError'];
    };
  };
  deleteIndex: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Connection id. */
        connection_id: components['parameters']['connectionId'];
        /** @description Schema name. */
        schema: components['parameters']['schemaName'];
        /** @description Table name. */
        table: components['parameters']['tableName'];
        /** @description Index name. */
        index_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
      500: components['responses']['InternalError'];
    };
  };
  listEmbeddingProviders: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The embedding providers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListEmbeddingProvidersResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['Overloaded'];
    };
  };
  createEmbeddingProvider: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateEmbeddingProviderRequest'];
      };
    };
    responses: {
      /** @description The provider created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateEmbeddingProviderResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      409: components['responses']['Conflict'];
      429: components['responses']['Overloaded'];
    };
  };
  getEmbeddingProvider: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The provider. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmbeddingProviderResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  updateEmbeddingProvider: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateEmbeddingProviderRequest'];
      };
    };
    responses: {
      /** @description The provider as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UpdateEmbeddingProviderResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  deleteEmbeddingProvider: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  listJobs: {
    parameters: {
      query?: {
        /** @description Only jobs of this type. */
        job_type?: components['schemas']['JobType'];
        /** @description Only jobs in these statuses, comma-separated (e.g. `pending,running`). */
        status?: string;
        /** @description Page size. */
        limit?: number;
        /** @description How many items to skip. */
        offset?: components['parameters']['offset'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of jobs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListJobsResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['Overloaded'];
    };
  };
  getJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobStatusResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
  listWorkspaceContexts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The context documents. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListWorkspaceContextsResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['Overloaded'];
    };
  };
  upsertWorkspaceContext: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpsertWorkspaceContextRequest'];
      };
    };
    responses: {
      /** @description The document as stored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkspaceContextResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      429: components['responses']['Overloaded'];
    };
  };
  getWorkspaceContext: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The document. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkspaceContextResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      429: components['responses']['Overloaded'];
    };
  };
}
