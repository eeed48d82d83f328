import type { Resources } from './generated/resources';
import { createDatasetFlows } from './datasets';
import { createJobFlows } from './jobs';
import { type QueryResult, type RunQueryOptions, runQuery } from './run-query';
import { createUploadFlows } from './upload-file';

/** The multi-step flows the API needs, built on the generated resources. */
export function createFlows(resources: Resources) {
  const uploads = createUploadFlows(resources);

  /**
   * Runs SQL and returns its columns and rows: submitted with `async` and `async_after_ms`, so a fast query
   * answers at once and a slow one is polled (backoff, deadline, abort) until its result is ready. A failed
   * run throws a QueryFailedError with the server's message and the query run id.
   * @example
   * const { columns, rows } = await hotdata.runQuery('select 1 as one');
   * type Order = { id: number; total: number };
   * const orders = await hotdata.runQuery<Order>('select id, total from datasets.main.orders', { rowsAs: 'objects' });
   */
  function run<Row extends Record<string, unknown> = Record<string, unknown>>(
    sql: string,
    options: RunQueryOptions & { rowsAs: 'objects' },
  ): Promise<QueryResult<Row>>;
  function run<Row extends unknown[] = unknown[]>(
    sql: string,
    options?: RunQueryOptions & { rowsAs?: 'arrays' },
  ): Promise<QueryResult<Row>>;
  function run(sql: string, options?: RunQueryOptions): Promise<QueryResult<unknown>> {
    return runQuery(resources, sql, options);
  }

  return {
    runQuery: run,
    ...uploads,
    ...createJobFlows(resources),
    ...createDatasetFlows(resources, uploads),
  };
}
