// Generated from specs/unstract.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The spec's request and response schemas: ./validate checks responses with them, ./msw checks requests.
import type { OperationSchemas } from '@org/sdk-core/validate';

/** An operation of the spec, as `METHOD /path`. */
export type Operation =
  | 'GET /api/v1/unstract/{org_id}/api/deployment/'
  | 'POST /api/v1/unstract/{org_id}/api/deployment/'
  | 'GET /api/v1/unstract/{org_id}/api/deployment/{id}/'
  | 'PUT /api/v1/unstract/{org_id}/api/deployment/{id}/'
  | 'DELETE /api/v1/unstract/{org_id}/api/deployment/{id}/'
  | 'PATCH /api/v1/unstract/{org_id}/api/deployment/{id}/'
  | 'GET /api/v1/unstract/{org_id}/api/deployment/{id}/users/'
  | 'GET /api/v1/unstract/{org_id}/api/deployment/by-prompt-studio-tool/'
  | 'GET /api/v1/unstract/{org_id}/api/postman_collection/{id}/'
  | 'GET /api/v1/unstract/{org_id}/api/keys/api/{api_id}/'
  | 'POST /api/v1/unstract/{org_id}/api/keys/api/{api_id}/'
  | 'GET /api/v1/unstract/{org_id}/api/keys/{id}/'
  | 'PUT /api/v1/unstract/{org_id}/api/keys/{id}/'
  | 'DELETE /api/v1/unstract/{org_id}/api/keys/{id}/'
  | 'GET /deployment/api/{org_name}/{api_name}/'
  | 'POST /deployment/api/{org_name}/{api_name}/';

export const operations: Readonly<Record<Operation, OperationSchemas>> = {
  'GET /api/v1/unstract/{org_id}/api/deployment/': {
    operationId: 'listDeployments',
    response: {
      $ref: '#/components/schemas/PaginatedDeploymentList',
    },
  },
  'POST /api/v1/unstract/{org_id}/api/deployment/': {
    operationId: 'createDeployment',
    response: {
      $ref: '#/components/schemas/DeploymentCreated',
    },
    request: {
      $ref: '#/components/schemas/DeploymentCreate',
    },
  },
  'GET /api/v1/unstract/{org_id}/api/deployment/{id}/': {
    operationId: 'getDeployment',
    response: {
      $ref: '#/components/schemas/Deployment',
    },
  },
  'PUT /api/v1/unstract/{org_id}/api/deployment/{id}/': {
    operationId: 'updateDeployment',
    response: {
      $ref: '#/components/schemas/Deployment',
    },
    request: {
      $ref: '#/components/schemas/DeploymentUpdate',
    },
  },
  'DELETE /api/v1/unstract/{org_id}/api/deployment/{id}/': {
    operationId: 'deleteDeployment',
  },
  'PATCH /api/v1/unstract/{org_id}/api/deployment/{id}/': {
    operationId: 'partialUpdateDeployment',
    response: {
      $ref: '#/components/schemas/Deployment',
    },
    request: {
      $ref: '#/components/schemas/DeploymentPatch',
    },
  },
  'GET /api/v1/unstract/{org_id}/api/deployment/{id}/users/': {
    operationId: 'listDeploymentUsers',
    response: {
      $ref: '#/components/schemas/DeploymentSharing',
    },
  },
  'GET /api/v1/unstract/{org_id}/api/deployment/by-prompt-studio-tool/': {
    operationId: 'listDeploymentsByPromptStudioTool',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/DeploymentListItem',
      },
    },
  },
  'GET /api/v1/unstract/{org_id}/api/postman_collection/{id}/': {
    operationId: 'getPostmanCollection',
    response: {
      $ref: '#/components/schemas/PostmanCollection',
    },
  },
  'GET /api/v1/unstract/{org_id}/api/keys/api/{api_id}/': {
    operationId: 'listApiKeys',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/ApiKey',
      },
    },
  },
  'POST /api/v1/unstract/{org_id}/api/keys/api/{api_id}/': {
    operationId: 'createApiKey',
    response: {
      $ref: '#/components/schemas/ApiKey',
    },
    request: {
      $ref: '#/components/schemas/ApiKeyCreate',
    },
  },
  'GET /api/v1/unstract/{org_id}/api/keys/{id}/': {
    operationId: 'getApiKey',
    response: {
      $ref: '#/components/schemas/ApiKey',
    },
  },
  'PUT /api/v1/unstract/{org_id}/api/keys/{id}/': {
    operationId: 'updateApiKey',
    response: {
      $ref: '#/components/schemas/ApiKey',
    },
    request: {
      $ref: '#/components/schemas/ApiKeyUpdate',
    },
  },
  'DELETE /api/v1/unstract/{org_id}/api/keys/{id}/': {
    operationId: 'deleteApiKey',
  },
  'GET /deployment/api/{org_name}/{api_name}/': {
    operationId: 'getExecutionStatus',
    response: {
      $ref: '#/components/schemas/ExecutionStatusResponse',
    },
  },
  'POST /deployment/api/{org_name}/{api_name}/': {
    operationId: 'executeDeployment',
    response: {
      $ref: '#/components/schemas/ExecuteResponse',
    },
  },
};

