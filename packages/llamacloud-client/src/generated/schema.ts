// Generated from specs/llamacloud.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
export interface paths {
  '/api/v1/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List projects
     * @description All projects the API key can see. The API answers a bare array, unpaginated.
     */
    get: operations['listProjects'];
    put?: never;
    /**
     * Create a project
     * @description Creates a project to organise pipelines, files and other resources.
     */
    post: operations['createProject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{project_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a project
     * @description One project by id.
     */
    get: operations['getProject'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List files
     * @description All files of the project, as a bare array.
     */
    get: operations['listFiles'];
    put?: never;
    /**
     * Upload a file
     * @description Uploads a file as multipart form data (field `upload_file`). The file can then be
     * added to pipelines. Rate limited to 50 uploads per 5 s per project (429 beyond that).
     */
    post: operations['uploadFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/files/{file_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a file
     * @description One file by id.
     */
    get: operations['getFile'];
    put?: never;
    post?: never;
    /**
     * Delete a file
     * @description Deletes a file; pipelines that held it drop it at their next sync.
     */
    delete: operations['deleteFile'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List pipelines
     * @description The project's pipelines, as a bare array (the API does not paginate this list).
     */
    get: operations['listPipelines'];
    /**
     * Create or update a pipeline by name
     * @description Creates the pipeline, or updates the project's pipeline of the same name.
     */
    put: operations['upsertPipeline'];
    /**
     * Create a pipeline
     * @description Creates an ingestion pipeline with its parsing, embedding and retrieval settings.
     */
    post: operations['createPipeline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a pipeline
     * @description One pipeline with its configuration.
     */
    get: operations['getPipeline'];
    /**
     * Update a pipeline
     * @description Changes a pipeline's name or settings; fields left out keep their values.
     */
    put: operations['updatePipeline'];
    post?: never;
    /**
     * Delete a pipeline
     * @description Deletes a pipeline; its files stay in the project.
     */
    delete: operations['deletePipeline'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a pipeline's ingestion status
     * @description The ingestion status of the pipeline as a whole. Official clients poll it no faster
     * than every 0.5 s while it is NOT_STARTED or IN_PROGRESS.
     */
    get: operations['getPipelineStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/sync': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sync a pipeline
     * @description Runs ingestion: brings the pipeline's index up to date with its files and data
     * sources. Answers the pipeline at once; follow progress with the pipeline status.
     */
    post: operations['syncPipeline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/retrieve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Retrieve from a pipeline
     * @description Runs a retrieval query against the pipeline's index and answers the ranked nodes.
     */
    post: operations['runSearch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/files2': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a pipeline's files
     * @description The pipeline's files with their ingestion status, a page at a time.
     */
    get: operations['listPipelineFiles'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a pipeline's files (unpaged)
     * @deprecated
     * @description Every file of the pipeline in one bare array. Prefer the paged list.
     */
    get: operations['listPipelineFilesUnpaged'];
    /**
     * Add files to a pipeline
     * @description Adds uploaded files to the pipeline, each with optional custom metadata. Answers the
     * pipeline's files.
     */
    put: operations['addFilesToPipeline'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/files/{file_id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a pipeline file's ingestion status
     * @description The ingestion status of one file in the pipeline.
     */
    get: operations['getPipelineFileStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/data-sources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a pipeline's data sources
     * @description The data sources connected to the pipeline, as a bare array.
     */
    get: operations['listPipelineDataSources'];
    /**
     * Add data sources to a pipeline
     * @description Connects data sources to the pipeline, each with an optional sync interval (seconds).
     */
    put: operations['addDataSourcesToPipeline'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/data-sinks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a pipeline's data sinks
     * @description The data sinks that receive the pipeline's processed content.
     */
    get: operations['listPipelineDataSinks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a pipeline's ingestion jobs
     * @description The pipeline's ingestion jobs, as a bare array.
     */
    get: operations['listPipelineJobs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/jobs/{job_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a pipeline's ingestion job
     * @description One ingestion job.
     */
    get: operations['getPipelineJob'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/data-sources': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List data sources
     * @description The project's data sources, as a bare array.
     */
    get: operations['listDataSources'];
    put?: never;
    /**
     * Create a data source
     * @description Creates a data source that pipelines can connect to.
     */
    post: operations['createDataSource'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/sync/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a pipeline's sync
     * @description Stops the ingestion in progress. Answers the pipeline; its status ends CANCELLED.
     */
    post: operations['cancelPipelineSync'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/pipelines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List pipelines a page at a time
     * @description The project's pipelines as cursor-paged summaries (id, name, type, status).
     */
    get: operations['listPipelinesPaginated'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/files/status-counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Count a pipeline's files by status
     * @description How many of the pipeline's files are in each ingestion status.
     */
    get: operations['getPipelineFileStatusCounts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/files/{file_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Update a pipeline file
     * @description Replaces the custom metadata of one file in the pipeline.
     */
    put: operations['updatePipelineFile'];
    post?: never;
    /**
     * Remove a file from a pipeline
     * @description Removes the file from the pipeline (the file stays in the project).
     */
    delete: operations['deletePipelineFile'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Update a pipeline's data source
     * @description Attaches the data source to the pipeline, or changes its sync interval (seconds).
     */
    put: operations['updatePipelineDataSource'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a pipeline data source's ingestion status
     * @description The ingestion status of one data source of the pipeline.
     */
    get: operations['getPipelineDataSourceStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}/sync': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sync one data source of a pipeline
     * @description Runs ingestion for one data source (optionally only some of its pipeline files).
     * Answers the pipeline.
     */
    post: operations['syncPipelineDataSource'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Create or replace documents of a pipeline
     * @description Adds the documents, replacing those with the same `id`. Answers the documents stored.
     */
    put: operations['upsertPipelineDocuments'];
    /**
     * Add documents to a pipeline
     * @description Adds text documents to the pipeline for ingestion. Answers the documents stored.
     */
    post: operations['createPipelineDocuments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/documents/paginated': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a pipeline's documents
     * @description The pipeline's documents, a page at a time (`skip`, `limit`).
     */
    get: operations['listPipelineDocuments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/documents/{document_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a pipeline document
     * @description One document of the pipeline.
     */
    get: operations['getPipelineDocument'];
    put?: never;
    post?: never;
    /**
     * Delete a pipeline document
     * @description Deletes the document and its chunks from the pipeline's index.
     */
    delete: operations['deletePipelineDocument'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/documents/{document_id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a pipeline document's ingestion status
     * @description The ingestion status of one document.
     */
    get: operations['getPipelineDocumentStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pipelines/{pipeline_id}/documents/{document_id}/chunks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a pipeline document's chunks
     * @description The nodes the document was split into.
     */
    get: operations['getPipelineDocumentChunks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/data-sources/{data_source_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a data source
     * @description One data source by id.
     */
    get: operations['getDataSource'];
    /**
     * Update a data source
     * @description Changes a data source's name, settings or metadata; `source_type` is required and
     * cannot change.
     */
    put: operations['updateDataSource'];
    post?: never;
    /**
     * Delete a data source
     * @description Deletes a data source; pipelines that used it lose it.
     */
    delete: operations['deleteDataSource'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/data-sinks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List data sinks
     * @description The project's data sinks, as a bare array.
     */
    get: operations['listDataSinks'];
    put?: never;
    /**
     * Create a data sink
     * @description Creates a data sink (a vector store connection) that pipelines can write to.
     */
    post: operations['createDataSink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/data-sinks/{data_sink_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a data sink
     * @description One data sink by id.
     */
    get: operations['getDataSink'];
    /**
     * Update a data sink
     * @description Changes a data sink's name or settings; `sink_type` is required and cannot change.
     */
    put: operations['updateDataSink'];
    post?: never;
    /**
     * Delete a data sink
     * @description Deletes a data sink.
     */
    delete: operations['deleteDataSink'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/beta/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List files (beta route)
     * @description The project's files, cursor-paged, filtered by name, ids or external id.
     */
    get: operations['listBetaFiles'];
    put?: never;
    /**
     * Upload a file (beta route)
     * @description Uploads a file as multipart form data: the bytes in `file` and what it is for in
     * `purpose` (`user_data`, `parse`, `extract`, ...). The route the current vendor SDKs upload with.
     */
    post: operations['createBetaFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/beta/files/{file_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a file (beta route)
     * @description One file's metadata.
     */
    get: operations['getBetaFile'];
    put?: never;
    post?: never;
    /**
     * Delete a file (beta route)
     * @description Deletes the file from the project.
     */
    delete: operations['deleteBetaFile'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/beta/files/{file_id}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a download URL for a file
     * @description A presigned URL to download the file's bytes, valid until `expires_at`.
     */
    get: operations['getBetaFileContent'];
    put?: never;
    post?: never;
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
    /** @description FastAPI's error body outside validation. */
    ErrorDetail: {
      /** @description The message (usually a string). */
      detail: unknown;
    };
    HTTPValidationError: {
      detail?: components['schemas']['ValidationIssue'][];
    };
    ValidationIssue: {
      loc: (string | number)[];
      msg: string;
      type: string;
    };
    /**
     * @example {
     *       "id": "proj_1",
     *       "name": "Default",
     *       "organization_id": "org_1",
     *       "is_default": true
     *     }
     */
    Project: {
      id: string;
      name: string;
      organization_id: string;
      is_default?: boolean;
      ad_hoc_eval_dataset_id?: string | null;
      /** Format: date-time */
      created_at?: string | null;
      /** Format: date-time */
      updated_at?: string | null;
    };
    ProjectCreate: {
      name: string;
    };
    /**
     * @example {
     *       "id": "file_1",
     *       "name": "handbook.txt",
     *       "external_file_id": "handbook.txt",
     *       "file_size": 1024,
     *       "file_type": "txt",
     *       "project_id": "proj_1",
     *       "created_at": "2026-04-01T12:00:00Z",
     *       "updated_at": "2026-04-01T12:00:00Z"
     *     }
     */
    File: {
      id: string;
      name: string;
      /** @description Your own id for the file; the file name when you gave none. */
      external_file_id: string;
      file_size?: number | null;
      file_type?: string | null;
      project_id: string;
      /** Format: date-time */
      last_modified_at?: string | null;
      resource_info?: {
        [key: string]: unknown;
      } | null;
      permission_info?: {
        [key: string]: unknown;
      } | null;
      data_source_id?: string | null;
      /** Format: date-time */
      created_at?: string | null;
      /** Format: date-time */
      updated_at?: string | null;
    };
    /** @enum {string} */
    PipelineType: 'PLAYGROUND' | 'MANAGED';
    /**
     * @example {
     *       "id": "pl_1",
     *       "name": "docs",
     *       "project_id": "proj_1",
     *       "pipeline_type": "MANAGED",
     *       "embedding_config": {
     *         "type": "MANAGED_OPENAI_EMBEDDING",
     *         "component": {
     *           "model_name": "openai-text-embedding-3-small"
     *         }
     *       },
     *       "transform_config": {
     *         "mode": "auto",
     *         "chunk_size": 1024,
     *         "chunk_overlap": 200
     *       },
     *       "status": "CREATED",
     *       "created_at": "2026-04-01T12:00:00Z",
     *       "updated_at": "2026-04-01T12:00:00Z"
     *     }
     */
    Pipeline: {
      id: string;
      name: string;
      project_id: string;
      pipeline_type?: components['schemas']['PipelineType'];
      /**
       * @description The embedding model, discriminated by `type` (OPENAI_EMBEDDING,
       * MANAGED_OPENAI_EMBEDDING, AZURE_EMBEDDING, ...), with the model's settings in `component`. A
       * pipeline created without one gets the managed default.
       */
      embedding_config: {
        type: string;
        component?: {
          [key: string]: unknown;
        };
      } & {
        [key: string]: unknown;
      };
      /** @description Chunking (`mode` auto or advanced). */
      transform_config?: {
        [key: string]: unknown;
      } | null;
      preset_retrieval_parameters?: components['schemas']['PresetRetrievalParams'];
      llama_parse_parameters?: {
        [key: string]: unknown;
      } | null;
      data_sink?: components['schemas']['DataSink'] | null;
      embedding_model_config_id?: string | null;
      managed_pipeline_id?: string | null;
      /**
       * @description The pipeline's lifecycle state (not its ingestion state; see getPipelineStatus).
       * @enum {string|null}
       */
      status?: 'CREATED' | 'DELETING' | null;
      config_hash?: {
        [key: string]: unknown;
      } | null;
      /** Format: date-time */
      created_at?: string | null;
      /** Format: date-time */
      updated_at?: string | null;
    };
    PipelineCreate: {
      name: string;
      pipeline_type?: components['schemas']['PipelineType'];
      embedding_config?: {
        [key: string]: unknown;
      } | null;
      transform_config?: {
        [key: string]: unknown;
      } | null;
      preset_retrieval_parameters?: components['schemas']['PresetRetrievalParams'];
      llama_parse_parameters?: {
        [key: string]: unknown;
      } | null;
      data_sink_id?: string | null;
      embedding_model_config_id?: string | null;
    };
    PresetRetrievalParams:
      | ({
          dense_similarity_top_k?: number | null;
          sparse_similarity_top_k?: number | null;
          enable_reranking?: boolean | null;
          rerank_top_n?: number | null;
          alpha?: number | null;
          retrieval_mode?: components['schemas']['RetrievalMode'];
        } & {
          [key: string]: unknown;
        })
      | null;
    /** @enum {string} */
    PipelineFileStatus: 'NOT_STARTED' | 'IN_PROGRESS' | 'SUCCESS' | 'ERROR' | 'CANCELLED';
    /**
     * @example {
     *       "id": "pf_1",
     *       "pipeline_id": "pl_1",
     *       "file_id": "file_1",
     *       "name": "handbook.txt",
     *       "file_size": 1024,
     *       "file_type": "txt",
     *       "project_id": "proj_1",
     *       "custom_metadata": {
     *         "team": "support"
     *       },
     *       "status": "SUCCESS",
     *       "status_updated_at": "2026-04-01T12:01:00Z"
     *     }
     */
    PipelineFile: {
      id: string;
      pipeline_id: string;
      file_id?: string | null;
      name?: string | null;
      file_size?: number | null;
      file_type?: string | null;
      data_source_id?: string | null;
      external_file_id?: string | null;
      custom_metadata?: {
        [key: string]: unknown;
      } | null;
      indexed_page_count?: number | null;
      project_id: string;
      status?: components['schemas']['PipelineFileStatus'] | null;
      /** Format: date-time */
      status_updated_at?: string | null;
      /** Format: date-time */
      created_at?: string | null;
      /** Format: date-time */
      updated_at?: string | null;
    };
    PipelineFileCreate: {
      file_id: string;
      custom_metadata?: {
        [key: string]: unknown;
      } | null;
    };
    /**
     * @example {
     *       "files": [
     *         {
     *           "id": "pf_1",
     *           "pipeline_id": "pl_1",
     *           "file_id": "file_1",
     *           "name": "handbook.txt",
     *           "project_id": "proj_1",
     *           "status": "SUCCESS"
     *         }
     *       ],
     *       "total_count": 1,
     *       "offset": 0,
     *       "limit": 100
     *     }
     */
    PaginatedListPipelineFilesResponse: {
      files: components['schemas']['PipelineFile'][];
      total_count: number;
      offset: number;
      limit: number;
    };
    /** @enum {string} */
    ManagedIngestionStatus:
      | 'NOT_STARTED'
      | 'IN_PROGRESS'
      | 'SUCCESS'
      | 'ERROR'
      | 'PARTIAL_SUCCESS'
      | 'CANCELLED';
    /**
     * @example {
     *       "status": "SUCCESS",
     *       "job_id": "job_1",
     *       "effective_at": "2026-04-01T12:02:00Z"
     *     }
     */
    ManagedIngestionStatusResponse: {
      status: components['schemas']['ManagedIngestionStatus'];
      job_id?: string | null;
      /** Format: date-time */
      deployment_date?: string | null;
      /** Format: date-time */
      effective_at?: string | null;
      error?:
        | {
            job_id: string;
            message: string;
            /** @enum {string} */
            step:
              | 'MANAGED_INGESTION'
              | 'DATA_SOURCE'
              | 'FILE_UPDATER'
              | 'PARSE'
              | 'TRANSFORM'
              | 'INGESTION'
              | 'METADATA_UPDATE';
          }[]
        | null;
    };
    /**
     * @example {
     *       "id": "job_1",
     *       "status": "SUCCESS",
     *       "started_at": "2026-04-01T12:00:00Z",
     *       "ended_at": "2026-04-01T12:02:00Z"
     *     }
     */
    PipelineJob: {
      id: string;
      status: components['schemas']['ManagedIngestionStatus'];
      /** Format: date-time */
      started_at?: string | null;
      /** Format: date-time */
      ended_at?: string | null;
      /** Format: date-time */
      created_at?: string | null;
      /** Format: date-time */
      updated_at?: string | null;
    };
    /** @enum {string} */
    DataSourceType:
      | 'S3'
      | 'AZURE_STORAGE_BLOB'
      | 'GOOGLE_DRIVE'
      | 'MICROSOFT_ONEDRIVE'
      | 'MICROSOFT_SHAREPOINT'
      | 'SLACK'
      | 'NOTION_PAGE'
      | 'CONFLUENCE'
      | 'JIRA'
      | 'BOX';
    /**
     * @example {
     *       "id": "ds_1",
     *       "name": "bucket",
     *       "source_type": "S3",
     *       "component": {
     *         "bucket": "docs"
     *       },
     *       "project_id": "proj_1"
     *     }
     */
    DataSource: {
      id: string;
      name: string;
      source_type: components['schemas']['DataSourceType'];
      /**
       * @description The source's connection settings (bucket, folder, site, ...), shaped by
       * `source_type`.
       */
      component?: {
        [key: string]: unknown;
      };
      custom_metadata?: {
        [key: string]: unknown;
      } | null;
      version_metadata?: {
        [key: string]: unknown;
      } | null;
      project_id: string;
      /** Format: date-time */
      created_at?: string | null;
      /** Format: date-time */
      updated_at?: string | null;
    };
    DataSourceCreate: {
      name: string;
      source_type: components['schemas']['DataSourceType'];
      component: {
        [key: string]: unknown;
      };
      custom_metadata?: {
        [key: string]: unknown;
      } | null;
    };
    /**
     * @example {
     *       "id": "pds_1",
     *       "name": "bucket",
     *       "source_type": "S3",
     *       "component": {
     *         "bucket": "docs"
     *       },
     *       "project_id": "proj_1",
     *       "data_source_id": "ds_1",
     *       "pipeline_id": "pl_1",
     *       "sync_interval": 3600,
     *       "status": "SUCCESS"
     *     }
     */
    PipelineDataSource: components['schemas']['DataSource'] & {
      data_source_id: string;
      pipeline_id: string;
      /** Format: date-time */
      last_synced_at?: string | null;
      sync_interval?: number | null;
      sync_schedule_set_by?: string | null;
      status?: components['schemas']['ManagedIngestionStatus'] | null;
    };
    PipelineDataSourceCreate: {
      data_source_id: string;
      sync_interval?: number | null;
    };
    /** @enum {string} */
    DataSinkType:
      | 'PINECONE'
      | 'POSTGRES'
      | 'QDRANT'
      | 'AZUREAI_SEARCH'
      | 'MONGODB_ATLAS'
      | 'MILVUS'
      | 'ASTRA_DB';
    /**
     * @example {
     *       "id": "sink_1",
     *       "name": "vectors",
     *       "sink_type": "PINECONE",
     *       "component": {
     *         "index_name": "docs"
     *       },
     *       "project_id": "proj_1"
     *     }
     */
    DataSink: {
      id: string;
      name: string;
      sink_type: components['schemas']['DataSinkType'];
      component?: {
        [key: string]: unknown;
      };
      project_id?: string | null;
      /** Format: date-time */
      created_at?: string | null;
      /** Format: date-time */
      updated_at?: string | null;
    };
    DataSinkCreate: {
      name: string;
      sink_type: components['schemas']['DataSinkType'];
      component: {
        [key: string]: unknown;
      };
    };
    DataSinkUpdate: {
      sink_type: components['schemas']['DataSinkType'];
      name?: string | null;
      component?: {
        [key: string]: unknown;
      } | null;
    };
    DataSourceUpdate: {
      source_type: components['schemas']['DataSourceType'];
      name?: string | null;
      component?: {
        [key: string]: unknown;
      } | null;
      custom_metadata?: {
        [key: string]: unknown;
      } | null;
    };
    PipelineUpdate: {
      name?: string | null;
      embedding_config?: {
        [key: string]: unknown;
      } | null;
      transform_config?: {
        [key: string]: unknown;
      } | null;
      preset_retrieval_parameters?: components['schemas']['PresetRetrievalParams'];
      llama_parse_parameters?: {
        [key: string]: unknown;
      } | null;
      data_sink_id?: string | null;
      embedding_model_config_id?: string | null;
    };
    PipelineSummary: {
      id: string;
      name: string;
      pipeline_type: components['schemas']['PipelineType'];
      project_id: string;
      /** @enum {string|null} */
      status?: 'CREATED' | 'DELETING' | null;
      /** Format: date-time */
      created_at?: string | null;
      /** Format: date-time */
      updated_at?: string | null;
    };
    /**
     * @example {
     *       "items": [
     *         {
     *           "id": "pl_1",
     *           "name": "docs",
     *           "pipeline_type": "MANAGED",
     *           "project_id": "proj_1",
     *           "status": "CREATED"
     *         }
     *       ],
     *       "next_page_token": null,
     *       "total_size": 1
     *     }
     */
    PipelineSummaryPage: {
      items: components['schemas']['PipelineSummary'][];
      /** @description Empty or null on the last page. */
      next_page_token?: string | null;
      total_size?: number | null;
    };
    /**
     * @example {
     *       "counts": {
     *         "SUCCESS": 2,
     *         "IN_PROGRESS": 1
     *       },
     *       "total_count": 3,
     *       "pipeline_id": "pl_1"
     *     }
     */
    FileStatusCounts: {
      /** @description Files per status. */
      counts: {
        [key: string]: number;
      };
      total_count: number;
      pipeline_id?: string | null;
      data_source_id?: string | null;
      only_manually_uploaded?: boolean;
    };
    PipelineFileUpdate: {
      custom_metadata?: {
        [key: string]: unknown;
      } | null;
    };
    CloudDocumentCreate: {
      /** @description Your id for the document; the API makes one when absent. */
      id?: string | null;
      text: string;
      metadata: {
        [key: string]: unknown;
      };
      excluded_embed_metadata_keys?: string[];
      excluded_llm_metadata_keys?: string[];
      page_positions?: number[] | null;
    };
    /**
     * @example {
     *       "id": "doc_1",
     *       "text": "Refunds are issued within 14 days.",
     *       "metadata": {
     *         "source": "faq"
     *       }
     *     }
     */
    CloudDocument: {
      id: string;
      text: string;
      metadata: {
        [key: string]: unknown;
      };
      excluded_embed_metadata_keys?: string[];
      excluded_llm_metadata_keys?: string[];
      page_positions?: number[] | null;
      status_metadata?: {
        [key: string]: unknown;
      } | null;
    };
    /**
     * @example {
     *       "documents": [
     *         {
     *           "id": "doc_1",
     *           "text": "Refunds are issued within 14 days.",
     *           "metadata": {
     *             "source": "faq"
     *           }
     *         }
     *       ],
     *       "total_count": 1,
     *       "offset": 0
     *     }
     */
    PaginatedCloudDocuments: {
      documents: components['schemas']['CloudDocument'][];
      total_count: number;
      offset: number;
    };
    /**
     * @example {
     *       "url": "https://files.example/file_1?sig=abc",
     *       "expires_at": "2026-04-01T13:00:00Z"
     *     }
     */
    PresignedURL: {
      url: string;
      /** Format: date-time */
      expires_at: string;
      form_fields?: {
        [key: string]: string;
      } | null;
    };
    /**
     * @example {
     *       "id": "file_1",
     *       "name": "handbook.txt",
     *       "project_id": "proj_1",
     *       "purpose": "user_data",
     *       "external_file_id": null,
     *       "file_type": "txt"
     *     }
     */
    BetaFile: {
      id: string;
      name: string;
      project_id: string;
      purpose?: string | null;
      external_file_id?: string | null;
      file_type?: string | null;
      /** Format: date-time */
      last_modified_at?: string | null;
      /** Format: date-time */
      expires_at?: string | null;
      download_url?: components['schemas']['PresignedURL'] | null;
    };
    /**
     * @example {
     *       "items": [
     *         {
     *           "id": "file_1",
     *           "name": "handbook.txt",
     *           "project_id": "proj_1",
     *           "purpose": "user_data"
     *         }
     *       ],
     *       "next_page_token": null
     *     }
     */
    BetaFilePage: {
      items: components['schemas']['BetaFile'][];
      /** @description Empty or null on the last page. */
      next_page_token?: string | null;
      total_size?: number | null;
    };
    /** @enum {string|null} */
    RetrievalMode: 'chunks' | 'files_via_metadata' | 'files_via_content' | 'auto_routed' | null;
    /** @enum {string} */
    FilterOperator:
      | '=='
      | '>'
      | '<'
      | '!='
      | '>='
      | '<='
      | 'in'
      | 'nin'
      | 'any'
      | 'all'
      | 'text_match'
      | 'text_match_insensitive'
      | 'contains'
      | 'is_empty';
    MetadataFilter: {
      key: string;
      value: unknown;
      operator?: components['schemas']['FilterOperator'];
    };
    MetadataFilters: {
      filters: (components['schemas']['MetadataFilter'] | components['schemas']['MetadataFilters'])[];
      /** @enum {string|null} */
      condition?: 'and' | 'or' | 'not' | null;
    };
    RetrievalParams: {
      query: string;
      dense_similarity_top_k?: number | null;
      dense_similarity_cutoff?: number | null;
      sparse_similarity_top_k?: number | null;
      /** @description 0 is sparse only, 1 is dense only. */
      alpha?: number | null;
      enable_reranking?: boolean | null;
      rerank_top_n?: number | null;
      retrieval_mode?: components['schemas']['RetrievalMode'];
      files_top_k?: number | null;
      search_filters?: components['schemas']['MetadataFilters'] | null;
      search_filters_inference_schema?: {
        [key: string]: unknown;
      } | null;
      retrieve_page_screenshot_nodes?: boolean | null;
      retrieve_page_figure_nodes?: boolean | null;
      /**
       * @deprecated
       * @description Deprecated; use `retrieve_page_screenshot_nodes`.
       */
      retrieve_image_nodes?: boolean;
      /** @description The serialised class name (LlamaIndex's own field). */
      class_name?: string;
    };
    /**
     * @example {
     *       "id_": "file_1_chunk_0",
     *       "text": "Refunds are issued within 14 days.",
     *       "extra_info": {
     *         "file_id": "file_1",
     *         "file_name": "handbook.txt"
     *       },
     *       "start_char_idx": 0,
     *       "end_char_idx": 34
     *     }
     */
    TextNode: {
      id_?: string;
      text?: string;
      /** @description The node's metadata (LlamaIndex's name for it on the wire). */
      extra_info?: {
        [key: string]: unknown;
      };
      class_name?: string;
      mimetype?: string;
      start_char_idx?: number | null;
      end_char_idx?: number | null;
      excluded_embed_metadata_keys?: string[];
      excluded_llm_metadata_keys?: string[];
      relationships?: {
        [key: string]: unknown;
      };
    };
    NodeWithScore: {
      node: components['schemas']['TextNode'];
      score?: number | null;
    };
    /**
     * @example {
     *       "pipeline_id": "pl_1",
     *       "retrieval_nodes": [
     *         {
     *           "node": {
     *             "id_": "file_1_chunk_0",
     *             "text": "Refunds are issued within 14 days.",
     *             "extra_info": {
     *               "file_name": "handbook.txt"
     *             }
     *           },
     *           "score": 0.82
     *         }
     *       ],
     *       "metadata": {},
     *       "retrieval_latency": {
     *         "dense": 12.5
     *       }
     *     }
     */
    RetrieveResults: {
      pipeline_id: string;
      retrieval_nodes: components['schemas']['NodeWithScore'][];
      image_nodes?: {
        [key: string]: unknown;
      }[];
      page_figure_nodes?: {
        [key: string]: unknown;
      }[];
      inferred_search_filters?: components['schemas']['MetadataFilters'] | null;
      metadata?: {
        [key: string]: string;
      };
      retrieval_latency?: {
        [key: string]: number;
      };
    };
  };
  responses: {
    /** @description The API key is missing or invalid. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorDetail'];
      };
    };
    /** @description No such resource. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorDetail'];
      };
    };
    /** @description A resource with that name exists. */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorDetail'];
      };
    };
    /** @description Too many requests; retry later. */
    RateLimited: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorDetail'];
      };
    };
    /** @description The request broke the schema (FastAPI validation). */
    ValidationError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['HTTPValidationError'];
      };
    };
  };
  parameters: {
    /**
     * @description The project; the client fills it from its `projectId` option when the call names none.
     */
    projectId: string;
    organizationId: string;
    projectIdPath: string;
    pipelineIdPath: string;
    fileIdPath: string;
    dataSourceIdPath: string;
    dataSinkIdPath: string;
    documentIdPath: string;
    /** @description How many items per page. */
    pageSize: number;
    /** @description The `next_page_token` of the previous page. */
    pageToken: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listProjects: {
    parameters: {
      query?: {
        organization_id?: components['parameters']['organizationId'];
        /** @description Only the project with this name. */
        project_name?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The projects. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Project'][];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  createProject: {
    parameters: {
      query?: {
        organization_id?: components['parameters']['organizationId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProjectCreate'];
      };
    };
    responses: {
      /** @description The project created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Project'];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  getProject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        project_id: components['parameters']['projectIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The project. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Project'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  listFiles: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        organization_id?: components['parameters']['organizationId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The files. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['File'][];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  uploadFile: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        organization_id?: components['parameters']['organizationId'];
        /** @description Your own id for the file, kept on it. */
        external_file_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description The file's bytes, with its file name.
           */
          upload_file: string;
        };
      };
    };
    responses: {
      /** @description The file as stored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['File'];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
      429: components['responses']['RateLimited'];
    };
  };
  getFile: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        organization_id?: components['parameters']['organizationId'];
      };
      header?: never;
      path: {
        file_id: components['parameters']['fileIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['File'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  deleteFile: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        organization_id?: components['parameters']['organizationId'];
      };
      header?: never;
      path: {
        file_id: components['parameters']['fileIdPath'];
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
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  listPipelines: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        organization_id?: components['parameters']['organizationId'];
        project_name?: string;
        pipeline_name?: string;
        pipeline_type?: components['schemas']['PipelineType'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The pipelines. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pipeline'][];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  upsertPipeline: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        organization_id?: components['parameters']['organizationId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PipelineCreate'];
      };
    };
    responses: {
      /** @description The pipeline created or updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pipeline'];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  createPipeline: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        organization_id?: components['parameters']['organizationId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PipelineCreate'];
      };
    };
    responses: {
      /** @description The pipeline created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pipeline'];
        };
      };
      401: components['responses']['Unauthorized'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
    };
  };
  getPipeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The pipeline. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pipeline'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  updatePipeline: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
      };
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PipelineUpdate'];
      };
    };
    responses: {
      /** @description The pipeline. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pipeline'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  deletePipeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
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
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  getPipelineStatus: {
    parameters: {
      query?: {
        full_details?: boolean;
      };
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The status. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ManagedIngestionStatusResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  syncPipeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The pipeline; ingestion has started. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pipeline'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  runSearch: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        organization_id?: components['parameters']['organizationId'];
      };
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RetrievalParams'];
      };
    };
    responses: {
      /** @description The retrieval result. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetrieveResults'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  listPipelineFiles: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        data_source_id?: string;
        only_manually_uploaded?: boolean;
        file_name_contains?: string;
        order_by?: string;
      };
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the pipeline's files. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaginatedListPipelineFilesResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  listPipelineFilesUnpaged: {
    parameters: {
      query?: {
        /** @description Only the files that came from this data source. */
        data_source_id?: string;
        /** @description Only the files added by hand (not from a data source). */
        only_manually_uploaded?: boolean;
      };
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description All of the pipeline's files. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineFile'][];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  addFilesToPipeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PipelineFileCreate'][];
      };
    };
    responses: {
      /** @description The pipeline files created or updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineFile'][];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  getPipelineFileStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
        file_id: components['parameters']['fileIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The status. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ManagedIngestionStatusResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  listPipelineDataSources: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The pipeline's data sources. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineDataSource'][];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  addDataSourcesToPipeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PipelineDataSourceCreate'][];
      };
    };
    responses: {
      /** @description The pipeline data sources. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineDataSource'][];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  listPipelineDataSinks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The pipeline's data sinks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataSink'][];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  listPipelineJobs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The jobs. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineJob'][];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  getPipelineJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
        job_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineJob'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  listDataSources: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        organization_id?: components['parameters']['organizationId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The data sources. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataSource'][];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  createDataSource: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        organization_id?: components['parameters']['organizationId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DataSourceCreate'];
      };
    };
    responses: {
      /** @description The data source created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataSource'];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  cancelPipelineSync: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
      };
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The pipeline; ingestion is cancelled. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pipeline'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  listPipelinesPaginated: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        organization_id?: components['parameters']['organizationId'];
        /** @description Only the pipeline with this name. */
        name?: string;
        pipeline_type?: components['schemas']['PipelineType'];
        /** @description How many items per page. */
        page_size?: components['parameters']['pageSize'];
        /** @description The `next_page_token` of the previous page. */
        page_token?: components['parameters']['pageToken'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of pipelines. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineSummaryPage'];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  getPipelineFileStatusCounts: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        data_source_id?: string;
        only_manually_uploaded?: boolean;
      };
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The counts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FileStatusCounts'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  updatePipelineFile: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
      };
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
        file_id: components['parameters']['fileIdPath'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PipelineFileUpdate'];
      };
    };
    responses: {
      /** @description The pipeline file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineFile'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  deletePipelineFile: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
      };
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
        file_id: components['parameters']['fileIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  updatePipelineDataSource: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
      };
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
        data_source_id: components['parameters']['dataSourceIdPath'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          sync_interval?: number | null;
        };
      };
    };
    responses: {
      /** @description The pipeline data source. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PipelineDataSource'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  getPipelineDataSourceStatus: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
      };
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
        data_source_id: components['parameters']['dataSourceIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The status. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ManagedIngestionStatusResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  syncPipelineDataSource: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
      };
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
        data_source_id: components['parameters']['dataSourceIdPath'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': {
          pipeline_file_ids?: string[] | null;
        };
      };
    };
    responses: {
      /** @description The pipeline; ingestion has started. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pipeline'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  upsertPipelineDocuments: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
      };
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloudDocumentCreate'][];
      };
    };
    responses: {
      /** @description The documents. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CloudDocument'][];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  createPipelineDocuments: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
      };
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloudDocumentCreate'][];
      };
    };
    responses: {
      /** @description The documents. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CloudDocument'][];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  listPipelineDocuments: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        skip?: number;
        limit?: number;
        file_id?: string;
        only_direct_upload?: boolean;
        only_api_data_source_documents?: boolean;
        status_refresh_policy?: 'cached' | 'ttl';
      };
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of documents. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaginatedCloudDocuments'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  getPipelineDocument: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
      };
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
        document_id: components['parameters']['documentIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The document. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CloudDocument'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  deletePipelineDocument: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
      };
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
        document_id: components['parameters']['documentIdPath'];
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
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  getPipelineDocumentStatus: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
      };
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
        document_id: components['parameters']['documentIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The status. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ManagedIngestionStatusResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  getPipelineDocumentChunks: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
      };
      header?: never;
      path: {
        pipeline_id: components['parameters']['pipelineIdPath'];
        document_id: components['parameters']['documentIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The chunks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TextNode'][];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  getDataSource: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
      };
      header?: never;
      path: {
        data_source_id: components['parameters']['dataSourceIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The data source. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataSource'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  updateDataSource: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
      };
      header?: never;
      path: {
        data_source_id: components['parameters']['dataSourceIdPath'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DataSourceUpdate'];
      };
    };
    responses: {
      /** @description The data source. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataSource'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  deleteDataSource: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
      };
      header?: never;
      path: {
        data_source_id: components['parameters']['dataSourceIdPath'];
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
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  listDataSinks: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        organization_id?: components['parameters']['organizationId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The data sinks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataSink'][];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  createDataSink: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        organization_id?: components['parameters']['organizationId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DataSinkCreate'];
      };
    };
    responses: {
      /** @description The data sink created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataSink'];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  getDataSink: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
      };
      header?: never;
      path: {
        data_sink_id: components['parameters']['dataSinkIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The data sink. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataSink'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  updateDataSink: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
      };
      header?: never;
      path: {
        data_sink_id: components['parameters']['dataSinkIdPath'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DataSinkUpdate'];
      };
    };
    responses: {
      /** @description The data sink. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DataSink'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  deleteDataSink: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
      };
      header?: never;
      path: {
        data_sink_id: components['parameters']['dataSinkIdPath'];
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
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  listBetaFiles: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        organization_id?: components['parameters']['organizationId'];
        file_name?: string;
        external_file_id?: string;
        file_ids?: string[];
        order_by?: string;
        /** @description How many items per page. */
        page_size?: components['parameters']['pageSize'];
        /** @description The `next_page_token` of the previous page. */
        page_token?: components['parameters']['pageToken'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of files. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BetaFilePage'];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  createBetaFile: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        organization_id?: components['parameters']['organizationId'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description The file's bytes, with its file name.
           */
          file: string;
          /**
           * @description How the file will be used (`user_data`, `parse`, `extract`, `classify`,
           * `split`, `sheet`, `agent_app`).
           */
          purpose: string;
          /** @description Your own id for the file. */
          external_file_id?: string | null;
        };
      };
    };
    responses: {
      /** @description The file as stored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BetaFile'];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
      429: components['responses']['RateLimited'];
    };
  };
  getBetaFile: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        organization_id?: components['parameters']['organizationId'];
      };
      header?: never;
      path: {
        file_id: components['parameters']['fileIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BetaFile'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  deleteBetaFile: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        organization_id?: components['parameters']['organizationId'];
      };
      header?: never;
      path: {
        file_id: components['parameters']['fileIdPath'];
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
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  getBetaFileContent: {
    parameters: {
      query?: {
        /**
         * @description The project; the client fills it from its `projectId` option when the call
         * names none.
         */
        project_id?: components['parameters']['projectId'];
        organization_id?: components['parameters']['organizationId'];
        /** @description How long the URL stays valid, seconds. */
        expires_at_seconds?: number;
      };
      header?: never;
      path: {
        file_id: components['parameters']['fileIdPath'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The presigned URL. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PresignedURL'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
}
