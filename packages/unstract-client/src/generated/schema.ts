// Generated from specs/unstract.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
export interface paths {
  '/api/v1/unstract/{org_id}/api/deployment/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List API deployments
     * @description The organization's API deployments the caller can see (owned, shared with them, or
     * shared to the organization), most recently run first, a page at a time.
     */
    get: operations['listDeployments'];
    put?: never;
    /**
     * Create an API deployment
     * @description Deploys a workflow as an API. The workflow must have its source and destination
     * endpoints configured, and may have only one active deployment. An API key is created with the
     * deployment and answered once, in `api_key`.
     */
    post: operations['createDeployment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/unstract/{org_id}/api/deployment/{id}/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an API deployment
     * @description One deployment by id.
     */
    get: operations['getDeployment'];
    /**
     * Update an API deployment
     * @description Replaces the deployment's editable fields. Only an owner may do this.
     */
    put: operations['updateDeployment'];
    post?: never;
    /**
     * Delete an API deployment
     * @description Deletes the deployment and its API keys. Only an owner may do this.
     */
    delete: operations['deleteDeployment'];
    options?: never;
    head?: never;
    /**
     * Partially update an API deployment
     * @description Changes only the fields sent, e.g. `is_active` to pause a deployment. Only an owner
     * may do this. Renaming `api_name` moves the execution endpoint.
     */
    patch: operations['partialUpdateDeployment'];
    trace?: never;
  };
  '/api/v1/unstract/{org_id}/api/deployment/{id}/users/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List who a deployment is shared with
     * @description The deployment's viewers, groups and co-owners, and whether it is shared to the whole
     * organization.
     */
    get: operations['listDeploymentUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/unstract/{org_id}/api/deployment/by-prompt-studio-tool/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the deployments that use a Prompt Studio tool
     * @description The caller's deployments of workflows that contain the given Prompt Studio tool, as a
     * bare array (not paged). An unknown tool answers an empty array.
     */
    get: operations['listDeploymentsByPromptStudioTool'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/unstract/{org_id}/api/postman_collection/{id}/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a deployment's Postman collection
     * @description A Postman v2.1 collection with the deployment's execute and status requests,
     * authenticated with its first active API key. Served as a JSON attachment named after the
     * deployment.
     */
    get: operations['getPostmanCollection'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/unstract/{org_id}/api/keys/api/{api_id}/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a deployment's API keys
     * @description Every API key of the deployment, as a bare array.
     */
    get: operations['listApiKeys'];
    put?: never;
    /**
     * Create an API key for a deployment
     * @description Adds a key to the deployment. The path names the deployment; the body need not repeat
     * it.
     */
    post: operations['createApiKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/unstract/{org_id}/api/keys/{id}/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an API key
     * @description One API key by its id (not by its key value).
     */
    get: operations['getApiKey'];
    /**
     * Update an API key
     * @description Sets the key's `is_active` and `description`. The body must name the key's deployment
     * in `api` (or its pipeline in `pipeline`), exactly one of the two: the serializer validates the
     * whole key.
     */
    put: operations['updateApiKey'];
    post?: never;
    /**
     * Delete an API key
     * @description Deletes the key; requests made with it are refused from then on.
     */
    delete: operations['deleteApiKey'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deployment/api/{org_name}/{api_name}/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an execution's status and result
     * @description The status of a run, with its per-file results once COMPLETED. The HTTP status does
     * NOT say whether the run is still going: 200 only for COMPLETED; 422 both while PENDING or EXECUTING
     * and for ERROR, with the same `{status, message}` body. So `executions.getStatus()` throws
     * UnprocessableEntityError for a run in progress (its `body.status` says which); the deployment
     * client's `getExecutionStatus()` and `executeAndWait()` read the `status` field instead. A COMPLETED
     * result is handed out once: later calls answer 406 `{status, message: "Result already
     * acknowledged"}`.
     */
    get: operations['getExecutionStatus'];
    put?: never;
    /**
     * Execute a deployment on documents
     * @description Runs the deployed workflow on the files uploaded (multipart `files`, repeatable) and
     * the files at `presigned_urls`: at least one and at most 32 in total. With `timeout` -1 or 0 (the
     * default) the run is queued and the answer carries `execution_id`, `execution_status` PENDING and
     * `status_api` to poll; with `timeout` 1..300 the server waits up to that many seconds (polling every
     * 2 s) and answers the result when the run finished in time. Authenticate with one of the
     * deployment's API keys. Over the organization's limit of concurrent executions the answer is 429
     * without Retry-After; the run was not started, so the request can be sent again after a backoff.
     */
    post: operations['executeDeployment'];
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
    /** @description The drf-standardized-errors body. */
    DrfError: {
      /** @enum {string} */
      type: 'validation_error' | 'client_error' | 'server_error';
      errors: components['schemas']['DrfErrorItem'][];
    };
    DrfErrorItem: {
      /** @description e.g. `invalid`, `required`, `unique`, `not_found`, `not_authenticated`. */
      code: string;
      detail: string;
      /** @description The field at fault, dotted for nested ones; null for the request as a whole. */
      attr?: string | null;
    };
    /** @description The body of views that answer their own errors; SDK errors add `type` "sdk_error". */
    SimpleError: {
      error: string;
      type?: string;
    };
    /**
     * @description The run's state. PENDING and EXECUTING are in progress; COMPLETED, ERROR and STOPPED
     * are final.
     * @enum {string}
     */
    ExecutionStatus: 'PENDING' | 'EXECUTING' | 'COMPLETED' | 'STOPPED' | 'ERROR';
    /** @description One recent run of a deployment. */
    RunStatus: {
      status?: components['schemas']['ExecutionStatus'];
      /** Format: date-time */
      timestamp?: string | null;
      execution_id?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description A user's id. */
    UserId: number | string;
    UserRef: {
      id: components['schemas']['UserId'];
      email: string;
    };
    GroupRef: {
      id: number | string;
      name: string;
    };
    /** @description An API deployment (APIDeploymentSerializer, all model fields). */
    Deployment: {
      /** Format: uuid */
      id: string;
      display_name: string;
      description?: string;
      /**
       * Format: uuid
       * @description The deployed workflow.
       */
      workflow: string;
      /** @description An inactive deployment refuses executions (404). */
      is_active: boolean;
      /**
       * @description The execution path relative to the host: `deployment/api/{org_id}/{api_name}/`.
       */
      readonly api_endpoint: string;
      /** @description The deployment's name in its execution URL; unique in the organization. */
      api_name: string;
      created_by?: components['schemas']['UserId'] | null;
      modified_by?: components['schemas']['UserId'] | null;
      /** Format: date-time */
      created_at?: string;
      /** Format: date-time */
      modified_at?: string;
      readonly shared_to_org?: boolean;
      readonly shared_groups?: (number | string)[];
    };
    /** @description A deployment as lists show it (APIDeploymentListSerializer). */
    DeploymentListItem: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      workflow: string;
      workflow_name?: string;
      display_name: string;
      description?: string;
      is_active: boolean;
      api_endpoint: string;
      api_name: string;
      created_by?: components['schemas']['UserId'] | null;
      created_by_email?: string | null;
      last_5_run_statuses?: components['schemas']['RunStatus'][];
      run_count?: number;
      /** Format: date-time */
      last_run_time?: string | null;
      is_owner?: boolean;
      co_owners_count?: number;
    };
    PaginatedDeploymentList: {
      /** @description Deployments across all pages. */
      count: number;
      /**
       * Format: uri
       * @description The next page's URL; null on the last page.
       */
      next: string | null;
      /** Format: uri */
      previous: string | null;
      results: components['schemas']['DeploymentListItem'][];
    };
    DeploymentCreate: {
      /**
       * Format: uuid
       * @description The workflow to deploy: source and destination configured, no other active
       * deployment.
       */
      workflow: string;
      /** @description Letters, digits, `-` and `_`; unique in the organization. */
      api_name: string;
      /** @description Default: "default api". */
      display_name?: string;
      /** @description Default: empty. */
      description?: string;
      /** @description Default: true. */
      is_active?: boolean;
    };
    /** @description A full update; `workflow` and `api_name` must be sent again. */
    DeploymentUpdate: {
      /** Format: uuid */
      workflow: string;
      api_name: string;
      display_name?: string;
      description?: string;
      is_active?: boolean;
    };
    DeploymentPatch: {
      /** Format: uuid */
      workflow?: string;
      api_name?: string;
      display_name?: string;
      description?: string;
      is_active?: boolean;
    };
    /** @description What a create answers (DeploymentResponseSerializer), with the first API key. */
    DeploymentCreated: {
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description The key to execute the deployment with.
       */
      api_key: string;
      api_endpoint: string;
      display_name: string;
      description: string;
      api_name: string;
      /**
       * @description "True" or "False": the serializer declares this a CharField, so the boolean is
       * sent as text.
       */
      is_active: string | boolean;
    };
    DeploymentSharing: {
      /** Format: uuid */
      id: string;
      display_name: string;
      /** @description Users given direct (viewer) access. */
      shared_users: components['schemas']['UserRef'][];
      shared_to_org: boolean;
      shared_groups: components['schemas']['GroupRef'][];
      /** @description Every owner, the creator included. */
      co_owners: components['schemas']['UserRef'][];
      created_by: components['schemas']['UserRef'] | null;
    };
    /** @description A Postman v2.1 collection (postman_collection/dto.py). */
    PostmanCollection: {
      info: {
        name: string;
        /** @description The Postman collection schema URL (v2.1.0). */
        schema: string;
        description?: string;
      };
      item: components['schemas']['PostmanItem'][];
    };
    PostmanItem: {
      name: string;
      request: {
        method: string;
        url: string;
        header: {
          key: string;
          value: string;
        }[];
        body?: {
          mode: string;
          formdata: {
            key: string;
            /** @enum {string} */
            type: 'file' | 'text';
            src?: string | null;
            value?: string | number | boolean | null;
          }[];
        } | null;
      };
    };
    ApiKey: {
      /**
       * Format: uuid
       * @description The key's id, for get/update/delete.
       */
      id: string;
      /**
       * Format: uuid
       * @description The secret: send it as `Authorization: Bearer <api_key>`.
       */
      api_key: string;
      /** @description An inactive key is refused (401). */
      is_active: boolean;
      description?: string | null;
      /**
       * Format: uuid
       * @description The deployment the key belongs to.
       */
      api: string | null;
      /**
       * Format: uuid
       * @description The pipeline the key belongs to; exactly one of `api` and `pipeline` is set.
       */
      pipeline: string | null;
      created_by?: components['schemas']['UserId'] | null;
      modified_by?: components['schemas']['UserId'] | null;
      /** Format: date-time */
      created_at?: string;
      /** Format: date-time */
      modified_at?: string;
    };
    ApiKeyCreate: {
      description?: string | null;
      /** @description Default: true. */
      is_active?: boolean;
    };
    ApiKeyUpdate: {
      description?: string | null;
      is_active?: boolean;
      /**
       * Format: uuid
       * @description The key's deployment; send it (or `pipeline`).
       */
      api?: string | null;
      /** Format: uuid */
      pipeline?: string | null;
    };
    ExecuteRequest:
      | {
          /**
           * @description The documents, one part each (repeat the field). Files and URLs together count to
           * 32.
           */
          files?: string[];
          /**
           * @description Seconds the server waits for the result; -1 or 0 queue the run and answer at once.
           * @default -1
           */
          timeout: number;
          /**
           * @description Keep each file result's `result.metadata`.
           * @default false
           */
          include_metadata: boolean;
          /**
           * @description Keep each file result's `result.metrics`.
           * @default false
           */
          include_metrics: boolean;
          /**
           * @description Add each file's extracted text as `extracted_text`.
           * @default false
           */
          include_extracted_text: boolean;
          /** @description Comma-separated tags for the run, e.g. `invoices,march`. */
          tags?: string;
          /** @description An LLM profile (that you own) to use instead of the default. */
          llm_profile_id?: string | null;
          /** @description Manual review queue (Enterprise; others answer 400). */
          hitl_queue_name?: string | null;
          /** @description Groups documents reviewed together (Enterprise). */
          hitl_packet_id?: string | null;
          /** @description HTTPS S3 pre-signed URLs the server downloads the documents from. */
          presigned_urls?: string[];
          /** @description Values for `{{custom_data.key}}` placeholders in the workflow's prompts. */
          custom_data?: {
            [key: string]: unknown;
          } | null;
          /**
           * @description Answer from the file history for documents seen before (undocumented).
           * @default false
           */
          use_file_history: boolean;
        }
      | {
          files: unknown;
        }
      | {
          presigned_urls: unknown;
        };
    ExecuteResponse: {
      message: components['schemas']['Execution'];
    };
    /** @description A run as the execute call answers it (APIExecutionResponseSerializer). */
    Execution: {
      /**
       * Format: uuid
       * @description The deployment's workflow. Present when the answer is built from ExecutionResponse
       * as a whole.
       */
      workflow_id?: string;
      /** Format: uuid */
      execution_id: string;
      execution_status: components['schemas']['ExecutionStatus'];
      /**
       * @description The status URL relative to the host:
       * `/deployment/api/{org}/{api}/?execution_id=<uuid>`.
       */
      status_api?: string | null;
      error?: string | null;
      /**
       * @description The per-file results when the run finished within `timeout`; null while queued.
       */
      result?: components['schemas']['FileResult'][] | null;
    };
    ExecutionStatusResponse: {
      status: components['schemas']['ExecutionStatus'];
      /**
       * @description The per-file results when COMPLETED; null while in progress; the error or results
       * on ERROR.
       */
      message?: components['schemas']['FileResult'][] | string | null;
    };
    ExecutionAcknowledged: {
      status: components['schemas']['ExecutionStatus'];
      /** @constant */
      message: 'Result already acknowledged';
    };
    /** @description What the workflow made of one document. */
    FileResult: {
      /** @description The document's file name. */
      file: string;
      file_execution_id?: string;
      /** @description The file's own outcome, e.g. `Success` or `Failed`. */
      status?: string;
      result?: components['schemas']['FileOutput'] | null;
      metadata?: components['schemas']['FileMetadata'];
      /** @description The file's timings and token counts, with `include_metrics`. */
      metrics?: {
        [key: string]: unknown;
      };
      /** @description Why this document failed; null when it did not. */
      error?: string | null;
      /** @description The document's text, with `include_extracted_text`. */
      extracted_text?: string;
    };
    FileOutput: {
      /**
       * @description The structured output: an object keyed by the workflow's prompt names (or text,
       * for text outputs). Its shape is defined by the deployed Prompt Studio project, not by the API.
       */
      output?:
        | {
            [key: string]: unknown;
          }
        | string
        | null;
      /** @description Per-prompt context, highlight data and model usage, with `include_metadata`. */
      metadata?: {
        [key: string]: unknown;
      };
      /** @description Per-prompt timings and token counts, with `include_metrics`. */
      metrics?: {
        [key: string]: unknown;
      };
    };
    FileMetadata: {
      source_name?: string;
      source_hash?: string;
      file_execution_id?: string;
      workflow_id?: string;
      execution_id?: string;
      organization_id?: string;
      total_elapsed_time?: number | null;
      workflow_start_time?: number | null;
      tags?: string[];
      /** @description Aggregated token usage, with `include_metadata` or `include_metrics`. */
      usage?: {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
  };
  responses: {
    /** @description The request broke a rule (a field, or the request as a whole when `attr` is null). */
    ValidationError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['DrfError'];
      };
    };
    /** @description No credential, or a key that is not valid for this resource. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['DrfError'];
      };
    };
    /** @description The caller may not do this (e.g. not an owner of the deployment). */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['DrfError'];
      };
    };
    /** @description No such resource; the detail reads e.g. "API not found" or "Not found.". */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['DrfError'];
      };
    };
    /**
     * @description The organization has as many executions running as its limit allows (20 by default;
     * 100 across the installation). No Retry-After is sent; retry with backoff.
     */
    ExecutionLimit: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['DrfError'];
      };
    };
  };
  parameters: {
    /** @description The organization id; the client fills it from its `orgId` option. */
    orgId: string;
    /**
     * @description The organization id, as in the deployment's `api_endpoint`; the client fills it from
     * `orgId`.
     */
    orgName: string;
    /** @description The deployment's `api_name`. */
    apiName: string;
    /** @description The deployment id. */
    deploymentId: string;
    /** @description The deployment id. */
    apiId: string;
    /** @description The API key's id (not its key value). */
    apiKeyId: string;
    /** @description The page, from 1. A page past the last answers 404. */
    page: number;
    /** @description Items per page; larger values are cut to 1000. */
    pageSize: number;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listDeployments: {
    parameters: {
      query?: {
        /** @description The page, from 1. A page past the last answers 404. */
        page?: components['parameters']['page'];
        /** @description Items per page; larger values are cut to 1000. */
        page_size?: components['parameters']['pageSize'];
        /** @description Only deployments of this workflow. */
        workflow?: string;
        /** @description Only deployments whose display name contains this text (case-insensitive). */
        search?: string;
        /** @description Only the deployment with exactly this API name. */
        api_name?: string;
      };
      header?: never;
      path: {
        /** @description The organization id; the client fills it from its `orgId` option. */
        org_id: components['parameters']['orgId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of deployments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 1,
           *       "next": null,
           *       "previous": null,
           *       "results": [
           *         {
           *           "id": "6f1c2a4e-8b1d-4c7a-9e0f-2b3c4d5e6f70",
           *           "workflow": "0b9d6c1a-3e2f-4a5b-8c7d-9e0f1a2b3c4d",
           *           "workflow_name": "Invoice extraction",
           *           "display_name": "Invoices",
           *           "description": "Extracts totals from invoices",
           *           "is_active": true,
           *           "api_endpoint": "deployment/api/org_HJqNgodUQsA99S3A/invoices/",
           *           "api_name": "invoices",
           *           "created_by": 12,
           *           "created_by_email": "ada@example.com",
           *           "last_5_run_statuses": [
           *             {
           *               "status": "COMPLETED",
           *               "timestamp": "2026-03-02T10:15:00Z",
           *               "execution_id": "e748d90f-af7d-4a98-813d-4c47344ff595"
           *             }
           *           ],
           *           "run_count": 42,
           *           "last_run_time": "2026-03-02T10:15:00Z",
           *           "is_owner": true,
           *           "co_owners_count": 1
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['PaginatedDeploymentList'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createDeployment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization id; the client fills it from its `orgId` option. */
        org_id: components['parameters']['orgId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeploymentCreate'];
      };
    };
    responses: {
      /** @description The deployment, with its first API key. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6f1c2a4e-8b1d-4c7a-9e0f-2b3c4d5e6f70",
           *       "api_key": "3c9f6a2e-1d4b-4e8a-9c7f-5b2a1d0e9f8c",
           *       "api_endpoint": "deployment/api/org_HJqNgodUQsA99S3A/invoices/",
           *       "display_name": "Invoices",
           *       "description": "Extracts totals from invoices",
           *       "api_name": "invoices",
           *       "is_active": "True"
           *     }
           */
          'application/json': components['schemas']['DeploymentCreated'];
        };
      };
      400: components['responses']['ValidationError'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  getDeployment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization id; the client fills it from its `orgId` option. */
        org_id: components['parameters']['orgId'];
        /** @description The deployment id. */
        id: components['parameters']['deploymentId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deployment. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6f1c2a4e-8b1d-4c7a-9e0f-2b3c4d5e6f70",
           *       "display_name": "Invoices",
           *       "description": "Extracts totals from invoices",
           *       "workflow": "0b9d6c1a-3e2f-4a5b-8c7d-9e0f1a2b3c4d",
           *       "is_active": true,
           *       "api_endpoint": "deployment/api/org_HJqNgodUQsA99S3A/invoices/",
           *       "api_name": "invoices",
           *       "created_by": 12,
           *       "modified_by": 12,
           *       "created_at": "2026-02-01T09:00:00Z",
           *       "modified_at": "2026-02-01T09:00:00Z",
           *       "shared_to_org": false,
           *       "shared_groups": []
           *     }
           */
          'application/json': components['schemas']['Deployment'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateDeployment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization id; the client fills it from its `orgId` option. */
        org_id: components['parameters']['orgId'];
        /** @description The deployment id. */
        id: components['parameters']['deploymentId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeploymentUpdate'];
      };
    };
    responses: {
      /** @description The deployment as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6f1c2a4e-8b1d-4c7a-9e0f-2b3c4d5e6f70",
           *       "display_name": "Invoices (EU)",
           *       "description": "Extracts totals from invoices",
           *       "workflow": "0b9d6c1a-3e2f-4a5b-8c7d-9e0f1a2b3c4d",
           *       "is_active": true,
           *       "api_endpoint": "deployment/api/org_HJqNgodUQsA99S3A/invoices/",
           *       "api_name": "invoices",
           *       "created_by": 12,
           *       "modified_by": 12,
           *       "created_at": "2026-02-01T09:00:00Z",
           *       "modified_at": "2026-02-03T14:30:00Z",
           *       "shared_to_org": false,
           *       "shared_groups": []
           *     }
           */
          'application/json': components['schemas']['Deployment'];
        };
      };
      400: components['responses']['ValidationError'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  deleteDeployment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization id; the client fills it from its `orgId` option. */
        org_id: components['parameters']['orgId'];
        /** @description The deployment id. */
        id: components['parameters']['deploymentId'];
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
    };
  };
  partialUpdateDeployment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization id; the client fills it from its `orgId` option. */
        org_id: components['parameters']['orgId'];
        /** @description The deployment id. */
        id: components['parameters']['deploymentId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeploymentPatch'];
      };
    };
    responses: {
      /** @description The deployment as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6f1c2a4e-8b1d-4c7a-9e0f-2b3c4d5e6f70",
           *       "display_name": "Invoices",
           *       "description": "Extracts totals from invoices",
           *       "workflow": "0b9d6c1a-3e2f-4a5b-8c7d-9e0f1a2b3c4d",
           *       "is_active": false,
           *       "api_endpoint": "deployment/api/org_HJqNgodUQsA99S3A/invoices/",
           *       "api_name": "invoices",
           *       "created_by": 12,
           *       "modified_by": 12,
           *       "created_at": "2026-02-01T09:00:00Z",
           *       "modified_at": "2026-02-04T08:00:00Z",
           *       "shared_to_org": false,
           *       "shared_groups": []
           *     }
           */
          'application/json': components['schemas']['Deployment'];
        };
      };
      400: components['responses']['ValidationError'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listDeploymentUsers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization id; the client fills it from its `orgId` option. */
        org_id: components['parameters']['orgId'];
        /** @description The deployment id. */
        id: components['parameters']['deploymentId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deployment's sharing. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "6f1c2a4e-8b1d-4c7a-9e0f-2b3c4d5e6f70",
           *       "display_name": "Invoices",
           *       "shared_users": [
           *         {
           *           "id": 15,
           *           "email": "grace@example.com"
           *         }
           *       ],
           *       "shared_to_org": false,
           *       "shared_groups": [
           *         {
           *           "id": 3,
           *           "name": "Finance"
           *         }
           *       ],
           *       "co_owners": [
           *         {
           *           "id": 12,
           *           "email": "ada@example.com"
           *         }
           *       ],
           *       "created_by": {
           *         "id": 12,
           *         "email": "ada@example.com"
           *       }
           *     }
           */
          'application/json': components['schemas']['DeploymentSharing'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  listDeploymentsByPromptStudioTool: {
    parameters: {
      query: {
        /** @description The Prompt Studio tool (custom tool) id. */
        tool_id: string;
      };
      header?: never;
      path: {
        /** @description The organization id; the client fills it from its `orgId` option. */
        org_id: components['parameters']['orgId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deployments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "id": "6f1c2a4e-8b1d-4c7a-9e0f-2b3c4d5e6f70",
           *         "workflow": "0b9d6c1a-3e2f-4a5b-8c7d-9e0f1a2b3c4d",
           *         "workflow_name": "Invoice extraction",
           *         "display_name": "Invoices",
           *         "description": "Extracts totals from invoices",
           *         "is_active": true,
           *         "api_endpoint": "deployment/api/org_HJqNgodUQsA99S3A/invoices/",
           *         "api_name": "invoices",
           *         "created_by": 12,
           *         "created_by_email": "ada@example.com",
           *         "last_5_run_statuses": [],
           *         "run_count": 0,
           *         "last_run_time": null,
           *         "is_owner": true,
           *         "co_owners_count": 1
           *       }
           *     ]
           */
          'application/json': components['schemas']['DeploymentListItem'][];
        };
      };
      /** @description `tool_id` is missing. This view answers its own `{error}` body. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimpleError'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      /**
       * @description The lookup failed on the server; this view answers its own `{error}` body: "Failed
       * to fetch API deployments".
       */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimpleError'];
        };
      };
    };
  };
  getPostmanCollection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization id; the client fills it from its `orgId` option. */
        org_id: components['parameters']['orgId'];
        /** @description The deployment id. */
        id: components['parameters']['deploymentId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The collection. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "info": {
           *         "name": "invoices",
           *         "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
           *         "description": "Extracts totals from invoices"
           *       },
           *       "item": [
           *         {
           *           "name": "Process document",
           *           "request": {
           *             "method": "POST",
           *             "url": "https://us-central.unstract.com/deployment/api/org_HJqNgodUQsA99S3A/invoices/",
           *             "header": [
           *               {
           *                 "key": "Authorization",
           *                 "value": "Bearer 3c9f6a2e-1d4b-4e8a-9c7f-5b2a1d0e9f8c"
           *               }
           *             ],
           *             "body": {
           *               "mode": "formdata",
           *               "formdata": [
           *                 {
           *                   "key": "files",
           *                   "type": "file",
           *                   "src": ""
           *                 },
           *                 {
           *                   "key": "timeout",
           *                   "type": "text",
           *                   "value": 300
           *                 }
           *               ]
           *             }
           *           }
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['PostmanCollection'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
      /** @description The deployment has no active API key to put in the collection. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DrfError'];
        };
      };
    };
  };
  listApiKeys: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization id; the client fills it from its `orgId` option. */
        org_id: components['parameters']['orgId'];
        /** @description The deployment id. */
        api_id: components['parameters']['apiId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The keys. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
           *         "api_key": "3c9f6a2e-1d4b-4e8a-9c7f-5b2a1d0e9f8c",
           *         "is_active": true,
           *         "description": "API Key for invoices",
           *         "api": "6f1c2a4e-8b1d-4c7a-9e0f-2b3c4d5e6f70",
           *         "pipeline": null,
           *         "created_by": 12,
           *         "modified_by": 12,
           *         "created_at": "2026-02-01T09:00:00Z",
           *         "modified_at": "2026-02-01T09:00:00Z"
           *       }
           *     ]
           */
          'application/json': components['schemas']['ApiKey'][];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  createApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization id; the client fills it from its `orgId` option. */
        org_id: components['parameters']['orgId'];
        /** @description The deployment id. */
        api_id: components['parameters']['apiId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApiKeyCreate'];
      };
    };
    responses: {
      /** @description The key created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
           *       "api_key": "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a",
           *       "is_active": true,
           *       "description": "CI key",
           *       "api": "6f1c2a4e-8b1d-4c7a-9e0f-2b3c4d5e6f70",
           *       "pipeline": null,
           *       "created_by": 12,
           *       "modified_by": 12,
           *       "created_at": "2026-02-05T11:00:00Z",
           *       "modified_at": "2026-02-05T11:00:00Z"
           *     }
           */
          'application/json': components['schemas']['ApiKey'];
        };
      };
      400: components['responses']['ValidationError'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  getApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization id; the client fills it from its `orgId` option. */
        org_id: components['parameters']['orgId'];
        /** @description The API key's id (not its key value). */
        id: components['parameters']['apiKeyId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The key. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
           *       "api_key": "3c9f6a2e-1d4b-4e8a-9c7f-5b2a1d0e9f8c",
           *       "is_active": true,
           *       "description": "API Key for invoices",
           *       "api": "6f1c2a4e-8b1d-4c7a-9e0f-2b3c4d5e6f70",
           *       "pipeline": null,
           *       "created_by": 12,
           *       "modified_by": 12,
           *       "created_at": "2026-02-01T09:00:00Z",
           *       "modified_at": "2026-02-01T09:00:00Z"
           *     }
           */
          'application/json': components['schemas']['ApiKey'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  updateApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization id; the client fills it from its `orgId` option. */
        org_id: components['parameters']['orgId'];
        /** @description The API key's id (not its key value). */
        id: components['parameters']['apiKeyId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApiKeyUpdate'];
      };
    };
    responses: {
      /** @description The key as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
           *       "api_key": "3c9f6a2e-1d4b-4e8a-9c7f-5b2a1d0e9f8c",
           *       "is_active": false,
           *       "description": "Paused",
           *       "api": "6f1c2a4e-8b1d-4c7a-9e0f-2b3c4d5e6f70",
           *       "pipeline": null,
           *       "created_by": 12,
           *       "modified_by": 12,
           *       "created_at": "2026-02-01T09:00:00Z",
           *       "modified_at": "2026-02-06T16:00:00Z"
           *     }
           */
          'application/json': components['schemas']['ApiKey'];
        };
      };
      400: components['responses']['ValidationError'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
      404: components['responses']['NotFound'];
    };
  };
  deleteApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization id; the client fills it from its `orgId` option. */
        org_id: components['parameters']['orgId'];
        /** @description The API key's id (not its key value). */
        id: components['parameters']['apiKeyId'];
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
    };
  };
  getExecutionStatus: {
    parameters: {
      query: {
        /** @description The `execution_id` the execute call answered. */
        execution_id: string;
        /** @description Keep each file result's `result.metadata`. */
        include_metadata?: boolean;
        /** @description Keep each file result's `result.metrics`. */
        include_metrics?: boolean;
        /** @description Add each file's extracted text as `extracted_text`. */
        include_extracted_text?: boolean;
      };
      header?: never;
      path: {
        /**
         * @description The organization id, as in the deployment's `api_endpoint`; the client fills
         * it from `orgId`.
         */
        org_name: components['parameters']['orgName'];
        /** @description The deployment's `api_name`. */
        api_name: components['parameters']['apiName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description COMPLETED, with the per-file results. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "COMPLETED",
           *       "message": [
           *         {
           *           "file": "march.pdf",
           *           "file_execution_id": "4f5e6d7c-8b9a-4c0d-9e1f-2a3b4c5d6e7f",
           *           "status": "Success",
           *           "result": {
           *             "output": {
           *               "invoice_total": "1,240.00",
           *               "currency": "EUR"
           *             }
           *           },
           *           "metadata": {
           *             "source_name": "march.pdf",
           *             "source_hash": "9bfb3c389658c442101e8c01c7f5eb722e2440297c490a63bf2a848083067da9",
           *             "workflow_id": "0b9d6c1a-3e2f-4a5b-8c7d-9e0f1a2b3c4d",
           *             "execution_id": "e748d90f-af7d-4a98-813d-4c47344ff595",
           *             "organization_id": "org_HJqNgodUQsA99S3A",
           *             "total_elapsed_time": 12.4,
           *             "tags": []
           *           },
           *           "error": null
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['ExecutionStatusResponse'];
        };
      };
      400: components['responses']['ValidationError'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      /** @description The COMPLETED result was already handed out by an earlier call. */
      406: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExecutionAcknowledged'];
        };
      };
      /** @description Still PENDING or EXECUTING (not an error), or ERROR. Read `status`. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExecutionStatusResponse'];
        };
      };
      /** @description A tool image of the workflow is missing from the registry. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExecutionStatusResponse'];
        };
      };
    };
  };
  executeDeployment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The organization id, as in the deployment's `api_endpoint`; the client fills
         * it from `orgId`.
         */
        org_name: components['parameters']['orgName'];
        /** @description The deployment's `api_name`. */
        api_name: components['parameters']['apiName'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['ExecuteRequest'];
      };
    };
    responses: {
      /** @description The run, queued (async) or finished (sync within `timeout`). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": {
           *         "workflow_id": "0b9d6c1a-3e2f-4a5b-8c7d-9e0f1a2b3c4d",
           *         "execution_id": "e748d90f-af7d-4a98-813d-4c47344ff595",
           *         "execution_status": "PENDING",
           *         "status_api": "/deployment/api/org_HJqNgodUQsA99S3A/invoices/?execution_id=e748d90f-af7d-4a98-813d-4c47344ff595",
           *         "error": null,
           *         "result": null
           *       }
           *     }
           */
          'application/json': components['schemas']['ExecuteResponse'];
        };
      };
      400: components['responses']['ValidationError'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      /** @description The deployment has no active API key (NoActiveAPIKeyError). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DrfError'];
        };
      };
      /** @description The run failed (`execution_status` ERROR, with `error`). Same body as 200. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExecuteResponse'];
        };
      };
      429: components['responses']['ExecutionLimit'];
      /**
       * @description A tool image of the workflow is missing from the registry (TOOL_IMAGE_NOT_FOUND).
       * Same body as 200.
       */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExecuteResponse'];
        };
      };
    };
  };
}
