// Generated from specs/deepset.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check the connection */
    get: operations['healthCheck'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List API tokens */
    get: operations['listTokens'];
    put?: never;
    /** Create an API token */
    post: operations['createTokens'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/token/{api_token_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete an API token */
    delete: operations['deleteTokens'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/eval_runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List evaluation runs */
    get: operations['listEvalRuns'];
    put?: never;
    /** Create an evaluation run */
    post: operations['createEvalRuns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an evaluation run */
    get: operations['getEvalRuns'];
    put?: never;
    post?: never;
    /** Delete an evaluation run */
    delete: operations['deleteEvalRuns'];
    options?: never;
    head?: never;
    /** Update an evaluation run */
    patch: operations['updateEvalRuns'];
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/nodes/{node_name}/predictions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the predictions of a node */
    get: operations['evalRunsListPredictions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/eval_runs/{eval_run_name}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start an evaluation run */
    post: operations['evalRunsStart'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/evaluation_sets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List evaluation sets */
    get: operations['listEvaluationSets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the labels of an evaluation set */
    get: operations['getEvaluationSets'];
    put?: never;
    post?: never;
    /** Delete an evaluation set */
    delete: operations['deleteEvaluationSets'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}/csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export an evaluation set as CSV */
    get: operations['evaluationSetsGetCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/evaluation_sets/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import an evaluation set */
    post: operations['evaluationSetsImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/evaluation_sets/{evaluation_set_name}/label-matching': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Match labels to files */
    post: operations['evaluationSetsMatchLabels'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List files */
    get: operations['listFiles'];
    put?: never;
    /** Upload a file */
    post: operations['filesUpload'];
    /** Delete files */
    delete: operations['filesDeleteMany'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/files/{file_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a file */
    get: operations['filesDownload'];
    put?: never;
    post?: never;
    /** Delete a file */
    delete: operations['deleteFiles'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/files/{file_id}/meta': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get file metadata */
    get: operations['filesGetMeta'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update file metadata */
    patch: operations['filesUpdateMeta'];
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-query': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Search the documents of an index */
    post: operations['documentsQuery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Stream every document of an index */
    post: operations['documentsStream'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List pipelines */
    get: operations['listPipelines'];
    put?: never;
    /** Create a pipeline */
    post: operations['createPipelines'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a pipeline */
    get: operations['getPipelines'];
    put?: never;
    post?: never;
    /** Delete a pipeline */
    delete: operations['deletePipelines'];
    options?: never;
    head?: never;
    /** Update pipeline properties */
    patch: operations['updatePipelines'];
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List feedback */
    get: operations['pipelinesListFeedback'];
    put?: never;
    /** Add feedback */
    post: operations['pipelinesAddFeedback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the file ids of a pipeline */
    get: operations['pipelinesListFiles'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/indexing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get indexing status */
    get: operations['pipelinesGetIndexing'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a pipeline as JSON */
    get: operations['pipelinesGetJson'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/prompt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the pipeline prompt */
    get: operations['pipelinesGetPrompt'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get pipeline statistics */
    get: operations['pipelinesGetStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/yaml': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a pipeline as YAML */
    get: operations['pipelinesGetYaml'];
    /** Replace pipeline YAML */
    put: operations['pipelinesUpdateYaml'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Chat */
    post: operations['pipelinesChat'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/chat-stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Chat, streamed */
    post: operations['pipelinesChatStream'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/default': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make the default pipeline */
    post: operations['pipelinesSetDefault'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/deploy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deploy a pipeline */
    post: operations['pipelinesDeploy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Search */
    post: operations['pipelinesSearch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search-stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Search, streamed */
    post: operations['pipelinesSearchStream'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/undeploy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Undeploy a pipeline */
    post: operations['pipelinesUndeploy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/upload_sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List upload sessions */
    get: operations['listUploadSessions'];
    put?: never;
    /** Create an upload session */
    post: operations['createUploadSessions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an upload session */
    get: operations['getUploadSessions'];
    /** Close an upload session */
    put: operations['uploadSessionsClose'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/upload_sessions/{session_id}/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the files of an upload session */
    get: operations['uploadSessionsListFiles'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/infrastructure/document_stores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List DocumentStore credentials */
    get: operations['infrastructureListDocumentStores'];
    put?: never;
    /** Add DocumentStore credentials */
    post: operations['infrastructureCreateDocumentStore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/infrastructure/document_stores/{credentials_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete DocumentStore credentials */
    delete: operations['infrastructureDeleteDocumentStore'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/infrastructure/file_stores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List FileStore credentials */
    get: operations['infrastructureListFileStores'];
    put?: never;
    /** Add FileStore credentials */
    post: operations['infrastructureCreateFileStore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/infrastructure/file_stores/{credentials_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete FileStore credentials */
    delete: operations['infrastructureDeleteFileStore'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the current user */
    get: operations['usersMe'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List users */
    get: operations['listUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{user_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a user */
    get: operations['getUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/model': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List models for a node */
    get: operations['listModels'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/model_registry_tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List model registry tokens */
    get: operations['listModelRegistryTokens'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/model_registry_tokens/{provider}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a model registry token */
    get: operations['getModelRegistryTokens'];
    /** Replace a model registry token */
    put: operations['updateModelRegistryTokens'];
    /** Save a model registry token */
    post: operations['createModelRegistryTokens'];
    /** Delete a model registry token */
    delete: operations['deleteModelRegistryTokens'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organization': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the organization */
    get: operations['getOrganization'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organization/{organization_id}/invitation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite a user */
    post: operations['organizationInvite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public_prompt_templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List public prompt templates */
    get: operations['promptTemplatesListPublic'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/prompt_templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List prompt templates */
    get: operations['listPromptTemplates'];
    put?: never;
    /** Create a prompt template */
    post: operations['createPromptTemplates'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/trigger_prompthub_sync': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sync prompts from PromptHub */
    post: operations['promptTemplatesSyncPromptHub'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/prompt_templates/{prompt_template_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update a prompt template */
    put: operations['updatePromptTemplates'];
    post?: never;
    /** Delete a prompt template */
    delete: operations['deletePromptTemplates'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List workspaces */
    get: operations['listWorkspaces'];
    put?: never;
    /** Create a workspace */
    post: operations['createWorkspaces'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a workspace */
    get: operations['getWorkspaces'];
    put?: never;
    post?: never;
    /** Delete a workspace */
    delete: operations['deleteWorkspaces'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/search_count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Count search requests */
    get: operations['workspacesSearchCount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/search_history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List search history */
    get: operations['workspacesSearchHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get workspace statistics */
    get: operations['workspacesStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/tags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List eval run tags */
    get: operations['listEvalRunTags'];
    put?: never;
    /** Create an eval run tag */
    post: operations['createEvalRunTags'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/tags/{tag_name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete an eval run tag */
    delete: operations['deleteEvalRunTags'];
    options?: never;
    head?: never;
    /** Rename an eval run tag */
    patch: operations['updateEvalRunTags'];
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/indexes/{index_name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check an index */
    get: operations['getIndexes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents/{document_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a document */
    get: operations['getDocuments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/indexes/{index_name}/documents-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Count documents */
    post: operations['documentsCount'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/labeling_projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List labeling projects */
    get: operations['listLabelingProjects'];
    put?: never;
    /** Create a labeling project */
    post: operations['createLabelingProjects'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/labeling_projects/{labeling_project_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a labeling project */
    get: operations['getLabelingProjects'];
    /** Update a labeling project */
    put: operations['updateLabelingProjects'];
    post?: never;
    /** Delete a labeling project */
    delete: operations['deleteLabelingProjects'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipeline_templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List pipeline templates */
    get: operations['listPipelineTemplates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/logs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List pipeline logs */
    get: operations['pipelinesListLogs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List metadata keys of indexed files */
    get: operations['pipelinesListMetaKeys'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{field_name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List metadata values */
    get: operations['pipelinesListMetaValues'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/meta/{meta_field}/aggregation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Min and max of a metadata field */
    get: operations['pipelinesAggregateMeta'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search_history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List pipeline search history */
    get: operations['pipelinesSearchHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/search_sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List search sessions */
    get: operations['listSearchSessions'];
    put?: never;
    /** Create a search session */
    post: operations['createSearchSessions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/shared_prototypes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List shared prototypes */
    get: operations['listSharedPrototypes'];
    put?: never;
    /** Create a shared prototype */
    post: operations['createSharedPrototypes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/shared_prototypes/{shared_prototype_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a shared prototype */
    get: operations['getSharedPrototypes'];
    put?: never;
    post?: never;
    /** Delete a shared prototype */
    delete: operations['deleteSharedPrototypes'];
    options?: never;
    head?: never;
    /** Update a shared prototype */
    patch: operations['updateSharedPrototypes'];
    trace?: never;
  };
  '/api/v1/workspaces/{workspace_name}/shared_prototype_users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a shared prototype user */
    post: operations['sharedPrototypesCreateUser'];
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
    /**
     * @description The error body: `errors` (the stream docs read `errors[0]`), `message`/`details` (the
     * mcp client reads these), or FastAPI's `detail`.
     */
    DeepsetError: {
      errors?: string[];
      message?: string;
      details?: components['schemas']['ErrorDetail'][];
      detail?: string | components['schemas']['ValidationIssue'][];
    };
    ErrorDetail: {
      code?: string;
      message: string;
      category?: string;
      json_pointer?: string;
    };
    ValidationIssue: {
      loc: (string | number)[];
      msg: string;
      type: string;
    };
    UserRef: {
      /** Format: uuid */
      user_id: string;
      given_name?: string;
      family_name?: string;
      email?: string;
    };
    /** @enum {string} */
    WriteMode: 'KEEP' | 'OVERWRITE' | 'FAIL';
    /** @enum {string} */
    ServiceLevel: 'PRODUCTION' | 'DEVELOPMENT' | 'DRAFT';
    /** @enum {string} */
    OrganizationRole: 'ADMIN' | 'MEMBER' | 'EXTERNAL';
    /** @enum {string} */
    PipelineStatus:
      | 'UNDEPLOYED'
      | 'DEPLOYED'
      | 'DEPLOYED_UNHEALTHY'
      | 'DEPLOYMENT_IN_PROGRESS'
      | 'UNDEPLOYMENT_IN_PROGRESS'
      | 'DEPLOYMENT_SCHEDULED'
      | 'UNDEPLOYMENT_SCHEDULED'
      | 'DEPLOYMENT_FAILED';
    /** @description Free-form file metadata. */
    Meta: {
      [key: string]: unknown;
    };
    TokenCreate: {
      name?: string;
      /** @description Default: true. */
      expires?: boolean;
      /** Format: date-time */
      expires_at?: string | null;
      /** @description Default: "MEMBER". */
      organization_role?: components['schemas']['OrganizationRole'];
      /** @description Default: true. */
      personal?: boolean;
      /** Format: uuid */
      role_id?: string | null;
      workspaces?: string[];
    };
    TokenCreated: {
      api_token: string;
      /** Format: uuid */
      api_token_id?: string;
    };
    ApiToken: {
      /** Format: uuid */
      api_token_id: string;
      name?: string;
      /** Format: date-time */
      created_at?: string;
      /** Format: date-time */
      expires_at?: string | null;
    };
    EvalRun: {
      /** Format: uuid */
      eval_run_id?: string;
      eval_run_name: string;
      pipeline_name?: string;
      evaluation_set_name?: string;
      parameters?: {
        [key: string]: unknown;
      };
      metrics?: {
        [key: string]: unknown;
      };
      /** @description Numeric status (haystack EvaluationRunClient). */
      status: number;
      /** @enum {integer} */
      eval_mode?: 0 | 1;
      debug?: boolean;
      /** Format: date-time */
      created_at?: string;
      comment?: string | null;
      tags?: string[];
    };
    EvalRunCreate: {
      name: string;
      pipeline_name: string;
      evaluation_set_name: string;
      /** @description Default: false. */
      debug?: boolean;
      /**
       * @description 0 integrated, 1 isolated. Default: 0.
       * @enum {integer}
       */
      eval_mode?: 0 | 1;
      comment?: string;
      tags?: string[];
    };
    EvalRunUpdate: {
      pipeline_name?: string;
      evaluation_set_name?: string;
      debug?: boolean;
      /** @enum {integer} */
      eval_mode?: 0 | 1;
      comment?: string;
      tags?: string[];
    };
    Prediction: {
      prediction_id?: string;
      query: string;
      answer?: string | null;
      context?: string | null;
      exact_match?: number | null;
      f1?: number | null;
      node_name?: string;
    };
    EvaluationSet: {
      /** Format: uuid */
      evaluation_set_id: string;
      name: string;
      /** Format: date-time */
      created_at?: string;
      matched_labels: number;
      total_labels: number;
    };
    Label: {
      /** Format: uuid */
      label_id: string;
      query: string;
      answer?: string;
      file_name?: string | null;
      /** Format: uuid */
      file_id?: string | null;
      context?: string | null;
      meta?: {
        [key: string]: unknown;
      };
    };
    File: {
      /** Format: uuid */
      file_id: string;
      url?: string;
      name: string;
      size?: number;
      /** Format: date-time */
      created_at: string;
      meta?: components['schemas']['Meta'];
    };
    /**
     * @description Haystack 2 logical filter: `{operator, conditions[]}`; each comparison has a `field`.
     */
    Filters: {
      [key: string]: unknown;
    };
    DocumentsQuery: {
      query: string;
      filters?: components['schemas']['Filters'];
      /** @description Default: 10. */
      top_k?: number;
      /** @description Default: false. */
      return_embedding?: boolean;
    };
    Document: {
      id?: string;
      content: string;
      meta: components['schemas']['Meta'];
      score?: number | null;
      embedding?: number[] | null;
      file?: {
        id?: string;
        name?: string;
      } | null;
      result_id?: string;
    };
    Pipeline: {
      /** Format: uuid */
      pipeline_id: string;
      name: string;
      status: components['schemas']['PipelineStatus'];
      service_level?: components['schemas']['ServiceLevel'];
      /** Format: date-time */
      created_at?: string;
      /** Format: date-time */
      last_edited_at?: string | null;
      created_by?: components['schemas']['UserRef'];
      last_edited_by?: components['schemas']['UserRef'] | null;
      /** Format: uuid */
      deployed_version_id?: string | null;
      /** Format: uuid */
      running_version_id?: string | null;
      /** Format: uuid */
      draft_version_id?: string | null;
      is_default?: boolean;
      indexing?: components['schemas']['IndexingStatus'];
    };
    PipelineYaml: {
      query_yaml: string;
      indexing_yaml?: string;
    };
    IndexingStatus: {
      status?: string;
      pending_file_count: number;
      failed_file_count?: number;
      indexed_file_count?: number;
      total_file_count: number;
    };
    PipelineFile: {
      /** Format: uuid */
      file_id: string;
      name?: string;
      status?: string;
    };
    Feedback: {
      /** Format: uuid */
      feedback_id: string;
      /** Format: uuid */
      query_id: string;
      /** Format: uuid */
      result_id?: string;
      /** @enum {string} */
      score: 'ACCURATE' | 'FAIRLY_ACCURATE' | 'INACCURATE';
      comment?: string | null;
      /** Format: date-time */
      created_at?: string;
    };
    FeedbackCreate: {
      /** Format: uuid */
      query_id: string;
      /** Format: uuid */
      result_id?: string;
      /** @enum {string} */
      score: 'ACCURATE' | 'FAIRLY_ACCURATE' | 'INACCURATE';
      comment?: string;
    };
    SearchRequest: {
      queries: string[];
      /** @description Default: false. */
      debug?: boolean;
      view_prompts?: boolean;
      params?: {
        [key: string]: unknown;
      };
      filters?: components['schemas']['Filters'];
      files?: string[] | null;
    };
    ChatRequest: {
      query: string;
      /** Format: uuid */
      search_session_id: string;
      chat_history_limit?: number;
      debug?: boolean;
      view_prompts?: boolean;
      params?: {
        [key: string]: unknown;
      };
      filters?: components['schemas']['Filters'];
    };
    SearchStreamRequest: {
      query: string;
      /** @description Default: false. */
      include_result?: boolean;
      include_tool_calls?: boolean;
      include_tool_call_results?: boolean;
      debug?: boolean;
      view_prompts?: boolean;
      params?: {
        [key: string]: unknown;
      };
      filters?: components['schemas']['Filters'];
    };
    ChatStreamRequest: {
      query: string;
      /** Format: uuid */
      search_session_id: string;
      chat_history_limit?: number;
      /** @description Default: false. */
      include_result?: boolean;
      include_tool_calls?: boolean;
      include_tool_call_results?: boolean;
      debug?: boolean;
      view_prompts?: boolean;
      params?: {
        [key: string]: unknown;
      };
      filters?: components['schemas']['Filters'];
    };
    Answer: {
      answer: string;
      context?: string | null;
      document_id?: string | null;
      document_ids?: string[] | null;
      file?: {
        id?: string;
        name?: string;
      } | null;
      files?:
        | {
            id?: string;
            name?: string;
          }[]
        | null;
      meta?: {
        [key: string]: unknown;
      };
      offsets_in_context?: components['schemas']['Span'][];
      offsets_in_document?: components['schemas']['Span'][];
      prompt?: string | null;
      result_id?: string;
      score?: number | null;
      type?: string;
    };
    Span: {
      start: number;
      end: number;
    };
    SearchResult: {
      query_id?: string;
      query: string;
      answers: components['schemas']['Answer'][];
      documents: components['schemas']['Document'][];
      prompts?: {
        [key: string]: unknown;
      };
      _debug?: {
        [key: string]: unknown;
      };
    };
    SearchResponse: {
      query_id?: string;
      results: components['schemas']['SearchResult'][];
    };
    /**
     * @description The data of one search-stream / chat-stream event; `type` says which payload field is
     * present.
     */
    StreamEvent:
      | components['schemas']['StreamDelta']
      | components['schemas']['StreamResult']
      | components['schemas']['StreamErrorEvent']
      | components['schemas']['StreamToolCallDelta']
      | components['schemas']['StreamToolCallResult'];
    StreamDelta: {
      query_id?: string;
      /** @constant */
      type: 'delta';
      delta: {
        text: string;
        meta?: {
          [key: string]: unknown;
        };
      };
      index?: number;
      start?: boolean;
      finish_reason?: string | null;
    };
    StreamResult: {
      query_id?: string;
      /** @constant */
      type: 'result';
      result: components['schemas']['SearchResult'];
    };
    StreamErrorEvent: {
      query_id?: string;
      /** @constant */
      type: 'error';
      error: string;
    };
    StreamToolCallDelta: {
      query_id?: string;
      /** @constant */
      type: 'tool_call_delta';
      tool_call_delta: {
        index: number;
        tool_name?: string;
        id?: string;
        arguments?: string;
      };
    };
    StreamToolCallResult: {
      query_id?: string;
      /** @constant */
      type: 'tool_call_result';
      tool_call_result: {
        result: unknown;
        origin: {
          tool_name: string;
          arguments?: {
            [key: string]: unknown;
          };
          id?: string;
        };
        error: boolean;
      };
    };
    UploadSession: {
      /** Format: uuid */
      session_id: string;
      documentation_url?: string;
      /** Format: date-time */
      expires_at: string;
      aws_prefixed_request_config: {
        url: string;
        fields: {
          [key: string]: string;
        };
      };
    };
    UploadSessionStatus: {
      /** Format: uuid */
      session_id: string;
      documentation_url?: string;
      /** Format: date-time */
      expires_at?: string;
      ingestion_status: {
        finished_files: number;
        failed_files: number;
      };
    };
    UploadSessionSummary: {
      /** Format: uuid */
      session_id: string;
      created_by?: components['schemas']['UserRef'];
      /** Format: date-time */
      created_at?: string;
      /** Format: date-time */
      expires_at?: string;
      write_mode?: components['schemas']['WriteMode'];
      /** @enum {string} */
      status: 'OPEN' | 'CLOSED' | 'EXPIRED';
    };
    UploadSessionFile: {
      name: string;
      /** @enum {string} */
      status: 'PENDING' | 'FINISHED' | 'FAILED';
      /** Format: uuid */
      file_id?: string | null;
      error?: string | null;
    };
    Credentials: {
      /** Format: uuid */
      credentials_id: string;
      host?: string;
      /** Format: date-time */
      created_at?: string;
    };
    CredentialsCreate: {
      host?: string;
      username?: string;
      password?: string;
      access_key_id?: string;
      secret_access_key?: string;
      bucket?: string;
      region?: string;
    };
    User: {
      /** Format: uuid */
      user_id: string;
      given_name?: string;
      family_name?: string;
      email: string;
      organization?: {
        /** Format: uuid */
        organization_id?: string;
        name?: string;
      };
    };
    ModelRegistryToken: {
      provider: string;
      /** Format: date-time */
      created_at?: string;
    };
    PromptTemplate: {
      /** Format: uuid */
      prompt_template_id: string;
      name: string;
      text: string;
      description?: string | null;
      tags?: string[];
      /** Format: date-time */
      created_at?: string;
    };
    PromptTemplateCreate: {
      name: string;
      text: string;
      description?: string;
      tags?: string[];
    };
    Workspace: {
      name: string;
      /** Format: uuid */
      workspace_id: string;
      languages?: {
        [key: string]: unknown;
      };
      default_idle_timeout_in_seconds?: number;
    };
    SearchHistoryEntry: {
      /** Format: uuid */
      search_history_id?: string;
      query: string;
      pipeline_name?: string;
      /** Format: date-time */
      time?: string;
      duration?: number;
    };
    Tag: {
      /** Format: uuid */
      tag_id?: string;
      name: string;
    };
    Index: {
      /** Format: uuid */
      pipeline_index_id?: string;
      name: string;
      description?: string | null;
      config_yaml?: string;
      /** Format: uuid */
      workspace_id?: string;
      settings?: {
        [key: string]: unknown;
      };
      desired_status?: string;
      /** Format: date-time */
      deployed_at?: string | null;
      /** Format: date-time */
      created_at?: string;
      /** Format: date-time */
      updated_at?: string | null;
      status?: {
        pending_file_count?: number;
        failed_file_count?: number;
        indexed_no_documents_file_count?: number;
        indexed_file_count?: number;
        total_file_count?: number;
      };
    };
    LabelingProject: {
      /** Format: uuid */
      labeling_project_id: string;
      name: string;
      description?: string | null;
      /** Format: date-time */
      created_at?: string;
      /** Format: date-time */
      updated_at?: string | null;
    } & {
      [key: string]: unknown;
    };
    LabelingProjectCreate: {
      name: string;
      description?: string;
    } & {
      [key: string]: unknown;
    };
    PipelineTemplate: {
      pipeline_template_id?: string;
      name: string;
      description?: string;
      query_yaml?: string;
      indexing_yaml?: string;
      tags?: string[];
    };
    PipelineLog: {
      log_id: string;
      level?: string;
      message: string;
      /** Format: date-time */
      logged_at?: string;
    };
    SearchSession: {
      /** Format: uuid */
      search_session_id: string;
      /** Format: uuid */
      pipeline_id?: string;
      /** Format: date-time */
      created_at?: string;
    };
    SharedPrototype: {
      /** Format: uuid */
      shared_prototype_id: string;
      pipeline_names?: string[];
      /** Format: date-time */
      expiration_time?: string | null;
      brand_color?: string | null;
      is_revoked?: boolean;
      /** Format: date-time */
      created_at?: string;
      link?: string;
    } & {
      [key: string]: unknown;
    };
    SharedPrototypeCreate: {
      pipeline_names?: string[];
      /** Format: date-time */
      expiration_time?: string;
      brand_color?: string;
    } & {
      [key: string]: unknown;
    };
  };
  responses: {
    /** @description The API key is missing or invalid. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['DeepsetError'];
      };
    };
    /** @description No such resource. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['DeepsetError'];
      };
    };
    /** @description The pipeline timed out. */
    Timeout: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['DeepsetError'];
      };
    };
    /** @description Conflicts with the current state (exists, or not deployed). */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['DeepsetError'];
      };
    };
    /** @description The request broke the schema. */
    ValidationError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['DeepsetError'];
      };
    };
    /** @description The rate limit for this pipeline has been exceeded; retry later. */
    RateLimited: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['DeepsetError'];
      };
    };
    /** @description The service is rebalancing; retry shortly. */
    Rebalancing: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['DeepsetError'];
      };
    };
    /** @description The pipeline is on standby and is being activated; retry shortly. */
    Standby: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['DeepsetError'];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  healthCheck: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "example status"
           *     }
           */
          'application/json': {
            status: string;
          };
        };
      };
      429: components['responses']['RateLimited'];
    };
  };
  listTokens: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description The page, 1-based. */
        page_number?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "api_token_id": "595f0379-56ad-4617-adf7-f7392eec6b21",
           *           "name": "Example",
           *           "created_at": "2019-08-24T14:15:22Z",
           *           "expires_at": "2019-08-24T14:15:22Z"
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['ApiToken'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  createTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TokenCreate'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "api_token": "example api token",
           *       "api_token_id": "595f0379-56ad-4617-adf7-f7392eec6b21"
           *     }
           */
          'application/json': components['schemas']['TokenCreated'];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  deleteTokens: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The api token id. */
        api_token_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body. */
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
  listEvalRuns: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description The page, 1-based. */
        page_number?: number;
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "eval_run_id": "8022d801-acb6-4836-b536-3cd4138b6ae0",
           *           "eval_run_name": "example-eval_run",
           *           "pipeline_name": "example-pipeline",
           *           "evaluation_set_name": "example-evaluation_set",
           *           "parameters": {},
           *           "metrics": {},
           *           "status": 0,
           *           "eval_mode": 0,
           *           "debug": true,
           *           "created_at": "2019-08-24T14:15:22Z",
           *           "comment": "example comment",
           *           "tags": [
           *             "example tag"
           *           ]
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['EvalRun'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  createEvalRuns: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EvalRunCreate'];
      };
    };
    responses: {
      /** @description OK. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": {
           *         "eval_run_id": "8022d801-acb6-4836-b536-3cd4138b6ae0",
           *         "eval_run_name": "example-eval_run",
           *         "pipeline_name": "example-pipeline",
           *         "evaluation_set_name": "example-evaluation_set",
           *         "parameters": {},
           *         "metrics": {},
           *         "status": 0,
           *         "eval_mode": 0,
           *         "debug": true,
           *         "created_at": "2019-08-24T14:15:22Z",
           *         "comment": "example comment",
           *         "tags": [
           *           "example tag"
           *         ]
           *       }
           *     }
           */
          'application/json': {
            data: components['schemas']['EvalRun'];
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
    };
  };
  getEvalRuns: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The eval run name. */
        eval_run_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "eval_run_id": "8022d801-acb6-4836-b536-3cd4138b6ae0",
           *       "eval_run_name": "example-eval_run",
           *       "pipeline_name": "example-pipeline",
           *       "evaluation_set_name": "example-evaluation_set",
           *       "parameters": {},
           *       "metrics": {},
           *       "status": 0,
           *       "eval_mode": 0,
           *       "debug": true,
           *       "created_at": "2019-08-24T14:15:22Z",
           *       "comment": "example comment",
           *       "tags": [
           *         "example tag"
           *       ]
           *     }
           */
          'application/json': components['schemas']['EvalRun'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  deleteEvalRuns: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The eval run name. */
        eval_run_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body. */
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
  updateEvalRuns: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The eval run name. */
        eval_run_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EvalRunUpdate'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": {
           *         "eval_run_id": "8022d801-acb6-4836-b536-3cd4138b6ae0",
           *         "eval_run_name": "example-eval_run",
           *         "pipeline_name": "example-pipeline",
           *         "evaluation_set_name": "example-evaluation_set",
           *         "parameters": {},
           *         "metrics": {},
           *         "status": 0,
           *         "eval_mode": 0,
           *         "debug": true,
           *         "created_at": "2019-08-24T14:15:22Z",
           *         "comment": "example comment",
           *         "tags": [
           *           "example tag"
           *         ]
           *       }
           *     }
           */
          'application/json': {
            data: components['schemas']['EvalRun'];
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  evalRunsListPredictions: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description The page, 1-based. */
        page_number?: number;
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The eval run name. */
        eval_run_name: string;
        /** @description The node name. */
        node_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "prediction_id": "pred_1",
           *           "query": "example query",
           *           "answer": "example answer",
           *           "context": "example context",
           *           "exact_match": 0,
           *           "f1": 0,
           *           "node_name": "example-node"
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['Prediction'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  evalRunsStart: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The eval run name. */
        eval_run_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body. */
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
  listEvaluationSets: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description The page, 1-based. */
        page_number?: number;
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "evaluation_set_id": "ee3696f2-7da1-406f-87db-d90a24b05e67",
           *           "name": "Example",
           *           "created_at": "2019-08-24T14:15:22Z",
           *           "matched_labels": 0,
           *           "total_labels": 0
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['EvaluationSet'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  getEvaluationSets: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description The page, 1-based. */
        page_number?: number;
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The evaluation set name. */
        evaluation_set_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "label_id": "03e7493c-608b-4c34-83b8-041808788ef3",
           *           "query": "example query",
           *           "answer": "example answer",
           *           "file_name": "example-file",
           *           "file_id": "8a0cfb4f-ddc9-436d-91bb-75133c583767",
           *           "context": "example context",
           *           "meta": {}
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['Label'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  deleteEvaluationSets: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The evaluation set name. */
        evaluation_set_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body. */
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
  evaluationSetsGetCsv: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The evaluation set name. */
        evaluation_set_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CSV. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  evaluationSetsImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** @description The CSV of labels; its file name names the set. */
          file: string;
        };
      };
    };
    responses: {
      /** @description OK. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "evaluation_set_id": "ee3696f2-7da1-406f-87db-d90a24b05e67",
           *       "name": "Example",
           *       "created_at": "2019-08-24T14:15:22Z",
           *       "matched_labels": 0,
           *       "total_labels": 0
           *     }
           */
          'application/json': components['schemas']['EvaluationSet'];
        };
      };
      401: components['responses']['Unauthorized'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
    };
  };
  evaluationSetsMatchLabels: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The evaluation set name. */
        evaluation_set_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "evaluation_set_id": "ee3696f2-7da1-406f-87db-d90a24b05e67",
           *       "name": "Example",
           *       "created_at": "2019-08-24T14:15:22Z",
           *       "matched_labels": 0,
           *       "total_labels": 0
           *     }
           */
          'application/json': components['schemas']['EvaluationSet'];
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
        /** @description Items per page. */
        limit?: number;
        /** @description Substring of the file name. */
        name?: string;
        /** @description OData filter, e.g. `level eq 'error'`. */
        filter?: string;
        /** @description Cursor: the last row's `created_at` (or the sort field's value). */
        after_value?: string;
        /** @description Cursor: the last row's `file_id`. */
        after_file_id?: string;
        /** @description Sort field. */
        field?: string;
        /** @description Sort order. */
        order?: 'ASC' | 'DESC';
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "file_id": "8a0cfb4f-ddc9-436d-91bb-75133c583767",
           *           "url": "https://example.com/resource",
           *           "name": "Example",
           *           "size": 0,
           *           "created_at": "2019-08-24T14:15:22Z",
           *           "meta": {}
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['File'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  filesUpload: {
    parameters: {
      query?: {
        /** @description What to do when a file of that name exists. */
        write_mode?: components['schemas']['WriteMode'];
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** @description The file (with its file name). */
          file: string;
          /** @description Metadata as a JSON string. */
          meta?: string;
        };
      };
    };
    responses: {
      /** @description OK. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "file_id": "8a0cfb4f-ddc9-436d-91bb-75133c583767"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            file_id: string;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
    };
  };
  filesDeleteMany: {
    parameters: {
      query?: {
        /** @description File names to delete. */
        names?: string[];
        /** @description File ids to delete. */
        file_ids?: string[];
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  filesDownload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The file id. */
        file_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bytes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  deleteFiles: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The file id. */
        file_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body. */
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
  filesGetMeta: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The file id. */
        file_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /** @example {} */
          'application/json': components['schemas']['Meta'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  filesUpdateMeta: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The file id. */
        file_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Meta'];
      };
    };
    responses: {
      /** @description Done; no body. */
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
  documentsQuery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The index name. */
        index_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DocumentsQuery'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "id": "docu_1",
           *         "content": "example content",
           *         "meta": {},
           *         "score": 0,
           *         "embedding": [
           *           0
           *         ],
           *         "file": {
           *           "id": "docu_1",
           *           "name": "Example"
           *         },
           *         "result_id": "resu_1"
           *       }
           *     ]
           */
          'application/json': components['schemas']['Document'][];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  documentsStream: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The index name. */
        index_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Default: false. */
          return_embedding?: boolean;
          filters?: components['schemas']['Filters'];
        };
      };
    };
    responses: {
      /** @description One document per line. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': components['schemas']['Document'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  listPipelines: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description The page, 1-based. */
        page_number?: number;
        /** @description Cursor: items older than this id. */
        before?: string;
        /** @description Cursor: items after this id. */
        after?: string;
        /** @description Sort field. */
        field?: string;
        /** @description Sort order. */
        order?: 'ASC' | 'DESC';
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "pipeline_id": "ec036e81-7903-4e4d-bbfa-ac8516341cf0",
           *           "name": "Example",
           *           "status": "UNDEPLOYED",
           *           "service_level": "PRODUCTION",
           *           "created_at": "2019-08-24T14:15:22Z",
           *           "last_edited_at": "2019-08-24T14:15:22Z",
           *           "created_by": {
           *             "user_id": "a169451c-8525-4352-b8ca-070dd449a1a5",
           *             "given_name": "example-given",
           *             "family_name": "example-family",
           *             "email": "ada@example.com"
           *           },
           *           "last_edited_by": {
           *             "user_id": "a169451c-8525-4352-b8ca-070dd449a1a5",
           *             "given_name": "example-given",
           *             "family_name": "example-family",
           *             "email": "ada@example.com"
           *           },
           *           "deployed_version_id": "a5a800ce-8f0b-4028-a57a-afd421d1e49b",
           *           "running_version_id": "89bbcdbe-5f33-4bb9-8103-a78ef704412d",
           *           "draft_version_id": "2369ad9c-68ef-4f99-9fef-504688a7ce49",
           *           "is_default": true,
           *           "indexing": {
           *             "status": "example status",
           *             "pending_file_count": 0,
           *             "failed_file_count": 0,
           *             "indexed_file_count": 0,
           *             "total_file_count": 0
           *           }
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['Pipeline'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  createPipelines: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          query_yaml: string;
          indexing_yaml?: string;
        };
      };
    };
    responses: {
      /** @description OK. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "name": "Example",
           *       "pipeline_id": "ec036e81-7903-4e4d-bbfa-ac8516341cf0"
           *     }
           */
          'application/json': {
            name: string;
            /** Format: uuid */
            pipeline_id?: string;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
    };
  };
  getPipelines: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "pipeline_id": "ec036e81-7903-4e4d-bbfa-ac8516341cf0",
           *       "name": "Example",
           *       "status": "UNDEPLOYED",
           *       "service_level": "PRODUCTION",
           *       "created_at": "2019-08-24T14:15:22Z",
           *       "last_edited_at": "2019-08-24T14:15:22Z",
           *       "created_by": {
           *         "user_id": "a169451c-8525-4352-b8ca-070dd449a1a5",
           *         "given_name": "example-given",
           *         "family_name": "example-family",
           *         "email": "ada@example.com"
           *       },
           *       "last_edited_by": {
           *         "user_id": "a169451c-8525-4352-b8ca-070dd449a1a5",
           *         "given_name": "example-given",
           *         "family_name": "example-family",
           *         "email": "ada@example.com"
           *       },
           *       "deployed_version_id": "a5a800ce-8f0b-4028-a57a-afd421d1e49b",
           *       "running_version_id": "89bbcdbe-5f33-4bb9-8103-a78ef704412d",
           *       "draft_version_id": "2369ad9c-68ef-4f99-9fef-504688a7ce49",
           *       "is_default": true,
           *       "indexing": {
           *         "status": "example status",
           *         "pending_file_count": 0,
           *         "failed_file_count": 0,
           *         "indexed_file_count": 0,
           *         "total_file_count": 0
           *       }
           *     }
           */
          'application/json': components['schemas']['Pipeline'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  deletePipelines: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body. */
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
  updatePipelines: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          service_level?: components['schemas']['ServiceLevel'];
        };
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "pipeline_id": "ec036e81-7903-4e4d-bbfa-ac8516341cf0",
           *       "name": "Example",
           *       "status": "UNDEPLOYED",
           *       "service_level": "PRODUCTION",
           *       "created_at": "2019-08-24T14:15:22Z",
           *       "last_edited_at": "2019-08-24T14:15:22Z",
           *       "created_by": {
           *         "user_id": "a169451c-8525-4352-b8ca-070dd449a1a5",
           *         "given_name": "example-given",
           *         "family_name": "example-family",
           *         "email": "ada@example.com"
           *       },
           *       "last_edited_by": {
           *         "user_id": "a169451c-8525-4352-b8ca-070dd449a1a5",
           *         "given_name": "example-given",
           *         "family_name": "example-family",
           *         "email": "ada@example.com"
           *       },
           *       "deployed_version_id": "a5a800ce-8f0b-4028-a57a-afd421d1e49b",
           *       "running_version_id": "89bbcdbe-5f33-4bb9-8103-a78ef704412d",
           *       "draft_version_id": "2369ad9c-68ef-4f99-9fef-504688a7ce49",
           *       "is_default": true,
           *       "indexing": {
           *         "status": "example status",
           *         "pending_file_count": 0,
           *         "failed_file_count": 0,
           *         "indexed_file_count": 0,
           *         "total_file_count": 0
           *       }
           *     }
           */
          'application/json': components['schemas']['Pipeline'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
    };
  };
  pipelinesListFeedback: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description The page, 1-based. */
        page_number?: number;
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "feedback_id": "80f6c85b-11c0-4096-8196-5d1b150f0db2",
           *           "query_id": "6fa29c22-6bab-424a-859e-a13a5c607e72",
           *           "result_id": "cd1ea384-5045-47f3-9678-d1fc6f8c8581",
           *           "score": "ACCURATE",
           *           "comment": "example comment",
           *           "created_at": "2019-08-24T14:15:22Z"
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['Feedback'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  pipelinesAddFeedback: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FeedbackCreate'];
      };
    };
    responses: {
      /** @description OK. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "feedback_id": "80f6c85b-11c0-4096-8196-5d1b150f0db2",
           *       "query_id": "6fa29c22-6bab-424a-859e-a13a5c607e72",
           *       "result_id": "cd1ea384-5045-47f3-9678-d1fc6f8c8581",
           *       "score": "ACCURATE",
           *       "comment": "example comment",
           *       "created_at": "2019-08-24T14:15:22Z"
           *     }
           */
          'application/json': components['schemas']['Feedback'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  pipelinesListFiles: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description The page, 1-based. */
        page_number?: number;
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "file_id": "8a0cfb4f-ddc9-436d-91bb-75133c583767",
           *           "name": "Example",
           *           "status": "example status"
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['PipelineFile'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  pipelinesGetIndexing: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "example status",
           *       "pending_file_count": 0,
           *       "failed_file_count": 0,
           *       "indexed_file_count": 0,
           *       "total_file_count": 0
           *     }
           */
          'application/json': components['schemas']['IndexingStatus'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  pipelinesGetJson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /** @example {} */
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  pipelinesGetPrompt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "prompts": {
           *         "property1": "example property1",
           *         "property2": "example property2"
           *       }
           *     }
           */
          'application/json': {
            prompts: {
              [key: string]: string;
            };
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  pipelinesGetStats: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "search_count": 0,
           *       "feedback_count": 0,
           *       "last_search_at": "2019-08-24T14:15:22Z"
           *     }
           */
          'application/json': {
            search_count: number;
            feedback_count?: number;
            /** Format: date-time */
            last_search_at?: string | null;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  pipelinesGetYaml: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "query_yaml": "components: {}",
           *       "indexing_yaml": "components: {}"
           *     }
           */
          'application/json': components['schemas']['PipelineYaml'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  pipelinesUpdateYaml: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PipelineYaml'];
      };
    };
    responses: {
      /**
       * @description The update took. The body is not documented and the vendor's clients do not read
       * it.
       */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "query_yaml": "components: {}"
           *     }
           */
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
    };
  };
  pipelinesChat: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChatRequest'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "query_id": "quer_1",
           *       "results": [
           *         {
           *           "query_id": "quer_1",
           *           "query": "example query",
           *           "answers": [
           *             {
           *               "answer": "example answer",
           *               "context": "example context",
           *               "document_id": "docu_1",
           *               "document_ids": [
           *                 "docu_1"
           *               ],
           *               "file": {
           *                 "id": "pipe_1",
           *                 "name": "Example"
           *               },
           *               "files": [
           *                 {
           *                   "id": "pipe_1",
           *                   "name": "Example"
           *                 }
           *               ],
           *               "meta": {},
           *               "offsets_in_context": [
           *                 {
           *                   "start": 0,
           *                   "end": 0
           *                 }
           *               ],
           *               "offsets_in_document": [
           *                 {
           *                   "start": 0,
           *                   "end": 0
           *                 }
           *               ],
           *               "prompt": "example prompt",
           *               "result_id": "resu_1",
           *               "score": 0,
           *               "type": "example type"
           *             }
           *           ],
           *           "documents": [
           *             {
           *               "id": "pipe_1",
           *               "content": "example content",
           *               "meta": {},
           *               "score": 0,
           *               "embedding": [
           *                 0
           *               ],
           *               "file": {
           *                 "id": "pipe_1",
           *                 "name": "Example"
           *               },
           *               "result_id": "resu_1"
           *             }
           *           ],
           *           "prompts": {},
           *           "_debug": {}
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['SearchResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      408: components['responses']['Timeout'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
      429: components['responses']['RateLimited'];
      503: components['responses']['Rebalancing'];
      591: components['responses']['Standby'];
    };
  };
  pipelinesChatStream: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChatStreamRequest'];
      };
    };
    responses: {
      /** @description Server-sent events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': components['schemas']['StreamEvent'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      408: components['responses']['Timeout'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
      429: components['responses']['RateLimited'];
      503: components['responses']['Rebalancing'];
      591: components['responses']['Standby'];
    };
  };
  pipelinesSetDefault: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body. */
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
  pipelinesDeploy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          pipeline_version_id?: string;
        };
      };
    };
    responses: {
      /** @description Done; no body. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
    };
  };
  pipelinesSearch: {
    parameters: {
      query?: {
        /** @description Undocumented. */
        secret?: string;
        /** @description Undocumented. */
        ttl_seconds?: number;
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SearchRequest'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "query_id": "quer_1",
           *       "results": [
           *         {
           *           "query_id": "quer_1",
           *           "query": "example query",
           *           "answers": [
           *             {
           *               "answer": "example answer",
           *               "context": "example context",
           *               "document_id": "docu_1",
           *               "document_ids": [
           *                 "docu_1"
           *               ],
           *               "file": {
           *                 "id": "pipe_1",
           *                 "name": "Example"
           *               },
           *               "files": [
           *                 {
           *                   "id": "pipe_1",
           *                   "name": "Example"
           *                 }
           *               ],
           *               "meta": {},
           *               "offsets_in_context": [
           *                 {
           *                   "start": 0,
           *                   "end": 0
           *                 }
           *               ],
           *               "offsets_in_document": [
           *                 {
           *                   "start": 0,
           *                   "end": 0
           *                 }
           *               ],
           *               "prompt": "example prompt",
           *               "result_id": "resu_1",
           *               "score": 0,
           *               "type": "example type"
           *             }
           *           ],
           *           "documents": [
           *             {
           *               "id": "pipe_1",
           *               "content": "example content",
           *               "meta": {},
           *               "score": 0,
           *               "embedding": [
           *                 0
           *               ],
           *               "file": {
           *                 "id": "pipe_1",
           *                 "name": "Example"
           *               },
           *               "result_id": "resu_1"
           *             }
           *           ],
           *           "prompts": {},
           *           "_debug": {}
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['SearchResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      408: components['responses']['Timeout'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
      429: components['responses']['RateLimited'];
      503: components['responses']['Rebalancing'];
      591: components['responses']['Standby'];
    };
  };
  pipelinesSearchStream: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SearchStreamRequest'];
      };
    };
    responses: {
      /** @description Server-sent events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': components['schemas']['StreamEvent'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      408: components['responses']['Timeout'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
      429: components['responses']['RateLimited'];
      503: components['responses']['Rebalancing'];
      591: components['responses']['Standby'];
    };
  };
  pipelinesUndeploy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body. */
      202: {
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
  listUploadSessions: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description The page, 1-based. */
        page_number?: number;
        is_expired?: boolean;
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "session_id": "1ffd059c-17ea-40a8-8aef-70fd0307db82",
           *           "created_by": {
           *             "user_id": "a169451c-8525-4352-b8ca-070dd449a1a5",
           *             "given_name": "example-given",
           *             "family_name": "example-family",
           *             "email": "ada@example.com"
           *           },
           *           "created_at": "2019-08-24T14:15:22Z",
           *           "expires_at": "2019-08-24T14:15:22Z",
           *           "write_mode": "KEEP",
           *           "status": "OPEN"
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['UploadSessionSummary'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  createUploadSessions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          write_mode?: components['schemas']['WriteMode'];
          /** @description Default: false. */
          parallel_processing_enabled?: boolean;
        };
      };
    };
    responses: {
      /** @description OK. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "session_id": "1ffd059c-17ea-40a8-8aef-70fd0307db82",
           *       "documentation_url": "https://example.com/resource",
           *       "expires_at": "2019-08-24T14:15:22Z",
           *       "aws_prefixed_request_config": {
           *         "url": "https://example.com/resource",
           *         "fields": {
           *           "property1": "example property1",
           *           "property2": "example property2"
           *         }
           *       }
           *     }
           */
          'application/json': components['schemas']['UploadSession'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  getUploadSessions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The session id. */
        session_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "session_id": "1ffd059c-17ea-40a8-8aef-70fd0307db82",
           *       "documentation_url": "https://example.com/resource",
           *       "expires_at": "2019-08-24T14:15:22Z",
           *       "ingestion_status": {
           *         "finished_files": 0,
           *         "failed_files": 0
           *       }
           *     }
           */
          'application/json': components['schemas']['UploadSessionStatus'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  uploadSessionsClose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The session id. */
        session_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          status: 'CLOSED';
        };
      };
    };
    responses: {
      /** @description Done; no body. */
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
  uploadSessionsListFiles: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description The page, 1-based. */
        page_number?: number;
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The session id. */
        session_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "name": "Example",
           *           "status": "PENDING",
           *           "file_id": "8a0cfb4f-ddc9-436d-91bb-75133c583767",
           *           "error": "example error"
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['UploadSessionFile'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  infrastructureListDocumentStores: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "credentials_id": "c7814269-df58-4ca3-85e9-f6672ef43d77",
           *         "host": "example host",
           *         "created_at": "2019-08-24T14:15:22Z"
           *       }
           *     ]
           */
          'application/json': components['schemas']['Credentials'][];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  infrastructureCreateDocumentStore: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CredentialsCreate'];
      };
    };
    responses: {
      /** @description OK. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "credentials_id": "c7814269-df58-4ca3-85e9-f6672ef43d77",
           *       "host": "example host",
           *       "created_at": "2019-08-24T14:15:22Z"
           *     }
           */
          'application/json': components['schemas']['Credentials'];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  infrastructureDeleteDocumentStore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The credentials id. */
        credentials_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body. */
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
  infrastructureListFileStores: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "credentials_id": "c7814269-df58-4ca3-85e9-f6672ef43d77",
           *         "host": "example host",
           *         "created_at": "2019-08-24T14:15:22Z"
           *       }
           *     ]
           */
          'application/json': components['schemas']['Credentials'][];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  infrastructureCreateFileStore: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CredentialsCreate'];
      };
    };
    responses: {
      /** @description OK. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "credentials_id": "c7814269-df58-4ca3-85e9-f6672ef43d77",
           *       "host": "example host",
           *       "created_at": "2019-08-24T14:15:22Z"
           *     }
           */
          'application/json': components['schemas']['Credentials'];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  infrastructureDeleteFileStore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The credentials id. */
        credentials_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body. */
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
  usersMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "user_id": "a169451c-8525-4352-b8ca-070dd449a1a5",
           *       "given_name": "example-given",
           *       "family_name": "example-family",
           *       "email": "ada@example.com",
           *       "organization": {
           *         "organization_id": "7c60d51f-b44e-4682-87d6-449835ea4de6",
           *         "name": "Example"
           *       }
           *     }
           */
          'application/json': components['schemas']['User'];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  listUsers: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description The page, 1-based. */
        page_number?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "user_id": "a169451c-8525-4352-b8ca-070dd449a1a5",
           *           "given_name": "example-given",
           *           "family_name": "example-family",
           *           "email": "ada@example.com",
           *           "organization": {
           *             "organization_id": "7c60d51f-b44e-4682-87d6-449835ea4de6",
           *             "name": "Example"
           *           }
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['User'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  getUsers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The user id. */
        user_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "user_id": "a169451c-8525-4352-b8ca-070dd449a1a5",
           *       "given_name": "example-given",
           *       "family_name": "example-family",
           *       "email": "ada@example.com",
           *       "organization": {
           *         "organization_id": "7c60d51f-b44e-4682-87d6-449835ea4de6",
           *         "name": "Example"
           *       }
           *     }
           */
          'application/json': components['schemas']['User'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  listModels: {
    parameters: {
      query?: {
        /** @description Component type the models are for. */
        node?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "name": "Example",
           *         "provider": "example provider"
           *       }
           *     ]
           */
          'application/json': {
            name: string;
            provider?: string;
          }[];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  listModelRegistryTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "provider": "example provider",
           *         "created_at": "2019-08-24T14:15:22Z"
           *       }
           *     ]
           */
          'application/json': components['schemas']['ModelRegistryToken'][];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  getModelRegistryTokens: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Model provider, e.g. `huggingface`. */
        provider: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "provider": "example provider",
           *       "created_at": "2019-08-24T14:15:22Z"
           *     }
           */
          'application/json': components['schemas']['ModelRegistryToken'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  updateModelRegistryTokens: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Model provider, e.g. `huggingface`. */
        provider: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "provider": "example provider",
           *       "created_at": "2019-08-24T14:15:22Z"
           *     }
           */
          'application/json': components['schemas']['ModelRegistryToken'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  createModelRegistryTokens: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Model provider, e.g. `huggingface`. */
        provider: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description OK. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "provider": "example provider",
           *       "created_at": "2019-08-24T14:15:22Z"
           *     }
           */
          'application/json': components['schemas']['ModelRegistryToken'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  deleteModelRegistryTokens: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Model provider, e.g. `huggingface`. */
        provider: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body. */
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
  getOrganization: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "organization_id": "7c60d51f-b44e-4682-87d6-449835ea4de6",
           *       "name": "Example"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            organization_id: string;
            name: string;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  organizationInvite: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organization id. */
        organization_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          role?: components['schemas']['OrganizationRole'];
          workspaces?: string[];
        };
      };
    };
    responses: {
      /** @description Done; no body. */
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
  promptTemplatesListPublic: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description The page, 1-based. */
        page_number?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "prompt_template_id": "962287fa-68ac-4e73-86a4-76c381434e58",
           *           "name": "Example",
           *           "text": "example text",
           *           "description": "An example description",
           *           "tags": [
           *             "example tag"
           *           ],
           *           "created_at": "2019-08-24T14:15:22Z"
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['PromptTemplate'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  listPromptTemplates: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description The page, 1-based. */
        page_number?: number;
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "prompt_template_id": "962287fa-68ac-4e73-86a4-76c381434e58",
           *           "name": "Example",
           *           "text": "example text",
           *           "description": "An example description",
           *           "tags": [
           *             "example tag"
           *           ],
           *           "created_at": "2019-08-24T14:15:22Z"
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['PromptTemplate'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  createPromptTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PromptTemplateCreate'];
      };
    };
    responses: {
      /** @description OK. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "prompt_template_id": "962287fa-68ac-4e73-86a4-76c381434e58",
           *       "name": "Example",
           *       "text": "example text",
           *       "description": "An example description",
           *       "tags": [
           *         "example tag"
           *       ],
           *       "created_at": "2019-08-24T14:15:22Z"
           *     }
           */
          'application/json': components['schemas']['PromptTemplate'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
    };
  };
  promptTemplatesSyncPromptHub: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  updatePromptTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The prompt template id. */
        prompt_template_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PromptTemplateCreate'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "prompt_template_id": "962287fa-68ac-4e73-86a4-76c381434e58",
           *       "name": "Example",
           *       "text": "example text",
           *       "description": "An example description",
           *       "tags": [
           *         "example tag"
           *       ],
           *       "created_at": "2019-08-24T14:15:22Z"
           *     }
           */
          'application/json': components['schemas']['PromptTemplate'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
    };
  };
  deletePromptTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The prompt template id. */
        prompt_template_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body. */
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
  listWorkspaces: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "name": "Example",
           *         "workspace_id": "0967198e-ec7b-4c6b-b4d3-f71244cadbe9",
           *         "languages": {},
           *         "default_idle_timeout_in_seconds": 0
           *       }
           *     ]
           */
          'application/json': components['schemas']['Workspace'][];
        };
      };
      401: components['responses']['Unauthorized'];
      422: components['responses']['ValidationError'];
    };
  };
  createWorkspaces: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
        };
      };
    };
    responses: {
      /** @description OK. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "name": "Example",
           *       "workspace_id": "0967198e-ec7b-4c6b-b4d3-f71244cadbe9",
           *       "languages": {},
           *       "default_idle_timeout_in_seconds": 0
           *     }
           */
          'application/json': components['schemas']['Workspace'];
        };
      };
      401: components['responses']['Unauthorized'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
    };
  };
  getWorkspaces: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "name": "Example",
           *       "workspace_id": "0967198e-ec7b-4c6b-b4d3-f71244cadbe9",
           *       "languages": {},
           *       "default_idle_timeout_in_seconds": 0
           *     }
           */
          'application/json': components['schemas']['Workspace'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  deleteWorkspaces: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body. */
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
  workspacesSearchCount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "search_count": 0
           *     }
           */
          'application/json': {
            search_count: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  workspacesSearchHistory: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description The page, 1-based. */
        page_number?: number;
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "search_history_id": "b2b052b6-7da3-47fd-870c-46ab993f9791",
           *           "query": "example query",
           *           "pipeline_name": "example-pipeline",
           *           "time": "2019-08-24T14:15:22Z",
           *           "duration": 0
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['SearchHistoryEntry'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  workspacesStats: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "pipelines": 0,
           *       "files": 0,
           *       "documents": 0
           *     }
           */
          'application/json': {
            pipelines: number;
            files: number;
            documents?: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  listEvalRunTags: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "tag_id": "39c8a0b3-fbe8-4801-95bf-e8a0792edf1d",
           *         "name": "Example"
           *       }
           *     ]
           */
          'application/json': components['schemas']['Tag'][];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  createEvalRunTags: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
        };
      };
    };
    responses: {
      /** @description OK. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "tag_id": "39c8a0b3-fbe8-4801-95bf-e8a0792edf1d",
           *       "name": "Example"
           *     }
           */
          'application/json': components['schemas']['Tag'];
        };
      };
      401: components['responses']['Unauthorized'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
    };
  };
  deleteEvalRunTags: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The tag name. */
        tag_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body. */
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
  updateEvalRunTags: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The tag name. */
        tag_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
        };
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "tag_id": "39c8a0b3-fbe8-4801-95bf-e8a0792edf1d",
           *       "name": "Example"
           *     }
           */
          'application/json': components['schemas']['Tag'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      422: components['responses']['ValidationError'];
    };
  };
  getIndexes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The index name. */
        index_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "pipeline_index_id": "9aba6444-f59d-4f9f-ab7f-2f7e87d5481b",
           *       "name": "Example",
           *       "description": "An example description",
           *       "config_yaml": "components: {}",
           *       "workspace_id": "0967198e-ec7b-4c6b-b4d3-f71244cadbe9",
           *       "settings": {},
           *       "desired_status": "example desired status",
           *       "deployed_at": "2019-08-24T14:15:22Z",
           *       "created_at": "2019-08-24T14:15:22Z",
           *       "updated_at": "2019-08-24T14:15:22Z",
           *       "status": {
           *         "pending_file_count": 0,
           *         "failed_file_count": 0,
           *         "indexed_no_documents_file_count": 0,
           *         "indexed_file_count": 0,
           *         "total_file_count": 0
           *       }
           *     }
           */
          'application/json': components['schemas']['Index'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  getDocuments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The index name. */
        index_name: string;
        /** @description The document id. */
        document_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "docu_1",
           *       "content": "example content",
           *       "meta": {},
           *       "score": 0,
           *       "embedding": [
           *         0
           *       ],
           *       "file": {
           *         "id": "docu_1",
           *         "name": "Example"
           *       },
           *       "result_id": "resu_1"
           *     }
           */
          'application/json': components['schemas']['Document'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  documentsCount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The index name. */
        index_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          filters?: components['schemas']['Filters'];
        };
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 0
           *     }
           */
          'application/json': {
            count: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  listLabelingProjects: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description The page, 1-based. */
        page_number?: number;
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "labeling_project_id": "f83c08eb-b358-4760-9288-da62a02feee3",
           *           "name": "Example",
           *           "description": "An example description",
           *           "created_at": "2019-08-24T14:15:22Z",
           *           "updated_at": "2019-08-24T14:15:22Z"
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['LabelingProject'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  createLabelingProjects: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LabelingProjectCreate'];
      };
    };
    responses: {
      /** @description OK. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "labeling_project_id": "f83c08eb-b358-4760-9288-da62a02feee3",
           *       "name": "Example",
           *       "description": "An example description",
           *       "created_at": "2019-08-24T14:15:22Z",
           *       "updated_at": "2019-08-24T14:15:22Z"
           *     }
           */
          'application/json': components['schemas']['LabelingProject'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  getLabelingProjects: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The labeling project id. */
        labeling_project_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "labeling_project_id": "f83c08eb-b358-4760-9288-da62a02feee3",
           *       "name": "Example",
           *       "description": "An example description",
           *       "created_at": "2019-08-24T14:15:22Z",
           *       "updated_at": "2019-08-24T14:15:22Z"
           *     }
           */
          'application/json': components['schemas']['LabelingProject'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  updateLabelingProjects: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The labeling project id. */
        labeling_project_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LabelingProjectCreate'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "labeling_project_id": "f83c08eb-b358-4760-9288-da62a02feee3",
           *       "name": "Example",
           *       "description": "An example description",
           *       "created_at": "2019-08-24T14:15:22Z",
           *       "updated_at": "2019-08-24T14:15:22Z"
           *     }
           */
          'application/json': components['schemas']['LabelingProject'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  deleteLabelingProjects: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The labeling project id. */
        labeling_project_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body. */
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
  listPipelineTemplates: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description The page, 1-based. */
        page_number?: number;
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "pipeline_template_id": "temp_1",
           *           "name": "Example",
           *           "description": "An example description",
           *           "query_yaml": "components: {}",
           *           "indexing_yaml": "components: {}",
           *           "tags": [
           *             "example tag"
           *           ]
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['PipelineTemplate'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  pipelinesListLogs: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description Cursor: items after this id. */
        after?: string;
        /** @description OData filter, e.g. `level eq 'error'`. */
        filter?: string;
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "log_id": "log_1",
           *           "level": "example level",
           *           "message": "example message",
           *           "logged_at": "2019-08-24T14:15:22Z"
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['PipelineLog'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  pipelinesListMetaKeys: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       "example"
           *     ]
           */
          'application/json': string[];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  pipelinesListMetaValues: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
        /** @description The field name. */
        field_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       null
           *     ]
           */
          'application/json': unknown[];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  pipelinesAggregateMeta: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
        /** @description The meta field. */
        meta_field: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "min": null,
           *       "max": null
           *     }
           */
          'application/json': {
            min: unknown;
            max: unknown;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  pipelinesSearchHistory: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description The page, 1-based. */
        page_number?: number;
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The pipeline name. */
        pipeline_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "search_history_id": "b2b052b6-7da3-47fd-870c-46ab993f9791",
           *           "query": "example query",
           *           "pipeline_name": "example-pipeline",
           *           "time": "2019-08-24T14:15:22Z",
           *           "duration": 0
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['SearchHistoryEntry'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  listSearchSessions: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description The page, 1-based. */
        page_number?: number;
        /** @description Cursor: items older than this id. */
        before?: string;
        /** @description Cursor: items after this id. */
        after?: string;
        pipeline_id?: string;
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "search_session_id": "a379c948-8fdf-468c-9987-6be48d07358c",
           *           "pipeline_id": "ec036e81-7903-4e4d-bbfa-ac8516341cf0",
           *           "created_at": "2019-08-24T14:15:22Z"
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['SearchSession'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  createSearchSessions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          pipeline_id: string;
        };
      };
    };
    responses: {
      /** @description OK. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "search_session_id": "a379c948-8fdf-468c-9987-6be48d07358c"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            search_session_id: string;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  listSharedPrototypes: {
    parameters: {
      query?: {
        /** @description Items per page. */
        limit?: number;
        /** @description The page, 1-based. */
        page_number?: number;
      };
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "shared_prototype_id": "404d1d20-af3a-4582-a3b5-b7849e2f1b92",
           *           "pipeline_names": [
           *             "example-pipeline"
           *           ],
           *           "expiration_time": "2019-08-24T14:15:22Z",
           *           "brand_color": "example brand color",
           *           "is_revoked": true,
           *           "created_at": "2019-08-24T14:15:22Z",
           *           "link": "https://example.com/resource"
           *         }
           *       ],
           *       "has_more": false,
           *       "total": 1
           *     }
           */
          'application/json': {
            data: components['schemas']['SharedPrototype'][];
            has_more: boolean;
            total: number;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  createSharedPrototypes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SharedPrototypeCreate'];
      };
    };
    responses: {
      /** @description OK. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "shared_prototype_id": "404d1d20-af3a-4582-a3b5-b7849e2f1b92",
           *       "pipeline_names": [
           *         "example-pipeline"
           *       ],
           *       "expiration_time": "2019-08-24T14:15:22Z",
           *       "brand_color": "example brand color",
           *       "is_revoked": true,
           *       "created_at": "2019-08-24T14:15:22Z",
           *       "link": "https://example.com/resource"
           *     }
           */
          'application/json': components['schemas']['SharedPrototype'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  getSharedPrototypes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The shared prototype id. */
        shared_prototype_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "shared_prototype_id": "404d1d20-af3a-4582-a3b5-b7849e2f1b92",
           *       "pipeline_names": [
           *         "example-pipeline"
           *       ],
           *       "expiration_time": "2019-08-24T14:15:22Z",
           *       "brand_color": "example brand color",
           *       "is_revoked": true,
           *       "created_at": "2019-08-24T14:15:22Z",
           *       "link": "https://example.com/resource"
           *     }
           */
          'application/json': components['schemas']['SharedPrototype'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  deleteSharedPrototypes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The shared prototype id. */
        shared_prototype_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no body. */
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
  updateSharedPrototypes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
        /** @description The shared prototype id. */
        shared_prototype_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SharedPrototypeCreate'];
      };
    };
    responses: {
      /** @description OK. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "shared_prototype_id": "404d1d20-af3a-4582-a3b5-b7849e2f1b92",
           *       "pipeline_names": [
           *         "example-pipeline"
           *       ],
           *       "expiration_time": "2019-08-24T14:15:22Z",
           *       "brand_color": "example brand color",
           *       "is_revoked": true,
           *       "created_at": "2019-08-24T14:15:22Z",
           *       "link": "https://example.com/resource"
           *     }
           */
          'application/json': components['schemas']['SharedPrototype'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
  sharedPrototypesCreateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The workspace; the client fills it from its `workspace` option unless the call
         * names another.
         */
        workspace_name: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          shared_prototype_id: string;
          /** Format: email */
          email: string;
        };
      };
    };
    responses: {
      /** @description OK. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "user_id": "a169451c-8525-4352-b8ca-070dd449a1a5",
           *       "shared_prototype_id": "404d1d20-af3a-4582-a3b5-b7849e2f1b92",
           *       "email": "ada@example.com"
           *     }
           */
          'application/json': {
            /** Format: uuid */
            user_id: string;
            /** Format: uuid */
            shared_prototype_id: string;
            email?: string;
          };
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      422: components['responses']['ValidationError'];
    };
  };
}
