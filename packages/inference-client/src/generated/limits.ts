// Generated from specs/inference.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The bounds the spec sets on each operation's inputs, one constant per operation.

/** Input bounds of `GET /v1/action-groups`. */
export const listActionGroupsLimits = {
  limit: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /v1/action-groups`. */
export const createActionGroupLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `PUT /v1/action-groups/{id}`. */
export const updateActionGroupLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `GET /v1/actions`. */
export const listActionsLimits = {
  limit: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /v1/actions`. */
export const createActionLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `GET /v1/arguments`. */
export const listArgumentsLimits = {
  page: {
    minimum: 1,
  },
  page_size: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /v1/arguments/completions`. */
export const createArgumentCompletionLimits = {
  max_tokens: {
    minimum: 1,
  },
  model: {
    minLength: 1,
  },
  temperature: {
    minimum: 0,
  },
  top_p: {
    minimum: 0,
    maximum: 1,
  },
} as const;

/** Input bounds of `GET /v1/benchmarks`. */
export const listBenchmarksLimits = {
  page_size: {
    minimum: 1,
  },
  page: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /v1/benchmarks`. */
export const createBenchmarkLimits = {
  metrics: {
    minItems: 1,
  },
  name: {
    minLength: 1,
  },
  task: {
    minLength: 1,
  },
} as const;

/** Input bounds of `PUT /v1/benchmarks/{id}`. */
export const updateBenchmarkLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `GET /v1/chats`. */
export const listChatsLimits = {
  limit: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /v1/chat/completions`. */
export const createChatCompletionLimits = {
  max_tokens: {
    minimum: 1,
  },
  messages: {
    minItems: 1,
  },
  temperature: {
    minimum: 0,
  },
  top_p: {
    minimum: 0,
    maximum: 1,
  },
} as const;

/** Input bounds of `PUT /v1/chats/{id}`. */
export const updateChatLimits = {
  max_tokens: {
    minimum: 1,
  },
  temperature: {
    minimum: 0,
  },
} as const;

/** Input bounds of `GET /v1/checkpoints`. */
export const listCheckpointsLimits = {
  limit: {
    minimum: 1,
  },
} as const;

/** Input bounds of `PUT /v1/clusters`. */
export const updateClusterLimits = {
  ingress_url: {
    minLength: 1,
  },
  manager_url: {
    minLength: 1,
  },
} as const;

/** Input bounds of `POST /v1/clusters`. */
export const createClusterLimits = {
  ingress_url: {
    minLength: 1,
  },
  manager_url: {
    minLength: 1,
  },
} as const;

/** Input bounds of `GET /v1/connectors`. */
export const listConnectorsLimits = {
  limit: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /v1/connectors`. */
export const createConnectorLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `GET /v1/connectors/{id}/files`. */
export const listConnectorFilesLimits = {
  limit: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /v1/data-models`. */
export const listDataModelsLimits = {
  limit: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /v1/data-models`. */
export const createDataModelLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `PUT /v1/data-models/{id}`. */
export const updateDataModelLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `POST /v1/evaluations`. */
export const createEvaluationLimits = {
  benchmark_id: {
    minLength: 1,
  },
  checkpoint_id: {
    minLength: 1,
  },
  gpu_count: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /v1/experts`. */
export const listExpertsLimits = {
  limit: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /v1/experts`. */
export const createExpertLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `PUT /v1/experts/{id}`. */
export const updateExpertLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `GET /v1/inference-logs`. */
export const listInferenceLogsLimits = {
  page: {
    minimum: 1,
  },
  page_size: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /v1/insights`. */
export const createInsightLimits = {
  max_tokens: {
    minimum: 1,
  },
  temperature: {
    minimum: 0,
  },
  top_p: {
    minimum: 0,
    maximum: 1,
  },
} as const;

/** Input bounds of `GET /v1/leaderboards`. */
export const listLeaderboardsLimits = {
  limit: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /v1/personas`. */
export const listPersonasLimits = {
  limit: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /v1/personas`. */
export const createPersonaLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `PUT /v1/personas/{id}`. */
export const updatePersonaLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `POST /v1/personas/upload`. */
export const uploadPersonaFilesLimits = {
  files: {
    minItems: 1,
  },
} as const;

/** Input bounds of `GET /v1/spaces`. */
export const listSpacesLimits = {
  limit: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /v1/spaces`. */
export const createSpaceLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `PUT /v1/spaces/{id}`. */
export const updateSpaceLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `POST /v1/spaces/{id}/invite`. */
export const inviteToSpaceLimits = {
  emails: {
    minItems: 1,
  },
  roles: {
    minItems: 1,
  },
} as const;

/** Input bounds of `GET /v1/trainings`. */
export const listTrainingsLimits = {
  pageSize: {
    minimum: 1,
  },
  page: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /v1/trainings`. */
export const createTrainingLimits = {
  architecture: {
    minLength: 1,
  },
  data_model_id: {
    minLength: 1,
  },
  gpu_count: {
    minimum: 1,
  },
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `PUT /v1/trainings/{id}`. */
export const updateTrainingLimits = {
  architecture: {
    minLength: 1,
  },
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `POST /v1/webhooks`. */
export const receiveStatusUpdateLimits = {
  id: {
    minLength: 1,
  },
} as const;
