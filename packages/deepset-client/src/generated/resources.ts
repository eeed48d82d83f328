// Generated from specs/deepset.yaml by scripts/generate.mjs (pnpm generate).
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
export const servers = { default: 'https://api.cloud.deepset.ai' } as const;

/**
 * Statuses the vendor uses for "not processed, try again" beyond core's (the spec's `x-sdk-retry-statuses`).
 */
export const retryStatuses: readonly number[] = [591];

/** What `health.check()` resolves with. */
export type HealthCheckResponse = ResponseData<paths, '/health', 'get'>;

/** Parameters of `tokens.list()` (GET /api/v1/token). */
export type TokensListParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/token']['get']['parameters']['query']>
>;
/** What `tokens.list()` resolves with. */
export type TokensListResponse = ResponseData<paths, '/api/v1/token', 'get'>;
/** One item of `tokens.list()`. */
export type TokensListItem = NonNullable<TokensListResponse['data']>[number];

/** Parameters of `tokens.create()` (POST /api/v1/token). */
export type TokensCreateParams = OptionalOrUndefined<
  (paths['/api/v1/token']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `tokens.create()` resolves with. */
export type TokensCreateResponse = ResponseData<paths, '/api/v1/token', 'post'>;

/** What `tokens.delete()` resolves with. */
export type TokensDeleteResponse = ResponseData<paths, '/api/v1/token/{api_token_id}', 'delete'>;

/** Parameters of `evalRuns.list()` (GET /api/v1/workspaces/{workspace_name}/eval_runs). */
export type EvalRunsListParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/workspaces/{workspace_name}/eval_runs']['get']['parameters']['query']> & {
    workspace_name?: string;
  }
>;
/** What `evalRuns.list()` resolves with. */
export type EvalRunsListResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/eval_runs',
  'get'
>;
/** One item of `evalRuns.list()`. */
export type EvalRunsListItem = NonNullable<EvalRunsListResponse['data']>[number];

/** Parameters of `evalRuns.create()` (POST /api/v1/workspaces/{workspace_name}/eval_runs). */
export type EvalRunsCreateParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/eval_runs']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `evalRuns.create()` resolves with. */
export type EvalRunsCreateResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/eval_runs',
  'post'
>;

/** Parameters of `evalRuns.get()` (GET /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}). */
export type EvalRunsGetParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `evalRuns.get()` resolves with. */
export type EvalRunsGetResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}',
  'get'
>;

/**
 * Parameters of `evalRuns.delete()` (DELETE /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}).
 */
export type EvalRunsDeleteParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `evalRuns.delete()` resolves with. */
export type EvalRunsDeleteResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}',
  'delete'
>;

/**
 * Parameters of `evalRuns.update()` (PATCH /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}).
 */
export type EvalRunsUpdateParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}']['patch']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `evalRuns.update()` resolves with. */
export type EvalRunsUpdateResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}',
  'patch'
>;

/**
 * Parameters of `evalRuns.listPredictions()` (GET
 * /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/nodes/{node_name}/predictions).
 */
export type EvalRunsListPredictionsParams = OptionalOrUndefined<
  NonNullable<
    paths['/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/nodes/{node_name}/predictions']['get']['parameters']['query']
  > & { workspace_name?: string }
>;
/** What `evalRuns.listPredictions()` resolves with. */
export type EvalRunsListPredictionsResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/nodes/{node_name}/predictions',
  'get'
>;
/** One item of `evalRuns.listPredictions()`. */
export type EvalRunsListPredictionsItem = NonNullable<EvalRunsListPredictionsResponse['data']>[number];

/**
 * Parameters of `evalRuns.start()` (POST
 * /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/start).
 */
export type EvalRunsStartParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `evalRuns.start()` resolves with. */
export type EvalRunsStartResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/start',
  'post'
>;

/** Parameters of `evaluationSets.list()` (GET /api/v1/workspaces/{workspace_name}/evaluation_sets). */
export type EvaluationSetsListParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/workspaces/{workspace_name}/evaluation_sets']['get']['parameters']['query']> & {
    workspace_name?: string;
  }
>;
/** What `evaluationSets.list()` resolves with. */
export type EvaluationSetsListResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/evaluation_sets',
  'get'
>;
/** One item of `evaluationSets.list()`. */
export type EvaluationSetsListItem = NonNullable<EvaluationSetsListResponse['data']>[number];

/**
 * Parameters of `evaluationSets.get()` (GET
 * /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}).
 */
export type EvaluationSetsGetParams = OptionalOrUndefined<
  NonNullable<
    paths['/api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}']['get']['parameters']['query']
  > & { workspace_name?: string }
>;
/** What `evaluationSets.get()` resolves with. */
export type EvaluationSetsGetResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}',
  'get'
>;
/** One item of `evaluationSets.get()`. */
export type EvaluationSetsGetItem = NonNullable<EvaluationSetsGetResponse['data']>[number];

/**
 * Parameters of `evaluationSets.delete()` (DELETE
 * /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}).
 */
export type EvaluationSetsDeleteParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `evaluationSets.delete()` resolves with. */
export type EvaluationSetsDeleteResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}',
  'delete'
>;

/**
 * Parameters of `evaluationSets.getCsv()` (GET
 * /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}/csv).
 */
export type EvaluationSetsGetCsvParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `evaluationSets.getCsv()` resolves with. */
export type EvaluationSetsGetCsvResponse = string;

/**
 * Parameters of `evaluationSets.import()` (POST /api/v1/workspaces/{workspace_name}/evaluation_sets/import).
 */
export type EvaluationSetsImportParams = OptionalOrUndefined<
  { file: MultipartValue } & { workspace_name?: string }
>;
/** What `evaluationSets.import()` resolves with. */
export type EvaluationSetsImportResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/evaluation_sets/import',
  'post'
>;

/**
 * Parameters of `evaluationSets.matchLabels()` (POST
 * /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}/label-matching).
 */
export type EvaluationSetsMatchLabelsParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `evaluationSets.matchLabels()` resolves with. */
export type EvaluationSetsMatchLabelsResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}/label-matching',
  'post'
>;

/** Parameters of `files.list()` (GET /api/v1/workspaces/{workspace_name}/files). */
export type FilesListParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/workspaces/{workspace_name}/files']['get']['parameters']['query']> & {
    workspace_name?: string;
  }
>;
/** What `files.list()` resolves with. */
export type FilesListResponse = ResponseData<paths, '/api/v1/workspaces/{workspace_name}/files', 'get'>;
/** One item of `files.list()`. */
export type FilesListItem = NonNullable<FilesListResponse['data']>[number];

/** Parameters of `files.upload()` (POST /api/v1/workspaces/{workspace_name}/files). */
export type FilesUploadParams = OptionalOrUndefined<
  { file: MultipartValue; meta?: MultipartValue } & NonNullable<
    paths['/api/v1/workspaces/{workspace_name}/files']['post']['parameters']['query']
  > & { workspace_name?: string }
>;
/** What `files.upload()` resolves with. */
export type FilesUploadResponse = ResponseData<paths, '/api/v1/workspaces/{workspace_name}/files', 'post'>;

/** Parameters of `files.deleteMany()` (DELETE /api/v1/workspaces/{workspace_name}/files). */
export type FilesDeleteManyParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/workspaces/{workspace_name}/files']['delete']['parameters']['query']> & {
    workspace_name?: string;
  }
>;
/** What `files.deleteMany()` resolves with. */
export type FilesDeleteManyResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/files',
  'delete'
>;

/** Parameters of `files.download()` (GET /api/v1/workspaces/{workspace_name}/files/{file_id}). */
export type FilesDownloadParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `files.download()` resolves with. */
export type FilesDownloadResponse = Blob;

/** Parameters of `files.delete()` (DELETE /api/v1/workspaces/{workspace_name}/files/{file_id}). */
export type FilesDeleteParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `files.delete()` resolves with. */
export type FilesDeleteResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/files/{file_id}',
  'delete'
>;

/** Parameters of `files.getMeta()` (GET /api/v1/workspaces/{workspace_name}/files/{file_id}/meta). */
export type FilesGetMetaParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `files.getMeta()` resolves with. */
export type FilesGetMetaResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/files/{file_id}/meta',
  'get'
>;

/** Parameters of `files.updateMeta()` (PATCH /api/v1/workspaces/{workspace_name}/files/{file_id}/meta). */
export type FilesUpdateMetaParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/files/{file_id}/meta']['patch']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `files.updateMeta()` resolves with. */
export type FilesUpdateMetaResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/files/{file_id}/meta',
  'patch'
>;

/**
 * Parameters of `documents.query()` (POST
 * /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-query).
 */
export type DocumentsQueryParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-query']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `documents.query()` resolves with. */
export type DocumentsQueryResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-query',
  'post'
>;

/**
 * Parameters of `documents.stream()` (POST
 * /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-stream).
 */
export type DocumentsStreamParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-stream']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `documents.stream()` resolves with. */
export type DocumentsStreamResponse = StreamPromise<DocumentsStreamEvent>;
/** One event of `documents.stream()`. */
export type DocumentsStreamEvent =
  paths['/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-stream']['post']['responses'][200]['content']['application/x-ndjson'];

/**
 * Parameters of `documents.get()` (GET
 * /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents/{document_id}).
 */
export type DocumentsGetParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `documents.get()` resolves with. */
export type DocumentsGetResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents/{document_id}',
  'get'
>;

/**
 * Parameters of `documents.count()` (POST
 * /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-count).
 */
export type DocumentsCountParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-count']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `documents.count()` resolves with. */
export type DocumentsCountResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-count',
  'post'
>;

/** Parameters of `pipelines.list()` (GET /api/v1/workspaces/{workspace_name}/pipelines). */
export type PipelinesListParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/workspaces/{workspace_name}/pipelines']['get']['parameters']['query']> & {
    workspace_name?: string;
  }
>;
/** What `pipelines.list()` resolves with. */
export type PipelinesListResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines',
  'get'
>;
/** One item of `pipelines.list()`. */
export type PipelinesListItem = NonNullable<PipelinesListResponse['data']>[number];

/** Parameters of `pipelines.create()` (POST /api/v1/workspaces/{workspace_name}/pipelines). */
export type PipelinesCreateParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/pipelines']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `pipelines.create()` resolves with. */
export type PipelinesCreateResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines',
  'post'
>;

/** Parameters of `pipelines.get()` (GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}). */
export type PipelinesGetParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `pipelines.get()` resolves with. */
export type PipelinesGetResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}',
  'get'
>;

/**
 * Parameters of `pipelines.delete()` (DELETE /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}).
 */
export type PipelinesDeleteParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `pipelines.delete()` resolves with. */
export type PipelinesDeleteResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}',
  'delete'
>;

/**
 * Parameters of `pipelines.update()` (PATCH /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}).
 */
export type PipelinesUpdateParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}']['patch']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `pipelines.update()` resolves with. */
export type PipelinesUpdateResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}',
  'patch'
>;

/**
 * Parameters of `pipelines.listFeedback()` (GET
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback).
 */
export type PipelinesListFeedbackParams = OptionalOrUndefined<
  NonNullable<
    paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback']['get']['parameters']['query']
  > & { workspace_name?: string }
>;
/** What `pipelines.listFeedback()` resolves with. */
export type PipelinesListFeedbackResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback',
  'get'
>;
/** One item of `pipelines.listFeedback()`. */
export type PipelinesListFeedbackItem = NonNullable<PipelinesListFeedbackResponse['data']>[number];

/**
 * Parameters of `pipelines.addFeedback()` (POST
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback).
 */
export type PipelinesAddFeedbackParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `pipelines.addFeedback()` resolves with. */
export type PipelinesAddFeedbackResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback',
  'post'
>;

/**
 * Parameters of `pipelines.listFiles()` (GET
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/files).
 */
