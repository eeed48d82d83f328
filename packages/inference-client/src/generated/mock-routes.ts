// Generated from specs/inference.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The spec's operations as the mock engine routes them (@org/sdk-core/msw `createMockApi`).
import type { MockRoute } from '@org/sdk-core/msw';
import type { paths } from './schema';

/**
 * Each operation of the spec by operationId: its openapi-typescript type, which types resolvers and
 * overrides.
 */
export interface Operations {
  listActionGroups: paths['/v1/action-groups']['get'];
  createActionGroup: paths['/v1/action-groups']['post'];
  listActions: paths['/v1/actions']['get'];
  createAction: paths['/v1/actions']['post'];
  listArguments: paths['/v1/arguments']['get'];
  listBenchmarks: paths['/v1/benchmarks']['get'];
  createBenchmark: paths['/v1/benchmarks']['post'];
  listChats: paths['/v1/chats']['get'];
  listCheckpoints: paths['/v1/checkpoints']['get'];
  getCluster: paths['/v1/clusters']['get'];
  updateCluster: paths['/v1/clusters']['put'];
  createCluster: paths['/v1/clusters']['post'];
  deleteCluster: paths['/v1/clusters']['delete'];
  listConnectors: paths['/v1/connectors']['get'];
  createConnector: paths['/v1/connectors']['post'];
  listDataModels: paths['/v1/data-models']['get'];
  createDataModel: paths['/v1/data-models']['post'];
  createEvaluation: paths['/v1/evaluations']['post'];
  listExperts: paths['/v1/experts']['get'];
  createExpert: paths['/v1/experts']['post'];
  listInferenceLogs: paths['/v1/inference-logs']['get'];
  createInsight: paths['/v1/insights']['post'];
  listLeaderboards: paths['/v1/leaderboards']['get'];
  listModels: paths['/v1/models']['get'];
  listPersonas: paths['/v1/personas']['get'];
  createPersona: paths['/v1/personas']['post'];
  listSpaces: paths['/v1/spaces']['get'];
  createSpace: paths['/v1/spaces']['post'];
  listTrainings: paths['/v1/trainings']['get'];
  createTraining: paths['/v1/trainings']['post'];
  receiveStatusUpdate: paths['/v1/webhooks']['post'];
  createArgumentCompletion: paths['/v1/arguments/completions']['post'];
  createChatCompletion: paths['/v1/chat/completions']['post'];
  getInferenceLogsSummary: paths['/v1/inference-logs/summary']['get'];
  getCurrentUser: paths['/v1/users/me']['get'];
  updateCurrentUser: paths['/v1/users/me']['put'];
  addUserPermissions: paths['/v1/users/permissions']['post'];
  acceptInvite: paths['/v1/users/accept-invite']['post'];
  createPersonaCompletion: paths['/v1/personas/completions']['post'];
  uploadPersonaFiles: paths['/v1/personas/upload']['post'];
  confirmPersonaUpload: paths['/v1/personas/upload/{upload_token}/confirm']['post'];
  getActionGroup: paths['/v1/action-groups/{id}']['get'];
  updateActionGroup: paths['/v1/action-groups/{id}']['put'];
  deleteActionGroup: paths['/v1/action-groups/{id}']['delete'];
  getAction: paths['/v1/actions/{id}']['get'];
  updateAction: paths['/v1/actions/{id}']['put'];
  deleteAction: paths['/v1/actions/{id}']['delete'];
  getArgument: paths['/v1/arguments/{id}']['get'];
  updateArgument: paths['/v1/arguments/{id}']['put'];
  deleteArgument: paths['/v1/arguments/{id}']['delete'];
  getBenchmark: paths['/v1/benchmarks/{id}']['get'];
  updateBenchmark: paths['/v1/benchmarks/{id}']['put'];
  deleteBenchmark: paths['/v1/benchmarks/{id}']['delete'];
  getChat: paths['/v1/chats/{id}']['get'];
  updateChat: paths['/v1/chats/{id}']['put'];
  deleteChat: paths['/v1/chats/{id}']['delete'];
  getConnector: paths['/v1/connectors/{id}']['get'];
  deleteConnector: paths['/v1/connectors/{id}']['delete'];
  getDataModel: paths['/v1/data-models/{id}']['get'];
  updateDataModel: paths['/v1/data-models/{id}']['put'];
  deleteDataModel: paths['/v1/data-models/{id}']['delete'];
  getExpert: paths['/v1/experts/{id}']['get'];
  updateExpert: paths['/v1/experts/{id}']['put'];
  deleteExpert: paths['/v1/experts/{id}']['delete'];
  getPersona: paths['/v1/personas/{id}']['get'];
  updatePersona: paths['/v1/personas/{id}']['put'];
  deletePersona: paths['/v1/personas/{id}']['delete'];
  getSpace: paths['/v1/spaces/{id}']['get'];
  updateSpace: paths['/v1/spaces/{id}']['put'];
  deleteSpace: paths['/v1/spaces/{id}']['delete'];
  getTraining: paths['/v1/trainings/{id}']['get'];
  updateTraining: paths['/v1/trainings/{id}']['put'];
  deleteTraining: paths['/v1/trainings/{id}']['delete'];
  getChatWindow: paths['/v1/chats/{id}/window']['get'];
  listConnectorFiles: paths['/v1/connectors/{id}/files']['get'];
  scanConnector: paths['/v1/connectors/{id}/scan']['post'];
  inviteToSpace: paths['/v1/spaces/{id}/invite']['post'];
  restoreSpace: paths['/v1/spaces/{id}/restore']['post'];
}

