// Generated from specs/llamacloud.yaml by scripts/generate.mjs (pnpm generate).
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
export const servers = {
  us: 'https://api.cloud.llamaindex.ai',
  eu: 'https://api.cloud.llamaindex.eu',
} as const;

/**
 * Statuses the vendor uses for "not processed, try again" beyond core's (the spec's `x-sdk-retry-statuses`).
 */
export const retryStatuses: readonly number[] = [];

/** Parameters of `projects.list()` (GET /api/v1/projects). */
export type ProjectsListParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/projects']['get']['parameters']['query']>
>;
/** What `projects.list()` resolves with. */
export type ProjectsListResponse = ResponseData<paths, '/api/v1/projects', 'get'>;

/** Parameters of `projects.create()` (POST /api/v1/projects). */
export type ProjectsCreateParams = OptionalOrUndefined<
  (paths['/api/v1/projects']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) &
    NonNullable<paths['/api/v1/projects']['post']['parameters']['query']>
>;
/** What `projects.create()` resolves with. */
export type ProjectsCreateResponse = ResponseData<paths, '/api/v1/projects', 'post'>;

/** What `projects.get()` resolves with. */
export type ProjectsGetResponse = ResponseData<paths, '/api/v1/projects/{project_id}', 'get'>;

/** Parameters of `files.list()` (GET /api/v1/files). */
export type FilesListParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/files']['get']['parameters']['query']>
>;
/** What `files.list()` resolves with. */
export type FilesListResponse = ResponseData<paths, '/api/v1/files', 'get'>;

/** Parameters of `files.upload()` (POST /api/v1/files). */
export type FilesUploadParams = OptionalOrUndefined<
  { upload_file: MultipartValue } & NonNullable<paths['/api/v1/files']['post']['parameters']['query']>
>;
/** What `files.upload()` resolves with. */
export type FilesUploadResponse = ResponseData<paths, '/api/v1/files', 'post'>;

/** Parameters of `files.get()` (GET /api/v1/files/{file_id}). */
export type FilesGetParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/files/{file_id}']['get']['parameters']['query']>
>;
/** What `files.get()` resolves with. */
export type FilesGetResponse = ResponseData<paths, '/api/v1/files/{file_id}', 'get'>;

/** Parameters of `files.delete()` (DELETE /api/v1/files/{file_id}). */
export type FilesDeleteParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/files/{file_id}']['delete']['parameters']['query']>
>;
/** What `files.delete()` resolves with. */
export type FilesDeleteResponse = ResponseData<paths, '/api/v1/files/{file_id}', 'delete'>;

/** Parameters of `pipelines.list()` (GET /api/v1/pipelines). */
export type PipelinesListParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/pipelines']['get']['parameters']['query']>
>;
/** What `pipelines.list()` resolves with. */
export type PipelinesListResponse = ResponseData<paths, '/api/v1/pipelines', 'get'>;

/** Parameters of `pipelines.upsert()` (PUT /api/v1/pipelines). */
export type PipelinesUpsertParams = OptionalOrUndefined<
  (paths['/api/v1/pipelines']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) &
    NonNullable<paths['/api/v1/pipelines']['put']['parameters']['query']>
>;
/** What `pipelines.upsert()` resolves with. */
export type PipelinesUpsertResponse = ResponseData<paths, '/api/v1/pipelines', 'put'>;

/** Parameters of `pipelines.create()` (POST /api/v1/pipelines). */
export type PipelinesCreateParams = OptionalOrUndefined<
  (paths['/api/v1/pipelines']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) &
    NonNullable<paths['/api/v1/pipelines']['post']['parameters']['query']>
>;
/** What `pipelines.create()` resolves with. */
export type PipelinesCreateResponse = ResponseData<paths, '/api/v1/pipelines', 'post'>;

/** What `pipelines.get()` resolves with. */
export type PipelinesGetResponse = ResponseData<paths, '/api/v1/pipelines/{pipeline_id}', 'get'>;

