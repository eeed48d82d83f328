// Generated from specs/llamacloud.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The spec's request and response schemas: ./validate checks responses with them, ./msw checks requests.
import type { OperationSchemas } from '@org/sdk-core/validate';

/** An operation of the spec, as `METHOD /path`. */
export type Operation =
  | 'GET /api/v1/projects'
  | 'POST /api/v1/projects'
  | 'GET /api/v1/projects/{project_id}'
  | 'GET /api/v1/files'
  | 'POST /api/v1/files'
  | 'GET /api/v1/files/{file_id}'
  | 'DELETE /api/v1/files/{file_id}'
  | 'GET /api/v1/pipelines'
  | 'PUT /api/v1/pipelines'
  | 'POST /api/v1/pipelines'
  | 'GET /api/v1/pipelines/{pipeline_id}'
  | 'PUT /api/v1/pipelines/{pipeline_id}'
  | 'DELETE /api/v1/pipelines/{pipeline_id}'
  | 'GET /api/v1/pipelines/{pipeline_id}/status'
  | 'POST /api/v1/pipelines/{pipeline_id}/sync'
  | 'POST /api/v1/pipelines/{pipeline_id}/retrieve'
  | 'GET /api/v1/pipelines/{pipeline_id}/files2'
  | 'GET /api/v1/pipelines/{pipeline_id}/files'
  | 'PUT /api/v1/pipelines/{pipeline_id}/files'
  | 'GET /api/v1/pipelines/{pipeline_id}/files/{file_id}/status'
  | 'GET /api/v1/pipelines/{pipeline_id}/data-sources'
  | 'PUT /api/v1/pipelines/{pipeline_id}/data-sources'
  | 'GET /api/v1/pipelines/{pipeline_id}/data-sinks'
  | 'GET /api/v1/pipelines/{pipeline_id}/jobs'
  | 'GET /api/v1/pipelines/{pipeline_id}/jobs/{job_id}'
  | 'GET /api/v1/data-sources'
  | 'POST /api/v1/data-sources'
  | 'POST /api/v1/pipelines/{pipeline_id}/sync/cancel'
  | 'GET /api/v2/pipelines'
  | 'GET /api/v1/pipelines/{pipeline_id}/files/status-counts'
  | 'PUT /api/v1/pipelines/{pipeline_id}/files/{file_id}'
  | 'DELETE /api/v1/pipelines/{pipeline_id}/files/{file_id}'
  | 'PUT /api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}'
  | 'GET /api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/status'
  | 'POST /api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/sync'
  | 'PUT /api/v1/pipelines/{pipeline_id}/documents'
  | 'POST /api/v1/pipelines/{pipeline_id}/documents'
  | 'GET /api/v1/pipelines/{pipeline_id}/documents/paginated'
  | 'GET /api/v1/pipelines/{pipeline_id}/documents/{document_id}'
  | 'DELETE /api/v1/pipelines/{pipeline_id}/documents/{document_id}'
  | 'GET /api/v1/pipelines/{pipeline_id}/documents/{document_id}/status'
  | 'GET /api/v1/pipelines/{pipeline_id}/documents/{document_id}/chunks'
  | 'GET /api/v1/data-sources/{data_source_id}'
  | 'PUT /api/v1/data-sources/{data_source_id}'
  | 'DELETE /api/v1/data-sources/{data_source_id}'
  | 'GET /api/v1/data-sinks'
  | 'POST /api/v1/data-sinks'
  | 'GET /api/v1/data-sinks/{data_sink_id}'
  | 'PUT /api/v1/data-sinks/{data_sink_id}'
  | 'DELETE /api/v1/data-sinks/{data_sink_id}'
  | 'GET /api/v1/beta/files'
  | 'POST /api/v1/beta/files'
  | 'GET /api/v1/beta/files/{file_id}'
  | 'DELETE /api/v1/beta/files/{file_id}'
  | 'GET /api/v1/beta/files/{file_id}/content';

