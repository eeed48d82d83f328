// Generated from specs/deepset.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The spec's request and response schemas: ./validate checks responses with them, ./msw checks requests.
import type { OperationSchemas } from '@org/sdk-core/validate';

/** An operation of the spec, as `METHOD /path`. */
export type Operation =
  | 'GET /health'
  | 'GET /api/v1/token'
  | 'POST /api/v1/token'
  | 'DELETE /api/v1/token/{api_token_id}'
  | 'GET /api/v1/workspaces/{workspace_name}/eval_runs'
  | 'POST /api/v1/workspaces/{workspace_name}/eval_runs'
  | 'GET /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}'
  | 'DELETE /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}'
  | 'PATCH /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}'
  | 'GET /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/nodes/{node_name}/predictions'
  | 'POST /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/start'
  | 'GET /api/v1/workspaces/{workspace_name}/evaluation_sets'
  | 'GET /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}'
  | 'DELETE /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}'
  | 'GET /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}/csv'
  | 'POST /api/v1/workspaces/{workspace_name}/evaluation_sets/import'
  | 'POST /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}/label-matching'
  | 'GET /api/v1/workspaces/{workspace_name}/files'
  | 'POST /api/v1/workspaces/{workspace_name}/files'
  | 'DELETE /api/v1/workspaces/{workspace_name}/files'
  | 'GET /api/v1/workspaces/{workspace_name}/files/{file_id}'
  | 'DELETE /api/v1/workspaces/{workspace_name}/files/{file_id}'
  | 'GET /api/v1/workspaces/{workspace_name}/files/{file_id}/meta'
  | 'PATCH /api/v1/workspaces/{workspace_name}/files/{file_id}/meta'
  | 'POST /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-query'
  | 'POST /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-stream'
  | 'GET /api/v1/workspaces/{workspace_name}/pipelines'
  | 'POST /api/v1/workspaces/{workspace_name}/pipelines'
  | 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}'
  | 'DELETE /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}'
  | 'PATCH /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}'
  | 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback'
  | 'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback'
  | 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/files'
  | 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/indexing'
  | 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/json'
  | 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/prompt'
  | 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/stats'
  | 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml'
  | 'PUT /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml'
  | 'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat'
  | 'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat-stream'
  | 'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/default'
  | 'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/deploy'
  | 'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search'
  | 'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search-stream'
  | 'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/undeploy'
  | 'GET /api/v1/workspaces/{workspace_name}/upload_sessions'
  | 'POST /api/v1/workspaces/{workspace_name}/upload_sessions'
  | 'GET /api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}'
  | 'PUT /api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}'
  | 'GET /api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}/files'
  | 'GET /api/v1/infrastructure/document_stores'
  | 'POST /api/v1/infrastructure/document_stores'
  | 'DELETE /api/v1/infrastructure/document_stores/{credentials_id}'
  | 'GET /api/v1/infrastructure/file_stores'
  | 'POST /api/v1/infrastructure/file_stores'
  | 'DELETE /api/v1/infrastructure/file_stores/{credentials_id}'
  | 'GET /api/v1/me'
  | 'GET /api/v1/users'
  | 'GET /api/v1/users/{user_id}'
  | 'GET /api/v1/model'
  | 'GET /api/v1/model_registry_tokens'
  | 'GET /api/v1/model_registry_tokens/{provider}'
  | 'PUT /api/v1/model_registry_tokens/{provider}'
  | 'POST /api/v1/model_registry_tokens/{provider}'
  | 'DELETE /api/v1/model_registry_tokens/{provider}'
  | 'GET /api/v1/organization'
  | 'POST /api/v1/organization/{organization_id}/invitation'
  | 'GET /api/v1/public_prompt_templates'
  | 'GET /api/v1/workspaces/{workspace_name}/prompt_templates'
  | 'POST /api/v1/workspaces/{workspace_name}/prompt_templates'
  | 'POST /api/v1/trigger_prompthub_sync'
  | 'PUT /api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}'
  | 'DELETE /api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}'
  | 'GET /api/v1/workspaces'
  | 'POST /api/v1/workspaces'
  | 'GET /api/v1/workspaces/{workspace_name}'
  | 'DELETE /api/v1/workspaces/{workspace_name}'
  | 'GET /api/v1/workspaces/{workspace_name}/search_count'
  | 'GET /api/v1/workspaces/{workspace_name}/search_history'
  | 'GET /api/v1/workspaces/{workspace_name}/stats'
  | 'GET /api/v1/workspaces/{workspace_name}/tags'
  | 'POST /api/v1/workspaces/{workspace_name}/tags'
  | 'DELETE /api/v1/workspaces/{workspace_name}/tags/{tag_name}'
  | 'PATCH /api/v1/workspaces/{workspace_name}/tags/{tag_name}'
  | 'GET /api/v1/workspaces/{workspace_name}/indexes/{index_name}'
  | 'GET /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents/{document_id}'
  | 'POST /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-count'
  | 'GET /api/v1/workspaces/{workspace_name}/labeling_projects'
  | 'POST /api/v1/workspaces/{workspace_name}/labeling_projects'
  | 'GET /api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}'
  | 'PUT /api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}'
  | 'DELETE /api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}'
  | 'GET /api/v1/workspaces/{workspace_name}/pipeline_templates'
  | 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/logs'
  | 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta'
  | 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{field_name}'
  | 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{meta_field}/aggregation'
  | 'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search_history'
  | 'GET /api/v1/workspaces/{workspace_name}/search_sessions'
  | 'POST /api/v1/workspaces/{workspace_name}/search_sessions'
  | 'GET /api/v1/workspaces/{workspace_name}/shared_prototypes'
  | 'POST /api/v1/workspaces/{workspace_name}/shared_prototypes'
  | 'GET /api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}'
  | 'DELETE /api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}'
  | 'PATCH /api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}'
  | 'POST /api/v1/workspaces/{workspace_name}/shared_prototype_users';