export type PipelinesListFilesParams = OptionalOrUndefined<
  NonNullable<
    paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/files']['get']['parameters']['query']
  > & { workspace_name?: string }
>;
/** What `pipelines.listFiles()` resolves with. */
export type PipelinesListFilesResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/files',
  'get'
>;
/** One item of `pipelines.listFiles()`. */
export type PipelinesListFilesItem = NonNullable<PipelinesListFilesResponse['data']>[number];

/**
 * Parameters of `pipelines.getIndexing()` (GET
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/indexing).
 */
export type PipelinesGetIndexingParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `pipelines.getIndexing()` resolves with. */
export type PipelinesGetIndexingResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/indexing',
  'get'
>;

/**
 * Parameters of `pipelines.getJson()` (GET
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/json).
 */
export type PipelinesGetJsonParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `pipelines.getJson()` resolves with. */
export type PipelinesGetJsonResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/json',
  'get'
>;

/**
 * Parameters of `pipelines.getPrompt()` (GET
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/prompt).
 */
export type PipelinesGetPromptParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `pipelines.getPrompt()` resolves with. */
export type PipelinesGetPromptResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/prompt',
  'get'
>;

/**
 * Parameters of `pipelines.getStats()` (GET
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/stats).
 */
export type PipelinesGetStatsParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `pipelines.getStats()` resolves with. */
export type PipelinesGetStatsResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/stats',
  'get'
>;

/**
 * Parameters of `pipelines.getYaml()` (GET
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml).
 */
export type PipelinesGetYamlParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `pipelines.getYaml()` resolves with. */
export type PipelinesGetYamlResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml',
  'get'
>;

/**
 * Parameters of `pipelines.updateYaml()` (PUT
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml).
 */
export type PipelinesUpdateYamlParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `pipelines.updateYaml()` resolves with. */
export type PipelinesUpdateYamlResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml',
  'put'
>;

/**
 * Parameters of `pipelines.chat()` (POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat).
 */
export type PipelinesChatParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `pipelines.chat()` resolves with. */
export type PipelinesChatResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat',
  'post'
>;

/**
 * Parameters of `pipelines.chatStream()` (POST
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat-stream).
 */
export type PipelinesChatStreamParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat-stream']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `pipelines.chatStream()` resolves with. */
export type PipelinesChatStreamResponse = StreamPromise<PipelinesChatStreamEvent>;
/** One event of `pipelines.chatStream()`. */
export type PipelinesChatStreamEvent =
  paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat-stream']['post']['responses'][200]['content']['text/event-stream'];

/**
 * Parameters of `pipelines.setDefault()` (POST
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/default).
 */
export type PipelinesSetDefaultParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `pipelines.setDefault()` resolves with. */
export type PipelinesSetDefaultResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/default',
  'post'
>;

/**
 * Parameters of `pipelines.deploy()` (POST
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/deploy).
 */
export type PipelinesDeployParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/deploy']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `pipelines.deploy()` resolves with. */
export type PipelinesDeployResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/deploy',
  'post'
>;

/**
 * Parameters of `pipelines.search()` (POST
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search).
 */
export type PipelinesSearchParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) &
    NonNullable<
      paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search']['post']['parameters']['query']
    > & { workspace_name?: string }
>;
/** What `pipelines.search()` resolves with. */
export type PipelinesSearchResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search',
  'post'
>;

/**
 * Parameters of `pipelines.searchStream()` (POST
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search-stream).
 */
export type PipelinesSearchStreamParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search-stream']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `pipelines.searchStream()` resolves with. */
export type PipelinesSearchStreamResponse = StreamPromise<PipelinesSearchStreamEvent>;
/** One event of `pipelines.searchStream()`. */
export type PipelinesSearchStreamEvent =
  paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search-stream']['post']['responses'][200]['content']['text/event-stream'];

/**
 * Parameters of `pipelines.undeploy()` (POST
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/undeploy).
 */
export type PipelinesUndeployParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `pipelines.undeploy()` resolves with. */
export type PipelinesUndeployResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/undeploy',
  'post'
>;

/**
 * Parameters of `pipelines.listLogs()` (GET
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/logs).
 */
export type PipelinesListLogsParams = OptionalOrUndefined<
  NonNullable<
    paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/logs']['get']['parameters']['query']
  > & { workspace_name?: string }
>;
/** What `pipelines.listLogs()` resolves with. */
export type PipelinesListLogsResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/logs',
  'get'
>;
/** One item of `pipelines.listLogs()`. */
export type PipelinesListLogsItem = NonNullable<PipelinesListLogsResponse['data']>[number];

/**
 * Parameters of `pipelines.listMetaKeys()` (GET
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta).
 */
export type PipelinesListMetaKeysParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `pipelines.listMetaKeys()` resolves with. */
export type PipelinesListMetaKeysResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta',
  'get'
>;

/**
 * Parameters of `pipelines.listMetaValues()` (GET
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{field_name}).
 */
export type PipelinesListMetaValuesParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `pipelines.listMetaValues()` resolves with. */
export type PipelinesListMetaValuesResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{field_name}',
  'get'
>;

/**
 * Parameters of `pipelines.aggregateMeta()` (GET
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{meta_field}/aggregation).
 */
export type PipelinesAggregateMetaParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `pipelines.aggregateMeta()` resolves with. */
export type PipelinesAggregateMetaResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{meta_field}/aggregation',
  'get'
>;

/**
 * Parameters of `pipelines.searchHistory()` (GET
 * /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search_history).
 */
export type PipelinesSearchHistoryParams = OptionalOrUndefined<
  NonNullable<
    paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search_history']['get']['parameters']['query']
  > & { workspace_name?: string }
>;
/** What `pipelines.searchHistory()` resolves with. */
export type PipelinesSearchHistoryResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search_history',
  'get'
>;
/** One item of `pipelines.searchHistory()`. */
export type PipelinesSearchHistoryItem = NonNullable<PipelinesSearchHistoryResponse['data']>[number];

/** Parameters of `uploadSessions.list()` (GET /api/v1/workspaces/{workspace_name}/upload_sessions). */
export type UploadSessionsListParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/workspaces/{workspace_name}/upload_sessions']['get']['parameters']['query']> & {
    workspace_name?: string;
  }
>;
/** What `uploadSessions.list()` resolves with. */
export type UploadSessionsListResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/upload_sessions',
  'get'
>;
/** One item of `uploadSessions.list()`. */
export type UploadSessionsListItem = NonNullable<UploadSessionsListResponse['data']>[number];

/** Parameters of `uploadSessions.create()` (POST /api/v1/workspaces/{workspace_name}/upload_sessions). */
export type UploadSessionsCreateParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/upload_sessions']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `uploadSessions.create()` resolves with. */
export type UploadSessionsCreateResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/upload_sessions',
  'post'
>;

/**
 * Parameters of `uploadSessions.get()` (GET
 * /api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}).
 */
export type UploadSessionsGetParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `uploadSessions.get()` resolves with. */
export type UploadSessionsGetResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}',
  'get'
>;

/**
 * Parameters of `uploadSessions.close()` (PUT
 * /api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}).
 */
export type UploadSessionsCloseParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `uploadSessions.close()` resolves with. */
export type UploadSessionsCloseResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}',
  'put'
>;

/**
 * Parameters of `uploadSessions.listFiles()` (GET
 * /api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}/files).
 */
export type UploadSessionsListFilesParams = OptionalOrUndefined<
  NonNullable<
    paths['/api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}/files']['get']['parameters']['query']
  > & { workspace_name?: string }
>;
/** What `uploadSessions.listFiles()` resolves with. */
export type UploadSessionsListFilesResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}/files',
  'get'
>;
/** One item of `uploadSessions.listFiles()`. */
export type UploadSessionsListFilesItem = NonNullable<UploadSessionsListFilesResponse['data']>[number];

/** What `infrastructure.listDocumentStores()` resolves with. */
export type InfrastructureListDocumentStoresResponse = ResponseData<
  paths,
  '/api/v1/infrastructure/document_stores',
  'get'
>;