export const operations: Readonly<Record<Operation, OperationSchemas>> = {
  'GET /api/v1/projects': {
    operationId: 'listProjects',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/Project',
      },
    },
  },
  'POST /api/v1/projects': {
    operationId: 'createProject',
    response: {
      $ref: '#/components/schemas/Project',
    },
    request: {
      $ref: '#/components/schemas/ProjectCreate',
    },
  },
  'GET /api/v1/projects/{project_id}': {
    operationId: 'getProject',
    response: {
      $ref: '#/components/schemas/Project',
    },
  },
  'GET /api/v1/files': {
    operationId: 'listFiles',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/File',
      },
    },
  },
  'POST /api/v1/files': {
    operationId: 'uploadFile',
    response: {
      $ref: '#/components/schemas/File',
    },
  },
  'GET /api/v1/files/{file_id}': {
    operationId: 'getFile',
    response: {
      $ref: '#/components/schemas/File',
    },
  },
  'DELETE /api/v1/files/{file_id}': {
    operationId: 'deleteFile',
  },
  'GET /api/v1/pipelines': {
    operationId: 'listPipelines',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/Pipeline',
      },
    },
  },
  'PUT /api/v1/pipelines': {
    operationId: 'upsertPipeline',
    response: {
      $ref: '#/components/schemas/Pipeline',
    },
    request: {
      $ref: '#/components/schemas/PipelineCreate',
    },
  },
  'POST /api/v1/pipelines': {
    operationId: 'createPipeline',
    response: {
      $ref: '#/components/schemas/Pipeline',
    },
    request: {
      $ref: '#/components/schemas/PipelineCreate',
    },
  },
  'GET /api/v1/pipelines/{pipeline_id}': {
    operationId: 'getPipeline',
    response: {
      $ref: '#/components/schemas/Pipeline',
    },
  },
  'PUT /api/v1/pipelines/{pipeline_id}': {
    operationId: 'updatePipeline',
    response: {
      $ref: '#/components/schemas/Pipeline',
    },
    request: {
      $ref: '#/components/schemas/PipelineUpdate',
    },
  },
  'DELETE /api/v1/pipelines/{pipeline_id}': {
    operationId: 'deletePipeline',
  },
  'GET /api/v1/pipelines/{pipeline_id}/status': {
    operationId: 'getPipelineStatus',
    response: {
      $ref: '#/components/schemas/ManagedIngestionStatusResponse',
    },
  },
  'POST /api/v1/pipelines/{pipeline_id}/sync': {
    operationId: 'syncPipeline',
    response: {
      $ref: '#/components/schemas/Pipeline',
    },
  },
  'POST /api/v1/pipelines/{pipeline_id}/retrieve': {
    operationId: 'runSearch',
    response: {
      $ref: '#/components/schemas/RetrieveResults',
    },
    request: {
      $ref: '#/components/schemas/RetrievalParams',
    },
  },
  'GET /api/v1/pipelines/{pipeline_id}/files2': {
    operationId: 'listPipelineFiles',
    response: {
      $ref: '#/components/schemas/PaginatedListPipelineFilesResponse',
    },
  },
  'GET /api/v1/pipelines/{pipeline_id}/files': {
    operationId: 'listPipelineFilesUnpaged',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/PipelineFile',
      },
    },
  },
  'PUT /api/v1/pipelines/{pipeline_id}/files': {
    operationId: 'addFilesToPipeline',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/PipelineFile',
      },
    },
    request: {
      type: 'array',
      minItems: 1,
      items: {
        $ref: '#/components/schemas/PipelineFileCreate',
      },
    },
  },
  'GET /api/v1/pipelines/{pipeline_id}/files/{file_id}/status': {
    operationId: 'getPipelineFileStatus',
    response: {
      $ref: '#/components/schemas/ManagedIngestionStatusResponse',
    },
  },
  'GET /api/v1/pipelines/{pipeline_id}/data-sources': {
    operationId: 'listPipelineDataSources',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/PipelineDataSource',
      },
    },
  },
  'PUT /api/v1/pipelines/{pipeline_id}/data-sources': {
    operationId: 'addDataSourcesToPipeline',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/PipelineDataSource',
      },
    },
    request: {
      type: 'array',
      minItems: 1,
      items: {
        $ref: '#/components/schemas/PipelineDataSourceCreate',
      },
    },
  },
  'GET /api/v1/pipelines/{pipeline_id}/data-sinks': {
    operationId: 'listPipelineDataSinks',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/DataSink',
      },
    },
  },
  'GET /api/v1/pipelines/{pipeline_id}/jobs': {
    operationId: 'listPipelineJobs',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/PipelineJob',
      },
    },
  },
  'GET /api/v1/pipelines/{pipeline_id}/jobs/{job_id}': {
    operationId: 'getPipelineJob',
    response: {
      $ref: '#/components/schemas/PipelineJob',
    },
  },
  'GET /api/v1/data-sources': {
    operationId: 'listDataSources',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/DataSource',
      },
    },
  },
  'POST /api/v1/data-sources': {
    operationId: 'createDataSource',
    response: {
      $ref: '#/components/schemas/DataSource',
    },
    request: {
      $ref: '#/components/schemas/DataSourceCreate',
    },
  },
  'POST /api/v1/pipelines/{pipeline_id}/sync/cancel': {
    operationId: 'cancelPipelineSync',
    response: {
      $ref: '#/components/schemas/Pipeline',
    },
  },
  'GET /api/v2/pipelines': {
    operationId: 'listPipelinesPaginated',
    response: {
      $ref: '#/components/schemas/PipelineSummaryPage',
    },
  },
  'GET /api/v1/pipelines/{pipeline_id}/files/status-counts': {
    operationId: 'getPipelineFileStatusCounts',
    response: {
      $ref: '#/components/schemas/FileStatusCounts',
    },
  },
  'PUT /api/v1/pipelines/{pipeline_id}/files/{file_id}': {
    operationId: 'updatePipelineFile',
    response: {
      $ref: '#/components/schemas/PipelineFile',
    },
    request: {
      $ref: '#/components/schemas/PipelineFileUpdate',
    },
  },
  'DELETE /api/v1/pipelines/{pipeline_id}/files/{file_id}': {
    operationId: 'deletePipelineFile',
  },
  'PUT /api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}': {
    operationId: 'updatePipelineDataSource',
    response: {
      $ref: '#/components/schemas/PipelineDataSource',
    },
    request: {
      type: 'object',
      properties: {
        sync_interval: {
          type: ['number', 'null'],
          minimum: 0,
        },
      },
    },
  },
  'GET /api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/status': {
    operationId: 'getPipelineDataSourceStatus',
    response: {
      $ref: '#/components/schemas/ManagedIngestionStatusResponse',
    },
  },
  'POST /api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/sync': {
    operationId: 'syncPipelineDataSource',
    response: {
      $ref: '#/components/schemas/Pipeline',
    },
    request: {
      type: 'object',
      properties: {
        pipeline_file_ids: {
          type: ['array', 'null'],
          items: {
            type: 'string',
          },
        },
      },
    },
  },
  'PUT /api/v1/pipelines/{pipeline_id}/documents': {
    operationId: 'upsertPipelineDocuments',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/CloudDocument',
      },
    },
    request: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/CloudDocumentCreate',
      },
    },
  },
  'POST /api/v1/pipelines/{pipeline_id}/documents': {
    operationId: 'createPipelineDocuments',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/CloudDocument',
      },
    },
    request: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/CloudDocumentCreate',
      },
    },
  },
  'GET /api/v1/pipelines/{pipeline_id}/documents/paginated': {
    operationId: 'listPipelineDocuments',
    response: {
      $ref: '#/components/schemas/PaginatedCloudDocuments',
    },
  },
  'GET /api/v1/pipelines/{pipeline_id}/documents/{document_id}': {
    operationId: 'getPipelineDocument',
    response: {
      $ref: '#/components/schemas/CloudDocument',
    },
  },
  'DELETE /api/v1/pipelines/{pipeline_id}/documents/{document_id}': {
    operationId: 'deletePipelineDocument',
  },
  'GET /api/v1/pipelines/{pipeline_id}/documents/{document_id}/status': {
    operationId: 'getPipelineDocumentStatus',
    response: {
      $ref: '#/components/schemas/ManagedIngestionStatusResponse',
    },
  },
  'GET /api/v1/pipelines/{pipeline_id}/documents/{document_id}/chunks': {
    operationId: 'getPipelineDocumentChunks',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/TextNode',
      },
    },
  },
  'GET /api/v1/data-sources/{data_source_id}': {
    operationId: 'getDataSource',
    response: {
      $ref: '#/components/schemas/DataSource',
    },
  },
  'PUT /api/v1/data-sources/{data_source_id}': {
    operationId: 'updateDataSource',
    response: {
      $ref: '#/components/schemas/DataSource',
    },
    request: {
      $ref: '#/components/schemas/DataSourceUpdate',
    },
  },
  'DELETE /api/v1/data-sources/{data_source_id}': {
    operationId: 'deleteDataSource',
  },
  'GET /api/v1/data-sinks': {
    operationId: 'listDataSinks',
    response: {
      type: 'array',
      items: {
        $ref: '#/components/schemas/DataSink',
      },
    },
  },
  'POST /api/v1/data-sinks': {
    operationId: 'createDataSink',
    response: {
      $ref: '#/components/schemas/DataSink',
    },
    request: {
      $ref: '#/components/schemas/DataSinkCreate',
    },
  },
  'GET /api/v1/data-sinks/{data_sink_id}': {
    operationId: 'getDataSink',
    response: {
      $ref: '#/components/schemas/DataSink',
    },
  },
  'PUT /api/v1/data-sinks/{data_sink_id}': {
    operationId: 'updateDataSink',
    response: {
      $ref: '#/components/schemas/DataSink',
    },
    request: {
      $ref: '#/components/schemas/DataSinkUpdate',
    },
  },
  'DELETE /api/v1/data-sinks/{data_sink_id}': {
    operationId: 'deleteDataSink',
  },
  'GET /api/v1/beta/files': {
    operationId: 'listBetaFiles',
    response: {
      $ref: '#/components/schemas/BetaFilePage',
    },
  },
  'POST /api/v1/beta/files': {
    operationId: 'createBetaFile',
    response: {
      $ref: '#/components/schemas/BetaFile',
    },
  },
  'GET /api/v1/beta/files/{file_id}': {
    operationId: 'getBetaFile',
    response: {
      $ref: '#/components/schemas/BetaFile',
    },
  },
  'DELETE /api/v1/beta/files/{file_id}': {
    operationId: 'deleteBetaFile',
  },
  'GET /api/v1/beta/files/{file_id}/content': {
    operationId: 'getBetaFileContent',
    response: {
      $ref: '#/components/schemas/PresignedURL',
    },
  },
};