/** Every operation's route, static path segments before `{param}`s so msw matches the specific one first. */
export const routes: readonly MockRoute<keyof Operations & string>[] = [
  {
    operationId: 'listActionGroups',
    method: 'get',
    path: '/v1/action-groups',
    key: 'GET /v1/action-groups',
    status: 200,
    pagination: {
      style: 'after',
      items: 'data',
      total: 'count',
      hasMore: 'has_more',
      afterParam: 'after',
      idField: 'id',
      limit: {
        param: 'limit',
        default: 10,
      },
    },
  },
  {
    operationId: 'createActionGroup',
    method: 'post',
    path: '/v1/action-groups',
    key: 'POST /v1/action-groups',
    status: 200,
    body: {
      kind: 'json',
      schema: 'ActionGroupCreate',
      required: true,
    },
  },
  {
    operationId: 'listActions',
    method: 'get',
    path: '/v1/actions',
    key: 'GET /v1/actions',
    status: 200,
    pagination: {
      style: 'after',
      items: 'data',
      total: 'count',
      hasMore: 'has_more',
      afterParam: 'after',
      idField: 'id',
      limit: {
        param: 'limit',
        default: 10,
      },
    },
  },
  {
    operationId: 'createAction',
    method: 'post',
    path: '/v1/actions',
    key: 'POST /v1/actions',
    status: 200,
    body: {
      kind: 'json',
      schema: 'ActionCreate',
      required: true,
    },
  },
  {
    operationId: 'listArguments',
    method: 'get',
    path: '/v1/arguments',
    key: 'GET /v1/arguments',
    status: 200,
    pagination: {
      style: 'page',
      items: '',
      pageParam: 'page',
      firstPage: 1,
      limit: {
        param: 'page_size',
        default: 100,
      },
    },
    query: [
      {
        name: 'status',
        schema: {
          type: 'string',
          enum: ['pending', 'waiting_review', 'success', 'failed', 'reviewing'],
        },
      },
    ],
  },
  {
    operationId: 'listBenchmarks',
    method: 'get',
    path: '/v1/benchmarks',
    key: 'GET /v1/benchmarks',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'count',
      hasMore: 'has_more',
      pageParam: 'page',
      firstPage: 1,
      limit: {
        param: 'page_size',
        default: 10,
      },
    },
  },
  {
    operationId: 'createBenchmark',
    method: 'post',
    path: '/v1/benchmarks',
    key: 'POST /v1/benchmarks',
    status: 200,
    body: {
      kind: 'json',
      schema: 'BenchmarkCreate',
      required: true,
    },
  },
  {
    operationId: 'listChats',
    method: 'get',
    path: '/v1/chats',
    key: 'GET /v1/chats',
    status: 200,
    pagination: {
      style: 'after',
      items: 'data',
      total: 'count',
      hasMore: 'has_more',
      afterParam: 'after',
      idField: 'id',
      limit: {
        param: 'limit',
        default: 10,
      },
    },
  },
  {
    operationId: 'listCheckpoints',
    method: 'get',
    path: '/v1/checkpoints',
    key: 'GET /v1/checkpoints',
    status: 200,
    pagination: {
      style: 'after',
      items: 'data',
      total: 'count',
      hasMore: 'has_more',
      afterParam: 'after',
      idField: 'id',
      limit: {
        param: 'limit',
        default: 10,
      },
    },
  },
  {
    operationId: 'getCluster',
    method: 'get',
    path: '/v1/clusters',
    key: 'GET /v1/clusters',
    status: 200,
  },
  {
    operationId: 'updateCluster',
    method: 'put',
    path: '/v1/clusters',
    key: 'PUT /v1/clusters',
    status: 200,
    body: {
      kind: 'json',
      schema: 'ClusterUpdate',
      required: true,
    },
  },
  {
    operationId: 'createCluster',
    method: 'post',
    path: '/v1/clusters',
    key: 'POST /v1/clusters',
    status: 200,
    body: {
      kind: 'json',
      schema: 'ClusterCreate',
      required: true,
    },
  },
  {
    operationId: 'deleteCluster',
    method: 'delete',
    path: '/v1/clusters',
    key: 'DELETE /v1/clusters',
    status: 200,
  },
  {
    operationId: 'listConnectors',
    method: 'get',
    path: '/v1/connectors',
    key: 'GET /v1/connectors',
    status: 200,
    pagination: {
      style: 'after',
      items: 'data',
      total: 'count',
      hasMore: 'has_more',
      afterParam: 'after',
      idField: 'id',
      limit: {
        param: 'limit',
        default: 10,
      },
    },
  },
  {
    operationId: 'createConnector',
    method: 'post',
    path: '/v1/connectors',
    key: 'POST /v1/connectors',
    status: 200,
    body: {
      kind: 'json',
      schema: 'ConnectorCreate',
      required: true,
    },
  },
  {
    operationId: 'listDataModels',
    method: 'get',
    path: '/v1/data-models',
    key: 'GET /v1/data-models',
    status: 200,
    pagination: {
      style: 'after',
      items: 'data',
      total: 'count',
      hasMore: 'has_more',
      afterParam: 'after',
      idField: 'id',
      limit: {
        param: 'limit',
        default: 10,
      },
    },
  },
  {
    operationId: 'createDataModel',
    method: 'post',
    path: '/v1/data-models',
    key: 'POST /v1/data-models',
    status: 200,
    body: {
      kind: 'json',
      schema: 'DataModelCreate',
      required: true,
    },
  },
  {
    operationId: 'createEvaluation',
    method: 'post',
    path: '/v1/evaluations',
    key: 'POST /v1/evaluations',
    status: 200,
    body: {
      kind: 'json',
      schema: 'EvaluationCreate',
      required: true,
    },
  },
  {
    operationId: 'listExperts',
    method: 'get',
    path: '/v1/experts',
    key: 'GET /v1/experts',
    status: 200,
    pagination: {
      style: 'after',
      items: 'data',
      total: 'count',
      hasMore: 'has_more',
      afterParam: 'after',
      idField: 'id',
      limit: {
        param: 'limit',
        default: 10,
      },
    },
  },
  {
    operationId: 'createExpert',
    method: 'post',
    path: '/v1/experts',
    key: 'POST /v1/experts',
    status: 200,
    body: {
      kind: 'json',
      schema: 'ExpertCreate',
      required: true,
    },
  },
  {
    operationId: 'listInferenceLogs',
    method: 'get',
    path: '/v1/inference-logs',
    key: 'GET /v1/inference-logs',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'count',
      hasMore: 'has_more',
      pageParam: 'page',
      firstPage: 1,
      limit: {
        param: 'page_size',
        default: 20,
      },
    },
    query: [
      {
        name: 'status',
        schema: {
          type: 'string',
          enum: ['success', 'error'],
        },
      },
    ],
  },
  {
    operationId: 'createInsight',
    method: 'post',
    path: '/v1/insights',
    key: 'POST /v1/insights',
    status: 200,
    body: {
      kind: 'json',
      schema: 'InsightCreate',
      required: true,
    },
  },
  {
    operationId: 'listLeaderboards',
    method: 'get',
    path: '/v1/leaderboards',
    key: 'GET /v1/leaderboards',
    status: 200,
    pagination: {
      style: 'after',
      items: 'data',
      total: 'count',
      hasMore: 'has_more',
      afterParam: 'after',
      idField: 'id',
      limit: {
        param: 'limit',
        default: 10,
      },
    },
    query: [
      {
        name: 'benchmarks',
        schema: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
      },
      {
        name: 'trainings',
        schema: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
      },
      {
        name: 'order_by_metric.direction',
        schema: {
          type: 'string',
          enum: ['asc', 'desc'],
        },
      },
    ],
  },
  {
    operationId: 'listModels',
    method: 'get',
    path: '/v1/models',
    key: 'GET /v1/models',
    status: 200,
  },
  {
    operationId: 'listPersonas',
    method: 'get',
    path: '/v1/personas',
    key: 'GET /v1/personas',
    status: 200,
    pagination: {
      style: 'after',
      items: 'data',
      total: 'count',
      hasMore: 'has_more',
      afterParam: 'after',
      idField: 'id',
      limit: {
        param: 'limit',
        default: 10,
      },
    },
  },
  {
    operationId: 'createPersona',
    method: 'post',
    path: '/v1/personas',
    key: 'POST /v1/personas',
    status: 200,
    body: {
      kind: 'json',
      schema: 'PersonaCreate',
      required: true,
    },
  },
  {
    operationId: 'listSpaces',
    method: 'get',
    path: '/v1/spaces',
    key: 'GET /v1/spaces',
    status: 200,
    pagination: {
      style: 'after',
      items: 'data',
      total: 'count',
      hasMore: 'has_more',
      afterParam: 'after',
      idField: 'id',
      limit: {
        param: 'limit',
        default: 10,
      },
    },
  },
  {
    operationId: 'createSpace',
    method: 'post',
    path: '/v1/spaces',
    key: 'POST /v1/spaces',
    status: 200,
    body: {
      kind: 'json',
      schema: 'SpaceCreate',
      required: true,
    },
  },
  {
    operationId: 'listTrainings',
    method: 'get',
    path: '/v1/trainings',
    key: 'GET /v1/trainings',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'count',
      hasMore: 'has_more',
      pageParam: 'page',
      firstPage: 1,
      limit: {
        param: 'pageSize',
        default: 10,
      },
    },
  },
  {
    operationId: 'createTraining',
    method: 'post',
    path: '/v1/trainings',
    key: 'POST /v1/trainings',
    status: 200,
    body: {
      kind: 'json',
      schema: 'TrainingCreate',
      required: true,
    },
  },
  {
    operationId: 'receiveStatusUpdate',
    method: 'post',
    path: '/v1/webhooks',
    key: 'POST /v1/webhooks',
    status: 200,
    body: {
      kind: 'json',
      schema: 'StatusUpdate',
      required: true,
    },
  },
  {
    operationId: 'createArgumentCompletion',
    method: 'post',
    path: '/v1/arguments/completions',
    key: 'POST /v1/arguments/completions',
    status: 200,
    body: {
      kind: 'json',
      schema: 'ArgumentCompletionRequest',
      required: true,
    },
  },
  {
    operationId: 'createChatCompletion',
    method: 'post',
    path: '/v1/chat/completions',
    key: 'POST /v1/chat/completions',
    status: 200,
    body: {
      kind: 'json',
      schema: 'ChatCompletionRequest',
      required: true,
    },
  },
  {
    operationId: 'getInferenceLogsSummary',
    method: 'get',
    path: '/v1/inference-logs/summary',
    key: 'GET /v1/inference-logs/summary',
    status: 200,
  },
  {
    operationId: 'getCurrentUser',
    method: 'get',
    path: '/v1/users/me',
    key: 'GET /v1/users/me',
    status: 200,
  },
  {
    operationId: 'updateCurrentUser',
    method: 'put',
    path: '/v1/users/me',
    key: 'PUT /v1/users/me',
    status: 200,
    body: {
      kind: 'json',
      schema: 'UserUpdate',
      required: true,
    },
  },
  {
    operationId: 'addUserPermissions',
    method: 'post',
    path: '/v1/users/permissions',
    key: 'POST /v1/users/permissions',
    status: 200,
  },
  {
    operationId: 'acceptInvite',
    method: 'post',
    path: '/v1/users/accept-invite',
    key: 'POST /v1/users/accept-invite',
    status: 200,
  },
  {
    operationId: 'createPersonaCompletion',
    method: 'post',
    path: '/v1/personas/completions',
    key: 'POST /v1/personas/completions',
    status: 200,
    body: {
      kind: 'json',
      schema: 'PersonaCompletionRequest',
      required: true,
    },
  },
  {
    operationId: 'uploadPersonaFiles',
    method: 'post',
    path: '/v1/personas/upload',
    key: 'POST /v1/personas/upload',
    status: 200,
    body: {
      kind: 'multipart',
      required: true,
    },
  },
  {
    operationId: 'confirmPersonaUpload',
    method: 'post',
    path: '/v1/personas/upload/{upload_token}/confirm',
    key: 'POST /v1/personas/upload/{upload_token}/confirm',
    status: 200,
    body: {
      kind: 'json',
      schema: 'PersonaUploadConfirm',
      required: true,
    },
  },
  {
    operationId: 'getActionGroup',
    method: 'get',
    path: '/v1/action-groups/{id}',
    key: 'GET /v1/action-groups/{id}',
    status: 200,
  },
  {
    operationId: 'updateActionGroup',
    method: 'put',
    path: '/v1/action-groups/{id}',
    key: 'PUT /v1/action-groups/{id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'ActionGroupUpdate',
      required: true,
    },
  },
  {
    operationId: 'deleteActionGroup',
    method: 'delete',
    path: '/v1/action-groups/{id}',
    key: 'DELETE /v1/action-groups/{id}',
    status: 200,
  },
  {
    operationId: 'getAction',
    method: 'get',
    path: '/v1/actions/{id}',
    key: 'GET /v1/actions/{id}',
    status: 200,
  },
  {
    operationId: 'updateAction',
    method: 'put',
    path: '/v1/actions/{id}',
    key: 'PUT /v1/actions/{id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'ActionUpdate',
      required: true,
    },
  },
  {
    operationId: 'deleteAction',
    method: 'delete',
    path: '/v1/actions/{id}',
    key: 'DELETE /v1/actions/{id}',
    status: 200,
  },
  {
    operationId: 'getArgument',
    method: 'get',
    path: '/v1/arguments/{id}',
    key: 'GET /v1/arguments/{id}',
    status: 200,
  },
  {
    operationId: 'updateArgument',
    method: 'put',
    path: '/v1/arguments/{id}',
    key: 'PUT /v1/arguments/{id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'ArgumentUpdate',
      required: true,
    },
  },
  {
    operationId: 'deleteArgument',
    method: 'delete',
    path: '/v1/arguments/{id}',
    key: 'DELETE /v1/arguments/{id}',
    status: 200,
  },
  {
    operationId: 'getBenchmark',
    method: 'get',
    path: '/v1/benchmarks/{id}',
    key: 'GET /v1/benchmarks/{id}',
    status: 200,
  },
  {
    operationId: 'updateBenchmark',
    method: 'put',
    path: '/v1/benchmarks/{id}',
    key: 'PUT /v1/benchmarks/{id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'BenchmarkUpdate',
      required: true,
    },
  },
  {
    operationId: 'deleteBenchmark',
    method: 'delete',
    path: '/v1/benchmarks/{id}',
    key: 'DELETE /v1/benchmarks/{id}',
    status: 200,
  },
  {
    operationId: 'getChat',
    method: 'get',
    path: '/v1/chats/{id}',
    key: 'GET /v1/chats/{id}',
    status: 200,
  },
  {
    operationId: 'updateChat',
    method: 'put',
    path: '/v1/chats/{id}',
    key: 'PUT /v1/chats/{id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'ChatUpdate',
      required: true,
    },
  },
  {
    operationId: 'deleteChat',
    method: 'delete',
    path: '/v1/chats/{id}',
    key: 'DELETE /v1/chats/{id}',
    status: 200,
  },
  {
    operationId: 'getConnector',
    method: 'get',
    path: '/v1/connectors/{id}',
    key: 'GET /v1/connectors/{id}',
    status: 200,
  },
  {
    operationId: 'deleteConnector',
    method: 'delete',
    path: '/v1/connectors/{id}',
    key: 'DELETE /v1/connectors/{id}',
    status: 200,
  },
  {
    operationId: 'getDataModel',
    method: 'get',
    path: '/v1/data-models/{id}',
    key: 'GET /v1/data-models/{id}',
    status: 200,
  },
  {
    operationId: 'updateDataModel',
    method: 'put',
    path: '/v1/data-models/{id}',
    key: 'PUT /v1/data-models/{id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'DataModelUpdate',
      required: true,
    },
  },
  {
    operationId: 'deleteDataModel',
    method: 'delete',
    path: '/v1/data-models/{id}',
    key: 'DELETE /v1/data-models/{id}',
    status: 200,
  },
  {
    operationId: 'getExpert',
    method: 'get',
    path: '/v1/experts/{id}',
    key: 'GET /v1/experts/{id}',
    status: 200,
  },
  {
    operationId: 'updateExpert',
    method: 'put',
    path: '/v1/experts/{id}',
    key: 'PUT /v1/experts/{id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'ExpertUpdate',
      required: true,
    },
  },
  {
    operationId: 'deleteExpert',
    method: 'delete',
    path: '/v1/experts/{id}',
    key: 'DELETE /v1/experts/{id}',
    status: 204,
  },
  {
    operationId: 'getPersona',
    method: 'get',
    path: '/v1/personas/{id}',
    key: 'GET /v1/personas/{id}',
    status: 200,
  },
  {
    operationId: 'updatePersona',
    method: 'put',
    path: '/v1/personas/{id}',
    key: 'PUT /v1/personas/{id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'PersonaUpdate',
      required: true,
    },
  },
  {
    operationId: 'deletePersona',
    method: 'delete',
    path: '/v1/personas/{id}',
    key: 'DELETE /v1/personas/{id}',
    status: 204,
  },
  {
    operationId: 'getSpace',
    method: 'get',
    path: '/v1/spaces/{id}',
    key: 'GET /v1/spaces/{id}',
    status: 200,
  },
  {
    operationId: 'updateSpace',
    method: 'put',
    path: '/v1/spaces/{id}',
    key: 'PUT /v1/spaces/{id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'SpaceUpdate',
      required: true,
    },
  },
  {
    operationId: 'deleteSpace',
    method: 'delete',
    path: '/v1/spaces/{id}',
    key: 'DELETE /v1/spaces/{id}',
    status: 200,
  },
  {
    operationId: 'getTraining',
    method: 'get',
    path: '/v1/trainings/{id}',
    key: 'GET /v1/trainings/{id}',
    status: 200,
  },
  {
    operationId: 'updateTraining',
    method: 'put',
    path: '/v1/trainings/{id}',
    key: 'PUT /v1/trainings/{id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'TrainingUpdate',
      required: true,
    },
  },
  {
    operationId: 'deleteTraining',
    method: 'delete',
    path: '/v1/trainings/{id}',
    key: 'DELETE /v1/trainings/{id}',
    status: 200,
  },
  {
    operationId: 'getChatWindow',
    method: 'get',
    path: '/v1/chats/{id}/window',
    key: 'GET /v1/chats/{id}/window',
    status: 200,
  },
  {
    operationId: 'listConnectorFiles',
    method: 'get',
    path: '/v1/connectors/{id}/files',
    key: 'GET /v1/connectors/{id}/files',
    status: 200,
    query: [
      {
        name: 'limit',
        schema: {
          type: 'integer',
          minimum: 1,
        },
      },
    ],
  },
  {
    operationId: 'scanConnector',
    method: 'post',
    path: '/v1/connectors/{id}/scan',
    key: 'POST /v1/connectors/{id}/scan',
    status: 200,
    body: {
      kind: 'json',
      schema: 'ConnectorScanRequest',
      required: true,
    },
  },
  {
    operationId: 'inviteToSpace',
    method: 'post',
    path: '/v1/spaces/{id}/invite',
    key: 'POST /v1/spaces/{id}/invite',
    status: 200,
    body: {
      kind: 'json',
      schema: 'SpaceInvite',
      required: true,
    },
  },
  {
    operationId: 'restoreSpace',
    method: 'post',
    path: '/v1/spaces/{id}/restore',
    key: 'POST /v1/spaces/{id}/restore',
    status: 200,
  },
];