export const components: { readonly schemas: Readonly<Record<string, unknown>> } = {
  schemas: {
    DrfError: {
      'x-sdk-notes':
        'The drf-standardized-errors body (vendor-facts §4 Errors; backend/middleware/exception.py); the unstract-client SDK reads errors[0].detail.',
      type: 'object',
      description: 'The drf-standardized-errors body.',
      required: ['type', 'errors'],
      properties: {
        type: {
          type: 'string',
          enum: ['validation_error', 'client_error', 'server_error'],
        },
        errors: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/DrfErrorItem',
          },
        },
      },
    },
    DrfErrorItem: {
      'x-sdk-notes': "drf-standardized-errors' error item (code, detail, attr), as DrfError.",
      type: 'object',
      required: ['code', 'detail'],
      properties: {
        code: {
          type: 'string',
          description: 'e.g. `invalid`, `required`, `unique`, `not_found`, `not_authenticated`.',
        },
        detail: {
          type: 'string',
        },
        attr: {
          type: ['string', 'null'],
          description: 'The field at fault, dotted for nested ones; null for the request as a whole.',
        },
      },
    },
    SimpleError: {
      'x-sdk-notes':
        'Views that answer `Response({"error": ...})` themselves (api_deployment_views.py by_prompt_studio_tool); `type` "sdk_error" from vendor-facts §4 Errors.',
      type: 'object',
      description: 'The body of views that answer their own errors; SDK errors add `type` "sdk_error".',
      required: ['error'],
      properties: {
        error: {
          type: 'string',
        },
        type: {
          type: 'string',
        },
      },
    },
    ExecutionStatus: {
      'x-sdk-notes':
        'ExecutionStatus enum of workflow_v2 (vendor-facts §4 Status). The status page also lists QUEUED, INITIATED and READY, which the official client treats as pending; the generated types keep the enum open.',
      type: 'string',
      description:
        "The run's state. PENDING and EXECUTING are in progress; COMPLETED, ERROR and STOPPED are final.",
      enum: ['PENDING', 'EXECUTING', 'COMPLETED', 'STOPPED', 'ERROR'],
    },
    RunStatus: {
      type: 'object',
      description: 'One recent run of a deployment.',
      additionalProperties: true,
      properties: {
        status: {
          $ref: '#/components/schemas/ExecutionStatus',
        },
        timestamp: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        execution_id: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        'From WorkflowExecution.get_last_run_statuses, whose exact keys were not read; `status` is certain, the others are the likely ones and are optional.',
    },
    UserId: {
      type: ['integer', 'string'],
      description: "A user's id.",
      'x-sdk-notes':
        'Django user primary keys; integer in the Unstract schema read, string allowed for other backends.',
    },
    UserRef: {
      'x-sdk-notes':
        "SharedUserListSerializer's `{id, email}` (serializers.py get_shared_users, get_created_by).",
      type: 'object',
      required: ['id', 'email'],
      properties: {
        id: {
          $ref: '#/components/schemas/UserId',
        },
        email: {
          type: 'string',
        },
      },
    },
    GroupRef: {
      'x-sdk-notes':
        "serialize_group_refs of tenant_account_v2.sharing_helpers, read as `{id, name}` (inferred: the helper's body was not read).",
      type: 'object',
      required: ['id', 'name'],
      properties: {
        id: {
          type: ['integer', 'string'],
        },
        name: {
          type: 'string',
        },
      },
    },
    Deployment: {
      'x-sdk-notes':
        'APIDeploymentSerializer (`fields = "__all__"` of the APIDeployment model; serializers.py, models.py).',
      type: 'object',
      description: 'An API deployment (APIDeploymentSerializer, all model fields).',
      required: ['id', 'display_name', 'workflow', 'is_active', 'api_endpoint', 'api_name'],
      properties: {
        id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        display_name: {
          type: 'string',
          maxLength: 30,
        },
        description: {
          type: 'string',
          maxLength: 255,
        },
        workflow: {
          type: 'string',
          description: 'The deployed workflow.',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        is_active: {
          type: 'boolean',
          description: 'An inactive deployment refuses executions (404).',
        },
        api_endpoint: {
          type: 'string',
          readOnly: true,
          description: 'The execution path relative to the host: `deployment/api/{org_id}/{api_name}/`.',
        },
        api_name: {
          type: 'string',
          pattern: '^[a-zA-Z0-9_-]+$',
          maxLength: 30,
          description: "The deployment's name in its execution URL; unique in the organization.",
        },
        created_by: {
          oneOf: [
            {
              $ref: '#/components/schemas/UserId',
            },
            {
              type: 'null',
            },
          ],
        },
        modified_by: {
          oneOf: [
            {
              $ref: '#/components/schemas/UserId',
            },
            {
              type: 'null',
            },
          ],
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
        modified_at: {
          type: 'string',
          format: 'date-time',
        },
        shared_to_org: {
          type: 'boolean',
          readOnly: true,
        },
        shared_groups: {
          type: 'array',
          readOnly: true,
          items: {
            type: ['integer', 'string'],
          },
        },
      },
    },
    DeploymentListItem: {
      'x-sdk-notes': "APIDeploymentListSerializer's field list (serializers.py).",
      type: 'object',
      description: 'A deployment as lists show it (APIDeploymentListSerializer).',
      required: ['id', 'workflow', 'display_name', 'is_active', 'api_endpoint', 'api_name'],
      properties: {
        id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        workflow: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        workflow_name: {
          type: 'string',
        },
        display_name: {
          type: 'string',
        },
        description: {
          type: 'string',
        },
        is_active: {
          type: 'boolean',
        },
        api_endpoint: {
          type: 'string',
        },
        api_name: {
          type: 'string',
        },
        created_by: {
          oneOf: [
            {
              $ref: '#/components/schemas/UserId',
            },
            {
              type: 'null',
            },
          ],
        },
        created_by_email: {
          type: ['string', 'null'],
        },
        last_5_run_statuses: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/RunStatus',
          },
        },
        run_count: {
          type: 'integer',
          minimum: 0,
        },
        last_run_time: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        is_owner: {
          type: 'boolean',
        },
        co_owners_count: {
          type: 'integer',
          minimum: 0,
        },
      },
    },
    PaginatedDeploymentList: {
      'x-sdk-notes':
        "DRF PageNumberPagination's envelope with utils/pagination.py CustomPagination (page_size 50, max 1000).",
      type: 'object',
      required: ['count', 'next', 'previous', 'results'],
      properties: {
        count: {
          type: 'integer',
          minimum: 0,
          description: 'Deployments across all pages.',
        },
        next: {
          type: ['string', 'null'],
          format: 'uri',
          description: "The next page's URL; null on the last page.",
        },
        previous: {
          type: ['string', 'null'],
          format: 'uri',
        },
        results: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/DeploymentListItem',
          },
        },
      },
    },
    DeploymentCreate: {
      type: 'object',
      required: ['workflow', 'api_name'],
      properties: {
        workflow: {
          type: 'string',
          description:
            'The workflow to deploy: source and destination configured, no other active deployment.',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        api_name: {
          type: 'string',
          minLength: 1,
          maxLength: 30,
          pattern: '^[a-zA-Z0-9_-]+$',
          description: 'Letters, digits, `-` and `_`; unique in the organization.',
        },
        display_name: {
          type: 'string',
          minLength: 1,
          maxLength: 30,
          description: 'Default: "default api".',
        },
        description: {
          type: 'string',
          maxLength: 255,
          description: 'Default: empty.',
        },
        is_active: {
          type: 'boolean',
          description: 'Default: true.',
        },
      },
      'x-sdk-notes':
        "The model defaults `api_name` to a uuid4, 36 characters, over its own max_length of 30, so a create without `api_name` fails; it is required here. The server's defaults are written in descriptions, not `default`, because generated types make a property with a `default` required.",
    },
    DeploymentUpdate: {
      'x-sdk-notes':
        "APIDeploymentSerializer as a full update (PUT): the model's required fields again (serializers.py).",
      type: 'object',
      description: 'A full update; `workflow` and `api_name` must be sent again.',
      required: ['workflow', 'api_name'],
      properties: {
        workflow: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        api_name: {
          type: 'string',
          minLength: 1,
          maxLength: 30,
          pattern: '^[a-zA-Z0-9_-]+$',
        },
        display_name: {
          type: 'string',
          minLength: 1,
          maxLength: 30,
        },
        description: {
          type: 'string',
          maxLength: 255,
        },
        is_active: {
          type: 'boolean',
        },
      },
    },
    DeploymentPatch: {
      'x-sdk-notes': 'APIDeploymentSerializer with partial=True (PATCH): any subset of the writable fields.',
      type: 'object',
      properties: {
        workflow: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        api_name: {
          type: 'string',
          minLength: 1,
          maxLength: 30,
          pattern: '^[a-zA-Z0-9_-]+$',
        },
        display_name: {
          type: 'string',
          minLength: 1,
          maxLength: 30,
        },
        description: {
          type: 'string',
          maxLength: 255,
        },
        is_active: {
          type: 'boolean',
        },
      },
    },
    DeploymentCreated: {
      'x-sdk-notes':
        'DeploymentResponseSerializer (serializers.py): every field a CharField, so `is_active` arrives as text.',
      type: 'object',
      description: 'What a create answers (DeploymentResponseSerializer), with the first API key.',
      required: ['id', 'api_key', 'api_endpoint', 'display_name', 'description', 'api_name', 'is_active'],
      properties: {
        id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        api_key: {
          type: 'string',
          description: 'The key to execute the deployment with.',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        api_endpoint: {
          type: 'string',
        },
        display_name: {
          type: 'string',
        },
        description: {
          type: 'string',
        },
        api_name: {
          type: 'string',
        },
        is_active: {
          type: ['string', 'boolean'],
          description:
            '"True" or "False": the serializer declares this a CharField, so the boolean is sent as text.',
        },
      },
    },
    DeploymentSharing: {
      'x-sdk-notes':
        'SharedUserListSerializer (serializers.py): id, display_name, shared_users, shared_to_org, shared_groups, co_owners, created_by.',
      type: 'object',
      required: [
        'id',
        'display_name',
        'shared_users',
        'shared_to_org',
        'shared_groups',
        'co_owners',
        'created_by',
      ],
      properties: {
        id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        display_name: {
          type: 'string',
        },
        shared_users: {
          type: 'array',
          description: 'Users given direct (viewer) access.',
          items: {
            $ref: '#/components/schemas/UserRef',
          },
        },
        shared_to_org: {
          type: 'boolean',
        },
        shared_groups: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/GroupRef',
          },
        },
        co_owners: {
          type: 'array',
          description: 'Every owner, the creator included.',
          items: {
            $ref: '#/components/schemas/UserRef',
          },
        },
        created_by: {
          oneOf: [
            {
              $ref: '#/components/schemas/UserRef',
            },
            {
              type: 'null',
            },
          ],
        },
      },
    },
    PostmanCollection: {
      'x-sdk-notes': 'postman_collection/dto.py PostmanCollection (info, item) as the download answers it.',
      type: 'object',
      description: 'A Postman v2.1 collection (postman_collection/dto.py).',
      required: ['info', 'item'],
      properties: {
        info: {
          type: 'object',
          required: ['name', 'schema'],
          properties: {
            name: {
              type: 'string',
            },
            schema: {
              type: 'string',
              description: 'The Postman collection schema URL (v2.1.0).',
            },
            description: {
              type: 'string',
            },
          },
        },
        item: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/PostmanItem',
          },
        },
      },
    },
    PostmanItem: {
      'x-sdk-notes':
        "postman_collection/dto.py's request items (name, request with method, url, header, formdata body).",
      type: 'object',
      required: ['name', 'request'],
      properties: {
        name: {
          type: 'string',
        },
        request: {
          type: 'object',
          required: ['method', 'url', 'header'],
          properties: {
            method: {
              type: 'string',
            },
            url: {
              type: 'string',
            },
            header: {
              type: 'array',
              items: {
                type: 'object',
                required: ['key', 'value'],
                properties: {
                  key: {
                    type: 'string',
                  },
                  value: {
                    type: 'string',
                  },
                },
              },
            },
            body: {
              type: ['object', 'null'],
              required: ['formdata', 'mode'],
              properties: {
                mode: {
                  type: 'string',
                },
                formdata: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['key', 'type'],
                    properties: {
                      key: {
                        type: 'string',
                      },
                      type: {
                        type: 'string',
                        enum: ['file', 'text'],
                      },
                      src: {
                        type: ['string', 'null'],
                      },
                      value: {
                        type: ['string', 'number', 'boolean', 'null'],
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    ApiKey: {
      'x-sdk-notes':
        'APIKeySerializer / APIKeyListSerializer (`fields = "__all__"` of the APIKey model; serializers.py, api_key_views.py).',
      type: 'object',
      required: ['id', 'api_key', 'is_active', 'api', 'pipeline'],
      properties: {
        id: {
          type: 'string',
          description: "The key's id, for get/update/delete.",
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        api_key: {
          type: 'string',
          description: 'The secret: send it as `Authorization: Bearer <api_key>`.',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        is_active: {
          type: 'boolean',
          description: 'An inactive key is refused (401).',
        },
        description: {
          type: ['string', 'null'],
          maxLength: 255,
        },
        api: {
          type: ['string', 'null'],
          description: 'The deployment the key belongs to.',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        pipeline: {
          type: ['string', 'null'],
          description: 'The pipeline the key belongs to; exactly one of `api` and `pipeline` is set.',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        created_by: {
          oneOf: [
            {
              $ref: '#/components/schemas/UserId',
            },
            {
              type: 'null',
            },
          ],
        },
        modified_by: {
          oneOf: [
            {
              $ref: '#/components/schemas/UserId',
            },
            {
              type: 'null',
            },
          ],
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
        modified_at: {
          type: 'string',
          format: 'date-time',
        },
      },
    },
    ApiKeyCreate: {
      'x-sdk-notes':
        "APIKeySerializer's writable fields; the view fills `api` from the path (api_key_views.py, tests/test_api_key_create_target.py).",
      type: 'object',
      properties: {
        description: {
          type: ['string', 'null'],
          maxLength: 255,
        },
        is_active: {
          type: 'boolean',
          description: 'Default: true.',
        },
      },
    },
    ApiKeyUpdate: {
      type: 'object',
      properties: {
        description: {
          type: ['string', 'null'],
          maxLength: 255,
        },
        is_active: {
          type: 'boolean',
        },
        api: {
          type: ['string', 'null'],
          description: "The key's deployment; send it (or `pipeline`).",
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        pipeline: {
          type: ['string', 'null'],
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
      },
      'x-sdk-notes':
        'APIKeySerializer.validate refuses a body with neither or both of `api` and `pipeline` ("At least one of `api` or `pipeline` must be set."), so a toggle of `is_active` alone is a 400.',
    },
    ExecuteRequest: {
      type: 'object',
      properties: {
        files: {
          type: 'array',
          description:
            'The documents, one part each (repeat the field). Files and URLs together count to 32.',
          maxItems: 32,
          items: {
            type: 'string',
            format: 'binary',
          },
        },
        timeout: {
          type: 'integer',
          minimum: -1,
          maximum: 300,
          default: -1,
          description: 'Seconds the server waits for the result; -1 or 0 queue the run and answer at once.',
        },
        include_metadata: {
          type: 'boolean',
          default: false,
          description: "Keep each file result's `result.metadata`.",
        },
        include_metrics: {
          type: 'boolean',
          default: false,
          description: "Keep each file result's `result.metrics`.",
        },
        include_extracted_text: {
          type: 'boolean',
          default: false,
          description: "Add each file's extracted text as `extracted_text`.",
        },
        tags: {
          type: 'string',
          description: 'Comma-separated tags for the run, e.g. `invoices,march`.',
        },
        llm_profile_id: {
          type: ['string', 'null'],
          description: 'An LLM profile (that you own) to use instead of the default.',
        },
        hitl_queue_name: {
          type: ['string', 'null'],
          description: 'Manual review queue (Enterprise; others answer 400).',
        },
        hitl_packet_id: {
          type: ['string', 'null'],
          description: 'Groups documents reviewed together (Enterprise).',
        },
        presigned_urls: {
          type: 'array',
          description: 'HTTPS S3 pre-signed URLs the server downloads the documents from.',
          maxItems: 32,
          items: {
            type: 'string',
            format: 'uri',
          },
        },
        custom_data: {
          type: ['object', 'null'],
          additionalProperties: true,
          description: "Values for `{{custom_data.key}}` placeholders in the workflow's prompts.",
        },
        use_file_history: {
          type: 'boolean',
          default: false,
          description: 'Answer from the file history for documents seen before (undocumented).',
        },
      },
      anyOf: [
        {
          required: ['files'],
          properties: {
            files: {
              minItems: 1,
            },
          },
        },
        {
          required: ['presigned_urls'],
          properties: {
            presigned_urls: {
              minItems: 1,
            },
          },
        },
      ],
      'x-sdk-notes':
        "At least one file or URL (the `anyOf`: a non-empty `files` or a non-empty `presigned_urls`) and at most 32 in total (ExecutionRequestSerializer.validate; openapi_schema.py ExecuteRequest: \"Supply `files`, `presigned_urls`, or both\"). Presigned URLs must be HTTPS on an `*.amazonaws.com` S3 host. The parts' content types are the operation's `encoding`: `custom_data` is a JSON part, sent with `Content-Type: application/json` and no file name (ExecutionRequestSerializer's `custom_data` is a DRF JSONField, which parses a form field's text as JSON; Django's multipart parser reads a part without a file name as a form field whatever its Content-Type, so the part arrives as that text); each file part carries the document's own media type, which the server reads from the upload (any type is accepted, `application/octet-stream` when unknown).",
    },
    ExecuteResponse: {
      'x-sdk-notes':
        'The view\'s `Response({"message": response})` (api_deployment_views.py DeploymentExecution.post); openapi_schema.py ExecuteResponse.',
      type: 'object',
      required: ['message'],
      properties: {
        message: {
          $ref: '#/components/schemas/Execution',
        },
      },
    },
    Execution: {
      type: 'object',
      description: 'A run as the execute call answers it (APIExecutionResponseSerializer).',
      required: ['execution_id', 'execution_status'],
      properties: {
        workflow_id: {
          type: 'string',
          description:
            "The deployment's workflow. Present when the answer is built from ExecutionResponse as a whole.",
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        execution_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        execution_status: {
          $ref: '#/components/schemas/ExecutionStatus',
        },
        status_api: {
          type: ['string', 'null'],
          description:
            'The status URL relative to the host: `/deployment/api/{org}/{api}/?execution_id=<uuid>`.',
        },
        error: {
          type: ['string', 'null'],
        },
        result: {
          description: 'The per-file results when the run finished within `timeout`; null while queued.',
          oneOf: [
            {
              type: 'array',
              items: {
                $ref: '#/components/schemas/FileResult',
              },
            },
            {
              type: 'null',
            },
          ],
        },
      },
      'x-sdk-notes':
        'Fields from ExecutionResponse (workflow_manager/workflow_v2/dto.py: `workflow_id` and `execution_id` required, then `status_api`, `error`, `result`) and APIExecutionResponseSerializer/openapi_schema.py ExecutionMessage (`execution_id`, `execution_status`, `status_api`, `error`, `result` nullable). The serializer does not declare `workflow_id`, so an answer may omit it: optional here.',
    },
    ExecutionStatusResponse: {
      'x-sdk-notes':
        "DeploymentExecution.get's `{status, message: response.result}` (api_deployment_views.py); openapi_schema.py StatusResponse (message: FileResult list, nullable). On ERROR `message` is the result or the error text.",
      type: 'object',
      required: ['status'],
      properties: {
        status: {
          $ref: '#/components/schemas/ExecutionStatus',
        },
        message: {
          description:
            'The per-file results when COMPLETED; null while in progress; the error or results on ERROR.',
          oneOf: [
            {
              type: 'array',
              items: {
                $ref: '#/components/schemas/FileResult',
              },
            },
            {
              type: 'string',
            },
            {
              type: 'null',
            },
          ],
        },
      },
    },
    ExecutionAcknowledged: {
      'x-sdk-notes':
        'DeploymentExecution.get\'s 406 body `{status, message: "Result already acknowledged"}` (api_deployment_views.py).',
      type: 'object',
      required: ['status', 'message'],
      properties: {
        status: {
          $ref: '#/components/schemas/ExecutionStatus',
        },
        message: {
          type: 'string',
          const: 'Result already acknowledged',
        },
      },
    },
    FileResult: {
      type: 'object',
      description: 'What the workflow made of one document.',
      required: ['file'],
      properties: {
        file: {
          type: 'string',
          description: "The document's file name.",
        },
        file_execution_id: {
          type: 'string',
        },
        status: {
          type: 'string',
          description: "The file's own outcome, e.g. `Success` or `Failed`.",
        },
        result: {
          oneOf: [
            {
              $ref: '#/components/schemas/FileOutput',
            },
            {
              type: 'null',
            },
          ],
        },
        metadata: {
          $ref: '#/components/schemas/FileMetadata',
        },
        metrics: {
          type: 'object',
          additionalProperties: true,
          description: "The file's timings and token counts, with `include_metrics`.",
        },
        error: {
          type: ['string', 'null'],
          description: 'Why this document failed; null when it did not.',
        },
        extracted_text: {
          type: 'string',
          description: "The document's text, with `include_extracted_text`.",
        },
      },
      'x-sdk-notes':
        'openapi_schema.py FileResult (file required; file_execution_id, status, result, metadata, metrics and a nullable error optional), DeploymentHelper\'s enrichment (metadata keys), and the status page\'s example (docs.unstract.com api_deployment status API: `status` "Success"). `extracted_text` from ExecutionRequestSerializer\'s include_extracted_text ("returned at the top level of each file result").',
    },
    FileOutput: {
      'x-sdk-notes':
        "The tool's output as ExecutionResponse.result items carry it (workflow_v2/dto.py: result.metadata and result.metrics removed unless asked for). `output`'s shape is the Prompt Studio project's.",
      type: 'object',
      properties: {
        output: {
          description:
            "The structured output: an object keyed by the workflow's prompt names (or text, for text outputs). Its shape is defined by the deployed Prompt Studio project, not by the API.",
          oneOf: [
            {
              type: 'object',
              additionalProperties: true,
            },
            {
              type: 'string',
            },
            {
              type: 'null',
            },
          ],
        },
        metadata: {
          type: 'object',
          additionalProperties: true,
          description: 'Per-prompt context, highlight data and model usage, with `include_metadata`.',
        },
        metrics: {
          type: 'object',
          additionalProperties: true,
          description: 'Per-prompt timings and token counts, with `include_metrics`.',
        },
      },
    },
    FileMetadata: {
      'x-sdk-notes':
        'DeploymentHelper._enrich_item_workflow_metadata and _enrich_item_top_metadata (deployment_helper.py): source_name, source_hash, file_execution_id, total_elapsed_time, workflow_id, execution_id, workflow_start_time, organization_id, tags, usage.',
      type: 'object',
      additionalProperties: true,
      properties: {
        source_name: {
          type: 'string',
        },
        source_hash: {
          type: 'string',
        },
        file_execution_id: {
          type: 'string',
        },
        workflow_id: {
          type: 'string',
        },
        execution_id: {
          type: 'string',
        },
        organization_id: {
          type: 'string',
        },
        total_elapsed_time: {
          type: ['number', 'null'],
        },
        workflow_start_time: {
          type: ['number', 'null'],
        },
        tags: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        usage: {
          type: 'object',
          additionalProperties: true,
          description: 'Aggregated token usage, with `include_metadata` or `include_metrics`.',
        },
      },
    },
  },
};
