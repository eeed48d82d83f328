// Generated from specs/inference.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The spec's request and response schemas: ./validate checks responses with them, ./msw checks requests.
import type { OperationSchemas } from '@org/sdk-core/validate';

/** An operation of the spec, as `METHOD /path`. */
export type Operation =
  | 'GET /v1/action-groups'
  | 'POST /v1/action-groups'
  | 'GET /v1/action-groups/{id}'
  | 'PUT /v1/action-groups/{id}'
  | 'DELETE /v1/action-groups/{id}'
  | 'GET /v1/actions'
  | 'POST /v1/actions'
  | 'GET /v1/actions/{id}'
  | 'PUT /v1/actions/{id}'
  | 'DELETE /v1/actions/{id}'
  | 'GET /v1/arguments'
  | 'POST /v1/arguments/completions'
  | 'GET /v1/arguments/{id}'
  | 'PUT /v1/arguments/{id}'
  | 'DELETE /v1/arguments/{id}'
  | 'GET /v1/benchmarks'
  | 'POST /v1/benchmarks'
  | 'GET /v1/benchmarks/{id}'
  | 'PUT /v1/benchmarks/{id}'
  | 'DELETE /v1/benchmarks/{id}'
  | 'GET /v1/chats'
  | 'POST /v1/chat/completions'
  | 'GET /v1/chats/{id}'
  | 'PUT /v1/chats/{id}'
  | 'DELETE /v1/chats/{id}'
  | 'GET /v1/chats/{id}/window'
  | 'GET /v1/checkpoints'
  | 'GET /v1/clusters'
  | 'PUT /v1/clusters'
  | 'POST /v1/clusters'
  | 'DELETE /v1/clusters'
  | 'GET /v1/connectors'
  | 'POST /v1/connectors'
  | 'GET /v1/connectors/{id}'
  | 'DELETE /v1/connectors/{id}'
  | 'GET /v1/connectors/{id}/files'
  | 'POST /v1/connectors/{id}/scan'
  | 'GET /v1/data-models'
  | 'POST /v1/data-models'
  | 'GET /v1/data-models/{id}'
  | 'PUT /v1/data-models/{id}'
  | 'DELETE /v1/data-models/{id}'
  | 'POST /v1/evaluations'
  | 'GET /v1/experts'
  | 'POST /v1/experts'
  | 'GET /v1/experts/{id}'
  | 'PUT /v1/experts/{id}'
  | 'DELETE /v1/experts/{id}'
  | 'GET /v1/inference-logs'
  | 'GET /v1/inference-logs/summary'
  | 'POST /v1/insights'
  | 'GET /v1/leaderboards'
  | 'GET /v1/users/me'
  | 'PUT /v1/users/me'
  | 'POST /v1/users/permissions'
  | 'POST /v1/users/accept-invite'
  | 'GET /v1/models'
  | 'GET /v1/personas'
  | 'POST /v1/personas'
  | 'GET /v1/personas/{id}'
  | 'PUT /v1/personas/{id}'
  | 'DELETE /v1/personas/{id}'
  | 'POST /v1/personas/completions'
  | 'POST /v1/personas/upload'
  | 'POST /v1/personas/upload/{upload_token}/confirm'
  | 'GET /v1/spaces'
  | 'POST /v1/spaces'
  | 'GET /v1/spaces/{id}'
  | 'PUT /v1/spaces/{id}'
  | 'DELETE /v1/spaces/{id}'
  | 'POST /v1/spaces/{id}/invite'
  | 'POST /v1/spaces/{id}/restore'
  | 'GET /v1/trainings'
  | 'POST /v1/trainings'
  | 'GET /v1/trainings/{id}'
  | 'PUT /v1/trainings/{id}'
  | 'DELETE /v1/trainings/{id}'
  | 'POST /v1/webhooks';

