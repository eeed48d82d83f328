import {
  ApiError,
  type ClientOptions,
  createApiClient,
  type MultipartValue,
  type PollOptions,
  type RequestOptions,
  type UploadRequestOptions,
  type TokenProvider,
  UnprocessableEntityError,
  UsageError,
  waitFor,
} from '@org/sdk-core';
import { nameFlows, pollOutcome, pollSettings } from '@org/sdk-core/internal';
import { ExecutionFailedError, ResultAcknowledgedError } from './execution-errors';
import {
  createResources,
  type ExecutionsExecuteResponse,
  type ExecutionsGetStatusParams,
  type ExecutionsGetStatusResponse,
} from './generated/resources';
import { executeDeploymentLimits } from './generated/limits';
import { getExecutionStatusPoll } from './generated/poll';
import type { paths } from './generated/schema';

/** An execution's status answer: `status`, and the per-file results in `message` once COMPLETED. */
export type ExecutionStatusResponse = ExecutionsGetStatusResponse;
/** The run as the execute call answers it. */
export type Execution = ExecutionsExecuteResponse['message'];
/** What the workflow made of one document. */
export type FileResult = Extract<NonNullable<Execution['result']>, readonly unknown[]>[number];

/** Options of `client.deployment()`. */
export interface DeploymentClientOptions {
  /** One of the deployment's API keys (`api_key` of `deployments.create()` or `apiKeys.create()`). */
  apiKey: string | TokenProvider;
  /** The organization in the execution URL. @default the client's `orgId` */
  orgName?: string | undefined;
}

/** The documents of one execution: files to upload, and/or HTTPS S3 pre-signed URLs the server downloads. */
export type ExecuteInput =
  | readonly MultipartValue[]
  | { files?: readonly MultipartValue[]; presignedUrls?: readonly string[] };

/** The execute call's fields other than the documents, as the API names them. */
export interface ExecuteParams {
  /** Seconds the server waits for the result before answering; -1 or 0 queue the run. -1..300. @default -1 */
  timeout?: number | undefined;
  include_metadata?: boolean | undefined;
  include_metrics?: boolean | undefined;
  include_extracted_text?: boolean | undefined;
  /** Tags of the run: a comma-separated string or a list. */
  tags?: string | readonly string[] | undefined;
  llm_profile_id?: string | undefined;
  hitl_queue_name?: string | undefined;
  hitl_packet_id?: string | undefined;
  /** Values for `{{custom_data.key}}` placeholders in the workflow's prompts; sent as JSON. */
  custom_data?: Record<string, unknown> | undefined;
  use_file_history?: boolean | undefined;
}

/**
 * How `executeAndWait` waits: the wait options of every flow. `timeout` bounds the wait (ms; a
 * PollTimeoutError carries the last status; @default 600000), `signal` stops the execute call as well, and
 * status polls start at 1000 ms (`pollInterval`, growing to 5000).
 */
export type ExecuteWaitOptions = PollOptions<ExecutionStatusResponse>;

/** A finished execution. */
export interface ExecutionResult {
  executionId: string;
  status: 'COMPLETED';
  /** One entry per document, with its output (or its own `error`). */
  results: FileResult[];
}

// The spec's bounds (ExecuteRequest; the files and the URLs count together, so the same maximum bounds both).
const { api_name, files, timeout: timeoutBounds } = executeDeploymentLimits;
const MAX_DOCUMENTS = files.maxItems;
const API_NAME = new RegExp(api_name.pattern);

const usage = (message: string) => new UsageError(`[@org/unstract-client] ${message}`);

/** An execution that ended ERROR or STOPPED; `message` is the server's when it sent text. */
const executionFailed = <State>(executionId: string, status: unknown, message: unknown, state: State) =>
  new ExecutionFailedError({
    executionId,
    status: String(status),
    serverMessage: typeof message === 'string' ? message : undefined,
    state,
  });

/** The pre-send checks of the execute call that the generated method cannot make, so a request the server would refuse is never sent. */
function executeFields(
  input: ExecuteInput,
  params: ExecuteParams,
): Record<string, MultipartValue | MultipartValue[] | undefined> {
  const files = Array.isArray(input)
    ? (input as readonly MultipartValue[])
    : ((input as { files?: readonly MultipartValue[] }).files ?? []);
  const urls = Array.isArray(input)
    ? []
    : ((input as { presignedUrls?: readonly string[] }).presignedUrls ?? []);
  // "At least one" is the spec's anyOf, which the generated executions.execute() refuses; the total over
  // both lists is beyond what the spec can say of either.
  const count = files.length + urls.length;
  if (count > MAX_DOCUMENTS) {
    throw usage(
      `an execution takes at most ${MAX_DOCUMENTS} files and presigned URLs in all; got ${count}. Split larger batches into several executions.`,
    );
  }
  const { timeout, tags, ...rest } = params;
  const { minimum, maximum } = timeoutBounds;
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout >= minimum && timeout <= maximum)) {
    throw usage(
      `timeout must be an integer number of seconds within ${minimum}..${maximum} (-1 or 0 queue the run); got ${timeout}.`,
    );
  }
  return {
    ...(rest as Record<string, MultipartValue>),
    files: [...files],
    presigned_urls: [...urls],
    timeout,
    tags: Array.isArray(tags) ? tags.join(',') : (tags as string | undefined),
  };
}

/**
 * A client for executing one deployment with one of its API keys. Built by `client.deployment()`.
 * @example
 * const invoices = createDeploymentClient('invoices', { baseUrl: 'https://us-central.unstract.com' }, 'org_abc', { apiKey: key });
 * const run = await invoices.executeAndWait([new File([pdf], 'march.pdf')]);
 */
