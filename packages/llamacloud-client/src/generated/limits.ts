// Generated from specs/llamacloud.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The bounds the spec sets on each operation's inputs, one constant per operation.

/** Input bounds of `POST /api/v1/projects`. */
export const createProjectLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `PUT /api/v1/pipelines`. */
export const upsertPipelineLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `POST /api/v1/pipelines`. */
export const createPipelineLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `PUT /api/v1/pipelines/{pipeline_id}`. */
export const updatePipelineLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `POST /api/v1/pipelines/{pipeline_id}/retrieve`. */
export const runSearchLimits = {
  query: {
    minLength: 1,
  },
  dense_similarity_top_k: {
    minimum: 1,
  },
  sparse_similarity_top_k: {
    minimum: 1,
  },
  alpha: {
    minimum: 0,
    maximum: 1,
  },
  rerank_top_n: {
    minimum: 1,
  },
  files_top_k: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/pipelines/{pipeline_id}/files2`. */
export const listPipelineFilesLimits = {
  limit: {
    minimum: 1,
  },
  offset: {
    minimum: 0,
  },
} as const;

/** Input bounds of `POST /api/v1/data-sources`. */
export const createDataSourceLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `GET /api/v2/pipelines`. */
export const listPipelinesPaginatedLimits = {
  page_size: {
    minimum: 1,
  },
} as const;

/** Input bounds of `PUT /api/v1/pipelines/{pipeline_id}/data-sources/{data_source_id}`. */
export const updatePipelineDataSourceLimits = {
  sync_interval: {
    minimum: 0,
  },
} as const;

/** Input bounds of `GET /api/v1/pipelines/{pipeline_id}/documents/paginated`. */
export const listPipelineDocumentsLimits = {
  skip: {
    minimum: 0,
  },
  limit: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /api/v1/data-sinks`. */
export const createDataSinkLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/beta/files`. */
export const listBetaFilesLimits = {
  page_size: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/beta/files/{file_id}/content`. */
export const getBetaFileContentLimits = {
  expires_at_seconds: {
    minimum: 1,
  },
} as const;