export const operations: Readonly<Record<Operation, OperationSchemas>> = {
  'GET /v1/action-groups': {
    operationId: 'listActionGroups',
    response: {
      $ref: '#/components/schemas/ActionGroupPage',
    },
  },
  'POST /v1/action-groups': {
    operationId: 'createActionGroup',
    response: {
      $ref: '#/components/schemas/ActionGroup',
    },
    request: {
      $ref: '#/components/schemas/ActionGroupCreate',
    },
  },
  'GET /v1/action-groups/{id}': {
    operationId: 'getActionGroup',
    response: {
      $ref: '#/components/schemas/ActionGroup',
    },
  },
  'PUT /v1/action-groups/{id}': {
    operationId: 'updateActionGroup',
    response: {
      $ref: '#/components/schemas/ActionGroup',
    },
    request: {
      $ref: '#/components/schemas/ActionGroupUpdate',
    },
  },
  'DELETE /v1/action-groups/{id}': {
    operationId: 'deleteActionGroup',
    response: {
      $ref: '#/components/schemas/Deleted',
    },
  },
  'GET /v1/actions': {
    operationId: 'listActions',
    response: {
      $ref: '#/components/schemas/ActionPage',
    },
  },
  'POST /v1/actions': {
    operationId: 'createAction',
    response: {
      $ref: '#/components/schemas/Action',
    },
    request: {
      $ref: '#/components/schemas/ActionCreate',
    },
  },
  'GET /v1/actions/{id}': {
    operationId: 'getAction',
    response: {
      $ref: '#/components/schemas/Action',
    },
  },
  'PUT /v1/actions/{id}': {
    operationId: 'updateAction',
    response: {
      $ref: '#/components/schemas/Action',
    },
    request: {
      $ref: '#/components/schemas/ActionUpdate',
    },
  },
  'DELETE /v1/actions/{id}': {
    operationId: 'deleteAction',
    response: {
      $ref: '#/components/schemas/Deleted',
    },
  },
  'GET /v1/arguments': {
    operationId: 'listArguments',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/Argument',
      },
    },
  },
  'POST /v1/arguments/completions': {
    operationId: 'createArgumentCompletion',
    response: {
      $ref: '#/components/schemas/Argument',
    },
    request: {
      $ref: '#/components/schemas/ArgumentCompletionRequest',
    },
  },
  'GET /v1/arguments/{id}': {
    operationId: 'getArgument',
    response: {
      $ref: '#/components/schemas/Argument',
    },
  },
  'PUT /v1/arguments/{id}': {
    operationId: 'updateArgument',
    response: {
      $ref: '#/components/schemas/Argument',
    },
    request: {
      $ref: '#/components/schemas/ArgumentUpdate',
    },
  },
  'DELETE /v1/arguments/{id}': {
    operationId: 'deleteArgument',
    response: {
      $ref: '#/components/schemas/Deleted',
    },
  },
  'GET /v1/benchmarks': {
    operationId: 'listBenchmarks',
    response: {
      $ref: '#/components/schemas/BenchmarkPage',
    },
  },
  'POST /v1/benchmarks': {
    operationId: 'createBenchmark',
    response: {
      $ref: '#/components/schemas/Benchmark',
    },
    request: {
      $ref: '#/components/schemas/BenchmarkCreate',
    },
  },
  'GET /v1/benchmarks/{id}': {
    operationId: 'getBenchmark',
    response: {
      $ref: '#/components/schemas/Benchmark',
    },
  },
  'PUT /v1/benchmarks/{id}': {
    operationId: 'updateBenchmark',
    response: {
      $ref: '#/components/schemas/Benchmark',
    },
    request: {
      $ref: '#/components/schemas/BenchmarkUpdate',
    },
  },
  'DELETE /v1/benchmarks/{id}': {
    operationId: 'deleteBenchmark',
    response: {
      $ref: '#/components/schemas/Deleted',
    },
  },
  'GET /v1/chats': {
    operationId: 'listChats',
    response: {
      $ref: '#/components/schemas/ChatPage',
    },
  },
  'POST /v1/chat/completions': {
    operationId: 'createChatCompletion',
    response: {
      $ref: '#/components/schemas/ChatCompletion',
    },
    request: {
      $ref: '#/components/schemas/ChatCompletionRequest',
    },
  },
  'GET /v1/chats/{id}': {
    operationId: 'getChat',
    response: {
      $ref: '#/components/schemas/Chat',
    },
  },
  'PUT /v1/chats/{id}': {
    operationId: 'updateChat',
    response: {
      $ref: '#/components/schemas/Chat',
    },
    request: {
      $ref: '#/components/schemas/ChatUpdate',
    },
  },
  'DELETE /v1/chats/{id}': {
    operationId: 'deleteChat',
    response: {
      $ref: '#/components/schemas/Deleted',
    },
  },
  'GET /v1/chats/{id}/window': {
    operationId: 'getChatWindow',
    response: {
      $ref: '#/components/schemas/Chat',
    },
  },
  'GET /v1/checkpoints': {
    operationId: 'listCheckpoints',
    response: {
      $ref: '#/components/schemas/CheckpointPage',
    },
  },
  'GET /v1/clusters': {
    operationId: 'getCluster',
    response: {
      $ref: '#/components/schemas/ClusterState',
    },
  },
  'PUT /v1/clusters': {
    operationId: 'updateCluster',
    response: {
      $ref: '#/components/schemas/Cluster',
    },
    request: {
      $ref: '#/components/schemas/ClusterUpdate',
    },
  },
  'POST /v1/clusters': {
    operationId: 'createCluster',
    response: {
      $ref: '#/components/schemas/Cluster',
    },
    request: {
      $ref: '#/components/schemas/ClusterCreate',
    },
  },
  'DELETE /v1/clusters': {
    operationId: 'deleteCluster',
    response: {
      $ref: '#/components/schemas/Deleted',
    },
  },
  'GET /v1/connectors': {
    operationId: 'listConnectors',
    response: {
      $ref: '#/components/schemas/ConnectorPage',
    },
  },
  'POST /v1/connectors': {
    operationId: 'createConnector',
    response: {
      $ref: '#/components/schemas/Connector',
    },
    request: {
      $ref: '#/components/schemas/ConnectorCreate',
    },
  },
  'GET /v1/connectors/{id}': {
    operationId: 'getConnector',
    response: {
      $ref: '#/components/schemas/Connector',
    },
  },
  'DELETE /v1/connectors/{id}': {
    operationId: 'deleteConnector',
    response: {
      $ref: '#/components/schemas/Deleted',
    },
  },
  'GET /v1/connectors/{id}/files': {
    operationId: 'listConnectorFiles',
    response: {
      type: 'array',
      items: {
        type: 'array',
        items: {
          $ref: '#/components/schemas/ConnectorFile',
        },
      },
    },
  },
  'POST /v1/connectors/{id}/scan': {
    operationId: 'scanConnector',
    response: {
      type: 'object',
      additionalProperties: true,
      description: 'What the scan found. The seed shows `{ }`.',
    },
    request: {
      $ref: '#/components/schemas/ConnectorScanRequest',
    },
  },
  'GET /v1/data-models': {
    operationId: 'listDataModels',
    response: {
      $ref: '#/components/schemas/DataModelPage',
    },
  },
  'POST /v1/data-models': {
    operationId: 'createDataModel',
    response: {
      $ref: '#/components/schemas/DataModel',
    },
    request: {
      $ref: '#/components/schemas/DataModelCreate',
    },
  },
  'GET /v1/data-models/{id}': {
    operationId: 'getDataModel',
    response: {
      $ref: '#/components/schemas/DataModel',
    },
  },
  'PUT /v1/data-models/{id}': {
    operationId: 'updateDataModel',
    response: {
      $ref: '#/components/schemas/DataModel',
    },
    request: {
      $ref: '#/components/schemas/DataModelUpdate',
    },
  },
  'DELETE /v1/data-models/{id}': {
    operationId: 'deleteDataModel',
    response: {
      $ref: '#/components/schemas/Deleted',
    },
  },
  'POST /v1/evaluations': {
    operationId: 'createEvaluation',
    response: {
      $ref: '#/components/schemas/Evaluation',
    },
    request: {
      $ref: '#/components/schemas/EvaluationCreate',
    },
  },
  'GET /v1/experts': {
    operationId: 'listExperts',
    response: {
      $ref: '#/components/schemas/ExpertPage',
    },
  },
  'POST /v1/experts': {
    operationId: 'createExpert',
    response: {
      $ref: '#/components/schemas/Expert',
    },
    request: {
      $ref: '#/components/schemas/ExpertCreate',
    },
  },
  'GET /v1/experts/{id}': {
    operationId: 'getExpert',
    response: {
      $ref: '#/components/schemas/Expert',
    },
  },
  'PUT /v1/experts/{id}': {
    operationId: 'updateExpert',
    response: {
      $ref: '#/components/schemas/Expert',
    },
    request: {
      $ref: '#/components/schemas/ExpertUpdate',
    },
  },
  'DELETE /v1/experts/{id}': {
    operationId: 'deleteExpert',
  },
  'GET /v1/inference-logs': {
    operationId: 'listInferenceLogs',
    response: {
      $ref: '#/components/schemas/InferenceLogPage',
    },
  },
  'GET /v1/inference-logs/summary': {
    operationId: 'getInferenceLogsSummary',
    response: {
      $ref: '#/components/schemas/InferenceLogsSummary',
    },
  },
  'POST /v1/insights': {
    operationId: 'createInsight',
    response: {
      $ref: '#/components/schemas/Insight',
    },
    request: {
      $ref: '#/components/schemas/InsightCreate',
    },
  },
  'GET /v1/leaderboards': {
    operationId: 'listLeaderboards',
    response: {
      $ref: '#/components/schemas/LeaderboardPage',
    },
  },
  'GET /v1/users/me': {
    operationId: 'getCurrentUser',
    response: {
      $ref: '#/components/schemas/CurrentUser',
    },
  },
  'PUT /v1/users/me': {
    operationId: 'updateCurrentUser',
    response: {
      $ref: '#/components/schemas/User',
    },
    request: {
      $ref: '#/components/schemas/UserUpdate',
    },
  },
  'POST /v1/users/permissions': {
    operationId: 'addUserPermissions',
    response: {
      $ref: '#/components/schemas/UserPermissions',
    },
  },
  'POST /v1/users/accept-invite': {
    operationId: 'acceptInvite',
    response: {
      $ref: '#/components/schemas/AcceptInviteResponse',
    },
  },
  'GET /v1/models': {
    operationId: 'listModels',
    response: {
      $ref: '#/components/schemas/InferenceModelList',
    },
  },
  'GET /v1/personas': {
    operationId: 'listPersonas',
    response: {
      $ref: '#/components/schemas/PersonaPage',
    },
  },
  'POST /v1/personas': {
    operationId: 'createPersona',
    response: {
      $ref: '#/components/schemas/Persona',
    },
    request: {
      $ref: '#/components/schemas/PersonaCreate',
    },
  },
  'GET /v1/personas/{id}': {
    operationId: 'getPersona',
    response: {
      $ref: '#/components/schemas/Persona',
    },
  },
  'PUT /v1/personas/{id}': {
    operationId: 'updatePersona',
    response: {
      $ref: '#/components/schemas/Persona',
    },
    request: {
      $ref: '#/components/schemas/PersonaUpdate',
    },
  },
  'DELETE /v1/personas/{id}': {
    operationId: 'deletePersona',
  },
  'POST /v1/personas/completions': {
    operationId: 'createPersonaCompletion',
    response: {
      $ref: '#/components/schemas/PersonaCompletion',
    },
    request: {
      $ref: '#/components/schemas/PersonaCompletionRequest',
    },
  },
  'POST /v1/personas/upload': {
    operationId: 'uploadPersonaFiles',
    response: {
      $ref: '#/components/schemas/PersonaUploadResult',
    },
  },
  'POST /v1/personas/upload/{upload_token}/confirm': {
    operationId: 'confirmPersonaUpload',
    response: {
      $ref: '#/components/schemas/PersonaUploadConfirmation',
    },
    request: {
      $ref: '#/components/schemas/PersonaUploadConfirm',
    },
  },
  'GET /v1/spaces': {
    operationId: 'listSpaces',
    response: {
      $ref: '#/components/schemas/SpacePage',
    },
  },
  'POST /v1/spaces': {
    operationId: 'createSpace',
    response: {
      $ref: '#/components/schemas/Space',
    },
    request: {
      $ref: '#/components/schemas/SpaceCreate',
    },
  },
  'GET /v1/spaces/{id}': {
    operationId: 'getSpace',
    response: {
      $ref: '#/components/schemas/Space',
    },
  },
  'PUT /v1/spaces/{id}': {
    operationId: 'updateSpace',
    response: {
      $ref: '#/components/schemas/Space',
    },
    request: {
      $ref: '#/components/schemas/SpaceUpdate',
    },
  },
  'DELETE /v1/spaces/{id}': {
    operationId: 'deleteSpace',
    response: {
      $ref: '#/components/schemas/Deleted',
    },
  },
  'POST /v1/spaces/{id}/invite': {
    operationId: 'inviteToSpace',
    response: {
      $ref: '#/components/schemas/SpaceInviteResult',
    },
    request: {
      $ref: '#/components/schemas/SpaceInvite',
    },
  },
  'POST /v1/spaces/{id}/restore': {
    operationId: 'restoreSpace',
    response: {
      $ref: '#/components/schemas/Deleted',
    },
  },
  'GET /v1/trainings': {
    operationId: 'listTrainings',
    response: {
      $ref: '#/components/schemas/TrainingPage',
    },
  },
  'POST /v1/trainings': {
    operationId: 'createTraining',
    response: {
      $ref: '#/components/schemas/Training',
    },
    request: {
      $ref: '#/components/schemas/TrainingCreate',
    },
  },
  'GET /v1/trainings/{id}': {
    operationId: 'getTraining',
    response: {
      $ref: '#/components/schemas/Training',
    },
  },
  'PUT /v1/trainings/{id}': {
    operationId: 'updateTraining',
    response: {
      $ref: '#/components/schemas/Training',
    },
    request: {
      $ref: '#/components/schemas/TrainingUpdate',
    },
  },
  'DELETE /v1/trainings/{id}': {
    operationId: 'deleteTraining',
    response: {
      $ref: '#/components/schemas/Deleted',
    },
  },
  'POST /v1/webhooks': {
    operationId: 'receiveStatusUpdate',
    response: {
      $ref: '#/components/schemas/WebhookAck',
    },
    request: {
      $ref: '#/components/schemas/StatusUpdate',
    },
  },
};

