// Generated from specs/hotdata.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The spec's operations as the mock engine routes them (@org/sdk-core/msw `createMockApi`).
import type { MockRoute } from '@org/sdk-core/msw';
import type { paths } from './schema';

/**
 * Each operation of the spec by operationId: its openapi-typescript type, which types resolvers and
 * overrides.
 */
export interface Operations {
  listWorkspaces: paths['/v1/workspaces']['get'];
  createWorkspace: paths['/v1/workspaces']['post'];
  executeQuery: paths['/v1/query']['post'];
  listConnections: paths['/v1/connections']['get'];
  createConnection: paths['/v1/connections']['post'];
  listConnectionTypes: paths['/v1/connection-types']['get'];
  refresh: paths['/v1/refresh']['post'];
  listInformationSchema: paths['/v1/information_schema']['get'];
  listSecrets: paths['/v1/secrets']['get'];
  createSecret: paths['/v1/secrets']['post'];
  listResults: paths['/v1/results']['get'];
  listQueryRuns: paths['/v1/query-runs']['get'];
  listUploads: paths['/v1/files']['get'];
  uploadFile: paths['/v1/files']['post'];
  listDatasets: paths['/v1/datasets']['get'];
  createDataset: paths['/v1/datasets']['post'];
  listSavedQueries: paths['/v1/queries']['get'];
  createSavedQuery: paths['/v1/queries']['post'];
  listEmbeddingProviders: paths['/v1/embedding-providers']['get'];
  createEmbeddingProvider: paths['/v1/embedding-providers']['post'];
  listJobs: paths['/v1/jobs']['get'];
  listWorkspaceContexts: paths['/v1/context']['get'];
  upsertWorkspaceContext: paths['/v1/context']['post'];
  getConnection: paths['/v1/connections/{connection_id}']['get'];
  deleteConnection: paths['/v1/connections/{connection_id}']['delete'];
  getConnectionType: paths['/v1/connection-types/{name}']['get'];
  getSecret: paths['/v1/secrets/{name}']['get'];
  updateSecret: paths['/v1/secrets/{name}']['put'];
  deleteSecret: paths['/v1/secrets/{name}']['delete'];
  getResult: paths['/v1/results/{id}']['get'];
  getQueryRun: paths['/v1/query-runs/{id}']['get'];
  getDataset: paths['/v1/datasets/{id}']['get'];
  updateDataset: paths['/v1/datasets/{id}']['put'];
  deleteDataset: paths['/v1/datasets/{id}']['delete'];
  getSavedQuery: paths['/v1/queries/{id}']['get'];
  updateSavedQuery: paths['/v1/queries/{id}']['put'];
  deleteSavedQuery: paths['/v1/queries/{id}']['delete'];
  getEmbeddingProvider: paths['/v1/embedding-providers/{id}']['get'];
  updateEmbeddingProvider: paths['/v1/embedding-providers/{id}']['put'];
  deleteEmbeddingProvider: paths['/v1/embedding-providers/{id}']['delete'];
  getJob: paths['/v1/jobs/{id}']['get'];
  getWorkspaceContext: paths['/v1/context/{name}']['get'];
  purgeConnectionCache: paths['/v1/connections/{connection_id}/cache']['delete'];
  checkConnectionHealth: paths['/v1/connections/{connection_id}/health']['get'];
  listDatasetVersions: paths['/v1/datasets/{id}/versions']['get'];
  executeSavedQuery: paths['/v1/queries/{id}/execute']['post'];
  listSavedQueryVersions: paths['/v1/queries/{id}/versions']['get'];
  purgeTableCache: paths['/v1/connections/{connection_id}/tables/{schema}/{table}/cache']['delete'];
  getTableProfile: paths['/v1/connections/{connection_id}/tables/{schema}/{table}/profile']['get'];
  listIndexes: paths['/v1/connections/{connection_id}/tables/{schema}/{table}/indexes']['get'];
  createIndex: paths['/v1/connections/{connection_id}/tables/{schema}/{table}/indexes']['post'];
  deleteIndex: paths['/v1/connections/{connection_id}/tables/{schema}/{table}/indexes/{index_name}']['delete'];
}

