// Generated from specs/hotdata.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The bounds the spec sets on each operation's inputs, one constant per operation.

/** Input bounds of `POST /v1/workspaces`. */
export const createWorkspaceLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `POST /v1/query`. */
export const executeQueryLimits = {
  sql: {
    minLength: 1,
  },
  async_after_ms: {
    minimum: 1000,
  },
} as const;

/** Input bounds of `POST /v1/connections`. */
export const createConnectionLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `GET /v1/information_schema`. */
export const listInformationSchemaLimits = {
  limit: {
    minimum: 1,
    maximum: 1000,
  },
} as const;

/** Input bounds of `POST /v1/secrets`. */
export const createSecretLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `GET /v1/results`. */
export const listResultsLimits = {
  limit: {
    minimum: 1,
    maximum: 1000,
  },
  offset: {
    minimum: 0,
  },
} as const;

/** Input bounds of `GET /v1/query-runs`. */
export const listQueryRunsLimits = {
  limit: {
    minimum: 1,
    maximum: 1000,
  },
} as const;

/** Input bounds of `POST /v1/files`. */
export const uploadFileLimits = {
  body: {
    maxBytes: 21474836480,
  },
} as const;

/** Input bounds of `GET /v1/datasets`. */
export const listDatasetsLimits = {
  limit: {
    minimum: 1,
    maximum: 1000,
  },
  offset: {
    minimum: 0,
  },
} as const;

/** Input bounds of `POST /v1/datasets`. */
export const createDatasetLimits = {
  label: {
    minLength: 1,
  },
} as const;

/** Input bounds of `PUT /v1/datasets/{id}`. */
export const updateDatasetLimits = {
  pinned_version: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /v1/datasets/{id}/versions`. */
export const listDatasetVersionsLimits = {
  limit: {
    minimum: 1,
    maximum: 1000,
  },
  offset: {
    minimum: 0,
  },
} as const;

/** Input bounds of `GET /v1/queries`. */
export const listSavedQueriesLimits = {
  limit: {
    minimum: 1,
    maximum: 1000,
  },
  offset: {
    minimum: 0,
  },
} as const;

/** Input bounds of `POST /v1/queries`. */
export const createSavedQueryLimits = {
  name: {
    minLength: 1,
  },
  sql: {
    minLength: 1,
  },
} as const;

/** Input bounds of `POST /v1/queries/{id}/execute`. */
export const executeSavedQueryLimits = {
  version: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /v1/queries/{id}/versions`. */
export const listSavedQueryVersionsLimits = {
  limit: {
    minimum: 1,
    maximum: 1000,
  },
  offset: {
    minimum: 0,
  },
} as const;

/** Input bounds of `POST /v1/connections/{connection_id}/tables/{schema}/{table}/indexes`. */
export const createIndexLimits = {
  index_name: {
    minLength: 1,
  },
  columns: {
    minItems: 1,
  },
  dimensions: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /v1/embedding-providers`. */
export const createEmbeddingProviderLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `GET /v1/jobs`. */
export const listJobsLimits = {
  limit: {
    minimum: 1,
  },
  offset: {
    minimum: 0,
  },
} as const;

/** Input bounds of `POST /v1/context`. */
export const upsertWorkspaceContextLimits = {
  name: {
    minLength: 1,
  },
} as const;
