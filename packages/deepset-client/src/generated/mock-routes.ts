// Generated from specs/deepset.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The spec's operations as the mock engine routes them (@org/sdk-core/msw `createMockApi`).
import type { MockRoute } from '@org/sdk-core/msw';
import type { paths } from './schema';

/**
 * Each operation of the spec by operationId: its openapi-typescript type, which types resolvers and
 * overrides.
 */
export interface Operations {
  healthCheck: paths['/health']['get'];
  listTokens: paths['/api/v1/token']['get'];
  createTokens: paths['/api/v1/token']['post'];
  usersMe: paths['/api/v1/me']['get'];
  listUsers: paths['/api/v1/users']['get'];
  listModels: paths['/api/v1/model']['get'];
  listModelRegistryTokens: paths['/api/v1/model_registry_tokens']['get'];
  getOrganization: paths['/api/v1/organization']['get'];
  promptTemplatesListPublic: paths['/api/v1/public_prompt_templates']['get'];
  promptTemplatesSyncPromptHub: paths['/api/v1/trigger_prompthub_sync']['post'];
  listWorkspaces: paths['/api/v1/workspaces']['get'];
  createWorkspaces: paths['/api/v1/workspaces']['post'];
  infrastructureListDocumentStores: paths['/api/v1/infrastructure/document_stores']['get'];
  infrastructureCreateDocumentStore: paths['/api/v1/infrastructure/document_stores']['post'];
  infrastructureListFileStores: paths['/api/v1/infrastructure/file_stores']['get'];
  infrastructureCreateFileStore: paths['/api/v1/infrastructure/file_stores']['post'];
  infrastructureDeleteDocumentStore: paths['/api/v1/infrastructure/document_stores/{credentials_id}']['delete'];
  infrastructureDeleteFileStore: paths['/api/v1/infrastructure/file_stores/{credentials_id}']['delete'];
  deleteTokens: paths['/api/v1/token/{api_token_id}']['delete'];
  getUsers: paths['/api/v1/users/{user_id}']['get'];
  getModelRegistryTokens: paths['/api/v1/model_registry_tokens/{provider}']['get'];
  updateModelRegistryTokens: paths['/api/v1/model_registry_tokens/{provider}']['put'];
  createModelRegistryTokens: paths['/api/v1/model_registry_tokens/{provider}']['post'];
  deleteModelRegistryTokens: paths['/api/v1/model_registry_tokens/{provider}']['delete'];
  getWorkspaces: paths['/api/v1/workspaces/{workspace_name}']['get'];
  deleteWorkspaces: paths['/api/v1/workspaces/{workspace_name}']['delete'];
  listEvalRuns: paths['/api/v1/workspaces/{workspace_name}/eval_runs']['get'];
  createEvalRuns: paths['/api/v1/workspaces/{workspace_name}/eval_runs']['post'];
  listEvaluationSets: paths['/api/v1/workspaces/{workspace_name}/evaluation_sets']['get'];
  listFiles: paths['/api/v1/workspaces/{workspace_name}/files']['get'];
  filesUpload: paths['/api/v1/workspaces/{workspace_name}/files']['post'];
  filesDeleteMany: paths['/api/v1/workspaces/{workspace_name}/files']['delete'];
  listPipelines: paths['/api/v1/workspaces/{workspace_name}/pipelines']['get'];
  createPipelines: paths['/api/v1/workspaces/{workspace_name}/pipelines']['post'];
  listUploadSessions: paths['/api/v1/workspaces/{workspace_name}/upload_sessions']['get'];
  createUploadSessions: paths['/api/v1/workspaces/{workspace_name}/upload_sessions']['post'];
  organizationInvite: paths['/api/v1/organization/{organization_id}/invitation']['post'];
  listPromptTemplates: paths['/api/v1/workspaces/{workspace_name}/prompt_templates']['get'];
  createPromptTemplates: paths['/api/v1/workspaces/{workspace_name}/prompt_templates']['post'];
  workspacesSearchCount: paths['/api/v1/workspaces/{workspace_name}/search_count']['get'];
  workspacesSearchHistory: paths['/api/v1/workspaces/{workspace_name}/search_history']['get'];
  workspacesStats: paths['/api/v1/workspaces/{workspace_name}/stats']['get'];
  listEvalRunTags: paths['/api/v1/workspaces/{workspace_name}/tags']['get'];
  createEvalRunTags: paths['/api/v1/workspaces/{workspace_name}/tags']['post'];
  listLabelingProjects: paths['/api/v1/workspaces/{workspace_name}/labeling_projects']['get'];
  createLabelingProjects: paths['/api/v1/workspaces/{workspace_name}/labeling_projects']['post'];
  listPipelineTemplates: paths['/api/v1/workspaces/{workspace_name}/pipeline_templates']['get'];
  listSearchSessions: paths['/api/v1/workspaces/{workspace_name}/search_sessions']['get'];
  createSearchSessions: paths['/api/v1/workspaces/{workspace_name}/search_sessions']['post'];
  listSharedPrototypes: paths['/api/v1/workspaces/{workspace_name}/shared_prototypes']['get'];
  createSharedPrototypes: paths['/api/v1/workspaces/{workspace_name}/shared_prototypes']['post'];
  sharedPrototypesCreateUser: paths['/api/v1/workspaces/{workspace_name}/shared_prototype_users']['post'];
  evaluationSetsImport: paths['/api/v1/workspaces/{workspace_name}/evaluation_sets/import']['post'];
  getEvalRuns: paths['/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}']['get'];
  deleteEvalRuns: paths['/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}']['delete'];
  updateEvalRuns: paths['/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}']['patch'];
  getEvaluationSets: paths['/api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}']['get'];
  deleteEvaluationSets: paths['/api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}']['delete'];
  filesDownload: paths['/api/v1/workspaces/{workspace_name}/files/{file_id}']['get'];
  deleteFiles: paths['/api/v1/workspaces/{workspace_name}/files/{file_id}']['delete'];
  getPipelines: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}']['get'];
  deletePipelines: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}']['delete'];
  updatePipelines: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}']['patch'];
  getUploadSessions: paths['/api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}']['get'];
  uploadSessionsClose: paths['/api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}']['put'];
  updatePromptTemplates: paths['/api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}']['put'];
  deletePromptTemplates: paths['/api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}']['delete'];
  deleteEvalRunTags: paths['/api/v1/workspaces/{workspace_name}/tags/{tag_name}']['delete'];
  updateEvalRunTags: paths['/api/v1/workspaces/{workspace_name}/tags/{tag_name}']['patch'];
  getIndexes: paths['/api/v1/workspaces/{workspace_name}/indexes/{index_name}']['get'];
  getLabelingProjects: paths['/api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}']['get'];
  updateLabelingProjects: paths['/api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}']['put'];
  deleteLabelingProjects: paths['/api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}']['delete'];
  getSharedPrototypes: paths['/api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}']['get'];
  deleteSharedPrototypes: paths['/api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}']['delete'];
  updateSharedPrototypes: paths['/api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}']['patch'];
  evalRunsStart: paths['/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/start']['post'];
  evaluationSetsGetCsv: paths['/api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}/csv']['get'];
  evaluationSetsMatchLabels: paths['/api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}/label-matching']['post'];
  filesGetMeta: paths['/api/v1/workspaces/{workspace_name}/files/{file_id}/meta']['get'];
  filesUpdateMeta: paths['/api/v1/workspaces/{workspace_name}/files/{file_id}/meta']['patch'];
  documentsQuery: paths['/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-query']['post'];
  documentsStream: paths['/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-stream']['post'];
  pipelinesListFeedback: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback']['get'];
  pipelinesAddFeedback: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback']['post'];
  pipelinesListFiles: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/files']['get'];
  pipelinesGetIndexing: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/indexing']['get'];
  pipelinesGetJson: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/json']['get'];
  pipelinesGetPrompt: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/prompt']['get'];
  pipelinesGetStats: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/stats']['get'];
  pipelinesGetYaml: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml']['get'];
  pipelinesUpdateYaml: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml']['put'];
  pipelinesChat: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat']['post'];
  pipelinesChatStream: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat-stream']['post'];
  pipelinesSetDefault: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/default']['post'];
  pipelinesDeploy: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/deploy']['post'];
  pipelinesSearch: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search']['post'];
  pipelinesSearchStream: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search-stream']['post'];
  pipelinesUndeploy: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/undeploy']['post'];
  uploadSessionsListFiles: paths['/api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}/files']['get'];
  documentsCount: paths['/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-count']['post'];
  pipelinesListLogs: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/logs']['get'];
  pipelinesListMetaKeys: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta']['get'];
  pipelinesSearchHistory: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search_history']['get'];
  getDocuments: paths['/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents/{document_id}']['get'];
  pipelinesListMetaValues: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{field_name}']['get'];
  evalRunsListPredictions: paths['/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/nodes/{node_name}/predictions']['get'];
  pipelinesAggregateMeta: paths['/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{meta_field}/aggregation']['get'];
}