export const components: { readonly schemas: Readonly<Record<string, unknown>> } = {
  schemas: {
    ErrorType: {
      type: 'string',
      enum: ['authentication_error', 'invalid_request_error', 'rate_limit_error', 'api_error'],
      'x-sdk-notes':
        'The errors guide (docs.neospace.ai/docs/getting-started/errors, vendor-facts §2): authentication_error, invalid_request_error, rate_limit_error, api_error.',
    },
    ErrorDetail: {
      type: 'object',
      required: ['type', 'message', 'code', 'status', 'request_id'],
      properties: {
        type: {
          $ref: '#/components/schemas/ErrorType',
        },
        message: {
          type: 'string',
          description: 'A human-readable message explaining the error.',
        },
        code: {
          type: 'string',
          description:
            'An application-specific code: `invalid_api_key`, `missing_param`, `invalid_param_value`, `rate_limit_exceeded`, ...',
        },
        param: {
          type: 'string',
          description: 'The parameter that caused the error, when there is one.',
        },
        status: {
          type: 'integer',
          description: 'The HTTP status.',
        },
        request_id: {
          type: 'string',
          description: 'Unique request id for support.',
        },
        retryAfter: {
          type: 'integer',
          minimum: 0,
          description: 'Seconds to wait before retrying; sent with 429 rate_limit_exceeded.',
        },
      },
      'x-sdk-notes':
        'The errors guide (docs.neospace.ai/docs/getting-started/errors, vendor-facts §2): "All error responses include" type, message, code, param (when applicable), status and request_id; every example carries the five, so they are required and `param` is optional. `retryAfter` is the rate-limits guide\'s, on 429 only.',
    },
    Error: {
      type: 'object',
      required: ['error'],
      properties: {
        error: {
          $ref: '#/components/schemas/ErrorDetail',
        },
      },
      description: "NeoSpace's error envelope (docs.neospace.ai/docs/getting-started/errors).",
      'x-sdk-notes':
        'From the errors and rate-limits guides (vendor-facts §2); the seed itself shows no error bodies. `retryAfter` sits inside `error` in the rate-limits guide.',
    },
    Deleted: {
      type: 'object',
      required: ['id'],
      properties: {
        id: {
          type: 'string',
          description: 'The id of the record deleted (or restored).',
        },
      },
      'x-sdk-notes':
        'vendor-facts §2 (docs.neospace.ai): a DELETE answers `{id}`; the seed shows the same for every delete that answers a body.',
    },
    ActionGroup: {
      type: 'object',
      required: ['id', 'name', 'description'],
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
        created_at: {
          type: 'string',
        },
        updated_at: {
          type: 'string',
        },
      },
      description: 'A group of actions.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ActionGroupCreate: {
      type: 'object',
      required: ['description', 'name'],
      properties: {
        description: {
          type: 'string',
        },
        name: {
          type: 'string',
          minLength: 1,
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ActionGroupUpdate: {
      type: 'object',
      properties: {
        description: {
          type: 'string',
        },
        name: {
          type: 'string',
          minLength: 1,
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ActionGroupPage: {
      type: 'object',
      required: ['data', 'has_more'],
      properties: {
        count: {
          type: 'integer',
          minimum: 0,
          description: 'How many records match (read as the total; see x-sdk-notes).',
        },
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ActionGroup',
          },
        },
        has_more: {
          type: 'boolean',
          description: 'Whether another page follows; ask for it with `after=<id of the last item>`.',
        },
      },
      description: 'One page of action groups.',
      'x-sdk-notes':
        "The `{count, data, has_more}` envelope is the seed's. Whether `count` is the page's length or the total is not documented; the mock sends the total, and the client pages by `has_more` only.",
    },
    ActionPriority: {
      type: 'string',
      enum: ['very_low', 'low', 'medium', 'high', 'very_high'],
      'x-sdk-notes': "The seed's `model.ActionPriority` enum (vendor-facts §2).",
    },
    ActionStatus: {
      type: 'string',
      enum: ['archived', 'draft', 'active', 'inactive'],
      'x-sdk-notes': "The seed's `model.ActionStatus` enum (vendor-facts §2).",
    },
    Action: {
      type: 'object',
      required: ['id', 'name', 'description', 'priority', 'type'],
      properties: {
        id: {
          type: 'string',
        },
        channel: {
          type: 'string',
        },
        channel_template: {
          type: 'string',
        },
        custom_insights: {
          type: 'string',
        },
        description: {
          type: 'string',
        },
        end_date: {
          type: 'string',
        },
        model_id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        priority: {
          $ref: '#/components/schemas/ActionPriority',
        },
        start_date: {
          type: 'string',
        },
        status: {
          $ref: '#/components/schemas/ActionStatus',
        },
        type: {
          type: 'string',
        },
        group: {
          type: 'string',
          description: 'The id of the action group the action belongs to.',
        },
        created_at: {
          type: 'string',
        },
        updated_at: {
          type: 'string',
        },
      },
      description: 'An action (a campaign step) that insights and arguments are built for.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ActionCreate: {
      type: 'object',
      required: ['description', 'name', 'priority', 'type'],
      properties: {
        channel: {
          type: 'string',
        },
        channel_template: {
          type: 'string',
        },
        custom_insights: {
          type: 'string',
        },
        description: {
          type: 'string',
        },
        end_date: {
          type: 'string',
        },
        model_id: {
          type: 'string',
        },
        name: {
          type: 'string',
          minLength: 1,
        },
        priority: {
          $ref: '#/components/schemas/ActionPriority',
        },
        start_date: {
          type: 'string',
        },
        status: {
          $ref: '#/components/schemas/ActionStatus',
        },
        type: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        "The seed's create body has no `group`; an action is put in a group by updating it (the client's `createActionInGroup` does both).",
    },
    ActionUpdate: {
      type: 'object',
      properties: {
        channel: {
          type: 'string',
        },
        channel_template: {
          type: 'string',
        },
        custom_insights: {
          type: 'string',
        },
        description: {
          type: 'string',
        },
        end_date: {
          type: 'string',
          format: 'date-time',
        },
        model_id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        priority: {
          $ref: '#/components/schemas/ActionPriority',
        },
        start_date: {
          type: 'string',
          format: 'date-time',
        },
        status: {
          $ref: '#/components/schemas/ActionStatus',
        },
        type: {
          type: 'string',
        },
        group: {
          type: 'string',
          description: 'Moves the action into this action group.',
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ActionPage: {
      type: 'object',
      required: ['data', 'has_more'],
      properties: {
        count: {
          type: 'integer',
          minimum: 0,
          description: 'How many records match (read as the total; see x-sdk-notes).',
        },
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Action',
          },
        },
        has_more: {
          type: 'boolean',
          description: 'Whether another page follows; ask for it with `after=<id of the last item>`.',
        },
      },
      description: 'One page of actions.',
      'x-sdk-notes':
        "The `{count, data, has_more}` envelope is the seed's. Whether `count` is the page's length or the total is not documented; the mock sends the total, and the client pages by `has_more` only.",
    },
    ArgumentReviewStatus: {
      type: 'string',
      enum: ['pending', 'waiting_review', 'success', 'failed', 'reviewing'],
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ArgumentReview: {
      type: 'object',
      additionalProperties: true,
      properties: {
        status: {
          $ref: '#/components/schemas/ArgumentReviewStatus',
        },
      },
      description: 'The human review of an argument (model.ArgumentReview).',
      'x-sdk-notes':
        'The seed names the type but shows no fields; `status` is the review status the list filters on ("Possible review status values" in Update an argument). Other fields pass through.',
    },
    InsightSpec: {
      type: 'object',
      additionalProperties: true,
      description:
        'What the insight behind an argument is about (model.InsightSpec). The seed shows no fields.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ProductSpec: {
      type: 'object',
      additionalProperties: true,
      description: 'The product an argument is for (model.ProductSpec). The seed shows no fields.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ArgumentClient: {
      type: 'object',
      additionalProperties: true,
      description: 'The client (customer) an argument is for. The seed shows an object with no fields.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    Argument: {
      type: 'object',
      required: ['id'],
      properties: {
        id: {
          type: 'string',
        },
        _id: {
          type: 'string',
          description: 'The storage id; the seed shows it next to `id` on reads.',
        },
        action_id: {
          type: 'string',
        },
        argument: {
          type: 'string',
          description: 'The generated argument.',
        },
        argument_thinking: {
          type: 'string',
          description: "The model's reasoning behind the argument.",
        },
        client: {
          $ref: '#/components/schemas/ArgumentClient',
        },
        insight_spec: {
          $ref: '#/components/schemas/InsightSpec',
        },
        product: {
          $ref: '#/components/schemas/ProductSpec',
        },
        review: {
          $ref: '#/components/schemas/ArgumentReview',
        },
        duration: {
          type: 'number',
          description: 'How long the completion took (sent on create).',
        },
        error: {
          type: 'string',
          description: 'Why the completion failed, when it did.',
        },
        space: {
          type: 'string',
          description: 'The space the argument belongs to.',
        },
        deleted_at: {
          type: 'string',
        },
        created_at: {
          type: 'string',
        },
        updated_at: {
          type: 'string',
        },
      },
      description: 'A generated sales argument with its review.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ArgumentCompletionRequest: {
      type: 'object',
      required: ['client', 'insight_spec', 'model', 'product'],
      properties: {
        action_id: {
          type: 'string',
        },
        client: {
          $ref: '#/components/schemas/ArgumentClient',
        },
        echo: {
          type: 'boolean',
        },
        insight_spec: {
          $ref: '#/components/schemas/InsightSpec',
        },
        max_tokens: {
          type: 'integer',
          minimum: 1,
        },
        model: {
          type: 'string',
          minLength: 1,
        },
        product: {
          $ref: '#/components/schemas/ProductSpec',
        },
        temperature: {
          type: 'number',
          minimum: 0,
        },
        top_p: {
          type: 'number',
          minimum: 0,
          maximum: 1,
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ArgumentUpdate: {
      type: 'object',
      properties: {
        action_id: {
          type: 'string',
        },
        argument: {
          type: 'string',
        },
        argument_thinking: {
          type: 'string',
        },
        client: {
          $ref: '#/components/schemas/ArgumentClient',
        },
        insight_spec: {
          $ref: '#/components/schemas/InsightSpec',
        },
        product: {
          $ref: '#/components/schemas/ProductSpec',
        },
        review: {
          $ref: '#/components/schemas/ArgumentReview',
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    Metric: {
      type: 'string',
      enum: ['accuracy', 'f1', 'precision', 'recall', 'roc_auc', 'log_loss', 'ks', 'gini'],
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ConnectorTraining: {
      type: 'object',
      additionalProperties: true,
      description:
        'A connector (and what of it) used as training or benchmark data (request.ConnectorTraining). The seed names the type but shows no fields.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    UpdateConnectorTraining: {
      type: 'object',
      additionalProperties: true,
      description:
        'A connector change for a training (request.UpdateConnectorTraining). The seed names the type but shows no fields.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    Benchmark: {
      type: 'object',
      required: ['id', 'name', 'description', 'task', 'metrics'],
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
        task: {
          type: 'string',
        },
        metrics: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Metric',
          },
        },
        connectors: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ConnectorTraining',
          },
        },
        created_at: {
          type: 'string',
        },
        updated_at: {
          type: 'string',
        },
        created_by: {
          type: 'string',
        },
        updated_by: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    BenchmarkCreate: {
      type: 'object',
      required: ['connectors', 'description', 'metrics', 'name', 'task'],
      properties: {
        connectors: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ConnectorTraining',
          },
        },
        description: {
          type: 'string',
        },
        metrics: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Metric',
          },
          minItems: 1,
        },
        name: {
          type: 'string',
          minLength: 1,
        },
        task: {
          type: 'string',
          minLength: 1,
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    BenchmarkUpdate: {
      type: 'object',
      properties: {
        connector: {
          type: 'string',
          description: 'A connector id (the seed has a single string here, unlike create).',
        },
        description: {
          type: 'string',
        },
        metrics: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Metric',
          },
        },
        name: {
          type: 'string',
          minLength: 1,
        },
        task: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    BenchmarkPage: {
      type: 'object',
      required: ['data', 'has_more'],
      properties: {
        count: {
          type: 'integer',
          minimum: 0,
          description: 'How many records match (read as the total; see x-sdk-notes).',
        },
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Benchmark',
          },
        },
        has_more: {
          type: 'boolean',
          description: 'Whether another page follows; ask for it with `after=<id of the last item>`.',
        },
      },
      description: 'One page of benchmarks.',
      'x-sdk-notes':
        'The seed shows `{count, data, has_more}` for this page-numbered list too; the client pages by `has_more`.',
    },
    ChatRole: {
      type: 'string',
      enum: ['system', 'user', 'assistant', 'tool'],
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ChatMessage: {
      type: 'object',
      required: ['role', 'content'],
      additionalProperties: true,
      properties: {
        role: {
          $ref: '#/components/schemas/ChatRole',
        },
        content: {
          type: 'string',
        },
      },
      description: 'One message of a conversation (request.Message / model.Message).',
      'x-sdk-notes':
        "The seed shows the message arrays empty; `role` and `content` are the vendor's own client's (GH neospace-ai/neoclient src/neoclient/types/chat_message.py).",
    },
    ChatUsage: {
      type: 'object',
      properties: {
        prompt_tokens: {
          type: 'integer',
          minimum: 0,
        },
        completion_tokens: {
          type: 'integer',
          minimum: 0,
        },
        total_tokens: {
          type: 'integer',
          minimum: 0,
        },
      },
      description: 'Token counts of one completion.',
      'x-sdk-notes':
        'Fields from GH neospace-ai/neoclient src/neoclient/types/usage.py; the seed shows `usage: {}`.',
    },
    ChatChoice: {
      type: 'object',
      required: ['index', 'message'],
      properties: {
        index: {
          type: 'integer',
          minimum: 0,
        },
        message: {
          $ref: '#/components/schemas/ChatMessage',
        },
        finish_reason: {
          type: 'string',
          enum: ['stop', 'length', 'content_filter'],
        },
      },
      'x-sdk-notes':
        'From GH neospace-ai/neoclient src/neoclient/types/chat_completion_choice.py; the seed shows `choices: []`.',
    },
    ChatCompletionRequest: {
      type: 'object',
      required: ['messages'],
      properties: {
        echo: {
          type: 'boolean',
        },
        expert_ids: {
          type: 'array',
          items: {
            type: 'string',
          },
          description: 'Experts to consult (see experts).',
        },
        guard_enabled: {
          type: 'boolean',
        },
        guard_reasoning_enabled: {
          type: 'boolean',
        },
        id: {
          type: 'string',
          description: 'The chat to continue; without it a new chat is started.',
        },
        max_tokens: {
          type: 'integer',
          minimum: 1,
        },
        messages: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ChatMessage',
          },
          minItems: 1,
        },
        metadata: {
          type: 'object',
          additionalProperties: true,
          description: 'Your own key-values, kept with the chat.',
        },
        model: {
          type: 'string',
        },
        name: {
          type: 'string',
          description: 'A name for a new chat.',
        },
        router_enabled: {
          type: 'boolean',
        },
        router_reasoning_enabled: {
          type: 'boolean',
        },
        stream: {
          type: 'boolean',
          description: 'Answer as a `text/event-stream` of chunks instead of one JSON body.',
        },
        tags: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        temperature: {
          type: 'number',
          minimum: 0,
        },
        top_p: {
          type: 'number',
          minimum: 0,
          maximum: 1,
        },
        type: {
          type: 'string',
        },
        user: {
          type: 'string',
          description: 'Your end user, for the inference logs.',
        },
      },
      'x-sdk-notes':
        "The seed marks no field required; `messages` is, per the errors guide's own example (400 missing_param, \"Required parameter 'messages' missing\").",
    },
    ChatCompletion: {
      type: 'object',
      required: ['id', 'choices'],
      properties: {
        id: {
          type: 'string',
          description: 'The chat the completion belongs to (pass it as `id` to continue).',
        },
        object: {
          type: 'string',
          description: '`chat.completion`.',
        },
        created_at: {
          type: 'string',
        },
        model: {
          type: 'string',
        },
        choices: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ChatChoice',
          },
        },
        usage: {
          $ref: '#/components/schemas/ChatUsage',
        },
        guard: {
          type: 'object',
          additionalProperties: true,
          description: 'What the guard model decided, when `guard_enabled`. The seed shows no fields.',
        },
        router: {
          type: 'object',
          additionalProperties: true,
          description: 'Which expert the router chose, when `router_enabled`. The seed shows no fields.',
        },
      },
      description: 'A chat completion (model.ChatResponse).',
      'x-sdk-notes':
        'That `id` is the chat id (not a per-completion id) is inferred from the request\'s `id` ("the chat to continue").',
    },
    ChatCompletionChunk: {
      type: 'object',
      required: ['id', 'choices'],
      properties: {
        id: {
          type: 'string',
        },
        object: {
          type: 'string',
          description: '`chat.completion.chunk`.',
        },
        created_at: {
          type: 'string',
        },
        model: {
          type: 'string',
        },
        choices: {
          type: 'array',
          items: {
            type: 'object',
            required: ['index', 'delta'],
            properties: {
              index: {
                type: 'integer',
                minimum: 0,
              },
              delta: {
                type: 'object',
                properties: {
                  role: {
                    $ref: '#/components/schemas/ChatRole',
                  },
                  content: {
                    type: 'string',
                  },
                },
                additionalProperties: true,
              },
              finish_reason: {
                type: ['string', 'null'],
                enum: ['stop', 'length', 'content_filter', null],
              },
            },
          },
        },
        usage: {
          $ref: '#/components/schemas/ChatUsage',
        },
      },
      description: 'One streamed piece of a chat completion: append `choices[0].delta.content`.',
      'x-sdk-notes':
        "Inferred wire format: NeoSpace's Python SDK is a fork of the OpenAI SDK (GH neospace-ai/neospace-python) and its chat API is OpenAI-shaped, so `stream: true` is read as OpenAI's SSE: unnamed `data: {chunk}` events, the last chunk carrying `finish_reason` (and `usage`), then `data: [DONE]`. The seed documents only the JSON answer.",
    },
    Chat: {
      type: 'object',
      required: ['id'],
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        messages: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ChatMessage',
          },
        },
        created_at: {
          type: 'string',
        },
      },
      description: 'A chat conversation with its history.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ChatUpdate: {
      type: 'object',
      properties: {
        guard_enabled: {
          type: 'boolean',
        },
        last_response: {
          $ref: '#/components/schemas/ChatCompletion',
        },
        max_tokens: {
          type: 'integer',
          minimum: 1,
        },
        messages: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ChatMessage',
          },
        },
        model: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        router_enabled: {
          type: 'boolean',
        },
        temperature: {
          type: 'number',
          minimum: 0,
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ChatPage: {
      type: 'object',
      required: ['data', 'has_more'],
      properties: {
        count: {
          type: 'integer',
          minimum: 0,
          description: 'How many records match (read as the total; see x-sdk-notes).',
        },
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Chat',
          },
        },
        has_more: {
          type: 'boolean',
          description: 'Whether another page follows; ask for it with `after=<id of the last item>`.',
        },
      },
      description: 'One page of chats (their messages may be left out).',
      'x-sdk-notes':
        "The `{count, data, has_more}` envelope is the seed's. Whether `count` is the page's length or the total is not documented; the mock sends the total, and the client pages by `has_more` only.",
    },
    Checkpoint: {
      type: 'object',
      required: ['id'],
      additionalProperties: true,
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        training_id: {
          type: 'string',
        },
        created_at: {
          type: 'string',
        },
      },
      description:
        'A model checkpoint written by a training, ranked on leaderboards and evaluated against benchmarks.',
      'x-sdk-notes':
        'The seed shows the list\'s `data` empty. `id` and `name` follow the leaderboard filters ("model/checkpoint ID", "checkpoint name"); `training_id` is inferred. Other fields pass through.',
    },
    CheckpointPage: {
      type: 'object',
      required: ['data', 'has_more'],
      properties: {
        count: {
          type: 'integer',
          minimum: 0,
          description: 'How many records match (read as the total; see x-sdk-notes).',
        },
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Checkpoint',
          },
        },
        has_more: {
          type: 'boolean',
          description: 'Whether another page follows; ask for it with `after=<id of the last item>`.',
        },
      },
      description: 'One page of checkpoints.',
      'x-sdk-notes':
        "The `{count, data, has_more}` envelope is the seed's. Whether `count` is the page's length or the total is not documented; the mock sends the total, and the client pages by `has_more` only.",
    },
    Cluster: {
      type: 'object',
      required: ['id', 'ingress_url', 'manager_url'],
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        ingress_url: {
          type: 'string',
        },
        manager_url: {
          type: 'string',
        },
        token: {
          type: 'string',
        },
        created_at: {
          type: 'string',
        },
        updated_at: {
          type: 'string',
        },
      },
      description: "The space's GPU cluster registration (one per space).",
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ClusterCreate: {
      type: 'object',
      required: ['ingress_url', 'manager_url'],
      properties: {
        ingress_url: {
          type: 'string',
          minLength: 1,
        },
        manager_url: {
          type: 'string',
          minLength: 1,
        },
        name: {
          type: 'string',
        },
        token: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ClusterUpdate: {
      type: 'object',
      properties: {
        ingress_url: {
          type: 'string',
          minLength: 1,
        },
        manager_url: {
          type: 'string',
          minLength: 1,
        },
        token: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ClusterState: {
      type: 'object',
      properties: {
        inference: {
          type: 'object',
          additionalProperties: true,
          description: 'The inference service of the cluster.',
        },
        ingress: {
          type: 'object',
          additionalProperties: true,
          description: 'The ingress of the cluster.',
        },
        nodes: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: true,
            description: 'One node.',
          },
        },
        resources: {
          type: 'object',
          additionalProperties: true,
          description: 'Capacity and use (GPUs, memory).',
        },
      },
      description: "The live state of the space's cluster.",
      'x-sdk-notes': 'The seed shows the four fields with no content.',
    },
    ConnectorType: {
      type: 'string',
      enum: ['aws-s3'],
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    S3Config: {
      type: 'object',
      additionalProperties: true,
      properties: {
        bucket: {
          type: 'string',
        },
        region: {
          type: 'string',
        },
      },
      description: 'Where and how to reach the S3 bucket (request.S3Config).',
      'x-sdk-notes':
        "The seed names the type but shows no fields. `region` is inferred from the connector's `region`, `bucket` from S3 itself; credentials and other fields pass through.",
    },
    Connector: {
      type: 'object',
      required: ['id', 'name'],
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        provider: {
          type: 'string',
        },
        region: {
          type: 'string',
        },
        status: {
          type: 'string',
        },
        created_at: {
          type: 'string',
        },
        created_by: {
          type: 'string',
        },
      },
      description: 'A data source (today: an S3 bucket) for trainings and benchmarks.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ConnectorCreate: {
      type: 'object',
      required: ['name', 'type'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
        s3: {
          $ref: '#/components/schemas/S3Config',
        },
        type: {
          $ref: '#/components/schemas/ConnectorType',
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ConnectorPage: {
      type: 'object',
      required: ['data', 'has_more'],
      properties: {
        count: {
          type: 'integer',
          minimum: 0,
          description: 'How many records match (read as the total; see x-sdk-notes).',
        },
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Connector',
          },
        },
        has_more: {
          type: 'boolean',
          description: 'Whether another page follows; ask for it with `after=<id of the last item>`.',
        },
      },
      description: 'One page of connectors.',
      'x-sdk-notes':
        "The `{count, data, has_more}` envelope is the seed's. Whether `count` is the page's length or the total is not documented; the mock sends the total, and the client pages by `has_more` only.",
    },
    ConnectorFile: {
      type: 'object',
      additionalProperties: true,
      description: 'One object in the bucket.',
      'x-sdk-notes':
        'The seed shows `[[ ]]`: an array of arrays with nothing inside. The entries are kept open; the mock sends `{key, size, last_modified}` (S3 ListObjects names).',
    },
    ConnectorScanRequest: {
      type: 'object',
      properties: {
        files: {
          type: 'array',
          items: {
            type: 'string',
          },
          description: 'Keys to scan; all files when left out.',
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    DataModel: {
      type: 'object',
      required: ['id', 'name'],
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
        created_at: {
          type: 'string',
        },
        updated_at: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    DataModelCreate: {
      type: 'object',
      required: ['name'],
      properties: {
        description: {
          type: 'string',
        },
        name: {
          type: 'string',
          minLength: 1,
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    DataModelUpdate: {
      type: 'object',
      properties: {
        description: {
          type: 'string',
        },
        name: {
          type: 'string',
          minLength: 1,
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    DataModelPage: {
      type: 'object',
      required: ['data', 'has_more'],
      properties: {
        count: {
          type: 'integer',
          minimum: 0,
          description: 'How many records match (read as the total; see x-sdk-notes).',
        },
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/DataModel',
          },
        },
        has_more: {
          type: 'boolean',
          description: 'Whether another page follows; ask for it with `after=<id of the last item>`.',
        },
      },
      description: 'One page of data models.',
      'x-sdk-notes':
        "The `{count, data, has_more}` envelope is the seed's. Whether `count` is the page's length or the total is not documented; the mock sends the total, and the client pages by `has_more` only.",
    },
    Evaluation: {
      type: 'object',
      required: ['id', 'benchmark_id', 'checkpoint_id', 'gpu_count'],
      properties: {
        id: {
          type: 'string',
        },
        benchmark_id: {
          type: 'string',
        },
        checkpoint_id: {
          type: 'string',
        },
        gpu_count: {
          type: 'integer',
        },
        result: {
          type: 'object',
          additionalProperties: true,
          description: 'The scores, once the evaluation has run. The seed shows no fields.',
        },
        created_at: {
          type: 'string',
        },
        updated_at: {
          type: 'string',
        },
        created_by: {
          type: 'string',
        },
        updated_by: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    EvaluationCreate: {
      type: 'object',
      required: ['benchmark_id', 'checkpoint_id', 'gpu_count'],
      properties: {
        benchmark_id: {
          type: 'string',
          minLength: 1,
        },
        checkpoint_id: {
          type: 'string',
          minLength: 1,
        },
        gpu_count: {
          type: 'integer',
          minimum: 1,
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ExpertTool: {
      type: 'object',
      additionalProperties: true,
      description: 'A tool the expert may call (model.ExpertTool). The seed shows no fields.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ExpertFileContext: {
      type: 'object',
      additionalProperties: true,
      description: 'A file given to the expert as context. The seed shows no fields.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    Expert: {
      type: 'object',
      required: ['id', 'name', 'description'],
      properties: {
        id: {
          type: 'string',
        },
        context: {
          type: 'string',
          description: 'The prompt context of the expert.',
        },
        description: {
          type: 'string',
        },
        file_context: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ExpertFileContext',
          },
        },
        name: {
          type: 'string',
        },
        tools: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ExpertTool',
          },
        },
        created_at: {
          type: 'string',
        },
        updated_at: {
          type: 'string',
        },
      },
      description: 'A configured expert that chat completions can route to.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ExpertCreate: {
      type: 'object',
      required: ['description', 'name'],
      properties: {
        context: {
          type: 'string',
          description: 'The prompt context of the expert.',
        },
        description: {
          type: 'string',
        },
        file_context: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ExpertFileContext',
          },
        },
        name: {
          type: 'string',
          minLength: 1,
        },
        tools: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ExpertTool',
          },
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ExpertUpdate: {
      type: 'object',
      properties: {
        context: {
          type: 'string',
          description: 'The prompt context of the expert.',
        },
        description: {
          type: 'string',
        },
        file_context: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ExpertFileContext',
          },
        },
        name: {
          type: 'string',
          minLength: 1,
        },
        tools: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ExpertTool',
          },
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ExpertPage: {
      type: 'object',
      required: ['data', 'has_more'],
      properties: {
        count: {
          type: 'integer',
          minimum: 0,
          description: 'How many records match (read as the total; see x-sdk-notes).',
        },
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Expert',
          },
        },
        has_more: {
          type: 'boolean',
          description: 'Whether another page follows; ask for it with `after=<id of the last item>`.',
        },
      },
      description: 'One page of experts.',
      'x-sdk-notes':
        "The `{count, data, has_more}` envelope is the seed's. Whether `count` is the page's length or the total is not documented; the mock sends the total, and the client pages by `has_more` only.",
    },
    InferenceLogStatus: {
      type: 'string',
      enum: ['success', 'error'],
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    InferenceLog: {
      type: 'object',
      required: ['id'],
      additionalProperties: true,
      properties: {
        id: {
          type: 'string',
        },
        created_at: {
          type: 'string',
        },
        user: {
          type: 'string',
        },
        model: {
          type: 'string',
        },
        status: {
          $ref: '#/components/schemas/InferenceLogStatus',
        },
        type: {
          type: 'string',
          description: 'What was called: `chat`, `argument`, `insight`, `persona`, ...',
        },
        tags: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        correlation_id: {
          type: 'string',
        },
        latency_ms: {
          type: 'number',
          minimum: 0,
        },
        input_tokens: {
          type: 'integer',
          minimum: 0,
        },
        output_tokens: {
          type: 'integer',
          minimum: 0,
        },
        total_tokens: {
          type: 'integer',
          minimum: 0,
        },
        error: {
          type: 'string',
        },
      },
      description: 'One inference call as logged.',
      'x-sdk-notes':
        "The seed shows the list's `data` empty. The fields mirror the list's filters (user, model, status, type, tag, correlation_id) and the summary's sums (latency, input/output/total tokens); their names are inferred. Other fields pass through.",
    },
    InferenceLogPage: {
      type: 'object',
      required: ['data', 'has_more'],
      properties: {
        count: {
          type: 'integer',
          minimum: 0,
          description: 'How many records match (read as the total; see x-sdk-notes).',
        },
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/InferenceLog',
          },
        },
        has_more: {
          type: 'boolean',
          description: 'Whether another page follows; ask for it with `after=<id of the last item>`.',
        },
      },
      description: 'One page of inference logs.',
      'x-sdk-notes':
        'The seed shows `{count, data, has_more}` for this page-numbered list too; the client pages by `has_more`.',
    },
    InferenceLogsSummary: {
      type: 'object',
      properties: {
        avg_latency_ms: {
          type: 'number',
          minimum: 0,
        },
        input_tokens: {
          type: 'integer',
          minimum: 0,
        },
        model_usage: {
          type: 'object',
          additionalProperties: true,
          description:
            'Usage per model name. The seed shows `{}`; the mock sends `{calls, input_tokens, output_tokens, total_tokens}` per model.',
        },
        output_tokens: {
          type: 'integer',
          minimum: 0,
        },
        period_end_date: {
          type: 'string',
        },
        period_start_date: {
          type: 'string',
        },
        success_rate: {
          type: 'number',
          minimum: 0,
          description:
            'Share of successful calls. Whether a fraction or a percentage is not documented; the mock sends a fraction (0 to 1).',
        },
        total_calls: {
          type: 'integer',
          minimum: 0,
        },
        total_tokens: {
          type: 'integer',
          minimum: 0,
        },
      },
      description: 'Aggregates over the inference logs of a period.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    InsightCreate: {
      type: 'object',
      properties: {
        actions: {
          type: 'array',
          items: {
            type: 'string',
          },
          description: 'Ids of the actions to consider.',
        },
        client: {
          type: 'string',
          description: 'The client (customer) the insight is for.',
        },
        echo: {
          type: 'boolean',
        },
        max_tokens: {
          type: 'integer',
          minimum: 1,
        },
        model: {
          type: 'string',
        },
        temperature: {
          type: 'number',
          minimum: 0,
        },
        top_p: {
          type: 'number',
          minimum: 0,
          maximum: 1,
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    Insight: {
      type: 'object',
      required: ['id'],
      properties: {
        id: {
          type: 'string',
        },
        actions: {
          type: 'string',
          description: 'The actions considered (a string in the seed).',
        },
        argument: {
          type: 'string',
        },
        argument_content: {
          type: 'string',
        },
        argument_thinking: {
          type: 'string',
        },
        best_channel: {
          type: 'string',
        },
        best_time: {
          type: 'string',
        },
        elapsed_time_in_seconds: {
          type: 'number',
          minimum: 0,
        },
        error: {
          type: 'string',
        },
        finish_reason: {
          type: 'string',
        },
        insight: {
          type: 'string',
        },
        thinking: {
          type: 'string',
        },
        timeliness: {
          type: 'string',
        },
        type: {
          type: 'string',
        },
        usage: {
          $ref: '#/components/schemas/ChatUsage',
        },
      },
      description: 'An insight about a client: which action, which channel, when, and the argument for it.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    LeaderboardEntry: {
      type: 'object',
      required: ['id'],
      additionalProperties: true,
      properties: {
        id: {
          type: 'string',
          description: 'The checkpoint id.',
        },
        name: {
          type: 'string',
          description: 'The checkpoint name.',
        },
        rank: {
          type: 'integer',
          minimum: 1,
        },
        training_id: {
          type: 'string',
        },
        metrics: {
          type: 'object',
          additionalProperties: {
            type: 'number',
          },
          description: 'Score per metric name.',
        },
        benchmark_ids: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        created_at: {
          type: 'string',
        },
      },
      description: 'One ranked checkpoint.',
      'x-sdk-notes':
        'The seed shows the list\'s `data` empty and describes it as "rankings based on checkpoint performance"; these field names are inferred from its filters. Other fields pass through.',
    },
    LeaderboardPage: {
      type: 'object',
      required: ['data', 'has_more'],
      properties: {
        count: {
          type: 'integer',
          minimum: 0,
          description: 'How many records match (read as the total; see x-sdk-notes).',
        },
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/LeaderboardEntry',
          },
        },
        has_more: {
          type: 'boolean',
          description: 'Whether another page follows; ask for it with `after=<id of the last item>`.',
        },
      },
      description: 'One page of the leaderboard.',
      'x-sdk-notes':
        "The `{count, data, has_more}` envelope is the seed's. Whether `count` is the page's length or the total is not documented; the mock sends the total, and the client pages by `has_more` only.",
    },
    UserRole: {
      type: 'string',
      enum: ['designer', 'developer'],
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    UserPermission: {
      type: 'string',
      enum: [
        'benchmarks:create',
        'benchmarks:get',
        'benchmarks:list',
        'evaluations:create',
        'leaderboards:list',
        'trainings:create',
        'trainings:delete',
        'trainings:get',
        'trainings:list',
        'trainings:update',
        'data-models:create',
        'data-models:delete',
        'data-models:get',
        'data-models:list',
        'data-models:update',
      ],
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    User: {
      type: 'object',
      required: ['id', 'email'],
      properties: {
        id: {
          type: 'string',
        },
        email: {
          type: 'string',
        },
        external_id: {
          type: 'string',
        },
        first_name: {
          type: 'string',
        },
        last_name: {
          type: 'string',
        },
        role: {
          $ref: '#/components/schemas/UserRole',
        },
      },
      description: 'A user.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    CurrentUser: {
      type: 'object',
      required: ['id', 'email'],
      properties: {
        id: {
          type: 'string',
        },
        email: {
          type: 'string',
        },
        external_id: {
          type: 'string',
        },
        first_name: {
          type: 'string',
        },
        last_name: {
          type: 'string',
        },
        role: {
          $ref: '#/components/schemas/UserRole',
        },
        permissions: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/UserPermission',
          },
        },
        spaces: {
          type: 'array',
          items: {
            type: 'string',
          },
          description: 'The ids of the spaces the user belongs to.',
        },
      },
      description: 'The logged-in user, with permissions and spaces.',
      'x-sdk-notes':
        'The seed shows `spaces: []`; that its items are space ids is inferred. The `examples` user is made up; the mock is logged in as it (its `user` option overrides fields).',
    },
    UserUpdate: {
      type: 'object',
      properties: {
        first_name: {
          type: 'string',
        },
        last_name: {
          type: 'string',
        },
        role: {
          $ref: '#/components/schemas/UserRole',
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    UserPermissions: {
      type: 'object',
      required: ['permissions'],
      properties: {
        permissions: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/UserPermission',
          },
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    AcceptInviteResponse: {
      type: 'object',
      properties: {
        error: {
          type: 'string',
          description: 'Empty when the invites were accepted.',
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    InferenceModel: {
      type: 'object',
      required: ['id'],
      additionalProperties: true,
      properties: {
        id: {
          type: 'string',
        },
        object: {
          type: 'string',
        },
        owned_by: {
          type: 'string',
        },
        created: {
          type: 'integer',
        },
      },
      description: 'A model the inference server can run; pass its `id` as `model`.',
      'x-sdk-notes':
        "The seed shows the list's `data` empty; the fields are OpenAI's model object (the vendor's SDK is an OpenAI fork). Other fields pass through. The `examples` are made up (no model names are documented); the mock lists them (and completions accept them) unless its `models` option says otherwise.",
    },
    InferenceModelList: {
      type: 'object',
      required: ['data', 'has_more'],
      properties: {
        count: {
          type: 'integer',
          minimum: 0,
          description: 'How many records match (read as the total; see x-sdk-notes).',
        },
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/InferenceModel',
          },
        },
        has_more: {
          type: 'boolean',
          description: 'Whether another page follows; ask for it with `after=<id of the last item>`.',
        },
      },
      description: 'The models, all at once.',
      'x-sdk-notes':
        'The seed shows `{count, data, has_more}` but no paging parameters: the list comes whole.',
    },
    Persona: {
      type: 'object',
      required: ['id', 'name'],
      properties: {
        id: {
          type: 'string',
        },
        birthdate: {
          type: 'string',
        },
        data: {
          type: 'object',
          additionalProperties: true,
          description: 'Anything else known about the persona.',
        },
        name: {
          type: 'string',
        },
        notes: {
          type: 'string',
        },
        created_at: {
          type: 'string',
        },
        updated_at: {
          type: 'string',
        },
        created_by: {
          type: 'string',
        },
        updated_by: {
          type: 'string',
        },
      },
      description: 'A customer persona.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    PersonaCreate: {
      type: 'object',
      required: ['birthdate', 'name', 'notes'],
      properties: {
        birthdate: {
          type: 'string',
        },
        data: {
          type: 'object',
          additionalProperties: true,
          description: 'Anything else known about the persona.',
        },
        name: {
          type: 'string',
          minLength: 1,
        },
        notes: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    PersonaUpdate: {
      type: 'object',
      properties: {
        birthdate: {
          type: 'string',
        },
        data: {
          type: 'object',
          additionalProperties: true,
          description: 'Anything else known about the persona.',
        },
        name: {
          type: 'string',
          minLength: 1,
        },
        notes: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    PersonaPage: {
      type: 'object',
      required: ['data', 'has_more'],
      properties: {
        count: {
          type: 'integer',
          minimum: 0,
          description: 'How many records match (read as the total; see x-sdk-notes).',
        },
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Persona',
          },
        },
        has_more: {
          type: 'boolean',
          description: 'Whether another page follows; ask for it with `after=<id of the last item>`.',
        },
      },
      description: 'One page of personas.',
      'x-sdk-notes':
        "The `{count, data, has_more}` envelope is the seed's. Whether `count` is the page's length or the total is not documented; the mock sends the total, and the client pages by `has_more` only.",
    },
    PersonaCompletionRequest: {
      type: 'object',
      properties: {
        current_persona: {
          type: 'object',
          additionalProperties: true,
          description: 'The persona as it stands (fields of a persona).',
        },
        history: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: true,
            description: 'A previous prompt or answer.',
          },
        },
        prompt: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    PersonaCompletion: {
      type: 'object',
      additionalProperties: true,
      description: 'The completed persona. The seed shows `{ }`: an object whose fields it does not name.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    PersonaUploadResult: {
      type: 'object',
      required: ['upload_token'],
      properties: {
        conflict_personas: {
          type: 'integer',
          minimum: 0,
          description: 'How many personas in the files clash with existing ones.',
        },
        message: {
          type: 'string',
        },
        status: {
          type: 'string',
          description: '`pending` until the upload is confirmed.',
        },
        total: {
          type: 'integer',
          minimum: 0,
          description: 'How many personas the files hold.',
        },
        upload_token: {
          type: 'string',
          description: 'Pass it to confirm the upload.',
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    ConflictResolution: {
      type: 'string',
      enum: ['overwrite', 'create', 'skip'],
      description:
        'For a persona that clashes with an existing one: replace it, add a second one, or leave it out.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    PersonaUploadConfirm: {
      type: 'object',
      properties: {
        conflict_resolution: {
          $ref: '#/components/schemas/ConflictResolution',
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    PersonaUploadConfirmation: {
      type: 'object',
      properties: {
        conflicts_resolved: {
          type: 'integer',
          minimum: 0,
        },
        message: {
          type: 'string',
        },
        status: {
          type: 'string',
        },
        total_uploaded: {
          type: 'integer',
          minimum: 0,
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    Space: {
      type: 'object',
      required: ['id', 'name'],
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
        created_at: {
          type: 'string',
        },
        updated_at: {
          type: 'string',
        },
        created_by: {
          type: 'string',
        },
        updated_by: {
          type: 'string',
        },
      },
      description: 'A workspace: users, permissions and everything they create.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    SpaceCreate: {
      type: 'object',
      required: ['description', 'name'],
      properties: {
        description: {
          type: 'string',
        },
        name: {
          type: 'string',
          minLength: 1,
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    SpaceUpdate: {
      type: 'object',
      properties: {
        description: {
          type: 'string',
        },
        name: {
          type: 'string',
          minLength: 1,
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    SpacePage: {
      type: 'object',
      required: ['data', 'has_more'],
      properties: {
        count: {
          type: 'integer',
          minimum: 0,
          description: 'How many records match (read as the total; see x-sdk-notes).',
        },
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Space',
          },
        },
        has_more: {
          type: 'boolean',
          description: 'Whether another page follows; ask for it with `after=<id of the last item>`.',
        },
      },
      description: 'One page of spaces.',
      'x-sdk-notes':
        "The `{count, data, has_more}` envelope is the seed's. Whether `count` is the page's length or the total is not documented; the mock sends the total, and the client pages by `has_more` only.",
    },
    SpaceInvite: {
      type: 'object',
      required: ['emails', 'roles'],
      properties: {
        emails: {
          type: 'array',
          items: {
            type: 'string',
            format: 'email',
          },
          minItems: 1,
        },
        roles: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/UserPermission',
          },
          minItems: 1,
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    SpaceInviteResult: {
      type: 'object',
      required: ['emails'],
      properties: {
        emails: {
          type: 'array',
          items: {
            type: 'string',
          },
          description: 'The addresses invited.',
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    Training: {
      type: 'object',
      required: ['id', 'name', 'architecture', 'data_model_id', 'gpu_count'],
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        architecture: {
          type: 'string',
        },
        benchmark_ids: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        checkpoints: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Checkpoint',
          },
        },
        configuration: {
          type: 'object',
          additionalProperties: true,
          description: 'Hyperparameters, as given.',
        },
        connectors: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ConnectorTraining',
          },
        },
        data_model_id: {
          type: 'string',
        },
        gpu_count: {
          type: 'integer',
        },
        metrics: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: true,
            description: 'One recorded metric. The seed shows the array empty.',
          },
        },
        status: {
          type: 'string',
          description: 'The job status (values not documented; the mock starts at `pending`).',
        },
        created_at: {
          type: 'string',
        },
        updated_at: {
          type: 'string',
        },
      },
      description: 'A training job.',
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    TrainingCreate: {
      type: 'object',
      required: ['architecture', 'configuration', 'connectors', 'data_model_id', 'gpu_count', 'name'],
      properties: {
        architecture: {
          type: 'string',
          minLength: 1,
        },
        benchmark_ids: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        configuration: {
          type: 'object',
          additionalProperties: true,
          description: 'Hyperparameters.',
        },
        connectors: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ConnectorTraining',
          },
        },
        data_model_id: {
          type: 'string',
          minLength: 1,
        },
        gpu_count: {
          type: 'integer',
          minimum: 1,
        },
        name: {
          type: 'string',
          minLength: 1,
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    TrainingUpdate: {
      type: 'object',
      properties: {
        architecture: {
          type: 'string',
          minLength: 1,
        },
        benchmark_ids: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        configuration: {
          type: 'object',
          additionalProperties: true,
          description: 'Hyperparameters.',
        },
        connector: {
          $ref: '#/components/schemas/UpdateConnectorTraining',
        },
        name: {
          type: 'string',
          minLength: 1,
        },
      },
      'x-sdk-notes':
        'From the seed (seeds/001, the Redoc page): the fields, types, enums and required marks it gives for this object.',
    },
    TrainingPage: {
      type: 'object',
      required: ['data', 'has_more'],
      properties: {
        count: {
          type: 'integer',
          minimum: 0,
          description: 'How many records match (read as the total; see x-sdk-notes).',
        },
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Training',
          },
        },
        has_more: {
          type: 'boolean',
          description: 'Whether another page follows; ask for it with `after=<id of the last item>`.',
        },
      },
      description: 'One page of trainings.',
      'x-sdk-notes':
        'The seed shows `{count, data, has_more}` for this page-numbered list too; the client pages by `has_more`.',
    },
    WebhookEvent: {
      type: 'string',
      enum: ['created', 'updated', 'deleted'],
      'x-sdk-notes':
        'The seed gives these three "e.g."; the client\'s webhook parser accepts more when told to.',
    },
    StatusUpdate: {
      type: 'object',
      required: ['id'],
      properties: {
        event: {
          $ref: '#/components/schemas/WebhookEvent',
        },
        id: {
          type: 'string',
          minLength: 1,
          description: 'The id of the entity whose status changed.',
        },
        name: {
          type: 'string',
        },
        payload: {
          type: 'object',
          additionalProperties: true,
          description: 'The entity, or what changed of it.',
        },
        status: {
          type: 'string',
        },
        timestamp: {
          type: 'string',
        },
        type: {
          type: 'string',
          description: 'The kind of entity, e.g. `aws-s3`, `postgres`.',
        },
      },
      description: 'A status update NeoSpace posts to your webhook endpoint.',
      'x-sdk-notes':
        'The seed\'s "Webhook to receive status updates" request body: event (e.g. created, updated, deleted), id (required), name, payload (an object), status, timestamp, type.',
    },
    WebhookAck: {
      type: 'object',
      required: ['id'],
      properties: {
        id: {
          type: 'string',
        },
      },
      'x-sdk-notes': 'The seed\'s answer to "Webhook to receive status updates": `{id}`.',
    },
  },
};
