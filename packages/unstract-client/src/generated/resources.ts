// Generated from specs/unstract.yaml by scripts/generate.mjs (pnpm generate).
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
export const servers = { 'us-central': 'https://us-central.unstract.com' } as const;

/**
 * Statuses the vendor uses for "not processed, try again" beyond core's (the spec's `x-sdk-retry-statuses`).
 */
export const retryStatuses: readonly number[] = [];

/** Parameters of `deployments.list()` (GET /api/v1/unstract/{org_id}/api/deployment/). */
export type DeploymentsListParams = OptionalOrUndefined<
  NonNullable<paths['/api/v1/unstract/{org_id}/api/deployment/']['get']['parameters']['query']> & {
    org_id?: string;
  }
>;
/** What `deployments.list()` resolves with. */
export type DeploymentsListResponse = ResponseData<paths, '/api/v1/unstract/{org_id}/api/deployment/', 'get'>;
/** One item of `deployments.list()`. */
export type DeploymentsListItem = NonNullable<DeploymentsListResponse['results']>[number];

/** Parameters of `deployments.create()` (POST /api/v1/unstract/{org_id}/api/deployment/). */
export type DeploymentsCreateParams = OptionalOrUndefined<
  (paths['/api/v1/unstract/{org_id}/api/deployment/']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { org_id?: string }
>;
/** What `deployments.create()` resolves with. */
export type DeploymentsCreateResponse = ResponseData<
  paths,
  '/api/v1/unstract/{org_id}/api/deployment/',
  'post'
>;

/** Parameters of `deployments.get()` (GET /api/v1/unstract/{org_id}/api/deployment/{id}/). */
export type DeploymentsGetParams = OptionalOrUndefined<{ org_id?: string }>;
/** What `deployments.get()` resolves with. */
export type DeploymentsGetResponse = ResponseData<
  paths,
  '/api/v1/unstract/{org_id}/api/deployment/{id}/',
  'get'
>;

/** Parameters of `deployments.update()` (PUT /api/v1/unstract/{org_id}/api/deployment/{id}/). */
export type DeploymentsUpdateParams = OptionalOrUndefined<
  (paths['/api/v1/unstract/{org_id}/api/deployment/{id}/']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { org_id?: string }
>;
/** What `deployments.update()` resolves with. */
export type DeploymentsUpdateResponse = ResponseData<
  paths,
  '/api/v1/unstract/{org_id}/api/deployment/{id}/',
  'put'
>;

/** Parameters of `deployments.delete()` (DELETE /api/v1/unstract/{org_id}/api/deployment/{id}/). */
export type DeploymentsDeleteParams = OptionalOrUndefined<{ org_id?: string }>;
/** What `deployments.delete()` resolves with. */
export type DeploymentsDeleteResponse = ResponseData<
  paths,
  '/api/v1/unstract/{org_id}/api/deployment/{id}/',
  'delete'
>;

/** Parameters of `deployments.partialUpdate()` (PATCH /api/v1/unstract/{org_id}/api/deployment/{id}/). */
export type DeploymentsPartialUpdateParams = OptionalOrUndefined<
  (paths['/api/v1/unstract/{org_id}/api/deployment/{id}/']['patch']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { org_id?: string }
>;
/** What `deployments.partialUpdate()` resolves with. */
export type DeploymentsPartialUpdateResponse = ResponseData<
  paths,
  '/api/v1/unstract/{org_id}/api/deployment/{id}/',
  'patch'
>;

/** Parameters of `deployments.listUsers()` (GET /api/v1/unstract/{org_id}/api/deployment/{id}/users/). */
export type DeploymentsListUsersParams = OptionalOrUndefined<{ org_id?: string }>;
/** What `deployments.listUsers()` resolves with. */
export type DeploymentsListUsersResponse = ResponseData<
  paths,
  '/api/v1/unstract/{org_id}/api/deployment/{id}/users/',
  'get'
>;

/**
 * Parameters of `deployments.listByPromptStudioTool()` (GET
 * /api/v1/unstract/{org_id}/api/deployment/by-prompt-studio-tool/).
 */
export type DeploymentsListByPromptStudioToolParams = OptionalOrUndefined<
  NonNullable<
    paths['/api/v1/unstract/{org_id}/api/deployment/by-prompt-studio-tool/']['get']['parameters']['query']
  > & { org_id?: string }
>;
/** What `deployments.listByPromptStudioTool()` resolves with. */
export type DeploymentsListByPromptStudioToolResponse = ResponseData<
  paths,
  '/api/v1/unstract/{org_id}/api/deployment/by-prompt-studio-tool/',
  'get'
>;

/**
 * Parameters of `deployments.getPostmanCollection()` (GET
 * /api/v1/unstract/{org_id}/api/postman_collection/{id}/).
 */
export type DeploymentsGetPostmanCollectionParams = OptionalOrUndefined<{ org_id?: string }>;
/** What `deployments.getPostmanCollection()` resolves with. */
export type DeploymentsGetPostmanCollectionResponse = ResponseData<
  paths,
  '/api/v1/unstract/{org_id}/api/postman_collection/{id}/',
  'get'
>;

/** Parameters of `apiKeys.list()` (GET /api/v1/unstract/{org_id}/api/keys/api/{api_id}/). */
export type ApiKeysListParams = OptionalOrUndefined<{ org_id?: string }>;
/** What `apiKeys.list()` resolves with. */
export type ApiKeysListResponse = ResponseData<
  paths,
  '/api/v1/unstract/{org_id}/api/keys/api/{api_id}/',
  'get'
>;

/** Parameters of `apiKeys.create()` (POST /api/v1/unstract/{org_id}/api/keys/api/{api_id}/). */
export type ApiKeysCreateParams = OptionalOrUndefined<
  (paths['/api/v1/unstract/{org_id}/api/keys/api/{api_id}/']['post']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { org_id?: string }
>;
/** What `apiKeys.create()` resolves with. */
export type ApiKeysCreateResponse = ResponseData<
  paths,
  '/api/v1/unstract/{org_id}/api/keys/api/{api_id}/',
  'post'
>;

/** Parameters of `apiKeys.get()` (GET /api/v1/unstract/{org_id}/api/keys/{id}/). */
export type ApiKeysGetParams = OptionalOrUndefined<{ org_id?: string }>;
/** What `apiKeys.get()` resolves with. */
export type ApiKeysGetResponse = ResponseData<paths, '/api/v1/unstract/{org_id}/api/keys/{id}/', 'get'>;

/** Parameters of `apiKeys.update()` (PUT /api/v1/unstract/{org_id}/api/keys/{id}/). */
export type ApiKeysUpdateParams = OptionalOrUndefined<
  (paths['/api/v1/unstract/{org_id}/api/keys/{id}/']['put']['requestBody'] extends
    | { content: { 'application/json': infer B } }
    | undefined
    ? B
    : never) & { org_id?: string }
>;
/** What `apiKeys.update()` resolves with. */
export type ApiKeysUpdateResponse = ResponseData<paths, '/api/v1/unstract/{org_id}/api/keys/{id}/', 'put'>;

/** Parameters of `apiKeys.delete()` (DELETE /api/v1/unstract/{org_id}/api/keys/{id}/). */
export type ApiKeysDeleteParams = OptionalOrUndefined<{ org_id?: string }>;
/** What `apiKeys.delete()` resolves with. */
export type ApiKeysDeleteResponse = ResponseData<paths, '/api/v1/unstract/{org_id}/api/keys/{id}/', 'delete'>;

/** Parameters of `executions.getStatus()` (GET /deployment/api/{org_name}/{api_name}/). */
export type ExecutionsGetStatusParams = OptionalOrUndefined<
  NonNullable<paths['/deployment/api/{org_name}/{api_name}/']['get']['parameters']['query']> & {
    org_name?: string;
  }
>;
/** What `executions.getStatus()` resolves with. */
export type ExecutionsGetStatusResponse = ResponseData<
  paths,
  '/deployment/api/{org_name}/{api_name}/',
  'get'
>;

/** Parameters of `executions.execute()` (POST /deployment/api/{org_name}/{api_name}/). */
export type ExecutionsExecuteParams = OptionalOrUndefined<
  {
    files?: MultipartValue | MultipartValue[];
    timeout?: MultipartValue;
    include_metadata?: MultipartValue;
    include_metrics?: MultipartValue;
    include_extracted_text?: MultipartValue;
    tags?: MultipartValue;
    llm_profile_id?: MultipartValue;
    hitl_queue_name?: MultipartValue;
    hitl_packet_id?: MultipartValue;
    presigned_urls?: MultipartValue | MultipartValue[];
    custom_data?: MultipartValue;
    use_file_history?: MultipartValue;
  } & { org_name?: string }
>;
/** What `executions.execute()` resolves with. */
export type ExecutionsExecuteResponse = ResponseData<paths, '/deployment/api/{org_name}/{api_name}/', 'post'>;

/** Values the client fills in when a call leaves them out. */
export interface ResourceDefaults {
  orgId?: string | undefined;
}

/** The resource namespaces, one method per operation of the spec. */
export function createResources(api: ApiClient<paths>, defaults: ResourceDefaults) {
  // Every method is named `group.method` for hooks and traces.
  return nameOperations({
    deployments: {
      /**
       * List API deployments.
       * The organization's API deployments the caller can see (owned, shared with them, or shared to the
       * organization), most recently run first, a page at a time.
       * GET /api/v1/unstract/{org_id}/api/deployment/
       * @example await client.deployments.list()
       */
      list(
        params: DeploymentsListParams = {},
        options?: RequestOptions,
      ): PagePromise<DeploymentsListResponse, DeploymentsListItem> {
        const { org_id, ...query } = params;
        return paginate<DeploymentsListResponse, DeploymentsListItem>(
          (query) =>
            api.request('get', '/api/v1/unstract/{org_id}/api/deployment/', {
              ...options,
              params: { path: { org_id: org_id ?? defaults.orgId ?? '' }, query },
            }),
          { style: 'page', items: 'results', next: 'next', total: 'count' },
          query,
        );
      },
      /**
       * Create an API deployment.
       * Deploys a workflow as an API. The workflow must have its source and destination endpoints configured,
       * and may have only one active deployment. An API key is created with the deployment and answered once,
       * in `api_key`.
       * POST /api/v1/unstract/{org_id}/api/deployment/
       */
      create(
        params: DeploymentsCreateParams,
        options?: RequestOptions,
      ): ApiPromise<DeploymentsCreateResponse> {
        const { org_id, ...rest } = params;
        return api.request('post', '/api/v1/unstract/{org_id}/api/deployment/', {
          ...options,
          params: { path: { org_id: org_id ?? defaults.orgId ?? '' } },
          body: rest,
        });
      },
      /**
       * Get an API deployment.
       * One deployment by id.
       * GET /api/v1/unstract/{org_id}/api/deployment/{id}/
       * @param id - The deployment id.
       * @example await client.deployments.get('id_1')
       */
      get(
        id: string,
        params: DeploymentsGetParams = {},
        options?: RequestOptions,
      ): ApiPromise<DeploymentsGetResponse> {
        return api.request('get', '/api/v1/unstract/{org_id}/api/deployment/{id}/', {
          ...options,
          params: { path: { org_id: params.org_id ?? defaults.orgId ?? '', id: id } },
        });
      },
      /**
       * Update an API deployment.
       * Replaces the deployment's editable fields. Only an owner may do this.
       * PUT /api/v1/unstract/{org_id}/api/deployment/{id}/
       * @param id - The deployment id.
       */
      update(
        id: string,
        params: DeploymentsUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<DeploymentsUpdateResponse> {
        const { org_id, ...rest } = params;
        return api.request('put', '/api/v1/unstract/{org_id}/api/deployment/{id}/', {
          ...options,
          params: { path: { org_id: org_id ?? defaults.orgId ?? '', id: id } },
          body: rest,
        });
      },
      /**
       * Delete an API deployment.
       * Deletes the deployment and its API keys. Only an owner may do this.
       * DELETE /api/v1/unstract/{org_id}/api/deployment/{id}/
       * @param id - The deployment id.
       * @example await client.deployments.delete('id_1')
       */
      delete(
        id: string,
        params: DeploymentsDeleteParams = {},
        options?: RequestOptions,
      ): ApiPromise<DeploymentsDeleteResponse> {
        return api.request('delete', '/api/v1/unstract/{org_id}/api/deployment/{id}/', {
          ...options,
          params: { path: { org_id: params.org_id ?? defaults.orgId ?? '', id: id } },
        });
      },
      /**
       * Partially update an API deployment.
       * Changes only the fields sent, e.g. `is_active` to pause a deployment. Only an owner may do this.
       * Renaming `api_name` moves the execution endpoint.
       * PATCH /api/v1/unstract/{org_id}/api/deployment/{id}/
       * @param id - The deployment id.
       */
      partialUpdate(
        id: string,
        params: DeploymentsPartialUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<DeploymentsPartialUpdateResponse> {
        const { org_id, ...rest } = params;
        return api.request('patch', '/api/v1/unstract/{org_id}/api/deployment/{id}/', {
          ...options,
          params: { path: { org_id: org_id ?? defaults.orgId ?? '', id: id } },
          body: rest,
        });
      },
      /**
       * List who a deployment is shared with.
       * The deployment's viewers, groups and co-owners, and whether it is shared to the whole organization.
       * GET /api/v1/unstract/{org_id}/api/deployment/{id}/users/
       * @param id - The deployment id.
       * @example await client.deployments.listUsers('id_1')
       */
      listUsers(
        id: string,
        params: DeploymentsListUsersParams = {},
        options?: RequestOptions,
      ): ApiPromise<DeploymentsListUsersResponse> {
        return api.request('get', '/api/v1/unstract/{org_id}/api/deployment/{id}/users/', {
          ...options,
          params: { path: { org_id: params.org_id ?? defaults.orgId ?? '', id: id } },
        });
      },
      /**
       * List the deployments that use a Prompt Studio tool.
       * The caller's deployments of workflows that contain the given Prompt Studio tool, as a bare array (not
       * paged). An unknown tool answers an empty array.
       * GET /api/v1/unstract/{org_id}/api/deployment/by-prompt-studio-tool/
       */
      listByPromptStudioTool(
        params: DeploymentsListByPromptStudioToolParams,
        options?: RequestOptions,
      ): ApiPromise<DeploymentsListByPromptStudioToolResponse> {
        const { org_id, ...query } = params;
        return api.request('get', '/api/v1/unstract/{org_id}/api/deployment/by-prompt-studio-tool/', {
          ...options,
          params: { path: { org_id: org_id ?? defaults.orgId ?? '' }, query },
        });
      },
      /**
       * Download a deployment's Postman collection.
       * A Postman v2.1 collection with the deployment's execute and status requests, authenticated with its
       * first active API key. Served as a JSON attachment named after the deployment.
       * GET /api/v1/unstract/{org_id}/api/postman_collection/{id}/
       * @param id - The deployment id.
       * @example await client.deployments.getPostmanCollection('id_1')
       */
      getPostmanCollection(
        id: string,
        params: DeploymentsGetPostmanCollectionParams = {},
        options?: RequestOptions,
      ): ApiPromise<DeploymentsGetPostmanCollectionResponse> {
        return api.request('get', '/api/v1/unstract/{org_id}/api/postman_collection/{id}/', {
          ...options,
          params: { path: { org_id: params.org_id ?? defaults.orgId ?? '', id: id } },
        });
      },
    },
    apiKeys: {
      /**
       * List a deployment's API keys.
       * Every API key of the deployment, as a bare array.
       * GET /api/v1/unstract/{org_id}/api/keys/api/{api_id}/
       * @param apiId - The deployment id.
       * @example await client.apiKeys.list('api_1')
       */
      list(
        apiId: string,
        params: ApiKeysListParams = {},
        options?: RequestOptions,
      ): ApiPromise<ApiKeysListResponse> {
        return api.request('get', '/api/v1/unstract/{org_id}/api/keys/api/{api_id}/', {
          ...options,
          params: { path: { org_id: params.org_id ?? defaults.orgId ?? '', api_id: apiId } },
        });
      },
      /**
       * Create an API key for a deployment.
       * Adds a key to the deployment. The path names the deployment; the body need not repeat it.
       * POST /api/v1/unstract/{org_id}/api/keys/api/{api_id}/
       * @param apiId - The deployment id.
       */
      create(
        apiId: string,
        params: ApiKeysCreateParams,
        options?: RequestOptions,
      ): ApiPromise<ApiKeysCreateResponse> {
        const { org_id, ...rest } = params;
        return api.request('post', '/api/v1/unstract/{org_id}/api/keys/api/{api_id}/', {
          ...options,
          params: { path: { org_id: org_id ?? defaults.orgId ?? '', api_id: apiId } },
          body: rest,
        });
      },
      /**
       * Get an API key.
       * One API key by its id (not by its key value).
       * GET /api/v1/unstract/{org_id}/api/keys/{id}/
       * @param id - The API key's id (not its key value).
       * @example await client.apiKeys.get('id_1')
       */
      get(
        id: string,
        params: ApiKeysGetParams = {},
        options?: RequestOptions,
      ): ApiPromise<ApiKeysGetResponse> {
        return api.request('get', '/api/v1/unstract/{org_id}/api/keys/{id}/', {
          ...options,
          params: { path: { org_id: params.org_id ?? defaults.orgId ?? '', id: id } },
        });
      },
      /**
       * Update an API key.
       * Sets the key's `is_active` and `description`. The body must name the key's deployment in `api` (or
       * its pipeline in `pipeline`), exactly one of the two: the serializer validates the whole key.
       * PUT /api/v1/unstract/{org_id}/api/keys/{id}/
       * @param id - The API key's id (not its key value).
       */
      update(
        id: string,
        params: ApiKeysUpdateParams,
        options?: RequestOptions,
      ): ApiPromise<ApiKeysUpdateResponse> {
        const { org_id, ...rest } = params;
        return api.request('put', '/api/v1/unstract/{org_id}/api/keys/{id}/', {
          ...options,
          params: { path: { org_id: org_id ?? defaults.orgId ?? '', id: id } },
          body: rest,
        });
      },
      /**
       * Delete an API key.
       * Deletes the key; requests made with it are refused from then on.
       * DELETE /api/v1/unstract/{org_id}/api/keys/{id}/
       * @param id - The API key's id (not its key value).
       * @example await client.apiKeys.delete('id_1')
       */
      delete(
        id: string,
        params: ApiKeysDeleteParams = {},
        options?: RequestOptions,
      ): ApiPromise<ApiKeysDeleteResponse> {
        return api.request('delete', '/api/v1/unstract/{org_id}/api/keys/{id}/', {
          ...options,
          params: { path: { org_id: params.org_id ?? defaults.orgId ?? '', id: id } },
        });
      },
    },
    executions: {
      /**
       * Get an execution's status and result.
       * The status of a run, with its per-file results once COMPLETED. The HTTP status does NOT say whether
       * the run is still going: 200 only for COMPLETED; 422 both while PENDING or EXECUTING and for ERROR,
       * with the same `{status, message}` body. So `executions.getStatus()` throws UnprocessableEntityError
       * for a run in progress (its `body.status` says which); the deployment client's `getExecutionStatus()`
       * and `executeAndWait()` read the `status` field instead. A COMPLETED result is handed out once: later
       * calls answer 406 `{status, message: "Result already acknowledged"}`.
       * GET /deployment/api/{org_name}/{api_name}/
       * @param apiName - The deployment's `api_name`.
       */
      getStatus(
        apiName: string,
        params: ExecutionsGetStatusParams,
        options?: RequestOptions,
      ): ApiPromise<ExecutionsGetStatusResponse> {
        const { org_name, ...query } = params;
        return api.request('get', '/deployment/api/{org_name}/{api_name}/', {
          ...options,
          params: { path: { org_name: org_name ?? defaults.orgId ?? '', api_name: apiName }, query },
        });
      },
      /**
       * Execute a deployment on documents.
       * Runs the deployed workflow on the files uploaded (multipart `files`, repeatable) and the files at
       * `presigned_urls`: at least one and at most 32 in total. With `timeout` -1 or 0 (the default) the run
       * is queued and the answer carries `execution_id`, `execution_status` PENDING and `status_api` to poll;
       * with `timeout` 1..300 the server waits up to that many seconds (polling every 2 s) and answers the
       * result when the run finished in time. Authenticate with one of the deployment's API keys. Over the
       * organization's limit of concurrent executions the answer is 429 without Retry-After; the run was not
       * started, so the request can be sent again after a backoff.
       * POST /deployment/api/{org_name}/{api_name}/
       * @param apiName - The deployment's `api_name`.
       */
      execute(
        apiName: string,
        params: ExecutionsExecuteParams,
        options?: UploadRequestOptions,
      ): ApiPromise<ExecutionsExecuteResponse> {
        const { org_name, ...rest } = params;
        const form = multipartBody(rest, { custom_data: 'application/json' });
        return api.request('post', '/deployment/api/{org_name}/{api_name}/', {
          ...options,
          params: { path: { org_name: org_name ?? defaults.orgId ?? '', api_name: apiName } },
          body: form.body,
          headers: { ...options?.headers, 'Content-Type': form.contentType },
          refuse: missingAnyOf('executions.execute()', rest, [{ files: 1 }, { presigned_urls: 1 }]),
        });
      },
    },
  });
}

/** The resource namespaces of the client. */
export type Resources = ReturnType<typeof createResources>;