export const operations: Readonly<Record<Operation, OperationSchemas>> = {
  'GET /health': {
    operationId: 'healthCheck',
    response: {
      type: 'object',
      required: ['status'],
      properties: {
        status: {
          type: 'string',
        },
      },
    },
  },
  'GET /api/v1/token': {
    operationId: 'listTokens',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ApiToken',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'POST /api/v1/token': {
    operationId: 'createTokens',
    response: {
      $ref: '#/components/schemas/TokenCreated',
    },
    request: {
      $ref: '#/components/schemas/TokenCreate',
    },
  },
  'DELETE /api/v1/token/{api_token_id}': {
    operationId: 'deleteTokens',
  },
  'GET /api/v1/workspaces/{workspace_name}/eval_runs': {
    operationId: 'listEvalRuns',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/EvalRun',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/eval_runs': {
    operationId: 'createEvalRuns',
    response: {
      type: 'object',
      required: ['data'],
      properties: {
        data: {
          $ref: '#/components/schemas/EvalRun',
        },
      },
    },
    request: {
      $ref: '#/components/schemas/EvalRunCreate',
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}': {
    operationId: 'getEvalRuns',
    response: {
      $ref: '#/components/schemas/EvalRun',
    },
  },
  'DELETE /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}': {
    operationId: 'deleteEvalRuns',
  },
  'PATCH /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}': {
    operationId: 'updateEvalRuns',
    response: {
      type: 'object',
      required: ['data'],
      properties: {
        data: {
          $ref: '#/components/schemas/EvalRun',
        },
      },
    },
    request: {
      $ref: '#/components/schemas/EvalRunUpdate',
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/nodes/{node_name}/predictions': {
    operationId: 'evalRunsListPredictions',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Prediction',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/start': {
    operationId: 'evalRunsStart',
  },
  'GET /api/v1/workspaces/{workspace_name}/evaluation_sets': {
    operationId: 'listEvaluationSets',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/EvaluationSet',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}': {
    operationId: 'getEvaluationSets',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Label',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'DELETE /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}': {
    operationId: 'deleteEvaluationSets',
  },
  'GET /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}/csv': {
    operationId: 'evaluationSetsGetCsv',
  },
  'POST /api/v1/workspaces/{workspace_name}/evaluation_sets/import': {
    operationId: 'evaluationSetsImport',
    response: {
      $ref: '#/components/schemas/EvaluationSet',
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}/label-matching': {
    operationId: 'evaluationSetsMatchLabels',
    response: {
      $ref: '#/components/schemas/EvaluationSet',
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/files': {
    operationId: 'listFiles',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/File',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/files': {
    operationId: 'filesUpload',
    response: {
      type: 'object',
      required: ['file_id'],
      properties: {
        file_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
      },
    },
  },
  'DELETE /api/v1/workspaces/{workspace_name}/files': {
    operationId: 'filesDeleteMany',
  },
  'GET /api/v1/workspaces/{workspace_name}/files/{file_id}': {
    operationId: 'filesDownload',
  },
  'DELETE /api/v1/workspaces/{workspace_name}/files/{file_id}': {
    operationId: 'deleteFiles',
  },
  'GET /api/v1/workspaces/{workspace_name}/files/{file_id}/meta': {
    operationId: 'filesGetMeta',
    response: {
      $ref: '#/components/schemas/Meta',
    },
  },
  'PATCH /api/v1/workspaces/{workspace_name}/files/{file_id}/meta': {
    operationId: 'filesUpdateMeta',
    request: {
      $ref: '#/components/schemas/Meta',
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-query': {
    operationId: 'documentsQuery',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/Document',
      },
    },
    request: {
      $ref: '#/components/schemas/DocumentsQuery',
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-stream': {
    operationId: 'documentsStream',
    request: {
      type: 'object',
      properties: {
        return_embedding: {
          type: 'boolean',
          description: 'Default: false.',
        },
        filters: {
          $ref: '#/components/schemas/Filters',
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/pipelines': {
    operationId: 'listPipelines',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Pipeline',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/pipelines': {
    operationId: 'createPipelines',
    response: {
      type: 'object',
      required: ['name'],
      properties: {
        name: {
          type: 'string',
        },
        pipeline_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
      },
    },
    request: {
      type: 'object',
      required: ['name', 'query_yaml'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
        query_yaml: {
          type: 'string',
        },
        indexing_yaml: {
          type: 'string',
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}': {
    operationId: 'getPipelines',
    response: {
      $ref: '#/components/schemas/Pipeline',
    },
  },
  'DELETE /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}': {
    operationId: 'deletePipelines',
  },
  'PATCH /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}': {
    operationId: 'updatePipelines',
    response: {
      $ref: '#/components/schemas/Pipeline',
    },
    request: {
      type: 'object',
      properties: {
        name: {
          type: 'string',
        },
        service_level: {
          $ref: '#/components/schemas/ServiceLevel',
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback': {
    operationId: 'pipelinesListFeedback',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Feedback',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback': {
    operationId: 'pipelinesAddFeedback',
    response: {
      $ref: '#/components/schemas/Feedback',
    },
    request: {
      $ref: '#/components/schemas/FeedbackCreate',
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/files': {
    operationId: 'pipelinesListFiles',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/PipelineFile',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/indexing': {
    operationId: 'pipelinesGetIndexing',
    response: {
      $ref: '#/components/schemas/IndexingStatus',
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/json': {
    operationId: 'pipelinesGetJson',
    response: {
      type: 'object',
      additionalProperties: true,
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/prompt': {
    operationId: 'pipelinesGetPrompt',
    response: {
      type: 'object',
      required: ['prompts'],
      properties: {
        prompts: {
          type: 'object',
          additionalProperties: {
            type: 'string',
          },
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/stats': {
    operationId: 'pipelinesGetStats',
    response: {
      type: 'object',
      required: ['search_count'],
      properties: {
        search_count: {
          type: 'integer',
        },
        feedback_count: {
          type: 'integer',
        },
        last_search_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml': {
    operationId: 'pipelinesGetYaml',
    response: {
      $ref: '#/components/schemas/PipelineYaml',
    },
  },
  'PUT /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml': {
    operationId: 'pipelinesUpdateYaml',
    response: {
      type: 'object',
      additionalProperties: true,
    },
    request: {
      $ref: '#/components/schemas/PipelineYaml',
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat': {
    operationId: 'pipelinesChat',
    response: {
      $ref: '#/components/schemas/SearchResponse',
    },
    request: {
      $ref: '#/components/schemas/ChatRequest',
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat-stream': {
    operationId: 'pipelinesChatStream',
    request: {
      $ref: '#/components/schemas/ChatStreamRequest',
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/default': {
    operationId: 'pipelinesSetDefault',
  },
  'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/deploy': {
    operationId: 'pipelinesDeploy',
    request: {
      type: 'object',
      properties: {
        pipeline_version_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
      },
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search': {
    operationId: 'pipelinesSearch',
    response: {
      $ref: '#/components/schemas/SearchResponse',
    },
    request: {
      $ref: '#/components/schemas/SearchRequest',
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search-stream': {
    operationId: 'pipelinesSearchStream',
    request: {
      $ref: '#/components/schemas/SearchStreamRequest',
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/undeploy': {
    operationId: 'pipelinesUndeploy',
  },
  'GET /api/v1/workspaces/{workspace_name}/upload_sessions': {
    operationId: 'listUploadSessions',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/UploadSessionSummary',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/upload_sessions': {
    operationId: 'createUploadSessions',
    response: {
      $ref: '#/components/schemas/UploadSession',
    },
    request: {
      type: 'object',
      properties: {
        write_mode: {
          $ref: '#/components/schemas/WriteMode',
        },
        parallel_processing_enabled: {
          type: 'boolean',
          description: 'Default: false.',
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}': {
    operationId: 'getUploadSessions',
    response: {
      $ref: '#/components/schemas/UploadSessionStatus',
    },
  },
  'PUT /api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}': {
    operationId: 'uploadSessionsClose',
    request: {
      type: 'object',
      required: ['status'],
      properties: {
        status: {
          type: 'string',
          enum: ['CLOSED'],
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}/files': {
    operationId: 'uploadSessionsListFiles',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/UploadSessionFile',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'GET /api/v1/infrastructure/document_stores': {
    operationId: 'infrastructureListDocumentStores',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/Credentials',
      },
    },
  },
  'POST /api/v1/infrastructure/document_stores': {
    operationId: 'infrastructureCreateDocumentStore',
    response: {
      $ref: '#/components/schemas/Credentials',
    },
    request: {
      $ref: '#/components/schemas/CredentialsCreate',
    },
  },
  'DELETE /api/v1/infrastructure/document_stores/{credentials_id}': {
    operationId: 'infrastructureDeleteDocumentStore',
  },
  'GET /api/v1/infrastructure/file_stores': {
    operationId: 'infrastructureListFileStores',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/Credentials',
      },
    },
  },
  'POST /api/v1/infrastructure/file_stores': {
    operationId: 'infrastructureCreateFileStore',
    response: {
      $ref: '#/components/schemas/Credentials',
    },
    request: {
      $ref: '#/components/schemas/CredentialsCreate',
    },
  },
  'DELETE /api/v1/infrastructure/file_stores/{credentials_id}': {
    operationId: 'infrastructureDeleteFileStore',
  },
  'GET /api/v1/me': {
    operationId: 'usersMe',
    response: {
      $ref: '#/components/schemas/User',
    },
  },
  'GET /api/v1/users': {
    operationId: 'listUsers',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/User',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'GET /api/v1/users/{user_id}': {
    operationId: 'getUsers',
    response: {
      $ref: '#/components/schemas/User',
    },
  },
  'GET /api/v1/model': {
    operationId: 'listModels',
    response: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        properties: {
          name: {
            type: 'string',
          },
          provider: {
            type: 'string',
          },
        },
      },
    },
  },
  'GET /api/v1/model_registry_tokens': {
    operationId: 'listModelRegistryTokens',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/ModelRegistryToken',
      },
    },
  },
  'GET /api/v1/model_registry_tokens/{provider}': {
    operationId: 'getModelRegistryTokens',
    response: {
      $ref: '#/components/schemas/ModelRegistryToken',
    },
  },
  'PUT /api/v1/model_registry_tokens/{provider}': {
    operationId: 'updateModelRegistryTokens',
    response: {
      $ref: '#/components/schemas/ModelRegistryToken',
    },
    request: {
      type: 'object',
      required: ['token'],
      properties: {
        token: {
          type: 'string',
        },
      },
    },
  },
  'POST /api/v1/model_registry_tokens/{provider}': {
    operationId: 'createModelRegistryTokens',
    response: {
      $ref: '#/components/schemas/ModelRegistryToken',
    },
    request: {
      type: 'object',
      required: ['token'],
      properties: {
        token: {
          type: 'string',
        },
      },
    },
  },
  'DELETE /api/v1/model_registry_tokens/{provider}': {
    operationId: 'deleteModelRegistryTokens',
  },
  'GET /api/v1/organization': {
    operationId: 'getOrganization',
    response: {
      type: 'object',
      required: ['organization_id', 'name'],
      properties: {
        organization_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        name: {
          type: 'string',
        },
      },
    },
  },
  'POST /api/v1/organization/{organization_id}/invitation': {
    operationId: 'organizationInvite',
    request: {
      type: 'object',
      required: ['email'],
      properties: {
        email: {
          type: 'string',
          format: 'email',
        },
        role: {
          $ref: '#/components/schemas/OrganizationRole',
        },
        workspaces: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
      },
    },
  },
  'GET /api/v1/public_prompt_templates': {
    operationId: 'promptTemplatesListPublic',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/PromptTemplate',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/prompt_templates': {
    operationId: 'listPromptTemplates',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/PromptTemplate',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/prompt_templates': {
    operationId: 'createPromptTemplates',
    response: {
      $ref: '#/components/schemas/PromptTemplate',
    },
    request: {
      $ref: '#/components/schemas/PromptTemplateCreate',
    },
  },
  'POST /api/v1/trigger_prompthub_sync': {
    operationId: 'promptTemplatesSyncPromptHub',
  },
  'PUT /api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}': {
    operationId: 'updatePromptTemplates',
    response: {
      $ref: '#/components/schemas/PromptTemplate',
    },
    request: {
      $ref: '#/components/schemas/PromptTemplateCreate',
    },
  },
  'DELETE /api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}': {
    operationId: 'deletePromptTemplates',
  },
  'GET /api/v1/workspaces': {
    operationId: 'listWorkspaces',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/Workspace',
      },
    },
  },
  'POST /api/v1/workspaces': {
    operationId: 'createWorkspaces',
    response: {
      $ref: '#/components/schemas/Workspace',
    },
    request: {
      type: 'object',
      required: ['name'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}': {
    operationId: 'getWorkspaces',
    response: {
      $ref: '#/components/schemas/Workspace',
    },
  },
  'DELETE /api/v1/workspaces/{workspace_name}': {
    operationId: 'deleteWorkspaces',
  },
  'GET /api/v1/workspaces/{workspace_name}/search_count': {
    operationId: 'workspacesSearchCount',
    response: {
      type: 'object',
      required: ['search_count'],
      properties: {
        search_count: {
          type: 'integer',
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/search_history': {
    operationId: 'workspacesSearchHistory',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/SearchHistoryEntry',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/stats': {
    operationId: 'workspacesStats',
    response: {
      type: 'object',
      required: ['pipelines', 'files'],
      properties: {
        pipelines: {
          type: 'integer',
        },
        files: {
          type: 'integer',
        },
        documents: {
          type: 'integer',
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/tags': {
    operationId: 'listEvalRunTags',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/Tag',
      },
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/tags': {
    operationId: 'createEvalRunTags',
    response: {
      $ref: '#/components/schemas/Tag',
    },
    request: {
      type: 'object',
      required: ['name'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
      },
    },
  },
  'DELETE /api/v1/workspaces/{workspace_name}/tags/{tag_name}': {
    operationId: 'deleteEvalRunTags',
  },
  'PATCH /api/v1/workspaces/{workspace_name}/tags/{tag_name}': {
    operationId: 'updateEvalRunTags',
    response: {
      $ref: '#/components/schemas/Tag',
    },
    request: {
      type: 'object',
      required: ['name'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/indexes/{index_name}': {
    operationId: 'getIndexes',
    response: {
      $ref: '#/components/schemas/Index',
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents/{document_id}': {
    operationId: 'getDocuments',
    response: {
      $ref: '#/components/schemas/Document',
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-count': {
    operationId: 'documentsCount',
    response: {
      type: 'object',
      required: ['count'],
      properties: {
        count: {
          type: 'integer',
        },
      },
    },
    request: {
      type: 'object',
      properties: {
        filters: {
          $ref: '#/components/schemas/Filters',
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/labeling_projects': {
    operationId: 'listLabelingProjects',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/LabelingProject',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/labeling_projects': {
    operationId: 'createLabelingProjects',
    response: {
      $ref: '#/components/schemas/LabelingProject',
    },
    request: {
      $ref: '#/components/schemas/LabelingProjectCreate',
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}': {
    operationId: 'getLabelingProjects',
    response: {
      $ref: '#/components/schemas/LabelingProject',
    },
  },
  'PUT /api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}': {
    operationId: 'updateLabelingProjects',
    response: {
      $ref: '#/components/schemas/LabelingProject',
    },
    request: {
      $ref: '#/components/schemas/LabelingProjectCreate',
    },
  },
  'DELETE /api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}': {
    operationId: 'deleteLabelingProjects',
  },
  'GET /api/v1/workspaces/{workspace_name}/pipeline_templates': {
    operationId: 'listPipelineTemplates',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/PipelineTemplate',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/logs': {
    operationId: 'pipelinesListLogs',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/PipelineLog',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta': {
    operationId: 'pipelinesListMetaKeys',
    response: {
      type: 'array',
      items: {
        type: 'string',
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{field_name}': {
    operationId: 'pipelinesListMetaValues',
    response: {
      type: 'array',
      items: {},
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{meta_field}/aggregation': {
    operationId: 'pipelinesAggregateMeta',
    response: {
      type: 'object',
      required: ['min', 'max'],
      properties: {
        min: {},
        max: {},
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search_history': {
    operationId: 'pipelinesSearchHistory',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/SearchHistoryEntry',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/search_sessions': {
    operationId: 'listSearchSessions',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/SearchSession',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/search_sessions': {
    operationId: 'createSearchSessions',
    response: {
      type: 'object',
      required: ['search_session_id'],
      properties: {
        search_session_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
      },
    },
    request: {
      type: 'object',
      required: ['pipeline_id'],
      properties: {
        pipeline_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
      },
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/shared_prototypes': {
    operationId: 'listSharedPrototypes',
    response: {
      type: 'object',
      required: ['data', 'has_more', 'total'],
      properties: {
        data: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/SharedPrototype',
          },
        },
        has_more: {
          type: 'boolean',
        },
        total: {
          type: 'integer',
        },
      },
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/shared_prototypes': {
    operationId: 'createSharedPrototypes',
    response: {
      $ref: '#/components/schemas/SharedPrototype',
    },
    request: {
      $ref: '#/components/schemas/SharedPrototypeCreate',
    },
  },
  'GET /api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}': {
    operationId: 'getSharedPrototypes',
    response: {
      $ref: '#/components/schemas/SharedPrototype',
    },
  },
  'DELETE /api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}': {
    operationId: 'deleteSharedPrototypes',
  },
  'PATCH /api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}': {
    operationId: 'updateSharedPrototypes',
    response: {
      $ref: '#/components/schemas/SharedPrototype',
    },
    request: {
      $ref: '#/components/schemas/SharedPrototypeCreate',
    },
  },
  'POST /api/v1/workspaces/{workspace_name}/shared_prototype_users': {
    operationId: 'sharedPrototypesCreateUser',
    response: {
      type: 'object',
      required: ['user_id', 'shared_prototype_id'],
      properties: {
        user_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        shared_prototype_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        email: {
          type: 'string',
        },
      },
    },
    request: {
      type: 'object',
      required: ['shared_prototype_id', 'email'],
      properties: {
        shared_prototype_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        email: {
          type: 'string',
          format: 'email',
        },
      },
    },
  },
};

export const components: { readonly schemas: Readonly<Record<string, unknown>> } = {
  schemas: {
    DeepsetError: {
      type: 'object',
      description:
        "The error body: `errors` (the stream docs read `errors[0]`), `message`/`details` (the mcp client reads these), or FastAPI's `detail`.",
      properties: {
        errors: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        message: {
          type: 'string',
        },
        details: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ErrorDetail',
          },
        },
        detail: {
          anyOf: [
            {
              type: 'string',
            },
            {
              type: 'array',
              items: {
                $ref: '#/components/schemas/ValidationIssue',
              },
            },
          ],
        },
      },
      'x-sdk-notes':
        'The exact envelope is an open question (vendor-facts §1 Unknowns); all three forms are declared.',
    },
    ErrorDetail: {
      type: 'object',
      required: ['message'],
      properties: {
        code: {
          type: 'string',
        },
        message: {
          type: 'string',
        },
        category: {
          type: 'string',
        },
        json_pointer: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        'deepset-mcp-server pipeline/resource.py validate(): a 400 carries `details[]` of `{code, message, category, json_pointer?}` (vendor-facts §1).',
    },
    ValidationIssue: {
      type: 'object',
      required: ['loc', 'msg', 'type'],
      properties: {
        loc: {
          type: 'array',
          items: {
            anyOf: [
              {
                type: 'string',
              },
              {
                type: 'integer',
              },
            ],
          },
        },
        msg: {
          type: 'string',
        },
        type: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        "No source read confirms this shape (vendor-facts §1 lists it among the unknowns or does not cover it): it is the narrowest honest reading, FastAPI's 422 item `{loc, msg, type}` (the API is FastAPI-served; vendor-facts §1 Unknowns name the `{detail}` form as possible).",
    },
    UserRef: {
      type: 'object',
      required: ['user_id'],
      properties: {
        user_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        given_name: {
          type: 'string',
        },
        family_name: {
          type: 'string',
        },
        email: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        'deepset-mcp-server pipeline/models.py: `created_by`/`last_edited_by` are `{user_id, given_name, family_name, email}`.',
    },
    WriteMode: {
      type: 'string',
      enum: ['KEEP', 'OVERWRITE', 'FAIL'],
      'x-sdk-notes':
        'deepset-cloud-sdk _api/files.py and _api/upload_sessions.py: `write_mode` is KEEP, OVERWRITE or FAIL.',
    },
    ServiceLevel: {
      type: 'string',
      enum: ['PRODUCTION', 'DEVELOPMENT', 'DRAFT'],
      'x-sdk-notes': 'deepset-mcp-server pipeline/models.py: PRODUCTION, DEVELOPMENT, DRAFT.',
    },
    OrganizationRole: {
      type: 'string',
      enum: ['ADMIN', 'MEMBER', 'EXTERNAL'],
      'x-sdk-notes':
        'The create-token reference page (docs.cloud.deepset.ai create-token-api-v-1-token-post): ADMIN, MEMBER, EXTERNAL.',
    },
    PipelineStatus: {
      type: 'string',
      enum: [
        'UNDEPLOYED',
        'DEPLOYED',
        'DEPLOYED_UNHEALTHY',
        'DEPLOYMENT_IN_PROGRESS',
        'UNDEPLOYMENT_IN_PROGRESS',
        'DEPLOYMENT_SCHEDULED',
        'UNDEPLOYMENT_SCHEDULED',
        'DEPLOYMENT_FAILED',
      ],
      'x-sdk-notes':
        'Legacy enum (haystack PipelineStatus) plus DEPLOYMENT_FAILED; open: the API may add values.',
    },
    Meta: {
      type: 'object',
      additionalProperties: true,
      description: 'Free-form file metadata.',
      'x-sdk-notes':
        'deepset-cloud-sdk _api/files.py: file meta is a free JSON object (sent as the `meta` part, read from `files/{id}/meta`).',
    },
    TokenCreate: {
      type: 'object',
      properties: {
        name: {
          type: 'string',
        },
        expires: {
          type: 'boolean',
          description: 'Default: true.',
        },
        expires_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        organization_role: {
          $ref: '#/components/schemas/OrganizationRole',
          description: 'Default: "MEMBER".',
        },
        personal: {
          type: 'boolean',
          description: 'Default: true.',
        },
        role_id: {
          type: ['string', 'null'],
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        workspaces: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
      },
      'x-sdk-notes':
        'The create-token reference page (vendor-facts §1 Token): expires, expires_at, name, organization_role, personal, role_id, workspaces.',
    },
    TokenCreated: {
      type: 'object',
      required: ['api_token'],
      properties: {
        api_token: {
          type: 'string',
        },
        api_token_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
      },
      'x-sdk-notes':
        'No source read confirms this shape (vendor-facts §1 lists it among the unknowns or does not cover it): it is the narrowest honest reading: the token response fields are a listed unknown; `api_token` and `api_token_id` are inferred.',
    },
    ApiToken: {
      type: 'object',
      required: ['api_token_id'],
      properties: {
        api_token_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        name: {
          type: 'string',
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
        expires_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
      },
      'x-sdk-notes':
        "No source read confirms this shape (vendor-facts §1 lists it among the unknowns or does not cover it): it is the narrowest honest reading: the token list's fields are inferred from the create body.",
    },
    EvalRun: {
      type: 'object',
      required: ['eval_run_name', 'status'],
      properties: {
        eval_run_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        eval_run_name: {
          type: 'string',
        },
        pipeline_name: {
          type: 'string',
        },
        evaluation_set_name: {
          type: 'string',
        },
        parameters: {
          type: 'object',
          additionalProperties: true,
        },
        metrics: {
          type: 'object',
          additionalProperties: true,
        },
        status: {
          type: 'integer',
          description: 'Numeric status (haystack EvaluationRunClient).',
        },
        eval_mode: {
          type: 'integer',
          enum: [0, 1],
        },
        debug: {
          type: 'boolean',
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
        comment: {
          type: ['string', 'null'],
        },
        tags: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
      },
      'x-sdk-notes':
        'haystack 1.x utils/deepsetcloud.py EvaluationRunClient (legacy; vendor-facts §1 Evaluation): eval_run_name, parameters, metrics, status (int), eval_mode, created_at, comment, tags. Whether v1 eval_runs is still live is a listed unknown.',
    },
    EvalRunCreate: {
      type: 'object',
      required: ['name', 'pipeline_name', 'evaluation_set_name'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
        pipeline_name: {
          type: 'string',
        },
        evaluation_set_name: {
          type: 'string',
        },
        debug: {
          type: 'boolean',
          description: 'Default: false.',
        },
        eval_mode: {
          type: 'integer',
          enum: [0, 1],
          description: '0 integrated, 1 isolated. Default: 0.',
        },
        comment: {
          type: 'string',
        },
        tags: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
      },
      'x-sdk-notes':
        'haystack 1.x EvaluationRunClient.create_eval_run body: name, pipeline_name, evaluation_set_name, debug, eval_mode (0 integrated, 1 isolated), comment, tags.',
    },
    EvalRunUpdate: {
      type: 'object',
      properties: {
        pipeline_name: {
          type: 'string',
        },
        evaluation_set_name: {
          type: 'string',
        },
        debug: {
          type: 'boolean',
        },
        eval_mode: {
          type: 'integer',
          enum: [0, 1],
        },
        comment: {
          type: 'string',
        },
        tags: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
      },
      'x-sdk-notes':
        'haystack 1.x EvaluationRunClient.update_eval_run: the create fields but the name, all optional.',
    },
    Prediction: {
      type: 'object',
      required: ['query'],
      properties: {
        prediction_id: {
          type: 'string',
        },
        query: {
          type: 'string',
        },
        answer: {
          type: ['string', 'null'],
        },
        context: {
          type: ['string', 'null'],
        },
        exact_match: {
          type: ['number', 'null'],
        },
        f1: {
          type: ['number', 'null'],
        },
        node_name: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        "No source read confirms this shape (vendor-facts §1 lists it among the unknowns or does not cover it): it is the narrowest honest reading: haystack 1.x EvaluationRunClient reads a node's predictions as a list; the field names are inferred.",
    },
    EvaluationSet: {
      type: 'object',
      required: ['evaluation_set_id', 'name', 'matched_labels', 'total_labels'],
      properties: {
        evaluation_set_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        name: {
          type: 'string',
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
        matched_labels: {
          type: 'integer',
        },
        total_labels: {
          type: 'integer',
        },
      },
      'x-sdk-notes':
        'haystack 1.x EvaluationSetClient (legacy): evaluation_set_id, name, created_at, matched_labels, total_labels.',
    },
    Label: {
      type: 'object',
      required: ['label_id', 'query'],
      properties: {
        label_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        query: {
          type: 'string',
        },
        answer: {
          type: 'string',
        },
        file_name: {
          type: ['string', 'null'],
        },
        file_id: {
          type: ['string', 'null'],
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        context: {
          type: ['string', 'null'],
        },
        meta: {
          type: 'object',
          additionalProperties: true,
        },
      },
      'x-sdk-notes':
        'No source read confirms this shape (vendor-facts §1 lists it among the unknowns or does not cover it): it is the narrowest honest reading: haystack 1.x EvaluationSetClient.get_labels returns labels; the field names are inferred.',
    },
    File: {
      type: 'object',
      required: ['file_id', 'name', 'created_at'],
      properties: {
        file_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        url: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        size: {
          type: 'integer',
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
        meta: {
          $ref: '#/components/schemas/Meta',
        },
      },
      'x-sdk-notes':
        'deepset-cloud-sdk _api/files.py FileList rows: file_id, url, name, size, created_at, meta.',
    },
    Filters: {
      type: 'object',
      description: 'Haystack 2 logical filter: `{operator, conditions[]}`; each comparison has a `field`.',
      additionalProperties: true,
      'x-sdk-notes': 'Operator names follow Haystack 2 (inferred, vendor-facts §1).',
    },
    DocumentsQuery: {
      type: 'object',
      required: ['query'],
      properties: {
        query: {
          type: 'string',
        },
        filters: {
          $ref: '#/components/schemas/Filters',
        },
        top_k: {
          type: 'integer',
          minimum: 1,
          description: 'Default: 10.',
        },
        return_embedding: {
          type: 'boolean',
          description: 'Default: false.',
        },
      },
      'x-sdk-notes': 'haystack 1.x IndexClient.query (legacy): query, filters, top_k, return_embedding.',
    },
    Document: {
      type: 'object',
      required: ['content', 'meta'],
      properties: {
        id: {
          type: 'string',
        },
        content: {
          type: 'string',
        },
        meta: {
          $ref: '#/components/schemas/Meta',
        },
        score: {
          type: ['number', 'null'],
        },
        embedding: {
          type: ['array', 'null'],
          items: {
            type: 'number',
          },
        },
        file: {
          type: ['object', 'null'],
          properties: {
            id: {
              type: 'string',
            },
            name: {
              type: 'string',
            },
          },
        },
        result_id: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        'The search reference page (vendor-facts §1 Search): content and meta required; id, score, embedding, file, result_id optional.',
    },
    Pipeline: {
      type: 'object',
      required: ['pipeline_id', 'name', 'status'],
      properties: {
        pipeline_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        name: {
          type: 'string',
        },
        status: {
          $ref: '#/components/schemas/PipelineStatus',
        },
        service_level: {
          $ref: '#/components/schemas/ServiceLevel',
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
        last_edited_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        created_by: {
          $ref: '#/components/schemas/UserRef',
        },
        last_edited_by: {
          anyOf: [
            {
              $ref: '#/components/schemas/UserRef',
            },
            {
              type: 'null',
            },
          ],
        },
        deployed_version_id: {
          type: ['string', 'null'],
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        running_version_id: {
          type: ['string', 'null'],
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        draft_version_id: {
          type: ['string', 'null'],
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        is_default: {
          type: 'boolean',
        },
        indexing: {
          $ref: '#/components/schemas/IndexingStatus',
        },
      },
      'x-sdk-notes':
        'deepset-mcp-server pipeline/models.py DeepsetPipeline (status, service_level, created_by, version ids); legacy `indexing` from haystack 1.x PipelineClient.',
    },
    PipelineYaml: {
      type: 'object',
      required: ['query_yaml'],
      properties: {
        query_yaml: {
          type: 'string',
        },
        indexing_yaml: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        'deepset-mcp-server PipelineResource.get reads `query_yaml` from GET .../yaml; `indexing_yaml` is the legacy (haystack 1.x) pair and may be absent.',
    },
    IndexingStatus: {
      type: 'object',
      required: ['pending_file_count', 'total_file_count'],
      properties: {
        status: {
          type: 'string',
        },
        pending_file_count: {
          type: 'integer',
        },
        failed_file_count: {
          type: 'integer',
        },
        indexed_file_count: {
          type: 'integer',
        },
        total_file_count: {
          type: 'integer',
        },
      },
      'x-sdk-notes':
        "No source read confirms this shape (vendor-facts §1 lists it among the unknowns or does not cover it): it is the narrowest honest reading: fields from haystack 1.x pipeline rows' `indexing{status, pending_file_count, total_file_count}` and the index status counts of deepset-mcp-server indexes/models.py; no source shows this endpoint's answer.",
    },
    PipelineFile: {
      type: 'object',
      required: ['file_id'],
      properties: {
        file_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        name: {
          type: 'string',
        },
        status: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        "No source read confirms this shape (vendor-facts §1 lists it among the unknowns or does not cover it): it is the narrowest honest reading: a pipeline's file row, named after File (deepset-cloud-sdk) with an indexing `status`.",
    },
    Feedback: {
      type: 'object',
      required: ['feedback_id', 'query_id', 'score'],
      properties: {
        feedback_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        query_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        result_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        score: {
          type: 'string',
          enum: ['ACCURATE', 'FAIRLY_ACCURATE', 'INACCURATE'],
        },
        comment: {
          type: ['string', 'null'],
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
      },
      'x-sdk-notes':
        'No source read confirms this shape (vendor-facts §1 lists it among the unknowns or does not cover it): it is the narrowest honest reading: fields inferred from the search result ids (query_id, result_id) a feedback names.',
    },
    FeedbackCreate: {
      type: 'object',
      required: ['query_id', 'score'],
      properties: {
        query_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        result_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        score: {
          type: 'string',
          enum: ['ACCURATE', 'FAIRLY_ACCURATE', 'INACCURATE'],
        },
        comment: {
          type: 'string',
        },
      },
      'x-sdk-notes': 'Fields inferred from the deepset UI feedback; not in the facts.',
    },
    SearchRequest: {
      type: 'object',
      required: ['queries'],
      properties: {
        queries: {
          type: 'array',
          items: {
            type: 'string',
          },
          minItems: 1,
        },
        debug: {
          type: 'boolean',
          description: 'Default: false.',
        },
        view_prompts: {
          type: 'boolean',
        },
        params: {
          type: 'object',
          additionalProperties: true,
        },
        filters: {
          $ref: '#/components/schemas/Filters',
        },
        files: {
          type: ['array', 'null'],
          items: {
            type: 'string',
            pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
          },
        },
      },
      'x-sdk-notes':
        'The search reference page (docs.cloud.deepset.ai search-api-v-1-...-search-post, vendor-facts §1): queries[], debug, view_prompts, params, filters, files.',
    },
    ChatRequest: {
      type: 'object',
      required: ['query', 'search_session_id'],
      properties: {
        query: {
          type: 'string',
          minLength: 1,
        },
        search_session_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        chat_history_limit: {
          type: 'integer',
        },
        debug: {
          type: 'boolean',
        },
        view_prompts: {
          type: 'boolean',
        },
        params: {
          type: 'object',
          additionalProperties: true,
        },
        filters: {
          $ref: '#/components/schemas/Filters',
        },
      },
      'x-sdk-notes':
        "Re-checked against the chat and chat-stream reference pages (docs.cloud.deepset.ai chat-api-v-1-...-chat-post, chat_stream_api_...): a chat takes one `query` string (the chat-stream example body is `{query, include_result, search_session_id}`), not `/search`'s `queries[]`, and needs `search_session_id`. The pages say the caller can choose how many search-history items the chat includes, but no source read names that field: `chat_history_limit` is this spec's name for it, unconfirmed.",
    },
    SearchStreamRequest: {
      type: 'object',
      required: ['query'],
      properties: {
        query: {
          type: 'string',
          minLength: 1,
        },
        include_result: {
          type: 'boolean',
          description: 'Default: false.',
        },
        include_tool_calls: {
          type: 'boolean',
        },
        include_tool_call_results: {
          type: 'boolean',
        },
        debug: {
          type: 'boolean',
        },
        view_prompts: {
          type: 'boolean',
        },
        params: {
          type: 'object',
          additionalProperties: true,
        },
        filters: {
          $ref: '#/components/schemas/Filters',
        },
      },
      'x-sdk-notes':
        'The search-stream reference pages (vendor-facts §1 Streaming): a single `query`, include_result, include_tool_calls, include_tool_call_results, debug, view_prompts, params, filters.',
    },
    ChatStreamRequest: {
      type: 'object',
      required: ['query', 'search_session_id'],
      properties: {
        query: {
          type: 'string',
          minLength: 1,
        },
        search_session_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        chat_history_limit: {
          type: 'integer',
        },
        include_result: {
          type: 'boolean',
          description: 'Default: false.',
        },
        include_tool_calls: {
          type: 'boolean',
        },
        include_tool_call_results: {
          type: 'boolean',
        },
        debug: {
          type: 'boolean',
        },
        view_prompts: {
          type: 'boolean',
        },
        params: {
          type: 'object',
          additionalProperties: true,
        },
        filters: {
          $ref: '#/components/schemas/Filters',
        },
      },
      'x-sdk-notes':
        'The chat-stream reference page (docs.cloud.deepset.ai chat_stream_api...): its example body is `{query, include_result, search_session_id}`. `chat_history_limit` is this spec\'s name for the docs\' "how many search history items ... you want to display"; no source read names the field.',
    },
    Answer: {
      type: 'object',
      required: ['answer'],
      properties: {
        answer: {
          type: 'string',
        },
        context: {
          type: ['string', 'null'],
        },
        document_id: {
          type: ['string', 'null'],
        },
        document_ids: {
          type: ['array', 'null'],
          items: {
            type: 'string',
          },
        },
        file: {
          type: ['object', 'null'],
          properties: {
            id: {
              type: 'string',
            },
            name: {
              type: 'string',
            },
          },
        },
        files: {
          type: ['array', 'null'],
          items: {
            type: 'object',
            properties: {
              id: {
                type: 'string',
              },
              name: {
                type: 'string',
              },
            },
          },
        },
        meta: {
          type: 'object',
          additionalProperties: true,
        },
        offsets_in_context: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Span',
          },
        },
        offsets_in_document: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Span',
          },
        },
        prompt: {
          type: ['string', 'null'],
        },
        result_id: {
          type: 'string',
        },
        score: {
          type: ['number', 'null'],
        },
        type: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        'The search reference page and deepset-mcp-server pipeline/models.py: `answer` required; the rest optional.',
    },
    Span: {
      type: 'object',
      required: ['start', 'end'],
      properties: {
        start: {
          type: 'integer',
        },
        end: {
          type: 'integer',
        },
      },
      'x-sdk-notes':
        'The search reference page: offsets_in_context/offsets_in_document items `{start, end}`.',
    },
    SearchResult: {
      type: 'object',
      required: ['query', 'answers', 'documents'],
      properties: {
        query_id: {
          type: 'string',
        },
        query: {
          type: 'string',
        },
        answers: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Answer',
          },
        },
        documents: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/Document',
          },
        },
        prompts: {
          type: 'object',
          additionalProperties: true,
        },
        _debug: {
          type: 'object',
          additionalProperties: true,
        },
      },
      'x-sdk-notes':
        'The search reference page and deepset-mcp-server DeepsetSearchResponse: query_id, query, answers, documents, prompts, _debug.',
    },
    SearchResponse: {
      type: 'object',
      required: ['results'],
      properties: {
        query_id: {
          type: 'string',
        },
        results: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/SearchResult',
          },
        },
      },
      'x-sdk-notes':
        'The search reference page: `{query_id?, results[]}` (deepset-mcp-server DeepsetSearchResponse).',
    },
    StreamEvent: {
      description:
        'The data of one search-stream / chat-stream event; `type` says which payload field is present.',
      oneOf: [
        {
          $ref: '#/components/schemas/StreamDelta',
        },
        {
          $ref: '#/components/schemas/StreamResult',
        },
        {
          $ref: '#/components/schemas/StreamErrorEvent',
        },
        {
          $ref: '#/components/schemas/StreamToolCallDelta',
        },
        {
          $ref: '#/components/schemas/StreamToolCallResult',
        },
      ],
      'x-sdk-notes':
        'The search-stream/chat-stream reference pages and deepset-mcp-server DeepsetStreamEvent: events keyed by `type` (delta, result, error, tool_call_delta, tool_call_result).',
    },
    StreamDelta: {
      type: 'object',
      required: ['type', 'delta'],
      properties: {
        query_id: {
          type: 'string',
        },
        type: {
          const: 'delta',
        },
        delta: {
          type: 'object',
          required: ['text'],
          properties: {
            text: {
              type: 'string',
            },
            meta: {
              type: 'object',
              additionalProperties: true,
            },
          },
        },
        index: {
          type: 'integer',
        },
        start: {
          type: 'boolean',
        },
        finish_reason: {
          type: ['string', 'null'],
        },
      },
      'x-sdk-notes': 'The stream reference pages: `delta{text, meta?}` with index, start, finish_reason.',
    },
    StreamResult: {
      type: 'object',
      required: ['type', 'result'],
      properties: {
        query_id: {
          type: 'string',
        },
        type: {
          const: 'result',
        },
        result: {
          $ref: '#/components/schemas/SearchResult',
        },
      },
      'x-sdk-notes':
        'The stream reference pages: the final `result` event (one search result), sent when include_result.',
    },
    StreamErrorEvent: {
      type: 'object',
      required: ['type', 'error'],
      properties: {
        query_id: {
          type: 'string',
        },
        type: {
          const: 'error',
        },
        error: {
          type: 'string',
        },
      },
      'x-sdk-notes': 'The stream reference pages: `error` is a string.',
    },
    StreamToolCallDelta: {
      type: 'object',
      required: ['type', 'tool_call_delta'],
      properties: {
        query_id: {
          type: 'string',
        },
        type: {
          const: 'tool_call_delta',
        },
        tool_call_delta: {
          type: 'object',
          required: ['index'],
          properties: {
            index: {
              type: 'integer',
            },
            tool_name: {
              type: 'string',
            },
            id: {
              type: 'string',
            },
            arguments: {
              type: 'string',
            },
          },
        },
      },
      'x-sdk-notes':
        'The newer search-stream reference page: tool_call_delta{index, tool_name?, id?, arguments?}.',
    },
    StreamToolCallResult: {
      type: 'object',
      required: ['type', 'tool_call_result'],
      properties: {
        query_id: {
          type: 'string',
        },
        type: {
          const: 'tool_call_result',
        },
        tool_call_result: {
          type: 'object',
          required: ['result', 'origin', 'error'],
          properties: {
            result: {},
            origin: {
              type: 'object',
              required: ['tool_name'],
              properties: {
                tool_name: {
                  type: 'string',
                },
                arguments: {
                  type: 'object',
                  additionalProperties: true,
                },
                id: {
                  type: 'string',
                },
              },
            },
            error: {
              type: 'boolean',
            },
          },
        },
      },
      'x-sdk-notes':
        'The newer search-stream reference page: tool_call_result{result, origin{tool_name, arguments, id?}, error}.',
    },
    UploadSession: {
      type: 'object',
      required: ['session_id', 'expires_at', 'aws_prefixed_request_config'],
      properties: {
        session_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        documentation_url: {
          type: 'string',
        },
        expires_at: {
          type: 'string',
          format: 'date-time',
        },
        aws_prefixed_request_config: {
          type: 'object',
          required: ['url', 'fields'],
          properties: {
            url: {
              type: 'string',
            },
            fields: {
              type: 'object',
              additionalProperties: {
                type: 'string',
              },
            },
          },
        },
      },
      'x-sdk-notes':
        'deepset-cloud-sdk _api/upload_sessions.py: 201 `{session_id, documentation_url, expires_at, aws_prefixed_request_config{url, fields}}`.',
    },
    UploadSessionStatus: {
      type: 'object',
      required: ['session_id', 'ingestion_status'],
      properties: {
        session_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        documentation_url: {
          type: 'string',
        },
        expires_at: {
          type: 'string',
          format: 'date-time',
        },
        ingestion_status: {
          type: 'object',
          required: ['finished_files', 'failed_files'],
          properties: {
            finished_files: {
              type: 'integer',
            },
            failed_files: {
              type: 'integer',
            },
          },
        },
      },
      'x-sdk-notes':
        'deepset-cloud-sdk _api/upload_sessions.py: `{session_id, documentation_url, expires_at, ingestion_status{finished_files, failed_files}}`.',
    },
    UploadSessionSummary: {
      type: 'object',
      required: ['session_id', 'status'],
      properties: {
        session_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        created_by: {
          $ref: '#/components/schemas/UserRef',
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
        expires_at: {
          type: 'string',
          format: 'date-time',
        },
        write_mode: {
          $ref: '#/components/schemas/WriteMode',
        },
        status: {
          type: 'string',
          enum: ['OPEN', 'CLOSED', 'EXPIRED'],
        },
      },
      'x-sdk-notes':
        'deepset-cloud-sdk UploadSessionDetailList rows: session_id, created_by, created_at, expires_at, write_mode, status.',
    },
    UploadSessionFile: {
      type: 'object',
      required: ['name', 'status'],
      properties: {
        name: {
          type: 'string',
        },
        status: {
          type: 'string',
          enum: ['PENDING', 'FINISHED', 'FAILED'],
        },
        file_id: {
          type: ['string', 'null'],
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        error: {
          type: ['string', 'null'],
        },
      },
      'x-sdk-notes':
        "No source read confirms this shape (vendor-facts §1 lists it among the unknowns or does not cover it): it is the narrowest honest reading: a session's file row (name, status, file_id, error) is inferred.",
    },
    Credentials: {
      type: 'object',
      required: ['credentials_id'],
      properties: {
        credentials_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        host: {
          type: 'string',
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
      },
      'x-sdk-notes':
        'No source read confirms this shape (vendor-facts §1 lists it among the unknowns or does not cover it): it is the narrowest honest reading: the document-store and file-store credential rows (credentials_id, host, created_at) are inferred; no secret is ever answered.',
    },
    CredentialsCreate: {
      type: 'object',
      properties: {
        host: {
          type: 'string',
        },
        username: {
          type: 'string',
        },
        password: {
          type: 'string',
        },
        access_key_id: {
          type: 'string',
        },
        secret_access_key: {
          type: 'string',
        },
        bucket: {
          type: 'string',
        },
        region: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        'Fields not in the facts; OpenSearch (host/username/password) or S3 (bucket/region/keys).',
    },
    User: {
      type: 'object',
      required: ['user_id', 'email'],
      properties: {
        user_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        given_name: {
          type: 'string',
        },
        family_name: {
          type: 'string',
        },
        email: {
          type: 'string',
        },
        organization: {
          type: 'object',
          properties: {
            organization_id: {
              type: 'string',
              pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
            },
            name: {
              type: 'string',
            },
          },
        },
      },
      'x-sdk-notes':
        'deepset-mcp-server UserRef fields (user_id, given_name, family_name, email); `organization` is inferred, no source shows it.',
    },
    ModelRegistryToken: {
      type: 'object',
      required: ['provider'],
      properties: {
        provider: {
          type: 'string',
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
      },
      'x-sdk-notes': 'The token itself is never answered back (inferred).',
    },
    PromptTemplate: {
      type: 'object',
      required: ['prompt_template_id', 'name', 'text'],
      properties: {
        prompt_template_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        name: {
          type: 'string',
        },
        text: {
          type: 'string',
        },
        description: {
          type: ['string', 'null'],
        },
        tags: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
      },
      'x-sdk-notes':
        "Schema not in the facts; the narrowest honest shape. The `examples` are illustrative (the public template the mock lists), not the vendor's catalogue.",
    },
    PromptTemplateCreate: {
      type: 'object',
      required: ['name', 'text'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
        text: {
          type: 'string',
        },
        description: {
          type: 'string',
        },
        tags: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
      },
      'x-sdk-notes':
        'No source read confirms this shape (vendor-facts §1 lists it among the unknowns or does not cover it): it is the narrowest honest reading: the prompt_templates schemas are a listed unknown.',
    },
    Workspace: {
      type: 'object',
      required: ['name', 'workspace_id'],
      properties: {
        name: {
          type: 'string',
        },
        workspace_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        languages: {
          type: 'object',
          additionalProperties: true,
        },
        default_idle_timeout_in_seconds: {
          type: 'integer',
        },
      },
      'x-sdk-notes':
        'deepset-mcp-server workspace/models.py: name, workspace_id (uuid), languages, default_idle_timeout_in_seconds.',
    },
    SearchHistoryEntry: {
      type: 'object',
      required: ['query'],
      properties: {
        search_history_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        query: {
          type: 'string',
        },
        pipeline_name: {
          type: 'string',
        },
        time: {
          type: 'string',
          format: 'date-time',
        },
        duration: {
          type: 'number',
        },
      },
      'x-sdk-notes':
        "No source read confirms this shape (vendor-facts §1 lists it among the unknowns or does not cover it): it is the narrowest honest reading: deepset-mcp-server reads search history through a v2 route; the v1 entry's fields are inferred.",
    },
    Tag: {
      type: 'object',
      required: ['name'],
      properties: {
        tag_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        name: {
          type: 'string',
        },
      },
      'x-sdk-notes':
        'No source read confirms this shape (vendor-facts §1 lists it among the unknowns or does not cover it): it is the narrowest honest reading: eval run tags (haystack 1.x sends tag names); `tag_id` is inferred.',
    },
    Index: {
      type: 'object',
      required: ['name'],
      properties: {
        pipeline_index_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        name: {
          type: 'string',
        },
        description: {
          type: ['string', 'null'],
        },
        config_yaml: {
          type: 'string',
        },
        workspace_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        settings: {
          type: 'object',
          additionalProperties: true,
        },
        desired_status: {
          type: 'string',
        },
        deployed_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
        updated_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        status: {
          type: 'object',
          properties: {
            pending_file_count: {
              type: 'integer',
            },
            failed_file_count: {
              type: 'integer',
            },
            indexed_no_documents_file_count: {
              type: 'integer',
            },
            indexed_file_count: {
              type: 'integer',
            },
            total_file_count: {
              type: 'integer',
            },
          },
        },
      },
      'x-sdk-notes':
        'deepset-mcp-server indexes/models.py: pipeline_index_id, name, description, config_yaml, workspace_id, settings, desired_status, deployed_at, status counts, timestamps.',
    },
    LabelingProject: {
      type: 'object',
      required: ['labeling_project_id', 'name'],
      properties: {
        labeling_project_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        name: {
          type: 'string',
        },
        description: {
          type: ['string', 'null'],
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
        updated_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
      },
      additionalProperties: true,
      'x-sdk-notes':
        'No source read confirms this shape (vendor-facts §1 lists it among the unknowns or does not cover it): it is the narrowest honest reading: the labeling_projects schemas are a listed unknown.',
    },
    LabelingProjectCreate: {
      type: 'object',
      required: ['name'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
        description: {
          type: 'string',
        },
      },
      additionalProperties: true,
      'x-sdk-notes':
        'No source read confirms this shape (vendor-facts §1 lists it among the unknowns or does not cover it): it is the narrowest honest reading: the labeling_projects schemas are a listed unknown.',
    },
    PipelineTemplate: {
      type: 'object',
      required: ['name'],
      properties: {
        pipeline_template_id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        description: {
          type: 'string',
        },
        query_yaml: {
          type: 'string',
        },
        indexing_yaml: {
          type: 'string',
        },
        tags: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
      },
      'x-sdk-notes':
        "No source read confirms this shape (vendor-facts §1 lists it among the unknowns or does not cover it): it is the narrowest honest reading: pipeline templates are not among the sources read; name, description, query_yaml, indexing_yaml, tags are inferred. The `examples` are illustrative (the templates the mock lists), not the vendor's catalogue, which the API serves at runtime.",
    },
    PipelineLog: {
      type: 'object',
      required: ['log_id', 'message'],
      properties: {
        log_id: {
          type: 'string',
        },
        level: {
          type: 'string',
        },
        message: {
          type: 'string',
        },
        logged_at: {
          type: 'string',
          format: 'date-time',
        },
      },
      'x-sdk-notes':
        'deepset-mcp-server pipeline/log_models.py and resource.get_logs (cursor `logged_at`): log_id, level, message, logged_at.',
    },
    SearchSession: {
      type: 'object',
      required: ['search_session_id'],
      properties: {
        search_session_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        pipeline_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
      },
      'x-sdk-notes':
        'The search-sessions list reference page gives its parameters; the row (search_session_id, pipeline_id, created_at) is inferred.',
    },
    SharedPrototype: {
      type: 'object',
      required: ['shared_prototype_id'],
      properties: {
        shared_prototype_id: {
          type: 'string',
          pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
        },
        pipeline_names: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        expiration_time: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        brand_color: {
          type: ['string', 'null'],
        },
        is_revoked: {
          type: 'boolean',
        },
        created_at: {
          type: 'string',
          format: 'date-time',
        },
        link: {
          type: 'string',
        },
      },
      additionalProperties: true,
      'x-sdk-notes':
        'No source read confirms this shape (vendor-facts §1 lists it among the unknowns or does not cover it): it is the narrowest honest reading: the shared_prototypes schemas are a listed unknown.',
    },
    SharedPrototypeCreate: {
      type: 'object',
      properties: {
        pipeline_names: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        expiration_time: {
          type: 'string',
          format: 'date-time',
        },
        brand_color: {
          type: 'string',
        },
      },
      additionalProperties: true,
      'x-sdk-notes':
        'No source read confirms this shape (vendor-facts §1 lists it among the unknowns or does not cover it): it is the narrowest honest reading: the shared_prototypes schemas are a listed unknown.',
    },
  },
};
