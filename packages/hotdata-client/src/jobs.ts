import { waitFor } from '@org/sdk-core';
import { pollOutcome, pollSettings } from '@org/sdk-core/internal';
import { getJobPoll } from './generated/poll';
import type {
  IndexesCreateParams,
  IndexesCreateResponse,
  JobsGetResponse,
  RefreshRunParams,
  Resources,
} from './generated/resources';
import type { components } from './generated/schema';
import type { WaitOptions } from './wait-options';

type S = components['schemas'];
/** What a data refresh produced: one table's sync, or a whole connection's. */
export type DataRefreshResult = S['TableRefreshResult'] | S['ConnectionRefreshResult'];
type IndexInfo = Extract<IndexesCreateResponse, { index_name: unknown }>;

/** How to wait for a job, and whether a partial success counts as done. */
export interface JobWaitOptions extends WaitOptions<JobsGetResponse> {
  /** Treat `partially_succeeded` as a failure. @default false: it is returned, with its result */
  failOnPartial?: boolean | undefined;
}

/** The job waits the API's async submissions need, built on the generated resources. */
export function createJobFlows(resources: Resources) {
  /**
   * Polls `GET /v1/jobs/{id}` until the job has finished. Resolves with the job (`succeeded`, or
   * `partially_succeeded` with its result); `failed` throws a PollFailedError carrying the job and the
   * server's `error_message`.
   * @example const job = await hotdata.waitForJob(submitted.id, { timeout: 120_000 });
   */
  function waitForJob(jobId: string, options: JobWaitOptions = {}): Promise<JobsGetResponse> {
    return waitFor((signal) => resources.jobs.get(jobId, { signal, requireBody: true }), {
      description: `job ${jobId}`,
      // The states that end the wait are the spec's (x-sdk-poll of GET /v1/jobs/{id}).
      done: (job) => pollOutcome(getJobPoll, job) !== undefined,
      failed: (job) =>
        (pollOutcome(getJobPoll, job) === 'failure' ||
          (options.failOnPartial && pollOutcome(getJobPoll, job) === 'partial')) &&
        `Job ${jobId} (${job.job_type}) ended ${job.status}${job.error_message ? `: ${job.error_message}` : ''}`,
      ...pollSettings(options),
    });
  }

  /**
   * Submits a data refresh (of one table, or of a whole connection) as a background job, waits for it, and
   * resolves with what it produced. A server that finishes inside the request answers the result at once,
   * which is returned as is. A failed job throws a PollFailedError carrying the job.
   * @example
   * const result = await hotdata.refreshDataAndWait({ connection_id: 'conn_1', include_uncached: true });
   * console.log(result.duration_ms);
   */
  async function refreshDataAndWait(
    params: Omit<RefreshRunParams, 'async' | 'data'>,
    options: JobWaitOptions = {},
  ): Promise<DataRefreshResult> {
    const submitted = await resources.refresh.run(
      { ...params, data: true, async: true },
      { signal: options.signal, requireBody: true },
    );
    if (!('status_url' in submitted)) return submitted as DataRefreshResult;
    const job = await waitForJob(submitted.id, options);
    return job.result as DataRefreshResult;
  }

  /**
   * Builds an index as a background job and waits for it. Resolves with the index (status `ready`), which
   * the finished job carries as its result; a failed build throws a PollFailedError carrying the job.
   * @example
   * const index = await hotdata.createIndexAndWait('conn_1', 'public', 'docs', {
   *   index_name: 'docs_body', columns: ['body'], index_type: 'bm25',
   * });
   */
  async function createIndexAndWait(
    connectionId: string,
    schema: string,
    table: string,
    params: Omit<IndexesCreateParams, 'async'>,
    options: JobWaitOptions = {},
  ): Promise<IndexInfo> {
    const submitted = await resources.indexes.create(
      connectionId,
      schema,
      table,
      { ...params, async: true },
      { signal: options.signal, requireBody: true },
    );
    if (!('status_url' in submitted)) return submitted;
    return (await waitForJob(submitted.id, options)).result as IndexInfo;
  }

  return { waitForJob, refreshDataAndWait, createIndexAndWait };
}