/** Every operation's route, static path segments before `{param}`s so msw matches the specific one first. */
export const routes: readonly MockRoute<keyof Operations & string>[] = [
  {
    operationId: 'listWorkspaces',
    method: 'get',
    path: '/v1/workspaces',
    key: 'GET /v1/workspaces',
    status: 200,
  },
  {
    operationId: 'createWorkspace',
    method: 'post',
    path: '/v1/workspaces',
    key: 'POST /v1/workspaces',
    status: 201,
    body: {
      kind: 'json',
      schema: 'CreateWorkspaceRequest',
      required: true,
    },
  },
  {
    operationId: 'executeQuery',
    method: 'post',
    path: '/v1/query',
    key: 'POST /v1/query',
    status: 200,
    body: {
      kind: 'json',
      schema: 'QueryRequest',
      required: true,
    },
  },
  {
    operationId: 'listConnections',
    method: 'get',
    path: '/v1/connections',
    key: 'GET /v1/connections',
    status: 200,
  },
  {
    operationId: 'createConnection',
    method: 'post',
    path: '/v1/connections',
    key: 'POST /v1/connections',
    status: 201,
    body: {
      kind: 'json',
      schema: 'CreateConnectionRequest',
      required: true,
    },
  },
  {
    operationId: 'listConnectionTypes',
    method: 'get',
    path: '/v1/connection-types',
    key: 'GET /v1/connection-types',
    status: 200,
  },
  {
    operationId: 'refresh',
    method: 'post',
    path: '/v1/refresh',
    key: 'POST /v1/refresh',
    status: 200,
    body: {
      kind: 'json',
      schema: 'RefreshRequest',
      required: true,
    },
  },
  {
    operationId: 'listInformationSchema',
    method: 'get',
    path: '/v1/information_schema',
    key: 'GET /v1/information_schema',
    status: 200,
    pagination: {
      style: 'cursor',
      items: 'tables',
      hasMore: 'has_more',
      count: 'count',
      limitField: 'limit',
      nextCursor: 'next_cursor',
      cursorParam: 'cursor',
      limit: {
        param: 'limit',
        default: 100,
        maximum: 1000,
      },
    },
    query: [
      {
        name: 'include_columns',
        schema: {
          type: 'boolean',
        },
      },
    ],
  },
  {
    operationId: 'listSecrets',
    method: 'get',
    path: '/v1/secrets',
    key: 'GET /v1/secrets',
    status: 200,
  },
  {
    operationId: 'createSecret',
    method: 'post',
    path: '/v1/secrets',
    key: 'POST /v1/secrets',
    status: 201,
    body: {
      kind: 'json',
      schema: 'CreateSecretRequest',
      required: true,
    },
  },
  {
    operationId: 'listResults',
    method: 'get',
    path: '/v1/results',
    key: 'GET /v1/results',
    status: 200,
    pagination: {
      style: 'offset',
      items: 'results',
      count: 'count',
      offsetField: 'offset',
      limitField: 'limit',
      hasMore: 'has_more',
      limit: {
        param: 'limit',
        default: 100,
        maximum: 1000,
      },
    },
  },
  {
    operationId: 'listQueryRuns',
    method: 'get',
    path: '/v1/query-runs',
    key: 'GET /v1/query-runs',
    status: 200,
    pagination: {
      style: 'cursor',
      items: 'query_runs',
      hasMore: 'has_more',
      count: 'count',
      limitField: 'limit',
      nextCursor: 'next_cursor',
      cursorParam: 'cursor',
      limit: {
        param: 'limit',
        default: 100,
        maximum: 1000,
      },
    },
  },
  {
    operationId: 'listUploads',
    method: 'get',
    path: '/v1/files',
    key: 'GET /v1/files',
    status: 200,
  },
  {
    operationId: 'uploadFile',
    method: 'post',
    path: '/v1/files',
    key: 'POST /v1/files',
    status: 201,
    body: {
      kind: 'binary',
      required: true,
    },
    query: [
      {
        name: 'streaming',
        schema: {
          type: 'boolean',
        },
      },
    ],
  },
  {
    operationId: 'listDatasets',
    method: 'get',
    path: '/v1/datasets',
    key: 'GET /v1/datasets',
    status: 200,
    pagination: {
      style: 'offset',
      items: 'datasets',
      count: 'count',
      offsetField: 'offset',
      limitField: 'limit',
      hasMore: 'has_more',
      limit: {
        param: 'limit',
        default: 100,
        maximum: 1000,
      },
    },
  },
  {
    operationId: 'createDataset',
    method: 'post',
    path: '/v1/datasets',
    key: 'POST /v1/datasets',
    status: 201,
    body: {
      kind: 'json',
      schema: 'CreateDatasetRequest',
      required: true,
    },
  },
  {
    operationId: 'listSavedQueries',
    method: 'get',
    path: '/v1/queries',
    key: 'GET /v1/queries',
    status: 200,
    pagination: {
      style: 'offset',
      items: 'queries',
      count: 'count',
      offsetField: 'offset',
      limitField: 'limit',
      hasMore: 'has_more',
      limit: {
        param: 'limit',
        default: 100,
        maximum: 1000,
      },
    },
  },
  {
    operationId: 'createSavedQuery',
    method: 'post',
    path: '/v1/queries',
    key: 'POST /v1/queries',
    status: 201,
    body: {
      kind: 'json',
      schema: 'CreateSavedQueryRequest',
      required: true,
    },
  },
  {
    operationId: 'listEmbeddingProviders',
    method: 'get',
    path: '/v1/embedding-providers',
    key: 'GET /v1/embedding-providers',
    status: 200,
  },
  {
    operationId: 'createEmbeddingProvider',
    method: 'post',
    path: '/v1/embedding-providers',
    key: 'POST /v1/embedding-providers',
    status: 201,
    body: {
      kind: 'json',
      schema: 'CreateEmbeddingProviderRequest',
      required: true,
    },
  },
  {
    operationId: 'listJobs',
    method: 'get',
    path: '/v1/jobs',
    key: 'GET /v1/jobs',
    status: 200,
    pagination: {
      style: 'offset',
      items: 'jobs',
      limit: {
        param: 'limit',
        default: 50,
      },
    },
  },
  {
    operationId: 'listWorkspaceContexts',
    method: 'get',
    path: '/v1/context',
    key: 'GET /v1/context',
    status: 200,
  },
  {
    operationId: 'upsertWorkspaceContext',
    method: 'post',
    path: '/v1/context',
    key: 'POST /v1/context',
    status: 200,
    body: {
      kind: 'json',
      schema: 'UpsertWorkspaceContextRequest',
      required: true,
    },
  },
  {
    operationId: 'getConnection',
    method: 'get',
    path: '/v1/connections/{connection_id}',
    key: 'GET /v1/connections/{connection_id}',
    status: 200,
  },
  {
    operationId: 'deleteConnection',
    method: 'delete',
    path: '/v1/connections/{connection_id}',
    key: 'DELETE /v1/connections/{connection_id}',
    status: 204,
  },
  {
    operationId: 'getConnectionType',
    method: 'get',
    path: '/v1/connection-types/{name}',
    key: 'GET /v1/connection-types/{name}',
    status: 200,
  },
  {
    operationId: 'getSecret',
    method: 'get',
    path: '/v1/secrets/{name}',
    key: 'GET /v1/secrets/{name}',
    status: 200,
  },
  {
    operationId: 'updateSecret',
    method: 'put',
    path: '/v1/secrets/{name}',
    key: 'PUT /v1/secrets/{name}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'UpdateSecretRequest',
      required: true,
    },
  },
  {
    operationId: 'deleteSecret',
    method: 'delete',
    path: '/v1/secrets/{name}',
    key: 'DELETE /v1/secrets/{name}',
    status: 204,
  },
  {
    operationId: 'getResult',
    method: 'get',
    path: '/v1/results/{id}',
    key: 'GET /v1/results/{id}',
    status: 200,
  },
  {
    operationId: 'getQueryRun',
    method: 'get',
    path: '/v1/query-runs/{id}',
    key: 'GET /v1/query-runs/{id}',
    status: 200,
  },
  {
    operationId: 'getDataset',
    method: 'get',
    path: '/v1/datasets/{id}',
    key: 'GET /v1/datasets/{id}',
    status: 200,
  },
  {
    operationId: 'updateDataset',
    method: 'put',
    path: '/v1/datasets/{id}',
    key: 'PUT /v1/datasets/{id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'UpdateDatasetRequest',
      required: true,
    },
  },
  {
    operationId: 'deleteDataset',
    method: 'delete',
    path: '/v1/datasets/{id}',
    key: 'DELETE /v1/datasets/{id}',
    status: 204,
  },
  {
    operationId: 'getSavedQuery',
    method: 'get',
    path: '/v1/queries/{id}',
    key: 'GET /v1/queries/{id}',
    status: 200,
  },
  {
    operationId: 'updateSavedQuery',
    method: 'put',
    path: '/v1/queries/{id}',
    key: 'PUT /v1/queries/{id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'UpdateSavedQueryRequest',
      required: true,
    },
  },
  {
    operationId: 'deleteSavedQuery',
    method: 'delete',
    path: '/v1/queries/{id}',
    key: 'DELETE /v1/queries/{id}',
    status: 204,
  },
  {
    operationId: 'getEmbeddingProvider',
    method: 'get',
    path: '/v1/embedding-providers/{id}',
    key: 'GET /v1/embedding-providers/{id}',
    status: 200,
  },
  {
    operationId: 'updateEmbeddingProvider',
    method: 'put',
    path: '/v1/embedding-providers/{id}',
    key: 'PUT /v1/embedding-providers/{id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'UpdateEmbeddingProviderRequest',
      required: true,
    },
  },
  {
    operationId: 'deleteEmbeddingProvider',
    method: 'delete',
    path: '/v1/embedding-providers/{id}',
    key: 'DELETE /v1/embedding-providers/{id}',
    status: 204,
  },
  {
    operationId: 'getJob',
    method: 'get',
    path: '/v1/jobs/{id}',
    key: 'GET /v1/jobs/{id}',
    status: 200,
  },
  {
    operationId: 'getWorkspaceContext',
    method: 'get',
    path: '/v1/context/{name}',
    key: 'GET /v1/context/{name}',
    status: 200,
  },
  {
    operationId: 'purgeConnectionCache',
    method: 'delete',
    path: '/v1/connections/{connection_id}/cache',
    key: 'DELETE /v1/connections/{connection_id}/cache',
    status: 204,
  },
  {
    operationId: 'checkConnectionHealth',
    method: 'get',
    path: '/v1/connections/{connection_id}/health',
    key: 'GET /v1/connections/{connection_id}/health',
    status: 200,
  },
  {
    operationId: 'listDatasetVersions',
    method: 'get',
    path: '/v1/datasets/{id}/versions',
    key: 'GET /v1/datasets/{id}/versions',
    status: 200,
    pagination: {
      style: 'offset',
      items: 'versions',
      count: 'count',
      offsetField: 'offset',
      limitField: 'limit',
      hasMore: 'has_more',
      limit: {
        param: 'limit',
        default: 100,
        maximum: 1000,
      },
    },
  },
  {
    operationId: 'executeSavedQuery',
    method: 'post',
    path: '/v1/queries/{id}/execute',
    key: 'POST /v1/queries/{id}/execute',
    status: 200,
    body: {
      kind: 'json',
      schema: 'ExecuteSavedQueryRequest',
      required: false,
    },
  },
  {
    operationId: 'listSavedQueryVersions',
    method: 'get',
    path: '/v1/queries/{id}/versions',
    key: 'GET /v1/queries/{id}/versions',
    status: 200,
    pagination: {
      style: 'offset',
      items: 'versions',
      count: 'count',
      offsetField: 'offset',
      limitField: 'limit',
      hasMore: 'has_more',
      limit: {
        param: 'limit',
        default: 100,
        maximum: 1000,
      },
    },
  },
  {
    operationId: 'purgeTableCache',
    method: 'delete',
    path: '/v1/connections/{connection_id}/tables/{schema}/{table}/cache',
    key: 'DELETE /v1/connections/{connection_id}/tables/{schema}/{table}/cache',
    status: 204,
  },
  {
    operationId: 'getTableProfile',
    method: 'get',
    path: '/v1/connections/{connection_id}/tables/{schema}/{table}/profile',
    key: 'GET /v1/connections/{connection_id}/tables/{schema}/{table}/profile',
    status: 200,
  },
  {
    operationId: 'listIndexes',
    method: 'get',
    path: '/v1/connections/{connection_id}/tables/{schema}/{table}/indexes',
    key: 'GET /v1/connections/{connection_id}/tables/{schema}/{table}/indexes',
    status: 200,
  },
  {
    operationId: 'createIndex',
    method: 'post',
    path: '/v1/connections/{connection_id}/tables/{schema}/{table}/indexes',
    key: 'POST /v1/connections/{connection_id}/tables/{schema}/{table}/indexes',
    status: 201,
    body: {
      kind: 'json',
      schema: 'CreateIndexRequest',
      required: true,
    },
  },
  {
    operationId: 'deleteIndex',
    method: 'delete',
    path: '/v1/connections/{connection_id}/tables/{schema}/{table}/indexes/{index_name}',
    key: 'DELETE /v1/connections/{connection_id}/tables/{schema}/{table}/indexes/{index_name}',
    status: 204,
  },
];
