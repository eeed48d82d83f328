// Generated from specs/llamacloud.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The spec's operations as the mock engine routes them (@org/sdk-core/msw `createMockApi`).
import type { MockRoute } from '@org/sdk-core/msw';
import type { paths } from './schema';

/**
 * Each operation of the spec by operationId: its openapi-typescript type, which types resolvers and
 * overrides.
 */
export interface Operations {
  listProjects: paths['/api/v1/projects']['get'];
  createProject: paths['/api/v1/projects']['post'];
  listFiles: paths['/api/v1/files']['get'];
  uploadFile: paths['/api/v1/files']['post'];
  listPipelines: paths['/api/v1/pipelines']['get'];
  upsertPipeline: paths['/api/v1/pipelines']['put'];
  createPipeline: paths['/api/v1/pipelines']['post'];
  listDataSources: paths['/api/v1/data-sources']['get'];
  createDataSource: paths['/api/v1/data-sources']['post'];
  listPipelinesPaginated: paths['/api/v2/pipelines']['get'];
  listDataSinks: paths['/api/v1/data-sinks']['get'];
  createDataSink: paths['/api/v1/data-sinks']['post'];
  listBetaFiles: paths['/api/v1/beta/files']['get'];
  createBetaFile: paths['/api/v1/beta/files']['post'];
  getBetaFile: paths['/api/v1/beta/files/{file_id}']['get'];
  deleteBetaFile: paths['/api/v1/beta/files/{file_id}']['delete'];
  getBetaFileContent: paths['/api/v1/beta/files/{file_id}/content']['get'];
  getProject: paths['/api/v1/projects/{project_id}']['get'];
  getFile: paths['/api/v1/files/{file_id}']['get'];
  deleteFile: paths['/api/v1/files/{file_id}']['delete'];
  getPipeline: paths['/api/v1/pipelines/{pipeline_id}']['get'];
  updatePipeline: paths['/api/v1/pipelines/{pipeline_id}']['put'];
  deletePipeline: paths['/api/v1/pipelines/{pipeline_id}']['delete'];
  getDataSource: paths['/api/v1/data-sources/{data_source_id}']['get'];
  updateDataSource: paths['/api/v1/data-sources/{data_source_id}']['put'];
  deleteDataSource: paths['/api/v1/data-sources/{data_source_id}']['delete'];
  getDataSink: paths['/api/v1/data-sinks/{data_sink_id}']['get'];
  updateDataSink: paths['/api/v1/data-sinks/{data_sink_id}']['put'];
  deleteDataSink: paths['/api/v1/data-sinks/{data_sink_id}']['delete'];
  getPipelineStatus: paths['/api/v1/pipelines/{pipeline_id}/status']['get'];
  syncPipeline: paths['/api/v1/pipelines/{pipeline_id}/sync']['post'];
  runSearch: paths['/api/v1/pipelines/{pipeline_id}/retrieve']['post'];
  listPipelineFiles: paths['/api/v1/pipelines/{pipeline_id}/files2']['get'];
  listPipelineFilesUnpaged: paths['/api/v1/pipelines/{pipeline_id}/files']['get'];
  addFilesToPipeline: paths['/api/v1/pipelines/{pipeline_id}/files']['put'];
  listPipelineDataSources: paths['/api/v1/pipelines/{pipeline_id}/data-sources']['get'];
  addDataSourcesToPipeline: paths['/api/v1/pipelines/{pipeline_id}/data-sources']['put'];
  listPipelineDataSinks: paths['/api/v1/pipelines/{pipeline_id}/data-sinks']['get'];
  listPipelineJobs: paths['/api/v1/pipelines/{pipeline_id}/jobs']['get'];
  upsertPipelineDocuments: paths['/api/v1/pipelines/{pipeline_id}/documents']['put'];
  createPipelineDocuments: paths['/api/v1/pipelines/{pipeline_id}/documents']['post'];
  cancelPipelineSync: paths['/api/v1/pipelines/{pipeline_id}/sync/cancel']['post'];
  getPipelineFileStatusCounts: paths['/api/v1/pipelines/{pipeline_id}/files/status-counts']['get'];
  listPipelineDocuments: paths['/api/v1/pipelines/{pipeline_id}/documents/paginated']['get'];
  getPipelineJob: paths['/api/v1/pipelines/{pipeline_id}/jobs/{job_id}']['get'];
  updatePipelineFile: paths['/api/v1/pipelines/{pipeline_id}/files/{file_id}']['put'];
  deletePipelineFile: paths['/api/v1/pipelines/{pipeline_id}/files/{file_id}']['delete'];
  updatePipelineDataSource: paths['/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}']['put'];
  getPipelineDocument: paths['/api/v1/pipelines/{pipeline_id}/documents/{document_id}']['get'];
  deletePipelineDocument: paths['/api/v1/pipelines/{pipeline_id}/documents/{document_id}']['delete'];
  getPipelineFileStatus: paths['/api/v1/pipelines/{pipeline_id}/files/{file_id}/status']['get'];
  getPipelineDataSourceStatus: paths['/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/status']['get'];
  syncPipelineDataSource: paths['/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/sync']['post'];
  getPipelineDocumentStatus: paths['/api/v1/pipelines/{pipeline_id}/documents/{document_id}/status']['get'];
  getPipelineDocumentChunks: paths['/api/v1/pipelines/{pipeline_id}/documents/{document_id}/chunks']['get'];
}

