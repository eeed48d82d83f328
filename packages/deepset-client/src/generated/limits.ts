// Generated from specs/deepset.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The bounds the spec sets on each operation's inputs, one constant per operation.

/** Input bounds of `GET /api/v1/token`. */
export const listTokensLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
  page_number: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/workspaces/{workspace_name}/eval_runs`. */
export const listEvalRunsLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
  page_number: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /api/v1/workspaces/{workspace_name}/eval_runs`. */
export const createEvalRunsLimits = {
  name: {
    minLength: 1,
  },
} as const;

/**
 * Input bounds of `GET
 * /api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/nodes/{node_name}/predictions`.
 */
export const evalRunsListPredictionsLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
  page_number: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/workspaces/{workspace_name}/evaluation_sets`. */
export const listEvaluationSetsLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
  page_number: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}`. */
export const getEvaluationSetsLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
  page_number: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/workspaces/{workspace_name}/files`. */
export const listFilesLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
} as const;

/** Input bounds of `POST /api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-query`. */
export const documentsQueryLimits = {
  top_k: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/workspaces/{workspace_name}/pipelines`. */
export const listPipelinesLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
  page_number: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /api/v1/workspaces/{workspace_name}/pipelines`. */
export const createPipelinesLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback`. */
export const pipelinesListFeedbackLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
  page_number: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/files`. */
export const pipelinesListFilesLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
  page_number: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat`. */
export const pipelinesChatLimits = {
  query: {
    minLength: 1,
  },
} as const;

/** Input bounds of `POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat-stream`. */
export const pipelinesChatStreamLimits = {
  query: {
    minLength: 1,
  },
} as const;

/** Input bounds of `POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search`. */
export const pipelinesSearchLimits = {
  queries: {
    minItems: 1,
  },
} as const;

/** Input bounds of `POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search-stream`. */
export const pipelinesSearchStreamLimits = {
  query: {
    minLength: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/workspaces/{workspace_name}/upload_sessions`. */
export const listUploadSessionsLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
  page_number: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}/files`. */
export const uploadSessionsListFilesLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
  page_number: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/users`. */
export const listUsersLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
  page_number: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/public_prompt_templates`. */
export const promptTemplatesListPublicLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
  page_number: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/workspaces/{workspace_name}/prompt_templates`. */
export const listPromptTemplatesLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
  page_number: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /api/v1/workspaces/{workspace_name}/prompt_templates`. */
export const createPromptTemplatesLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `PUT /api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}`. */
export const updatePromptTemplatesLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `POST /api/v1/workspaces`. */
export const createWorkspacesLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/workspaces/{workspace_name}/search_history`. */
export const workspacesSearchHistoryLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
  page_number: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /api/v1/workspaces/{workspace_name}/tags`. */
export const createEvalRunTagsLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `PATCH /api/v1/workspaces/{workspace_name}/tags/{tag_name}`. */
export const updateEvalRunTagsLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/workspaces/{workspace_name}/labeling_projects`. */
export const listLabelingProjectsLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
  page_number: {
    minimum: 1,
  },
} as const;

/** Input bounds of `POST /api/v1/workspaces/{workspace_name}/labeling_projects`. */
export const createLabelingProjectsLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `PUT /api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}`. */
export const updateLabelingProjectsLimits = {
  name: {
    minLength: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/workspaces/{workspace_name}/pipeline_templates`. */
export const listPipelineTemplatesLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
  page_number: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/logs`. */
export const pipelinesListLogsLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
} as const;

/** Input bounds of `GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search_history`. */
export const pipelinesSearchHistoryLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
  page_number: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/workspaces/{workspace_name}/search_sessions`. */
export const listSearchSessionsLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
  page_number: {
    minimum: 1,
  },
} as const;

/** Input bounds of `GET /api/v1/workspaces/{workspace_name}/shared_prototypes`. */
export const listSharedPrototypesLimits = {
  limit: {
    minimum: 1,
    maximum: 100,
  },
  page_number: {
    minimum: 1,
  },
} as const;
