// Generated from specs/inference.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
export interface paths {
  '/v1/action-groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get all action groups
     * @description Retrieve a list of action groups with pagination
     */
    get: operations['listActionGroups'];
    put?: never;
    /**
     * Create action group
     * @description Create a new action group
     */
    post: operations['createActionGroup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/action-groups/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get action group
     * @description Retrieve an action group by ID
     */
    get: operations['getActionGroup'];
    /**
     * Update action group
     * @description Update an action group by ID
     */
    put: operations['updateActionGroup'];
    post?: never;
    /**
     * Delete action group
     * @description Delete an action group by ID
     */
    delete: operations['deleteActionGroup'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get all actions
     * @description Retrieve a list of actions with pagination
     */
    get: operations['listActions'];
    put?: never;
    /**
     * Create action
     * @description Create a new action
     */
    post: operations['createAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/actions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get action
     * @description Retrieve an action by ID
     */
    get: operations['getAction'];
    /**
     * Update action
     * @description Update an action by ID
     */
    put: operations['updateAction'];
    post?: never;
    /**
     * Delete action
     * @description Delete an action by ID
     */
    delete: operations['deleteAction'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/arguments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find all arguments
     * @description Find all arguments with optional query parameters. Answers a bare array; a page past
     * the end is empty.
     */
    get: operations['listArguments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/arguments/completions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create argument completion
     * @description Generate an argument completion based on provided messages and parameters. The
     * argument is stored (see Find an argument) with its review pending.
     */
    post: operations['createArgumentCompletion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/arguments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find an argument
     * @description Find an argument by ID
     */
    get: operations['getArgument'];
    /**
     * Update an argument
     * @description Update an argument by ID. Possible review status values: pending, waiting_review,
     * success, failed, reviewing
     */
    put: operations['updateArgument'];
    post?: never;
    /**
     * Delete an argument
     * @description Delete an argument by ID
     */
    delete: operations['deleteArgument'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/benchmarks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get all benchmarks
     * @description Retrieve a list of benchmarks with pagination
     */
    get: operations['listBenchmarks'];
    put?: never;
    /**
     * Create benchmark
     * @description Create a new benchmark
     */
    post: operations['createBenchmark'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/benchmarks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get benchmark
     * @description Retrieve a benchmark by ID
     */
    get: operations['getBenchmark'];
    /**
     * Update benchmark
     * @description Update a benchmark by ID
     */
    put: operations['updateBenchmark'];
    post?: never;
    /**
     * Delete benchmark
     * @description Delete a benchmark by ID
     */
    delete: operations['deleteBenchmark'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/chats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List chats
     * @description Retrieve a paginated list of chat conversations, optionally filtered by name
     */
    get: operations['listChats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/chat/completions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create chat completion
     * @description Generate a chat completion based on provided messages and parameters. With `stream:
     * true` the answer is a `text/event-stream` of chunks ending with `data: [DONE]`; the chat and its
     * history are kept either way.
     */
    post: operations['createChatCompletion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/chats/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get chat history
     * @description Retrieve a chat conversation by its unique identifier
     */
    get: operations['getChat'];
    /**
     * Update chat
     * @description Update an chat by ID
     */
    put: operations['updateChat'];
    post?: never;
    /**
     * Delete chat
     * @description Delete an chat by ID
     */
    delete: operations['deleteChat'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/chats/{id}/window': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get chat history window
     * @description Retrieve a chat with a window of the conversation: its latest messages rather than the
     * whole history.
     */
    get: operations['getChatWindow'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/checkpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List checkpoints
     * @description List checkpoints by ID
     */
    get: operations['listCheckpoints'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/clusters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get cluster
     * @description Retrieve a cluster by space: its live state (inference, ingress, nodes, resources).
     */
    get: operations['getCluster'];
    /**
     * Update cluster
     * @description Update a cluster by space
     */
    put: operations['updateCluster'];
    /**
     * Create cluster
     * @description Create a new cluster
     */
    post: operations['createCluster'];
    /**
     * Delete cluster
     * @description Delete a cluster by space
     */
    delete: operations['deleteCluster'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connectors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List connectors
     * @description Retrieve a list of connectors with pagination
     */
    get: operations['listConnectors'];
    put?: never;
    /**
     * Create connector
     * @description Create a new connector
     */
    post: operations['createConnector'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connectors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get connector
     * @description Retrieve a connector by ID
     */
    get: operations['getConnector'];
    put?: never;
    post?: never;
    /**
     * Delete connector
     * @description Delete a connector by ID
     */
    delete: operations['deleteConnector'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connectors/{id}/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List files in a connector (S3)
     * @description List files for a connector by ID (currently supports S3 connectors)
     */
    get: operations['listConnectorFiles'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connectors/{id}/scan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Scan connector
     * @description Scan a connector by ID
     */
    post: operations['scanConnector'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/data-models': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get all data models
     * @description Retrieve a list of data models with pagination
     */
    get: operations['listDataModels'];
    put?: never;
    /**
     * Create data model
     * @description Create a new data model
     */
    post: operations['createDataModel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/data-models/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get data model
     * @description Retrieve a data model by ID
     */
    get: operations['getDataModel'];
    /**
     * Update data model
     * @description Update a data model by ID
     */
    put: operations['updateDataModel'];
    post?: never;
    /**
     * Delete data model
     * @description Delete a data model by ID
     */
    delete: operations['deleteDataModel'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/evaluations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create evaluation
     * @description Create a new evaluation of a checkpoint against a benchmark.
     */
    post: operations['createEvaluation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/experts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List all experts
     * @description Get a comprehensive list of all available experts
     */
    get: operations['listExperts'];
    put?: never;
    /**
     * Create expert
     * @description Create a new expert with custom configuration and prompt templates
     */
    post: operations['createExpert'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/experts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get expert details
     * @description Retrieve a specific expert's complete configuration by ID
     */
    get: operations['getExpert'];
    /**
     * Update expert configuration
     * @description Modify an existing expert's configuration by ID
     */
    put: operations['updateExpert'];
    post?: never;
    /**
     * Delete expert
     * @description Permanently remove an expert configuration by ID
     */
    delete: operations['deleteExpert'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/inference-logs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get inference logs
     * @description Retrieve paginated inference logs with various filtering options
     */
    get: operations['listInferenceLogs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/inference-logs/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get inference logs summary
     * @description Retrieve aggregated statistics for inference logs within a specified time period
     */
    get: operations['getInferenceLogsSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/insights': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create Insight
     * @description Create a new Insight conversation
     */
    post: operations['createInsight'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/leaderboards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List leaderboards
     * @description Retrieve a paginated list of leaderboards with rankings based on checkpoint
     * performance
     */
    get: operations['listLeaderboards'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/users/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get logged user informations
     * @description Get logged user informations
     */
    get: operations['getCurrentUser'];
    /**
     * Update user
     * @description Update user
     */
    put: operations['updateCurrentUser'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/users/permissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add permissions to a user
     * @description Add permissions to a user. The seed gives no parameters and no body: the permissions
     * granted are those of the invites the logged-in user accepted.
     */
    post: operations['addUserPermissions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/users/accept-invite': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept invite
     * @description Accept invite: joins the spaces the logged-in user's email was invited to.
     */
    post: operations['acceptInvite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List inference models
     * @description Retrieve a list of available inference models from the inference server
     */
    get: operations['listModels'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List personas
     * @description Get a paginated list of all personas
     */
    get: operations['listPersonas'];
    put?: never;
    /**
     * Create persona
     * @description Create a new persona with provided data
     */
    post: operations['createPersona'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personas/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get persona details
     * @description Retrieve a specific persona by ID
     */
    get: operations['getPersona'];
    /**
     * Update persona
     * @description Modify an existing persona by ID
     */
    put: operations['updatePersona'];
    post?: never;
    /**
     * Delete persona
     * @description Permanently remove a persona by ID
     */
    delete: operations['deletePersona'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personas/completions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Generate persona completion
     * @description Create a persona completion based on prompt and existing data
     */
    post: operations['createPersonaCompletion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personas/upload': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload persona files
     * @description Process files to extract and create personas. The personas are held until the upload
     * is confirmed with its `upload_token`.
     */
    post: operations['uploadPersonaFiles'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/personas/upload/{upload_token}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm pending persona upload
     * @description Finalize a pending persona upload with conflict resolution strategy
     */
    post: operations['confirmPersonaUpload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/spaces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get all spaces
     * @description Retrieve all spaces
     */
    get: operations['listSpaces'];
    put?: never;
    /**
     * Create space
     * @description Create a new space
     */
    post: operations['createSpace'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/spaces/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get space
     * @description Retrieve a space by ID
     */
    get: operations['getSpace'];
    /**
     * Update space
     * @description Update a space by ID
     */
    put: operations['updateSpace'];
    post?: never;
    /**
     * Delete space
     * @description Delete a space by ID (it can be restored).
     */
    delete: operations['deleteSpace'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/spaces/{id}/invite': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Invite space
     * @description Invite a user to a space
     */
    post: operations['inviteToSpace'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/spaces/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Restore space
     * @description Restore a deleted space by ID
     */
    post: operations['restoreSpace'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/trainings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get all trainings
     * @description Retrieve a list of training jobs with pagination
     */
    get: operations['listTrainings'];
    put?: never;
    /**
     * Create training
     * @description Create a new training job
     */
    post: operations['createTraining'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/trainings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get training
     * @description Retrieve a training job by ID
     */
    get: operations['getTraining'];
    /**
     * Update training
     * @description Update a training job by ID
     */
    put: operations['updateTraining'];
    post?: never;
    /**
     * Delete training
     * @description Delete a training job by ID
     */
    delete: operations['deleteTraining'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Webhook to receive status updates
     * @description Receives status updates for all entities (webhook endpoint). The seed lists this among
     * the API's own routes: a client can post an update to it (with its API key, as every route). To
     * receive the updates NeoSpace posts to your endpoint, parse and check them with `parseStatusUpdate`
     * from `@org/inference-client/validate`.
     */
    post: operations['receiveStatusUpdate'];
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
    /** @enum {string} */
    ErrorType: 'authentication_error' | 'invalid_request_error' | 'rate_limit_error' | 'api_error';
    ErrorDetail: {
      type: components['schemas']['ErrorType'];
      /** @description A human-readable message explaining the error. */
      message: string;
      /**
       * @description An application-specific code: `invalid_api_key`, `missing_param`,
       * `invalid_param_value`, `rate_limit_exceeded`, ...
       */
      code: string;
      /** @description The parameter that caused the error, when there is one. */
      param?: string;
      /** @description The HTTP status. */
      status: number;
      /** @description Unique request id for support. */
      request_id: string;
      /** @description Seconds to wait before retrying; sent with 429 rate_limit_exceeded. */
      retryAfter?: number;
    };
    /** @description NeoSpace's error envelope (docs.neospace.ai/docs/getting-started/errors). */
    Error: {
      error: components['schemas']['ErrorDetail'];
    };
    Deleted: {
      /** @description The id of the record deleted (or restored). */
      id: string;
    };
    /** @description A group of actions. */
    ActionGroup: {
      id: string;
      name: string;
      description: string;
      created_at?: string;
      updated_at?: string;
    };
    ActionGroupCreate: {
      description: string;
      name: string;
    };
    ActionGroupUpdate: {
      description?: string;
      name?: string;
    };
    /** @description One page of action groups. */
    ActionGroupPage: {
      /** @description How many records match (read as the total; see x-sdk-notes). */
      count?: number;
      data: components['schemas']['ActionGroup'][];
      /** @description Whether another page follows; ask for it with `after=<id of the last item>`. */
      has_more: boolean;
    };
    /** @enum {string} */
    ActionPriority: 'very_low' | 'low' | 'medium' | 'high' | 'very_high';
    /** @enum {string} */
    ActionStatus: 'archived' | 'draft' | 'active' | 'inactive';
    /** @description An action (a campaign step) that insights and arguments are built for. */
    Action: {
      id: string;
      channel?: string;
      channel_template?: string;
      custom_insights?: string;
      description: string;
      end_date?: string;
      model_id?: string;
      name: string;
      priority: components['schemas']['ActionPriority'];
      start_date?: string;
      status?: components['schemas']['ActionStatus'];
      type: string;
      /** @description The id of the action group the action belongs to. */
      group?: string;
      created_at?: string;
      updated_at?: string;
    };
    ActionCreate: {
      channel?: string;
      channel_template?: string;
      custom_insights?: string;
      description: string;
      end_date?: string;
      model_id?: string;
      name: string;
      priority: components['schemas']['ActionPriority'];
      start_date?: string;
      status?: components['schemas']['ActionStatus'];
      type: string;
    };
    ActionUpdate: {
      channel?: string;
      channel_template?: string;
      custom_insights?: string;
      description?: string;
      /** Format: date-time */
      end_date?: string;
      model_id?: string;
      name?: string;
      priority?: components['schemas']['ActionPriority'];
      /** Format: date-time */
      start_date?: string;
      status?: components['schemas']['ActionStatus'];
      type?: string;
      /** @description Moves the action into this action group. */
      group?: string;
    };
    /** @description One page of actions. */
    ActionPage: {
      /** @description How many records match (read as the total; see x-sdk-notes). */
      count?: number;
      data: components['schemas']['Action'][];
      /** @description Whether another page follows; ask for it with `after=<id of the last item>`. */
      has_more: boolean;
    };
    /** @enum {string} */
    ArgumentReviewStatus: 'pending' | 'waiting_review' | 'success' | 'failed' | 'reviewing';
    /** @description The human review of an argument (model.ArgumentReview). */
    ArgumentReview: {
      status?: components['schemas']['ArgumentReviewStatus'];
    } & {
      [key: string]: unknown;
    };
    /**
     * @description What the insight behind an argument is about (model.InsightSpec). The seed shows no
     * fields.
     */
    InsightSpec: {
      [key: string]: unknown;
    };
    /** @description The product an argument is for (model.ProductSpec). The seed shows no fields. */
    ProductSpec: {
      [key: string]: unknown;
    };
    /** @description The client (customer) an argument is for. The seed shows an object with no fields. */
    ArgumentClient: {
      [key: string]: unknown;
    };
    /** @description A generated sales argument with its review. */
    Argument: {
      id: string;
      /** @description The storage id; the seed shows it next to `id` on reads. */
      _id?: string;
      action_id?: string;
      /** @description The generated argument. */
      argument?: string;
      /** @description The model's reasoning behind the argument. */
      argument_thinking?: string;
      client?: components['schemas']['ArgumentClient'];
      insight_spec?: components['schemas']['InsightSpec'];
      product?: components['schemas']['ProductSpec'];
      review?: components['schemas']['ArgumentReview'];
      /** @description How long the completion took (sent on create). */
      duration?: number;
      /** @description Why the completion failed, when it did. */
      error?: string;
      /** @description The space the argument belongs to. */
      space?: string;
      deleted_at?: string;
      created_at?: string;
      updated_at?: string;
    };
    ArgumentCompletionRequest: {
      action_id?: string;
      client: components['schemas']['ArgumentClient'];
      echo?: boolean;
      insight_spec: components['schemas']['InsightSpec'];
      max_tokens?: number;
      model: string;
      product: components['schemas']['ProductSpec'];
      temperature?: number;
      top_p?: number;
    };
    ArgumentUpdate: {
      action_id?: string;
      argument?: string;
      argument_thinking?: string;
      client?: components['schemas']['ArgumentClient'];
      insight_spec?: components['schemas']['InsightSpec'];
      product?: components['schemas']['ProductSpec'];
      review?: components['schemas']['ArgumentReview'];
    };
    /** @enum {string} */
    Metric: 'accuracy' | 'f1' | 'precision' | 'recall' | 'roc_auc' | 'log_loss' | 'ks' | 'gini';
    /**
     * @description A connector (and what of it) used as training or benchmark data
     * (request.ConnectorTraining). The seed names the type but shows no fields.
     */
    ConnectorTraining: {
      [key: string]: unknown;
    };
    /**
     * @description A connector change for a training (request.UpdateConnectorTraining). The seed names
     * the type but shows no fields.
     */
    UpdateConnectorTraining: {
      [key: string]: unknown;
    };
    Benchmark: {
      id: string;
      name: string;
      description: string;
      task: string;
      metrics: components['schemas']['Metric'][];
      connectors?: components['schemas']['ConnectorTraining'][];
      created_at?: string;
      updated_at?: string;
      created_by?: string;
      updated_by?: string;
    };
    BenchmarkCreate: {
      connectors: components['schemas']['ConnectorTraining'][];
      description: string;
      metrics: components['schemas']['Metric'][];
      name: string;
      task: string;
    };
    BenchmarkUpdate: {
      /** @description A connector id (the seed has a single string here, unlike create). */
      connector?: string;
      description?: string;
      metrics?: components['schemas']['Metric'][];
      name?: string;
      task?: string;
    };
    /** @description One page of benchmarks. */
    BenchmarkPage: {
      /** @description How many records match (read as the total; see x-sdk-notes). */
      count?: number;
      data: components['schemas']['Benchmark'][];
      /** @description Whether another page follows; ask for it with `after=<id of the last item>`. */
      has_more: boolean;
    };
    /** @enum {string} */
    ChatRole: 'system' | 'user' | 'assistant' | 'tool';
    /** @description One message of a conversation (request.Message / model.Message). */
    ChatMessage: {
      role: components['schemas']['ChatRole'];
      content: string;
    } & {
      [key: string]: unknown;
    };
    /** @description Token counts of one completion. */
    ChatUsage: {
      prompt_tokens?: number;
      completion_tokens?: number;
      total_tokens?: number;
    };
    ChatChoice: {
      index: number;
      message: components['schemas']['ChatMessage'];
      /** @enum {string} */
      finish_reason?: 'stop' | 'length' | 'content_filter';
    };
    ChatCompletionRequest: {
      echo?: boolean;
      /** @description Experts to consult (see experts). */
      expert_ids?: string[];
      guard_enabled?: boolean;
      guard_reasoning_enabled?: boolean;
      /** @description The chat to continue; without it a new chat is started. */
      id?: string;
      max_tokens?: number;
      messages: components['schemas']['ChatMessage'][];
      /** @description Your own key-values, kept with the chat. */
      metadata?: {
        [key: string]: unknown;
      };
      model?: string;
      /** @description A name for a new chat. */
      name?: string;
      router_enabled?: boolean;
      router_reasoning_enabled?: boolean;
      /** @description Answer as a `text/event-stream` of chunks instead of one JSON body. */
      stream?: boolean;
      tags?: string[];
      temperature?: number;
      top_p?: number;
      type?: string;
      /** @description Your end user, for the inference logs. */
      user?: string;
    };
    /** @description A chat completion (model.ChatResponse). */
    ChatCompletion: {
      /** @description The chat the completion belongs to (pass it as `id` to continue). */
      id: string;
      /** @description `chat.completion`. */
      object?: string;
      created_at?: string;
      model?: string;
      choices: components['schemas']['ChatChoice'][];
      usage?: components['schemas']['ChatUsage'];
      /** @description What the guard model decided, when `guard_enabled`. The seed shows no fields. */
      guard?: {
        [key: string]: unknown;
      };
      /**
       * @description Which expert the router chose, when `router_enabled`. The seed shows no fields.
       */
      router?: {
        [key: string]: unknown;
      };
    };
    /** @description One streamed piece of a chat completion: append `choices[0].delta.content`. */
    ChatCompletionChunk: {
      id: string;
      /** @description `chat.completion.chunk`. */
      object?: string;
      created_at?: string;
      model?: string;
      choices: {
        index: number;
        delta: {
          role?: components['schemas']['ChatRole'];
          content?: string;
        } & {
          [key: string]: unknown;
        };
        /** @enum {string|null} */
        finish_reason?: 'stop' | 'length' | 'content_filter' | null;
      }[];
      usage?: components['schemas']['ChatUsage'];
    };
    /** @description A chat conversation with its history. */
    Chat: {
      id: string;
      name?: string;
      messages?: components['schemas']['ChatMessage'][];
      created_at?: string;
    };
    ChatUpdate: {
      guard_enabled?: boolean;
      last_response?: components['schemas']['ChatCompletion'];
      max_tokens?: number;
      messages?: components['schemas']['ChatMessage'][];
      model?: string;
      name?: string;
      router_enabled?: boolean;
      temperature?: number;
    };
    /** @description One page of chats (their messages may be left out). */
    ChatPage: {
      /** @description How many records match (read as the total; see x-sdk-notes). */
      count?: number;
      data: components['schemas']['Chat'][];
      /** @description Whether another page follows; ask for it with `after=<id of the last item>`. */
      has_more: boolean;
    };
    /**
     * @description A model checkpoint written by a training, ranked on leaderboards and evaluated against
     * benchmarks.
     */
    Checkpoint: {
      id: string;
      name?: string;
      training_id?: string;
      created_at?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description One page of checkpoints. */
    CheckpointPage: {
      /** @description How many records match (read as the total; see x-sdk-notes). */
      count?: number;
      data: components['schemas']['Checkpoint'][];
      /** @description Whether another page follows; ask for it with `after=<id of the last item>`. */
      has_more: boolean;
    };
    /** @description The space's GPU cluster registration (one per space). */
    Cluster: {
      id: string;
      name?: string;
      ingress_url: string;
      manager_url: string;
      token?: string;
      created_at?: string;
      updated_at?: string;
    };
    ClusterCreate: {
      ingress_url: string;
      manager_url: string;
      name?: string;
      token?: string;
    };
    ClusterUpdate: {
      ingress_url?: string;
      manager_url?: string;
      token?: string;
    };
    /** @description The live state of the space's cluster. */
    ClusterState: {
      /** @description The inference service of the cluster. */
      inference?: {
        [key: string]: unknown;
      };
      /** @description The ingress of the cluster. */
      ingress?: {
        [key: string]: unknown;
      };
      nodes?: {
        [key: string]: unknown;
      }[];
      /** @description Capacity and use (GPUs, memory). */
      resources?: {
        [key: string]: unknown;
      };
    };
    /** @enum {string} */
    ConnectorType: 'aws-s3';
    /** @description Where and how to reach the S3 bucket (request.S3Config). */
    S3Config: {
      bucket?: string;
      region?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description A data source (today: an S3 bucket) for trainings and benchmarks. */
    Connector: {
      id: string;
      name: string;
      provider?: string;
      region?: string;
      status?: string;
      created_at?: string;
      created_by?: string;
    };
    ConnectorCreate: {
      name: string;
      s3?: components['schemas']['S3Config'];
      type: components['schemas']['ConnectorType'];
    };
    /** @description One page of connectors. */
    ConnectorPage: {
      /** @description How many records match (read as the total; see x-sdk-notes). */
      count?: number;
      data: components['schemas']['Connector'][];
      /** @description Whether another page follows; ask for it with `after=<id of the last item>`. */
      has_more: boolean;
    };
    /** @description One object in the bucket. */
    ConnectorFile: {
      [key: string]: unknown;
    };
    ConnectorScanRequest: {
      /** @description Keys to scan; all files when left out. */
      files?: string[];
    };
    DataModel: {
      id: string;
      name: string;
      description?: string;
      created_at?: string;
      updated_at?: string;
    };
    DataModelCreate: {
      description?: string;
      name: string;
    };
    DataModelUpdate: {
      description?: string;
      name?: string;
    };
    /** @description One page of data models. */
    DataModelPage: {
      /** @description How many records match (read as the total; see x-sdk-notes). */
      count?: number;
      data: components['schemas']['DataModel'][];
      /** @description Whether another page follows; ask for it with `after=<id of the last item>`. */
      has_more: boolean;
    };
    Evaluation: {
      id: string;
      benchmark_id: string;
      checkpoint_id: string;
      gpu_count: number;
      /** @description The scores, once the evaluation has run. The seed shows no fields. */
      result?: {
        [key: string]: unknown;
      };
      created_at?: string;
      updated_at?: string;
      created_by?: string;
      updated_by?: string;
    };
    EvaluationCreate: {
      benchmark_id: string;
      checkpoint_id: string;
      gpu_count: number;
    };
    /** @description A tool the expert may call (model.ExpertTool). The seed shows no fields. */
    ExpertTool: {
      [key: string]: unknown;
    };
    /** @description A file given to the expert as context. The seed shows no fields. */
    ExpertFileContext: {
      [key: string]: unknown;
    };
    /** @description A configured expert that chat completions can route to. */
    Expert: {
      id: string;
      /** @description The prompt context of the expert. */
      context?: string;
      description: string;
      file_context?: components['schemas']['ExpertFileContext'][];
      name: string;
      tools?: components['schemas']['ExpertTool'][];
      created_at?: string;
      updated_at?: string;
    };
    ExpertCreate: {
      /** @description The prompt context of the expert. */
      context?: string;
      description: string;
      file_context?: components['schemas']['ExpertFileContext'][];
      name: string;
      tools?: components['schemas']['ExpertTool'][];
    };
    ExpertUpdate: {
      /** @description The prompt context of the expert. */
      context?: string;
      description?: string;
      file_context?: components['schemas']['ExpertFileContext'][];
      name?: string;
      tools?: components['schemas']['ExpertTool'][];
    };
    /** @description One page of experts. */
    ExpertPage: {
      /** @description How many records match (read as the total; see x-sdk-notes). */
      count?: number;
      data: components['schemas']['Expert'][];
      /** @description Whether another page follows; ask for it with `after=<id of the last item>`. */
      has_more: boolean;
    };
    /** @enum {string} */
    InferenceLogStatus: 'success' | 'error';
    /** @description One inference call as logged. */
    InferenceLog: {
      id: string;
      created_at?: string;
      user?: string;
      model?: string;
      status?: components['schemas']['InferenceLogStatus'];
      /** @description What was called: `chat`, `argument`, `insight`, `persona`, ... */
      type?: string;
      tags?: string[];
      correlation_id?: string;
      latency_ms?: number;
      input_tokens?: number;
      output_tokens?: number;
      total_tokens?: number;
      error?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description One page of inference logs. */
    InferenceLogPage: {
      /** @description How many records match (read as the total; see x-sdk-notes). */
      count?: number;
      data: components['schemas']['InferenceLog'][];
      /** @description Whether another page follows; ask for it with `after=<id of the last item>`. */
      has_more: boolean;
    };
    /** @description Aggregates over the inference logs of a period. */
    InferenceLogsSummary: {
      avg_latency_ms?: number;
      input_tokens?: number;
      /**
       * @description Usage per model name. The seed shows `{}`; the mock sends `{calls, input_tokens,
       * output_tokens, total_tokens}` per model.
       */
      model_usage?: {
        [key: string]: unknown;
      };
      output_tokens?: number;
      period_end_date?: string;
      period_start_date?: string;
      /**
       * @description Share of successful calls. Whether a fraction or a percentage is not documented;
       * the mock sends a fraction (0 to 1).
       */
      success_rate?: number;
      total_calls?: number;
      total_tokens?: number;
    };
    InsightCreate: {
      /** @description Ids of the actions to consider. */
      actions?: string[];
      /** @description The client (customer) the insight is for. */
      client?: string;
      echo?: boolean;
      max_tokens?: number;
      model?: string;
      temperature?: number;
      top_p?: number;
    };
    /**
     * @description An insight about a client: which action, which channel, when, and the argument for it.
     */
    Insight: {
      id: string;
      /** @description The actions considered (a string in the seed). */
      actions?: string;
      argument?: string;
      argument_content?: string;
      argument_thinking?: string;
      best_channel?: string;
      best_time?: string;
      elapsed_time_in_seconds?: number;
      error?: string;
      finish_reason?: string;
      insight?: string;
      thinking?: string;
      timeliness?: string;
      type?: string;
      usage?: components['schemas']['ChatUsage'];
    };
    /** @description One ranked checkpoint. */
    LeaderboardEntry: {
      /** @description The checkpoint id. */
      id: string;
      /** @description The checkpoint name. */
      name?: string;
      rank?: number;
      training_id?: string;
      /** @description Score per metric name. */
      metrics?: {
        [key: string]: number;
      };
      benchmark_ids?: string[];
      created_at?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description One page of the leaderboard. */
    LeaderboardPage: {
      /** @description How many records match (read as the total; see x-sdk-notes). */
      count?: number;
      data: components['schemas']['LeaderboardEntry'][];
      /** @description Whether another page follows; ask for it with `after=<id of the last item>`. */
      has_more: boolean;
    };
    /** @enum {string} */
    UserRole: 'designer' | 'developer';
    /** @enum {string} */
    UserPermission:
      | 'benchmarks:create'
      | 'benchmarks:get'
      | 'benchmarks:list'
      | 'evaluations:create'
      | 'leaderboards:list'
      | 'trainings:create'
      | 'trainings:delete'
      | 'trainings:get'
      | 'trainings:list'
      | 'trainings:update'
      | 'data-models:create'
      | 'data-models:delete'
      | 'data-models:get'
      | 'data-models:list'
      | 'data-models:update';
    /** @description A user. */
    User: {
      id: string;
      email: string;
      external_id?: string;
      first_name?: string;
      last_name?: string;
      role?: components['schemas']['UserRole'];
    };
    /** @description The logged-in user, with permissions and spaces. */
    CurrentUser: {
      id: string;
      email: string;
      external_id?: string;
      first_name?: string;
      last_name?: string;
      role?: components['schemas']['UserRole'];
      permissions?: components['schemas']['UserPermission'][];
      /** @description The ids of the spaces the user belongs to. */
      spaces?: string[];
    };
    UserUpdate: {
      first_name?: string;
      last_name?: string;
      role?: components['schemas']['UserRole'];
    };
    UserPermissions: {
      permissions: components['schemas']['UserPermission'][];
    };
    AcceptInviteResponse: {
      /** @description Empty when the invites were accepted. */
      error?: string;
    };
    /** @description A model the inference server can run; pass its `id` as `model`. */
    InferenceModel: {
      id: string;
      object?: string;
      owned_by?: string;
      created?: number;
    } & {
      [key: string]: unknown;
    };
    /** @description The models, all at once. */
    InferenceModelList: {
      /** @description How many records match (read as the total; see x-sdk-notes). */
      count?: number;
      data: components['schemas']['InferenceModel'][];
      /** @description Whether another page follows; ask for it with `after=<id of the last item>`. */
      has_more: boolean;
    };
    /** @description A customer persona. */
    Persona: {
      id: string;
      birthdate?: string;
      /** @description Anything else known about the persona. */
      data?: {
        [key: string]: unknown;
      };
      name: string;
      notes?: string;
      created_at?: string;
      updated_at?: string;
      created_by?: string;
      updated_by?: string;
    };
    PersonaCreate: {
      birthdate: string;
      /** @description Anything else known about the persona. */
      data?: {
        [key: string]: unknown;
      };
      name: string;
      notes: string;
    };
    PersonaUpdate: {
      birthdate?: string;
      /** @description Anything else known about the persona. */
      data?: {
        [key: string]: unknown;
      };
      name?: string;
      notes?: string;
    };
    /** @description One page of personas. */
    PersonaPage: {
      /** @description How many records match (read as the total; see x-sdk-notes). */
      count?: number;
      data: components['schemas']['Persona'][];
      /** @description Whether another page follows; ask for it with `after=<id of the last item>`. */
      has_more: boolean;
    };
    PersonaCompletionRequest: {
      /** @description The persona as it stands (fields of a persona). */
      current_persona?: {
        [key: string]: unknown;
      };
      history?: {
        [key: string]: unknown;
      }[];
      prompt?: string;
    };
    /**
     * @description The completed persona. The seed shows `{ }`: an object whose fields it does not name.
     */
    PersonaCompletion: {
      [key: string]: unknown;
    };
    PersonaUploadResult: {
      /** @description How many personas in the files clash with existing ones. */
      conflict_personas?: number;
      message?: string;
      /** @description `pending` until the upload is confirmed. */
      status?: string;
      /** @description How many personas the files hold. */
      total?: number;
      /** @description Pass it to confirm the upload. */
      upload_token: string;
    };
    /**
     * @description For a persona that clashes with an existing one: replace it, add a second one, or
     * leave it out.
     * @enum {string}
     */
    ConflictResolution: 'overwrite' | 'create' | 'skip';
    PersonaUploadConfirm: {
      conflict_resolution?: components['schemas']['ConflictResolution'];
    };
    PersonaUploadConfirmation: {
      conflicts_resolved?: number;
      message?: string;
      status?: string;
      total_uploaded?: number;
    };
    /** @description A workspace: users, permissions and everything they create. */
    Space: {
      id: string;
      name: string;
      description?: string;
      created_at?: string;
      updated_at?: string;
      created_by?: string;
      updated_by?: string;
    };
    SpaceCreate: {
      description: string;
      name: string;
    };
    SpaceUpdate: {
      description?: string;
      name?: string;
    };
    /** @description One page of spaces. */
    SpacePage: {
      /** @description How many records match (read as the total; see x-sdk-notes). */
      count?: number;
      data: components['schemas']['Space'][];
      /** @description Whether another page follows; ask for it with `after=<id of the last item>`. */
      has_more: boolean;
    };
    SpaceInvite: {
      emails: string[];
      roles: components['schemas']['UserPermission'][];
    };
    SpaceInviteResult: {
      /** @description The addresses invited. */
      emails: string[];
    };
    /** @description A training job. */
    Training: {
      id: string;
      name: string;
      architecture: string;
      benchmark_ids?: string[];
      checkpoints?: components['schemas']['Checkpoint'][];
      /** @description Hyperparameters, as given. */
      configuration?: {
        [key: string]: unknown;
      };
      connectors?: components['schemas']['ConnectorTraining'][];
      data_model_id: string;
      gpu_count: number;
      metrics?: {
        [key: string]: unknown;
      }[];
      /** @description The job status (values not documented; the mock starts at `pending`). */
      status?: string;
      created_at?: string;
      updated_at?: string;
    };
    TrainingCreate: {
      architecture: string;
      benchmark_ids?: string[];
      /** @description Hyperparameters. */
      configuration: {
        [key: string]: unknown;
      };
      connectors: components['schemas']['ConnectorTraining'][];
      data_model_id: string;
      gpu_count: number;
      name: string;
    };
    TrainingUpdate: {
      architecture?: string;
      benchmark_ids?: string[];
      /** @description Hyperparameters. */
      configuration?: {
        [key: string]: unknown;
      };
      connector?: components['schemas']['UpdateConnectorTraining'];
      name?: string;
    };
    /** @description One page of trainings. */
    TrainingPage: {
      /** @description How many records match (read as the total; see x-sdk-notes). */
      count?: number;
      data: components['schemas']['Training'][];
      /** @description Whether another page follows; ask for it with `after=<id of the last item>`. */
      has_more: boolean;
    };
    /** @enum {string} */
    WebhookEvent: 'created' | 'updated' | 'deleted';
    /** @description A status update NeoSpace posts to your webhook endpoint. */
    StatusUpdate: {
      event?: components['schemas']['WebhookEvent'];
      /** @description The id of the entity whose status changed. */
      id: string;
      name?: string;
      /** @description The entity, or what changed of it. */
      payload?: {
        [key: string]: unknown;
      };
      status?: string;
      timestamp?: string;
      /** @description The kind of entity, e.g. `aws-s3`, `postgres`. */
      type?: string;
    };
    WebhookAck: {
      id: string;
    };
  };
  responses: {
    /**
     * @description invalid_request_error: a parameter or body field is missing or invalid (`code`
     * missing_param or invalid_param_value, `param` names it).
     */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description authentication_error: the API key is missing or invalid (`invalid_api_key`). */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description No such record. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /**
     * @description rate_limit_error: too many requests (`rate_limit_exceeded`); `error.retryAfter` says
     * how many seconds to wait. Plans allow 60, 300 or 1,000 requests a minute.
     */
    RateLimited: {
      headers: {
        'X-RateLimit-Limit': components['headers']['X-RateLimit-Limit'];
        'X-RateLimit-Remaining': components['headers']['X-RateLimit-Remaining'];
        'X-RateLimit-Reset': components['headers']['X-RateLimit-Reset'];
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description api_error: an internal error. */
    ServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: {
    /** @description Requests allowed in the current period. */
    'X-RateLimit-Limit': number;
    /** @description Requests left in the current period. */
    'X-RateLimit-Remaining': number;
    /** @description When the period resets (unix seconds). */
    'X-RateLimit-Reset': number;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listActionGroups: {
    parameters: {
      query?: {
        /** @description How many records per page. */
        limit?: number;
        /**
         * @description The id of the last record of the previous page; left out for the first page.
         */
        after?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of action groups. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 1,
           *       "data": [
           *         {
           *           "id": "acti_1",
           *           "name": "Example",
           *           "description": "An example description",
           *           "created_at": "2026-03-02T10:15:00Z",
           *           "updated_at": "2026-03-02T10:15:00Z"
           *         }
           *       ],
           *       "has_more": false
           *     }
           */
          'application/json': components['schemas']['ActionGroupPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  createActionGroup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Action Group creation request */
    requestBody: {
      content: {
        'application/json': components['schemas']['ActionGroupCreate'];
      };
    };
    responses: {
      /** @description The action group created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "acti_1",
           *       "name": "Example",
           *       "description": "An example description",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['ActionGroup'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  getActionGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Action Group ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The action group. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "acti_1",
           *       "name": "Example",
           *       "description": "An example description",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['ActionGroup'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  updateActionGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Action group ID */
        id: string;
      };
      cookie?: never;
    };
    /** @description Action group update request */
    requestBody: {
      content: {
        'application/json': components['schemas']['ActionGroupUpdate'];
      };
    };
    responses: {
      /** @description The action group as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "acti_1",
           *       "name": "Example",
           *       "description": "An example description",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['ActionGroup'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  deleteActionGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Action group ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The id of the record deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "acti_1"
           *     }
           */
          'application/json': components['schemas']['Deleted'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  listActions: {
    parameters: {
      query?: {
        /** @description How many records per page. */
        limit?: number;
        /**
         * @description The id of the last record of the previous page; left out for the first page.
         */
        after?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of actions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 1,
           *       "data": [
           *         {
           *           "id": "acti_1",
           *           "channel": "example channel",
           *           "channel_template": "example channel template",
           *           "custom_insights": "example custom insights",
           *           "description": "An example description",
           *           "end_date": "2026-03-02T10:15:00Z",
           *           "model_id": "mode_1",
           *           "name": "Example",
           *           "priority": "very_low",
           *           "start_date": "2026-03-02T10:15:00Z",
           *           "status": "archived",
           *           "type": "example type",
           *           "group": "example group",
           *           "created_at": "2026-03-02T10:15:00Z",
           *           "updated_at": "2026-03-02T10:15:00Z"
           *         }
           *       ],
           *       "has_more": false
           *     }
           */
          'application/json': components['schemas']['ActionPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  createAction: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Action creation request */
    requestBody: {
      content: {
        'application/json': components['schemas']['ActionCreate'];
      };
    };
    responses: {
      /** @description The action created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "acti_1",
           *       "channel": "example channel",
           *       "channel_template": "example channel template",
           *       "custom_insights": "example custom insights",
           *       "description": "An example description",
           *       "end_date": "2026-03-02T10:15:00Z",
           *       "model_id": "mode_1",
           *       "name": "Example",
           *       "priority": "very_low",
           *       "start_date": "2026-03-02T10:15:00Z",
           *       "status": "archived",
           *       "type": "example type",
           *       "group": "example group",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['Action'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  getAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Action ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The action. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "acti_1",
           *       "channel": "example channel",
           *       "channel_template": "example channel template",
           *       "custom_insights": "example custom insights",
           *       "description": "An example description",
           *       "end_date": "2026-03-02T10:15:00Z",
           *       "model_id": "mode_1",
           *       "name": "Example",
           *       "priority": "very_low",
           *       "start_date": "2026-03-02T10:15:00Z",
           *       "status": "archived",
           *       "type": "example type",
           *       "group": "example group",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['Action'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  updateAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Action ID */
        id: string;
      };
      cookie?: never;
    };
    /** @description Action update request */
    requestBody: {
      content: {
        'application/json': components['schemas']['ActionUpdate'];
      };
    };
    responses: {
      /** @description The action as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "acti_1",
           *       "channel": "example channel",
           *       "channel_template": "example channel template",
           *       "custom_insights": "example custom insights",
           *       "description": "An example description",
           *       "end_date": "2026-03-02T10:15:00Z",
           *       "model_id": "mode_1",
           *       "name": "Example",
           *       "priority": "very_low",
           *       "start_date": "2026-03-02T10:15:00Z",
           *       "status": "archived",
           *       "type": "example type",
           *       "group": "example group",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['Action'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  deleteAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Action ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The id of the record deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "acti_1"
           *     }
           */
          'application/json': components['schemas']['Deleted'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  listArguments: {
    parameters: {
      query?: {
        /** @description Review status filter */
        status?: components['schemas']['ArgumentReviewStatus'];
        /** @description Action ID filter */
        action_id?: string;
        /** @description Page number, from 1. */
        page?: number;
        /** @description Records per page. */
        page_size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of arguments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "id": "argu_1",
           *         "_id": "argu_1",
           *         "action_id": "acti_1",
           *         "argument": "example argument",
           *         "argument_thinking": "example argument thinking",
           *         "client": {},
           *         "insight_spec": {},
           *         "product": {},
           *         "review": {
           *           "status": "pending"
           *         },
           *         "duration": 0,
           *         "error": "example error",
           *         "space": "example space",
           *         "deleted_at": "2026-03-02T10:15:00Z",
           *         "created_at": "2026-03-02T10:15:00Z",
           *         "updated_at": "2026-03-02T10:15:00Z"
           *       }
           *     ]
           */
          'application/json': components['schemas']['Argument'][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  createArgumentCompletion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Argument from score request with messages and parameters */
    requestBody: {
      content: {
        'application/json': components['schemas']['ArgumentCompletionRequest'];
      };
    };
    responses: {
      /** @description The argument generated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "argu_1",
           *       "_id": "argu_1",
           *       "action_id": "acti_1",
           *       "argument": "example argument",
           *       "argument_thinking": "example argument thinking",
           *       "client": {},
           *       "insight_spec": {},
           *       "product": {},
           *       "review": {
           *         "status": "pending"
           *       },
           *       "duration": 0,
           *       "error": "example error",
           *       "space": "example space",
           *       "deleted_at": "2026-03-02T10:15:00Z",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['Argument'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  getArgument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Argument ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The argument. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "argu_1",
           *       "_id": "argu_1",
           *       "action_id": "acti_1",
           *       "argument": "example argument",
           *       "argument_thinking": "example argument thinking",
           *       "client": {},
           *       "insight_spec": {},
           *       "product": {},
           *       "review": {
           *         "status": "pending"
           *       },
           *       "duration": 0,
           *       "error": "example error",
           *       "space": "example space",
           *       "deleted_at": "2026-03-02T10:15:00Z",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['Argument'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  updateArgument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Argument ID */
        id: string;
      };
      cookie?: never;
    };
    /** @description Argument update request */
    requestBody: {
      content: {
        'application/json': components['schemas']['ArgumentUpdate'];
      };
    };
    responses: {
      /** @description The argument as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "argu_1",
           *       "_id": "argu_1",
           *       "action_id": "acti_1",
           *       "argument": "example argument",
           *       "argument_thinking": "example argument thinking",
           *       "client": {},
           *       "insight_spec": {},
           *       "product": {},
           *       "review": {
           *         "status": "pending"
           *       },
           *       "duration": 0,
           *       "error": "example error",
           *       "space": "example space",
           *       "deleted_at": "2026-03-02T10:15:00Z",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['Argument'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  deleteArgument: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Argument ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The id of the argument deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "argu_1"
           *     }
           */
          'application/json': components['schemas']['Deleted'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  listBenchmarks: {
    parameters: {
      query?: {
        /** @description Records per page. */
        page_size?: number;
        /** @description Page number, from 1. */
        page?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of benchmarks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 1,
           *       "data": [
           *         {
           *           "id": "benc_1",
           *           "name": "Example",
           *           "description": "An example description",
           *           "task": "example task",
           *           "metrics": [
           *             "accuracy"
           *           ],
           *           "connectors": [
           *             {}
           *           ],
           *           "created_at": "2026-03-02T10:15:00Z",
           *           "updated_at": "2026-03-02T10:15:00Z",
           *           "created_by": "example created by",
           *           "updated_by": "example updated by"
           *         }
           *       ],
           *       "has_more": false
           *     }
           */
          'application/json': components['schemas']['BenchmarkPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  createBenchmark: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Benchmark creation request */
    requestBody: {
      content: {
        'application/json': components['schemas']['BenchmarkCreate'];
      };
    };
    responses: {
      /** @description The benchmark created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "benc_1",
           *       "name": "Example",
           *       "description": "An example description",
           *       "task": "example task",
           *       "metrics": [
           *         "accuracy"
           *       ],
           *       "connectors": [
           *         {}
           *       ],
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z",
           *       "created_by": "example created by",
           *       "updated_by": "example updated by"
           *     }
           */
          'application/json': components['schemas']['Benchmark'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  getBenchmark: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Benchmark ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The benchmark. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "benc_1",
           *       "name": "Example",
           *       "description": "An example description",
           *       "task": "example task",
           *       "metrics": [
           *         "accuracy"
           *       ],
           *       "connectors": [
           *         {}
           *       ],
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z",
           *       "created_by": "example created by",
           *       "updated_by": "example updated by"
           *     }
           */
          'application/json': components['schemas']['Benchmark'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  updateBenchmark: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Benchmark ID */
        id: string;
      };
      cookie?: never;
    };
    /** @description Benchmark update request */
    requestBody: {
      content: {
        'application/json': components['schemas']['BenchmarkUpdate'];
      };
    };
    responses: {
      /** @description The benchmark as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "benc_1",
           *       "name": "Example",
           *       "description": "An example description",
           *       "task": "example task",
           *       "metrics": [
           *         "accuracy"
           *       ],
           *       "connectors": [
           *         {}
           *       ],
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z",
           *       "created_by": "example created by",
           *       "updated_by": "example updated by"
           *     }
           */
          'application/json': components['schemas']['Benchmark'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  deleteBenchmark: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Benchmark ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The id of the record deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "benc_1"
           *     }
           */
          'application/json': components['schemas']['Deleted'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  listChats: {
    parameters: {
      query?: {
        /** @description How many records per page. */
        limit?: number;
        /**
         * @description The id of the last record of the previous page; left out for the first page.
         */
        after?: string;
        /** @description Filter chats by name */
        name?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of chats. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 1,
           *       "data": [
           *         {
           *           "id": "chat_1",
           *           "name": "Example",
           *           "messages": [
           *             {
           *               "role": "system",
           *               "content": "example content"
           *             }
           *           ],
           *           "created_at": "2026-03-02T10:15:00Z"
           *         }
           *       ],
           *       "has_more": false
           *     }
           */
          'application/json': components['schemas']['ChatPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  createChatCompletion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Chat completion request with messages and parameters */
    requestBody: {
      content: {
        'application/json': components['schemas']['ChatCompletionRequest'];
      };
    };
    responses: {
      /** @description The completion (JSON), or its chunks as a stream when `stream: true`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "chat_1",
           *       "object": "example object",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "model": "example model",
           *       "choices": [
           *         {
           *           "index": 0,
           *           "message": {
           *             "role": "system",
           *             "content": "example content"
           *           },
           *           "finish_reason": "stop"
           *         }
           *       ],
           *       "usage": {
           *         "prompt_tokens": 0,
           *         "completion_tokens": 0,
           *         "total_tokens": 0
           *       },
           *       "guard": {},
           *       "router": {}
           *     }
           */
          'application/json': components['schemas']['ChatCompletion'];
          'text/event-stream': components['schemas']['ChatCompletionChunk'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  getChat: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Chat identifier */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The chat with its whole history. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "chat_1",
           *       "name": "Example",
           *       "messages": [
           *         {
           *           "role": "system",
           *           "content": "example content"
           *         }
           *       ],
           *       "created_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['Chat'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  updateChat: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Chat ID */
        id: string;
      };
      cookie?: never;
    };
    /** @description Chat update request */
    requestBody: {
      content: {
        'application/json': components['schemas']['ChatUpdate'];
      };
    };
    responses: {
      /** @description The chat as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "chat_1",
           *       "name": "Example",
           *       "messages": [
           *         {
           *           "role": "system",
           *           "content": "example content"
           *         }
           *       ],
           *       "created_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['Chat'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  deleteChat: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Chat ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The id of the chat deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "chat_1"
           *     }
           */
          'application/json': components['schemas']['Deleted'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  getChatWindow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Chat identifier */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The chat with the latest part of its history. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "chat_1",
           *       "name": "Example",
           *       "messages": [
           *         {
           *           "role": "system",
           *           "content": "example content"
           *         }
           *       ],
           *       "created_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['Chat'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  listCheckpoints: {
    parameters: {
      query?: {
        /** @description Limit */
        limit?: number;
        /**
         * @description The id of the last record of the previous page; left out for the first page.
         */
        after?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of checkpoints. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 1,
           *       "data": [
           *         {
           *           "id": "chec_1",
           *           "name": "Example",
           *           "training_id": "trai_1",
           *           "created_at": "2026-03-02T10:15:00Z"
           *         }
           *       ],
           *       "has_more": false
           *     }
           */
          'application/json': components['schemas']['CheckpointPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  getCluster: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The state of the space's cluster. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "inference": {},
           *       "ingress": {},
           *       "nodes": [
           *         {}
           *       ],
           *       "resources": {}
           *     }
           */
          'application/json': components['schemas']['ClusterState'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  updateCluster: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Cluster update request */
    requestBody: {
      content: {
        'application/json': components['schemas']['ClusterUpdate'];
      };
    };
    responses: {
      /** @description The cluster as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "clus_1",
           *       "name": "Example",
           *       "ingress_url": "https://example.com/resource",
           *       "manager_url": "https://example.com/resource",
           *       "token": "example token",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['Cluster'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  createCluster: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Cluster creation request */
    requestBody: {
      content: {
        'application/json': components['schemas']['ClusterCreate'];
      };
    };
    responses: {
      /** @description The cluster registered. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "clus_1",
           *       "name": "Example",
           *       "ingress_url": "https://example.com/resource",
           *       "manager_url": "https://example.com/resource",
           *       "token": "example token",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['Cluster'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  deleteCluster: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The id of the cluster deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "clus_1"
           *     }
           */
          'application/json': components['schemas']['Deleted'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  listConnectors: {
    parameters: {
      query?: {
        /** @description How many records per page. */
        limit?: number;
        /**
         * @description The id of the last record of the previous page; left out for the first page.
         */
        after?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of connectors. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 1,
           *       "data": [
           *         {
           *           "id": "conn_1",
           *           "name": "Example",
           *           "provider": "example provider",
           *           "region": "example region",
           *           "status": "example status",
           *           "created_at": "2026-03-02T10:15:00Z",
           *           "created_by": "example created by"
           *         }
           *       ],
           *       "has_more": false
           *     }
           */
          'application/json': components['schemas']['ConnectorPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  createConnector: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Connector creation request */
    requestBody: {
      content: {
        'application/json': components['schemas']['ConnectorCreate'];
      };
    };
    responses: {
      /** @description The connector created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "conn_1",
           *       "name": "Example",
           *       "provider": "example provider",
           *       "region": "example region",
           *       "status": "example status",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "created_by": "example created by"
           *     }
           */
          'application/json': components['schemas']['Connector'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  getConnector: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Connector ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The connector. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "conn_1",
           *       "name": "Example",
           *       "provider": "example provider",
           *       "region": "example region",
           *       "status": "example status",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "created_by": "example created by"
           *     }
           */
          'application/json': components['schemas']['Connector'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  deleteConnector: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Connector ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The id of the connector deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "conn_1"
           *     }
           */
          'application/json': components['schemas']['Deleted'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  listConnectorFiles: {
    parameters: {
      query?: {
        /** @description File prefix filter */
        prefix?: string;
        /** @description Maximum number of files to return */
        limit?: number;
      };
      header?: never;
      path: {
        /** @description Connector ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The files, as an array of arrays (see x-sdk-notes). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       [
           *         {}
           *       ]
           *     ]
           */
          'application/json': components['schemas']['ConnectorFile'][][];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  scanConnector: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Connector ID */
        id: string;
      };
      cookie?: never;
    };
    /** @description Scan connector request */
    requestBody: {
      content: {
        'application/json': components['schemas']['ConnectorScanRequest'];
      };
    };
    responses: {
      /** @description The scan result. */
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
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  listDataModels: {
    parameters: {
      query?: {
        /** @description How many records per page. */
        limit?: number;
        /**
         * @description The id of the last record of the previous page; left out for the first page.
         */
        after?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of data models. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 1,
           *       "data": [
           *         {
           *           "id": "data_1",
           *           "name": "Example",
           *           "description": "An example description",
           *           "created_at": "2026-03-02T10:15:00Z",
           *           "updated_at": "2026-03-02T10:15:00Z"
           *         }
           *       ],
           *       "has_more": false
           *     }
           */
          'application/json': components['schemas']['DataModelPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  createDataModel: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Data model creation request */
    requestBody: {
      content: {
        'application/json': components['schemas']['DataModelCreate'];
      };
    };
    responses: {
      /** @description The data model created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "data_1",
           *       "name": "Example",
           *       "description": "An example description",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['DataModel'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  getDataModel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Data model ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The data model. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "data_1",
           *       "name": "Example",
           *       "description": "An example description",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['DataModel'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  updateDataModel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Data model ID */
        id: string;
      };
      cookie?: never;
    };
    /** @description Data model update request */
    requestBody: {
      content: {
        'application/json': components['schemas']['DataModelUpdate'];
      };
    };
    responses: {
      /** @description The data model as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "data_1",
           *       "name": "Example",
           *       "description": "An example description",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['DataModel'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  deleteDataModel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Data model ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The id of the record deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "data_1"
           *     }
           */
          'application/json': components['schemas']['Deleted'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  createEvaluation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Evaluation creation request */
    requestBody: {
      content: {
        'application/json': components['schemas']['EvaluationCreate'];
      };
    };
    responses: {
      /** @description The evaluation created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "eval_1",
           *       "benchmark_id": "benc_1",
           *       "checkpoint_id": "chec_1",
           *       "gpu_count": 0,
           *       "result": {},
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z",
           *       "created_by": "example created by",
           *       "updated_by": "example updated by"
           *     }
           */
          'application/json': components['schemas']['Evaluation'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  listExperts: {
    parameters: {
      query?: {
        /** @description How many records per page. */
        limit?: number;
        /**
         * @description The id of the last record of the previous page; left out for the first page.
         */
        after?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of experts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 1,
           *       "data": [
           *         {
           *           "id": "expe_1",
           *           "context": "example context",
           *           "description": "An example description",
           *           "file_context": [
           *             {}
           *           ],
           *           "name": "Example",
           *           "tools": [
           *             {}
           *           ],
           *           "created_at": "2026-03-02T10:15:00Z",
           *           "updated_at": "2026-03-02T10:15:00Z"
           *         }
           *       ],
           *       "has_more": false
           *     }
           */
          'application/json': components['schemas']['ExpertPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  createExpert: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Expert configuration data */
    requestBody: {
      content: {
        'application/json': components['schemas']['ExpertCreate'];
      };
    };
    responses: {
      /** @description The expert created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "expe_1",
           *       "context": "example context",
           *       "description": "An example description",
           *       "file_context": [
           *         {}
           *       ],
           *       "name": "Example",
           *       "tools": [
           *         {}
           *       ],
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['Expert'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  getExpert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Expert unique identifier */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The expert. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "expe_1",
           *       "context": "example context",
           *       "description": "An example description",
           *       "file_context": [
           *         {}
           *       ],
           *       "name": "Example",
           *       "tools": [
           *         {}
           *       ],
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['Expert'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  updateExpert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Expert unique identifier */
        id: string;
      };
      cookie?: never;
    };
    /** @description Updated expert configuration */
    requestBody: {
      content: {
        'application/json': components['schemas']['ExpertUpdate'];
      };
    };
    responses: {
      /** @description The expert as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "expe_1",
           *       "context": "example context",
           *       "description": "An example description",
           *       "file_context": [
           *         {}
           *       ],
           *       "name": "Example",
           *       "tools": [
           *         {}
           *       ],
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['Expert'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  deleteExpert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Expert unique identifier */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted; no body. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  listInferenceLogs: {
    parameters: {
      query?: {
        /** @description Start date (format: 2006-01-02T15:04:05Z07:00) */
        start_date?: string;
        /** @description End date (format: 2006-01-02T15:04:05Z07:00) */
        end_date?: string;
        /** @description User ID filter */
        user?: string;
        /** @description Model name filter */
        model?: string;
        /** @description Status filter (success, error) */
        status?: components['schemas']['InferenceLogStatus'];
        /** @description Request type filter */
        type?: string;
        /** @description Tag filter */
        tag?: string;
        /** @description Correlation ID filter */
        correlation_id?: string;
        /** @description Page number (default: 1) */
        page?: number;
        /** @description Page size (default: 20) */
        page_size?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of inference logs, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 1,
           *       "data": [
           *         {
           *           "id": "infe_1",
           *           "created_at": "2026-03-02T10:15:00Z",
           *           "user": "example user",
           *           "model": "example model",
           *           "status": "success",
           *           "type": "example type",
           *           "tags": [
           *             "example tag"
           *           ],
           *           "correlation_id": "corr_1",
           *           "latency_ms": 0,
           *           "input_tokens": 0,
           *           "output_tokens": 0,
           *           "total_tokens": 0,
           *           "error": "example error"
           *         }
           *       ],
           *       "has_more": false
           *     }
           */
          'application/json': components['schemas']['InferenceLogPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  getInferenceLogsSummary: {
    parameters: {
      query?: {
        /** @description Start date (format: 2006-01-02T15:04:05Z07:00) */
        start_date?: string;
        /** @description End date (format: 2006-01-02T15:04:05Z07:00) */
        end_date?: string;
        /** @description User ID filter */
        user?: string;
        /** @description Model name filter */
        model?: string;
        /** @description Request type filter */
        type?: string;
        /** @description Correlation ID filter */
        correlation_id?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The aggregates. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "avg_latency_ms": 0,
           *       "input_tokens": 0,
           *       "model_usage": {},
           *       "output_tokens": 0,
           *       "period_end_date": "2026-03-02T10:15:00Z",
           *       "period_start_date": "2026-03-02T10:15:00Z",
           *       "success_rate": 0,
           *       "total_calls": 0,
           *       "total_tokens": 0
           *     }
           */
          'application/json': components['schemas']['InferenceLogsSummary'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  createInsight: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Insight creation request */
    requestBody: {
      content: {
        'application/json': components['schemas']['InsightCreate'];
      };
    };
    responses: {
      /** @description The insight. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "insi_1",
           *       "actions": "example actions",
           *       "argument": "example argument",
           *       "argument_content": "example argument content",
           *       "argument_thinking": "example argument thinking",
           *       "best_channel": "example best channel",
           *       "best_time": "2026-03-02T10:15:00Z",
           *       "elapsed_time_in_seconds": 0,
           *       "error": "example error",
           *       "finish_reason": "example finish reason",
           *       "insight": "example insight",
           *       "thinking": "example thinking",
           *       "timeliness": "example timeliness",
           *       "type": "example type",
           *       "usage": {
           *         "prompt_tokens": 0,
           *         "completion_tokens": 0,
           *         "total_tokens": 0
           *       }
           *     }
           */
          'application/json': components['schemas']['Insight'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  listLeaderboards: {
    parameters: {
      query?: {
        /** @description Limit */
        limit?: number;
        /**
         * @description The id of the last record of the previous page; left out for the first page.
         */
        after?: string;
        /** @description Filter by model/checkpoint ID */
        model_id?: string;
        /** @description Filter by benchmark IDs (can be multiple) */
        benchmarks?: string[];
        /** @description Filter by training IDs (can be multiple) */
        trainings?: string[];
        /** @description Filter by start date (RFC3339 format, e.g., 2024-01-01T00:00:00Z) */
        start_date?: string;
        /** @description Filter by end date (RFC3339 format, e.g., 2024-12-31T23:59:59Z) */
        end_date?: string;
        /**
         * @description Order by metric from specific benchmark (optional: if omitted, averages across
         * all benchmarks)
         */
        'order_by_metric.benchmark_id'?: string;
        /** @description Order by this metric name */
        'order_by_metric.metric_name'?: string;
        /** @description Order direction: asc or desc */
        'order_by_metric.direction'?: 'asc' | 'desc';
        /** @description Filter by checkpointname */
        name?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of ranked checkpoints. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 1,
           *       "data": [
           *         {
           *           "id": "lead_1",
           *           "name": "Example",
           *           "rank": 1,
           *           "training_id": "trai_1",
           *           "metrics": {
           *             "property1": 0,
           *             "property2": 0
           *           },
           *           "benchmark_ids": [
           *             "benc_1"
           *           ],
           *           "created_at": "2026-03-02T10:15:00Z"
           *         }
           *       ],
           *       "has_more": false
           *     }
           */
          'application/json': components['schemas']['LeaderboardPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  getCurrentUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The logged-in user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "user_1",
           *       "email": "ada@example.com",
           *       "external_id": "exte_1",
           *       "first_name": "example-first",
           *       "last_name": "example-last",
           *       "role": "designer",
           *       "permissions": [
           *         "benchmarks:create"
           *       ],
           *       "spaces": [
           *         "example space"
           *       ]
           *     }
           */
          'application/json': components['schemas']['CurrentUser'];
        };
      };
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  updateCurrentUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Update user request */
    requestBody: {
      content: {
        'application/json': components['schemas']['UserUpdate'];
      };
    };
    responses: {
      /** @description The user as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "user_1",
           *       "email": "ada@example.com",
           *       "external_id": "exte_1",
           *       "first_name": "example-first",
           *       "last_name": "example-last",
           *       "role": "designer"
           *     }
           */
          'application/json': components['schemas']['User'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  addUserPermissions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user's permissions now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "permissions": [
           *         "benchmarks:create"
           *       ]
           *     }
           */
          'application/json': components['schemas']['UserPermissions'];
        };
      };
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  acceptInvite: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted (`error` empty). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "error": "example error"
           *     }
           */
          'application/json': components['schemas']['AcceptInviteResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  listModels: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The models. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 1,
           *       "data": [
           *         {
           *           "id": "mode_1",
           *           "object": "example object",
           *           "owned_by": "example owned by",
           *           "created": 0
           *         }
           *       ],
           *       "has_more": false
           *     }
           */
          'application/json': components['schemas']['InferenceModelList'];
        };
      };
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  listPersonas: {
    parameters: {
      query?: {
        /** @description How many records per page. */
        limit?: number;
        /**
         * @description The id of the last record of the previous page; left out for the first page.
         */
        after?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of personas. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 1,
           *       "data": [
           *         {
           *           "id": "pers_1",
           *           "birthdate": "2026-03-02T10:15:00Z",
           *           "data": {},
           *           "name": "Example",
           *           "notes": "example notes",
           *           "created_at": "2026-03-02T10:15:00Z",
           *           "updated_at": "2026-03-02T10:15:00Z",
           *           "created_by": "example created by",
           *           "updated_by": "example updated by"
           *         }
           *       ],
           *       "has_more": false
           *     }
           */
          'application/json': components['schemas']['PersonaPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  createPersona: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Persona data */
    requestBody: {
      content: {
        'application/json': components['schemas']['PersonaCreate'];
      };
    };
    responses: {
      /** @description The persona created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "pers_1",
           *       "birthdate": "2026-03-02T10:15:00Z",
           *       "data": {},
           *       "name": "Example",
           *       "notes": "example notes",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z",
           *       "created_by": "example created by",
           *       "updated_by": "example updated by"
           *     }
           */
          'application/json': components['schemas']['Persona'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  getPersona: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Persona unique identifier */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The persona. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "pers_1",
           *       "birthdate": "2026-03-02T10:15:00Z",
           *       "data": {},
           *       "name": "Example",
           *       "notes": "example notes",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z",
           *       "created_by": "example created by",
           *       "updated_by": "example updated by"
           *     }
           */
          'application/json': components['schemas']['Persona'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  updatePersona: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Persona unique identifier */
        id: string;
      };
      cookie?: never;
    };
    /** @description Updated persona data */
    requestBody: {
      content: {
        'application/json': components['schemas']['PersonaUpdate'];
      };
    };
    responses: {
      /** @description The persona as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "pers_1",
           *       "birthdate": "2026-03-02T10:15:00Z",
           *       "data": {},
           *       "name": "Example",
           *       "notes": "example notes",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z",
           *       "created_by": "example created by",
           *       "updated_by": "example updated by"
           *     }
           */
          'application/json': components['schemas']['Persona'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  deletePersona: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Persona unique identifier */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted; no body. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  createPersonaCompletion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Completion request with prompt and context */
    requestBody: {
      content: {
        'application/json': components['schemas']['PersonaCompletionRequest'];
      };
    };
    responses: {
      /** @description The completed persona. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /** @example {} */
          'application/json': components['schemas']['PersonaCompletion'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  uploadPersonaFiles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The files, as multipart form data. */
    requestBody: {
      content: {
        'multipart/form-data': {
          /** @description Files containing persona data (one part per file). */
          files: string[];
        };
      };
    };
    responses: {
      /** @description What the files hold, and the token to confirm with. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "conflict_personas": 0,
           *       "message": "example message",
           *       "status": "example status",
           *       "total": 0,
           *       "upload_token": "example upload token"
           *     }
           */
          'application/json': components['schemas']['PersonaUploadResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  confirmPersonaUpload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Upload token from previous upload response */
        upload_token: string;
      };
      cookie?: never;
    };
    /** @description Conflict resolution strategy */
    requestBody: {
      content: {
        'application/json': components['schemas']['PersonaUploadConfirm'];
      };
    };
    responses: {
      /** @description What was stored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "conflicts_resolved": 0,
           *       "message": "example message",
           *       "status": "example status",
           *       "total_uploaded": 0
           *     }
           */
          'application/json': components['schemas']['PersonaUploadConfirmation'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  listSpaces: {
    parameters: {
      query?: {
        /** @description Limit */
        limit?: number;
        /**
         * @description The id of the last record of the previous page; left out for the first page.
         */
        after?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of spaces. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 1,
           *       "data": [
           *         {
           *           "id": "spac_1",
           *           "name": "Example",
           *           "description": "An example description",
           *           "created_at": "2026-03-02T10:15:00Z",
           *           "updated_at": "2026-03-02T10:15:00Z",
           *           "created_by": "example created by",
           *           "updated_by": "example updated by"
           *         }
           *       ],
           *       "has_more": false
           *     }
           */
          'application/json': components['schemas']['SpacePage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  createSpace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Space creation request */
    requestBody: {
      content: {
        'application/json': components['schemas']['SpaceCreate'];
      };
    };
    responses: {
      /** @description The space created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "spac_1",
           *       "name": "Example",
           *       "description": "An example description",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z",
           *       "created_by": "example created by",
           *       "updated_by": "example updated by"
           *     }
           */
          'application/json': components['schemas']['Space'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  getSpace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Space ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The space. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "spac_1",
           *       "name": "Example",
           *       "description": "An example description",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z",
           *       "created_by": "example created by",
           *       "updated_by": "example updated by"
           *     }
           */
          'application/json': components['schemas']['Space'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  updateSpace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Space ID */
        id: string;
      };
      cookie?: never;
    };
    /** @description Space update request */
    requestBody: {
      content: {
        'application/json': components['schemas']['SpaceUpdate'];
      };
    };
    responses: {
      /** @description The space as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "spac_1",
           *       "name": "Example",
           *       "description": "An example description",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z",
           *       "created_by": "example created by",
           *       "updated_by": "example updated by"
           *     }
           */
          'application/json': components['schemas']['Space'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  deleteSpace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Space ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The id of the record deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "spac_1"
           *     }
           */
          'application/json': components['schemas']['Deleted'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  inviteToSpace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Space ID */
        id: string;
      };
      cookie?: never;
    };
    /** @description Invite space request */
    requestBody: {
      content: {
        'application/json': components['schemas']['SpaceInvite'];
      };
    };
    responses: {
      /** @description The addresses invited. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "emails": [
           *         "ada@example.com"
           *       ]
           *     }
           */
          'application/json': components['schemas']['SpaceInviteResult'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  restoreSpace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Space ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The id of the space restored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "spac_1"
           *     }
           */
          'application/json': components['schemas']['Deleted'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  listTrainings: {
    parameters: {
      query?: {
        /** @description Records per page. */
        pageSize?: number;
        /** @description Page number, from 1. */
        page?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of trainings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 1,
           *       "data": [
           *         {
           *           "id": "trai_1",
           *           "name": "Example",
           *           "architecture": "example architecture",
           *           "benchmark_ids": [
           *             "benc_1"
           *           ],
           *           "checkpoints": [
           *             {
           *               "id": "trai_1",
           *               "name": "Example",
           *               "training_id": "trai_1",
           *               "created_at": "2026-03-02T10:15:00Z"
           *             }
           *           ],
           *           "configuration": {},
           *           "connectors": [
           *             {}
           *           ],
           *           "data_model_id": "mode_1",
           *           "gpu_count": 0,
           *           "metrics": [
           *             {}
           *           ],
           *           "status": "example status",
           *           "created_at": "2026-03-02T10:15:00Z",
           *           "updated_at": "2026-03-02T10:15:00Z"
           *         }
           *       ],
           *       "has_more": false
           *     }
           */
          'application/json': components['schemas']['TrainingPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  createTraining: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Training creation request */
    requestBody: {
      content: {
        'application/json': components['schemas']['TrainingCreate'];
      };
    };
    responses: {
      /** @description The training created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "trai_1",
           *       "name": "Example",
           *       "architecture": "example architecture",
           *       "benchmark_ids": [
           *         "benc_1"
           *       ],
           *       "checkpoints": [
           *         {
           *           "id": "trai_1",
           *           "name": "Example",
           *           "training_id": "trai_1",
           *           "created_at": "2026-03-02T10:15:00Z"
           *         }
           *       ],
           *       "configuration": {},
           *       "connectors": [
           *         {}
           *       ],
           *       "data_model_id": "mode_1",
           *       "gpu_count": 0,
           *       "metrics": [
           *         {}
           *       ],
           *       "status": "example status",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['Training'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  getTraining: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Training ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The training. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "trai_1",
           *       "name": "Example",
           *       "architecture": "example architecture",
           *       "benchmark_ids": [
           *         "benc_1"
           *       ],
           *       "checkpoints": [
           *         {
           *           "id": "trai_1",
           *           "name": "Example",
           *           "training_id": "trai_1",
           *           "created_at": "2026-03-02T10:15:00Z"
           *         }
           *       ],
           *       "configuration": {},
           *       "connectors": [
           *         {}
           *       ],
           *       "data_model_id": "mode_1",
           *       "gpu_count": 0,
           *       "metrics": [
           *         {}
           *       ],
           *       "status": "example status",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['Training'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  updateTraining: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Training ID */
        id: string;
      };
      cookie?: never;
    };
    /** @description Training update request */
    requestBody: {
      content: {
        'application/json': components['schemas']['TrainingUpdate'];
      };
    };
    responses: {
      /** @description The training as updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "trai_1",
           *       "name": "Example",
           *       "architecture": "example architecture",
           *       "benchmark_ids": [
           *         "benc_1"
           *       ],
           *       "checkpoints": [
           *         {
           *           "id": "trai_1",
           *           "name": "Example",
           *           "training_id": "trai_1",
           *           "created_at": "2026-03-02T10:15:00Z"
           *         }
           *       ],
           *       "configuration": {},
           *       "connectors": [
           *         {}
           *       ],
           *       "data_model_id": "mode_1",
           *       "gpu_count": 0,
           *       "metrics": [
           *         {}
           *       ],
           *       "status": "example status",
           *       "created_at": "2026-03-02T10:15:00Z",
           *       "updated_at": "2026-03-02T10:15:00Z"
           *     }
           */
          'application/json': components['schemas']['Training'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  deleteTraining: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Training ID */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The id of the record deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "trai_1"
           *     }
           */
          'application/json': components['schemas']['Deleted'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
  receiveStatusUpdate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Webhook payload */
    requestBody: {
      content: {
        'application/json': components['schemas']['StatusUpdate'];
      };
    };
    responses: {
      /** @description Received. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "webh_1"
           *     }
           */
          'application/json': components['schemas']['WebhookAck'];
        };
      };
      /** @description The body is not a status update (e.g. no `id`). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['ServerError'];
    };
  };
}