/** Parameters of `pipelines.update()` (PUT /api/v1/pipelines/{pipeline_id}). */
export type PipelinesUpdateParams = OptionalOrUndefined<
  (paths['/api/v1/pipelines/{pipeline_id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) &
    NonNullable<paths['/api/v1/pipelines/{pipeline_id}']['put']['parameters']['query']>
>;
/** What `pipelines.update()` resolves with. */
export type PipelinesUpdateResponse = ResponseData<paths, '/api/v1/pipelines/{pipeline_id}', 'put'>;

/** What `pipelines.delete()` resolves with. */
export type PipelinesDeleteResponse = ResponseData<paths, '/api/v1/pipelines/{pipeline_id}', 'delete'>;

/** Parameters of `pipelines.getStatus()` (GET /api/v1/pipelines/{pipeline_id}/status). */
export type PipelinesGetStatusParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/pipelines/{pipeline_id}/status']['get']['parameters']['query']>
>;
/** What `pipelines.getStatus()` resolves with. */
export type PipelinesGetStatusResponse = ResponseData<paths, '/api/v1/pipelines/{pipeline_id}/status', 'get'>;

/** What `pipelines.sync()` resolves with. */
export type PipelinesSyncResponse = ResponseData<paths, '/api/v1/pipelines/{pipeline_id}/sync', 'post'>;

/** Parameters of `pipelines.retrieve()` (POST /api/v1/pipelines/{pipeline_id}/retrieve). */
export type PipelinesRetrieveParams = OptionalOrUndefined<
  (paths['/api/v1/pipelines/{pipeline_id}/retrieve']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) &
    NonNullable<paths['/api/v1/pipelines/{pipeline_id}/retrieve']['post']['parameters']['query']>
>;
/** What `pipelines.retrieve()` resolves with. */
export type PipelinesRetrieveResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/retrieve',
  'post'
>;

/** Parameters of `pipelines.cancelSync()` (POST /api/v1/pipelines/{pipeline_id}/sync/cancel). */
export type PipelinesCancelSyncParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/pipelines/{pipeline_id}/sync/cancel']['post']['parameters']['query']>
>;
/** What `pipelines.cancelSync()` resolves with. */
export type PipelinesCancelSyncResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/sync/cancel',
  'post'
>;

/** Parameters of `pipelines.listPaginated()` (GET /api/v2/pipelines). */
export type PipelinesListPaginatedParams = OptionalOrUndefined<
  NonNullable<paths['/api/v2/pipelines']['get']['parameters']['query']>
>;
/** What `pipelines.listPaginated()` resolves with. */
export type PipelinesListPaginatedResponse = ResponseData<paths, '/api/v2/pipelines', 'get'>;
/** One item of `pipelines.listPaginated()`. */
export type PipelinesListPaginatedItem = NonNullable<PipelinesListPaginatedResponse['items']>[number];

/** Parameters of `pipelineFiles.list()` (GET /api/v1/pipelines/{pipeline_id}/files2). */
export type PipelineFilesListParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/pipelines/{pipeline_id}/files2']['get']['parameters']['query']>
>;
/** What `pipelineFiles.list()` resolves with. */
export type PipelineFilesListResponse = ResponseData<paths, '/api/v1/pipelines/{pipeline_id}/files2', 'get'>;
/** One item of `pipelineFiles.list()`. */
export type PipelineFilesListItem = NonNullable<PipelineFilesListResponse['files']>[number];

/** Parameters of `pipelineFiles.listAll()` (GET /api/v1/pipelines/{pipeline_id}/files). */
export type PipelineFilesListAllParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/pipelines/{pipeline_id}/files']['get']['parameters']['query']>
>;
/** What `pipelineFiles.listAll()` resolves with. */
export type PipelineFilesListAllResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/files',
  'get'
>;

/** Parameters of `pipelineFiles.add()` (PUT /api/v1/pipelines/{pipeline_id}/files). */
export type PipelineFilesAddParams = OptionalOrUndefined<
  paths['/api/v1/pipelines/{pipeline_id}/files']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never
>;
/** What `pipelineFiles.add()` resolves with. */
export type PipelineFilesAddResponse = ResponseData<paths, '/api/v1/pipelines/{pipeline_id}/files', 'put'>;

/** What `pipelineFiles.getStatus()` resolves with. */
export type PipelineFilesGetStatusResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/files/{file_id}/status',
  'get'
>;

/**
 * Parameters of `pipelineFiles.getStatusCounts()` (GET /api/v1/pipelines/{pipeline_id}/files/status-counts).
 */
export type PipelineFilesGetStatusCountsParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/pipelines/{pipeline_id}/files/status-counts']['get']['parameters']['query']>
>;
/** What `pipelineFiles.getStatusCounts()` resolves with. */
export type PipelineFilesGetStatusCountsResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/files/status-counts',
  'get'
>;

/** Parameters of `pipelineFiles.update()` (PUT /api/v1/pipelines/{pipeline_id}/files/{file_id}). */
export type PipelineFilesUpdateParams = OptionalOrUndefined<
  (paths['/api/v1/pipelines/{pipeline_id}/files/{file_id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) &
    NonNullable<paths['/api/v1/pipelines/{pipeline_id}/files/{file_id}']['put']['parameters']['query']>
>;
/** What `pipelineFiles.update()` resolves with. */
export type PipelineFilesUpdateResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/files/{file_id}',
  'put'
>;

/** Parameters of `pipelineFiles.delete()` (DELETE /api/v1/pipelines/{pipeline_id}/files/{file_id}). */
export type PipelineFilesDeleteParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/pipelines/{pipeline_id}/files/{file_id}']['delete']['parameters']['query']>
>;
/** What `pipelineFiles.delete()` resolves with. */
export type PipelineFilesDeleteResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/files/{file_id}',
  'delete'
>;

/** What `pipelineDataSources.list()` resolves with. */
export type PipelineDataSourcesListResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/data-sources',
  'get'
>;

/** Parameters of `pipelineDataSources.add()` (PUT /api/v1/pipelines/{pipeline_id}/data-sources). */
export type PipelineDataSourcesAddParams = OptionalOrUndefined<
  paths['/api/v1/pipelines/{pipeline_id}/data-sources']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never
>;
/** What `pipelineDataSources.add()` resolves with. */
export type PipelineDataSourcesAddResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/data-sources',
  'put'
>;

/**
 * Parameters of `pipelineDataSources.update()` (PUT
 * /api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}).
 */
export type PipelineDataSourcesUpdateParams = OptionalOrUndefined<
  (paths['/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) &
    NonNullable<
      paths['/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}']['put']['parameters']['query']
    >
>;
/** What `pipelineDataSources.update()` resolves with. */
export type PipelineDataSourcesUpdateResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}',
  'put'
>;

/**
 * Parameters of `pipelineDataSources.getStatus()` (GET
 * /api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/status).
 */
export type PipelineDataSourcesGetStatusParams = OptionalOrUndefined<
  NonNullable<
    paths['/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/status']['get']['parameters']['query']
  >
>;
/** What `pipelineDataSources.getStatus()` resolves with. */
export type PipelineDataSourcesGetStatusResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/status',
  'get'
>;

/**
 * Parameters of `pipelineDataSources.sync()` (POST
 * /api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/sync).
 */
export type PipelineDataSourcesSyncParams = OptionalOrUndefined<
  (paths['/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/sync']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) &
    NonNullable<
      paths['/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/sync']['post']['parameters']['query']
    >
>;
/** What `pipelineDataSources.sync()` resolves with. */
export type PipelineDataSourcesSyncResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/sync',
  'post'
>;

/** What `pipelineDataSinks.list()` resolves with. */
export type PipelineDataSinksListResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/data-sinks',
  'get'
>;

/** What `pipelineJobs.list()` resolves with. */
export type PipelineJobsListResponse = ResponseData<paths, '/api/v1/pipelines/{pipeline_id}/jobs', 'get'>;

/** What `pipelineJobs.get()` resolves with. */
export type PipelineJobsGetResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/jobs/{job_id}',
  'get'
>;

/** Parameters of `dataSources.list()` (GET /api/v1/data-sources). */
export type DataSourcesListParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/data-sources']['get']['parameters']['query']>
>;
/** What `dataSources.list()` resolves with. */
export type DataSourcesListResponse = ResponseData<paths, '/api/v1/data-sources', 'get'>;

/** Parameters of `dataSources.create()` (POST /api/v1/data-sources). */
export type DataSourcesCreateParams = OptionalOrUndefined<
  (paths['/api/v1/data-sources']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) &
    NonNullable<paths['/api/v1/data-sources']['post']['parameters']['query']>
>;
/** What `dataSources.create()` resolves with. */
export type DataSourcesCreateResponse = ResponseData<paths, '/api/v1/data-sources', 'post'>;

/** Parameters of `dataSources.get()` (GET /api/v1/data-sources/{data_source_id}). */
export type DataSourcesGetParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/data-sources/{data_source_id}']['get']['parameters']['query']>
>;
/** What `dataSources.get()` resolves with. */
export type DataSourcesGetResponse = ResponseData<paths, '/api/v1/data-sources/{data_source_id}', 'get'>;

/** Parameters of `dataSources.update()` (PUT /api/v1/data-sources/{data_source_id}). */
export type DataSourcesUpdateParams = OptionalOrUndefined<
  (paths['/api/v1/data-sources/{data_source_id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) &
    NonNullable<paths['/api/v1/data-sources/{data_source_id}']['put']['parameters']['query']>
>;
/** What `dataSources.update()` resolves with. */
export type DataSourcesUpdateResponse = ResponseData<paths, '/api/v1/data-sources/{data_source_id}', 'put'>;

/** Parameters of `dataSources.delete()` (DELETE /api/v1/data-sources/{data_source_id}). */
export type DataSourcesDeleteParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/data-sources/{data_source_id}']['delete']['parameters']['query']>
>;
/** What `dataSources.delete()` resolves with. */
export type DataSourcesDeleteResponse = ResponseData<
  paths,
  '/api/v1/data-sources/{data_source_id}',
  'delete'
>;

/** Parameters of `pipelineDocuments.upsert()` (PUT /api/v1/pipelines/{pipeline_id}/documents). */
export type PipelineDocumentsUpsertParams = OptionalOrUndefined<
  paths['/api/v1/pipelines/{pipeline_id}/documents']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never
>;
/** What `pipelineDocuments.upsert()` resolves with. */
export type PipelineDocumentsUpsertResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/documents',
  'put'
>;

/** Parameters of `pipelineDocuments.create()` (POST /api/v1/pipelines/{pipeline_id}/documents). */
export type PipelineDocumentsCreateParams = OptionalOrUndefined<
  paths['/api/v1/pipelines/{pipeline_id}/documents']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never
>;
/** What `pipelineDocuments.create()` resolves with. */
export type PipelineDocumentsCreateResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/documents',
  'post'
>;

/** Parameters of `pipelineDocuments.list()` (GET /api/v1/pipelines/{pipeline_id}/documents/paginated). */
export type PipelineDocumentsListParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/pipelines/{pipeline_id}/documents/paginated']['get']['parameters']['query']>
>;
/** What `pipelineDocuments.list()` resolves with. */
export type PipelineDocumentsListResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/documents/paginated',
  'get'
>;
/** One item of `pipelineDocuments.list()`. */
export type PipelineDocumentsListItem = NonNullable<PipelineDocumentsListResponse['documents']>[number];

/** Parameters of `pipelineDocuments.get()` (GET /api/v1/pipelines/{pipeline_id}/documents/{document_id}). */
export type PipelineDocumentsGetParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/pipelines/{pipeline_id}/documents/{document_id}']['get']['parameters']['query']>
>;
/** What `pipelineDocuments.get()` resolves with. */
export type PipelineDocumentsGetResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/documents/{document_id}',
  'get'
>;

/**
 * Parameters of `pipelineDocuments.delete()` (DELETE
 * /api/v1/pipelines/{pipeline_id}/documents/{document_id}).
 */
export type PipelineDocumentsDeleteParams = OptionalOrUndefined<
  NonNullable<
    paths['/api/v1/pipelines/{pipeline_id}/documents/{document_id}']['delete']['parameters']['query']
  >
>;
/** What `pipelineDocuments.delete()` resolves with. */
export type PipelineDocumentsDeleteResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/documents/{document_id}',
  'delete'
>;

/**
 * Parameters of `pipelineDocuments.getStatus()` (GET
 * /api/v1/pipelines/{pipeline_id}/documents/{document_id}/status).
 */
export type PipelineDocumentsGetStatusParams = OptionalOrUndefined<
  NonNullable<
    paths['/api/v1/pipelines/{pipeline_id}/documents/{document_id}/status']['get']['parameters']['query']
  >
>;
/** What `pipelineDocuments.getStatus()` resolves with. */
export type PipelineDocumentsGetStatusResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/documents/{document_id}/status',
  'get'
>;

/**
 * Parameters of `pipelineDocuments.getChunks()` (GET
 * /api/v1/pipelines/{pipeline_id}/documents/{document_id}/chunks).
 */
export type PipelineDocumentsGetChunksParams = OptionalOrUndefined<
  NonNullable<
    paths['/api/v1/pipelines/{pipeline_id}/documents/{document_id}/chunks']['get']['parameters']['query']
  >
>;
/** What `pipelineDocuments.getChunks()` resolves with. */
export type PipelineDocumentsGetChunksResponse = ResponseData<
  paths,
  '/api/v1/pipelines/{pipeline_id}/documents/{document_id}/chunks',
  'get'
>;

/** Parameters of `dataSinks.list()` (GET /api/v1/data-sinks). */
export type DataSinksListParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/data-sinks']['get']['parameters']['query']>
>;
/** What `dataSinks.list()` resolves with. */
export type DataSinksListResponse = ResponseData<paths, '/api/v1/data-sinks', 'get'>;

/** Parameters of `dataSinks.create()` (POST /api/v1/data-sinks). */
export type DataSinksCreateParams = OptionalOrUndefined<
  (paths['/api/v1/data-sinks']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) &
    NonNullable<paths['/api/v1/data-sinks']['post']['parameters']['query']>
>;
/** What `dataSinks.create()` resolves with. */
export type DataSinksCreateResponse = ResponseData<paths, '/api/v1/data-sinks', 'post'>;

/** Parameters of `dataSinks.get()` (GET /api/v1/data-sinks/{data_sink_id}). */
export type DataSinksGetParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/data-sinks/{data_sink_id}']['get']['parameters']['query']>
>;
/** What `dataSinks.get()` resolves with. */
export type DataSinksGetResponse = ResponseData<paths, '/api/v1/data-sinks/{data_sink_id}', 'get'>;

/** Parameters of `dataSinks.update()` (PUT /api/v1/data-sinks/{data_sink_id}). */
export type DataSinksUpdateParams = OptionalOrUndefined<
  (paths['/api/v1/data-sinks/{data_sink_id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) &
    NonNullable<paths['/api/v1/data-sinks/{data_sink_id}']['put']['parameters']['query']>
>;
/** What `dataSinks.update()` resolves with. */
export type DataSinksUpdateResponse = ResponseData<paths, '/api/v1/data-sinks/{data_sink_id}', 'put'>;

/** Parameters of `dataSinks.delete()` (DELETE /api/v1/data-sinks/{data_sink_id}). */
export type DataSinksDeleteParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/data-sinks/{data_sink_id}']['delete']['parameters']['query']>
>;
/** What `dataSinks.delete()` resolves with. */
export type DataSinksDeleteResponse = ResponseData<paths, '/api/v1/data-sinks/{data_sink_id}', 'delete'>;

/** Parameters of `betaFiles.list()` (GET /api/v1/beta/files). */
export type BetaFilesListParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/beta/files']['get']['parameters']['query']>
>;
/** What `betaFiles.list()` resolves with. */
export type BetaFilesListResponse = ResponseData<paths, '/api/v1/beta/files', 'get'>;
/** One item of `betaFiles.list()`. */
export type BetaFilesListItem = NonNullable<BetaFilesListResponse['items']>[number];

/** Parameters of `betaFiles.create()` (POST /api/v1/beta/files). */
export type BetaFilesCreateParams = OptionalOrUndefined<
  { file: MultipartValue; purpose: MultipartValue; external_file_id?: MultipartValue } & NonNullable<
    paths['/api/v1/beta/files']['post']['parameters']['query']
  >
>;
/** What `betaFiles.create()` resolves with. */
export type BetaFilesCreateResponse = ResponseData<paths, '/api/v1/beta/files', 'post'>;

/** Parameters of `betaFiles.get()` (GET /api/v1/beta/files/{file_id}). */
export type BetaFilesGetParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/beta/files/{file_id}']['get']['parameters']['query']>
>;
/** What `betaFiles.get()` resolves with. */
export type BetaFilesGetResponse = ResponseData<paths, '/api/v1/beta/files/{file_id}', 'get'>;

/** Parameters of `betaFiles.delete()` (DELETE /api/v1/beta/files/{file_id}). */
export type BetaFilesDeleteParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/beta/files/{file_id}']['delete']['parameters']['query']>
>;
/** What `betaFiles.delete()` resolves with. */
export type BetaFilesDeleteResponse = ResponseData<paths, '/api/v1/beta/files/{file_id}', 'delete'>;

/** Parameters of `betaFiles.getContent()` (GET /api/v1/beta/files/{file_id}/content). */
export type BetaFilesGetContentParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/beta/files/{file_id}/content']['get']['parameters']['query']>
>;
/** What `betaFiles.getContent()` resolves with. */
export type BetaFilesGetContentResponse = ResponseData<paths, '/api/v1/beta/files/{file_id}/content', 'get'>;

/** Values the client fills in when a call leaves them out. */
export interface ResourceDefaults {
  projectId?: string | undefined;
}

/** How a list walks its pages (the spec's `x-pagination`). */
const paging1 = {
  style: 'cursor',
  items: 'items',
  nextCursor: 'next_page_token',
  cursorParam: 'page_token',
} as const;

/** The resource namespaces, one method per operation of the spec. */
export function createResources(api: ApiClient<paths>, defaults: ResourceDefaults) {
  // Every method is named `group.method` for hooks and traces.
  return nameOperations({
    projects: {
      /**
       * List projects.
       * All projects the API key can see. The API answers a bare array, unpaginated.
       * GET /api/v1/projects
       * @example await client.projects.list()
       */
      list(params: ProjectsListParams = {}, options?: RequestOptions): ApiPromise<ProjectsListResponse> {
        return api.request('get', '/api/v1/projects', { ...options, params: { query: params } });
      },
      /**
       * Create a project.
       * Creates a project to organise pipelines, files and other resources.
       * POST /api/v1/projects
       */
      create(params: ProjectsCreateParams, options?: RequestOptions): ApiPromise<ProjectsCreateResponse> {
        const { organization_id, ...rest } = params;
        const query = { organization_id };
        return api.request('post', '/api/v1/projects', { ...options, params: { query }, body: rest });
      },
      /**
       * Get a project.
       * One project by id.
       * GET /api/v1/projects/{project_id}
       * @param projectId - The `project_id` of the path.
       * @example await client.projects.get('project_1')
       */
      get(projectId: string, options?: RequestOptions): ApiPromise<ProjectsGetResponse> {
        return api.request('get', '/api/v1/projects/{project_id}', {
          ...options,
          params: { path: { project_id: projectId } },
        });
      },
    },
    files: {
      /**
       * List files.
       * All files of the project, as a bare array.
       * GET /api/v1/files
       * @example await client.files.list()
       */
      list(params: FilesListParams = {}, options?: RequestOptions): ApiPromise<FilesListResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('get', '/api/v1/files', { ...options, params: { query } });
      },
      /**
       * Upload a file.
       * Uploads a file as multipart form data (field `upload_file`). The file can then be added to pipelines.
       * Rate limited to 50 uploads per 5 s per project (429 beyond that).
       * POST /api/v1/files
       */
      upload(params: FilesUploadParams, options?: UploadRequestOptions): ApiPromise<FilesUploadResponse> {
        const { project_id, organization_id, external_file_id, ...rest } = params;
        const query = { project_id: project_id ?? defaults.projectId, organization_id, external_file_id };
        const form = multipartBody(rest);
        return api.request('post', '/api/v1/files', {
          ...options,
          params: { query },
          body: form.body,
          headers: { ...options?.headers, 'Content-Type': form.contentType },
        });
      },
      /**
       * Get a file.
       * One file by id.
       * GET /api/v1/files/{file_id}
       * @param fileId - The `file_id` of the path.
       * @example await client.files.get('file_1')
       */
      get(
        fileId: string,
        params: FilesGetParams = {},
        options?: RequestOptions,
      ): ApiPromise<FilesGetResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('get', '/api/v1/files/{file_id}', {
          ...options,
          params: { path: { file_id: fileId }, query },
        });
      },
      /**
       * Delete a file.
       * Deletes a file; pipelines that held it drop it at their next sync.
       * DELETE /api/v1/files/{file_id}
       * @param fileId - The `file_id` of the path.
       * @example await client.files.delete('file_1')
       */
      delete(
        fileId: string,
        params: FilesDeleteParams = {},
        options?: RequestOptions,
      ): ApiPromise<FilesDeleteResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('delete', '/api/v1/files/{file_id}', {
          ...options,
          params: { path: { file_id: fileId }, query },
        });
      },
    },
    pipelines: {
      /**
       * List pipelines.
       * The project's pipelines, as a bare array (the API does not paginate this list).
       * GET /api/v1/pipelines
       * @example await client.pipelines.list()
       */
      list(params: PipelinesListParams = {}, options?: RequestOptions): ApiPromise<PipelinesListResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('get', '/api/v1/pipelines', { ...options, params: { query } });
      },
      /**
       * Create or update a pipeline by name.
       * Creates the pipeline, or updates the project's pipeline of the same name.
       * PUT /api/v1/pipelines
       */
      upsert(params: PipelinesUpsertParams, options?: RequestOptions): ApiPromise<PipelinesUpsertResponse> {
        const { project_id, organization_id, ...rest } = params;
        const query = { project_id: project_id ?? defaults.projectId, organization_id };
        return api.request('put', '/api/v1/pipelines', { ...options, params: { query }, body: rest });
      },
      /**
       * Create a pipeline.
       * Creates an ingestion pipeline with its parsing, embedding and retrieval settings.
       * POST /api/v1/pipelines
       */
      create(params: PipelinesCreateParams, options?: RequestOptions): ApiPromise<PipelinesCreateResponse> {
        const { project_id, organization_id, ...rest } = params;
        const query = { project_id: project_id ?? defaults.projectId, organization_id };
        return api.request('post', '/api/v1/pipelines', { ...options, params: { query }, body: rest });
      },
      /**
       * Get a pipeline.
       * One pipeline with its configuration.
       * GET /api/v1/pipelines/{pipeline_id}
       * @param pipelineId - The `pipeline_id` of the path.
       * @example await client.pipelines.get('pipeline_1')
       */
      get(pipelineId: string, options?: RequestOptions): ApiPromise<PipelinesGetResponse> {
        return api.request('get', '/api/v1/pipelines/{pipeline_id}', {
          ...options,
          params: { path: { pipeline_id: pipelineId } },
        });
      },
      /**
       * Update a pipeline.
       * Changes a pipeline's name or settings; fields left out keep their values.
       * PUT /api/v1/pipelines/{pipeline_id}
       * @param pipelineId - The `pipeline_id` of the path.
       */
      update(
        pipelineId: string,
        params: PipelinesUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<PipelinesUpdateResponse> {
        const { project_id, ...rest } = params;
        const query = { project_id: project_id ?? defaults.projectId };
        return api.request('put', '/api/v1/pipelines/{pipeline_id}', {
          ...options,
          params: { path: { pipeline_id: pipelineId }, query },
          body: rest,
        });
      },
      /**
       * Delete a pipeline.
       * Deletes a pipeline; its files stay in the project.
       * DELETE /api/v1/pipelines/{pipeline_id}
       * @param pipelineId - The `pipeline_id` of the path.
       * @example await client.pipelines.delete('pipeline_1')
       */
      delete(pipelineId: string, options?: RequestOptions): ApiPromise<PipelinesDeleteResponse> {
        return api.request('delete', '/api/v1/pipelines/{pipeline_id}', {
          ...options,
          params: { path: { pipeline_id: pipelineId } },
        });
      },
      /**
       * Get a pipeline's ingestion status.
       * The ingestion status of the pipeline as a whole. Official clients poll it no faster than every 0.5 s
       * while it is NOT_STARTED or IN_PROGRESS.
       * GET /api/v1/pipelines/{pipeline_id}/status
       * @param pipelineId - The `pipeline_id` of the path.
       * @example await client.pipelines.getStatus('pipeline_1')
       */
      getStatus(
        pipelineId: string,
        params: PipelinesGetStatusParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelinesGetStatusResponse> {
        return api.request('get', '/api/v1/pipelines/{pipeline_id}/status', {
          ...options,
          params: { path: { pipeline_id: pipelineId }, query: params },
        });
      },
      /**
       * Sync a pipeline.
       * Runs ingestion: brings the pipeline's index up to date with its files and data sources. Answers the
       * pipeline at once; follow progress with the pipeline status.
       * POST /api/v1/pipelines/{pipeline_id}/sync
       * @param pipelineId - The `pipeline_id` of the path.
       * @example await client.pipelines.sync('pipeline_1')
       */
      sync(pipelineId: string, options?: RequestOptions): ApiPromise<PipelinesSyncResponse> {
        return api.request('post', '/api/v1/pipelines/{pipeline_id}/sync', {
          ...options,
          params: { path: { pipeline_id: pipelineId } },
        });
      },
      /**
       * Retrieve from a pipeline.
       * Runs a retrieval query against the pipeline's index and answers the ranked nodes.
       * POST /api/v1/pipelines/{pipeline_id}/retrieve
       * @param pipelineId - The `pipeline_id` of the path.
       */
      retrieve(
        pipelineId: string,
        params: PipelinesRetrieveParams,
        options?: RequestOptions,
      ): ApiPromise<PipelinesRetrieveResponse> {
        const { project_id, organization_id, ...rest } = params;
        const query = { project_id: project_id ?? defaults.projectId, organization_id };
        return api.request('post', '/api/v1/pipelines/{pipeline_id}/retrieve', {
          ...options,
          params: { path: { pipeline_id: pipelineId }, query },
          body: rest,
        });
      },
      /**
       * Cancel a pipeline's sync.
       * Stops the ingestion in progress. Answers the pipeline; its status ends CANCELLED.
       * POST /api/v1/pipelines/{pipeline_id}/sync/cancel
       * @param pipelineId - The `pipeline_id` of the path.
       * @example await client.pipelines.cancelSync('pipeline_1')
       */
      cancelSync(
        pipelineId: string,
        params: PipelinesCancelSyncParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelinesCancelSyncResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('post', '/api/v1/pipelines/{pipeline_id}/sync/cancel', {
          ...options,
          params: { path: { pipeline_id: pipelineId }, query },
        });
      },
      /**
       * List pipelines a page at a time.
       * The project's pipelines as cursor-paged summaries (id, name, type, status).
       * GET /api/v2/pipelines
       * @example await client.pipelines.listPaginated()
       */
      listPaginated(
        params: PipelinesListPaginatedParams = {},
        options?: RequestOptions,
      ): PagePromise<PipelinesListPaginatedResponse, PipelinesListPaginatedItem> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return paginate<PipelinesListPaginatedResponse, PipelinesListPaginatedItem>(
          (query) => api.request('get', '/api/v2/pipelines', { ...options, params: { query } }),
          paging1,
          query,
        );
      },
    },
    pipelineFiles: {
      /**
       * List a pipeline's files.
       * The pipeline's files with their ingestion status, a page at a time.
       * GET /api/v1/pipelines/{pipeline_id}/files2
       * @param pipelineId - The `pipeline_id` of the path.
       * @example await client.pipelineFiles.list('pipeline_1')
       */
      list(
        pipelineId: string,
        params: PipelineFilesListParams = {},
        options?: RequestOptions,
      ): PagePromise<PipelineFilesListResponse, PipelineFilesListItem> {
        return paginate<PipelineFilesListResponse, PipelineFilesListItem>(
          (query) =>
            api.request('get', '/api/v1/pipelines/{pipeline_id}/files2', {
              ...options,
              params: { path: { pipeline_id: pipelineId }, query },
            }),
          { style: 'offset', items: 'files', total: 'total_count' },
          params,
        );
      },
      /**
       * List a pipeline's files (unpaged).
       * Every file of the pipeline in one bare array. Prefer the paged list.
       * GET /api/v1/pipelines/{pipeline_id}/files
       * @param pipelineId - The `pipeline_id` of the path.
       * @example await client.pipelineFiles.listAll('pipeline_1')
       * @deprecated The API marks this operation deprecated; it may be removed. See its description for what
       * replaces it.
       */
      listAll(
        pipelineId: string,
        params: PipelineFilesListAllParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelineFilesListAllResponse> {
        return api.request('get', '/api/v1/pipelines/{pipeline_id}/files', {
          ...options,
          params: { path: { pipeline_id: pipelineId }, query: params },
        });
      },
      /**
       * Add files to a pipeline.
       * Adds uploaded files to the pipeline, each with optional custom metadata. Answers the pipeline's
       * files.
       * PUT /api/v1/pipelines/{pipeline_id}/files
       * @param pipelineId - The `pipeline_id` of the path.
       */
      add(
        pipelineId: string,
        params: PipelineFilesAddParams,
        options?: RequestOptions,
      ): ApiPromise<PipelineFilesAddResponse> {
        return api.request('put', '/api/v1/pipelines/{pipeline_id}/files', {
          ...options,
          params: { path: { pipeline_id: pipelineId } },
          body: params,
        });
      },
      /**
       * Get a pipeline file's ingestion status.
       * The ingestion status of one file in the pipeline.
       * GET /api/v1/pipelines/{pipeline_id}/files/{file_id}/status
       * @param pipelineId - The `pipeline_id` of the path.
       * @param fileId - The `file_id` of the path.
       * @example await client.pipelineFiles.getStatus('pipeline_1', 'file_1')
       */
      getStatus(
        pipelineId: string,
        fileId: string,
        options?: RequestOptions,
      ): ApiPromise<PipelineFilesGetStatusResponse> {
        return api.request('get', '/api/v1/pipelines/{pipeline_id}/files/{file_id}/status', {
          ...options,
          params: { path: { pipeline_id: pipelineId, file_id: fileId } },
        });
      },
      /**
       * Count a pipeline's files by status.
       * How many of the pipeline's files are in each ingestion status.
       * GET /api/v1/pipelines/{pipeline_id}/files/status-counts
       * @param pipelineId - The `pipeline_id` of the path.
       * @example await client.pipelineFiles.getStatusCounts('pipeline_1')
       */
      getStatusCounts(
        pipelineId: string,
        params: PipelineFilesGetStatusCountsParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelineFilesGetStatusCountsResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('get', '/api/v1/pipelines/{pipeline_id}/files/status-counts', {
          ...options,
          params: { path: { pipeline_id: pipelineId }, query },
        });
      },
      /**
       * Update a pipeline file.
       * Replaces the custom metadata of one file in the pipeline.
       * PUT /api/v1/pipelines/{pipeline_id}/files/{file_id}
       * @param pipelineId - The `pipeline_id` of the path.
       * @param fileId - The `file_id` of the path.
       */
      update(
        pipelineId: string,
        fileId: string,
        params: PipelineFilesUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<PipelineFilesUpdateResponse> {
        const { project_id, ...rest } = params;
        const query = { project_id: project_id ?? defaults.projectId };
        return api.request('put', '/api/v1/pipelines/{pipeline_id}/files/{file_id}', {
          ...options,
          params: { path: { pipeline_id: pipelineId, file_id: fileId }, query },
          body: rest,
        });
      },
      /**
       * Remove a file from a pipeline.
       * Removes the file from the pipeline (the file stays in the project).
       * DELETE /api/v1/pipelines/{pipeline_id}/files/{file_id}
       * @param pipelineId - The `pipeline_id` of the path.
       * @param fileId - The `file_id` of the path.
       * @example await client.pipelineFiles.delete('pipeline_1', 'file_1')
       */
      delete(
        pipelineId: string,
        fileId: string,
        params: PipelineFilesDeleteParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelineFilesDeleteResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('delete', '/api/v1/pipelines/{pipeline_id}/files/{file_id}', {
          ...options,
          params: { path: { pipeline_id: pipelineId, file_id: fileId }, query },
        });
      },
    },
    pipelineDataSources: {
      /**
       * List a pipeline's data sources.
       * The data sources connected to the pipeline, as a bare array.
       * GET /api/v1/pipelines/{pipeline_id}/data-sources
       * @param pipelineId - The `pipeline_id` of the path.
       * @example await client.pipelineDataSources.list('pipeline_1')
       */
      list(pipelineId: string, options?: RequestOptions): ApiPromise<PipelineDataSourcesListResponse> {
        return api.request('get', '/api/v1/pipelines/{pipeline_id}/data-sources', {
          ...options,
          params: { path: { pipeline_id: pipelineId } },
        });
      },
      /**
       * Add data sources to a pipeline.
       * Connects data sources to the pipeline, each with an optional sync interval (seconds).
       * PUT /api/v1/pipelines/{pipeline_id}/data-sources
       * @param pipelineId - The `pipeline_id` of the path.
       */
      add(
        pipelineId: string,
        params: PipelineDataSourcesAddParams,
        options?: RequestOptions,
      ): ApiPromise<PipelineDataSourcesAddResponse> {
        return api.request('put', '/api/v1/pipelines/{pipeline_id}/data-sources', {
          ...options,
          params: { path: { pipeline_id: pipelineId } },
          body: params,
        });
      },
      /**
       * Update a pipeline's data source.
       * Attaches the data source to the pipeline, or changes its sync interval (seconds).
       * PUT /api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}
       * @param pipelineId - The `pipeline_id` of the path.
       * @param dataSourceId - The `data_source_id` of the path.
       */
      update(
        pipelineId: string,
        dataSourceId: string,
        params: PipelineDataSourcesUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<PipelineDataSourcesUpdateResponse> {
        const { project_id, ...rest } = params;
        const query = { project_id: project_id ?? defaults.projectId };
        return api.request('put', '/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}', {
          ...options,
          params: { path: { pipeline_id: pipelineId, data_source_id: dataSourceId }, query },
          body: rest,
        });
      },
      /**
       * Get a pipeline data source's ingestion status.
       * The ingestion status of one data source of the pipeline.
       * GET /api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/status
       * @param pipelineId - The `pipeline_id` of the path.
       * @param dataSourceId - The `data_source_id` of the path.
       * @example await client.pipelineDataSources.getStatus('pipeline_1', 'data_source_1')
       */
      getStatus(
        pipelineId: string,
        dataSourceId: string,
        params: PipelineDataSourcesGetStatusParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelineDataSourcesGetStatusResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('get', '/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/status', {
          ...options,
          params: { path: { pipeline_id: pipelineId, data_source_id: dataSourceId }, query },
        });
      },
      /**
       * Sync one data source of a pipeline.
       * Runs ingestion for one data source (optionally only some of its pipeline files). Answers the
       * pipeline.
       * POST /api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/sync
       * @param pipelineId - The `pipeline_id` of the path.
       * @param dataSourceId - The `data_source_id` of the path.
       * @example await client.pipelineDataSources.sync('pipeline_1', 'data_source_1')
       */
      sync(
        pipelineId: string,
        dataSourceId: string,
        params: PipelineDataSourcesSyncParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelineDataSourcesSyncResponse> {
        const { project_id, ...rest } = params;
        const query = { project_id: project_id ?? defaults.projectId };
        return api.request('post', '/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/sync', {
          ...options,
          params: { path: { pipeline_id: pipelineId, data_source_id: dataSourceId }, query },
          body: rest,
        });
      },
    },
    pipelineDataSinks: {
      /**
       * List a pipeline's data sinks.
       * The data sinks that receive the pipeline's processed content.
       * GET /api/v1/pipelines/{pipeline_id}/data-sinks
       * @param pipelineId - The `pipeline_id` of the path.
       * @example await client.pipelineDataSinks.list('pipeline_1')
       */
      list(pipelineId: string, options?: RequestOptions): ApiPromise<PipelineDataSinksListResponse> {
        return api.request('get', '/api/v1/pipelines/{pipeline_id}/data-sinks', {
          ...options,
          params: { path: { pipeline_id: pipelineId } },
        });
      },
    },
    pipelineJobs: {
      /**
       * List a pipeline's ingestion jobs.
       * The pipeline's ingestion jobs, as a bare array.
       * GET /api/v1/pipelines/{pipeline_id}/jobs
       * @param pipelineId - The `pipeline_id` of the path.
       * @example await client.pipelineJobs.list('pipeline_1')
       */
      list(pipelineId: string, options?: RequestOptions): ApiPromise<PipelineJobsListResponse> {
        return api.request('get', '/api/v1/pipelines/{pipeline_id}/jobs', {
          ...options,
          params: { path: { pipeline_id: pipelineId } },
        });
      },
      /**
       * Get a pipeline's ingestion job.
       * One ingestion job.
       * GET /api/v1/pipelines/{pipeline_id}/jobs/{job_id}
       * @param pipelineId - The `pipeline_id` of the path.
       * @param jobId - The `job_id` of the path.
       * @example await client.pipelineJobs.get('pipeline_1', 'job_1')
       */
      get(pipelineId: string, jobId: string, options?: RequestOptions): ApiPromise<PipelineJobsGetResponse> {
        return api.request('get', '/api/v1/pipelines/{pipeline_id}/jobs/{job_id}', {
          ...options,
          params: { path: { pipeline_id: pipelineId, job_id: jobId } },
        });
      },
    },
    dataSources: {
      /**
       * List data sources.
       * The project's data sources, as a bare array.
       * GET /api/v1/data-sources
       * @example await client.dataSources.list()
       */
      list(
        params: DataSourcesListParams = {},
        options?: RequestOptions,
      ): ApiPromise<DataSourcesListResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('get', '/api/v1/data-sources', { ...options, params: { query } });
      },
      /**
       * Create a data source.
       * Creates a data source that pipelines can connect to.
       * POST /api/v1/data-sources
       */
      create(
        params: DataSourcesCreateParams,
        options?: RequestOptions,
      ): ApiPromise<DataSourcesCreateResponse> {
        const { project_id, organization_id, ...rest } = params;
        const query = { project_id: project_id ?? defaults.projectId, organization_id };
        return api.request('post', '/api/v1/data-sources', { ...options, params: { query }, body: rest });
      },
      /**
       * Get a data source.
       * One data source by id.
       * GET /api/v1/data-sources/{data_source_id}
       * @param dataSourceId - The `data_source_id` of the path.
       * @example await client.dataSources.get('data_source_1')
       */
      get(
        dataSourceId: string,
        params: DataSourcesGetParams = {},
        options?: RequestOptions,
      ): ApiPromise<DataSourcesGetResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('get', '/api/v1/data-sources/{data_source_id}', {
          ...options,
          params: { path: { data_source_id: dataSourceId }, query },
        });
      },
      /**
       * Update a data source.
       * Changes a data source's name, settings or metadata; `source_type` is required and cannot change.
       * PUT /api/v1/data-sources/{data_source_id}
       * @param dataSourceId - The `data_source_id` of the path.
       */
      update(
        dataSourceId: string,
        params: DataSourcesUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<DataSourcesUpdateResponse> {
        const { project_id, ...rest } = params;
        const query = { project_id: project_id ?? defaults.projectId };
        return api.request('put', '/api/v1/data-sources/{data_source_id}', {
          ...options,
          params: { path: { data_source_id: dataSourceId }, query },
          body: rest,
        });
      },
      /**
       * Delete a data source.
       * Deletes a data source; pipelines that used it lose it.
       * DELETE /api/v1/data-sources/{data_source_id}
       * @param dataSourceId - The `data_source_id` of the path.
       * @example await client.dataSources.delete('data_source_1')
       */
      delete(
        dataSourceId: string,
        params: DataSourcesDeleteParams = {},
        options?: RequestOptions,
      ): ApiPromise<DataSourcesDeleteResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('delete', '/api/v1/data-sources/{data_source_id}', {
          ...options,
          params: { path: { data_source_id: dataSourceId }, query },
        });
      },
    },
    pipelineDocuments: {
      /**
       * Create or replace documents of a pipeline.
       * Adds the documents, replacing those with the same `id`. Answers the documents stored.
       * PUT /api/v1/pipelines/{pipeline_id}/documents
       * @param pipelineId - The `pipeline_id` of the path.
       */
      upsert(
        pipelineId: string,
        params: PipelineDocumentsUpsertParams,
        options?: RequestOptions,
      ): ApiPromise<PipelineDocumentsUpsertResponse> {
        const query = { project_id: defaults.projectId };
        return api.request('put', '/api/v1/pipelines/{pipeline_id}/documents', {
          ...options,
          params: { path: { pipeline_id: pipelineId }, query },
          body: params,
        });
      },
      /**
       * Add documents to a pipeline.
       * Adds text documents to the pipeline for ingestion. Answers the documents stored.
       * POST /api/v1/pipelines/{pipeline_id}/documents
       * @param pipelineId - The `pipeline_id` of the path.
       */
      create(
        pipelineId: string,
        params: PipelineDocumentsCreateParams,
        options?: RequestOptions,
      ): ApiPromise<PipelineDocumentsCreateResponse> {
        const query = { project_id: defaults.projectId };
        return api.request('post', '/api/v1/pipelines/{pipeline_id}/documents', {
          ...options,
          params: { path: { pipeline_id: pipelineId }, query },
          body: params,
        });
      },
      /**
       * List a pipeline's documents.
       * The pipeline's documents, a page at a time (`skip`, `limit`).
       * GET /api/v1/pipelines/{pipeline_id}/documents/paginated
       * @param pipelineId - The `pipeline_id` of the path.
       * @example await client.pipelineDocuments.list('pipeline_1')
       */
      list(
        pipelineId: string,
        params: PipelineDocumentsListParams = {},
        options?: RequestOptions,
      ): PagePromise<PipelineDocumentsListResponse, PipelineDocumentsListItem> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return paginate<PipelineDocumentsListResponse, PipelineDocumentsListItem>(
          (query) =>
            api.request('get', '/api/v1/pipelines/{pipeline_id}/documents/paginated', {
              ...options,
              params: { path: { pipeline_id: pipelineId }, query },
            }),
          { style: 'offset', items: 'documents', total: 'total_count', offsetParam: 'skip' },
          query,
        );
      },
      /**
       * Get a pipeline document.
       * One document of the pipeline.
       * GET /api/v1/pipelines/{pipeline_id}/documents/{document_id}
       * @param pipelineId - The `pipeline_id` of the path.
       * @param documentId - The `document_id` of the path.
       * @example await client.pipelineDocuments.get('pipeline_1', 'document_1')
       */
      get(
        pipelineId: string,
        documentId: string,
        params: PipelineDocumentsGetParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelineDocumentsGetResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('get', '/api/v1/pipelines/{pipeline_id}/documents/{document_id}', {
          ...options,
          params: { path: { pipeline_id: pipelineId, document_id: documentId }, query },
        });
      },
      /**
       * Delete a pipeline document.
       * Deletes the document and its chunks from the pipeline's index.
       * DELETE /api/v1/pipelines/{pipeline_id}/documents/{document_id}
       * @param pipelineId - The `pipeline_id` of the path.
       * @param documentId - The `document_id` of the path.
       * @example await client.pipelineDocuments.delete('pipeline_1', 'document_1')
       */
      delete(
        pipelineId: string,
        documentId: string,
        params: PipelineDocumentsDeleteParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelineDocumentsDeleteResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('delete', '/api/v1/pipelines/{pipeline_id}/documents/{document_id}', {
          ...options,
          params: { path: { pipeline_id: pipelineId, document_id: documentId }, query },
        });
      },
      /**
       * Get a pipeline document's ingestion status.
       * The ingestion status of one document.
       * GET /api/v1/pipelines/{pipeline_id}/documents/{document_id}/status
       * @param pipelineId - The `pipeline_id` of the path.
       * @param documentId - The `document_id` of the path.
       * @example await client.pipelineDocuments.getStatus('pipeline_1', 'document_1')
       */
      getStatus(
        pipelineId: string,
        documentId: string,
        params: PipelineDocumentsGetStatusParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelineDocumentsGetStatusResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('get', '/api/v1/pipelines/{pipeline_id}/documents/{document_id}/status', {
          ...options,
          params: { path: { pipeline_id: pipelineId, document_id: documentId }, query },
        });
      },
      /**
       * Get a pipeline document's chunks.
       * The nodes the document was split into.
       * GET /api/v1/pipelines/{pipeline_id}/documents/{document_id}/chunks
       * @param pipelineId - The `pipeline_id` of the path.
       * @param documentId - The `document_id` of the path.
       * @example await client.pipelineDocuments.getChunks('pipeline_1', 'document_1')
       */
      getChunks(
        pipelineId: string,
        documentId: string,
        params: PipelineDocumentsGetChunksParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelineDocumentsGetChunksResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('get', '/api/v1/pipelines/{pipeline_id}/documents/{document_id}/chunks', {
          ...options,
          params: { path: { pipeline_id: pipelineId, document_id: documentId }, query },
        });
      },
    },
    dataSinks: {
      /**
       * List data sinks.
       * The project's data sinks, as a bare array.
       * GET /api/v1/data-sinks
       * @example await client.dataSinks.list()
       */
      list(params: DataSinksListParams = {}, options?: RequestOptions): ApiPromise<DataSinksListResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('get', '/api/v1/data-sinks', { ...options, params: { query } });
      },
      /**
       * Create a data sink.
       * Creates a data sink (a vector store connection) that pipelines can write to.
       * POST /api/v1/data-sinks
       */
      create(params: DataSinksCreateParams, options?: RequestOptions): ApiPromise<DataSinksCreateResponse> {
        const { project_id, organization_id, ...rest } = params;
        const query = { project_id: project_id ?? defaults.projectId, organization_id };
        return api.request('post', '/api/v1/data-sinks', { ...options, params: { query }, body: rest });
      },
      /**
       * Get a data sink.
       * One data sink by id.
       * GET /api/v1/data-sinks/{data_sink_id}
       * @param dataSinkId - The `data_sink_id` of the path.
       * @example await client.dataSinks.get('data_sink_1')
       */
      get(
        dataSinkId: string,
        params: DataSinksGetParams = {},
        options?: RequestOptions,
      ): ApiPromise<DataSinksGetResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('get', '/api/v1/data-sinks/{data_sink_id}', {
          ...options,
          params: { path: { data_sink_id: dataSinkId }, query },
        });
      },
      /**
       * Update a data sink.
       * Changes a data sink's name or settings; `sink_type` is required and cannot change.
       * PUT /api/v1/data-sinks/{data_sink_id}
       * @param dataSinkId - The `data_sink_id` of the path.
       */
      update(
        dataSinkId: string,
        params: DataSinksUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<DataSinksUpdateResponse> {
        const { project_id, ...rest } = params;
        const query = { project_id: project_id ?? defaults.projectId };
        return api.request('put', '/api/v1/data-sinks/{data_sink_id}', {
          ...options,
          params: { path: { data_sink_id: dataSinkId }, query },
          body: rest,
        });
      },
      /**
       * Delete a data sink.
       * Deletes a data sink.
       * DELETE /api/v1/data-sinks/{data_sink_id}
       * @param dataSinkId - The `data_sink_id` of the path.
       * @example await client.dataSinks.delete('data_sink_1')
       */
      delete(
        dataSinkId: string,
        params: DataSinksDeleteParams = {},
        options?: RequestOptions,
      ): ApiPromise<DataSinksDeleteResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('delete', '/api/v1/data-sinks/{data_sink_id}', {
          ...options,
          params: { path: { data_sink_id: dataSinkId }, query },
        });
      },
    },
    betaFiles: {
      /**
       * List files (beta route).
       * The project's files, cursor-paged, filtered by name, ids or external id.
       * GET /api/v1/beta/files
       * @example await client.betaFiles.list()
       */
      list(
        params: BetaFilesListParams = {},
        options?: RequestOptions,
      ): PagePromise<BetaFilesListResponse, BetaFilesListItem> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return paginate<BetaFilesListResponse, BetaFilesListItem>(
          (query) => api.request('get', '/api/v1/beta/files', { ...options, params: { query } }),
          paging1,
          query,
        );
      },
      /**
       * Upload a file (beta route).
       * Uploads a file as multipart form data: the bytes in `file` and what it is for in `purpose`
       * (`user_data`, `parse`, `extract`, ...). The route the current vendor SDKs upload with.
       * POST /api/v1/beta/files
       */
      create(
        params: BetaFilesCreateParams,
        options?: UploadRequestOptions,
      ): ApiPromise<BetaFilesCreateResponse> {
        const { project_id, organization_id, ...rest } = params;
        const query = { project_id: project_id ?? defaults.projectId, organization_id };
        const form = multipartBody(rest);
        return api.request('post', '/api/v1/beta/files', {
          ...options,
          params: { query },
          body: form.body,
          headers: { ...options?.headers, 'Content-Type': form.contentType },
        });
      },
      /**
       * Get a file (beta route).
       * One file's metadata.
       * GET /api/v1/beta/files/{file_id}
       * @param fileId - The `file_id` of the path.
       * @example await client.betaFiles.get('file_1')
       */
      get(
        fileId: string,
        params: BetaFilesGetParams = {},
        options?: RequestOptions,
      ): ApiPromise<BetaFilesGetResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('get', '/api/v1/beta/files/{file_id}', {
          ...options,
          params: { path: { file_id: fileId }, query },
        });
      },
      /**
       * Delete a file (beta route).
       * Deletes the file from the project.
       * DELETE /api/v1/beta/files/{file_id}
       * @param fileId - The `file_id` of the path.
       * @example await client.betaFiles.delete('file_1')
       */
      delete(
        fileId: string,
        params: BetaFilesDeleteParams = {},
        options?: RequestOptions,
      ): ApiPromise<BetaFilesDeleteResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('delete', '/api/v1/beta/files/{file_id}', {
          ...options,
          params: { path: { file_id: fileId }, query },
        });
      },
      /**
       * Get a download URL for a file.
       * A presigned URL to download the file's bytes, valid until `expires_at`.
       * GET /api/v1/beta/files/{file_id}/content
       * @param fileId - The `file_id` of the path.
       * @example await client.betaFiles.getContent('file_1')
       */
      getContent(
        fileId: string,
        params: BetaFilesGetContentParams = {},
        options?: RequestOptions,
      ): ApiPromise<BetaFilesGetContentResponse> {
        const query = { ...params, project_id: params.project_id ?? defaults.projectId };
        return api.request('get', '/api/v1/beta/files/{file_id}/content', {
          ...options,
          params: { path: { file_id: fileId }, query },
        });
      },
    },
  });
}

/** The resource namespaces of the client. */
export type Resources = ReturnType<typeof createResources>;