export const components: { readonly schemas: Readonly<Record<string, unknown>> } = {
  schemas: {
    ErrorDetail: {
      type: 'object',
      description: "FastAPI's error body outside validation.",
      required: ['detail'],
      properties: {
        detail: {
          description: 'The message (usually a string).',
        },
      },
      'x-sdk-notes': 'Inferred for statuses other than 422 (vendor-facts §5 Errors).',
    },
    HTTPValidationError: {
      'x-sdk-notes':
        "FastAPI's 422 body, as the platform spec (run-llama/LlamaIndexTS packages/cloud/openapi.json) declares it.",
      type: 'object',
      properties: {
        detail: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/ValidationIssue',
          },
        },
      },
    },
    ValidationIssue: {
      'x-sdk-notes':
        "FastAPI's ValidationError item (named so here, to keep it apart from the SDK's error classes), as in the platform spec (run-llama/LlamaIndexTS packages/cloud/openapi.json).",
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
    },
    Project: {
      type: 'object',
      required: ['id', 'name', 'organization_id'],
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        organization_id: {
          type: 'string',
        },
        is_default: {
          type: 'boolean',
        },
        ad_hoc_eval_dataset_id: {
          type: ['string', 'null'],
        },
        created_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        updated_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
      },
      example: {
        id: 'proj_1',
        name: 'Default',
        organization_id: 'org_1',
        is_default: true,
      },
    },
    ProjectCreate: {
      'x-sdk-notes':
        'The body of createProject in the platform spec (run-llama/LlamaIndexTS packages/cloud/openapi.json).',
      type: 'object',
      required: ['name'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
      },
    },
    File: {
      type: 'object',
      required: ['id', 'name', 'project_id', 'external_file_id'],
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        external_file_id: {
          type: 'string',
          description: 'Your own id for the file; the file name when you gave none.',
        },
        file_size: {
          type: ['integer', 'null'],
          minimum: 0,
        },
        file_type: {
          type: ['string', 'null'],
        },
        project_id: {
          type: 'string',
        },
        last_modified_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        resource_info: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
        permission_info: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
        data_source_id: {
          type: ['string', 'null'],
        },
        created_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        updated_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
      },
      'x-sdk-notes':
        "The seed's `content_type` is `file_type` in the API. `external_file_id` is a required string in the platform spec's File (the seed and the SDKs' newer File leave it optional); the API fills it with the file name when the upload names none.",
      example: {
        id: 'file_1',
        name: 'handbook.txt',
        external_file_id: 'handbook.txt',
        file_size: 1024,
        file_type: 'txt',
        project_id: 'proj_1',
        created_at: '2026-04-01T12:00:00Z',
        updated_at: '2026-04-01T12:00:00Z',
      },
    },
    PipelineType: {
      'x-sdk-notes':
        'PipelineType in the platform spec (run-llama/LlamaIndexTS packages/cloud/openapi.json) and llama-cloud-ts `resources/pipelines/pipelines.ts`.',
      type: 'string',
      enum: ['PLAYGROUND', 'MANAGED'],
    },
    Pipeline: {
      type: 'object',
      required: ['id', 'name', 'project_id', 'embedding_config'],
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        project_id: {
          type: 'string',
        },
        pipeline_type: {
          $ref: '#/components/schemas/PipelineType',
        },
        embedding_config: {
          type: 'object',
          description:
            "The embedding model, discriminated by `type` (OPENAI_EMBEDDING, MANAGED_OPENAI_EMBEDDING, AZURE_EMBEDDING, ...), with the model's settings in `component`. A pipeline created without one gets the managed default.",
          additionalProperties: true,
          required: ['type'],
          properties: {
            type: {
              type: 'string',
            },
            component: {
              type: 'object',
              additionalProperties: true,
            },
          },
        },
        transform_config: {
          type: ['object', 'null'],
          description: 'Chunking (`mode` auto or advanced).',
          additionalProperties: true,
        },
        preset_retrieval_parameters: {
          $ref: '#/components/schemas/PresetRetrievalParams',
        },
        llama_parse_parameters: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
        data_sink: {
          oneOf: [
            {
              $ref: '#/components/schemas/DataSink',
            },
            {
              type: 'null',
            },
          ],
        },
        embedding_model_config_id: {
          type: ['string', 'null'],
        },
        managed_pipeline_id: {
          type: ['string', 'null'],
        },
        status: {
          type: ['string', 'null'],
          enum: ['CREATED', 'DELETING', null],
          description: "The pipeline's lifecycle state (not its ingestion state; see getPipelineStatus).",
        },
        config_hash: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
        created_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        updated_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
      },
      'x-sdk-notes':
        "The seed's `status: active|syncing|error|idle` and `sync_interval` are not fields of the API's pipeline; ingestion progress is ManagedIngestionStatusResponse. `embedding_config` is required in the platform spec's Pipeline and in llama-cloud-ts `resources/pipelines/pipelines.ts` (Pipeline).",
      example: {
        id: 'pl_1',
        name: 'docs',
        project_id: 'proj_1',
        pipeline_type: 'MANAGED',
        embedding_config: {
          type: 'MANAGED_OPENAI_EMBEDDING',
          component: {
            model_name: 'openai-text-embedding-3-small',
          },
        },
        transform_config: {
          mode: 'auto',
          chunk_size: 1024,
          chunk_overlap: 200,
        },
        status: 'CREATED',
        created_at: '2026-04-01T12:00:00Z',
        updated_at: '2026-04-01T12:00:00Z',
      },
    },
    PipelineCreate: {
      'x-sdk-notes':
        "PipelineCreate in the platform spec (run-llama/LlamaIndexTS packages/cloud/openapi.json) and llama-cloud-ts `resources/pipelines/pipelines.ts` (PipelineCreateParams); the seed's body put `project_id` in it.",
      type: 'object',
      required: ['name'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
        pipeline_type: {
          $ref: '#/components/schemas/PipelineType',
        },
        embedding_config: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
        transform_config: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
        preset_retrieval_parameters: {
          $ref: '#/components/schemas/PresetRetrievalParams',
        },
        llama_parse_parameters: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
        data_sink_id: {
          type: ['string', 'null'],
        },
        embedding_model_config_id: {
          type: ['string', 'null'],
        },
      },
    },
    PresetRetrievalParams: {
      'x-sdk-notes':
        'PresetRetrievalParams in the platform spec (run-llama/LlamaIndexTS packages/cloud/openapi.json) and llama-cloud-ts `resources/pipelines/pipelines.ts`.',
      type: ['object', 'null'],
      additionalProperties: true,
      properties: {
        dense_similarity_top_k: {
          type: ['integer', 'null'],
          minimum: 1,
        },
        sparse_similarity_top_k: {
          type: ['integer', 'null'],
          minimum: 1,
        },
        enable_reranking: {
          type: ['boolean', 'null'],
        },
        rerank_top_n: {
          type: ['integer', 'null'],
          minimum: 1,
        },
        alpha: {
          type: ['number', 'null'],
          minimum: 0,
          maximum: 1,
        },
        retrieval_mode: {
          $ref: '#/components/schemas/RetrievalMode',
        },
      },
    },
    PipelineFileStatus: {
      'x-sdk-notes':
        "The pipeline file's `status` values in llama-cloud-ts `resources/pipelines/files.ts` (PipelineFile), named here.",
      type: 'string',
      enum: ['NOT_STARTED', 'IN_PROGRESS', 'SUCCESS', 'ERROR', 'CANCELLED'],
    },
    PipelineFile: {
      type: 'object',
      required: ['id', 'pipeline_id', 'project_id'],
      properties: {
        id: {
          type: 'string',
        },
        pipeline_id: {
          type: 'string',
        },
        file_id: {
          type: ['string', 'null'],
        },
        name: {
          type: ['string', 'null'],
        },
        file_size: {
          type: ['integer', 'null'],
        },
        file_type: {
          type: ['string', 'null'],
        },
        data_source_id: {
          type: ['string', 'null'],
        },
        external_file_id: {
          type: ['string', 'null'],
        },
        custom_metadata: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
        indexed_page_count: {
          type: ['integer', 'null'],
        },
        project_id: {
          type: 'string',
        },
        status: {
          oneOf: [
            {
              $ref: '#/components/schemas/PipelineFileStatus',
            },
            {
              type: 'null',
            },
          ],
        },
        status_updated_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        created_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        updated_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
      },
      'x-sdk-notes':
        "The seed's status enum `pending|processing|completed|error` and `metadata` are `status` (this enum) and `custom_metadata` in the API. `project_id` is required in the platform spec's PipelineFile (the SDKs' type leaves it optional).",
      example: {
        id: 'pf_1',
        pipeline_id: 'pl_1',
        file_id: 'file_1',
        name: 'handbook.txt',
        file_size: 1024,
        file_type: 'txt',
        project_id: 'proj_1',
        custom_metadata: {
          team: 'support',
        },
        status: 'SUCCESS',
        status_updated_at: '2026-04-01T12:01:00Z',
      },
    },
    PipelineFileCreate: {
      'x-sdk-notes':
        'PipelineFileCreate in the platform spec (run-llama/LlamaIndexTS packages/cloud/openapi.json); llama-cloud-ts `resources/pipelines/files.ts` (FileCreateParams.Body).',
      type: 'object',
      required: ['file_id'],
      properties: {
        file_id: {
          type: 'string',
        },
        custom_metadata: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
      },
    },
    PaginatedListPipelineFilesResponse: {
      type: 'object',
      required: ['files', 'total_count', 'offset', 'limit'],
      properties: {
        files: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/PipelineFile',
          },
        },
        total_count: {
          type: 'integer',
          minimum: 0,
        },
        offset: {
          type: 'integer',
          minimum: 0,
        },
        limit: {
          type: 'integer',
          minimum: 1,
        },
      },
      'x-sdk-notes':
        'All four fields are required integers in llama-cloud-py `types/v1/pipeline_retrieve_files2_response.py` and the platform spec; the seed has no paged list.',
      example: {
        files: [
          {
            id: 'pf_1',
            pipeline_id: 'pl_1',
            file_id: 'file_1',
            name: 'handbook.txt',
            project_id: 'proj_1',
            status: 'SUCCESS',
          },
        ],
        total_count: 1,
        offset: 0,
        limit: 100,
      },
    },
    ManagedIngestionStatus: {
      'x-sdk-notes':
        "ManagedIngestionStatus in the platform spec (run-llama/LlamaIndexTS packages/cloud/openapi.json); the seed's status enums did not match the API.",
      type: 'string',
      enum: ['NOT_STARTED', 'IN_PROGRESS', 'SUCCESS', 'ERROR', 'PARTIAL_SUCCESS', 'CANCELLED'],
    },
    ManagedIngestionStatusResponse: {
      'x-sdk-notes':
        'ManagedIngestionStatusResponse in the platform spec (run-llama/LlamaIndexTS packages/cloud/openapi.json) and llama-cloud-ts `resources/pipelines/pipelines.ts`.',
      type: 'object',
      required: ['status'],
      properties: {
        status: {
          $ref: '#/components/schemas/ManagedIngestionStatus',
        },
        job_id: {
          type: ['string', 'null'],
        },
        deployment_date: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        effective_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        error: {
          type: ['array', 'null'],
          items: {
            type: 'object',
            required: ['job_id', 'message', 'step'],
            properties: {
              job_id: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
              step: {
                type: 'string',
                enum: [
                  'MANAGED_INGESTION',
                  'DATA_SOURCE',
                  'FILE_UPDATER',
                  'PARSE',
                  'TRANSFORM',
                  'INGESTION',
                  'METADATA_UPDATE',
                ],
              },
            },
          },
        },
      },
      example: {
        status: 'SUCCESS',
        job_id: 'job_1',
        effective_at: '2026-04-01T12:02:00Z',
      },
    },
    PipelineJob: {
      type: 'object',
      required: ['id', 'status'],
      properties: {
        id: {
          type: 'string',
        },
        status: {
          $ref: '#/components/schemas/ManagedIngestionStatus',
        },
        started_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        ended_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        created_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        updated_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
      },
      'x-sdk-notes':
        "The seed's status `pending|running|completed|failed` is ManagedIngestionStatus in the API.",
      example: {
        id: 'job_1',
        status: 'SUCCESS',
        started_at: '2026-04-01T12:00:00Z',
        ended_at: '2026-04-01T12:02:00Z',
      },
    },
    DataSourceType: {
      'x-sdk-notes':
        'The `source_type` values of the platform spec (run-llama/LlamaIndexTS packages/cloud/openapi.json) (ConfigurableDataSourceNames), named here.',
      type: 'string',
      enum: [
        'S3',
        'AZURE_STORAGE_BLOB',
        'GOOGLE_DRIVE',
        'MICROSOFT_ONEDRIVE',
        'MICROSOFT_SHAREPOINT',
        'SLACK',
        'NOTION_PAGE',
        'CONFLUENCE',
        'JIRA',
        'BOX',
      ],
    },
    DataSource: {
      type: 'object',
      required: ['id', 'name', 'source_type', 'project_id'],
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        source_type: {
          $ref: '#/components/schemas/DataSourceType',
        },
        component: {
          type: 'object',
          description:
            "The source's connection settings (bucket, folder, site, ...), shaped by `source_type`.",
          additionalProperties: true,
        },
        custom_metadata: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
        version_metadata: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
        project_id: {
          type: 'string',
        },
        created_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        updated_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
      },
      'x-sdk-notes': "The seed's `config` is `component` in the API.",
      example: {
        id: 'ds_1',
        name: 'bucket',
        source_type: 'S3',
        component: {
          bucket: 'docs',
        },
        project_id: 'proj_1',
      },
    },
    DataSourceCreate: {
      'x-sdk-notes':
        'DataSourceCreate in the platform spec (run-llama/LlamaIndexTS packages/cloud/openapi.json) and llama-cloud-ts `resources/data-sources.ts` (DataSourceCreateParams).',
      type: 'object',
      required: ['name', 'source_type', 'component'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
        source_type: {
          $ref: '#/components/schemas/DataSourceType',
        },
        component: {
          type: 'object',
          additionalProperties: true,
        },
        custom_metadata: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
      },
    },
    PipelineDataSource: {
      'x-sdk-notes':
        'PipelineDataSource in the platform spec (run-llama/LlamaIndexTS packages/cloud/openapi.json) and llama-cloud-ts `resources/pipelines/data-sources.ts`.',
      allOf: [
        {
          $ref: '#/components/schemas/DataSource',
        },
        {
          type: 'object',
          required: ['data_source_id', 'pipeline_id'],
          properties: {
            data_source_id: {
              type: 'string',
            },
            pipeline_id: {
              type: 'string',
            },
            last_synced_at: {
              type: ['string', 'null'],
              format: 'date-time',
            },
            sync_interval: {
              type: ['number', 'null'],
            },
            sync_schedule_set_by: {
              type: ['string', 'null'],
            },
            status: {
              oneOf: [
                {
                  $ref: '#/components/schemas/ManagedIngestionStatus',
                },
                {
                  type: 'null',
                },
              ],
            },
          },
        },
      ],
      example: {
        id: 'pds_1',
        name: 'bucket',
        source_type: 'S3',
        component: {
          bucket: 'docs',
        },
        project_id: 'proj_1',
        data_source_id: 'ds_1',
        pipeline_id: 'pl_1',
        sync_interval: 3600,
        status: 'SUCCESS',
      },
    },
    PipelineDataSourceCreate: {
      'x-sdk-notes':
        'PipelineDataSourceCreate in the platform spec (run-llama/LlamaIndexTS packages/cloud/openapi.json); llama-cloud-ts `resources/pipelines/data-sources.ts` (DataSourceUpdateDataSourcesParams.Body).',
      type: 'object',
      required: ['data_source_id'],
      properties: {
        data_source_id: {
          type: 'string',
        },
        sync_interval: {
          type: ['number', 'null'],
          minimum: 0,
        },
      },
    },
    DataSinkType: {
      type: 'string',
      enum: ['PINECONE', 'POSTGRES', 'QDRANT', 'AZUREAI_SEARCH', 'MONGODB_ATLAS', 'MILVUS', 'ASTRA_DB'],
      'x-sdk-notes': 'ASTRA_DB is in llama-cloud-ts `resources/data-sinks.ts` (DataSink.sink_type).',
    },
    DataSink: {
      type: 'object',
      required: ['id', 'name', 'sink_type'],
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        sink_type: {
          $ref: '#/components/schemas/DataSinkType',
        },
        component: {
          type: 'object',
          additionalProperties: true,
        },
        project_id: {
          type: ['string', 'null'],
        },
        created_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        updated_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
      },
      example: {
        id: 'sink_1',
        name: 'vectors',
        sink_type: 'PINECONE',
        component: {
          index_name: 'docs',
        },
        project_id: 'proj_1',
      },
    },
    DataSinkCreate: {
      type: 'object',
      required: ['name', 'sink_type', 'component'],
      properties: {
        name: {
          type: 'string',
          minLength: 1,
        },
        sink_type: {
          $ref: '#/components/schemas/DataSinkType',
        },
        component: {
          type: 'object',
          additionalProperties: true,
        },
      },
      'x-sdk-notes': 'llama-cloud-ts `resources/data-sinks.ts` (DataSinkCreateParams).',
    },
    DataSinkUpdate: {
      type: 'object',
      required: ['sink_type'],
      properties: {
        sink_type: {
          $ref: '#/components/schemas/DataSinkType',
        },
        name: {
          type: ['string', 'null'],
        },
        component: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
      },
      'x-sdk-notes': 'llama-cloud-ts `resources/data-sinks.ts` (DataSinkUpdateParams).',
    },
    DataSourceUpdate: {
      type: 'object',
      required: ['source_type'],
      properties: {
        source_type: {
          $ref: '#/components/schemas/DataSourceType',
        },
        name: {
          type: ['string', 'null'],
        },
        component: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
        custom_metadata: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
      },
      'x-sdk-notes': 'llama-cloud-ts `resources/data-sources.ts` (DataSourceUpdateParams).',
    },
    PipelineUpdate: {
      type: 'object',
      properties: {
        name: {
          type: ['string', 'null'],
          minLength: 1,
        },
        embedding_config: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
        transform_config: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
        preset_retrieval_parameters: {
          $ref: '#/components/schemas/PresetRetrievalParams',
        },
        llama_parse_parameters: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
        data_sink_id: {
          type: ['string', 'null'],
        },
        embedding_model_config_id: {
          type: ['string', 'null'],
        },
      },
      'x-sdk-notes':
        'llama-cloud-ts `resources/pipelines/pipelines.ts` (PipelineUpdateParams); every field optional.',
    },
    PipelineSummary: {
      type: 'object',
      required: ['id', 'name', 'pipeline_type', 'project_id'],
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        pipeline_type: {
          $ref: '#/components/schemas/PipelineType',
        },
        project_id: {
          type: 'string',
        },
        status: {
          type: ['string', 'null'],
          enum: ['CREATED', 'DELETING', null],
        },
        created_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        updated_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
      },
      'x-sdk-notes': 'llama-cloud-ts `resources/pipelines/pipelines.ts` (PipelineListPaginatedResponse).',
    },
    PipelineSummaryPage: {
      type: 'object',
      required: ['items'],
      properties: {
        items: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/PipelineSummary',
          },
        },
        next_page_token: {
          type: ['string', 'null'],
          description: 'Empty or null on the last page.',
        },
        total_size: {
          type: ['integer', 'null'],
        },
      },
      'x-sdk-notes':
        "llama-cloud-ts `core/pagination.ts` (PaginatedCursor's page) and `pipelines.listPaginated`.",
      example: {
        items: [
          {
            id: 'pl_1',
            name: 'docs',
            pipeline_type: 'MANAGED',
            project_id: 'proj_1',
            status: 'CREATED',
          },
        ],
        next_page_token: null,
        total_size: 1,
      },
    },
    FileStatusCounts: {
      type: 'object',
      required: ['counts', 'total_count'],
      properties: {
        counts: {
          type: 'object',
          additionalProperties: {
            type: 'integer',
          },
          description: 'Files per status.',
        },
        total_count: {
          type: 'integer',
          minimum: 0,
        },
        pipeline_id: {
          type: ['string', 'null'],
        },
        data_source_id: {
          type: ['string', 'null'],
        },
        only_manually_uploaded: {
          type: 'boolean',
        },
      },
      'x-sdk-notes': 'llama-cloud-ts `resources/pipelines/files.ts` (FileGetStatusCountsResponse).',
      example: {
        counts: {
          SUCCESS: 2,
          IN_PROGRESS: 1,
        },
        total_count: 3,
        pipeline_id: 'pl_1',
      },
    },
    PipelineFileUpdate: {
      type: 'object',
      properties: {
        custom_metadata: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
      },
      'x-sdk-notes': 'llama-cloud-ts `resources/pipelines/files.ts` (FileUpdateParams).',
    },
    CloudDocumentCreate: {
      type: 'object',
      required: ['text', 'metadata'],
      properties: {
        id: {
          type: ['string', 'null'],
          description: 'Your id for the document; the API makes one when absent.',
        },
        text: {
          type: 'string',
        },
        metadata: {
          type: 'object',
          additionalProperties: true,
        },
        excluded_embed_metadata_keys: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        excluded_llm_metadata_keys: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        page_positions: {
          type: ['array', 'null'],
          items: {
            type: 'integer',
          },
        },
      },
      'x-sdk-notes': 'llama-cloud-ts `resources/pipelines/documents.ts` (CloudDocumentCreate).',
    },
    CloudDocument: {
      type: 'object',
      required: ['id', 'text', 'metadata'],
      properties: {
        id: {
          type: 'string',
        },
        text: {
          type: 'string',
        },
        metadata: {
          type: 'object',
          additionalProperties: true,
        },
        excluded_embed_metadata_keys: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        excluded_llm_metadata_keys: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        page_positions: {
          type: ['array', 'null'],
          items: {
            type: 'integer',
          },
        },
        status_metadata: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
      },
      'x-sdk-notes': 'llama-cloud-ts `resources/pipelines/documents.ts` (CloudDocument).',
      example: {
        id: 'doc_1',
        text: 'Refunds are issued within 14 days.',
        metadata: {
          source: 'faq',
        },
      },
    },
    PaginatedCloudDocuments: {
      type: 'object',
      required: ['documents', 'total_count', 'offset'],
      properties: {
        documents: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/CloudDocument',
          },
        },
        total_count: {
          type: 'integer',
          minimum: 0,
        },
        offset: {
          type: 'integer',
          minimum: 0,
        },
      },
      'x-sdk-notes': 'llama-cloud-ts `core/pagination.ts` (PaginatedCloudDocumentsResponse).',
      example: {
        documents: [
          {
            id: 'doc_1',
            text: 'Refunds are issued within 14 days.',
            metadata: {
              source: 'faq',
            },
          },
        ],
        total_count: 1,
        offset: 0,
      },
    },
    PresignedURL: {
      type: 'object',
      required: ['url', 'expires_at'],
      properties: {
        url: {
          type: 'string',
        },
        expires_at: {
          type: 'string',
          format: 'date-time',
        },
        form_fields: {
          type: ['object', 'null'],
          additionalProperties: {
            type: 'string',
          },
        },
      },
      'x-sdk-notes': 'llama-cloud-ts `resources/files.ts` (PresignedURL).',
      example: {
        url: 'https://files.example/file_1?sig=abc',
        expires_at: '2026-04-01T13:00:00Z',
      },
    },
    BetaFile: {
      type: 'object',
      required: ['id', 'name', 'project_id'],
      properties: {
        id: {
          type: 'string',
        },
        name: {
          type: 'string',
        },
        project_id: {
          type: 'string',
        },
        purpose: {
          type: ['string', 'null'],
        },
        external_file_id: {
          type: ['string', 'null'],
        },
        file_type: {
          type: ['string', 'null'],
        },
        last_modified_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        expires_at: {
          type: ['string', 'null'],
          format: 'date-time',
        },
        download_url: {
          oneOf: [
            {
              $ref: '#/components/schemas/PresignedURL',
            },
            {
              type: 'null',
            },
          ],
        },
      },
      'x-sdk-notes':
        'llama-cloud-ts `resources/files.ts` (FileCreateResponse, FileRetrieveResponse, FileListResponse share this shape).',
      example: {
        id: 'file_1',
        name: 'handbook.txt',
        project_id: 'proj_1',
        purpose: 'user_data',
        external_file_id: null,
        file_type: 'txt',
      },
    },
    BetaFilePage: {
      type: 'object',
      required: ['items'],
      properties: {
        items: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/BetaFile',
          },
        },
        next_page_token: {
          type: ['string', 'null'],
          description: 'Empty or null on the last page.',
        },
        total_size: {
          type: ['integer', 'null'],
        },
      },
      'x-sdk-notes': "llama-cloud-ts `core/pagination.ts` (PaginatedCursor's page) and `files.list`.",
      example: {
        items: [
          {
            id: 'file_1',
            name: 'handbook.txt',
            project_id: 'proj_1',
            purpose: 'user_data',
          },
        ],
        next_page_token: null,
      },
    },
    RetrievalMode: {
      'x-sdk-notes':
        'RetrievalMode in the platform spec (run-llama/LlamaIndexTS packages/cloud/openapi.json) and llama-cloud-ts `resources/pipelines/pipelines.ts`.',
      type: ['string', 'null'],
      enum: ['chunks', 'files_via_metadata', 'files_via_content', 'auto_routed', null],
    },
    FilterOperator: {
      'x-sdk-notes':
        "FilterOperator in the platform spec (run-llama/LlamaIndexTS packages/cloud/openapi.json) (LlamaIndex's metadata filter operators).",
      type: 'string',
      enum: [
        '==',
        '>',
        '<',
        '!=',
        '>=',
        '<=',
        'in',
        'nin',
        'any',
        'all',
        'text_match',
        'text_match_insensitive',
        'contains',
        'is_empty',
      ],
    },
    MetadataFilter: {
      'x-sdk-notes':
        'MetadataFilter in the platform spec (run-llama/LlamaIndexTS packages/cloud/openapi.json) and llama-cloud-ts `resources/pipelines/pipelines.ts` (MetadataFilters.MetadataFilter).',
      type: 'object',
      required: ['key', 'value'],
      properties: {
        key: {
          type: 'string',
        },
        value: {},
        operator: {
          $ref: '#/components/schemas/FilterOperator',
        },
      },
    },
    MetadataFilters: {
      'x-sdk-notes':
        'MetadataFilters in the platform spec (run-llama/LlamaIndexTS packages/cloud/openapi.json) and llama-cloud-ts `resources/pipelines/pipelines.ts`.',
      type: 'object',
      required: ['filters'],
      properties: {
        filters: {
          type: 'array',
          items: {
            anyOf: [
              {
                $ref: '#/components/schemas/MetadataFilter',
              },
              {
                $ref: '#/components/schemas/MetadataFilters',
              },
            ],
          },
        },
        condition: {
          type: ['string', 'null'],
          enum: ['and', 'or', 'not', null],
        },
      },
    },
    RetrievalParams: {
      type: 'object',
      required: ['query'],
      properties: {
        query: {
          type: 'string',
          minLength: 1,
        },
        dense_similarity_top_k: {
          type: ['integer', 'null'],
          minimum: 1,
        },
        dense_similarity_cutoff: {
          type: ['number', 'null'],
        },
        sparse_similarity_top_k: {
          type: ['integer', 'null'],
          minimum: 1,
        },
        alpha: {
          type: ['number', 'null'],
          minimum: 0,
          maximum: 1,
          description: '0 is sparse only, 1 is dense only.',
        },
        enable_reranking: {
          type: ['boolean', 'null'],
        },
        rerank_top_n: {
          type: ['integer', 'null'],
          minimum: 1,
        },
        retrieval_mode: {
          $ref: '#/components/schemas/RetrievalMode',
        },
        files_top_k: {
          type: ['integer', 'null'],
          minimum: 1,
        },
        search_filters: {
          oneOf: [
            {
              $ref: '#/components/schemas/MetadataFilters',
            },
            {
              type: 'null',
            },
          ],
        },
        search_filters_inference_schema: {
          type: ['object', 'null'],
          additionalProperties: true,
        },
        retrieve_page_screenshot_nodes: {
          type: ['boolean', 'null'],
        },
        retrieve_page_figure_nodes: {
          type: ['boolean', 'null'],
        },
        retrieve_image_nodes: {
          type: 'boolean',
          deprecated: true,
          description: 'Deprecated; use `retrieve_page_screenshot_nodes`.',
        },
        class_name: {
          type: 'string',
          description: "The serialised class name (LlamaIndex's own field).",
        },
      },
      'x-sdk-notes':
        "`class_name` and the deprecated `retrieve_image_nodes` are fields of the platform spec's RetrievalParams and of llama-cloud-ts `resources/pipelines/pipelines.ts` (PipelineRetrieveParams).",
    },
    TextNode: {
      type: 'object',
      properties: {
        id_: {
          type: 'string',
        },
        text: {
          type: 'string',
        },
        extra_info: {
          type: 'object',
          additionalProperties: true,
          description: "The node's metadata (LlamaIndex's name for it on the wire).",
        },
        class_name: {
          type: 'string',
        },
        mimetype: {
          type: 'string',
        },
        start_char_idx: {
          type: ['integer', 'null'],
        },
        end_char_idx: {
          type: ['integer', 'null'],
        },
        excluded_embed_metadata_keys: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        excluded_llm_metadata_keys: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        relationships: {
          type: 'object',
          additionalProperties: true,
        },
      },
      'x-sdk-notes':
        "The platform spec's TextNode and llama-cloud-ts `resources/pipelines/documents.ts` (TextNode): the metadata travels as `extra_info` (no `metadata` field), and every field, `text` included, is optional.",
      example: {
        id_: 'file_1_chunk_0',
        text: 'Refunds are issued within 14 days.',
        extra_info: {
          file_id: 'file_1',
          file_name: 'handbook.txt',
        },
        start_char_idx: 0,
        end_char_idx: 34,
      },
    },
    NodeWithScore: {
      'x-sdk-notes':
        'The retrieval node in llama-cloud-ts `resources/pipelines/pipelines.ts` (PipelineRetrieveResponse.RetrievalNode) and the platform spec (run-llama/LlamaIndexTS packages/cloud/openapi.json).',
      type: 'object',
      required: ['node'],
      properties: {
        node: {
          $ref: '#/components/schemas/TextNode',
        },
        score: {
          type: ['number', 'null'],
        },
      },
    },
    RetrieveResults: {
      'x-sdk-notes':
        'RetrieveResults in the platform spec (run-llama/LlamaIndexTS packages/cloud/openapi.json); llama-cloud-ts `resources/pipelines/pipelines.ts` (PipelineRetrieveResponse).',
      type: 'object',
      required: ['pipeline_id', 'retrieval_nodes'],
      properties: {
        pipeline_id: {
          type: 'string',
        },
        retrieval_nodes: {
          type: 'array',
          items: {
            $ref: '#/components/schemas/NodeWithScore',
          },
        },
        image_nodes: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: true,
          },
        },
        page_figure_nodes: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: true,
          },
        },
        inferred_search_filters: {
          oneOf: [
            {
              $ref: '#/components/schemas/MetadataFilters',
            },
            {
              type: 'null',
            },
          ],
        },
        metadata: {
          type: 'object',
          additionalProperties: {
            type: 'string',
          },
        },
        retrieval_latency: {
          type: 'object',
          additionalProperties: {
            type: 'number',
          },
        },
      },
      example: {
        pipeline_id: 'pl_1',
        retrieval_nodes: [
          {
            node: {
              id_: 'file_1_chunk_0',
              text: 'Refunds are issued within 14 days.',
              extra_info: {
                file_name: 'handbook.txt',
              },
            },
            score: 0.82,
          },
        ],
        metadata: {},
        retrieval_latency: {
          dense: 12.5,
        },
      },
    },
  },
};
