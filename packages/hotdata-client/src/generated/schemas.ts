// Generated from specs/hotdata.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The spec's request and response schemas: ./validate checks responses with them, ./msw checks requests.
import type { OperationSchemas } from '@org/sdk-core/validate';

/** An operation of the spec, as `METHOD /path`. */
export type Operation =
  | 'GET /v1/workspaces'
  | 'POST /v1/workspaces'
  | 'POST /v1/query'
  | 'GET /v1/connections'
  | 'POST /v1/connections'
  | 'GET /v1/connections/{connection_id}'
  | 'DELETE /v1/connections/{connection_id}'
  | 'DELETE /v1/connections/{connection_id}/cache'
  | 'GET /v1/connections/{connection_id}/health'
  | 'DELETE /v1/connections/{connection_id}/tables/{schema}/{table}/cache'
  | 'GET /v1/connections/{connection_id}/tables/{schema}/{table}/profile'
  | 'GET /v1/connection-types'
  | 'GET /v1/connection-types/{name}'
  | 'POST /v1/refresh'
  | 'GET /v1/information_schema'
  | 'GET /v1/secrets'
  | 'POST /v1/secrets'
  | 'GET /v1/secrets/{name}'
  | 'PUT /v1/secrets/{name}'
  | 'DELETE /v1/secrets/{name}'
  | 'GET /v1/results'
  | 'GET /v1/results/{id}'
  | 'GET /v1/query-runs'
  | 'GET /v1/query-runs/{id}'
  | 'GET /v1/files'
  | 'POST /v1/files'
  | 'GET /v1/datasets'
  | 'POST /v1/datasets'
  | 'GET /v1/datasets/{id}'
  | 'PUT /v1/datasets/{id}'
  | 'DELETE /v1/datasets/{id}'
  | 'GET /v1/datasets/{id}/versions'
  | 'GET /v1/queries'
  | 'POST /v1/queries'
  | 'GET /v1/queries/{id}'
  | 'PUT /v1/queries/{id}'
  | 'DELETE /v1/queries/{id}'
  | 'POST /v1/queries/{id}/execute'
  | 'GET /v1/queries/{id}/versions'
  | 'GET /v1/connections/{connection_id}/tables/{schema}/{table}/indexes'
  | 'POST /v1/connections/{connection_id}/tables/{schema}/{table}/indexes'
  | 'DELETE /v1/connections/{connection_id}/tables/{schema}/{table}/indexes/{index_name}'
  | 'GET /v1/embedding-providers'
  | 'POST /v1/embedding-providers'
  | 'GET /v1/embedding-providers/{id}'
  | 'PUT /v1/embedding-providers/{id}'
  | 'DELETE /v1/embedding-providers/{id}'
  | 'GET /v1/jobs'
  | 'GET /v1/jobs/{id}'
  | 'GET /v1/context'
  | 'POST /v1/context'
  | 'GET /v1/context/{name}';

export const operations: Readonly<Record<Operation, OperationSchemas>> = {
  'GET /v1/workspaces': {
    operationId: 'listWorkspaces',
    response: {
      $ref: '#/components/schemas/ListWorkspacesResponse',
    },
  },
  'POST /v1/workspaces': {
    operationId: 'createWorkspace',
    response: {
      $ref: '#/components/schemas/CreateWorkspaceResponse',
    },
    request: {
      $ref: '#/components/schemas/CreateWorkspaceRequest',
    },
  },
  'POST /v1/query': {
    operationId: 'executeQuery',
    response: {
      $ref: '#/components/schemas/QueryResponse',
    },
    responses: {
      '200': {
        $ref: '#/components/schemas/QueryResponse',
      },
      '202': {
        $ref: '#/components/schemas/AsyncQueryResponse',
      },
    },
    request: {
      $ref: '#/components/schemas/QueryRequest',
    },
  },
  'GET /v1/connections': {
    operationId: 'listConnections',
    response: {
      $ref: '#/components/schemas/ListConnectionsResponse',
    },
  },
  'POST /v1/connections': {
    operationId: 'createConnection',
    response: {
      $ref: '#/components/schemas/CreateConnectionResponse',
    },
    request: {
      $ref: '#/components/schemas/CreateConnectionRequest',
    },
  },
  'GET /v1/connections/{connection_id}': {
    operationId: 'getConnection',
    response: {
      $ref: '#/components/schemas/GetConnectionResponse',
    },
  },
  'DELETE /v1/connections/{connection_id}': {
    operationId: 'deleteConnection',
  },
  'DELETE /v1/connections/{connection_id}/cache': {
    operationId: 'purgeConnectionCache',
  },
  'GET /v1/connections/{connection_id}/health': {
    operationId: 'checkConnectionHealth',
    response: {
      $ref: '#/components/schemas/ConnectionHealthResponse',
    },
  },
  'DELETE /v1/connections/{connection_id}/tables/{schema}/{table}/cache': {
    operationId: 'purgeTableCache',
  },
  'GET /v1/connections/{connection_id}/tables/{schema}/{table}/profile': {
    operationId: 'getTableProfile',
    response: {
      $ref: '#/components/schemas/TableProfileResponse',
    },
  },
  'GET /v1/connection-types': {
    operationId: 'listConnectionTypes',
    response: {
      $ref: '#/components/schemas/ListConnectionTypesResponse',
    },
  },
  'GET /v1/connection-types/{name}': {
    operationId: 'getConnectionType',
    response: {
      $ref: '#/components/schemas/ConnectionTypeDetail',
    },
  },
  'POST /v1/refresh': {
    operationId: 'refresh',
    response: {
      $ref: '#/components/schemas/RefreshResponse',
    },
    request: {
      $ref: '#/components/schemas/RefreshRequest',
    },
  },
  'GET /v1/information_schema': {
    operationId: 'listInformationSchema',
    response: {
      $ref: '#/components/schemas/InformationSchemaResponse',
    },
  },
  'GET /v1/secrets': {
    operationId: 'listSecrets',
    response: {
      $ref: '#/components/schemas/ListSecretsResponse',
    },
  },
  'POST /v1/secrets': {
    operationId: 'createSecret',
    response: {
      $ref: '#/components/schemas/CreateSecretResponse',
    },
    request: {
      $ref: '#/components/schemas/CreateSecretRequest',
    },
  },
  'GET /v1/secrets/{name}': {
    operationId: 'getSecret',
    response: {
      $ref: '#/components/schemas/SecretMetadataResponse',
    },
  },
  'PUT /v1/secrets/{name}': {
    operationId: 'updateSecret',
    response: {
      $ref: '#/components/schemas/UpdateSecretResponse',
    },
    request: {
      $ref: '#/components/schemas/UpdateSecretRequest',
    },
  },
  'DELETE /v1/secrets/{name}': {
    operationId: 'deleteSecret',
  },
  'GET /v1/results': {
    operationId: 'listResults',
    response: {
      $ref: '#/components/schemas/ListResultsResponse',
    },
  },
  'GET /v1/results/{id}': {
    operationId: 'getResult',
    response: {
      $ref: '#/components/schemas/GetResultResponse',
    },
  },
  'GET /v1/query-runs': {
    operationId: 'listQueryRuns',
    response: {
      $ref: '#/components/schemas/ListQueryRunsResponse',
    },
  },
  'GET /v1/query-runs/{id}': {
    operationId: 'getQueryRun',
    response: {
      $ref: '#/components/schemas/QueryRunInfo',
    },
  },
  'GET /v1/files': {
    operationId: 'listUploads',
    response: {
      $ref: '#/components/schemas/ListUploadsResponse',
    },
  },
  'POST /v1/files': {
    operationId: 'uploadFile',
    response: {
      $ref: '#/components/schemas/UploadResponse',
    },
  },
  'GET /v1/datasets': {
    operationId: 'listDatasets',
    response: {
      $ref: '#/components/schemas/ListDatasetsResponse',
    },
  },
  'POST /v1/datasets': {
    operationId: 'createDataset',
    response: {
      $ref: '#/components/schemas/CreateDatasetResponse',
    },
    request: {
      $ref: '#/components/schemas/CreateDatasetRequest',
    },
  },
  'GET /v1/datasets/{id}': {
    operationId: 'getDataset',
    response: {
      $ref: '#/components/schemas/GetDatasetResponse',
    },
  },
  'PUT /v1/datasets/{id}': {
    operationId: 'updateDataset',
    response: {
      $ref: '#/components/schemas/UpdateDatasetResponse',
    },
    request: {
      $ref: '#/components/schemas/UpdateDatasetRequest',
    },
  },
  'DELETE /v1/datasets/{id}': {
    operationId: 'deleteDataset',
  },
  'GET /v1/datasets/{id}/versions': {
    operationId: 'listDatasetVersions',
    response: {
      $ref: '#/components/schemas/ListDatasetVersionsResponse',
    },
  },
  'GET /v1/queries': {
    operationId: 'listSavedQueries',
    response: {
      $ref: '#/components/schemas/ListSavedQueriesResponse',
    },
  },
  'POST /v1/queries': {
    operationId: 'createSavedQuery',
    response: {
      $ref: '#/components/schemas/SavedQueryDetail',
    },
    request: {
      $ref: '#/components/schemas/CreateSavedQueryRequest',
    },
  },
  'GET /v1/queries/{id}': {
    operationId: 'getSavedQuery',
    response: {
      $ref: '#/components/schemas/SavedQueryDetail',
    },
  },
  'PUT /v1/queries/{id}': {
    operationId: 'updateSavedQuery',
    response: {
      $ref: '#/components/schemas/SavedQueryDetail',
    },
    request: {
      $ref: '#/components/schemas/UpdateSavedQueryRequest',
    },
  },
  'DELETE /v1/queries/{id}': {
    operationId: 'deleteSavedQuery',
  },
  'POST /v1/queries/{id}/execute': {
    operationId: 'executeSavedQuery',
    response: {
      $ref: '#/components/schemas/QueryResponse',
    },
    request: {
      $ref: '#/components/schemas/ExecuteSavedQueryRequest',
    },
  },
  'GET /v1/queries/{id}/versions': {
    operationId: 'listSavedQueryVersions',
    response: {
      $ref: '#/components/schemas/ListSavedQueryVersionsResponse',
    },
  },
  'GET /v1/connections/{connection_id}/tables/{schema}/{table}/indexes': {
    operationId: 'listIndexes',
    response: {
      $ref: '#/components/schemas/ListIndexesResponse',
    },
  },
  'POST /v1/connections/{connection_id}/tables/{schema}/{table}/indexes': {
    operationId: 'createIndex',
    response: {
      $ref: '#/components/schemas/IndexInfoResponse',
    },
    responses: {
      '201': {
        $ref: '#/components/schemas/IndexInfoResponse',
      },
      '202': {
        $ref: '#/components/schemas/SubmitJobResponse',
      },
    },
    request: {
      $ref: '#/components/schemas/CreateIndexRequest',
    },
  },
  'DELETE /v1/connections/{connection_id}/tables/{schema}/{table}/indexes/{index_name}': {
    operationId: 'deleteIndex',
  },
  'GET /v1/embedding-providers': {
    operationId: 'listEmbeddingProviders',
    response: {
      $ref: '#/components/schemas/ListEmbeddingProvidersResponse',
    },
  },
  'POST /v1/embedding-providers': {
    operationId: 'createEmbeddingProvider',
    response: {
      $ref: '#/components/schemas/CreateEmbeddingProviderResponse',
    },
    request: {
      $ref: '#/components/schemas/CreateEmbeddingProviderRequest',
    },
  },
  'GET /v1/embedding-providers/{id}': {
    operationId: 'getEmbeddingProvider',
    response: {
      $ref: '#/components/schemas/EmbeddingProviderResponse',
    },
  },
  'PUT /v1/embedding-providers/{id}': {
    operationId: 'updateEmbeddingProvider',
    response: {
      $ref: '#/components/schemas/UpdateEmbeddingProviderResponse',
    },
    request: {
      $ref: '#/components/schemas/UpdateEmbeddingProviderRequest',
    },
  },
  'DELETE /v1/embedding-providers/{id}': {
    operationId: 'deleteEmbeddingProvider',
  },
  'GET /v1/jobs': {
    operationId: 'listJobs',
    response: {
      $ref: '#/components/schemas/ListJobsResponse',
    },
  },
  'GET /v1/jobs/{id}': {
    operationId: 'getJob',
    response: {
      $ref: '#/components/schemas/JobStatusResponse',
    },
  },
  'GET /v1/context': {
    operationId: 'listWorkspaceContexts',
    response: {
      $ref: '#/components/schemas/ListWorkspaceContextsResponse',
    },
  },
  'POST /v1/context': {
    operationId: 'upsertWorkspaceContext',
    response: {
      $ref: '#/components/schemas/WorkspaceContextResponse',
    },
    request: {
      $ref: '#/components/schemas/UpsertWorkspaceContextRequest',
    },
  },
  'GET /v1/context/{name}': {
    operationId: 'getWorkspaceContext',
    response: {
      $ref: '#/components/schemas/WorkspaceContextResponse',
    },
  },
};