/** Every operation's route, static path segments before `{param}`s so msw matches the specific one first. */
export const routes: readonly MockRoute<keyof Operations & string>[] = [
  {
    operationId: 'healthCheck',
    method: 'get',
    path: '/health',
    key: 'GET /health',
    status: 200,
  },
  {
    operationId: 'listTokens',
    method: 'get',
    path: '/api/v1/token',
    key: 'GET /api/v1/token',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      pageParam: 'page_number',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
  },
  {
    operationId: 'createTokens',
    method: 'post',
    path: '/api/v1/token',
    key: 'POST /api/v1/token',
    status: 200,
    body: {
      kind: 'json',
      schema: 'TokenCreate',
      required: true,
    },
  },
  {
    operationId: 'usersMe',
    method: 'get',
    path: '/api/v1/me',
    key: 'GET /api/v1/me',
    status: 200,
  },
  {
    operationId: 'listUsers',
    method: 'get',
    path: '/api/v1/users',
    key: 'GET /api/v1/users',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      pageParam: 'page_number',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
  },
  {
    operationId: 'listModels',
    method: 'get',
    path: '/api/v1/model',
    key: 'GET /api/v1/model',
    status: 200,
  },
  {
    operationId: 'listModelRegistryTokens',
    method: 'get',
    path: '/api/v1/model_registry_tokens',
    key: 'GET /api/v1/model_registry_tokens',
    status: 200,
  },
  {
    operationId: 'getOrganization',
    method: 'get',
    path: '/api/v1/organization',
    key: 'GET /api/v1/organization',
    status: 200,
  },
  {
    operationId: 'promptTemplatesListPublic',
    method: 'get',
    path: '/api/v1/public_prompt_templates',
    key: 'GET /api/v1/public_prompt_templates',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      pageParam: 'page_number',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
  },
  {
    operationId: 'promptTemplatesSyncPromptHub',
    method: 'post',
    path: '/api/v1/trigger_prompthub_sync',
    key: 'POST /api/v1/trigger_prompthub_sync',
    status: 204,
  },
  {
    operationId: 'listWorkspaces',
    method: 'get',
    path: '/api/v1/workspaces',
    key: 'GET /api/v1/workspaces',
    status: 200,
  },
  {
    operationId: 'createWorkspaces',
    method: 'post',
    path: '/api/v1/workspaces',
    key: 'POST /api/v1/workspaces',
    status: 201,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'infrastructureListDocumentStores',
    method: 'get',
    path: '/api/v1/infrastructure/document_stores',
    key: 'GET /api/v1/infrastructure/document_stores',
    status: 200,
  },
  {
    operationId: 'infrastructureCreateDocumentStore',
    method: 'post',
    path: '/api/v1/infrastructure/document_stores',
    key: 'POST /api/v1/infrastructure/document_stores',
    status: 201,
    body: {
      kind: 'json',
      schema: 'CredentialsCreate',
      required: true,
    },
  },
  {
    operationId: 'infrastructureListFileStores',
    method: 'get',
    path: '/api/v1/infrastructure/file_stores',
    key: 'GET /api/v1/infrastructure/file_stores',
    status: 200,
  },
  {
    operationId: 'infrastructureCreateFileStore',
    method: 'post',
    path: '/api/v1/infrastructure/file_stores',
    key: 'POST /api/v1/infrastructure/file_stores',
    status: 201,
    body: {
      kind: 'json',
      schema: 'CredentialsCreate',
      required: true,
    },
  },
  {
    operationId: 'infrastructureDeleteDocumentStore',
    method: 'delete',
    path: '/api/v1/infrastructure/document_stores/{credentials_id}',
    key: 'DELETE /api/v1/infrastructure/document_stores/{credentials_id}',
    status: 204,
  },
  {
    operationId: 'infrastructureDeleteFileStore',
    method: 'delete',
    path: '/api/v1/infrastructure/file_stores/{credentials_id}',
    key: 'DELETE /api/v1/infrastructure/file_stores/{credentials_id}',
    status: 204,
  },
  {
    operationId: 'deleteTokens',
    method: 'delete',
    path: '/api/v1/token/{api_token_id}',
    key: 'DELETE /api/v1/token/{api_token_id}',
    status: 204,
  },
  {
    operationId: 'getUsers',
    method: 'get',
    path: '/api/v1/users/{user_id}',
    key: 'GET /api/v1/users/{user_id}',
    status: 200,
  },
  {
    operationId: 'getModelRegistryTokens',
    method: 'get',
    path: '/api/v1/model_registry_tokens/{provider}',
    key: 'GET /api/v1/model_registry_tokens/{provider}',
    status: 200,
  },
  {
    operationId: 'updateModelRegistryTokens',
    method: 'put',
    path: '/api/v1/model_registry_tokens/{provider}',
    key: 'PUT /api/v1/model_registry_tokens/{provider}',
    status: 200,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'createModelRegistryTokens',
    method: 'post',
    path: '/api/v1/model_registry_tokens/{provider}',
    key: 'POST /api/v1/model_registry_tokens/{provider}',
    status: 201,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'deleteModelRegistryTokens',
    method: 'delete',
    path: '/api/v1/model_registry_tokens/{provider}',
    key: 'DELETE /api/v1/model_registry_tokens/{provider}',
    status: 204,
  },
  {
    operationId: 'getWorkspaces',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}',
    key: 'GET /api/v1/workspaces/{workspace_name}',
    status: 200,
  },
  {
    operationId: 'deleteWorkspaces',
    method: 'delete',
    path: '/api/v1/workspaces/{workspace_name}',
    key: 'DELETE /api/v1/workspaces/{workspace_name}',
    status: 204,
  },
  {
    operationId: 'listEvalRuns',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/eval_runs',
    key: 'GET /api/v1/workspaces/{workspace_name}/eval_runs',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      pageParam: 'page_number',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
  },
  {
    operationId: 'createEvalRuns',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/eval_runs',
    key: 'POST /api/v1/workspaces/{workspace_name}/eval_runs',
    status: 201,
    body: {
      kind: 'json',
      schema: 'EvalRunCreate',
      required: true,
    },
  },
  {
    operationId: 'listEvaluationSets',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/evaluation_sets',
    key: 'GET /api/v1/workspaces/{workspace_name}/evaluation_sets',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      pageParam: 'page_number',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
  },
  {
    operationId: 'listFiles',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/files',
    key: 'GET /api/v1/workspaces/{workspace_name}/files',
    status: 200,
    pagination: {
      style: 'after',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      afterFields: {
        after_value: 'created_at',
        after_file_id: 'file_id',
      },
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
    query: [
      {
        name: 'after_file_id',
        schema: {
          type: 'string',
          format: 'uuid',
        },
      },
      {
        name: 'order',
        schema: {
          type: 'string',
          enum: ['ASC', 'DESC'],
        },
      },
    ],
  },
  {
    operationId: 'filesUpload',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/files',
    key: 'POST /api/v1/workspaces/{workspace_name}/files',
    status: 201,
    body: {
      kind: 'multipart',
      required: true,
    },
    query: [
      {
        name: 'write_mode',
        schema: {
          type: 'string',
          enum: ['KEEP', 'OVERWRITE', 'FAIL'],
        },
      },
    ],
  },
  {
    operationId: 'filesDeleteMany',
    method: 'delete',
    path: '/api/v1/workspaces/{workspace_name}/files',
    key: 'DELETE /api/v1/workspaces/{workspace_name}/files',
    status: 204,
    query: [
      {
        name: 'names',
        schema: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
      },
      {
        name: 'file_ids',
        schema: {
          type: 'array',
          items: {
            type: 'string',
            format: 'uuid',
          },
        },
      },
    ],
  },
  {
    operationId: 'listPipelines',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/pipelines',
    key: 'GET /api/v1/workspaces/{workspace_name}/pipelines',
    status: 200,
    pagination: {
      style: 'after',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      afterParam: 'before',
      idField: 'pipeline_id',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
    query: [
      {
        name: 'page_number',
        schema: {
          type: 'integer',
          minimum: 1,
        },
      },
      {
        name: 'order',
        schema: {
          type: 'string',
          enum: ['ASC', 'DESC'],
        },
      },
    ],
  },
  {
    operationId: 'createPipelines',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/pipelines',
    key: 'POST /api/v1/workspaces/{workspace_name}/pipelines',
    status: 201,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'listUploadSessions',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/upload_sessions',
    key: 'GET /api/v1/workspaces/{workspace_name}/upload_sessions',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      pageParam: 'page_number',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
    query: [
      {
        name: 'is_expired',
        schema: {
          type: 'boolean',
        },
      },
    ],
  },
  {
    operationId: 'createUploadSessions',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/upload_sessions',
    key: 'POST /api/v1/workspaces/{workspace_name}/upload_sessions',
    status: 201,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'organizationInvite',
    method: 'post',
    path: '/api/v1/organization/{organization_id}/invitation',
    key: 'POST /api/v1/organization/{organization_id}/invitation',
    status: 204,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'listPromptTemplates',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/prompt_templates',
    key: 'GET /api/v1/workspaces/{workspace_name}/prompt_templates',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      pageParam: 'page_number',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
  },
  {
    operationId: 'createPromptTemplates',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/prompt_templates',
    key: 'POST /api/v1/workspaces/{workspace_name}/prompt_templates',
    status: 201,
    body: {
      kind: 'json',
      schema: 'PromptTemplateCreate',
      required: true,
    },
  },
  {
    operationId: 'workspacesSearchCount',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/search_count',
    key: 'GET /api/v1/workspaces/{workspace_name}/search_count',
    status: 200,
  },
  {
    operationId: 'workspacesSearchHistory',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/search_history',
    key: 'GET /api/v1/workspaces/{workspace_name}/search_history',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      pageParam: 'page_number',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
  },
  {
    operationId: 'workspacesStats',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/stats',
    key: 'GET /api/v1/workspaces/{workspace_name}/stats',
    status: 200,
  },
  {
    operationId: 'listEvalRunTags',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/tags',
    key: 'GET /api/v1/workspaces/{workspace_name}/tags',
    status: 200,
  },
  {
    operationId: 'createEvalRunTags',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/tags',
    key: 'POST /api/v1/workspaces/{workspace_name}/tags',
    status: 201,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'listLabelingProjects',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/labeling_projects',
    key: 'GET /api/v1/workspaces/{workspace_name}/labeling_projects',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      pageParam: 'page_number',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
  },
  {
    operationId: 'createLabelingProjects',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/labeling_projects',
    key: 'POST /api/v1/workspaces/{workspace_name}/labeling_projects',
    status: 201,
    body: {
      kind: 'json',
      schema: 'LabelingProjectCreate',
      required: true,
    },
  },
  {
    operationId: 'listPipelineTemplates',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/pipeline_templates',
    key: 'GET /api/v1/workspaces/{workspace_name}/pipeline_templates',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      pageParam: 'page_number',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
  },
  {
    operationId: 'listSearchSessions',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/search_sessions',
    key: 'GET /api/v1/workspaces/{workspace_name}/search_sessions',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      pageParam: 'page_number',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
    query: [
      {
        name: 'pipeline_id',
        schema: {
          type: 'string',
          format: 'uuid',
        },
      },
    ],
  },
  {
    operationId: 'createSearchSessions',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/search_sessions',
    key: 'POST /api/v1/workspaces/{workspace_name}/search_sessions',
    status: 201,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'listSharedPrototypes',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/shared_prototypes',
    key: 'GET /api/v1/workspaces/{workspace_name}/shared_prototypes',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      pageParam: 'page_number',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
  },
  {
    operationId: 'createSharedPrototypes',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/shared_prototypes',
    key: 'POST /api/v1/workspaces/{workspace_name}/shared_prototypes',
    status: 201,
    body: {
      kind: 'json',
      schema: 'SharedPrototypeCreate',
      required: true,
    },
  },
  {
    operationId: 'sharedPrototypesCreateUser',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/shared_prototype_users',
    key: 'POST /api/v1/workspaces/{workspace_name}/shared_prototype_users',
    status: 201,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'evaluationSetsImport',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/evaluation_sets/import',
    key: 'POST /api/v1/workspaces/{workspace_name}/evaluation_sets/import',
    status: 201,
    body: {
      kind: 'multipart',
      required: true,
    },
  },
  {
    operationId: 'getEvalRuns',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}',
    key: 'GET /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}',
    status: 200,
  },
  {
    operationId: 'deleteEvalRuns',
    method: 'delete',
    path: '/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}',
    key: 'DELETE /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}',
    status: 204,
  },
  {
    operationId: 'updateEvalRuns',
    method: 'patch',
    path: '/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}',
    key: 'PATCH /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'EvalRunUpdate',
      required: true,
    },
  },
  {
    operationId: 'getEvaluationSets',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}',
    key: 'GET /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      pageParam: 'page_number',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
  },
  {
    operationId: 'deleteEvaluationSets',
    method: 'delete',
    path: '/api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}',
    key: 'DELETE /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}',
    status: 204,
  },
  {
    operationId: 'filesDownload',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/files/{file_id}',
    key: 'GET /api/v1/workspaces/{workspace_name}/files/{file_id}',
    status: 200,
  },
  {
    operationId: 'deleteFiles',
    method: 'delete',
    path: '/api/v1/workspaces/{workspace_name}/files/{file_id}',
    key: 'DELETE /api/v1/workspaces/{workspace_name}/files/{file_id}',
    status: 204,
  },
  {
    operationId: 'getPipelines',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}',
    key: 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}',
    status: 200,
  },
  {
    operationId: 'deletePipelines',
    method: 'delete',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}',
    key: 'DELETE /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}',
    status: 204,
  },
  {
    operationId: 'updatePipelines',
    method: 'patch',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}',
    key: 'PATCH /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}',
    status: 200,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'getUploadSessions',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}',
    key: 'GET /api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}',
    status: 200,
  },
  {
    operationId: 'uploadSessionsClose',
    method: 'put',
    path: '/api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}',
    key: 'PUT /api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}',
    status: 204,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'updatePromptTemplates',
    method: 'put',
    path: '/api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}',
    key: 'PUT /api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'PromptTemplateCreate',
      required: true,
    },
  },
  {
    operationId: 'deletePromptTemplates',
    method: 'delete',
    path: '/api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}',
    key: 'DELETE /api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}',
    status: 204,
  },
  {
    operationId: 'deleteEvalRunTags',
    method: 'delete',
    path: '/api/v1/workspaces/{workspace_name}/tags/{tag_name}',
    key: 'DELETE /api/v1/workspaces/{workspace_name}/tags/{tag_name}',
    status: 204,
  },
  {
    operationId: 'updateEvalRunTags',
    method: 'patch',
    path: '/api/v1/workspaces/{workspace_name}/tags/{tag_name}',
    key: 'PATCH /api/v1/workspaces/{workspace_name}/tags/{tag_name}',
    status: 200,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'getIndexes',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/indexes/{index_name}',
    key: 'GET /api/v1/workspaces/{workspace_name}/indexes/{index_name}',
    status: 200,
  },
  {
    operationId: 'getLabelingProjects',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}',
    key: 'GET /api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}',
    status: 200,
  },
  {
    operationId: 'updateLabelingProjects',
    method: 'put',
    path: '/api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}',
    key: 'PUT /api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'LabelingProjectCreate',
      required: true,
    },
  },
  {
    operationId: 'deleteLabelingProjects',
    method: 'delete',
    path: '/api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}',
    key: 'DELETE /api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}',
    status: 204,
  },
  {
    operationId: 'getSharedPrototypes',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}',
    key: 'GET /api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}',
    status: 200,
  },
  {
    operationId: 'deleteSharedPrototypes',
    method: 'delete',
    path: '/api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}',
    key: 'DELETE /api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}',
    status: 204,
  },
  {
    operationId: 'updateSharedPrototypes',
    method: 'patch',
    path: '/api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}',
    key: 'PATCH /api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}',
    status: 200,
    body: {
      kind: 'json',
      schema: 'SharedPrototypeCreate',
      required: true,
    },
  },
  {
    operationId: 'evalRunsStart',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/start',
    key: 'POST /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/start',
    status: 204,
  },
  {
    operationId: 'evaluationSetsGetCsv',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}/csv',
    key: 'GET /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}/csv',
    status: 200,
  },
  {
    operationId: 'evaluationSetsMatchLabels',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}/label-matching',
    key: 'POST /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}/label-matching',
    status: 200,
  },
  {
    operationId: 'filesGetMeta',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/files/{file_id}/meta',
    key: 'GET /api/v1/workspaces/{workspace_name}/files/{file_id}/meta',
    status: 200,
  },
  {
    operationId: 'filesUpdateMeta',
    method: 'patch',
    path: '/api/v1/workspaces/{workspace_name}/files/{file_id}/meta',
    key: 'PATCH /api/v1/workspaces/{workspace_name}/files/{file_id}/meta',
    status: 204,
    body: {
      kind: 'json',
      schema: 'Meta',
      required: true,
    },
  },
  {
    operationId: 'documentsQuery',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-query',
    key: 'POST /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-query',
    status: 200,
    body: {
      kind: 'json',
      schema: 'DocumentsQuery',
      required: true,
    },
  },
  {
    operationId: 'documentsStream',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-stream',
    key: 'POST /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-stream',
    status: 200,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'pipelinesListFeedback',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback',
    key: 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      pageParam: 'page_number',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
  },
  {
    operationId: 'pipelinesAddFeedback',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback',
    key: 'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback',
    status: 201,
    body: {
      kind: 'json',
      schema: 'FeedbackCreate',
      required: true,
    },
  },
  {
    operationId: 'pipelinesListFiles',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/files',
    key: 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/files',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      pageParam: 'page_number',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
  },
  {
    operationId: 'pipelinesGetIndexing',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/indexing',
    key: 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/indexing',
    status: 200,
  },
  {
    operationId: 'pipelinesGetJson',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/json',
    key: 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/json',
    status: 200,
  },
  {
    operationId: 'pipelinesGetPrompt',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/prompt',
    key: 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/prompt',
    status: 200,
  },
  {
    operationId: 'pipelinesGetStats',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/stats',
    key: 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/stats',
    status: 200,
  },
  {
    operationId: 'pipelinesGetYaml',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml',
    key: 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml',
    status: 200,
  },
  {
    operationId: 'pipelinesUpdateYaml',
    method: 'put',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml',
    key: 'PUT /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml',
    status: 200,
    body: {
      kind: 'json',
      schema: 'PipelineYaml',
      required: true,
    },
  },
  {
    operationId: 'pipelinesChat',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat',
    key: 'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat',
    status: 200,
    body: {
      kind: 'json',
      schema: 'ChatRequest',
      required: true,
    },
  },
  {
    operationId: 'pipelinesChatStream',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat-stream',
    key: 'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat-stream',
    status: 200,
    body: {
      kind: 'json',
      schema: 'ChatStreamRequest',
      required: true,
    },
  },
  {
    operationId: 'pipelinesSetDefault',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/default',
    key: 'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/default',
    status: 204,
  },
  {
    operationId: 'pipelinesDeploy',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/deploy',
    key: 'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/deploy',
    status: 202,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'pipelinesSearch',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search',
    key: 'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search',
    status: 200,
    body: {
      kind: 'json',
      schema: 'SearchRequest',
      required: true,
    },
    query: [
      {
        name: 'ttl_seconds',
        schema: {
          type: 'integer',
        },
      },
    ],
  },
  {
    operationId: 'pipelinesSearchStream',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search-stream',
    key: 'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search-stream',
    status: 200,
    body: {
      kind: 'json',
      schema: 'SearchStreamRequest',
      required: true,
    },
  },
  {
    operationId: 'pipelinesUndeploy',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/undeploy',
    key: 'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/undeploy',
    status: 202,
  },
  {
    operationId: 'uploadSessionsListFiles',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}/files',
    key: 'GET /api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}/files',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      pageParam: 'page_number',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
  },
  {
    operationId: 'documentsCount',
    method: 'post',
    path: '/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-count',
    key: 'POST /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-count',
    status: 200,
    body: {
      kind: 'json',
      required: true,
    },
  },
  {
    operationId: 'pipelinesListLogs',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/logs',
    key: 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/logs',
    status: 200,
    pagination: {
      style: 'after',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      afterParam: 'after',
      idField: 'log_id',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
  },
  {
    operationId: 'pipelinesListMetaKeys',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta',
    key: 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta',
    status: 200,
  },
  {
    operationId: 'pipelinesSearchHistory',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search_history',
    key: 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search_history',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      pageParam: 'page_number',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
  },
  {
    operationId: 'getDocuments',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents/{document_id}',
    key: 'GET /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents/{document_id}',
    status: 200,
  },
  {
    operationId: 'pipelinesListMetaValues',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{field_name}',
    key: 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{field_name}',
    status: 200,
  },
  {
    operationId: 'evalRunsListPredictions',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/nodes/{node_name}/predictions',
    key: 'GET /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/nodes/{node_name}/predictions',
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      total: 'total',
      hasMore: 'has_more',
      pageParam: 'page_number',
      limit: {
        param: 'limit',
        default: 10,
        maximum: 100,
      },
    },
  },
  {
    operationId: 'pipelinesAggregateMeta',
    method: 'get',
    path: '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{meta_field}/aggregation',
    key: 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{meta_field}/aggregation',
    status: 200,
  },
];