export function createDeploymentClient(
  apiName: string,
  base: ClientOptions,
  orgId: string,
  options: DeploymentClientOptions,
) {
  if (!API_NAME.test(apiName) || apiName.length > api_name.maxLength) {
    throw usage(
      `api_name '${apiName}' is not a deployment name: 1 to ${api_name.maxLength} letters, digits, '-' or '_'.`,
    );
  }
  if (!options?.apiKey) {
    throw usage(
      `deployment('${apiName}') needs the deployment's own apiKey (from deployments.create() or apiKeys.create()), not the management key.`,
    );
  }
  const api = createApiClient<paths>({ ...base, apiKey: options.apiKey });
  const { executions } = createResources(api, { orgId: options.orgName ?? orgId });

  /**
   * Reads an execution's status. The API answers 422 for a run still PENDING or EXECUTING (and for ERROR)
   * with the same `{status, message}` body as the 200 of COMPLETED, so this resolves with that body
   * whatever the HTTP code; only a result already handed out throws (ResultAcknowledgedError).
   * @example
   * const { status, message } = await invoices.getExecutionStatus(executionId);
   */
  async function getExecutionStatus(
    executionId: string,
    params: Omit<ExecutionsGetStatusParams, 'execution_id'> = {},
    requestOptions?: RequestOptions,
  ): Promise<ExecutionStatusResponse> {
    try {
      return await executions.getStatus(apiName, { ...params, execution_id: executionId }, requestOptions);
    } catch (error) {
      const body = (error as { body?: { status?: unknown } }).body;
      if (UnprocessableEntityError.is(error) && typeof body?.status === 'string')
        return body as ExecutionStatusResponse;
      if (ApiError.is(error) && error.status === 406) throw new ResultAcknowledgedError(executionId, error);
      throw error;
    }
  }

  /**
   * Sends documents to the deployment: files uploaded as repeated `files` parts, and/or pre-signed URLs.
   * Checked before sending: 1 to 32 documents (none is the generated call's UsageError, naming `files` and
   * `presigned_urls`), `timeout` within -1..300. A run over the organization's
   * concurrency limit (429, no Retry-After) is retried with backoff, as it was not started.
   * @example
   * const { message } = await invoices.execute([new File([pdf], 'a.pdf')], { tags: ['march'] });
   * console.log(message.execution_id, message.execution_status); // '…', 'PENDING'
   */
  async function execute(
    input: ExecuteInput,
    params: ExecuteParams = {},
    requestOptions?: UploadRequestOptions,
  ): Promise<ExecutionsExecuteResponse> {
    return executions.execute(apiName, executeFields(input, params) as never, requestOptions);
  }

  /**
   * Executes and waits: queues the run (unless `timeout` asks the server to wait), then polls its status,
   * deciding by the `status` field (422 while PENDING or EXECUTING is not an error), until COMPLETED.
   * ERROR or STOPPED throw ExecutionFailedError with the server's message; the wait has a deadline
   * (`timeout`, PollTimeoutError) and an abort `signal`.
   * @example
   * const run = await invoices.executeAndWait([fileA, fileB], { include_metadata: true }, { timeout: 120_000 });
   * for (const file of run.results) console.log(file.file, file.result?.output);
   */
  async function executeAndWait(
    input: ExecuteInput,
    params: ExecuteParams = {},
    wait: ExecuteWaitOptions = {},
  ): Promise<ExecutionResult> {
    let run: Execution;
    try {
      run = (await execute(input, params, { signal: wait.signal, requireBody: true })).message;
    } catch (error) {
      const failed =
        UnprocessableEntityError.is(error) && (error.body as ExecuteResponseBody | undefined)?.message;
      if (!failed) throw error;
      throw executionFailed(failed.execution_id, failed.execution_status, failed.error, failed);
    }
    const executionId = run.execution_id;
    const finished = (results: unknown): ExecutionResult => ({
      executionId,
      status: 'COMPLETED',
      results: Array.isArray(results) ? results : [],
    });
    // The end states are the spec's (x-sdk-poll of the status call); the execute answer has the same ones.
    if (pollOutcome(getExecutionStatusPoll, { status: run.execution_status }) === 'success')
      return finished(run.result);
    const { include_metadata, include_metrics, include_extracted_text } = params;
    const last = await waitFor(
      (signal) =>
        getExecutionStatus(
          executionId,
          { include_metadata, include_metrics, include_extracted_text },
          { signal, requireBody: true },
        ),
      {
        done: (s) => pollOutcome(getExecutionStatusPoll, s) !== undefined,
        ...pollSettings(wait, 1000),
        description: `execution ${executionId}`,
      },
    );
    if (pollOutcome(getExecutionStatusPoll, last) !== 'success')
      throw executionFailed(executionId, last.status, last.message, last);
    return finished(last.message);
  }

  return {
    /** The deployment's `api_name`. */
    apiName,
    // Each flow (execute and wait) is one span for a tracer.
    ...nameFlows(api, { execute, executeAndWait, getExecutionStatus }),
    /**
     * The generated execution methods over the deployment key, `apiName` first. `executions.getStatus()`
     * throws UnprocessableEntityError while a run is PENDING or EXECUTING (the API's 422; `error.body.status`
     * says which): prefer `getExecutionStatus()`, which resolves with the body whatever the code.
     */
    executions,
    /** openapi-fetch with the deployment key: `{ data, error, response }`, nothing thrown for HTTP errors. */
    raw: api.raw,
  };
}

type ExecuteResponseBody = { message?: Execution };

/** A client for one deployment, as `client.deployment()` returns it. */
export type DeploymentClient = ReturnType<typeof createDeploymentClient>;