/** Parameters of `infrastructure.createDocumentStore()` (POST /api/v1/infrastructure/document_stores). */
export type InfrastructureCreateDocumentStoreParams = OptionalOrUndefined<
  (paths['/api/v1/infrastructure/document_stores']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `infrastructure.createDocumentStore()` resolves with. */
export type InfrastructureCreateDocumentStoreResponse = ResponseData<
  paths,
  '/api/v1/infrastructure/document_stores',
  'post'
>;

/** What `infrastructure.deleteDocumentStore()` resolves with. */
export type InfrastructureDeleteDocumentStoreResponse = ResponseData<
  paths,
  '/api/v1/infrastructure/document_stores/{credentials_id}',
  'delete'
>;

/** What `infrastructure.listFileStores()` resolves with. */
export type InfrastructureListFileStoresResponse = ResponseData<
  paths,
  '/api/v1/infrastructure/file_stores',
  'get'
>;

/** Parameters of `infrastructure.createFileStore()` (POST /api/v1/infrastructure/file_stores). */
export type InfrastructureCreateFileStoreParams = OptionalOrUndefined<
  (paths['/api/v1/infrastructure/file_stores']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `infrastructure.createFileStore()` resolves with. */
export type InfrastructureCreateFileStoreResponse = ResponseData<
  paths,
  '/api/v1/infrastructure/file_stores',
  'post'
>;

/** What `infrastructure.deleteFileStore()` resolves with. */
export type InfrastructureDeleteFileStoreResponse = ResponseData<
  paths,
  '/api/v1/infrastructure/file_stores/{credentials_id}',
  'delete'
>;

/** What `users.me()` resolves with. */
export type UsersMeResponse = ResponseData<paths, '/api/v1/me', 'get'>;

/** Parameters of `users.list()` (GET /api/v1/users). */
export type UsersListParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/users']['get']['parameters']['query']>
>;
/** What `users.list()` resolves with. */
export type UsersListResponse = ResponseData<paths, '/api/v1/users', 'get'>;
/** One item of `users.list()`. */
export type UsersListItem = NonNullable<UsersListResponse['data']>[number];

/** What `users.get()` resolves with. */
export type UsersGetResponse = ResponseData<paths, '/api/v1/users/{user_id}', 'get'>;

/** Parameters of `models.list()` (GET /api/v1/model). */
export type ModelsListParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/model']['get']['parameters']['query']>
>;
/** What `models.list()` resolves with. */
export type ModelsListResponse = ResponseData<paths, '/api/v1/model', 'get'>;

/** What `modelRegistryTokens.list()` resolves with. */
export type ModelRegistryTokensListResponse = ResponseData<paths, '/api/v1/model_registry_tokens', 'get'>;

/** What `modelRegistryTokens.get()` resolves with. */
export type ModelRegistryTokensGetResponse = ResponseData<
  paths,
  '/api/v1/model_registry_tokens/{provider}',
  'get'
>;

/** Parameters of `modelRegistryTokens.update()` (PUT /api/v1/model_registry_tokens/{provider}). */
export type ModelRegistryTokensUpdateParams = OptionalOrUndefined<
  (paths['/api/v1/model_registry_tokens/{provider}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `modelRegistryTokens.update()` resolves with. */
export type ModelRegistryTokensUpdateResponse = ResponseData<
  paths,
  '/api/v1/model_registry_tokens/{provider}',
  'put'
>;

/** Parameters of `modelRegistryTokens.create()` (POST /api/v1/model_registry_tokens/{provider}). */
export type ModelRegistryTokensCreateParams = OptionalOrUndefined<
  (paths['/api/v1/model_registry_tokens/{provider}']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `modelRegistryTokens.create()` resolves with. */
export type ModelRegistryTokensCreateResponse = ResponseData<
  paths,
  '/api/v1/model_registry_tokens/{provider}',
  'post'
>;

/** What `modelRegistryTokens.delete()` resolves with. */
export type ModelRegistryTokensDeleteResponse = ResponseData<
  paths,
  '/api/v1/model_registry_tokens/{provider}',
  'delete'
>;

/** What `organization.get()` resolves with. */
export type OrganizationGetResponse = ResponseData<paths, '/api/v1/organization', 'get'>;

/** Parameters of `organization.invite()` (POST /api/v1/organization/{organization_id}/invitation). */
export type OrganizationInviteParams = OptionalOrUndefined<
  (paths['/api/v1/organization/{organization_id}/invitation']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `organization.invite()` resolves with. */
export type OrganizationInviteResponse = ResponseData<
  paths,
  '/api/v1/organization/{organization_id}/invitation',
  'post'
>;

/** Parameters of `promptTemplates.listPublic()` (GET /api/v1/public_prompt_templates). */
export type PromptTemplatesListPublicParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/public_prompt_templates']['get']['parameters']['query']>
>;
/** What `promptTemplates.listPublic()` resolves with. */
export type PromptTemplatesListPublicResponse = ResponseData<paths, '/api/v1/public_prompt_templates', 'get'>;
/** One item of `promptTemplates.listPublic()`. */
export type PromptTemplatesListPublicItem = NonNullable<PromptTemplatesListPublicResponse['data']>[number];

/** Parameters of `promptTemplates.list()` (GET /api/v1/workspaces/{workspace_name}/prompt_templates). */
export type PromptTemplatesListParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/workspaces/{workspace_name}/prompt_templates']['get']['parameters']['query']> & {
    workspace_name?: string;
  }
>;
/** What `promptTemplates.list()` resolves with. */
export type PromptTemplatesListResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/prompt_templates',
  'get'
>;
/** One item of `promptTemplates.list()`. */
export type PromptTemplatesListItem = NonNullable<PromptTemplatesListResponse['data']>[number];

/** Parameters of `promptTemplates.create()` (POST /api/v1/workspaces/{workspace_name}/prompt_templates). */
export type PromptTemplatesCreateParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/prompt_templates']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `promptTemplates.create()` resolves with. */
export type PromptTemplatesCreateResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/prompt_templates',
  'post'
>;

/** What `promptTemplates.syncPromptHub()` resolves with. */
export type PromptTemplatesSyncPromptHubResponse = ResponseData<
  paths,
  '/api/v1/trigger_prompthub_sync',
  'post'
>;

/**
 * Parameters of `promptTemplates.update()` (PUT
 * /api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}).
 */
export type PromptTemplatesUpdateParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `promptTemplates.update()` resolves with. */
export type PromptTemplatesUpdateResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}',
  'put'
>;

/**
 * Parameters of `promptTemplates.delete()` (DELETE
 * /api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}).
 */
export type PromptTemplatesDeleteParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `promptTemplates.delete()` resolves with. */
export type PromptTemplatesDeleteResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}',
  'delete'
>;

/** What `workspaces.list()` resolves with. */
export type WorkspacesListResponse = ResponseData<paths, '/api/v1/workspaces', 'get'>;

/** Parameters of `workspaces.create()` (POST /api/v1/workspaces). */
export type WorkspacesCreateParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `workspaces.create()` resolves with. */
export type WorkspacesCreateResponse = ResponseData<paths, '/api/v1/workspaces', 'post'>;

/** Parameters of `workspaces.get()` (GET /api/v1/workspaces/{workspace_name}). */
export type WorkspacesGetParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `workspaces.get()` resolves with. */
export type WorkspacesGetResponse = ResponseData<paths, '/api/v1/workspaces/{workspace_name}', 'get'>;

/** Parameters of `workspaces.delete()` (DELETE /api/v1/workspaces/{workspace_name}). */
export type WorkspacesDeleteParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `workspaces.delete()` resolves with. */
export type WorkspacesDeleteResponse = ResponseData<paths, '/api/v1/workspaces/{workspace_name}', 'delete'>;

/** Parameters of `workspaces.searchCount()` (GET /api/v1/workspaces/{workspace_name}/search_count). */
export type WorkspacesSearchCountParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `workspaces.searchCount()` resolves with. */
export type WorkspacesSearchCountResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/search_count',
  'get'
>;

/** Parameters of `workspaces.searchHistory()` (GET /api/v1/workspaces/{workspace_name}/search_history). */
export type WorkspacesSearchHistoryParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/workspaces/{workspace_name}/search_history']['get']['parameters']['query']> & {
    workspace_name?: string;
  }
>;
/** What `workspaces.searchHistory()` resolves with. */
export type WorkspacesSearchHistoryResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/search_history',
  'get'
>;
/** One item of `workspaces.searchHistory()`. */
export type WorkspacesSearchHistoryItem = NonNullable<WorkspacesSearchHistoryResponse['data']>[number];

/** Parameters of `workspaces.stats()` (GET /api/v1/workspaces/{workspace_name}/stats). */
export type WorkspacesStatsParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `workspaces.stats()` resolves with. */
export type WorkspacesStatsResponse = ResponseData<paths, '/api/v1/workspaces/{workspace_name}/stats', 'get'>;

/** Parameters of `evalRunTags.list()` (GET /api/v1/workspaces/{workspace_name}/tags). */
export type EvalRunTagsListParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `evalRunTags.list()` resolves with. */
export type EvalRunTagsListResponse = ResponseData<paths, '/api/v1/workspaces/{workspace_name}/tags', 'get'>;

/** Parameters of `evalRunTags.create()` (POST /api/v1/workspaces/{workspace_name}/tags). */
export type EvalRunTagsCreateParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/tags']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `evalRunTags.create()` resolves with. */
export type EvalRunTagsCreateResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/tags',
  'post'
>;

/** Parameters of `evalRunTags.delete()` (DELETE /api/v1/workspaces/{workspace_name}/tags/{tag_name}). */
export type EvalRunTagsDeleteParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `evalRunTags.delete()` resolves with. */
export type EvalRunTagsDeleteResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/tags/{tag_name}',
  'delete'
>;

/** Parameters of `evalRunTags.update()` (PATCH /api/v1/workspaces/{workspace_name}/tags/{tag_name}). */
export type EvalRunTagsUpdateParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/tags/{tag_name}']['patch']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `evalRunTags.update()` resolves with. */
export type EvalRunTagsUpdateResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/tags/{tag_name}',
  'patch'
>;

/** Parameters of `indexes.get()` (GET /api/v1/workspaces/{workspace_name}/indexes/{index_name}). */
export type IndexesGetParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `indexes.get()` resolves with. */
export type IndexesGetResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/indexes/{index_name}',
  'get'
>;

/** Parameters of `labelingProjects.list()` (GET /api/v1/workspaces/{workspace_name}/labeling_projects). */
export type LabelingProjectsListParams = OptionalOrUndefined<
  NonNullable<
    paths['/api/v1/workspaces/{workspace_name}/labeling_projects']['get']['parameters']['query']
  > & { workspace_name?: string }
>;
/** What `labelingProjects.list()` resolves with. */
export type LabelingProjectsListResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/labeling_projects',
  'get'
>;
/** One item of `labelingProjects.list()`. */
export type LabelingProjectsListItem = NonNullable<LabelingProjectsListResponse['data']>[number];

/** Parameters of `labelingProjects.create()` (POST /api/v1/workspaces/{workspace_name}/labeling_projects). */
export type LabelingProjectsCreateParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/labeling_projects']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `labelingProjects.create()` resolves with. */
export type LabelingProjectsCreateResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/labeling_projects',
  'post'
>;

/**
 * Parameters of `labelingProjects.get()` (GET
 * /api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}).
 */
export type LabelingProjectsGetParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `labelingProjects.get()` resolves with. */
export type LabelingProjectsGetResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}',
  'get'
>;

/**
 * Parameters of `labelingProjects.update()` (PUT
 * /api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}).
 */
export type LabelingProjectsUpdateParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `labelingProjects.update()` resolves with. */
export type LabelingProjectsUpdateResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}',
  'put'
>;

/**
 * Parameters of `labelingProjects.delete()` (DELETE
 * /api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}).
 */
export type LabelingProjectsDeleteParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `labelingProjects.delete()` resolves with. */
export type LabelingProjectsDeleteResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}',
  'delete'
>;

/** Parameters of `pipelineTemplates.list()` (GET /api/v1/workspaces/{workspace_name}/pipeline_templates). */
export type PipelineTemplatesListParams = OptionalOrUndefined<
  NonNullable<
    paths['/api/v1/workspaces/{workspace_name}/pipeline_templates']['get']['parameters']['query']
  > & { workspace_name?: string }
>;
/** What `pipelineTemplates.list()` resolves with. */
export type PipelineTemplatesListResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/pipeline_templates',
  'get'
>;
/** One item of `pipelineTemplates.list()`. */
export type PipelineTemplatesListItem = NonNullable<PipelineTemplatesListResponse['data']>[number];

/** Parameters of `searchSessions.list()` (GET /api/v1/workspaces/{workspace_name}/search_sessions). */
export type SearchSessionsListParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/workspaces/{workspace_name}/search_sessions']['get']['parameters']['query']> & {
    workspace_name?: string;
  }
>;
/** What `searchSessions.list()` resolves with. */
export type SearchSessionsListResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/search_sessions',
  'get'
>;
/** One item of `searchSessions.list()`. */
export type SearchSessionsListItem = NonNullable<SearchSessionsListResponse['data']>[number];

/** Parameters of `searchSessions.create()` (POST /api/v1/workspaces/{workspace_name}/search_sessions). */
export type SearchSessionsCreateParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/search_sessions']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `searchSessions.create()` resolves with. */
export type SearchSessionsCreateResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/search_sessions',
  'post'
>;

/** Parameters of `sharedPrototypes.list()` (GET /api/v1/workspaces/{workspace_name}/shared_prototypes). */
export type SharedPrototypesListParams = OptionalOrUndefined<
  NonNullable<
    paths['/api/v1/workspaces/{workspace_name}/shared_prototypes']['get']['parameters']['query']
  > & { workspace_name?: string }
>;
/** What `sharedPrototypes.list()` resolves with. */
export type SharedPrototypesListResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/shared_prototypes',
  'get'
>;
/** One item of `sharedPrototypes.list()`. */
export type SharedPrototypesListItem = NonNullable<SharedPrototypesListResponse['data']>[number];

/** Parameters of `sharedPrototypes.create()` (POST /api/v1/workspaces/{workspace_name}/shared_prototypes). */
export type SharedPrototypesCreateParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/shared_prototypes']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `sharedPrototypes.create()` resolves with. */
export type SharedPrototypesCreateResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/shared_prototypes',
  'post'
>;

/**
 * Parameters of `sharedPrototypes.get()` (GET
 * /api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}).
 */
export type SharedPrototypesGetParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `sharedPrototypes.get()` resolves with. */
export type SharedPrototypesGetResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}',
  'get'
>;

/**
 * Parameters of `sharedPrototypes.delete()` (DELETE
 * /api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}).
 */
export type SharedPrototypesDeleteParams = OptionalOrUndefined<{ workspace_name?: string }>;
/** What `sharedPrototypes.delete()` resolves with. */
export type SharedPrototypesDeleteResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}',
  'delete'
>;

/**
 * Parameters of `sharedPrototypes.update()` (PATCH
 * /api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}).
 */
export type SharedPrototypesUpdateParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}']['patch']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `sharedPrototypes.update()` resolves with. */
export type SharedPrototypesUpdateResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}',
  'patch'
>;

/**
 * Parameters of `sharedPrototypes.createUser()` (POST
 * /api/v1/workspaces/{workspace_name}/shared_prototype_users).
 */
