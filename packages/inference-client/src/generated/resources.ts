// Generated from specs/inference.yaml by scripts/generate.mjs (pnpm generate).
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
  production: 'https://api.neospace.ai',
  sandbox: 'https://sandbox-api.neospace.ai',
} as const;

/**
 * Statuses the vendor uses for "not processed, try again" beyond core's (the spec's `x-sdk-retry-statuses`).
 */
export const retryStatuses: readonly number[] = [];

/** Parameters of `actionGroups.list()` (GET /v1/action-groups). */
export type ActionGroupsListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/action-groups']['get']['parameters']['query']>
>;
/** What `actionGroups.list()` resolves with. */
export type ActionGroupsListResponse = ResponseData<paths, '/v1/action-groups', 'get'>;
/** One item of `actionGroups.list()`. */
export type ActionGroupsListItem = NonNullable<ActionGroupsListResponse['data']>[number];

/** Parameters of `actionGroups.create()` (POST /v1/action-groups). */
export type ActionGroupsCreateParams = OptionalOrUndefined<
  (paths['/v1/action-groups']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `actionGroups.create()` resolves with. */
export type ActionGroupsCreateResponse = ResponseData<paths, '/v1/action-groups', 'post'>;

/** What `actionGroups.get()` resolves with. */
export type ActionGroupsGetResponse = ResponseData<paths, '/v1/action-groups/{id}', 'get'>;

/** Parameters of `actionGroups.update()` (PUT /v1/action-groups/{id}). */
export type ActionGroupsUpdateParams = OptionalOrUndefined<
  (paths['/v1/action-groups/{id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `actionGroups.update()` resolves with. */
export type ActionGroupsUpdateResponse = ResponseData<paths, '/v1/action-groups/{id}', 'put'>;

/** What `actionGroups.delete()` resolves with. */
export type ActionGroupsDeleteResponse = ResponseData<paths, '/v1/action-groups/{id}', 'delete'>;

/** Parameters of `actions.list()` (GET /v1/actions). */
export type ActionsListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/actions']['get']['parameters']['query']>
>;
/** What `actions.list()` resolves with. */
export type ActionsListResponse = ResponseData<paths, '/v1/actions', 'get'>;
/** One item of `actions.list()`. */
export type ActionsListItem = NonNullable<ActionsListResponse['data']>[number];

/** Parameters of `actions.create()` (POST /v1/actions). */
export type ActionsCreateParams = OptionalOrUndefined<
  (paths['/v1/actions']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `actions.create()` resolves with. */
export type ActionsCreateResponse = ResponseData<paths, '/v1/actions', 'post'>;

/** What `actions.get()` resolves with. */
export type ActionsGetResponse = ResponseData<paths, '/v1/actions/{id}', 'get'>;

/** Parameters of `actions.update()` (PUT /v1/actions/{id}). */
export type ActionsUpdateParams = OptionalOrUndefined<
  (paths['/v1/actions/{id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `actions.update()` resolves with. */
export type ActionsUpdateResponse = ResponseData<paths, '/v1/actions/{id}', 'put'>;

/** What `actions.delete()` resolves with. */
export type ActionsDeleteResponse = ResponseData<paths, '/v1/actions/{id}', 'delete'>;

/** Parameters of `arguments.list()` (GET /v1/arguments). */
export type ArgumentsListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/arguments']['get']['parameters']['query']>
>;
/** What `arguments.list()` resolves with. */
export type ArgumentsListResponse = ResponseData<paths, '/v1/arguments', 'get'>;
/** One item of `arguments.list()`. */
export type ArgumentsListItem = NonNullable<ArgumentsListResponse>[number];

/** Parameters of `arguments.complete()` (POST /v1/arguments/completions). */
export type ArgumentsCompleteParams = OptionalOrUndefined<
  (paths['/v1/arguments/completions']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `arguments.complete()` resolves with. */
export type ArgumentsCompleteResponse = ResponseData<paths, '/v1/arguments/completions', 'post'>;

/** What `arguments.get()` resolves with. */
export type ArgumentsGetResponse = ResponseData<paths, '/v1/arguments/{id}', 'get'>;

/** Parameters of `arguments.update()` (PUT /v1/arguments/{id}). */
export type ArgumentsUpdateParams = OptionalOrUndefined<
  (paths['/v1/arguments/{id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `arguments.update()` resolves with. */
export type ArgumentsUpdateResponse = ResponseData<paths, '/v1/arguments/{id}', 'put'>;

/** What `arguments.delete()` resolves with. */
export type ArgumentsDeleteResponse = ResponseData<paths, '/v1/arguments/{id}', 'delete'>;

/** Parameters of `benchmarks.list()` (GET /v1/benchmarks). */
export type BenchmarksListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/benchmarks']['get']['parameters']['query']>
>;
/** What `benchmarks.list()` resolves with. */
export type BenchmarksListResponse = ResponseData<paths, '/v1/benchmarks', 'get'>;
/** One item of `benchmarks.list()`. */
export type BenchmarksListItem = NonNullable<BenchmarksListResponse['data']>[number];

/** Parameters of `benchmarks.create()` (POST /v1/benchmarks). */
export type BenchmarksCreateParams = OptionalOrUndefined<
  (paths['/v1/benchmarks']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `benchmarks.create()` resolves with. */
export type BenchmarksCreateResponse = ResponseData<paths, '/v1/benchmarks', 'post'>;

/** What `benchmarks.get()` resolves with. */
export type BenchmarksGetResponse = ResponseData<paths, '/v1/benchmarks/{id}', 'get'>;

/** Parameters of `benchmarks.update()` (PUT /v1/benchmarks/{id}). */
export type BenchmarksUpdateParams = OptionalOrUndefined<
  (paths['/v1/benchmarks/{id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `benchmarks.update()` resolves with. */
export type BenchmarksUpdateResponse = ResponseData<paths, '/v1/benchmarks/{id}', 'put'>;

/** What `benchmarks.delete()` resolves with. */
export type BenchmarksDeleteResponse = ResponseData<paths, '/v1/benchmarks/{id}', 'delete'>;

/** Parameters of `chats.list()` (GET /v1/chats). */
export type ChatsListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/chats']['get']['parameters']['query']>
>;
/** What `chats.list()` resolves with. */
export type ChatsListResponse = ResponseData<paths, '/v1/chats', 'get'>;
/** One item of `chats.list()`. */
export type ChatsListItem = NonNullable<ChatsListResponse['data']>[number];

/** Parameters of `chats.complete()` (POST /v1/chat/completions). */
export type ChatsCompleteParams = OptionalOrUndefined<
  Omit<
    paths['/v1/chat/completions']['post']['requestBody'] extends
      | { content: { 'application/json': infer B } }
      | undefined
      ? B
      : never,
    'stream'
  > & {}
>;
/** What `chats.complete()` resolves with. */
export type ChatsCompleteResponse =
  paths['/v1/chat/completions']['post']['responses'][200]['content']['application/json'];

/** Parameters of `chats.completeStream()` (POST /v1/chat/completions). */
export type ChatsCompleteStreamParams = OptionalOrUndefined<
  Omit<
    paths['/v1/chat/completions']['post']['requestBody'] extends
      | { content: { 'application/json': infer B } }
      | undefined
      ? B
      : never,
    'stream'
  > & {}
>;
/** What `chats.completeStream()` resolves with. */
export type ChatsCompleteStreamResponse = StreamPromise<ChatsCompleteStreamEvent>;
/** One event of `chats.completeStream()`. */
export type ChatsCompleteStreamEvent =
  paths['/v1/chat/completions']['post']['responses'][200]['content']['text/event-stream'];

/** What `chats.get()` resolves with. */
export type ChatsGetResponse = ResponseData<paths, '/v1/chats/{id}', 'get'>;

/** Parameters of `chats.update()` (PUT /v1/chats/{id}). */
export type ChatsUpdateParams = OptionalOrUndefined<
  (paths['/v1/chats/{id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `chats.update()` resolves with. */
export type ChatsUpdateResponse = ResponseData<paths, '/v1/chats/{id}', 'put'>;

/** What `chats.delete()` resolves with. */
export type ChatsDeleteResponse = ResponseData<paths, '/v1/chats/{id}', 'delete'>;

/** What `chats.getWindow()` resolves with. */
export type ChatsGetWindowResponse = ResponseData<paths, '/v1/chats/{id}/window', 'get'>;

/** Parameters of `checkpoints.list()` (GET /v1/checkpoints). */
export type CheckpointsListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/checkpoints']['get']['parameters']['query']>
>;
/** What `checkpoints.list()` resolves with. */
export type CheckpointsListResponse = ResponseData<paths, '/v1/checkpoints', 'get'>;
/** One item of `checkpoints.list()`. */
export type CheckpointsListItem = NonNullable<CheckpointsListResponse['data']>[number];

/** What `clusters.get()` resolves with. */
export type ClustersGetResponse = ResponseData<paths, '/v1/clusters', 'get'>;

/** Parameters of `clusters.update()` (PUT /v1/clusters). */
export type ClustersUpdateParams = OptionalOrUndefined<
  (paths['/v1/clusters']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `clusters.update()` resolves with. */
export type ClustersUpdateResponse = ResponseData<paths, '/v1/clusters', 'put'>;

/** Parameters of `clusters.create()` (POST /v1/clusters). */
export type ClustersCreateParams = OptionalOrUndefined<
  (paths['/v1/clusters']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `clusters.create()` resolves with. */
export type ClustersCreateResponse = ResponseData<paths, '/v1/clusters', 'post'>;

/** What `clusters.delete()` resolves with. */
export type ClustersDeleteResponse = ResponseData<paths, '/v1/clusters', 'delete'>;

/** Parameters of `connectors.list()` (GET /v1/connectors). */
export type ConnectorsListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/connectors']['get']['parameters']['query']>
>;
/** What `connectors.list()` resolves with. */
export type ConnectorsListResponse = ResponseData<paths, '/v1/connectors', 'get'>;
/** One item of `connectors.list()`. */
export type ConnectorsListItem = NonNullable<ConnectorsListResponse['data']>[number];

/** Parameters of `connectors.create()` (POST /v1/connectors). */
export type ConnectorsCreateParams = OptionalOrUndefined<
  (paths['/v1/connectors']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `connectors.create()` resolves with. */
export type ConnectorsCreateResponse = ResponseData<paths, '/v1/connectors', 'post'>;

/** What `connectors.get()` resolves with. */
export type ConnectorsGetResponse = ResponseData<paths, '/v1/connectors/{id}', 'get'>;

/** What `connectors.delete()` resolves with. */
export type ConnectorsDeleteResponse = ResponseData<paths, '/v1/connectors/{id}', 'delete'>;

/** Parameters of `connectors.listFiles()` (GET /v1/connectors/{id}/files). */
export type ConnectorsListFilesParams = OptionalOrUndefined<
  NonNullable<paths['/v1/connectors/{id}/files']['get']['parameters']['query']>
>;
/** What `connectors.listFiles()` resolves with. */
export type ConnectorsListFilesResponse = ResponseData<paths, '/v1/connectors/{id}/files', 'get'>;

/** Parameters of `connectors.scan()` (POST /v1/connectors/{id}/scan). */
export type ConnectorsScanParams = OptionalOrUndefined<
  (paths['/v1/connectors/{id}/scan']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `connectors.scan()` resolves with. */
export type ConnectorsScanResponse = ResponseData<paths, '/v1/connectors/{id}/scan', 'post'>;

/** Parameters of `dataModels.list()` (GET /v1/data-models). */
export type DataModelsListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/data-models']['get']['parameters']['query']>
>;
/** What `dataModels.list()` resolves with. */
export type DataModelsListResponse = ResponseData<paths, '/v1/data-models', 'get'>;
/** One item of `dataModels.list()`. */
export type DataModelsListItem = NonNullable<DataModelsListResponse['data']>[number];

/** Parameters of `dataModels.create()` (POST /v1/data-models). */
export type DataModelsCreateParams = OptionalOrUndefined<
  (paths['/v1/data-models']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `dataModels.create()` resolves with. */
export type DataModelsCreateResponse = ResponseData<paths, '/v1/data-models', 'post'>;

/** What `dataModels.get()` resolves with. */
export type DataModelsGetResponse = ResponseData<paths, '/v1/data-models/{id}', 'get'>;

/** Parameters of `dataModels.update()` (PUT /v1/data-models/{id}). */
export type DataModelsUpdateParams = OptionalOrUndefined<
  (paths['/v1/data-models/{id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `dataModels.update()` resolves with. */
export type DataModelsUpdateResponse = ResponseData<paths, '/v1/data-models/{id}', 'put'>;

/** What `dataModels.delete()` resolves with. */
export type DataModelsDeleteResponse = ResponseData<paths, '/v1/data-models/{id}', 'delete'>;

/** Parameters of `evaluations.create()` (POST /v1/evaluations). */
export type EvaluationsCreateParams = OptionalOrUndefined<
  (paths['/v1/evaluations']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `evaluations.create()` resolves with. */
export type EvaluationsCreateResponse = ResponseData<paths, '/v1/evaluations', 'post'>;

/** Parameters of `experts.list()` (GET /v1/experts). */
export type ExpertsListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/experts']['get']['parameters']['query']>
>;
/** What `experts.list()` resolves with. */
export type ExpertsListResponse = ResponseData<paths, '/v1/experts', 'get'>;
/** One item of `experts.list()`. */
export type ExpertsListItem = NonNullable<ExpertsListResponse['data']>[number];

/** Parameters of `experts.create()` (POST /v1/experts). */
export type ExpertsCreateParams = OptionalOrUndefined<
  (paths['/v1/experts']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `experts.create()` resolves with. */
export type ExpertsCreateResponse = ResponseData<paths, '/v1/experts', 'post'>;

/** What `experts.get()` resolves with. */
export type ExpertsGetResponse = ResponseData<paths, '/v1/experts/{id}', 'get'>;

/** Parameters of `experts.update()` (PUT /v1/experts/{id}). */
export type ExpertsUpdateParams = OptionalOrUndefined<
  (paths['/v1/experts/{id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `experts.update()` resolves with. */
export type ExpertsUpdateResponse = ResponseData<paths, '/v1/experts/{id}', 'put'>;

/** What `experts.delete()` resolves with. */
export type ExpertsDeleteResponse = ResponseData<paths, '/v1/experts/{id}', 'delete'>;

/** Parameters of `inferenceLogs.list()` (GET /v1/inference-logs). */
export type InferenceLogsListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/inference-logs']['get']['parameters']['query']>
>;
/** What `inferenceLogs.list()` resolves with. */
export type InferenceLogsListResponse = ResponseData<paths, '/v1/inference-logs', 'get'>;
/** One item of `inferenceLogs.list()`. */
export type InferenceLogsListItem = NonNullable<InferenceLogsListResponse['data']>[number];

/** Parameters of `inferenceLogs.summary()` (GET /v1/inference-logs/summary). */
export type InferenceLogsSummaryParams = OptionalOrUndefined<
  NonNullable<paths['/v1/inference-logs/summary']['get']['parameters']['query']>
>;
/** What `inferenceLogs.summary()` resolves with. */
export type InferenceLogsSummaryResponse = ResponseData<paths, '/v1/inference-logs/summary', 'get'>;

/** Parameters of `insights.create()` (POST /v1/insights). */
export type InsightsCreateParams = OptionalOrUndefined<
  (paths['/v1/insights']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `insights.create()` resolves with. */
export type InsightsCreateResponse = ResponseData<paths, '/v1/insights', 'post'>;

/** Parameters of `leaderboards.list()` (GET /v1/leaderboards). */
export type LeaderboardsListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/leaderboards']['get']['parameters']['query']>
>;
/** What `leaderboards.list()` resolves with. */
export type LeaderboardsListResponse = ResponseData<paths, '/v1/leaderboards', 'get'>;
/** One item of `leaderboards.list()`. */
export type LeaderboardsListItem = NonNullable<LeaderboardsListResponse['data']>[number];

/** What `users.me()` resolves with. */
export type UsersMeResponse = ResponseData<paths, '/v1/users/me', 'get'>;

/** Parameters of `users.update()` (PUT /v1/users/me). */
export type UsersUpdateParams = OptionalOrUndefined<
  (paths['/v1/users/me']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `users.update()` resolves with. */
export type UsersUpdateResponse = ResponseData<paths, '/v1/users/me', 'put'>;

/** What `users.addPermissions()` resolves with. */
export type UsersAddPermissionsResponse = ResponseData<paths, '/v1/users/permissions', 'post'>;

/** What `users.acceptInvite()` resolves with. */
export type UsersAcceptInviteResponse = ResponseData<paths, '/v1/users/accept-invite', 'post'>;

/** What `models.list()` resolves with. */
export type ModelsListResponse = ResponseData<paths, '/v1/models', 'get'>;

/** Parameters of `personas.list()` (GET /v1/personas). */
export type PersonasListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/personas']['get']['parameters']['query']>
>;
/** What `personas.list()` resolves with. */
export type PersonasListResponse = ResponseData<paths, '/v1/personas', 'get'>;
/** One item of `personas.list()`. */
export type PersonasListItem = NonNullable<PersonasListResponse['data']>[number];

/** Parameters of `personas.create()` (POST /v1/personas). */
export type PersonasCreateParams = OptionalOrUndefined<
  (paths['/v1/personas']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `personas.create()` resolves with. */
export type PersonasCreateResponse = ResponseData<paths, '/v1/personas', 'post'>;

/** What `personas.get()` resolves with. */
export type PersonasGetResponse = ResponseData<paths, '/v1/personas/{id}', 'get'>;

/** Parameters of `personas.update()` (PUT /v1/personas/{id}). */
export type PersonasUpdateParams = OptionalOrUndefined<
  (paths['/v1/personas/{id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `personas.update()` resolves with. */
export type PersonasUpdateResponse = ResponseData<paths, '/v1/personas/{id}', 'put'>;

/** What `personas.delete()` resolves with. */
export type PersonasDeleteResponse = ResponseData<paths, '/v1/personas/{id}', 'delete'>;

/** Parameters of `personas.complete()` (POST /v1/personas/completions). */
export type PersonasCompleteParams = OptionalOrUndefined<
  (paths['/v1/personas/completions']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `personas.complete()` resolves with. */
export type PersonasCompleteResponse = ResponseData<paths, '/v1/personas/completions', 'post'>;

/** Parameters of `personas.upload()` (POST /v1/personas/upload). */
export type PersonasUploadParams = OptionalOrUndefined<{ files: MultipartValue | MultipartValue[] } & {}>;
/** What `personas.upload()` resolves with. */
export type PersonasUploadResponse = ResponseData<paths, '/v1/personas/upload', 'post'>;

/** Parameters of `personas.confirmUpload()` (POST /v1/personas/upload/{upload_token}/confirm). */
export type PersonasConfirmUploadParams = OptionalOrUndefined<
  (paths['/v1/personas/upload/{upload_token}/confirm']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `personas.confirmUpload()` resolves with. */
export type PersonasConfirmUploadResponse = ResponseData<
  paths,
  '/v1/personas/upload/{upload_token}/confirm',
  'post'
>;

/** Parameters of `spaces.list()` (GET /v1/spaces). */
export type SpacesListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/spaces']['get']['parameters']['query']>
>;
/** What `spaces.list()` resolves with. */
export type SpacesListResponse = ResponseData<paths, '/v1/spaces', 'get'>;
/** One item of `spaces.list()`. */
export type SpacesListItem = NonNullable<SpacesListResponse['data']>[number];

/** Parameters of `spaces.create()` (POST /v1/spaces). */
export type SpacesCreateParams = OptionalOrUndefined<
  (paths['/v1/spaces']['post']['requestBody'] extends { content: { 'application/json': infer B } } | undefined
    ? B
    : never) & {}
>;
/** What `spaces.create()` resolves with. */
export type SpacesCreateResponse = ResponseData<paths, '/v1/spaces', 'post'>;

/** What `spaces.get()` resolves with. */
export type SpacesGetResponse = ResponseData<paths, '/v1/spaces/{id}', 'get'>;

/** Parameters of `spaces.update()` (PUT /v1/spaces/{id}). */
export type SpacesUpdateParams = OptionalOrUndefined<
  (paths['/v1/spaces/{id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `spaces.update()` resolves with. */
export type SpacesUpdateResponse = ResponseData<paths, '/v1/spaces/{id}', 'put'>;

/** What `spaces.delete()` resolves with. */
export type SpacesDeleteResponse = ResponseData<paths, '/v1/spaces/{id}', 'delete'>;

/** Parameters of `spaces.invite()` (POST /v1/spaces/{id}/invite). */
export type SpacesInviteParams = OptionalOrUndefined<
  (paths['/v1/spaces/{id}/invite']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `spaces.invite()` resolves with. */
export type SpacesInviteResponse = ResponseData<paths, '/v1/spaces/{id}/invite', 'post'>;

/** What `spaces.restore()` resolves with. */
export type SpacesRestoreResponse = ResponseData<paths, '/v1/spaces/{id}/restore', 'post'>;

/** Parameters of `trainings.list()` (GET /v1/trainings). */
export type TrainingsListParams = OptionalOrUndefined<
  NonNullable<paths['/v1/trainings']['get']['parameters']['query']>
>;
/** What `trainings.list()` resolves with. */
export type TrainingsListResponse = ResponseData<paths, '/v1/trainings', 'get'>;
/** One item of `trainings.list()`. */
export type TrainingsListItem = NonNullable<TrainingsListResponse['data']>[number];

/** Parameters of `trainings.create()` (POST /v1/trainings). */
export type TrainingsCreateParams = OptionalOrUndefined<
  (paths['/v1/trainings']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `trainings.create()` resolves with. */
export type TrainingsCreateResponse = ResponseData<paths, '/v1/trainings', 'post'>;

/** What `trainings.get()` resolves with. */
export type TrainingsGetResponse = ResponseData<paths, '/v1/trainings/{id}', 'get'>;

/** Parameters of `trainings.update()` (PUT /v1/trainings/{id}). */
export type TrainingsUpdateParams = OptionalOrUndefined<
  (paths['/v1/trainings/{id}']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `trainings.update()` resolves with. */
export type TrainingsUpdateResponse = ResponseData<paths, '/v1/trainings/{id}', 'put'>;

/** What `trainings.delete()` resolves with. */
export type TrainingsDeleteResponse = ResponseData<paths, '/v1/trainings/{id}', 'delete'>;

/** Parameters of `webhooks.statusUpdate()` (POST /v1/webhooks). */
export type WebhooksStatusUpdateParams = OptionalOrUndefined<
  (paths['/v1/webhooks']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & {}
>;
/** What `webhooks.statusUpdate()` resolves with. */
export type WebhooksStatusUpdateResponse = ResponseData<paths, '/v1/webhooks', 'post'>;

/** Values the client fills in when a call leaves them out. */
export interface ResourceDefaults {}

/** How a list walks its pages (the spec's `x-pagination`). */
const paging1 = {
  style: 'after',
  items: 'data',
  hasMore: 'has_more',
  afterParam: 'after',
  idField: 'id',
} as const;

/** How a list walks its pages (the spec's `x-pagination`). */
const paging2 = {
  style: 'page',
  items: 'data',
  hasMore: 'has_more',
  pageParam: 'page',
  firstPage: 1,
} as const;

/** The resource namespaces, one method per operation of the spec. */
export function createResources(api: ApiClient<paths>, defaults: ResourceDefaults) {
  // Every method is named `group.method` for hooks and traces.
  return nameOperations({
    actionGroups: {
      /**
       * Get all action groups.
       * Retrieve a list of action groups with pagination
       * GET /v1/action-groups
       * @example await client.actionGroups.list()
       */
      list(
        params: ActionGroupsListParams = {},
        options?: RequestOptions,
      ): PagePromise<ActionGroupsListResponse, ActionGroupsListItem> {
        return paginate<ActionGroupsListResponse, ActionGroupsListItem>(
          (query) => api.request('get', '/v1/action-groups', { ...options, params: { query } }),
          paging1,
          params,
        );
      },
      /**
       * Create action group.
       * Create a new action group
       * POST /v1/action-groups
       */
      create(
        params: ActionGroupsCreateParams,
        options?: RequestOptions,
      ): ApiPromise<ActionGroupsCreateResponse> {
        return api.request('post', '/v1/action-groups', { ...options, body: params });
      },
      /**
       * Get action group.
       * Retrieve an action group by ID
       * GET /v1/action-groups/{id}
       * @param id - Action Group ID
       * @example await client.actionGroups.get('id_1')
       */
      get(id: string, options?: RequestOptions): ApiPromise<ActionGroupsGetResponse> {
        return api.request('get', '/v1/action-groups/{id}', { ...options, params: { path: { id: id } } });
      },
      /**
       * Update action group.
       * Update an action group by ID
       * PUT /v1/action-groups/{id}
       * @param id - Action group ID
       */
      update(
        id: string,
        params: ActionGroupsUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<ActionGroupsUpdateResponse> {
        return api.request('put', '/v1/action-groups/{id}', {
          ...options,
          params: { path: { id: id } },
          body: params,
        });
      },
      /**
       * Delete action group.
       * Delete an action group by ID
       * DELETE /v1/action-groups/{id}
       * @param id - Action group ID
       * @example await client.actionGroups.delete('id_1')
       */
      delete(id: string, options?: RequestOptions): ApiPromise<ActionGroupsDeleteResponse> {
        return api.request('delete', '/v1/action-groups/{id}', { ...options, params: { path: { id: id } } });
      },
    },
    actions: {
      /**
       * Get all actions.
       * Retrieve a list of actions with pagination
       * GET /v1/actions
       * @example await client.actions.list()
       */
      list(
        params: ActionsListParams = {},
        options?: RequestOptions,
      ): PagePromise<ActionsListResponse, ActionsListItem> {
        return paginate<ActionsListResponse, ActionsListItem>(
          (query) => api.request('get', '/v1/actions', { ...options, params: { query } }),
          paging1,
          params,
        );
      },
      /**
       * Create action.
       * Create a new action
       * POST /v1/actions
       */
      create(params: ActionsCreateParams, options?: RequestOptions): ApiPromise<ActionsCreateResponse> {
        return api.request('post', '/v1/actions', { ...options, body: params });
      },
      /**
       * Get action.
       * Retrieve an action by ID
       * GET /v1/actions/{id}
       * @param id - Action ID
       * @example await client.actions.get('id_1')
       */
      get(id: string, options?: RequestOptions): ApiPromise<ActionsGetResponse> {
        return api.request('get', '/v1/actions/{id}', { ...options, params: { path: { id: id } } });
      },
      /**
       * Update action.
       * Update an action by ID
       * PUT /v1/actions/{id}
       * @param id - Action ID
       */
      update(
        id: string,
        params: ActionsUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<ActionsUpdateResponse> {
        return api.request('put', '/v1/actions/{id}', {
          ...options,
          params: { path: { id: id } },
          body: params,
        });
      },
      /**
       * Delete action.
       * Delete an action by ID
       * DELETE /v1/actions/{id}
       * @param id - Action ID
       * @example await client.actions.delete('id_1')
       */
      delete(id: string, options?: RequestOptions): ApiPromise<ActionsDeleteResponse> {
        return api.request('delete', '/v1/actions/{id}', { ...options, params: { path: { id: id } } });
      },
    },
    arguments: {
      /**
       * Find all arguments.
       * Find all arguments with optional query parameters. Answers a bare array; a page past the end is
       * empty.
       * GET /v1/arguments
       * @example await client.arguments.list()
       */
      list(
        params: ArgumentsListParams = {},
        options?: RequestOptions,
      ): PagePromise<ArgumentsListResponse, ArgumentsListItem> {
        return paginate<ArgumentsListResponse, ArgumentsListItem>(
          (query) => api.request('get', '/v1/arguments', { ...options, params: { query } }),
          { style: 'page', items: '', pageParam: 'page', firstPage: 1 },
          params,
        );
      },
      /**
       * Create argument completion.
       * Generate an argument completion based on provided messages and parameters. The argument is stored
       * (see Find an argument) with its review pending.
       * POST /v1/arguments/completions
       */
      complete(
        params: ArgumentsCompleteParams,
        options?: RequestOptions,
      ): ApiPromise<ArgumentsCompleteResponse> {
        return api.request('post', '/v1/arguments/completions', { ...options, body: params });
      },
      /**
       * Find an argument.
       * Find an argument by ID
       * GET /v1/arguments/{id}
       * @param id - Argument ID
       * @example await client.arguments.get('id_1')
       */
      get(id: string, options?: RequestOptions): ApiPromise<ArgumentsGetResponse> {
        return api.request('get', '/v1/arguments/{id}', { ...options, params: { path: { id: id } } });
      },
      /**
       * Update an argument.
       * Update an argument by ID. Possible review status values: pending, waiting_review, success, failed,
       * reviewing
       * PUT /v1/arguments/{id}
       * @param id - Argument ID
       */
      update(
        id: string,
        params: ArgumentsUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<ArgumentsUpdateResponse> {
        return api.request('put', '/v1/arguments/{id}', {
          ...options,
          params: { path: { id: id } },
          body: params,
        });
      },
      /**
       * Delete an argument.
       * Delete an argument by ID
       * DELETE /v1/arguments/{id}
       * @param id - Argument ID
       * @example await client.arguments.delete('id_1')
       */
      delete(id: string, options?: RequestOptions): ApiPromise<ArgumentsDeleteResponse> {
        return api.request('delete', '/v1/arguments/{id}', { ...options, params: { path: { id: id } } });
      },
    },
    benchmarks: {
      /**
       * Get all benchmarks.
       * Retrieve a list of benchmarks with pagination
       * GET /v1/benchmarks
       * @example await client.benchmarks.list()
       */
      list(
        params: BenchmarksListParams = {},
        options?: RequestOptions,
      ): PagePromise<BenchmarksListResponse, BenchmarksListItem> {
        return paginate<BenchmarksListResponse, BenchmarksListItem>(
          (query) => api.request('get', '/v1/benchmarks', { ...options, params: { query } }),
          paging2,
          params,
        );
      },
      /**
       * Create benchmark.
       * Create a new benchmark
       * POST /v1/benchmarks
       */
      create(params: BenchmarksCreateParams, options?: RequestOptions): ApiPromise<BenchmarksCreateResponse> {
        return api.request('post', '/v1/benchmarks', { ...options, body: params });
      },
      /**
       * Get benchmark.
       * Retrieve a benchmark by ID
       * GET /v1/benchmarks/{id}
       * @param id - Benchmark ID
       * @example await client.benchmarks.get('id_1')
       */
      get(id: string, options?: RequestOptions): ApiPromise<BenchmarksGetResponse> {
        return api.request('get', '/v1/benchmarks/{id}', { ...options, params: { path: { id: id } } });
      },
      /**
       * Update benchmark.
       * Update a benchmark by ID
       * PUT /v1/benchmarks/{id}
       * @param id - Benchmark ID
       */
      update(
        id: string,
        params: BenchmarksUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<BenchmarksUpdateResponse> {
        return api.request('put', '/v1/benchmarks/{id}', {
          ...options,
          params: { path: { id: id } },
          body: params,
        });
      },
      /**
       * Delete benchmark.
       * Delete a benchmark by ID
       * DELETE /v1/benchmarks/{id}
       * @param id - Benchmark ID
       * @example await client.benchmarks.delete('id_1')
       */
      delete(id: string, options?: RequestOptions): ApiPromise<BenchmarksDeleteResponse> {
        return api.request('delete', '/v1/benchmarks/{id}', { ...options, params: { path: { id: id } } });
      },
    },
    chats: {
      /**
       * List chats.
       * Retrieve a paginated list of chat conversations, optionally filtered by name
       * GET /v1/chats
       * @example await client.chats.list()
       */
      list(
        params: ChatsListParams = {},
        options?: RequestOptions,
      ): PagePromise<ChatsListResponse, ChatsListItem> {
        return paginate<ChatsListResponse, ChatsListItem>(
          (query) => api.request('get', '/v1/chats', { ...options, params: { query } }),
          paging1,
          params,
        );
      },
      /**
       * Create chat completion.
       * Generate a chat completion based on provided messages and parameters. With `stream: true` the answer
       * is a `text/event-stream` of chunks ending with `data: [DONE]`; the chat and its history are kept
       * either way.
       * POST /v1/chat/completions
       */
      complete(params: ChatsCompleteParams, options?: RequestOptions): ApiPromise<ChatsCompleteResponse> {
        return api.request('post', '/v1/chat/completions', {
          ...options,
          body: { ...params, stream: false },
        });
      },
      /**
       * Create chat completion.
       * Generate a chat completion based on provided messages and parameters. With `stream: true` the answer
       * is a `text/event-stream` of chunks ending with `data: [DONE]`; the chat and its history are kept
       * either way.
       * POST /v1/chat/completions
       */
      completeStream(
        params: ChatsCompleteStreamParams,
        options?: RequestOptions,
      ): StreamPromise<ChatsCompleteStreamEvent> {
        return streamResponse<ChatsCompleteStreamEvent>(
          () =>
            api.requestStream('post', '/v1/chat/completions', {
              ...options,
              body: { ...params, stream: true },
            }),
          'sse',
          { signal: options?.signal, doneData: '[DONE]', isFinal: () => false, decode: 'data' },
        );
      },
      /**
       * Get chat history.
       * Retrieve a chat conversation by its unique identifier
       * GET /v1/chats/{id}
       * @param id - Chat identifier
       * @example await client.chats.get('id_1')
       */
      get(id: string, options?: RequestOptions): ApiPromise<ChatsGetResponse> {
        return api.request('get', '/v1/chats/{id}', { ...options, params: { path: { id: id } } });
      },
      /**
       * Update chat.
       * Update an chat by ID
       * PUT /v1/chats/{id}
       * @param id - Chat ID
       */
      update(
        id: string,
        params: ChatsUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<ChatsUpdateResponse> {
        return api.request('put', '/v1/chats/{id}', {
          ...options,
          params: { path: { id: id } },
          body: params,
        });
      },
      /**
       * Delete chat.
       * Delete an chat by ID
       * DELETE /v1/chats/{id}
       * @param id - Chat ID
       * @example await client.chats.delete('id_1')
       */
      delete(id: string, options?: RequestOptions): ApiPromise<ChatsDeleteResponse> {
        return api.request('delete', '/v1/chats/{id}', { ...options, params: { path: { id: id } } });
      },
      /**
       * Get chat history window.
       * Retrieve a chat with a window of the conversation: its latest messages rather than the whole history.
       * GET /v1/chats/{id}/window
       * @param id - Chat identifier
       * @example await client.chats.getWindow('id_1')
       */
      getWindow(id: string, options?: RequestOptions): ApiPromise<ChatsGetWindowResponse> {
        return api.request('get', '/v1/chats/{id}/window', { ...options, params: { path: { id: id } } });
      },
    },
    checkpoints: {
      /**
       * List checkpoints.
       * List checkpoints by ID
       * GET /v1/checkpoints
       * @example await client.checkpoints.list()
       */
      list(
        params: CheckpointsListParams = {},
        options?: RequestOptions,
      ): PagePromise<CheckpointsListResponse, CheckpointsListItem> {
        return paginate<CheckpointsListResponse, CheckpointsListItem>(
          (query) => api.request('get', '/v1/checkpoints', { ...options, params: { query } }),
          paging1,
          params,
        );
      },
    },
    clusters: {
      /**
       * Get cluster.
       * Retrieve a cluster by space: its live state (inference, ingress, nodes, resources).
       * GET /v1/clusters
       * @example await client.clusters.get()
       */
      get(options?: RequestOptions): ApiPromise<ClustersGetResponse> {
        return api.request('get', '/v1/clusters', options);
      },
      /**
       * Update cluster.
       * Update a cluster by space
       * PUT /v1/clusters
       */
      update(params: ClustersUpdateParams, options?: RequestOptions): ApiPromise<ClustersUpdateResponse> {
        return api.request('put', '/v1/clusters', { ...options, body: params });
      },
      /**
       * Create cluster.
       * Create a new cluster
       * POST /v1/clusters
       */
      create(params: ClustersCreateParams, options?: RequestOptions): ApiPromise<ClustersCreateResponse> {
        return api.request('post', '/v1/clusters', { ...options, body: params });
      },
      /**
       * Delete cluster.
       * Delete a cluster by space
       * DELETE /v1/clusters
       * @example await client.clusters.delete()
       */
      delete(options?: RequestOptions): ApiPromise<ClustersDeleteResponse> {
        return api.request('delete', '/v1/clusters', options);
      },
    },
    connectors: {
      /**
       * List connectors.
       * Retrieve a list of connectors with pagination
       * GET /v1/connectors
       * @example await client.connectors.list()
       */
      list(
        params: ConnectorsListParams = {},
        options?: RequestOptions,
      ): PagePromise<ConnectorsListResponse, ConnectorsListItem> {
        return paginate<ConnectorsListResponse, ConnectorsListItem>(
          (query) => api.request('get', '/v1/connectors', { ...options, params: { query } }),
          paging1,
          params,
        );
      },
      /**
       * Create connector.
       * Create a new connector
       * POST /v1/connectors
       */
      create(params: ConnectorsCreateParams, options?: RequestOptions): ApiPromise<ConnectorsCreateResponse> {
        return api.request('post', '/v1/connectors', { ...options, body: params });
      },
      /**
       * Get connector.
       * Retrieve a connector by ID
       * GET /v1/connectors/{id}
       * @param id - Connector ID
       * @example await client.connectors.get('id_1')
       */
      get(id: string, options?: RequestOptions): ApiPromise<ConnectorsGetResponse> {
        return api.request('get', '/v1/connectors/{id}', { ...options, params: { path: { id: id } } });
      },
      /**
       * Delete connector.
       * Delete a connector by ID
       * DELETE /v1/connectors/{id}
       * @param id - Connector ID
       * @example await client.connectors.delete('id_1')
       */
      delete(id: string, options?: RequestOptions): ApiPromise<ConnectorsDeleteResponse> {
        return api.request('delete', '/v1/connectors/{id}', { ...options, params: { path: { id: id } } });
      },
      /**
       * List files in a connector (S3).
       * List files for a connector by ID (currently supports S3 connectors)
       * GET /v1/connectors/{id}/files
       * @param id - Connector ID
       * @example await client.connectors.listFiles('id_1')
       */
      listFiles(
        id: string,
        params: ConnectorsListFilesParams = {},
        options?: RequestOptions,
      ): ApiPromise<ConnectorsListFilesResponse> {
        return api.request('get', '/v1/connectors/{id}/files', {
          ...options,
          params: { path: { id: id }, query: params },
        });
      },
      /**
       * Scan connector.
       * Scan a connector by ID
       * POST /v1/connectors/{id}/scan
       * @param id - Connector ID
       */
      scan(
        id: string,
        params: ConnectorsScanParams,
        options?: RequestOptions,
      ): ApiPromise<ConnectorsScanResponse> {
        return api.request('post', '/v1/connectors/{id}/scan', {
          ...options,
          params: { path: { id: id } },
          body: params,
        });
      },
    },
    dataModels: {
      /**
       * Get all data models.
       * Retrieve a list of data models with pagination
       * GET /v1/data-models
       * @example await client.dataModels.list()
       */
      list(
        params: DataModelsListParams = {},
        options?: RequestOptions,
      ): PagePromise<DataModelsListResponse, DataModelsListItem> {
        return paginate<DataModelsListResponse, DataModelsListItem>(
          (query) => api.request('get', '/v1/data-models', { ...options, params: { query } }),
          paging1,
          params,
        );
      },
      /**
       * Create data model.
       * Create a new data model
       * POST /v1/data-models
       */
      create(params: DataModelsCreateParams, options?: RequestOptions): ApiPromise<DataModelsCreateResponse> {
        return api.request('post', '/v1/data-models', { ...options, body: params });
      },
      /**
       * Get data model.
       * Retrieve a data model by ID
       * GET /v1/data-models/{id}
       * @param id - Data model ID
       * @example await client.dataModels.get('id_1')
       */
      get(id: string, options?: RequestOptions): ApiPromise<DataModelsGetResponse> {
        return api.request('get', '/v1/data-models/{id}', { ...options, params: { path: { id: id } } });
      },
      /**
       * Update data model.
       * Update a data model by ID
       * PUT /v1/data-models/{id}
       * @param id - Data model ID
       */
      update(
        id: string,
        params: DataModelsUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<DataModelsUpdateResponse> {
        return api.request('put', '/v1/data-models/{id}', {
          ...options,
          params: { path: { id: id } },
          body: params,
        });
      },
      /**
       * Delete data model.
       * Delete a data model by ID
       * DELETE /v1/data-models/{id}
       * @param id - Data model ID
       * @example await client.dataModels.delete('id_1')
       */
      delete(id: string, options?: RequestOptions): ApiPromise<DataModelsDeleteResponse> {
        return api.request('delete', '/v1/data-models/{id}', { ...options, params: { path: { id: id } } });
      },
    },
    evaluations: {
      /**
       * Create evaluation.
       * Create a new evaluation of a checkpoint against a benchmark.
       * POST /v1/evaluations
       */
      create(
        params: EvaluationsCreateParams,
        options?: RequestOptions,
      ): ApiPromise<EvaluationsCreateResponse> {
        return api.request('post', '/v1/evaluations', { ...options, body: params });
      },
    },
    experts: {
      /**
       * List all experts.
       * Get a comprehensive list of all available experts
       * GET /v1/experts
       * @example await client.experts.list()
       */
      list(
        params: ExpertsListParams = {},
        options?: RequestOptions,
      ): PagePromise<ExpertsListResponse, ExpertsListItem> {
        return paginate<ExpertsListResponse, ExpertsListItem>(
          (query) => api.request('get', '/v1/experts', { ...options, params: { query } }),
          paging1,
          params,
        );
      },
      /**
       * Create expert.
       * Create a new expert with custom configuration and prompt templates
       * POST /v1/experts
       */
      create(params: ExpertsCreateParams, options?: RequestOptions): ApiPromise<ExpertsCreateResponse> {
        return api.request('post', '/v1/experts', { ...options, body: params });
      },
      /**
       * Get expert details.
       * Retrieve a specific expert's complete configuration by ID
       * GET /v1/experts/{id}
       * @param id - Expert unique identifier
       * @example await client.experts.get('id_1')
       */
      get(id: string, options?: RequestOptions): ApiPromise<ExpertsGetResponse> {
        return api.request('get', '/v1/experts/{id}', { ...options, params: { path: { id: id } } });
      },
      /**
       * Update expert configuration.
       * Modify an existing expert's configuration by ID
       * PUT /v1/experts/{id}
       * @param id - Expert unique identifier
       */
      update(
        id: string,
        params: ExpertsUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<ExpertsUpdateResponse> {
        return api.request('put', '/v1/experts/{id}', {
          ...options,
          params: { path: { id: id } },
          body: params,
        });
      },
      /**
       * Delete expert.
       * Permanently remove an expert configuration by ID
       * DELETE /v1/experts/{id}
       * @param id - Expert unique identifier
       * @example await client.experts.delete('id_1')
       */
      delete(id: string, options?: RequestOptions): ApiPromise<ExpertsDeleteResponse> {
        return api.request('delete', '/v1/experts/{id}', { ...options, params: { path: { id: id } } });
      },
    },
    inferenceLogs: {
      /**
       * Get inference logs.
       * Retrieve paginated inference logs with various filtering options
       * GET /v1/inference-logs
       * @example await client.inferenceLogs.list()
       */
      list(
        params: InferenceLogsListParams = {},
        options?: RequestOptions,
      ): PagePromise<InferenceLogsListResponse, InferenceLogsListItem> {
        return paginate<InferenceLogsListResponse, InferenceLogsListItem>(
          (query) => api.request('get', '/v1/inference-logs', { ...options, params: { query } }),
          paging2,
          params,
        );
      },
      /**
       * Get inference logs summary.
       * Retrieve aggregated statistics for inference logs within a specified time period
       * GET /v1/inference-logs/summary
       * @example await client.inferenceLogs.summary()
       */
      summary(
        params: InferenceLogsSummaryParams = {},
        options?: RequestOptions,
      ): ApiPromise<InferenceLogsSummaryResponse> {
        return api.request('get', '/v1/inference-logs/summary', { ...options, params: { query: params } });
      },
    },
    insights: {
      /**
       * Create Insight.
       * Create a new Insight conversation
       * POST /v1/insights
       */
      create(params: InsightsCreateParams, options?: RequestOptions): ApiPromise<InsightsCreateResponse> {
        return api.request('post', '/v1/insights', { ...options, body: params });
      },
    },
    leaderboards: {
      /**
       * List leaderboards.
       * Retrieve a paginated list of leaderboards with rankings based on checkpoint performance
       * GET /v1/leaderboards
       * @example await client.leaderboards.list()
       */
      list(
        params: LeaderboardsListParams = {},
        options?: RequestOptions,
      ): PagePromise<LeaderboardsListResponse, LeaderboardsListItem> {
        return paginate<LeaderboardsListResponse, LeaderboardsListItem>(
          (query) => api.request('get', '/v1/leaderboards', { ...options, params: { query } }),
          paging1,
          params,
        );
      },
    },
    users: {
      /**
       * Get logged user informations.
       * Get logged user informations
       * GET /v1/users/me
       * @example await client.users.me()
       */
      me(options?: RequestOptions): ApiPromise<UsersMeResponse> {
        return api.request('get', '/v1/users/me', options);
      },
      /**
       * Update user.
       * Update user
       * PUT /v1/users/me
       */
      update(params: UsersUpdateParams, options?: RequestOptions): ApiPromise<UsersUpdateResponse> {
        return api.request('put', '/v1/users/me', { ...options, body: params });
      },
      /**
       * Add permissions to a user.
       * Add permissions to a user. The seed gives no parameters and no body: the permissions granted are
       * those of the invites the logged-in user accepted.
       * POST /v1/users/permissions
       * @example await client.users.addPermissions()
       */
      addPermissions(options?: RequestOptions): ApiPromise<UsersAddPermissionsResponse> {
        return api.request('post', '/v1/users/permissions', options);
      },
      /**
       * Accept invite.
       * Accept invite: joins the spaces the logged-in user's email was invited to.
       * POST /v1/users/accept-invite
       * @example await client.users.acceptInvite()
       */
      acceptInvite(options?: RequestOptions): ApiPromise<UsersAcceptInviteResponse> {
        return api.request('post', '/v1/users/accept-invite', options);
      },
    },
    models: {
      /**
       * List inference models.
       * Retrieve a list of available inference models from the inference server
       * GET /v1/models
       * @example await client.models.list()
       */
      list(options?: RequestOptions): ApiPromise<ModelsListResponse> {
        return api.request('get', '/v1/models', options);
      },
    },
    personas: {
      /**
       * List personas.
       * Get a paginated list of all personas
       * GET /v1/personas
       * @example await client.personas.list()
       */
      list(
        params: PersonasListParams = {},
        options?: RequestOptions,
      ): PagePromise<PersonasListResponse, PersonasListItem> {
        return paginate<PersonasListResponse, PersonasListItem>(
          (query) => api.request('get', '/v1/personas', { ...options, params: { query } }),
          paging1,
          params,
        );
      },
      /**
       * Create persona.
       * Create a new persona with provided data
       * POST /v1/personas
       */
      create(params: PersonasCreateParams, options?: RequestOptions): ApiPromise<PersonasCreateResponse> {
        return api.request('post', '/v1/personas', { ...options, body: params });
      },
      /**
       * Get persona details.
       * Retrieve a specific persona by ID
       * GET /v1/personas/{id}
       * @param id - Persona unique identifier
       * @example await client.personas.get('id_1')
       */
      get(id: string, options?: RequestOptions): ApiPromise<PersonasGetResponse> {
        return api.request('get', '/v1/personas/{id}', { ...options, params: { path: { id: id } } });
      },
      /**
       * Update persona.
       * Modify an existing persona by ID
       * PUT /v1/personas/{id}
       * @param id - Persona unique identifier
       */
      update(
        id: string,
        params: PersonasUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<PersonasUpdateResponse> {
        return api.request('put', '/v1/personas/{id}', {
          ...options,
          params: { path: { id: id } },
          body: params,
        });
      },
      /**
       * Delete persona.
       * Permanently remove a persona by ID
       * DELETE /v1/personas/{id}
       * @param id - Persona unique identifier
       * @example await client.personas.delete('id_1')
       */
      delete(id: string, options?: RequestOptions): ApiPromise<PersonasDeleteResponse> {
        return api.request('delete', '/v1/personas/{id}', { ...options, params: { path: { id: id } } });
      },
      /**
       * Generate persona completion.
       * Create a persona completion based on prompt and existing data
       * POST /v1/personas/completions
       */
      complete(
        params: PersonasCompleteParams,
        options?: RequestOptions,
      ): ApiPromise<PersonasCompleteResponse> {
        return api.request('post', '/v1/personas/completions', { ...options, body: params });
      },
      /**
       * Upload persona files.
       * Process files to extract and create personas. The personas are held until the upload is confirmed
       * with its `upload_token`.
       * POST /v1/personas/upload
       */
      upload(
        params: PersonasUploadParams,
        options?: UploadRequestOptions,
      ): ApiPromise<PersonasUploadResponse> {
        const form = multipartBody(params);
        return api.request('post', '/v1/personas/upload', {
          ...options,
          body: form.body,
          headers: { ...options?.headers, 'Content-Type': form.contentType },
        });
      },
      /**
       * Confirm pending persona upload.
       * Finalize a pending persona upload with conflict resolution strategy
       * POST /v1/personas/upload/{upload_token}/confirm
       * @param uploadToken - Upload token from previous upload response
       */
      confirmUpload(
        uploadToken: string,
        params: PersonasConfirmUploadParams,
        options?: RequestOptions,
      ): ApiPromise<PersonasConfirmUploadResponse> {
        return api.request('post', '/v1/personas/upload/{upload_token}/confirm', {
          ...options,
          params: { path: { upload_token: uploadToken } },
          body: params,
        });
      },
    },
    spaces: {
      /**
       * Get all spaces.
       * Retrieve all spaces
       * GET /v1/spaces
       * @example await client.spaces.list()
       */
      list(
        params: SpacesListParams = {},
        options?: RequestOptions,
      ): PagePromise<SpacesListResponse, SpacesListItem> {
        return paginate<SpacesListResponse, SpacesListItem>(
          (query) => api.request('get', '/v1/spaces', { ...options, params: { query } }),
          paging1,
          params,
        );
      },
      /**
       * Create space.
       * Create a new space
       * POST /v1/spaces
       */
      create(params: SpacesCreateParams, options?: RequestOptions): ApiPromise<SpacesCreateResponse> {
        return api.request('post', '/v1/spaces', { ...options, body: params });
      },
      /**
       * Get space.
       * Retrieve a space by ID
       * GET /v1/spaces/{id}
       * @param id - Space ID
       * @example await client.spaces.get('id_1')
       */
      get(id: string, options?: RequestOptions): ApiPromise<SpacesGetResponse> {
        return api.request('get', '/v1/spaces/{id}', { ...options, params: { path: { id: id } } });
      },
      /**
       * Update space.
       * Update a space by ID
       * PUT /v1/spaces/{id}
       * @param id - Space ID
       */
      update(
        id: string,
        params: SpacesUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<SpacesUpdateResponse> {
        return api.request('put', '/v1/spaces/{id}', {
          ...options,
          params: { path: { id: id } },
          body: params,
        });
      },
      /**
       * Delete space.
       * Delete a space by ID (it can be restored).
       * DELETE /v1/spaces/{id}
       * @param id - Space ID
       * @example await client.spaces.delete('id_1')
       */
      delete(id: string, options?: RequestOptions): ApiPromise<SpacesDeleteResponse> {
        return api.request('delete', '/v1/spaces/{id}', { ...options, params: { path: { id: id } } });
      },
      /**
       * Invite space.
       * Invite a user to a space
       * POST /v1/spaces/{id}/invite
       * @param id - Space ID
       */
      invite(
        id: string,
        params: SpacesInviteParams,
        options?: RequestOptions,
      ): ApiPromise<SpacesInviteResponse> {
        return api.request('post', '/v1/spaces/{id}/invite', {
          ...options,
          params: { path: { id: id } },
          body: params,
        });
      },
      /**
       * Restore space.
       * Restore a deleted space by ID
       * POST /v1/spaces/{id}/restore
       * @param id - Space ID
       * @example await client.spaces.restore('id_1')
       */
      restore(id: string, options?: RequestOptions): ApiPromise<SpacesRestoreResponse> {
        return api.request('post', '/v1/spaces/{id}/restore', { ...options, params: { path: { id: id } } });
      },
    },
    trainings: {
      /**
       * Get all trainings.
       * Retrieve a list of training jobs with pagination
       * GET /v1/trainings
       * @example await client.trainings.list()
       */
      list(
        params: TrainingsListParams = {},
        options?: RequestOptions,
      ): PagePromise<TrainingsListResponse, TrainingsListItem> {
        return paginate<TrainingsListResponse, TrainingsListItem>(
          (query) => api.request('get', '/v1/trainings', { ...options, params: { query } }),
          paging2,
          params,
        );
      },
      /**
       * Create training.
       * Create a new training job
       * POST /v1/trainings
       */
      create(params: TrainingsCreateParams, options?: RequestOptions): ApiPromise<TrainingsCreateResponse> {
        return api.request('post', '/v1/trainings', { ...options, body: params });
      },
      /**
       * Get training.
       * Retrieve a training job by ID
       * GET /v1/trainings/{id}
       * @param id - Training ID
       * @example await client.trainings.get('id_1')
       */
      get(id: string, options?: RequestOptions): ApiPromise<TrainingsGetResponse> {
        return api.request('get', '/v1/trainings/{id}', { ...options, params: { path: { id: id } } });
      },
      /**
       * Update training.
       * Update a training job by ID
       * PUT /v1/trainings/{id}
       * @param id - Training ID
       */
      update(
        id: string,
        params: TrainingsUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<TrainingsUpdateResponse> {
        return api.request('put', '/v1/trainings/{id}', {
          ...options,
          params: { path: { id: id } },
          body: params,
        });
      },
      /**
       * Delete training.
       * Delete a training job by ID
       * DELETE /v1/trainings/{id}
       * @param id - Training ID
       * @example await client.trainings.delete('id_1')
       */
      delete(id: string, options?: RequestOptions): ApiPromise<TrainingsDeleteResponse> {
        return api.request('delete', '/v1/trainings/{id}', { ...options, params: { path: { id: id } } });
      },
    },
    webhooks: {
      /**
       * Webhook to receive status updates.
       * Receives status updates for all entities (webhook endpoint). The seed lists this among the API's own
       * routes: a client can post an update to it (with its API key, as every route). To receive the updates
       * NeoSpace posts to your endpoint, parse and check them with `parseStatusUpdate` from
       * `@org/inference-client/validate`.
       * POST /v1/webhooks
       */
      statusUpdate(
        params: WebhooksStatusUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<WebhooksStatusUpdateResponse> {
        return api.request('post', '/v1/webhooks', { ...options, body: params });
      },
    },
  });
}

/** The resource namespaces of the client. */
export type Resources = ReturnType<typeof createResources>;
