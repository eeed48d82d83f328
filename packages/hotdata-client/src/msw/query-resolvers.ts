import { byQuery, sha256Hex } from '@org/sdk-core/msw';
import { HttpResponse } from 'msw';
import type { components } from '../generated/schema';
import {
  badRequest,
  type MockContext,
  type MockQueryRun,
  type MockSavedQuery,
  type MockSavedQueryVersion,
  lookup,
  notFound,
  type Resolvers,
  view,
} from './context';
import type { MockQueryResult } from './sql';

type S = components['schemas'];

/** What the server's classifier reads from SQL, approximated by keywords (deterministic). */
function classify(sql: string): S['QueryClassification'] {
  const text = ` ${sql.toLowerCase().replace(/\s+/g, ' ')} `;
  const has_join = / join /.test(text);
  const has_aggregation = /\b(count|sum|avg|min|max)\s*\(/.test(text);
  const has_group_by = / group by /.test(text);
  const has_predicate = / where /.test(text);
  const tables = text.match(/ (?:from|join) ([\w."]+)/g) ?? [];
  return {
    category: has_join ? 'join' : has_aggregation ? 'aggregation' : has_predicate ? 'filtered_scan' : 'scan',
    num_tables: tables.length,
    has_predicate,
    has_join,
    has_aggregation,
    has_group_by,
    has_order_by: / order by /.test(text),
    has_limit: / limit \d+/.test(text),
    table_size: null,
  };
}

const publicRun = view('QueryRunInfo');
/** A result's columns and rows as the query and result answers carry them. */
const rows = ({ columns, nullable, rows }: Required<MockQueryResult>) => ({
  columns,
  nullable,
  rows,
  row_count: rows.length,
});

/**
 * Queries and their history: `POST /v1/query` (sync; with `async_after_ms`, 200 when the query finishes in
 * time, else async; async, a query run that answers `running` for `queryPolls` polls and then `succeeded`
 * or `failed`), persisted results (`processing` for `resultPolls`
 * GETs, then `ready`), and saved queries with versions and execute.
 */
export function queryResolvers(ctx: MockContext): Resolvers {
  const { store, engine, now, stamp } = ctx;
  const savedQueries = lookup(store.savedQueries, 'id', (id) => `Saved query ${id}`);

  async function start(sql: string, saved?: { id: string; version: number }): Promise<MockQueryRun> {
    const outcome = await engine.run(sql);
    return store.queryRuns.insert({
      status: 'running',
      sql_text: sql,
      sql_hash: await sha256Hex(sql),
      snapshot_id: 'snap_mock',
      created_at: now(),
      completed_at: null,
      error_message: null,
      warning_message: null,
      execution_time_ms: null,
      server_processing_ms: null,
      result_id: null,
      row_count: null,
      saved_query_id: saved?.id ?? null,
      saved_query_version: saved?.version ?? null,
      trace_id: null,
      user_public_id: null,
      pollsLeft: engine.pollsFor(sql) ?? ctx.queryPolls,
      outcome,
    });
  }

  /** Ends a run as its outcome says; a success persists its result. */
  function finish(run: MockQueryRun): MockQueryRun {
    if (run.status === 'succeeded' || run.status === 'failed') return run;
    const { outcome } = run;
    if (!outcome.ok) {
      return store.queryRuns.update(run.id, {
        status: 'failed',
        error_message: outcome.message,
        completed_at: now(),
        pollsLeft: 0,
      }) as MockQueryRun;
    }
    const result = store.results.insert({
      status: ctx.resultPolls > 0 ? 'processing' : 'ready',
      created_at: now(),
      error_message: null,
      pollsLeft: ctx.resultPolls,
      result: outcome,
    });
    return store.queryRuns.update(run.id, {
      status: 'succeeded',
      result_id: result.id,
      row_count: outcome.result.rows.length,
      execution_time_ms: 0,
      server_processing_ms: 0,
      completed_at: now(),
      pollsLeft: 0,
    }) as MockQueryRun;
  }

  /** A finished run as the synchronous answer: its result (200), or its failure (400). */
  function answer(run: MockQueryRun): Response {
    const { outcome } = run;
    if (!outcome.ok) return badRequest(outcome.message);
    return HttpResponse.json({
      ...rows(outcome.result),
      execution_time_ms: 0,
      query_run_id: run.id,
      result_id: run.result_id ?? null,
      warning: null,
    } satisfies S['QueryResponse']);
  }

  function detail(q: MockSavedQuery): S['SavedQueryDetail'] {
    const latest = q.versions[q.versions.length - 1] as MockSavedQueryVersion;
    const { version: _v, created_at: _c, ...classification } = latest;
    return {
      id: q.id,
      name: q.name,
      description: q.description,
      tags: q.tags,
      latest_version: latest.version,
      created_at: q.created_at,
      updated_at: q.updated_at,
      ...classification,
      category: q.category_override ?? latest.category ?? null,
      table_size: q.table_size_override ?? latest.table_size ?? null,
    };
  }

  const summary = (q: MockSavedQuery) =>
    view('SavedQuerySummary')({ ...q, latest_version: q.versions.length });

  async function version(number: number, sql: string): Promise<MockSavedQueryVersion> {
    return { version: number, sql, sql_hash: await sha256Hex(sql), created_at: now(), ...classify(sql) };
  }

  return {
    executeQuery: async ({ body: input }) => {
      const run = await start(input.sql);
      // With `async_after_ms` the API waits that long and answers 200 if the query finished: the mock's
      // queries finish at once unless made slow (SQL registered with polls, else the `slowQueries` option).
      const registered = engine.pollsFor(input.sql);
      const outlastsWait = registered === undefined ? ctx.slowQueries : registered > 0;
      if (!input.async || (input.async_after_ms != null && !outlastsWait)) return answer(finish(run));
      const current = run.pollsLeft === 0 ? finish(run) : run;
      return HttpResponse.json(
        {
          query_run_id: run.id,
          status: current.status,
          status_url: `/v1/query-runs/${run.id}`,
          reason: null,
        } satisfies S['AsyncQueryResponse'],
        { status: 202 },
      );
    },

    // query runs
    listQueryRuns: ({ query, page }) => {
      const inQuery = byQuery({ status: { field: 'status', list: ',' }, saved_query_id: 'saved_query_id' });
      const runs = store.queryRuns.filter((r) => inQuery(r, query)).reverse();
      return page(runs.map(publicRun));
    },
    getQueryRun: lookup(store.queryRuns, 'id', (id) => `Query run ${id}`).with((run) => {
      if (run.status !== 'running') return publicRun(run);
      if (run.pollsLeft > 0) {
        return publicRun(store.queryRuns.update(run.id, { pollsLeft: run.pollsLeft - 1 }) as MockQueryRun);
      }
      return publicRun(finish(run));
    }),

    // results
    listResults: ({ page }) => page(store.results.all().reverse().map(view('ResultInfo'))),
    getResult: lookup(store.results, 'id', (id) => `Result ${id}`).with((result) => {
      if (result.pollsLeft > 0) {
        store.results.update(result.id, { pollsLeft: result.pollsLeft - 1 });
        return { result_id: result.id, status: 'processing' };
      }
      if (result.status !== 'ready') store.results.update(result.id, { status: 'ready' });
      if (!result.result.ok)
        return { result_id: result.id, status: 'failed', error_message: result.result.message };
      return { result_id: result.id, status: 'ready', ...rows(result.result.result), error_message: null };
    }),

    // saved queries
    listSavedQueries: ({ page }) => page(store.savedQueries.all().map(summary)),
    createSavedQuery: async ({ body: input }) => {
      const saved = store.savedQueries.insert({
        name: input.name,
        description: input.description ?? '',
        tags: input.tags ?? [],
        ...stamp(),
        category_override: null,
        table_size_override: null,
        versions: [await version(1, input.sql)],
      });
      return detail(saved);
    },
    getSavedQuery: savedQueries.with((saved) => detail(saved)),
    updateSavedQuery: savedQueries.with(async (saved, { body: input }) => {
      const latest = saved.versions[saved.versions.length - 1] as MockSavedQueryVersion;
      const versions =
        input.sql && input.sql !== latest.sql
          ? [...saved.versions, await version(saved.versions.length + 1, input.sql)]
          : saved.versions;
      const updated = store.savedQueries.update(saved.id, {
        ...(input.name ? { name: input.name } : {}),
        ...('description' in input ? { description: input.description ?? '' } : {}),
        ...('tags' in input ? { tags: input.tags ?? [] } : {}),
        ...('category_override' in input ? { category_override: input.category_override ?? null } : {}),
        ...('table_size_override' in input ? { table_size_override: input.table_size_override ?? null } : {}),
        versions,
        updated_at: now(),
      }) as MockSavedQuery;
      return detail(updated);
    }),
    deleteSavedQuery: savedQueries.remove(),
    executeSavedQuery: savedQueries.with(async (saved, { body }) => {
      // The body is optional: none runs the latest version.
      const number = body?.version ?? saved.versions.length;
      const chosen = saved.versions.find((v) => v.version === number);
      if (!chosen) return notFound(`Saved query ${saved.id} has no version ${number}`);
      return answer(finish(await start(chosen.sql, { id: saved.id, version: number })));
    }),
    listSavedQueryVersions: savedQueries.with((saved, info) =>
      info.page([...saved.versions].reverse(), () => ({ saved_query_id: saved.id })),
    ),
  };
}