export type SharedPrototypesCreateUserParams = OptionalOrUndefined<
  (paths['/api/v1/workspaces/{workspace_name}/shared_prototype_users']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { workspace_name?: string }
>;
/** What `sharedPrototypes.createUser()` resolves with. */
export type SharedPrototypesCreateUserResponse = ResponseData<
  paths,
  '/api/v1/workspaces/{workspace_name}/shared_prototype_users',
  'post'
>;

/** Values the client fills in when a call leaves them out. */
export interface ResourceDefaults {
  workspace?: string | undefined;
}

/** How a list walks its pages (the spec's `x-pagination`). */
const paging1 = { style: 'page', items: 'data', hasMore: 'has_more', pageParam: 'page_number' } as const;

/** The resource namespaces, one method per operation of the spec. */
export function createResources(api: ApiClient<paths>, defaults: ResourceDefaults) {
  // Every method is named `group.method` for hooks and traces.
  return nameOperations({
    health: {
      /**
       * Check the connection.
       * GET /health
       * @example await client.health.check()
       */
      check(options?: RequestOptions): ApiPromise<HealthCheckResponse> {
        return api.request('get', '/health', options);
      },
    },
    tokens: {
      /**
       * List API tokens.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/token
       * @example await client.tokens.list()
       */
      list(
        params: TokensListParams = {},
        options?: RequestOptions,
      ): PagePromise<TokensListResponse, TokensListItem> {
        return paginate<TokensListResponse, TokensListItem>(
          (query) => api.request('get', '/api/v1/token', { ...options, params: { query } }),
          paging1,
          params,
        );
      },
      /**
       * Create an API token.
       * POST /api/v1/token
       */
      create(params: TokensCreateParams, options?: RequestOptions): ApiPromise<TokensCreateResponse> {
        return api.request('post', '/api/v1/token', { ...options, body: params });
      },
      /**
       * Delete an API token.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * DELETE /api/v1/token/{api_token_id}
       * @param apiTokenId - The api token id.
       * @example await client.tokens.delete('api_token_1')
       */
      delete(apiTokenId: string, options?: RequestOptions): ApiPromise<TokensDeleteResponse> {
        return api.request('delete', '/api/v1/token/{api_token_id}', {
          ...options,
          params: { path: { api_token_id: apiTokenId } },
        });
      },
    },
    evalRuns: {
      /**
       * List evaluation runs.
       * GET /api/v1/workspaces/{workspace_name}/eval_runs
       * @example await client.evalRuns.list()
       */
      list(
        params: EvalRunsListParams = {},
        options?: RequestOptions,
      ): PagePromise<EvalRunsListResponse, EvalRunsListItem> {
        const { workspace_name, ...query } = params;
        return paginate<EvalRunsListResponse, EvalRunsListItem>(
          (query) =>
            api.request('get', '/api/v1/workspaces/{workspace_name}/eval_runs', {
              ...options,
              params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' }, query },
            }),
          paging1,
          query,
        );
      },
      /**
       * Create an evaluation run.
       * POST /api/v1/workspaces/{workspace_name}/eval_runs
       */
      create(params: EvalRunsCreateParams, options?: RequestOptions): ApiPromise<EvalRunsCreateResponse> {
        const { workspace_name, ...rest } = params;
        return api.request('post', '/api/v1/workspaces/{workspace_name}/eval_runs', {
          ...options,
          params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' } },
          body: rest,
        });
      },
      /**
       * Get an evaluation run.
       * GET /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}
       * @param evalRunName - The eval run name.
       * @example await client.evalRuns.get('eval_run_name_1')
       */
      get(
        evalRunName: string,
        params: EvalRunsGetParams = {},
        options?: RequestOptions,
      ): ApiPromise<EvalRunsGetResponse> {
        return api.request('get', '/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}', {
          ...options,
          params: {
            path: {
              workspace_name: params.workspace_name ?? defaults.workspace ?? '',
              eval_run_name: evalRunName,
            },
          },
        });
      },
      /**
       * Delete an evaluation run.
       * DELETE /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}
       * @param evalRunName - The eval run name.
       * @example await client.evalRuns.delete('eval_run_name_1')
       */
      delete(
        evalRunName: string,
        params: EvalRunsDeleteParams = {},
        options?: RequestOptions,
      ): ApiPromise<EvalRunsDeleteResponse> {
        return api.request('delete', '/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}', {
          ...options,
          params: {
            path: {
              workspace_name: params.workspace_name ?? defaults.workspace ?? '',
              eval_run_name: evalRunName,
            },
          },
        });
      },
      /**
       * Update an evaluation run.
       * PATCH /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}
       * @param evalRunName - The eval run name.
       */
      update(
        evalRunName: string,
        params: EvalRunsUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<EvalRunsUpdateResponse> {
        const { workspace_name, ...rest } = params;
        return api.request('patch', '/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}', {
          ...options,
          params: {
            path: { workspace_name: workspace_name ?? defaults.workspace ?? '', eval_run_name: evalRunName },
          },
          body: rest,
        });
      },
      /**
       * List the predictions of a node.
       * GET /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/nodes/{node_name}/predictions
       * @param evalRunName - The eval run name.
       * @param nodeName - The node name.
       * @example await client.evalRuns.listPredictions('eval_run_name_1', 'node_name_1')
       */
      listPredictions(
        evalRunName: string,
        nodeName: string,
        params: EvalRunsListPredictionsParams = {},
        options?: RequestOptions,
      ): PagePromise<EvalRunsListPredictionsResponse, EvalRunsListPredictionsItem> {
        const { workspace_name, ...query } = params;
        return paginate<EvalRunsListPredictionsResponse, EvalRunsListPredictionsItem>(
          (query) =>
            api.request(
              'get',
              '/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/nodes/{node_name}/predictions',
              {
                ...options,
                params: {
                  path: {
                    workspace_name: workspace_name ?? defaults.workspace ?? '',
                    eval_run_name: evalRunName,
                    node_name: nodeName,
                  },
                  query,
                },
              },
            ),
          paging1,
          query,
        );
      },
      /**
       * Start an evaluation run.
       * POST /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/start
       * @param evalRunName - The eval run name.
       * @example await client.evalRuns.start('eval_run_name_1')
       */
      start(
        evalRunName: string,
        params: EvalRunsStartParams = {},
        options?: RequestOptions,
      ): ApiPromise<EvalRunsStartResponse> {
        return api.request('post', '/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/start', {
          ...options,
          params: {
            path: {
              workspace_name: params.workspace_name ?? defaults.workspace ?? '',
              eval_run_name: evalRunName,
            },
          },
        });
      },
    },
    evaluationSets: {
      /**
       * List evaluation sets.
       * GET /api/v1/workspaces/{workspace_name}/evaluation_sets
       * @example await client.evaluationSets.list()
       */
      list(
        params: EvaluationSetsListParams = {},
        options?: RequestOptions,
      ): PagePromise<EvaluationSetsListResponse, EvaluationSetsListItem> {
        const { workspace_name, ...query } = params;
        return paginate<EvaluationSetsListResponse, EvaluationSetsListItem>(
          (query) =>
            api.request('get', '/api/v1/workspaces/{workspace_name}/evaluation_sets', {
              ...options,
              params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' }, query },
            }),
          paging1,
          query,
        );
      },
      /**
       * List the labels of an evaluation set.
       * GET /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}
       * @param evaluationSetName - The evaluation set name.
       * @example await client.evaluationSets.get('evaluation_set_name_1')
       */
      get(
        evaluationSetName: string,
        params: EvaluationSetsGetParams = {},
        options?: RequestOptions,
      ): PagePromise<EvaluationSetsGetResponse, EvaluationSetsGetItem> {
        const { workspace_name, ...query } = params;
        return paginate<EvaluationSetsGetResponse, EvaluationSetsGetItem>(
          (query) =>
            api.request('get', '/api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}', {
              ...options,
              params: {
                path: {
                  workspace_name: workspace_name ?? defaults.workspace ?? '',
                  evaluation_set_name: evaluationSetName,
                },
                query,
              },
            }),
          paging1,
          query,
        );
      },
      /**
       * Delete an evaluation set.
       * DELETE /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}
       * @param evaluationSetName - The evaluation set name.
       * @example await client.evaluationSets.delete('evaluation_set_name_1')
       */
      delete(
        evaluationSetName: string,
        params: EvaluationSetsDeleteParams = {},
        options?: RequestOptions,
      ): ApiPromise<EvaluationSetsDeleteResponse> {
        return api.request(
          'delete',
          '/api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}',
          {
            ...options,
            params: {
              path: {
                workspace_name: params.workspace_name ?? defaults.workspace ?? '',
                evaluation_set_name: evaluationSetName,
              },
            },
          },
        );
      },
      /**
       * Export an evaluation set as CSV.
       * GET /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}/csv
       * @param evaluationSetName - The evaluation set name.
       * @example await client.evaluationSets.getCsv('evaluation_set_name_1')
       */
      getCsv(
        evaluationSetName: string,
        params: EvaluationSetsGetCsvParams = {},
        options?: RequestOptions,
      ): ApiPromise<EvaluationSetsGetCsvResponse> {
        return api.request(
          'get',
          '/api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}/csv',
          {
            ...options,
            params: {
              path: {
                workspace_name: params.workspace_name ?? defaults.workspace ?? '',
                evaluation_set_name: evaluationSetName,
              },
            },
            parseAs: 'text',
          },
        );
      },
      /**
       * Import an evaluation set.
       * POST /api/v1/workspaces/{workspace_name}/evaluation_sets/import
       */
      import(
        params: EvaluationSetsImportParams,
        options?: UploadRequestOptions,
      ): ApiPromise<EvaluationSetsImportResponse> {
        const { workspace_name, ...rest } = params;
        const form = multipartBody(rest, { file: 'text/csv' });
        return api.request('post', '/api/v1/workspaces/{workspace_name}/evaluation_sets/import', {
          ...options,
          params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' } },
          body: form.body,
          headers: { ...options?.headers, 'Content-Type': form.contentType },
        });
      },
      /**
       * Match labels to files.
       * POST /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}/label-matching
       * @param evaluationSetName - The evaluation set name.
       * @example await client.evaluationSets.matchLabels('evaluation_set_name_1')
       */
      matchLabels(
        evaluationSetName: string,
        params: EvaluationSetsMatchLabelsParams = {},
        options?: RequestOptions,
      ): ApiPromise<EvaluationSetsMatchLabelsResponse> {
        return api.request(
          'post',
          '/api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}/label-matching',
          {
            ...options,
            params: {
              path: {
                workspace_name: params.workspace_name ?? defaults.workspace ?? '',
                evaluation_set_name: evaluationSetName,
              },
            },
          },
        );
      },
    },
    files: {
      /**
       * List files.
       * GET /api/v1/workspaces/{workspace_name}/files
       * @example await client.files.list()
       */
      list(
        params: FilesListParams = {},
        options?: RequestOptions,
      ): PagePromise<FilesListResponse, FilesListItem> {
        const { workspace_name, ...query } = params;
        return paginate<FilesListResponse, FilesListItem>(
          (query) =>
            api.request('get', '/api/v1/workspaces/{workspace_name}/files', {
              ...options,
              params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' }, query },
            }),
          {
            style: 'after',
            items: 'data',
            hasMore: 'has_more',
            afterFields: { after_value: 'created_at', after_file_id: 'file_id' },
          },
          query,
        );
      },
      /**
       * Upload a file.
       * POST /api/v1/workspaces/{workspace_name}/files
       */
      upload(params: FilesUploadParams, options?: UploadRequestOptions): ApiPromise<FilesUploadResponse> {
        const { write_mode, workspace_name, ...rest } = params;
        const query = { write_mode };
        const form = multipartBody(rest);
        return api.request('post', '/api/v1/workspaces/{workspace_name}/files', {
          ...options,
          params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' }, query },
          body: form.body,
          headers: { ...options?.headers, 'Content-Type': form.contentType },
        });
      },
      /**
       * Delete files.
       * DELETE /api/v1/workspaces/{workspace_name}/files
       * @example await client.files.deleteMany()
       */
      deleteMany(
        params: FilesDeleteManyParams = {},
        options?: RequestOptions,
      ): ApiPromise<FilesDeleteManyResponse> {
        const { workspace_name, ...query } = params;
        return api.request('delete', '/api/v1/workspaces/{workspace_name}/files', {
          ...options,
          params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' }, query },
        });
      },
      /**
       * Download a file.
       * GET /api/v1/workspaces/{workspace_name}/files/{file_id}
       * @param fileId - The file id.
       * @example await client.files.download('file_1')
       */
      download(
        fileId: string,
        params: FilesDownloadParams = {},
        options?: RequestOptions,
      ): ApiPromise<FilesDownloadResponse> {
        return api.request('get', '/api/v1/workspaces/{workspace_name}/files/{file_id}', {
          ...options,
          params: {
            path: { workspace_name: params.workspace_name ?? defaults.workspace ?? '', file_id: fileId },
          },
          parseAs: 'blob',
        });
      },
      /**
       * Delete a file.
       * DELETE /api/v1/workspaces/{workspace_name}/files/{file_id}
       * @param fileId - The file id.
       * @example await client.files.delete('file_1')
       */
      delete(
        fileId: string,
        params: FilesDeleteParams = {},
        options?: RequestOptions,
      ): ApiPromise<FilesDeleteResponse> {
        return api.request('delete', '/api/v1/workspaces/{workspace_name}/files/{file_id}', {
          ...options,
          params: {
            path: { workspace_name: params.workspace_name ?? defaults.workspace ?? '', file_id: fileId },
          },
        });
      },
      /**
       * Get file metadata.
       * GET /api/v1/workspaces/{workspace_name}/files/{file_id}/meta
       * @param fileId - The file id.
       * @example await client.files.getMeta('file_1')
       */
      getMeta(
        fileId: string,
        params: FilesGetMetaParams = {},
        options?: RequestOptions,
      ): ApiPromise<FilesGetMetaResponse> {
        return api.request('get', '/api/v1/workspaces/{workspace_name}/files/{file_id}/meta', {
          ...options,
          params: {
            path: { workspace_name: params.workspace_name ?? defaults.workspace ?? '', file_id: fileId },
          },
        });
      },
      /**
       * Update file metadata.
       * PATCH /api/v1/workspaces/{workspace_name}/files/{file_id}/meta
       * @param fileId - The file id.
       */
      updateMeta(
        fileId: string,
        params: FilesUpdateMetaParams,
        options?: RequestOptions,
      ): ApiPromise<FilesUpdateMetaResponse> {
        const { workspace_name, ...rest } = params;
        return api.request('patch', '/api/v1/workspaces/{workspace_name}/files/{file_id}/meta', {
          ...options,
          params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '', file_id: fileId } },
          body: rest,
        });
      },
    },
    documents: {
      /**
       * Search the documents of an index.
       * POST /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-query
       * @param indexName - The index name.
       */
      query(
        indexName: string,
        params: DocumentsQueryParams,
        options?: RequestOptions,
      ): ApiPromise<DocumentsQueryResponse> {
        const { workspace_name, ...rest } = params;
        return api.request(
          'post',
          '/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-query',
          {
            ...options,
            params: {
              path: { workspace_name: workspace_name ?? defaults.workspace ?? '', index_name: indexName },
            },
            body: rest,
          },
        );
      },
      /**
       * Stream every document of an index.
       * POST /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-stream
       * @param indexName - The index name.
       */
      stream(
        indexName: string,
        params: DocumentsStreamParams,
        options?: RequestOptions,
      ): StreamPromise<DocumentsStreamEvent> {
        const { workspace_name, ...rest } = params;
        return streamResponse<DocumentsStreamEvent>(
          () =>
            api.requestStream(
              'post',
              '/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-stream',
              {
                ...options,
                params: {
                  path: { workspace_name: workspace_name ?? defaults.workspace ?? '', index_name: indexName },
                },
                body: rest,
              },
            ),
          'ndjson',
          { signal: options?.signal },
        );
      },
      /**
       * Get a document.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents/{document_id}
       * @param indexName - The index name.
       * @param documentId - The document id.
       * @example await client.documents.get('index_name_1', 'document_1')
       */
      get(
        indexName: string,
        documentId: string,
        params: DocumentsGetParams = {},
        options?: RequestOptions,
      ): ApiPromise<DocumentsGetResponse> {
        return api.request(
          'get',
          '/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents/{document_id}',
          {
            ...options,
            params: {
              path: {
                workspace_name: params.workspace_name ?? defaults.workspace ?? '',
                index_name: indexName,
                document_id: documentId,
              },
            },
          },
        );
      },
      /**
       * Count documents.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * POST /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-count
       * @param indexName - The index name.
       */
      count(
        indexName: string,
        params: DocumentsCountParams,
        options?: RequestOptions,
      ): ApiPromise<DocumentsCountResponse> {
        const { workspace_name, ...rest } = params;
        return api.request(
          'post',
          '/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-count',
          {
            ...options,
            params: {
              path: { workspace_name: workspace_name ?? defaults.workspace ?? '', index_name: indexName },
            },
            body: rest,
          },
        );
      },
    },
    pipelines: {
      /**
       * List pipelines.
       * GET /api/v1/workspaces/{workspace_name}/pipelines
       * @example await client.pipelines.list()
       */
      list(
        params: PipelinesListParams = {},
        options?: RequestOptions,
      ): PagePromise<PipelinesListResponse, PipelinesListItem> {
        const { workspace_name, ...query } = params;
        return paginate<PipelinesListResponse, PipelinesListItem>(
          (query) =>
            api.request('get', '/api/v1/workspaces/{workspace_name}/pipelines', {
              ...options,
              params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' }, query },
            }),
          {
            style: 'after',
            items: 'data',
            hasMore: 'has_more',
            afterParam: 'before',
            idField: 'pipeline_id',
          },
          query,
        );
      },
      /**
       * Create a pipeline.
       * POST /api/v1/workspaces/{workspace_name}/pipelines
       */
      create(params: PipelinesCreateParams, options?: RequestOptions): ApiPromise<PipelinesCreateResponse> {
        const { workspace_name, ...rest } = params;
        return api.request('post', '/api/v1/workspaces/{workspace_name}/pipelines', {
          ...options,
          params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' } },
          body: rest,
        });
      },
      /**
       * Get a pipeline.
       * GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}
       * @param pipelineName - The pipeline name.
       * @example await client.pipelines.get('pipeline_name_1')
       */
      get(
        pipelineName: string,
        params: PipelinesGetParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelinesGetResponse> {
        return api.request('get', '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}', {
          ...options,
          params: {
            path: {
              workspace_name: params.workspace_name ?? defaults.workspace ?? '',
              pipeline_name: pipelineName,
            },
          },
        });
      },
      /**
       * Delete a pipeline.
       * DELETE /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}
       * @param pipelineName - The pipeline name.
       * @example await client.pipelines.delete('pipeline_name_1')
       */
      delete(
        pipelineName: string,
        params: PipelinesDeleteParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelinesDeleteResponse> {
        return api.request('delete', '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}', {
          ...options,
          params: {
            path: {
              workspace_name: params.workspace_name ?? defaults.workspace ?? '',
              pipeline_name: pipelineName,
            },
          },
        });
      },
      /**
       * Update pipeline properties.
       * PATCH /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}
       * @param pipelineName - The pipeline name.
       */
      update(
        pipelineName: string,
        params: PipelinesUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<PipelinesUpdateResponse> {
        const { workspace_name, ...rest } = params;
        return api.request('patch', '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}', {
          ...options,
          params: {
            path: { workspace_name: workspace_name ?? defaults.workspace ?? '', pipeline_name: pipelineName },
          },
          body: rest,
        });
      },
      /**
       * List feedback.
       * GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback
       * @param pipelineName - The pipeline name.
       * @example await client.pipelines.listFeedback('pipeline_name_1')
       */
      listFeedback(
        pipelineName: string,
        params: PipelinesListFeedbackParams = {},
        options?: RequestOptions,
      ): PagePromise<PipelinesListFeedbackResponse, PipelinesListFeedbackItem> {
        const { workspace_name, ...query } = params;
        return paginate<PipelinesListFeedbackResponse, PipelinesListFeedbackItem>(
          (query) =>
            api.request('get', '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback', {
              ...options,
              params: {
                path: {
                  workspace_name: workspace_name ?? defaults.workspace ?? '',
                  pipeline_name: pipelineName,
                },
                query,
              },
            }),
          paging1,
          query,
        );
      },
      /**
       * Add feedback.
       * POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback
       * @param pipelineName - The pipeline name.
       */
      addFeedback(
        pipelineName: string,
        params: PipelinesAddFeedbackParams,
        options?: RequestOptions,
      ): ApiPromise<PipelinesAddFeedbackResponse> {
        const { workspace_name, ...rest } = params;
        return api.request('post', '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback', {
          ...options,
          params: {
            path: { workspace_name: workspace_name ?? defaults.workspace ?? '', pipeline_name: pipelineName },
          },
          body: rest,
        });
      },
      /**
       * List the file ids of a pipeline.
       * GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/files
       * @param pipelineName - The pipeline name.
       * @example await client.pipelines.listFiles('pipeline_name_1')
       */
      listFiles(
        pipelineName: string,
        params: PipelinesListFilesParams = {},
        options?: RequestOptions,
      ): PagePromise<PipelinesListFilesResponse, PipelinesListFilesItem> {
        const { workspace_name, ...query } = params;
        return paginate<PipelinesListFilesResponse, PipelinesListFilesItem>(
          (query) =>
            api.request('get', '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/files', {
              ...options,
              params: {
                path: {
                  workspace_name: workspace_name ?? defaults.workspace ?? '',
                  pipeline_name: pipelineName,
                },
                query,
              },
            }),
          paging1,
          query,
        );
      },
      /**
       * Get indexing status.
       * GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/indexing
       * @param pipelineName - The pipeline name.
       * @example await client.pipelines.getIndexing('pipeline_name_1')
       */
      getIndexing(
        pipelineName: string,
        params: PipelinesGetIndexingParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelinesGetIndexingResponse> {
        return api.request('get', '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/indexing', {
          ...options,
          params: {
            path: {
              workspace_name: params.workspace_name ?? defaults.workspace ?? '',
              pipeline_name: pipelineName,
            },
          },
        });
      },
      /**
       * Get a pipeline as JSON.
       * GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/json
       * @param pipelineName - The pipeline name.
       * @example await client.pipelines.getJson('pipeline_name_1')
       */
      getJson(
        pipelineName: string,
        params: PipelinesGetJsonParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelinesGetJsonResponse> {
        return api.request('get', '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/json', {
          ...options,
          params: {
            path: {
              workspace_name: params.workspace_name ?? defaults.workspace ?? '',
              pipeline_name: pipelineName,
            },
          },
        });
      },
      /**
       * Get the pipeline prompt.
       * GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/prompt
       * @param pipelineName - The pipeline name.
       * @example await client.pipelines.getPrompt('pipeline_name_1')
       */
      getPrompt(
        pipelineName: string,
        params: PipelinesGetPromptParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelinesGetPromptResponse> {
        return api.request('get', '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/prompt', {
          ...options,
          params: {
            path: {
              workspace_name: params.workspace_name ?? defaults.workspace ?? '',
              pipeline_name: pipelineName,
            },
          },
        });
      },
      /**
       * Get pipeline statistics.
       * GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/stats
       * @param pipelineName - The pipeline name.
       * @example await client.pipelines.getStats('pipeline_name_1')
       */
      getStats(
        pipelineName: string,
        params: PipelinesGetStatsParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelinesGetStatsResponse> {
        return api.request('get', '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/stats', {
          ...options,
          params: {
            path: {
              workspace_name: params.workspace_name ?? defaults.workspace ?? '',
              pipeline_name: pipelineName,
            },
          },
        });
      },
      /**
       * Get a pipeline as YAML.
       * GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml
       * @param pipelineName - The pipeline name.
       * @example await client.pipelines.getYaml('pipeline_name_1')
       */
      getYaml(
        pipelineName: string,
        params: PipelinesGetYamlParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelinesGetYamlResponse> {
        return api.request('get', '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml', {
          ...options,
          params: {
            path: {
              workspace_name: params.workspace_name ?? defaults.workspace ?? '',
              pipeline_name: pipelineName,
            },
          },
        });
      },
      /**
       * Replace pipeline YAML.
       * PUT /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml
       * @param pipelineName - The pipeline name.
       */
      updateYaml(
        pipelineName: string,
        params: PipelinesUpdateYamlParams,
        options?: RequestOptions,
      ): ApiPromise<PipelinesUpdateYamlResponse> {
        const { workspace_name, ...rest } = params;
        return api.request('put', '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml', {
          ...options,
          params: {
            path: { workspace_name: workspace_name ?? defaults.workspace ?? '', pipeline_name: pipelineName },
          },
          body: rest,
        });
      },
      /**
       * Chat.
       * POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat
       * @param pipelineName - The pipeline name.
       */
      chat(
        pipelineName: string,
        params: PipelinesChatParams,
        options?: RequestOptions,
      ): ApiPromise<PipelinesChatResponse> {
        const { workspace_name, ...rest } = params;
        return api.request('post', '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat', {
          ...options,
          params: {
            path: { workspace_name: workspace_name ?? defaults.workspace ?? '', pipeline_name: pipelineName },
          },
          body: rest,
        });
      },
      /**
       * Chat, streamed.
       * POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat-stream
       * @param pipelineName - The pipeline name.
       */
      chatStream(
        pipelineName: string,
        params: PipelinesChatStreamParams,
        options?: RequestOptions,
      ): StreamPromise<PipelinesChatStreamEvent> {
        const { workspace_name, ...rest } = params;
        return streamResponse<PipelinesChatStreamEvent>(
          () =>
            api.requestStream(
              'post',
              '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat-stream',
              {
                ...options,
                params: {
                  path: {
                    workspace_name: workspace_name ?? defaults.workspace ?? '',
                    pipeline_name: pipelineName,
                  },
                },
                body: rest,
              },
            ),
          'sse',
          {
            signal: options?.signal,
            decode: 'data',
            isErrorItem: (e) => e['type'] === 'error',
            isFinal: rest.include_result ? (e) => e['type'] === 'result' : undefined,
          },
        );
      },
      /**
       * Make the default pipeline.
       * POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/default
       * @param pipelineName - The pipeline name.
       * @example await client.pipelines.setDefault('pipeline_name_1')
       */
      setDefault(
        pipelineName: string,
        params: PipelinesSetDefaultParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelinesSetDefaultResponse> {
        return api.request('post', '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/default', {
          ...options,
          params: {
            path: {
              workspace_name: params.workspace_name ?? defaults.workspace ?? '',
              pipeline_name: pipelineName,
            },
          },
        });
      },
      /**
       * Deploy a pipeline.
       * POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/deploy
       * @param pipelineName - The pipeline name.
       */
      deploy(
        pipelineName: string,
        params: PipelinesDeployParams,
        options?: RequestOptions,
      ): ApiPromise<PipelinesDeployResponse> {
        const { workspace_name, ...rest } = params;
        return api.request('post', '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/deploy', {
          ...options,
          params: {
            path: { workspace_name: workspace_name ?? defaults.workspace ?? '', pipeline_name: pipelineName },
          },
          body: rest,
        });
      },
      /**
       * Search.
       * POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search
       * @param pipelineName - The pipeline name.
       */
      search(
        pipelineName: string,
        params: PipelinesSearchParams,
        options?: RequestOptions,
      ): ApiPromise<PipelinesSearchResponse> {
        const { secret, ttl_seconds, workspace_name, ...rest } = params;
        const query = { secret, ttl_seconds };
        return api.request('post', '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search', {
          ...options,
          params: {
            path: { workspace_name: workspace_name ?? defaults.workspace ?? '', pipeline_name: pipelineName },
            query,
          },
          body: rest,
        });
      },
      /**
       * Search, streamed.
       * POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search-stream
       * @param pipelineName - The pipeline name.
       */
      searchStream(
        pipelineName: string,
        params: PipelinesSearchStreamParams,
        options?: RequestOptions,
      ): StreamPromise<PipelinesSearchStreamEvent> {
        const { workspace_name, ...rest } = params;
        return streamResponse<PipelinesSearchStreamEvent>(
          () =>
            api.requestStream(
              'post',
              '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search-stream',
              {
                ...options,
                params: {
                  path: {
                    workspace_name: workspace_name ?? defaults.workspace ?? '',
                    pipeline_name: pipelineName,
                  },
                },
                body: rest,
              },
            ),
          'sse',
          {
            signal: options?.signal,
            decode: 'data',
            isErrorItem: (e) => e['type'] === 'error',
            isFinal: rest.include_result ? (e) => e['type'] === 'result' : undefined,
          },
        );
      },
      /**
       * Undeploy a pipeline.
       * POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/undeploy
       * @param pipelineName - The pipeline name.
       * @example await client.pipelines.undeploy('pipeline_name_1')
       */
      undeploy(
        pipelineName: string,
        params: PipelinesUndeployParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelinesUndeployResponse> {
        return api.request('post', '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/undeploy', {
          ...options,
          params: {
            path: {
              workspace_name: params.workspace_name ?? defaults.workspace ?? '',
              pipeline_name: pipelineName,
            },
          },
        });
      },
      /**
       * List pipeline logs.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/logs
       * @param pipelineName - The pipeline name.
       * @example await client.pipelines.listLogs('pipeline_name_1')
       */
      listLogs(
        pipelineName: string,
        params: PipelinesListLogsParams = {},
        options?: RequestOptions,
      ): PagePromise<PipelinesListLogsResponse, PipelinesListLogsItem> {
        const { workspace_name, ...query } = params;
        return paginate<PipelinesListLogsResponse, PipelinesListLogsItem>(
          (query) =>
            api.request('get', '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/logs', {
              ...options,
              params: {
                path: {
                  workspace_name: workspace_name ?? defaults.workspace ?? '',
                  pipeline_name: pipelineName,
                },
                query,
              },
            }),
          { style: 'after', items: 'data', hasMore: 'has_more', afterParam: 'after', idField: 'log_id' },
          query,
        );
      },
      /**
       * List metadata keys of indexed files.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta
       * @param pipelineName - The pipeline name.
       * @example await client.pipelines.listMetaKeys('pipeline_name_1')
       */
      listMetaKeys(
        pipelineName: string,
        params: PipelinesListMetaKeysParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelinesListMetaKeysResponse> {
        return api.request('get', '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta', {
          ...options,
          params: {
            path: {
              workspace_name: params.workspace_name ?? defaults.workspace ?? '',
              pipeline_name: pipelineName,
            },
          },
        });
      },
      /**
       * List metadata values.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{field_name}
       * @param pipelineName - The pipeline name.
       * @param fieldName - The field name.
       * @example await client.pipelines.listMetaValues('pipeline_name_1', 'field_name_1')
       */
      listMetaValues(
        pipelineName: string,
        fieldName: string,
        params: PipelinesListMetaValuesParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelinesListMetaValuesResponse> {
        return api.request(
          'get',
          '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{field_name}',
          {
            ...options,
            params: {
              path: {
                workspace_name: params.workspace_name ?? defaults.workspace ?? '',
                pipeline_name: pipelineName,
                field_name: fieldName,
              },
            },
          },
        );
      },
      /**
       * Min and max of a metadata field.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{meta_field}/aggregation
       * @param pipelineName - The pipeline name.
       * @param metaField - The meta field.
       * @example await client.pipelines.aggregateMeta('pipeline_name_1', 'meta_field_1')
       */
      aggregateMeta(
        pipelineName: string,
        metaField: string,
        params: PipelinesAggregateMetaParams = {},
        options?: RequestOptions,
      ): ApiPromise<PipelinesAggregateMetaResponse> {
        return api.request(
          'get',
          '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{meta_field}/aggregation',
          {
            ...options,
            params: {
              path: {
                workspace_name: params.workspace_name ?? defaults.workspace ?? '',
                pipeline_name: pipelineName,
                meta_field: metaField,
              },
            },
          },
        );
      },
      /**
       * List pipeline search history.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search_history
       * @param pipelineName - The pipeline name.
       * @example await client.pipelines.searchHistory('pipeline_name_1')
       */
      searchHistory(
        pipelineName: string,
        params: PipelinesSearchHistoryParams = {},
        options?: RequestOptions,
      ): PagePromise<PipelinesSearchHistoryResponse, PipelinesSearchHistoryItem> {
        const { workspace_name, ...query } = params;
        return paginate<PipelinesSearchHistoryResponse, PipelinesSearchHistoryItem>(
          (query) =>
            api.request(
              'get',
              '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search_history',
              {
                ...options,
                params: {
                  path: {
                    workspace_name: workspace_name ?? defaults.workspace ?? '',
                    pipeline_name: pipelineName,
                  },
                  query,
                },
              },
            ),
          paging1,
          query,
        );
      },
    },
    uploadSessions: {
      /**
       * List upload sessions.
       * GET /api/v1/workspaces/{workspace_name}/upload_sessions
       * @example await client.uploadSessions.list()
       */
      list(
        params: UploadSessionsListParams = {},
        options?: RequestOptions,
      ): PagePromise<UploadSessionsListResponse, UploadSessionsListItem> {
        const { workspace_name, ...query } = params;
        return paginate<UploadSessionsListResponse, UploadSessionsListItem>(
          (query) =>
            api.request('get', '/api/v1/workspaces/{workspace_name}/upload_sessions', {
              ...options,
              params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' }, query },
            }),
          paging1,
          query,
        );
      },
      /**
       * Create an upload session.
       * POST /api/v1/workspaces/{workspace_name}/upload_sessions
       */
      create(
        params: UploadSessionsCreateParams,
        options?: RequestOptions,
      ): ApiPromise<UploadSessionsCreateResponse> {
        const { workspace_name, ...rest } = params;
        return api.request('post', '/api/v1/workspaces/{workspace_name}/upload_sessions', {
          ...options,
          params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' } },
          body: rest,
        });
      },
      /**
       * Get an upload session.
       * GET /api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}
       * @param sessionId - The session id.
       * @example await client.uploadSessions.get('session_1')
       */
      get(
        sessionId: string,
        params: UploadSessionsGetParams = {},
        options?: RequestOptions,
      ): ApiPromise<UploadSessionsGetResponse> {
        return api.request('get', '/api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}', {
          ...options,
          params: {
            path: {
              workspace_name: params.workspace_name ?? defaults.workspace ?? '',
              session_id: sessionId,
            },
          },
        });
      },
      /**
       * Close an upload session.
       * PUT /api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}
       * @param sessionId - The session id.
       */
      close(
        sessionId: string,
        params: UploadSessionsCloseParams,
        options?: RequestOptions,
      ): ApiPromise<UploadSessionsCloseResponse> {
        const { workspace_name, ...rest } = params;
        return api.request('put', '/api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}', {
          ...options,
          params: {
            path: { workspace_name: workspace_name ?? defaults.workspace ?? '', session_id: sessionId },
          },
          body: rest,
        });
      },
      /**
       * List the files of an upload session.
       * GET /api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}/files
       * @param sessionId - The session id.
       * @example await client.uploadSessions.listFiles('session_1')
       */
      listFiles(
        sessionId: string,
        params: UploadSessionsListFilesParams = {},
        options?: RequestOptions,
      ): PagePromise<UploadSessionsListFilesResponse, UploadSessionsListFilesItem> {
        const { workspace_name, ...query } = params;
        return paginate<UploadSessionsListFilesResponse, UploadSessionsListFilesItem>(
          (query) =>
            api.request('get', '/api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}/files', {
              ...options,
              params: {
                path: { workspace_name: workspace_name ?? defaults.workspace ?? '', session_id: sessionId },
                query,
              },
            }),
          paging1,
          query,
        );
      },
    },
    infrastructure: {
      /**
       * List DocumentStore credentials.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/infrastructure/document_stores
       * @example await client.infrastructure.listDocumentStores()
       */
      listDocumentStores(options?: RequestOptions): ApiPromise<InfrastructureListDocumentStoresResponse> {
        return api.request('get', '/api/v1/infrastructure/document_stores', options);
      },
      /**
       * Add DocumentStore credentials.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * POST /api/v1/infrastructure/document_stores
       */
      createDocumentStore(
        params: InfrastructureCreateDocumentStoreParams,
        options?: RequestOptions,
      ): ApiPromise<InfrastructureCreateDocumentStoreResponse> {
        return api.request('post', '/api/v1/infrastructure/document_stores', { ...options, body: params });
      },
      /**
       * Delete DocumentStore credentials.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * DELETE /api/v1/infrastructure/document_stores/{credentials_id}
       * @param credentialsId - The credentials id.
       * @example await client.infrastructure.deleteDocumentStore('credentials_1')
       */
      deleteDocumentStore(
        credentialsId: string,
        options?: RequestOptions,
      ): ApiPromise<InfrastructureDeleteDocumentStoreResponse> {
        return api.request('delete', '/api/v1/infrastructure/document_stores/{credentials_id}', {
          ...options,
          params: { path: { credentials_id: credentialsId } },
        });
      },
      /**
       * List FileStore credentials.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/infrastructure/file_stores
       * @example await client.infrastructure.listFileStores()
       */
      listFileStores(options?: RequestOptions): ApiPromise<InfrastructureListFileStoresResponse> {
        return api.request('get', '/api/v1/infrastructure/file_stores', options);
      },
      /**
       * Add FileStore credentials.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * POST /api/v1/infrastructure/file_stores
       */
      createFileStore(
        params: InfrastructureCreateFileStoreParams,
        options?: RequestOptions,
      ): ApiPromise<InfrastructureCreateFileStoreResponse> {
        return api.request('post', '/api/v1/infrastructure/file_stores', { ...options, body: params });
      },
      /**
       * Delete FileStore credentials.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * DELETE /api/v1/infrastructure/file_stores/{credentials_id}
       * @param credentialsId - The credentials id.
       * @example await client.infrastructure.deleteFileStore('credentials_1')
       */
      deleteFileStore(
        credentialsId: string,
        options?: RequestOptions,
      ): ApiPromise<InfrastructureDeleteFileStoreResponse> {
        return api.request('delete', '/api/v1/infrastructure/file_stores/{credentials_id}', {
          ...options,
          params: { path: { credentials_id: credentialsId } },
        });
      },
    },
    users: {
      /**
       * Get the current user.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/me
       * @example await client.users.me()
       */
      me(options?: RequestOptions): ApiPromise<UsersMeResponse> {
        return api.request('get', '/api/v1/me', options);
      },
      /**
       * List users.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/users
       * @example await client.users.list()
       */
      list(
        params: UsersListParams = {},
        options?: RequestOptions,
      ): PagePromise<UsersListResponse, UsersListItem> {
        return paginate<UsersListResponse, UsersListItem>(
          (query) => api.request('get', '/api/v1/users', { ...options, params: { query } }),
          paging1,
          params,
        );
      },
      /**
       * Get a user.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/users/{user_id}
       * @param userId - The user id.
       * @example await client.users.get('user_1')
       */
      get(userId: string, options?: RequestOptions): ApiPromise<UsersGetResponse> {
        return api.request('get', '/api/v1/users/{user_id}', {
          ...options,
          params: { path: { user_id: userId } },
        });
      },
    },
    models: {
      /**
       * List models for a node.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/model
       * @example await client.models.list()
       */
      list(params: ModelsListParams = {}, options?: RequestOptions): ApiPromise<ModelsListResponse> {
        return api.request('get', '/api/v1/model', { ...options, params: { query: params } });
      },
    },
    modelRegistryTokens: {
      /**
       * List model registry tokens.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/model_registry_tokens
       * @example await client.modelRegistryTokens.list()
       */
      list(options?: RequestOptions): ApiPromise<ModelRegistryTokensListResponse> {
        return api.request('get', '/api/v1/model_registry_tokens', options);
      },
      /**
       * Get a model registry token.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/model_registry_tokens/{provider}
       * @param provider - Model provider, e.g. `huggingface`.
       * @example await client.modelRegistryTokens.get('provider_1')
       */
      get(provider: string, options?: RequestOptions): ApiPromise<ModelRegistryTokensGetResponse> {
        return api.request('get', '/api/v1/model_registry_tokens/{provider}', {
          ...options,
          params: { path: { provider: provider } },
        });
      },
      /**
       * Replace a model registry token.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * PUT /api/v1/model_registry_tokens/{provider}
       * @param provider - Model provider, e.g. `huggingface`.
       */
      update(
        provider: string,
        params: ModelRegistryTokensUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<ModelRegistryTokensUpdateResponse> {
        return api.request('put', '/api/v1/model_registry_tokens/{provider}', {
          ...options,
          params: { path: { provider: provider } },
          body: params,
        });
      },
      /**
       * Save a model registry token.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * POST /api/v1/model_registry_tokens/{provider}
       * @param provider - Model provider, e.g. `huggingface`.
       */
      create(
        provider: string,
        params: ModelRegistryTokensCreateParams,
        options?: RequestOptions,
      ): ApiPromise<ModelRegistryTokensCreateResponse> {
        return api.request('post', '/api/v1/model_registry_tokens/{provider}', {
          ...options,
          params: { path: { provider: provider } },
          body: params,
        });
      },
      /**
       * Delete a model registry token.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * DELETE /api/v1/model_registry_tokens/{provider}
       * @param provider - Model provider, e.g. `huggingface`.
       * @example await client.modelRegistryTokens.delete('provider_1')
       */
      delete(provider: string, options?: RequestOptions): ApiPromise<ModelRegistryTokensDeleteResponse> {
        return api.request('delete', '/api/v1/model_registry_tokens/{provider}', {
          ...options,
          params: { path: { provider: provider } },
        });
      },
    },
    organization: {
      /**
       * Get the organization.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/organization
       * @example await client.organization.get()
       */
      get(options?: RequestOptions): ApiPromise<OrganizationGetResponse> {
        return api.request('get', '/api/v1/organization', options);
      },
      /**
       * Invite a user.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * POST /api/v1/organization/{organization_id}/invitation
       * @param organizationId - The organization id.
       */
      invite(
        organizationId: string,
        params: OrganizationInviteParams,
        options?: RequestOptions,
      ): ApiPromise<OrganizationInviteResponse> {
        return api.request('post', '/api/v1/organization/{organization_id}/invitation', {
          ...options,
          params: { path: { organization_id: organizationId } },
          body: params,
        });
      },
    },
    promptTemplates: {
      /**
       * List public prompt templates.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/public_prompt_templates
       * @example await client.promptTemplates.listPublic()
       */
      listPublic(
        params: PromptTemplatesListPublicParams = {},
        options?: RequestOptions,
      ): PagePromise<PromptTemplatesListPublicResponse, PromptTemplatesListPublicItem> {
        return paginate<PromptTemplatesListPublicResponse, PromptTemplatesListPublicItem>(
          (query) => api.request('get', '/api/v1/public_prompt_templates', { ...options, params: { query } }),
          paging1,
          params,
        );
      },
      /**
       * List prompt templates.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces/{workspace_name}/prompt_templates
       * @example await client.promptTemplates.list()
       */
      list(
        params: PromptTemplatesListParams = {},
        options?: RequestOptions,
      ): PagePromise<PromptTemplatesListResponse, PromptTemplatesListItem> {
        const { workspace_name, ...query } = params;
        return paginate<PromptTemplatesListResponse, PromptTemplatesListItem>(
          (query) =>
            api.request('get', '/api/v1/workspaces/{workspace_name}/prompt_templates', {
              ...options,
              params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' }, query },
            }),
          paging1,
          query,
        );
      },
      /**
       * Create a prompt template.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * POST /api/v1/workspaces/{workspace_name}/prompt_templates
       */
      create(
        params: PromptTemplatesCreateParams,
        options?: RequestOptions,
      ): ApiPromise<PromptTemplatesCreateResponse> {
        const { workspace_name, ...rest } = params;
        return api.request('post', '/api/v1/workspaces/{workspace_name}/prompt_templates', {
          ...options,
          params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' } },
          body: rest,
        });
      },
      /**
       * Sync prompts from PromptHub.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * POST /api/v1/trigger_prompthub_sync
       * @example await client.promptTemplates.syncPromptHub()
       */
      syncPromptHub(options?: RequestOptions): ApiPromise<PromptTemplatesSyncPromptHubResponse> {
        return api.request('post', '/api/v1/trigger_prompthub_sync', options);
      },
      /**
       * Update a prompt template.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * PUT /api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}
       * @param promptTemplateId - The prompt template id.
       */
      update(
        promptTemplateId: string,
        params: PromptTemplatesUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<PromptTemplatesUpdateResponse> {
        const { workspace_name, ...rest } = params;
        return api.request(
          'put',
          '/api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}',
          {
            ...options,
            params: {
              path: {
                workspace_name: workspace_name ?? defaults.workspace ?? '',
                prompt_template_id: promptTemplateId,
              },
            },
            body: rest,
          },
        );
      },
      /**
       * Delete a prompt template.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * DELETE /api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}
       * @param promptTemplateId - The prompt template id.
       * @example await client.promptTemplates.delete('prompt_template_1')
       */
      delete(
        promptTemplateId: string,
        params: PromptTemplatesDeleteParams = {},
        options?: RequestOptions,
      ): ApiPromise<PromptTemplatesDeleteResponse> {
        return api.request(
          'delete',
          '/api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}',
          {
            ...options,
            params: {
              path: {
                workspace_name: params.workspace_name ?? defaults.workspace ?? '',
                prompt_template_id: promptTemplateId,
              },
            },
          },
        );
      },
    },
    workspaces: {
      /**
       * List workspaces.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces
       * @example await client.workspaces.list()
       */
      list(options?: RequestOptions): ApiPromise<WorkspacesListResponse> {
        return api.request('get', '/api/v1/workspaces', options);
      },
      /**
       * Create a workspace.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * POST /api/v1/workspaces
       */
      create(params: WorkspacesCreateParams, options?: RequestOptions): ApiPromise<WorkspacesCreateResponse> {
        return api.request('post', '/api/v1/workspaces', { ...options, body: params });
      },
      /**
       * Get a workspace.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces/{workspace_name}
       * @example await client.workspaces.get()
       */
      get(params: WorkspacesGetParams = {}, options?: RequestOptions): ApiPromise<WorkspacesGetResponse> {
        return api.request('get', '/api/v1/workspaces/{workspace_name}', {
          ...options,
          params: { path: { workspace_name: params.workspace_name ?? defaults.workspace ?? '' } },
        });
      },
      /**
       * Delete a workspace.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * DELETE /api/v1/workspaces/{workspace_name}
       * @example await client.workspaces.delete()
       */
      delete(
        params: WorkspacesDeleteParams = {},
        options?: RequestOptions,
      ): ApiPromise<WorkspacesDeleteResponse> {
        return api.request('delete', '/api/v1/workspaces/{workspace_name}', {
          ...options,
          params: { path: { workspace_name: params.workspace_name ?? defaults.workspace ?? '' } },
        });
      },
      /**
       * Count search requests.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces/{workspace_name}/search_count
       * @example await client.workspaces.searchCount()
       */
      searchCount(
        params: WorkspacesSearchCountParams = {},
        options?: RequestOptions,
      ): ApiPromise<WorkspacesSearchCountResponse> {
        return api.request('get', '/api/v1/workspaces/{workspace_name}/search_count', {
          ...options,
          params: { path: { workspace_name: params.workspace_name ?? defaults.workspace ?? '' } },
        });
      },
      /**
       * List search history.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces/{workspace_name}/search_history
       * @example await client.workspaces.searchHistory()
       */
      searchHistory(
        params: WorkspacesSearchHistoryParams = {},
        options?: RequestOptions,
      ): PagePromise<WorkspacesSearchHistoryResponse, WorkspacesSearchHistoryItem> {
        const { workspace_name, ...query } = params;
        return paginate<WorkspacesSearchHistoryResponse, WorkspacesSearchHistoryItem>(
          (query) =>
            api.request('get', '/api/v1/workspaces/{workspace_name}/search_history', {
              ...options,
              params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' }, query },
            }),
          paging1,
          query,
        );
      },
      /**
       * Get workspace statistics.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces/{workspace_name}/stats
       * @example await client.workspaces.stats()
       */
      stats(
        params: WorkspacesStatsParams = {},
        options?: RequestOptions,
      ): ApiPromise<WorkspacesStatsResponse> {
        return api.request('get', '/api/v1/workspaces/{workspace_name}/stats', {
          ...options,
          params: { path: { workspace_name: params.workspace_name ?? defaults.workspace ?? '' } },
        });
      },
    },
    evalRunTags: {
      /**
       * List eval run tags.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces/{workspace_name}/tags
       * @example await client.evalRunTags.list()
       */
      list(
        params: EvalRunTagsListParams = {},
        options?: RequestOptions,
      ): ApiPromise<EvalRunTagsListResponse> {
        return api.request('get', '/api/v1/workspaces/{workspace_name}/tags', {
          ...options,
          params: { path: { workspace_name: params.workspace_name ?? defaults.workspace ?? '' } },
        });
      },
      /**
       * Create an eval run tag.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * POST /api/v1/workspaces/{workspace_name}/tags
       */
      create(
        params: EvalRunTagsCreateParams,
        options?: RequestOptions,
      ): ApiPromise<EvalRunTagsCreateResponse> {
        const { workspace_name, ...rest } = params;
        return api.request('post', '/api/v1/workspaces/{workspace_name}/tags', {
          ...options,
          params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' } },
          body: rest,
        });
      },
      /**
       * Delete an eval run tag.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * DELETE /api/v1/workspaces/{workspace_name}/tags/{tag_name}
       * @param tagName - The tag name.
       * @example await client.evalRunTags.delete('tag_name_1')
       */
      delete(
        tagName: string,
        params: EvalRunTagsDeleteParams = {},
        options?: RequestOptions,
      ): ApiPromise<EvalRunTagsDeleteResponse> {
        return api.request('delete', '/api/v1/workspaces/{workspace_name}/tags/{tag_name}', {
          ...options,
          params: {
            path: { workspace_name: params.workspace_name ?? defaults.workspace ?? '', tag_name: tagName },
          },
        });
      },
      /**
       * Rename an eval run tag.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * PATCH /api/v1/workspaces/{workspace_name}/tags/{tag_name}
       * @param tagName - The tag name.
       */
      update(
        tagName: string,
        params: EvalRunTagsUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<EvalRunTagsUpdateResponse> {
        const { workspace_name, ...rest } = params;
        return api.request('patch', '/api/v1/workspaces/{workspace_name}/tags/{tag_name}', {
          ...options,
          params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '', tag_name: tagName } },
          body: rest,
        });
      },
    },
    indexes: {
      /**
       * Check an index.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces/{workspace_name}/indexes/{index_name}
       * @param indexName - The index name.
       * @example await client.indexes.get('index_name_1')
       */
      get(
        indexName: string,
        params: IndexesGetParams = {},
        options?: RequestOptions,
      ): ApiPromise<IndexesGetResponse> {
        return api.request('get', '/api/v1/workspaces/{workspace_name}/indexes/{index_name}', {
          ...options,
          params: {
            path: {
              workspace_name: params.workspace_name ?? defaults.workspace ?? '',
              index_name: indexName,
            },
          },
        });
      },
    },
    labelingProjects: {
      /**
       * List labeling projects.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces/{workspace_name}/labeling_projects
       * @example await client.labelingProjects.list()
       */
      list(
        params: LabelingProjectsListParams = {},
        options?: RequestOptions,
      ): PagePromise<LabelingProjectsListResponse, LabelingProjectsListItem> {
        const { workspace_name, ...query } = params;
        return paginate<LabelingProjectsListResponse, LabelingProjectsListItem>(
          (query) =>
            api.request('get', '/api/v1/workspaces/{workspace_name}/labeling_projects', {
              ...options,
              params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' }, query },
            }),
          paging1,
          query,
        );
      },
      /**
       * Create a labeling project.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * POST /api/v1/workspaces/{workspace_name}/labeling_projects
       */
      create(
        params: LabelingProjectsCreateParams,
        options?: RequestOptions,
      ): ApiPromise<LabelingProjectsCreateResponse> {
        const { workspace_name, ...rest } = params;
        return api.request('post', '/api/v1/workspaces/{workspace_name}/labeling_projects', {
          ...options,
          params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' } },
          body: rest,
        });
      },
      /**
       * Get a labeling project.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}
       * @param labelingProjectId - The labeling project id.
       * @example await client.labelingProjects.get('labeling_project_1')
       */
      get(
        labelingProjectId: string,
        params: LabelingProjectsGetParams = {},
        options?: RequestOptions,
      ): ApiPromise<LabelingProjectsGetResponse> {
        return api.request(
          'get',
          '/api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}',
          {
            ...options,
            params: {
              path: {
                workspace_name: params.workspace_name ?? defaults.workspace ?? '',
                labeling_project_id: labelingProjectId,
              },
            },
          },
        );
      },
      /**
       * Update a labeling project.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * PUT /api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}
       * @param labelingProjectId - The labeling project id.
       */
      update(
        labelingProjectId: string,
        params: LabelingProjectsUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<LabelingProjectsUpdateResponse> {
        const { workspace_name, ...rest } = params;
        return api.request(
          'put',
          '/api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}',
          {
            ...options,
            params: {
              path: {
                workspace_name: workspace_name ?? defaults.workspace ?? '',
                labeling_project_id: labelingProjectId,
              },
            },
            body: rest,
          },
        );
      },
      /**
       * Delete a labeling project.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * DELETE /api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}
       * @param labelingProjectId - The labeling project id.
       * @example await client.labelingProjects.delete('labeling_project_1')
       */
      delete(
        labelingProjectId: string,
        params: LabelingProjectsDeleteParams = {},
        options?: RequestOptions,
      ): ApiPromise<LabelingProjectsDeleteResponse> {
        return api.request(
          'delete',
          '/api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}',
          {
            ...options,
            params: {
              path: {
                workspace_name: params.workspace_name ?? defaults.workspace ?? '',
                labeling_project_id: labelingProjectId,
              },
            },
          },
        );
      },
    },
    pipelineTemplates: {
      /**
       * List pipeline templates.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces/{workspace_name}/pipeline_templates
       * @example await client.pipelineTemplates.list()
       */
      list(
        params: PipelineTemplatesListParams = {},
        options?: RequestOptions,
      ): PagePromise<PipelineTemplatesListResponse, PipelineTemplatesListItem> {
        const { workspace_name, ...query } = params;
        return paginate<PipelineTemplatesListResponse, PipelineTemplatesListItem>(
          (query) =>
            api.request('get', '/api/v1/workspaces/{workspace_name}/pipeline_templates', {
              ...options,
              params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' }, query },
            }),
          paging1,
          query,
        );
      },
    },
    searchSessions: {
      /**
       * List search sessions.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces/{workspace_name}/search_sessions
       * @example await client.searchSessions.list()
       */
      list(
        params: SearchSessionsListParams = {},
        options?: RequestOptions,
      ): PagePromise<SearchSessionsListResponse, SearchSessionsListItem> {
        const { workspace_name, ...query } = params;
        return paginate<SearchSessionsListResponse, SearchSessionsListItem>(
          (query) =>
            api.request('get', '/api/v1/workspaces/{workspace_name}/search_sessions', {
              ...options,
              params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' }, query },
            }),
          paging1,
          query,
        );
      },
      /**
       * Create a search session.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * POST /api/v1/workspaces/{workspace_name}/search_sessions
       */
      create(
        params: SearchSessionsCreateParams,
        options?: RequestOptions,
      ): ApiPromise<SearchSessionsCreateResponse> {
        const { workspace_name, ...rest } = params;
        return api.request('post', '/api/v1/workspaces/{workspace_name}/search_sessions', {
          ...options,
          params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' } },
          body: rest,
        });
      },
    },
    sharedPrototypes: {
      /**
       * List shared prototypes.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces/{workspace_name}/shared_prototypes
       * @example await client.sharedPrototypes.list()
       */
      list(
        params: SharedPrototypesListParams = {},
        options?: RequestOptions,
      ): PagePromise<SharedPrototypesListResponse, SharedPrototypesListItem> {
        const { workspace_name, ...query } = params;
        return paginate<SharedPrototypesListResponse, SharedPrototypesListItem>(
          (query) =>
            api.request('get', '/api/v1/workspaces/{workspace_name}/shared_prototypes', {
              ...options,
              params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' }, query },
            }),
          paging1,
          query,
        );
      },
      /**
       * Create a shared prototype.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * POST /api/v1/workspaces/{workspace_name}/shared_prototypes
       */
      create(
        params: SharedPrototypesCreateParams,
        options?: RequestOptions,
      ): ApiPromise<SharedPrototypesCreateResponse> {
        const { workspace_name, ...rest } = params;
        return api.request('post', '/api/v1/workspaces/{workspace_name}/shared_prototypes', {
          ...options,
          params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' } },
          body: rest,
        });
      },
      /**
       * Get a shared prototype.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * GET /api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}
       * @param sharedPrototypeId - The shared prototype id.
       * @example await client.sharedPrototypes.get('shared_prototype_1')
       */
      get(
        sharedPrototypeId: string,
        params: SharedPrototypesGetParams = {},
        options?: RequestOptions,
      ): ApiPromise<SharedPrototypesGetResponse> {
        return api.request(
          'get',
          '/api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}',
          {
            ...options,
            params: {
              path: {
                workspace_name: params.workspace_name ?? defaults.workspace ?? '',
                shared_prototype_id: sharedPrototypeId,
              },
            },
          },
        );
      },
      /**
       * Delete a shared prototype.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * DELETE /api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}
       * @param sharedPrototypeId - The shared prototype id.
       * @example await client.sharedPrototypes.delete('shared_prototype_1')
       */
      delete(
        sharedPrototypeId: string,
        params: SharedPrototypesDeleteParams = {},
        options?: RequestOptions,
      ): ApiPromise<SharedPrototypesDeleteResponse> {
        return api.request(
          'delete',
          '/api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}',
          {
            ...options,
            params: {
              path: {
                workspace_name: params.workspace_name ?? defaults.workspace ?? '',
                shared_prototype_id: sharedPrototypeId,
              },
            },
          },
        );
      },
      /**
       * Update a shared prototype.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * PATCH /api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}
       * @param sharedPrototypeId - The shared prototype id.
       */
      update(
        sharedPrototypeId: string,
        params: SharedPrototypesUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<SharedPrototypesUpdateResponse> {
        const { workspace_name, ...rest } = params;
        return api.request(
          'patch',
          '/api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}',
          {
            ...options,
            params: {
              path: {
                workspace_name: workspace_name ?? defaults.workspace ?? '',
                shared_prototype_id: sharedPrototypeId,
              },
            },
            body: rest,
          },
        );
      },
      /**
       * Create a shared prototype user.
       * Private endpoint: the vendor marks it internal; it may change without notice.
       * POST /api/v1/workspaces/{workspace_name}/shared_prototype_users
       */
      createUser(
        params: SharedPrototypesCreateUserParams,
        options?: RequestOptions,
      ): ApiPromise<SharedPrototypesCreateUserResponse> {
        const { workspace_name, ...rest } = params;
        return api.request('post', '/api/v1/workspaces/{workspace_name}/shared_prototype_users', {
          ...options,
          params: { path: { workspace_name: workspace_name ?? defaults.workspace ?? '' } },
          body: rest,
        });
      },
    },
  });
}

/** The resource namespaces of the client. */
export type Resources = ReturnType<typeof createResources>;