export const components: { readonly schemas: Readonly<Record<string, unknown>> } = {
  schemas: {
    ApiErrorResponse: {
      type: 'object',
      description: 'The error body of every `/v1` handler.',
      required: ['error'],
      properties: {
        error: {
          $ref: '#/components/schemas/ApiErrorDetail',
        },
      },
      'x-sdk-notes':
        'The seed documents `{message, status}`; the server (runtimedb `src/http/error.rs`) and both vendor SDKs use this envelope.',
    },
    ApiErrorDetail: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ApiErrorDetail.ts` (April 2026).",
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: {
          $ref: '#/components/schemas/ErrorCode',
        },
        message: {
          type: 'string',
        },
      },
    },
    ErrorCode: {
      type: 'string',
      description: 'Machine-readable error code.',
      'x-sdk-open-enum': true,
      'x-sdk-notes':
        "The server's codes (runtimedb `src/http/error.rs`) plus `OVERLOADED` for load shedding (vendor-facts §3); open, as sdk-rust declares it (new codes may appear).",
    },
    AuthError: {
      type: 'object',
      description:
        'The body of authentication and authorization failures: a bare machine-readable code, e.g. `missing_authorization`.',
      required: ['error'],
      properties: {
        error: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        "`missing_authorization` is the vendor's (sdk-rust openapi.yaml `Error`); the codes for a missing or foreign `X-Workspace-Id` are not documented, and `missing_workspace_id` / `forbidden` are our reading.",
    },
    Timestamp: {
      'x-sdk-notes':
        "Our name for the RFC 3339 timestamps of every `*_at` field (the seed shows them as strings; the vendor's models parse them as dates).",
      type: 'string',
      format: 'date-time',
    },
    NullableTimestamp: {
      'x-sdk-notes':
        "Our name for a `*_at` field that is null until the event happens (completed_at, last_sync, ...), as in the vendor's models.",
      type: ['string', 'null'],
      format: 'date-time',
    },
    WorkspaceListItem: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/WorkspaceListItem.ts` (April 2026).",
      type: 'object',
      required: ['public_id', 'name', 'active', 'favorite', 'provision_status', 'namespace'],
      properties: {
        public_id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        active: {
          type: 'boolean',
        },
        favorite: {
          type: 'boolean',
        },
        provision_status: {
          $ref: '#/components/schemas/ProvisionStatus',
        },
        namespace: {
          type: 'string',
        },
      },
    },
    WorkspaceDetail: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/WorkspaceDetail.ts` (April 2026).",
      type: 'object',
      required: ['public_id', 'name', 'provision_status', 'namespace'],
      properties: {
        public_id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        provision_status: {
          $ref: '#/components/schemas/ProvisionStatus',
        },
        namespace: {
          type: 'string',
        },
      },
    },
    ProvisionStatus: {
      type: 'string',
      enum: ['pending', 'provisioned', 'failed'],
      'x-sdk-notes': '`pending` and `provisioned` are in the vendor reference; `failed` is inferred.',
    },
    ListWorkspacesResponse: {
      example: {
        ok: true,
        workspaces: [
          {
            public_id: 'ws_abc123',
            name: 'sales',
            active: true,
            favorite: true,
            provision_status: 'pending',
            namespace: 'workspace-ws_abc123',
          },
        ],
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ListWorkspacesResponse.ts` (April 2026).",
      type: 'object',
      required: ['ok', 'workspaces'],
      properties: {
        ok: {
          type: 'boolean',
        },
        workspaces: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/WorkspaceListItem',
          },
        },
      },
    },
    CreateWorkspaceRequest: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/CreateWorkspaceRequest.ts` (April 2026).",
      type: 'object',
      required: ['name'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
          description: 'Name for the new workspace.',
        },
        organization_public_id: {
          type: 'string',
          description: "Target organization. Defaults to the user's current organization.",
        },
      },
    },
    CreateWorkspaceResponse: {
      example: {
        ok: true,
        workspace: {
          public_id: 'ws_abc123',
          name: 'sales',
          provision_status: 'pending',
          namespace: 'workspace-ws_abc123',
        },
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/CreateWorkspaceResponse.ts` (April 2026).",
      type: 'object',
      required: ['ok', 'workspace'],
      properties: {
        ok: {
          type: 'boolean',
        },
        workspace: {
          $ref: '#/components/schemas/WorkspaceDetail',
        },
      },
    },
    QueryRequest: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/QueryRequest.ts` (April 2026).",
      type: 'object',
      required: ['sql'],
      properties: {
        sql: {
          type: 'string',
          minLength: 1,
        },
        async: {
          type: 'boolean',
          description: 'Run asynchronously and answer a query run id to poll.',
        },
        async_after_ms: {
          type: ['integer', 'null'],
          minimum: 1000,
          description:
            'With `async: true`, wait up to this long for the query to finish and answer its result synchronously; only then answer the query run. Ignored without `async`.',
        },
      },
    },
    QueryResponse: {
      example: {
        columns: ['region', 'orders'],
        nullable: [false, false],
        rows: [['emea', 42]],
        row_count: 1,
        execution_time_ms: 12,
        query_run_id: 'qrun_1',
        result_id: 'res_1',
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/QueryResponse.ts` (April 2026).",
      type: 'object',
      description:
        "A finished query's result. `result_id` names the persisted copy (being written asynchronously); it is null, with a `warning`, when persisting could not start.",
      required: ['query_run_id', 'columns', 'nullable', 'rows', 'row_count', 'execution_time_ms'],
      properties: {
        columns: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        nullable: {
          type: 'array',
          description: 'Whether each column may hold NULL, parallel to `columns`.',
          items: {
            type: 'boolean',
          },
        },
        rows: {
          type: 'array',
          items: {
            type: 'array',
            items: {},
          },
        },
        row_count: {
          type: 'integer',
          minimum: 0,
        },
        execution_time_ms: {
          type: 'integer',
          minimum: 0,
        },
        query_run_id: {
          type: 'string',
        },
        result_id: {
          type: ['string', 'null'],
        },
        warning: {
          type: ['string', 'null'],
        },
      },
    },
    AsyncQueryResponse: {
      example: {
        query_run_id: 'qrun_1',
        status: 'queued',
        status_url: 'https://api.hotdata.dev/v1/example',
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/AsyncQueryResponse.ts` (April 2026).",
      type: 'object',
      description:
        'A query submitted asynchronously. Poll `status_url` (the query run) until it has finished.',
      required: ['query_run_id', 'status', 'status_url'],
      properties: {
        query_run_id: {
          type: 'string',
        },
        status: {
          $ref: '#/components/schemas/QueryRunStatus',
        },
        status_url: {
          type: 'string',
        },
        reason: {
          type: ['string', 'null'],
          description: 'Why the query was answered asynchronously.',
        },
      },
    },
    QueryRunStatus: {
      type: 'string',
      'x-sdk-open-enum': true,
      'x-sdk-notes':
        '`running`, `succeeded`, `failed` per sdk-rust `src/status.rs`; the CLI also tolerates `queued` and `pending`. Open in sdk-rust.',
    },
    QueryRunInfo: {
      example: {
        id: 'id_1',
        status: 'queued',
        sql_text: 'select count(*) from orders',
        sql_hash: 'a1b2c3',
        snapshot_id: 'snap_1',
        created_at: '2026-04-01T12:00:00Z',
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/QueryRunInfo.ts` (April 2026).",
      type: 'object',
      required: ['id', 'status', 'sql_text', 'sql_hash', 'snapshot_id', 'created_at'],
      properties: {
        id: {
          type: 'string',
        },
        status: {
          $ref: '#/components/schemas/QueryRunStatus',
        },
        sql_text: {
          type: 'string',
        },
        sql_hash: {
          type: 'string',
        },
        snapshot_id: {
          type: 'string',
        },
        created_at: {
          $ref: '#/components/schemas/Timestamp',
        },
        completed_at: {
          $ref: '#/components/schemas/NullableTimestamp',
        },
        error_message: {
          type: ['string', 'null'],
        },
        warning_message: {
          type: ['string', 'null'],
        },
        execution_time_ms: {
          type: ['integer', 'null'],
          minimum: 0,
        },
        server_processing_ms: {
          type: ['integer', 'null'],
          minimum: 0,
        },
        result_id: {
          type: ['string', 'null'],
        },
        row_count: {
          type: ['integer', 'null'],
          minimum: 0,
        },
        saved_query_id: {
          type: ['string', 'null'],
        },
        saved_query_version: {
          type: ['integer', 'null'],
        },
        trace_id: {
          type: ['string', 'null'],
        },
        user_public_id: {
          type: ['string', 'null'],
        },
      },
    },
    ListQueryRunsResponse: {
      example: {
        query_runs: [
          {
            id: 'id_1',
            status: 'queued',
            sql_text: 'select count(*) from orders',
            sql_hash: 'a1b2c3',
            snapshot_id: 'snap_1',
            created_at: '2026-04-01T12:00:00Z',
          },
        ],
        count: 1,
        limit: 1,
        has_more: false,
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ListQueryRunsResponse.ts` (April 2026).",
      type: 'object',
      required: ['query_runs', 'count', 'limit', 'has_more'],
      properties: {
        query_runs: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/QueryRunInfo',
          },
        },
        count: {
          type: 'integer',
          minimum: 0,
          description: 'Number of runs in this page.',
        },
        limit: {
          type: 'integer',
          minimum: 0,
        },
        has_more: {
          type: 'boolean',
        },
        next_cursor: {
          type: ['string', 'null'],
        },
      },
    },
    ResultStatus: {
      type: 'string',
      'x-sdk-open-enum': true,
      'x-sdk-notes': 'Open in sdk-rust (new statuses may appear).',
    },
    ResultInfo: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ResultInfo.ts` (April 2026).",
      type: 'object',
      required: ['id', 'status', 'created_at'],
      properties: {
        id: {
          type: 'string',
        },
        status: {
          $ref: '#/components/schemas/ResultStatus',
        },
        created_at: {
          $ref: '#/components/schemas/Timestamp',
        },
        error_message: {
          type: ['string', 'null'],
        },
      },
    },
    ListResultsResponse: {
      example: {
        results: [
          {
            id: 'id_1',
            status: 'pending',
            created_at: '2026-04-01T12:00:00Z',
          },
        ],
        count: 1,
        offset: 1,
        limit: 1,
        has_more: false,
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ListResultsResponse.ts` (April 2026).",
      type: 'object',
      required: ['results', 'count', 'offset', 'limit', 'has_more'],
      properties: {
        results: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ResultInfo',
          },
        },
        count: {
          type: 'integer',
          minimum: 0,
          description: 'Number of results in this page.',
        },
        offset: {
          type: 'integer',
          minimum: 0,
        },
        limit: {
          type: 'integer',
          minimum: 0,
        },
        has_more: {
          type: 'boolean',
        },
      },
    },
    GetResultResponse: {
      example: {
        result_id: 'res_1',
        status: 'pending',
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/GetResultResponse.ts` (April 2026).",
      type: 'object',
      description:
        'A persisted result; `columns`, `nullable`, `rows` and `row_count` are set once it is ready.',
      required: ['result_id', 'status'],
      properties: {
        result_id: {
          type: 'string',
        },
        status: {
          $ref: '#/components/schemas/ResultStatus',
        },
        columns: {
          type: ['array', 'null'],
          items: {
            type: 'string',
          },
        },
        nullable: {
          type: ['array', 'null'],
          items: {
            type: 'boolean',
          },
        },
        rows: {
          type: ['array', 'null'],
          items: {
            type: 'array',
            items: {},
          },
        },
        row_count: {
          type: ['integer', 'null'],
          minimum: 0,
        },
        error_message: {
          type: ['string', 'null'],
        },
      },
    },
    ConnectionInfo: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ConnectionInfo.ts` (April 2026).",
      type: 'object',
      required: ['id', 'name', 'source_type'],
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        source_type: {
          type: 'string',
        },
      },
    },
    ListConnectionsResponse: {
      example: {
        connections: [
          {
            id: 'id_1',
            name: 'sales',
            source_type: 'postgres',
          },
        ],
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ListConnectionsResponse.ts` (April 2026).",
      type: 'object',
      required: ['connections'],
      properties: {
        connections: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ConnectionInfo',
          },
        },
      },
    },
    CreateConnectionRequest: {
      type: 'object',
      required: ['name', 'source_type', 'config'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
        source_type: {
          type: 'string',
          description: "A connection type's `name` (`postgres`, `mysql`, `snowflake`, ...).",
        },
        config: {
          type: 'object',
          description:
            "The source's settings (host, port, database, ...), shaped by `source_type`; the connection type's `config_schema` describes them.",
          additionalProperties: true,
        },
        secret_id: {
          type: ['string', 'null'],
          description: 'A secret by id (e.g. `secr_abc123`), for authentication. Not with `secret_name`.',
        },
        secret_name: {
          type: ['string', 'null'],
          description: 'A secret by name, for authentication. Not with `secret_id`.',
        },
        skip_discovery: {
          type: 'boolean',
          description: 'Register without discovering tables; run discovery later with a schema refresh.',
        },
      },
      'x-sdk-notes':
        '`config` is open: the fields per source type are served at runtime by `GET /v1/connection-types/{name}` (vendor-facts §3 Unknowns).',
    },
    DiscoveryStatus: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/DiscoveryStatus.ts` (April 2026).",
      type: 'string',
      enum: ['success', 'skipped', 'failed'],
    },
    CreateConnectionResponse: {
      example: {
        id: 'id_1',
        name: 'sales',
        source_type: 'postgres',
        tables_discovered: 1,
        discovery_status: 'success',
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/CreateConnectionResponse.ts` (April 2026).",
      type: 'object',
      required: ['id', 'name', 'source_type', 'tables_discovered', 'discovery_status'],
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        source_type: {
          type: 'string',
        },
        tables_discovered: {
          type: 'integer',
          minimum: 0,
        },
        discovery_status: {
          $ref: '#/components/schemas/DiscoveryStatus',
        },
        discovery_error: {
          type: ['string', 'null'],
        },
      },
    },
    GetConnectionResponse: {
      example: {
        id: 'id_1',
        name: 'sales',
        source_type: 'postgres',
        table_count: 1,
        synced_table_count: 1,
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/GetConnectionResponse.ts` (April 2026).",
      type: 'object',
      required: ['id', 'name', 'source_type', 'table_count', 'synced_table_count'],
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        source_type: {
          type: 'string',
        },
        table_count: {
          type: 'integer',
          minimum: 0,
        },
        synced_table_count: {
          type: 'integer',
          minimum: 0,
        },
      },
    },
    ConnectionHealthResponse: {
      example: {
        connection_id: 'conn_1',
        healthy: true,
        latency_ms: 1,
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ConnectionHealthResponse.ts` (April 2026).",
      type: 'object',
      required: ['connection_id', 'healthy', 'latency_ms'],
      properties: {
        connection_id: {
          type: 'string',
        },
        healthy: {
          type: 'boolean',
        },
        latency_ms: {
          type: 'integer',
          minimum: 0,
        },
        error: {
          type: ['string', 'null'],
        },
      },
    },
    CategoryValueInfo: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/CategoryValueInfo.ts` (April 2026).",
      type: 'object',
      required: ['value', 'count'],
      properties: {
        value: {
          type: ['string', 'null'],
          description: 'The distinct value, as a string (or null).',
        },
        count: {
          type: 'integer',
          minimum: 0,
        },
      },
    },
    ColumnProfileDetail: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ColumnProfileDetail.ts` (April 2026).",
      description: 'The type-specific profile, told apart by `type`.',
      oneOf: [
        {
          type: 'object',
          description: 'A column with at most 200 distinct values, each with its count, most frequent first.',
          required: ['type', 'values'],
          properties: {
            type: {
              type: 'string',
              const: 'categorical',
            },
            values: {
              type: 'array',
              items: {
                $ref: '#/components/schemas/CategoryValueInfo',
              },
            },
          },
        },
        {
          type: 'object',
          description: 'A text column with more than 200 distinct values.',
          required: ['type', 'min_length', 'max_length', 'avg_length'],
          properties: {
            type: {
              type: 'string',
              const: 'text',
            },
            min_length: {
              type: 'integer',
              minimum: 0,
            },
            max_length: {
              type: 'integer',
              minimum: 0,
            },
            avg_length: {
              type: 'number',
            },
          },
        },
        {
          type: 'object',
          description:
            'A numeric column with more than 200 distinct values; min and max as strings keep precision.',
          required: ['type', 'min', 'max', 'mean'],
          properties: {
            type: {
              type: 'string',
              const: 'numeric',
            },
            min: {
              type: 'string',
            },
            max: {
              type: 'string',
            },
            mean: {
              type: 'number',
            },
          },
        },
        {
          type: 'object',
          description: 'A date or timestamp column; min and max in ISO-8601.',
          required: ['type', 'min', 'max'],
          properties: {
            type: {
              type: 'string',
              const: 'temporal',
            },
            min: {
              type: 'string',
            },
            max: {
              type: 'string',
            },
          },
        },
        {
          type: 'object',
          description: 'A boolean column.',
          required: ['type', 'true_count', 'false_count'],
          properties: {
            type: {
              type: 'string',
              const: 'boolean',
            },
            true_count: {
              type: 'integer',
              minimum: 0,
            },
            false_count: {
              type: 'integer',
              minimum: 0,
            },
          },
        },
      ],
    },
    ColumnProfileInfo: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ColumnProfileInfo.ts` (April 2026).",
      type: 'object',
      required: ['name', 'data_type', 'null_count', 'null_percentage', 'cardinality'],
      properties: {
        name: {
          type: 'string',
        },
        data_type: {
          type: 'string',
          description: 'The Arrow data type, e.g. `Utf8`, `Int32`.',
        },
        null_count: {
          type: 'integer',
          minimum: 0,
        },
        null_percentage: {
          type: 'number',
          minimum: 0,
          maximum: 100,
        },
        cardinality: {
          type: 'integer',
          minimum: 0,
          description: 'Approximate distinct non-null values.',
        },
        profile: {
          description: 'Null when the column is all null or its type is not profiled.',
          oneOf: [
            {
              $ref: '#/components/schemas/ColumnProfileDetail',
            },
            {
              type: 'null',
            },
          ],
        },
      },
    },
    TableProfileResponse: {
      example: {
        connection: 'example',
        schema: 'public',
        table: 'orders',
        row_count: 1,
        columns: [
          {
            name: 'sales',
            data_type: 'Utf8',
            null_count: 1,
            null_percentage: 1.5,
            cardinality: 1,
          },
        ],
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/TableProfileResponse.ts` (April 2026).",
      type: 'object',
      required: ['connection', 'schema', 'table', 'row_count', 'columns'],
      properties: {
        connection: {
          type: 'string',
          description: "The connection's name.",
        },
        schema: {
          type: 'string',
        },
        table: {
          type: 'string',
        },
        row_count: {
          type: 'integer',
          minimum: 0,
        },
        synced_at: {
          $ref: '#/components/schemas/NullableTimestamp',
        },
        columns: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ColumnProfileInfo',
          },
        },
      },
    },
    ConnectionTypeSummary: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ConnectionTypeSummary.ts` (April 2026).",
      type: 'object',
      required: ['name', 'label'],
      properties: {
        name: {
          type: 'string',
        },
        label: {
          type: 'string',
        },
      },
    },
    ListConnectionTypesResponse: {
      example: {
        connection_types: [
          {
            name: 'postgres',
            label: 'PostgreSQL',
          },
        ],
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ListConnectionTypesResponse.ts` (April 2026).",
      type: 'object',
      required: ['connection_types'],
      properties: {
        connection_types: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ConnectionTypeSummary',
          },
        },
      },
    },
    ConnectionTypeDetail: {
      example: {
        name: 'sales',
        label: 'Orders',
      },
      type: 'object',
      required: ['name', 'label'],
      properties: {
        name: {
          type: 'string',
        },
        label: {
          type: 'string',
        },
        config_schema: {
          type: ['object', 'null'],
          description: "A JSON Schema of the type's `config`.",
          additionalProperties: true,
        },
        auth: {
          type: ['object', 'null'],
          description: 'How the type authenticates (which secret fields it needs).',
          additionalProperties: true,
        },
      },
      'x-sdk-notes':
        "`config_schema` and `auth` are served per type and not documented further; both are objects (a JSON Schema, and the authentication description) or null. The `examples` are illustrative (the mock's catalogue), not the vendor's list, which the API serves at runtime.",
    },
    RefreshRequest: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/RefreshRequest.ts` (April 2026).",
      type: 'object',
      properties: {
        connection_id: {
          type: ['string', 'null'],
        },
        dataset_id: {
          type: ['string', 'null'],
        },
        schema_name: {
          type: ['string', 'null'],
        },
        table_name: {
          type: ['string', 'null'],
        },
        data: {
          type: 'boolean',
          description: 'Refresh table data (default is a schema refresh).',
        },
        include_uncached: {
          type: 'boolean',
          description:
            'Connection-wide data refresh only: also sync tables never cached (an initial sync of tables discovered since the connection was made). Default false.',
        },
        async: {
          type: 'boolean',
          description: 'Data refreshes only; submit a background job and answer its id.',
        },
      },
    },
    SchemaRefreshResult: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/SchemaRefreshResult.ts` (April 2026).",
      type: 'object',
      required: [
        'connections_refreshed',
        'connections_failed',
        'tables_discovered',
        'tables_added',
        'tables_modified',
      ],
      properties: {
        connections_refreshed: {
          type: 'integer',
          minimum: 0,
        },
        connections_failed: {
          type: 'integer',
          minimum: 0,
        },
        tables_discovered: {
          type: 'integer',
          minimum: 0,
        },
        tables_added: {
          type: 'integer',
          minimum: 0,
        },
        tables_modified: {
          type: 'integer',
          minimum: 0,
        },
        errors: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ConnectionSchemaError',
          },
        },
      },
    },
    ConnectionSchemaError: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ConnectionSchemaError.ts` (April 2026).",
      type: 'object',
      required: ['connection_id', 'error'],
      properties: {
        connection_id: {
          type: 'string',
        },
        error: {
          type: 'string',
        },
      },
    },
    TableRefreshResult: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/TableRefreshResult.ts` (April 2026).",
      type: 'object',
      required: ['connection_id', 'schema_name', 'table_name', 'rows_synced', 'duration_ms'],
      properties: {
        connection_id: {
          type: 'string',
        },
        schema_name: {
          type: 'string',
        },
        table_name: {
          type: 'string',
        },
        rows_synced: {
          type: 'integer',
          minimum: 0,
        },
        duration_ms: {
          type: 'integer',
          minimum: 0,
        },
        warnings: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/RefreshWarning',
          },
        },
      },
    },
    ConnectionRefreshResult: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ConnectionRefreshResult.ts` (April 2026).",
      type: 'object',
      required: ['connection_id', 'tables_refreshed', 'tables_failed', 'total_rows', 'duration_ms', 'errors'],
      properties: {
        connection_id: {
          type: 'string',
        },
        tables_refreshed: {
          type: 'integer',
          minimum: 0,
        },
        tables_failed: {
          type: 'integer',
          minimum: 0,
        },
        total_rows: {
          type: 'integer',
          minimum: 0,
        },
        duration_ms: {
          type: 'integer',
          minimum: 0,
        },
        errors: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/TableRefreshError',
          },
        },
        warnings: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/RefreshWarning',
          },
        },
      },
    },
    TableRefreshError: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/TableRefreshError.ts` (April 2026).",
      type: 'object',
      required: ['schema_name', 'table_name', 'error'],
      properties: {
        schema_name: {
          type: 'string',
        },
        table_name: {
          type: 'string',
        },
        error: {
          type: 'string',
        },
      },
    },
    RefreshWarning: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/RefreshWarning.ts` (April 2026).",
      type: 'object',
      required: ['message'],
      properties: {
        message: {
          type: 'string',
        },
        schema_name: {
          type: ['string', 'null'],
        },
        table_name: {
          type: ['string', 'null'],
        },
      },
    },
    RefreshDatasetResponse: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/RefreshDatasetResponse.ts` (April 2026).",
      type: 'object',
      required: ['id', 'status', 'version', 'created_at'],
      properties: {
        id: {
          type: 'string',
        },
        status: {
          type: 'string',
        },
        version: {
          type: 'integer',
          minimum: 1,
        },
        created_at: {
          $ref: '#/components/schemas/Timestamp',
        },
      },
    },
    RefreshResponse: {
      example: {
        connections_refreshed: 1,
        connections_failed: 1,
        tables_discovered: 1,
        tables_added: 1,
        tables_modified: 1,
      },
      description: 'What a refresh answers, by kind; `SubmitJobResponse` for `async: true`.',
      anyOf: [
        {
          $ref: '#/components/schemas/SchemaRefreshResult',
        },
        {
          $ref: '#/components/schemas/TableRefreshResult',
        },
        {
          $ref: '#/components/schemas/ConnectionRefreshResult',
        },
        {
          $ref: '#/components/schemas/RefreshDatasetResponse',
        },
        {
          $ref: '#/components/schemas/SubmitJobResponse',
        },
      ],
      'x-sdk-notes':
        'The variants carry no tag and are told apart by their required fields (the vendor SDK tries each in turn), hence anyOf.',
    },
    ColumnInfo: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ColumnInfo.ts` (April 2026).",
      type: 'object',
      required: ['name', 'data_type', 'nullable'],
      properties: {
        name: {
          type: 'string',
        },
        data_type: {
          type: 'string',
          description: 'The Arrow data type, e.g. `Int64`, `Utf8`.',
        },
        nullable: {
          type: 'boolean',
        },
      },
    },
    TableInfo: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/TableInfo.ts` (April 2026).",
      type: 'object',
      required: ['connection', 'schema', 'table', 'synced'],
      properties: {
        connection: {
          type: 'string',
        },
        schema: {
          type: 'string',
        },
        table: {
          type: 'string',
        },
        synced: {
          type: 'boolean',
        },
        last_sync: {
          $ref: '#/components/schemas/NullableTimestamp',
        },
        columns: {
          type: ['array', 'null'],
          description: 'Set with `include_columns=true`.',
          items: {
            $ref: '#/components/schemas/ColumnInfo',
          },
        },
      },
    },
    InformationSchemaResponse: {
      example: {
        tables: [
          {
            connection: 'example',
            schema: 'public',
            table: 'orders',
            synced: true,
          },
        ],
        count: 1,
        limit: 1,
        has_more: false,
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/InformationSchemaResponse.ts` (April 2026).",
      type: 'object',
      required: ['tables', 'count', 'limit', 'has_more'],
      properties: {
        tables: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/TableInfo',
          },
        },
        count: {
          type: 'integer',
          minimum: 0,
          description: 'Number of tables in this page.',
        },
        limit: {
          type: 'integer',
          minimum: 0,
        },
        has_more: {
          type: 'boolean',
        },
        next_cursor: {
          type: ['string', 'null'],
        },
      },
    },
    SecretMetadataResponse: {
      example: {
        name: 'sales',
        created_at: '2026-04-01T12:00:00Z',
        updated_at: '2026-04-01T12:00:00Z',
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/SecretMetadataResponse.ts` (April 2026).",
      type: 'object',
      required: ['name', 'created_at', 'updated_at'],
      properties: {
        name: {
          type: 'string',
        },
        created_at: {
          $ref: '#/components/schemas/Timestamp',
        },
        updated_at: {
          $ref: '#/components/schemas/Timestamp',
        },
      },
    },
    ListSecretsResponse: {
      example: {
        secrets: [
          {
            name: 'sales',
            created_at: '2026-04-01T12:00:00Z',
            updated_at: '2026-04-01T12:00:00Z',
          },
        ],
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ListSecretsResponse.ts` (April 2026).",
      type: 'object',
      required: ['secrets'],
      properties: {
        secrets: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/SecretMetadataResponse',
          },
        },
      },
    },
    CreateSecretRequest: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/CreateSecretRequest.ts` (April 2026).",
      type: 'object',
      required: ['name', 'value'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
        value: {
          type: 'string',
        },
      },
    },
    CreateSecretResponse: {
      example: {
        id: 'id_1',
        name: 'sales',
        created_at: '2026-04-01T12:00:00Z',
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/CreateSecretResponse.ts` (April 2026).",
      type: 'object',
      required: ['id', 'name', 'created_at'],
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        created_at: {
          $ref: '#/components/schemas/Timestamp',
        },
      },
    },
    UpdateSecretRequest: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/UpdateSecretRequest.ts` (April 2026).",
      type: 'object',
      required: ['value'],
      properties: {
        value: {
          type: 'string',
        },
      },
    },
    UpdateSecretResponse: {
      example: {
        name: 'sales',
        updated_at: '2026-04-01T12:00:00Z',
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/UpdateSecretResponse.ts` (April 2026).",
      type: 'object',
      required: ['name', 'updated_at'],
      properties: {
        name: {
          type: 'string',
        },
        updated_at: {
          $ref: '#/components/schemas/Timestamp',
        },
      },
    },
    UploadInfo: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/UploadInfo.ts` (April 2026).",
      type: 'object',
      required: ['id', 'status', 'size_bytes', 'created_at'],
      properties: {
        id: {
          type: 'string',
        },
        status: {
          $ref: '#/components/schemas/UploadStatus',
        },
        size_bytes: {
          type: 'integer',
          minimum: 0,
        },
        content_type: {
          type: ['string', 'null'],
        },
        created_at: {
          $ref: '#/components/schemas/Timestamp',
        },
      },
    },
    UploadResponse: {
      example: {
        id: 'id_1',
        status: 'pending',
        size_bytes: 1,
        created_at: '2026-04-01T12:00:00Z',
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/UploadResponse.ts` (April 2026).",
      $ref: '#/components/schemas/UploadInfo',
    },
    UploadStatus: {
      type: 'string',
      'x-sdk-open-enum': true,
      'x-sdk-notes':
        "A plain string in the vendor's documents. `pending` (stored, not yet used by a dataset) and `consumed` (made into a dataset) are our reading; the enum is open, so other values pass.",
    },
    WorkspaceContextEntry: {
      type: 'object',
      required: ['name', 'content', 'updated_at'],
      properties: {
        name: {
          type: 'string',
          description: "The document's unique name in the workspace (the upsert key).",
        },
        content: {
          type: 'string',
        },
        updated_at: {
          $ref: '#/components/schemas/Timestamp',
        },
      },
      'x-sdk-notes': 'hotdata-dev/sdk-typescript (April 2026) `src/models/WorkspaceContextEntry.ts`.',
      example: {
        name: 'glossary',
        content: '# Terms\\n\\nARR: annual recurring revenue.',
        updated_at: '2026-04-01T12:00:00Z',
      },
    },
    ListWorkspaceContextsResponse: {
      type: 'object',
      required: ['contexts'],
      properties: {
        contexts: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/WorkspaceContextEntry',
          },
        },
      },
      'x-sdk-notes': 'hotdata-dev/sdk-typescript (April 2026) `src/models/ListWorkspaceContextsResponse.ts`.',
      example: {
        contexts: [
          {
            name: 'glossary',
            content: '# Terms',
            updated_at: '2026-04-01T12:00:00Z',
          },
        ],
      },
    },
    WorkspaceContextResponse: {
      type: 'object',
      required: ['context'],
      properties: {
        context: {
          $ref: '#/components/schemas/WorkspaceContextEntry',
        },
      },
      'x-sdk-notes':
        "hotdata-dev/sdk-typescript (April 2026) `src/models/GetWorkspaceContextResponse.ts`; the upsert's answer (UpsertWorkspaceContextResponse) is read as the same `{context}`.",
      example: {
        context: {
          name: 'glossary',
          content: '# Terms',
          updated_at: '2026-04-01T12:00:00Z',
        },
      },
    },
    UpsertWorkspaceContextRequest: {
      type: 'object',
      required: ['name', 'content'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
        content: {
          type: 'string',
        },
      },
      'x-sdk-notes': 'hotdata-dev/sdk-typescript (April 2026) `src/models/UpsertWorkspaceContextRequest.ts`.',
    },
    ListUploadsResponse: {
      example: {
        uploads: [
          {
            id: 'id_1',
            status: 'pending',
            size_bytes: 1,
            created_at: '2026-04-01T12:00:00Z',
          },
        ],
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ListUploadsResponse.ts` (April 2026).",
      type: 'object',
      required: ['uploads'],
      properties: {
        uploads: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/UploadInfo',
          },
        },
      },
    },
    ColumnTypeSpec: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ColumnTypeSpec.ts` (April 2026).",
      type: 'object',
      description: 'A column type with its properties.',
      required: ['type'],
      properties: {
        type: {
          type: 'string',
          description: 'The type name, e.g. `DECIMAL`, `TIMESTAMP`, `GEOMETRY`.',
        },
        precision: {
          type: ['integer', 'null'],
          minimum: 1,
          maximum: 38,
          description: 'DECIMAL precision.',
        },
        scale: {
          type: ['integer', 'null'],
          description: 'DECIMAL scale.',
        },
        srid: {
          type: ['integer', 'null'],
          description: 'Spatial reference id of a GEOMETRY/GEOGRAPHY column (4326 WGS84, 3857 Web Mercator).',
        },
        geometry_type: {
          type: ['string', 'null'],
          description:
            'Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon, GeometryCollection or Geometry.',
        },
      },
    },
    ColumnDefinition: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ColumnDefinition.ts` (April 2026).",
      description:
        'A column type: a name (`VARCHAR`, `INT`, `DATE`) or a spec (`{type: DECIMAL, precision: 10, scale: 2}`).',
      oneOf: [
        {
          type: 'string',
        },
        {
          $ref: '#/components/schemas/ColumnTypeSpec',
        },
      ],
    },
    ColumnDefinitions: {
      'x-sdk-notes':
        "Our name for the `columns` map of a dataset source, one ColumnDefinition (the vendor's model, hotdata-dev/sdk-typescript `src/models/ColumnDefinition.ts`) per column.",
      type: ['object', 'null'],
      description:
        'Explicit column types by column name; when given, the schema is built from them instead of inferred.',
      additionalProperties: {
        $ref: '#/components/schemas/ColumnDefinition',
      },
    },
    DatasetFormat: {
      'x-sdk-notes':
        'The formats the seed names for uploads and inline data (CSV, JSON, Parquet), named here to be shared.',
      type: 'string',
      enum: ['csv', 'json', 'parquet'],
    },
    InlineData: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/InlineData.ts` (April 2026).",
      type: 'object',
      required: ['content', 'format'],
      properties: {
        content: {
          type: 'string',
          description: 'The data, as text (at most 1 MB).',
        },
        format: {
          $ref: '#/components/schemas/DatasetFormat',
        },
        columns: {
          $ref: '#/components/schemas/ColumnDefinitions',
        },
      },
    },
    UploadDatasetSource: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/UploadDatasetSource.ts` (April 2026).",
      type: 'object',
      description: 'From an upload.',
      required: ['upload_id'],
      properties: {
        upload_id: {
          type: 'string',
        },
        format: {
          oneOf: [
            {
              $ref: '#/components/schemas/DatasetFormat',
            },
            {
              type: 'null',
            },
          ],
        },
        columns: {
          $ref: '#/components/schemas/ColumnDefinitions',
        },
      },
    },
    InlineDatasetSource: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/InlineDatasetSource.ts` (April 2026).",
      type: 'object',
      description: 'From inline data.',
      required: ['inline'],
      properties: {
        inline: {
          $ref: '#/components/schemas/InlineData',
        },
      },
    },
    UrlDatasetSource: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/UrlDatasetSource.ts` (April 2026).",
      type: 'object',
      description: 'From a file the server fetches.',
      required: ['url'],
      properties: {
        url: {
          type: 'string',
          format: 'uri',
        },
        format: {
          oneOf: [
            {
              $ref: '#/components/schemas/DatasetFormat',
            },
            {
              type: 'null',
            },
          ],
        },
        columns: {
          $ref: '#/components/schemas/ColumnDefinitions',
        },
      },
    },
    SavedQueryDatasetSource: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/SavedQueryDatasetSource.ts` (April 2026).",
      type: 'object',
      description: "From a saved query's result (its latest version, or `version`).",
      required: ['saved_query_id'],
      properties: {
        saved_query_id: {
          type: 'string',
        },
        version: {
          type: ['integer', 'null'],
          minimum: 1,
        },
      },
    },
    SqlDatasetSource: {
      'x-sdk-notes':
        "The vendor's SqlQueryDatasetSource (hotdata-dev/sdk-typescript `src/models/SqlQueryDatasetSource.ts`), under a shorter name.",
      type: 'object',
      description: 'From the result of SQL.',
      required: ['sql'],
      properties: {
        sql: {
          type: 'string',
          minLength: 1,
        },
        name: {
          type: ['string', 'null'],
        },
        description: {
          type: ['string', 'null'],
        },
      },
    },
    DatasetSource: {
      description: "Where a dataset's data comes from; the variants are told apart by which key is present.",
      oneOf: [
        {
          $ref: '#/components/schemas/UploadDatasetSource',
        },
        {
          $ref: '#/components/schemas/InlineDatasetSource',
        },
        {
          $ref: '#/components/schemas/UrlDatasetSource',
        },
        {
          $ref: '#/components/schemas/SavedQueryDatasetSource',
        },
        {
          $ref: '#/components/schemas/SqlDatasetSource',
        },
      ],
      'x-sdk-notes':
        'An untagged union (vendor-facts §3 Datasets): upload and inline from the March 2026 spec, url, saved query and SQL from the April 2026 TypeScript SDK. The seed leaves it open.',
    },
    CreateDatasetRequest: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/CreateDatasetRequest.ts` (April 2026).",
      type: 'object',
      required: ['label', 'source'],
      properties: {
        label: {
          type: 'string',
          minLength: 1,
        },
        table_name: {
          type: ['string', 'null'],
          description: "The table's name; derived from the label when left out.",
        },
        source: {
          $ref: '#/components/schemas/DatasetSource',
        },
      },
    },
    DatasetStatus: {
      type: 'string',
      enum: ['pending', 'processing', 'ready', 'failed'],
      'x-sdk-notes':
        'The server answers `ready` when the table was loaded during the request (runtimedb datasets_controller); `pending`/`processing`/`failed` for sources loaded afterwards are our reading.',
    },
    CreateDatasetResponse: {
      example: {
        id: 'id_1',
        label: 'Orders',
        table_name: 'orders',
        status: 'pending',
        created_at: '2026-04-01T12:00:00Z',
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/CreateDatasetResponse.ts` (April 2026).",
      type: 'object',
      required: ['id', 'label', 'table_name', 'status', 'created_at'],
      properties: {
        id: {
          type: 'string',
        },
        label: {
          type: 'string',
        },
        schema_name: {
          type: 'string',
          description: 'The schema under `datasets` (`main` by default).',
        },
        table_name: {
          type: 'string',
        },
        status: {
          $ref: '#/components/schemas/DatasetStatus',
        },
        created_at: {
          $ref: '#/components/schemas/Timestamp',
        },
      },
    },
    DatasetSummary: {
      type: 'object',
      required: ['id', 'label', 'schema_name', 'table_name', 'latest_version', 'created_at', 'updated_at'],
      'x-sdk-notes':
        '`schema_name` and `latest_version` are required in hotdata-dev/sdk-typescript `src/models/DatasetSummary.ts` (April 2026).',
      properties: {
        id: {
          type: 'string',
        },
        label: {
          type: 'string',
        },
        schema_name: {
          type: 'string',
        },
        table_name: {
          type: 'string',
        },
        latest_version: {
          type: 'integer',
          minimum: 1,
        },
        pinned_version: {
          type: ['integer', 'null'],
          minimum: 1,
        },
        created_at: {
          $ref: '#/components/schemas/Timestamp',
        },
        updated_at: {
          $ref: '#/components/schemas/Timestamp',
        },
      },
    },
    ListDatasetsResponse: {
      example: {
        datasets: [
          {
            id: 'id_1',
            label: 'Orders',
            schema_name: 'main',
            table_name: 'orders',
            latest_version: 1,
            created_at: '2026-04-01T12:00:00Z',
            updated_at: '2026-04-01T12:00:00Z',
          },
        ],
        count: 1,
        offset: 1,
        limit: 1,
        has_more: false,
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ListDatasetsResponse.ts` (April 2026).",
      type: 'object',
      required: ['datasets', 'count', 'offset', 'limit', 'has_more'],
      properties: {
        datasets: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/DatasetSummary',
          },
        },
        count: {
          type: 'integer',
          minimum: 0,
          description: 'Number of datasets in this page.',
        },
        offset: {
          type: 'integer',
          minimum: 0,
        },
        limit: {
          type: 'integer',
          minimum: 0,
        },
        has_more: {
          type: 'boolean',
        },
      },
    },
    GetDatasetResponse: {
      example: {
        id: 'id_1',
        label: 'Orders',
        schema_name: 'main',
        table_name: 'orders',
        source_type: 'upload',
        latest_version: 1,
        created_at: '2026-04-01T12:00:00Z',
        updated_at: '2026-04-01T12:00:00Z',
        columns: [
          {
            name: 'sales',
            data_type: 'Utf8',
            nullable: true,
          },
        ],
      },
      type: 'object',
      required: [
        'id',
        'label',
        'schema_name',
        'table_name',
        'source_type',
        'latest_version',
        'created_at',
        'updated_at',
        'columns',
      ],
      'x-sdk-notes':
        '`latest_version` is required in hotdata-dev/sdk-typescript `src/models/GetDatasetResponse.ts` (April 2026), as on the summary.',
      properties: {
        id: {
          type: 'string',
        },
        label: {
          type: 'string',
        },
        schema_name: {
          type: 'string',
        },
        table_name: {
          type: 'string',
        },
        source_type: {
          type: 'string',
        },
        latest_version: {
          type: 'integer',
          minimum: 1,
        },
        pinned_version: {
          type: ['integer', 'null'],
          minimum: 1,
        },
        created_at: {
          $ref: '#/components/schemas/Timestamp',
        },
        updated_at: {
          $ref: '#/components/schemas/Timestamp',
        },
        columns: {
          type: 'array',
          description: "The table's columns; empty until the data is loaded.",
          items: {
            $ref: '#/components/schemas/ColumnInfo',
          },
        },
      },
    },
    UpdateDatasetRequest: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/UpdateDatasetRequest.ts` (April 2026).",
      type: 'object',
      properties: {
        label: {
          type: ['string', 'null'],
        },
        table_name: {
          type: ['string', 'null'],
        },
        pinned_version: {
          type: ['integer', 'null'],
          minimum: 1,
          description: 'Pin to this version; null unpins; leave it out to keep pinning as it is.',
        },
      },
    },
    UpdateDatasetResponse: {
      example: {
        id: 'id_1',
        label: 'Orders',
        table_name: 'orders',
        updated_at: '2026-04-01T12:00:00Z',
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/UpdateDatasetResponse.ts` (April 2026).",
      type: 'object',
      required: ['id', 'label', 'table_name', 'updated_at'],
      properties: {
        id: {
          type: 'string',
        },
        label: {
          type: 'string',
        },
        table_name: {
          type: 'string',
        },
        latest_version: {
          type: 'integer',
          minimum: 1,
        },
        pinned_version: {
          type: ['integer', 'null'],
          minimum: 1,
        },
        updated_at: {
          $ref: '#/components/schemas/Timestamp',
        },
      },
    },
    DatasetVersionSummary: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/DatasetVersionSummary.ts` (April 2026).",
      type: 'object',
      required: ['id', 'version', 'source_type', 'created_at'],
      properties: {
        id: {
          type: 'string',
        },
        version: {
          type: 'integer',
          minimum: 1,
        },
        source_type: {
          type: 'string',
        },
        created_at: {
          $ref: '#/components/schemas/Timestamp',
        },
      },
    },
    ListDatasetVersionsResponse: {
      example: {
        dataset_id: 'dataset_1',
        versions: [
          {
            id: 'id_1',
            version: 1,
            source_type: 'postgres',
            created_at: '2026-04-01T12:00:00Z',
          },
        ],
        count: 1,
        offset: 1,
        limit: 1,
        has_more: false,
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ListDatasetVersionsResponse.ts` (April 2026).",
      type: 'object',
      required: ['dataset_id', 'versions', 'count', 'offset', 'limit', 'has_more'],
      properties: {
        dataset_id: {
          type: 'string',
        },
        versions: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/DatasetVersionSummary',
          },
        },
        count: {
          type: 'integer',
          minimum: 0,
        },
        offset: {
          type: 'integer',
          minimum: 0,
        },
        limit: {
          type: 'integer',
          minimum: 0,
        },
        has_more: {
          type: 'boolean',
        },
      },
    },
    QueryClassification: {
      'x-sdk-notes':
        'The classification the seed says saved queries get (category such as aggregation, join, filtered scan), grouped under one name here; the fields are vendor-facts §3.',
      type: 'object',
      description: 'What the server read from the SQL.',
      properties: {
        category: {
          type: ['string', 'null'],
        },
        num_tables: {
          type: ['integer', 'null'],
          minimum: 0,
        },
        has_predicate: {
          type: ['boolean', 'null'],
        },
        has_join: {
          type: ['boolean', 'null'],
        },
        has_aggregation: {
          type: ['boolean', 'null'],
        },
        has_group_by: {
          type: ['boolean', 'null'],
        },
        has_order_by: {
          type: ['boolean', 'null'],
        },
        has_limit: {
          type: ['boolean', 'null'],
        },
        table_size: {
          type: ['string', 'null'],
        },
      },
    },
    SavedQuerySummary: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/SavedQuerySummary.ts` (April 2026).",
      type: 'object',
      required: ['id', 'name', 'latest_version', 'tags', 'description', 'created_at', 'updated_at'],
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        description: {
          type: 'string',
        },
        tags: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        latest_version: {
          type: 'integer',
          minimum: 1,
        },
        created_at: {
          $ref: '#/components/schemas/Timestamp',
        },
        updated_at: {
          $ref: '#/components/schemas/Timestamp',
        },
      },
    },
    SavedQueryDetail: {
      example: {
        id: 'id_1',
        name: 'sales',
        description: 'Monthly orders',
        tags: ['example'],
        latest_version: 1,
        created_at: '2026-04-01T12:00:00Z',
        updated_at: '2026-04-01T12:00:00Z',
        sql: 'select 1',
        sql_hash: 'a1b2c3',
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/SavedQueryDetail.ts` (April 2026).",
      allOf: [
        {
          $ref: '#/components/schemas/SavedQuerySummary',
        },
        {
          $ref: '#/components/schemas/QueryClassification',
        },
        {
          type: 'object',
          required: ['sql', 'sql_hash'],
          properties: {
            sql: {
              type: 'string',
            },
            sql_hash: {
              type: 'string',
            },
          },
        },
      ],
    },
    ListSavedQueriesResponse: {
      example: {
        queries: [
          {
            id: 'id_1',
            name: 'sales',
            description: 'Monthly orders',
            tags: ['example'],
            latest_version: 1,
            created_at: '2026-04-01T12:00:00Z',
            updated_at: '2026-04-01T12:00:00Z',
          },
        ],
        count: 1,
        offset: 1,
        limit: 1,
        has_more: false,
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ListSavedQueriesResponse.ts` (April 2026).",
      type: 'object',
      required: ['queries', 'count', 'offset', 'limit', 'has_more'],
      properties: {
        queries: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/SavedQuerySummary',
          },
        },
        count: {
          type: 'integer',
          minimum: 0,
        },
        offset: {
          type: 'integer',
          minimum: 0,
        },
        limit: {
          type: 'integer',
          minimum: 0,
        },
        has_more: {
          type: 'boolean',
        },
      },
    },
    CreateSavedQueryRequest: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/CreateSavedQueryRequest.ts` (April 2026).",
      type: 'object',
      required: ['name', 'sql'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
        sql: {
          type: 'string',
          minLength: 1,
        },
        description: {
          type: ['string', 'null'],
        },
        tags: {
          type: ['array', 'null'],
          items: {
            type: 'string',
          },
        },
      },
    },
    UpdateSavedQueryRequest: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/UpdateSavedQueryRequest.ts` (April 2026).",
      type: 'object',
      properties: {
        name: {
          type: ['string', 'null'],
          description: 'A new name; the current one is kept when left out.',
        },
        sql: {
          type: ['string', 'null'],
          description: 'New SQL (a new version); the current SQL is kept when left out.',
        },
        description: {
          type: ['string', 'null'],
        },
        tags: {
          type: ['array', 'null'],
          items: {
            type: 'string',
          },
        },
        category_override: {
          type: ['string', 'null'],
          description: 'Override the detected category; null reverts to the detected one.',
        },
        table_size_override: {
          type: ['string', 'null'],
          description: 'Your note of the table size; null clears it.',
        },
      },
    },
    SavedQueryVersionInfo: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/SavedQueryVersionInfo.ts` (April 2026).",
      allOf: [
        {
          $ref: '#/components/schemas/QueryClassification',
        },
        {
          type: 'object',
          required: ['version', 'sql', 'sql_hash', 'created_at'],
          properties: {
            version: {
              type: 'integer',
              minimum: 1,
            },
            sql: {
              type: 'string',
            },
            sql_hash: {
              type: 'string',
            },
            created_at: {
              $ref: '#/components/schemas/Timestamp',
            },
          },
        },
      ],
    },
    ListSavedQueryVersionsResponse: {
      example: {
        saved_query_id: 'saved_query_1',
        versions: [
          {
            version: 1,
            sql: 'select 1',
            sql_hash: 'a1b2c3',
            created_at: '2026-04-01T12:00:00Z',
          },
        ],
        count: 1,
        offset: 1,
        limit: 1,
        has_more: false,
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ListSavedQueryVersionsResponse.ts` (April 2026).",
      type: 'object',
      required: ['saved_query_id', 'versions', 'count', 'offset', 'limit', 'has_more'],
      properties: {
        saved_query_id: {
          type: 'string',
        },
        versions: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/SavedQueryVersionInfo',
          },
        },
        count: {
          type: 'integer',
          minimum: 0,
        },
        offset: {
          type: 'integer',
          minimum: 0,
        },
        limit: {
          type: 'integer',
          minimum: 0,
        },
        has_more: {
          type: 'boolean',
        },
      },
    },
    ExecuteSavedQueryRequest: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ExecuteSavedQueryRequest.ts` (April 2026).",
      type: 'object',
      properties: {
        version: {
          type: ['integer', 'null'],
          minimum: 1,
          description: 'The version to run; the latest when left out.',
        },
      },
    },
    IndexType: {
      'x-sdk-notes':
        'The seed\'s `index_type` values ("sorted" by default, "bm25", "vector"), named here to be shared.',
      type: 'string',
      enum: ['sorted', 'bm25', 'vector'],
    },
    IndexMetric: {
      'x-sdk-notes':
        'The seed\'s `metric` values for vector indexes ("l2", "cosine", "dot"), named here to be shared.',
      type: 'string',
      enum: ['l2', 'cosine', 'dot'],
    },
    IndexStatus: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/IndexStatus.ts` (April 2026).",
      type: 'string',
      enum: ['ready', 'pending'],
    },
    IndexInfoResponse: {
      example: {
        index_name: 'orders_description_bm25',
        index_type: 'sorted',
        columns: ['example'],
        status: 'ready',
        created_at: '2026-04-01T12:00:00Z',
        updated_at: '2026-04-01T12:00:00Z',
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/IndexInfoResponse.ts` (April 2026).",
      type: 'object',
      required: ['index_name', 'index_type', 'columns', 'status', 'created_at', 'updated_at'],
      properties: {
        index_name: {
          type: 'string',
        },
        index_type: {
          $ref: '#/components/schemas/IndexType',
        },
        columns: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        metric: {
          oneOf: [
            {
              $ref: '#/components/schemas/IndexMetric',
            },
            {
              type: 'null',
            },
          ],
        },
        status: {
          $ref: '#/components/schemas/IndexStatus',
        },
        created_at: {
          $ref: '#/components/schemas/Timestamp',
        },
        updated_at: {
          $ref: '#/components/schemas/Timestamp',
        },
      },
    },
    ListIndexesResponse: {
      example: {
        indexes: [
          {
            index_name: 'orders_description_bm25',
            index_type: 'sorted',
            columns: ['example'],
            status: 'ready',
            created_at: '2026-04-01T12:00:00Z',
            updated_at: '2026-04-01T12:00:00Z',
          },
        ],
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ListIndexesResponse.ts` (April 2026).",
      type: 'object',
      required: ['indexes'],
      properties: {
        indexes: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/IndexInfoResponse',
          },
        },
      },
    },
    CreateIndexRequest: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/CreateIndexRequest.ts` (April 2026).",
      type: 'object',
      required: ['index_name', 'columns'],
      properties: {
        index_name: {
          type: 'string',
          minLength: 1,
        },
        columns: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'string',
          },
        },
        index_type: {
          allOf: [
            {
              $ref: '#/components/schemas/IndexType',
            },
          ],
          description: '`sorted` when left out.',
          'x-sdk-notes':
            "The server's default is `sorted`; not declared as `default`, which typed generators read as required.",
        },
        metric: {
          description:
            "Vector indexes; l2 for float arrays, the provider's preference for embedded text, when left out.",
          oneOf: [
            {
              $ref: '#/components/schemas/IndexMetric',
            },
            {
              type: 'null',
            },
          ],
        },
        embedding_provider_id: {
          type: ['string', 'null'],
          description: 'Vector indexes on text columns; embeds the text with this provider first.',
        },
        dimensions: {
          type: ['integer', 'null'],
          minimum: 1,
          description: "Output dimensions, for models that offer several; the model's default when left out.",
        },
        output_column: {
          type: ['string', 'null'],
          description: 'Name of the generated embedding column (default `{column}_embedding`).',
        },
        description: {
          type: ['string', 'null'],
          description: 'What the embedding is of, for people (e.g. "product descriptions").',
        },
        async: {
          type: 'boolean',
          description: 'Build as a background job and answer its id.',
        },
      },
    },
    EmbeddingProviderType: {
      'x-sdk-notes': 'The seed\'s `provider_type` values ("local" or "service"), named here to be shared.',
      type: 'string',
      enum: ['local', 'service'],
    },
    EmbeddingProviderResponse: {
      example: {
        id: 'id_1',
        name: 'sales',
        provider_type: 'local',
        config: 'value',
        has_secret: true,
        source: 'system',
        created_at: '2026-04-01T12:00:00Z',
        updated_at: '2026-04-01T12:00:00Z',
      },
      type: 'object',
      required: ['id', 'name', 'provider_type', 'config', 'has_secret', 'source', 'created_at', 'updated_at'],
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        provider_type: {
          $ref: '#/components/schemas/EmbeddingProviderType',
        },
        config: {
          description: 'Provider-specific settings (model, base URL, dimensions, ...); any JSON value.',
        },
        has_secret: {
          type: 'boolean',
        },
        source: {
          type: 'string',
          'x-sdk-open-enum': true,
          description: 'Whether the platform or you registered it.',
        },
        created_at: {
          $ref: '#/components/schemas/Timestamp',
        },
        updated_at: {
          $ref: '#/components/schemas/Timestamp',
        },
      },
      'x-sdk-notes':
        "`source` is a plain string in the vendor documents; `system` and `user` are our reading, open (sdk-rust). `config` is required and any JSON value (`serde_json::Value` in sdk-rust, required in sdk-typescript's EmbeddingProviderResponse).",
    },
    ListEmbeddingProvidersResponse: {
      example: {
        embedding_providers: [
          {
            id: 'id_1',
            name: 'sales',
            provider_type: 'local',
            config: 'value',
            has_secret: true,
            source: 'system',
            created_at: '2026-04-01T12:00:00Z',
            updated_at: '2026-04-01T12:00:00Z',
          },
        ],
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ListEmbeddingProvidersResponse.ts` (April 2026).",
      type: 'object',
      required: ['embedding_providers'],
      properties: {
        embedding_providers: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/EmbeddingProviderResponse',
          },
        },
      },
    },
    CreateEmbeddingProviderRequest: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/CreateEmbeddingProviderRequest.ts` (April 2026).",
      type: 'object',
      required: ['name', 'provider_type'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
        provider_type: {
          $ref: '#/components/schemas/EmbeddingProviderType',
        },
        config: {
          description: 'Provider-specific settings (model name, base URL, dimensions, ...).',
          type: ['object', 'null'],
          additionalProperties: true,
        },
        api_key: {
          type: ['string', 'null'],
          description: 'An inline key, stored as an auto-created secret. Not with `secret_name`.',
        },
        secret_name: {
          type: ['string', 'null'],
          description: 'An existing secret holding the key (service providers). Not with `api_key`.',
        },
      },
    },
    CreateEmbeddingProviderResponse: {
      example: {
        id: 'id_1',
        name: 'sales',
        provider_type: 'local',
        created_at: '2026-04-01T12:00:00Z',
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/CreateEmbeddingProviderResponse.ts` (April 2026).",
      type: 'object',
      required: ['id', 'name', 'provider_type', 'created_at'],
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        provider_type: {
          $ref: '#/components/schemas/EmbeddingProviderType',
        },
        config: {
          description: 'Provider-specific settings; any JSON value.',
        },
        created_at: {
          $ref: '#/components/schemas/Timestamp',
        },
      },
    },
    UpdateEmbeddingProviderRequest: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/UpdateEmbeddingProviderRequest.ts` (April 2026).",
      type: 'object',
      properties: {
        name: {
          type: ['string', 'null'],
        },
        config: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
        api_key: {
          type: ['string', 'null'],
          description: 'A new inline key; updates (or creates) the auto-managed secret.',
        },
        secret_name: {
          type: ['string', 'null'],
          description: 'The secret holding the key; null clears it.',
        },
      },
    },
    UpdateEmbeddingProviderResponse: {
      example: {
        id: 'id_1',
        name: 'sales',
        updated_at: '2026-04-01T12:00:00Z',
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/UpdateEmbeddingProviderResponse.ts` (April 2026).",
      type: 'object',
      required: ['id', 'name', 'updated_at'],
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        updated_at: {
          $ref: '#/components/schemas/Timestamp',
        },
      },
    },
    JobType: {
      type: 'string',
      description: 'What a job does. Open-ended; the server adds types.',
      'x-sdk-open-enum': true,
      'x-sdk-notes':
        'The first four from the TypeScript SDK (April 2026), the rest from sdk-rust HEAD `src/models/job_type.rs`.',
    },
    JobStatus: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/JobStatus.ts` (April 2026).",
      type: 'string',
      enum: ['pending', 'running', 'succeeded', 'partially_succeeded', 'failed'],
    },
    JobResult: {
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/JobResult.ts` (April 2026).",
      description: 'What a finished job produced, by job type; null while it is pending or running.',
      anyOf: [
        {
          $ref: '#/components/schemas/ConnectionRefreshResult',
        },
        {
          $ref: '#/components/schemas/TableRefreshResult',
        },
        {
          $ref: '#/components/schemas/IndexInfoResponse',
        },
        {
          type: 'null',
        },
      ],
    },
    JobStatusResponse: {
      example: {
        id: 'id_1',
        job_type: 'noop',
        status: 'pending',
        attempts: 1,
        created_at: '2026-04-01T12:00:00Z',
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/JobStatusResponse.ts` (April 2026).",
      type: 'object',
      required: ['id', 'job_type', 'status', 'attempts', 'created_at'],
      properties: {
        id: {
          type: 'string',
        },
        job_type: {
          $ref: '#/components/schemas/JobType',
        },
        status: {
          $ref: '#/components/schemas/JobStatus',
        },
        attempts: {
          type: 'integer',
          minimum: 0,
        },
        created_at: {
          $ref: '#/components/schemas/Timestamp',
        },
        completed_at: {
          $ref: '#/components/schemas/NullableTimestamp',
        },
        error_message: {
          type: ['string', 'null'],
        },
        result: {
          $ref: '#/components/schemas/JobResult',
        },
      },
    },
    ListJobsResponse: {
      example: {
        jobs: [
          {
            id: 'id_1',
            job_type: 'noop',
            status: 'pending',
            attempts: 1,
            created_at: '2026-04-01T12:00:00Z',
          },
        ],
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/ListJobsResponse.ts` (April 2026).",
      type: 'object',
      required: ['jobs'],
      properties: {
        jobs: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/JobStatusResponse',
          },
        },
      },
    },
    SubmitJobResponse: {
      example: {
        id: 'id_1',
        status: 'pending',
        status_url: 'https://api.hotdata.dev/v1/example',
      },
      'x-sdk-notes':
        "The vendor's model of this name: hotdata-dev/sdk-typescript `src/models/SubmitJobResponse.ts` (April 2026).",
      type: 'object',
      description: 'A background job was submitted; poll `status_url` (`GET /v1/jobs/{id}`).',
      required: ['id', 'status', 'status_url'],
      properties: {
        id: {
          type: 'string',
        },
        status: {
          $ref: '#/components/schemas/JobStatus',
        },
        status_url: {
          type: 'string',
        },
      },
    },
  },
};
