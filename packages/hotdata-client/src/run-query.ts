import { PollTimeoutError, pollSettings, UsageError, waitFor } from '@org/sdk-core';
import type { QueryRunsGetResponse, Resources } from './generated/resources';
import { QueryFailedError } from './query-failed-error';
import { finished, type WaitOptions } from './wait-options';

/** How `runQuery` submits, waits and shapes the result. */
export interface RunQueryOptions extends Omit<WaitOptions<QueryRunsGetResponse>, 'timeout'> {
  /**
   * How long the server may hold the submission to answer a fast query at once, ms (the API's
   * `async_after_ms`, at least 1000). `null` answers with a query run to poll straight away. @default 1000
   */
  asyncAfterMs?: number | null;
  /** The whole run may take this long, ms: submission, polls and reading the result. @default 300000 (5 min, as the CLI) */
  timeout?: number;
  /** `'objects'` turns each row into an object keyed by column name. @default 'arrays' */
  rowsAs?: 'arrays' | 'objects';
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
  columns?: string[] | null;
  nullable?: boolean[] | null;
  rows?: unknown[][] | null;
  row_count?: number | null;
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
  const timeout = options.timeout ?? 300_000;
  const deadline = Date.now() + timeout;
  // The deadline also cuts the request in flight, which core's waitFor checks only between polls.
  const expiry = AbortSignal.timeout(timeout);
  const signal = options.signal ? AbortSignal.any([options.signal, expiry]) : expiry;
  let what = `the query "${sql.slice(0, 60)}"`;
  let lastState: unknown;
  let attempts = 0;
  const wait = <State extends { status: unknown }>(
    check: (s: AbortSignal | undefined) => Promise<State>,
    description: string,
    report?: (state: State) => void,
  ) => {
    what = description;
    return waitFor(check, {
      ...pollSettings(options),
      // Doubling from 500 ms, as the Rust SDK's PollPolicy; both waits share the run's deadline.
      factor: 2,
      signal,
      timeout: Math.max(0, deadline - Date.now()),
      description,
      done: finished,
      onPoll: (state, attempt) => {
        lastState = state;
        attempts = attempt;
        report?.(state);
      },
    });
  };
  try {
    const submitted = await resources.query.execute(
      { sql, async: true, async_after_ms: asyncAfterMs ?? undefined },
      { signal },
    );
    if ('rows' in submitted) {
      return {
        ...shape(submitted, options.rowsAs),
        queryRunId: submitted.query_run_id,
        resultId: submitted.result_id ?? null,
        executionTimeMs: submitted.execution_time_ms,
        warning: submitted.warning ?? null,
      };
    }
    const id = submitted.query_run_id;
    const fail = (state: unknown, message: string | null | undefined, why = `Query run ${id} failed`) =>
      new QueryFailedError(`${why}${message ? `: ${message}` : ''}`, {
        queryRunId: id,
        serverMessage: message ?? undefined,
        state,
      });
    const run = await wait(
      (s) => resources.queryRuns.get(id, { signal: s }),
      `query run ${id}`,
      options.onProgress,
    );
    if (run.status === 'failed') throw fail(run, run.error_message);
    const resultId = run.result_id;
    if (!resultId)
      throw fail(run, run.warning_message, `Query run ${id} succeeded but its result was not persisted`);
    // Results are persisted asynchronously: a run can succeed a moment before its result is ready.
    const result = await wait(
      (s) => resources.results.get(resultId, { signal: s }),
      `result ${resultId} of query run ${id}`,
    );
    if (result.status === 'failed')
      throw fail(result, result.error_message, `The result ${resultId} of query run ${id} failed`);
    return {
      ...shape(result, options.rowsAs),
      queryRunId: id,
      resultId,
      executionTimeMs: run.execution_time_ms ?? null,
      warning: run.warning_message ?? null,
    };
  } catch (error) {
    if (!expiry.aborted || options.signal?.aborted || PollTimeoutError.is(error)) throw error;
    throw new PollTimeoutError(`Timed out after ${timeout} ms waiting for ${what} (${attempts} polls)`, {
      lastState,
      attempts,
    });
  }
}
