import { UsageError, waitFor } from '@org/sdk-core';
import { pollOutcome, pollSettings } from '@org/sdk-core/internal';
import { getQueryRunPoll, getResultPoll } from './generated/poll';
import type { QueryRunsGetResponse, Resources } from './generated/resources';
import { QueryFailedError } from './query-failed-error';
import type { WaitOptions } from './wait-options';

/** How `runQuery` submits, waits and shapes the result. */
export interface RunQueryOptions extends Omit<WaitOptions<QueryRunsGetResponse>, 'timeout'> {
  /**
   * How long the server may hold the submission to answer a fast query at once, ms (the API's
   * `async_after_ms`, at least 1000). `null` answers with a query run to poll straight away. @default 1000
   */
  asyncAfterMs?: number | null | undefined;
  /** The whole run may take this long, ms: submission, polls and reading the result. @default 300000 (5 min, as the CLI) */
  timeout?: number | undefined;
  /** `'objects'` turns each row into an object keyed by column name. @default 'arrays' */
  rowsAs?: 'arrays' | 'objects' | undefined;
}

/** A column of a query result. */
export interface QueryColumn {
  name: string;
  /** Whether the column may hold NULL. */
  nullable: boolean;
}

/** The result of `runQuery`. */
export interface QueryResult<Row> {
  columns: QueryColumn[];
  /** The rows: arrays parallel to `columns`, or objects keyed by column name with `rowsAs: 'objects'`. */
  rows: Row[];
  rowCount: number;
  /** The query run, for `queryRuns.get()` and the history. */
  queryRunId: string;
  /** The persisted result, for `results.get()`; null when the server could not persist it (see `warning`). */
  resultId: string | null;
  /** Server-side execution time, when the server reported it. */
  executionTimeMs: number | null;
  warning: string | null;
}

const MIN_ASYNC_AFTER_MS = 1000;

interface Table {
  columns?: string[] | null | undefined;
  nullable?: boolean[] | null | undefined;
  rows?: unknown[][] | null | undefined;
  row_count?: number | null | undefined;
}

function shape(table: Table, rowsAs: RunQueryOptions['rowsAs']) {
  const names = table.columns ?? [];
  const rows = table.rows ?? [];
  return {
    columns: names.map((name, i) => ({ name, nullable: table.nullable?.[i] ?? true })),
    rows:
      rowsAs === 'objects' ? rows.map((row) => Object.fromEntries(names.map((n, i) => [n, row[i]]))) : rows,
    rowCount: table.row_count ?? rows.length,
  };
}

/**
 * Submits SQL with `async` and `async_after_ms`: a query that finishes in time answers at once; otherwise
 * the query run is polled (backoff, deadline, abort) until it succeeds and its persisted result is read.
 * One core `waitFor` covers it all, so its deadline also cuts the submission or poll in flight.
 * A failed run throws a QueryFailedError with the server's message and the run id.
 */
export async function runQuery(
  resources: Resources,
  sql: string,
  options: RunQueryOptions = {},
): Promise<QueryResult<unknown>> {
  const asyncAfterMs = options.asyncAfterMs === undefined ? MIN_ASYNC_AFTER_MS : options.asyncAfterMs;
  if (asyncAfterMs !== null && !(asyncAfterMs >= MIN_ASYNC_AFTER_MS)) {
    throw new UsageError(
      `[@org/hotdata-client] asyncAfterMs must be null or at least ${MIN_ASYNC_AFTER_MS}, the API's minimum.`,
    );
  }
  let what = `the query "${sql.slice(0, 60)}"`;
  let runId: string | undefined;
  let run: QueryRunsGetResponse | undefined;
  let answer: QueryResult<unknown> | undefined;
  const fail = (state: unknown, message: string | null | undefined, why = `Query run ${runId} failed`) =>
    new QueryFailedError(`${why}${message ? `: ${message}` : ''}`, {
      queryRunId: runId as string,
      serverMessage: message ?? undefined,
      state,
    });
  // Each check takes the next step: submit, poll the run, then poll its result (persisted asynchronously: a
  // run can succeed a moment before its result is ready). An empty answer is a typed error (requireBody).
  const step = async (signal: AbortSignal): Promise<unknown> => {
    const request = { signal, requireBody: true };
    if (!runId) {
      const submitted = await resources.query.execute(
        { sql, async: true, async_after_ms: asyncAfterMs ?? undefined },
        request,
      );
      if ('rows' in submitted) {
        answer = {
          ...shape(submitted, options.rowsAs),
          queryRunId: submitted.query_run_id,
          resultId: submitted.result_id ?? null,
          executionTimeMs: submitted.execution_time_ms,
          warning: submitted.warning ?? null,
        };
        return submitted;
      }
      runId = submitted.query_run_id;
      what = `query run ${runId}`;
    }
    if (!run) {
      const polled = await resources.queryRuns.get(runId, request);
      options.onProgress?.(polled);
      // The run's and the result's end states are the spec's (x-sdk-poll).
      const ended = pollOutcome(getQueryRunPoll, polled);
      if (!ended) return polled;
      if (ended === 'failure') throw fail(polled, polled.error_message);
      if (!polled.result_id)
        throw fail(
          polled,
          polled.warning_message,
          `Query run ${runId} succeeded but its result was not persisted`,
        );
      run = polled;
      what = `result ${polled.result_id} of query run ${runId}`;
    }
    const resultId = run.result_id as string;
    const result = await resources.results.get(resultId, request);
    const resultEnded = pollOutcome(getResultPoll, result);
    if (!resultEnded) return result;
    if (resultEnded === 'failure')
      throw fail(result, result.error_message, `The result ${resultId} of query run ${runId} failed`);
    answer = {
      ...shape(result, options.rowsAs),
      queryRunId: runId,
      resultId,
      executionTimeMs: run.execution_time_ms ?? null,
      warning: run.warning_message ?? null,
    };
    return result;
  };
  await waitFor(step, {
    ...pollSettings(options),
    // Doubling from 500 ms, as the Rust SDK's PollPolicy; the whole run shares the one deadline.
    factor: 2,
    timeout: options.timeout ?? 300_000,
    onPoll: undefined,
    description: () => what,
    done: () => answer !== undefined,
  });
  return answer as QueryResult<unknown>;
}