/** Every operation's route, static path segments before `{param}`s so msw matches the specific one first. */
export const routes: readonly MockRoute<keyof Operations & string>[] = [
  {
    operationId: 'listProjects',
    method: 'get',
    path: '/api/v1/projects',
    key: 'GET /api/v1/projects',
    status: 200,
  },
  {
    operationId: 'createProject',
    method: 'post',
    path: '/api/v1/projects',
    key: 'POST /api/v1/projects',
    status: 200,
    body: {
      kind: 'json',
      schema: 'ProjectCreate',
      required: true,
    },
  },
  {
    operationId: 'listFiles',
    method: 'get',
    path: '/api/v1/files',
    key: 'GET /api/v1/files',
    status: 200,
  },
  {
    operationId: 'uploadFile',
    method: 'post',
    path: '/api/v1/files',
    key: 'POST /api/v1/files',
    status: 200,
    body: {
      kind: 'multipart',
      required: true,
    },
  },
  {
    operationId: 'listPipelines',
    method: 'get',
    path: '/api/v1/pipelines',
    key: 'GET /api/v1/pipelines',
    status: 200,
    query: [
      {
        name: 'pipeline_type',
        schema: {
          type: 'string',
          enum: ['PLAYGROUND', 'MANAGED'],
        },
      },
    ],
  },
  {
    operationId: 'upsertPipeline',
    method: 'put',
    path: '/api/v1/pipelines',
    key: 'PUT /api/v1/pipelines',
    status: 200,
    body: {
      kind: 'json',
      schema: 'PipelineCreate',
      required: true,
    },
  },
  {
    operationId: 'createPipeline',
    method: 'post',
    path: '/api/v1/pipelines',
    key: 'POST /api/v1/pipelines',
    status: 200,
    body: {
      kind: 'json',
      schema: 'PipelineCreate',
      required: true,
    },
  },
  {
    operationId: 'listDataSources',
    method: 'get',
    path: '/api/v1/data-sources',
    key: 'GET /api/v1/data-sources',
    status: 200,
  },
  {
    operationId: 'createDataSource',
    method: 'post',
    path: '/api/v1/data-sources',
    key: 'POST /api/v1/data-sources',
    status: 200,
    body: {
      kind: 'json',
      schema: 'DataSourceCreate',
      required: true,
    },
  },
  {
    operationId: 'listPipelinesPaginated',
    method: 'get',
    path: '/api/v2/pipelines',
    key: 'GET /api/v2/pipelines',
    status: 200,
    pagination: {
      style: 'cursor',
      items: 'items',
      total: 'total_size',
      nextCursor: 'next_page_token',
      cursorParam: 'page_token',
      limit: {
        param: 'page_size',
      },
    },
    query: [
      {
        name: 'pipeline_type',
        schema: {
          type: 'string',
          enum: ['PLAYGROUND', 'MANAGED'],
        },
      },
    ],
  },
  {
    operationId: 'listDataSinks',
    method: 'get',
    path: '/api/v1/data-sinks',
    key: 'GET /api/v1/data-sinks',
    status: 200,
  },
  {
    operationId: 'createDataSink',
    method: 'post',
    path: '/api/v1/data-sinks',
    key: 'POST /api/v1/data-sinks',
    status: 200,
    body: {
      kind: 'json',
      schema: 'DataSinkCreate',
      required: true,
    },
  },
  {
    operationId: 'listBetaFiles',
    method: 'get',
    path: '/api/v1/beta/files',
    key: 'GET /api/v1/beta/files',
    status: 200,
    pagination: {
      style: 'cursor',
      items: 'items',
      total: 'total_size',
      nextCursor: 'next_page_token',
      cursorParam: 'page_token',
      limit: {
        param: 'page_size',
      },
    },
    query: [
      {
        name: 'file_ids',
        schema: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
      },
    ],
  },
  {
    operationId: 'createBetaFile',
    method: 'post',
    path: '/api/v1/beta/files',
    key: 'POST /api/v1/beta/files',
    status: 200,
    body: {
      kind: 'multipart',
      required: true,
    },
  },
  {
    operationId: 'getBetaFile',
    method: 'get',
    path: '/api/v1/beta/files/{file_id}',
    key: 'GET /api/v1/beta/files/{file_id}',
    status: 200,
  },
  {
    operationId: 'deleteBetaFile',
    method: 'delete',
    path: '/api/v1/beta/files/{file_id}',
    key: 'DELETE /api/v1/beta/files/{file_id}',
    status: 204,
  },
  {
    operationId: 'getBetaFileContent',
    method: 'get',
    path: '/api/v1/beta/files/{file_id}/content',
    key: 'GET /api/v1/beta/files/{file_id}/content',
    status: 200,
    query: [
      {
        name: 'expires_at_seconds',
        schema: {
          type: 'integer',
          minimum: 1,
        },
      },
    ],
  },
  {
    operationId: 'getProject',
    method: 'get',
    path: '/api/v1/projects/{project_id}',
    key: 'GET /api/v1/projects/{project_id}',
    status: 200,
  },
  {
    operationId: 'getFile',
    method: 'get',
    path: '/api/v1/files/{file_id}',
    key: 'GET /api/v1/files/{file_id}',
    status: 200,
  },
  {
    operationId: 'deleteFile',
    method: 'delete',
    path: '/api/v1/files/{file_id}',
    key: 'DELETE /api/v1/files/{file_id}',
    status: 204,
  },
  {
    operationId: 'getPipeline',
    method: 'get',
    path: '/api/v1/pipelines/{pipeline_id}',
    key: 'GET /api/v1/pipelines/{pipeline_id}',
    status: 200,
  },
  {
    operationId: 'updatePipeline',
    method: 'put',
    path: '/api/v1/pipelines/{pipeline_id}',
    key: 'PUT /api/v1/pipelines/{pipeline_id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'PipelineUpdate',
      required: true,
    },
  },
  {
    operationId: 'deletePipeline',
    method: 'delete',
    path: '/api/v1/pipelines/{pipeline_id}',
    key: 'DELETE /api/v1/pipelines/{pipeline_id}',
    status: 204,
  },
  {
    operationId: 'getDataSource',
    method: 'get',
    path: '/api/v1/data-sources/{data_source_id}',
    key: 'GET /api/v1/data-sources/{data_source_id}',
    status: 200,
  },
  {
    operationId: 'updateDataSource',
    method: 'put',
    path: '/api/v1/data-sources/{data_source_id}',
    key: 'PUT /api/v1/data-sources/{data_source_id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'DataSourceUpdate',
      required: true,
    },
  },
  {
    operationId: 'deleteDataSource',
    method: 'delete',
    path: '/api/v1/data-sources/{data_source_id}',
    key: 'DELETE /api/v1/data-sources/{data_source_id}',
    status: 204,
  },
  {
    operationId: 'getDataSink',
    method: 'get',
    path: '/api/v1/data-sinks/{data_sink_id}',
    key: 'GET /api/v1/data-sinks/{data_sink_id}',
    status: 200,
  },
  {
    operationId: 'updateDataSink',
    method: 'put',
    path: '/api/v1/data-sinks/{data_sink_id}',
    key: 'PUT /api/v1/data-sinks/{data_sink_id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'DataSinkUpdate',
      required: true,
    },
  },
  {
    operationId: 'deleteDataSink',
    method: 'delete',
    path: '/api/v1/data-sinks/{data_sink_id}',
    key: 'DELETE /api/v1/data-sinks/{data_sink_id}',
    status: 204,
  },
  {
    operationId: 'getPipelineStatus',
    method: 'get',
    path: '/api/v1/pipelines/{pipeline_id}/status',
    key: 'GET /api/v1/pipelines/{pipeline_id}/status',
    status: 200,
    query: [
      {
        name: 'full_details',
        schema: {
          type: 'boolean',
        },
      },
    ],
  },
  {
    operationId: 'syncPipeline',
    method: 'post',
    path: '/api/v1/pipelines/{pipeline_id}/sync',
    key: 'POST /api/v1/pipelines/{pipeline_id}/sync',
    status: 200,
  },
  {
    operationId: 'runSearch',
    method: 'post',
    path: '/api/v1/pipelines/{pipeline_id}/retrieve',
    key: 'POST /api/v1/pipelines/{pipeline_id}/retrieve',
    status: 200,
    body: {
      kind: 'json',
      schema: 'RetrievalParams',
      required: true,
    },
  },
  {
    operationId: 'listPipelineFiles',
    method: 'get',
    path: '/api/v1/pipelines/{pipeline_id}/files2',
    key: 'GET /api/v1/pipelines/{pipeline_id}/files2',
    status: 200,
    pagination: {
      style: 'offset',
      items: 'files',
      offsetField: 'offset',
      limitField: 'limit',
      total: 'total_count',
      limit: {
        param: 'limit',
      },
    },
    query: [
      {
        name: 'only_manually_uploaded',
        schema: {
          type: 'boolean',
        },
      },
    ],
  },
  {
    operationId: 'listPipelineFilesUnpaged',
    method: 'get',
    path: '/api/v1/pipelines/{pipeline_id}/files',
    key: 'GET /api/v1/pipelines/{pipeline_id}/files',
    status: 200,
    query: [
      {
        name: 'only_manually_uploaded',
        schema: {
          type: 'boolean',
        },
      },
    ],
  },
  {
    operationId: 'addFilesToPipeline',
    method: 'put',
    path: '/api/v1/pipelines/{pipeline_id}/files',
    key: 'PUT /api/v1/pipelines/{pipeline_id}/files',
    status: 200,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'listPipelineDataSources',
    method: 'get',
    path: '/api/v1/pipelines/{pipeline_id}/data-sources',
    key: 'GET /api/v1/pipelines/{pipeline_id}/data-sources',
    status: 200,
  },
  {
    operationId: 'addDataSourcesToPipeline',
    method: 'put',
    path: '/api/v1/pipelines/{pipeline_id}/data-sources',
    key: 'PUT /api/v1/pipelines/{pipeline_id}/data-sources',
    status: 200,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'listPipelineDataSinks',
    method: 'get',
    path: '/api/v1/pipelines/{pipeline_id}/data-sinks',
    key: 'GET /api/v1/pipelines/{pipeline_id}/data-sinks',
    status: 200,
  },
  {
    operationId: 'listPipelineJobs',
    method: 'get',
    path: '/api/v1/pipelines/{pipeline_id}/jobs',
    key: 'GET /api/v1/pipelines/{pipeline_id}/jobs',
    status: 200,
  },
  {
    operationId: 'upsertPipelineDocuments',
    method: 'put',
    path: '/api/v1/pipelines/{pipeline_id}/documents',
    key: 'PUT /api/v1/pipelines/{pipeline_id}/documents',
    status: 200,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'createPipelineDocuments',
    method: 'post',
    path: '/api/v1/pipelines/{pipeline_id}/documents',
    key: 'POST /api/v1/pipelines/{pipeline_id}/documents',
    status: 200,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'cancelPipelineSync',
    method: 'post',
    path: '/api/v1/pipelines/{pipeline_id}/sync/cancel',
    key: 'POST /api/v1/pipelines/{pipeline_id}/sync/cancel',
    status: 200,
  },
  {
    operationId: 'getPipelineFileStatusCounts',
    method: 'get',
    path: '/api/v1/pipelines/{pipeline_id}/files/status-counts',
    key: 'GET /api/v1/pipelines/{pipeline_id}/files/status-counts',
    status: 200,
    query: [
      {
        name: 'only_manually_uploaded',
        schema: {
          type: 'boolean',
        },
      },
    ],
  },
  {
    operationId: 'listPipelineDocuments',
    method: 'get',
    path: '/api/v1/pipelines/{pipeline_id}/documents/paginated',
    key: 'GET /api/v1/pipelines/{pipeline_id}/documents/paginated',
    status: 200,
    pagination: {
      style: 'offset',
      items: 'documents',
      offsetField: 'offset',
      total: 'total_count',
      offsetParam: 'skip',
      limit: {
        param: 'limit',
      },
    },
    query: [
      {
        name: 'only_direct_upload',
        schema: {
          type: 'boolean',
        },
      },
      {
        name: 'only_api_data_source_documents',
        schema: {
          type: 'boolean',
        },
      },
      {
        name: 'status_refresh_policy',
        schema: {
          type: 'string',
          enum: ['cached', 'ttl'],
        },
      },
    ],
  },
  {
    operationId: 'getPipelineJob',
    method: 'get',
    path: '/api/v1/pipelines/{pipeline_id}/jobs/{job_id}',
    key: 'GET /api/v1/pipelines/{pipeline_id}/jobs/{job_id}',
    status: 200,
  },
  {
    operationId: 'updatePipelineFile',
    method: 'put',
    path: '/api/v1/pipelines/{pipeline_id}/files/{file_id}',
    key: 'PUT /api/v1/pipelines/{pipeline_id}/files/{file_id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'PipelineFileUpdate',
      required: true,
    },
  },
  {
    operationId: 'deletePipelineFile',
    method: 'delete',
    path: '/api/v1/pipelines/{pipeline_id}/files/{file_id}',
    key: 'DELETE /api/v1/pipelines/{pipeline_id}/files/{file_id}',
    status: 204,
  },
  {
    operationId: 'updatePipelineDataSource',
    method: 'put',
    path: '/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}',
    key: 'PUT /api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}',
    status: 200,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'getPipelineDocument',
    method: 'get',
    path: '/api/v1/pipelines/{pipeline_id}/documents/{document_id}',
    key: 'GET /api/v1/pipelines/{pipeline_id}/documents/{document_id}',
    status: 200,
  },
  {
    operationId: 'deletePipelineDocument',
    method: 'delete',
    path: '/api/v1/pipelines/{pipeline_id}/documents/{document_id}',
    key: 'DELETE /api/v1/pipelines/{pipeline_id}/documents/{document_id}',
    status: 204,
  },
  {
    operationId: 'getPipelineFileStatus',
    method: 'get',
    path: '/api/v1/pipelines/{pipeline_id}/files/{file_id}/status',
    key: 'GET /api/v1/pipelines/{pipeline_id}/files/{file_id}/status',
    status: 200,
  },
  {
    operationId: 'getPipelineDataSourceStatus',
    method: 'get',
    path: '/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/status',
    key: 'GET /api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/status',
    status: 200,
  },
  {
    operationId: 'syncPipelineDataSource',
    method: 'post',
    path: '/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/sync',
    key: 'POST /api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/sync',
    status: 200,
    body: {
      kind: 'json',
      required: false,
    },
  },
  {
    operationId: 'getPipelineDocumentStatus',
    method: 'get',
    path: '/api/v1/pipelines/{pipeline_id}/documents/{document_id}/status',
    key: 'GET /api/v1/pipelines/{pipeline_id}/documents/{document_id}/status',
    status: 200,
  },
  {
    operationId: 'getPipelineDocumentChunks',
    method: 'get',
    path: '/api/v1/pipelines/{pipeline_id}/documents/{document_id}/chunks',
    key: 'GET /api/v1/pipelines/{pipeline_id}/documents/{document_id}/chunks',
    status: 200,
  },
];
