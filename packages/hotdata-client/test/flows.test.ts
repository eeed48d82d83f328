// The flows: runQuery (sync answers, polls, results, failures, deadline, abort), job and dataset waits,
// uploads with the streaming switch, and createDatasetFromFile.
import { Readable } from 'node:stream';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  BadRequestError,
  PollFailedError,
  PollTimeoutError,
  QueryFailedError,
  STREAMING_THRESHOLD,
  UsageError,
} from '../src/index';
import { createHotdataMock, sampleWarehouse } from '../src/msw/index';
import { fast, useMock } from './use-mock';

const { mock, server, requests, client } = useMock({ discover: () => sampleWarehouse, slowQueries: true });
const pg = { host: 'db', database: 'shop', user: 'u' };
const since = (start: number) => requests.slice(start).map((r) => `${r.method} ${r.path}${r.search}`);

describe('runQuery', () => {
  it('submits with async and async_after_ms, polls the run until it succeeds, then reads the result', async () => {
    const hotdata = client();
    mock.queries.register(
      'select * from sales',
      {
        columns: ['region', 'total'],
        rows: [
          ['EU', 10],
          ['US', 12],
        ],
      },
      { polls: 2 },
    );
    const start = requests.length;
    const seen: string[] = [];
    const result = await hotdata.runQuery('select * from sales', {
      ...fast,
      onProgress: (run) => seen.push(String(run.status)),
    });
    expect(result).toEqual({
      columns: [
        { name: 'region', nullable: true },
        { name: 'total', nullable: true },
      ],
      rows: [
        ['EU', 10],
        ['US', 12],
      ],
      rowCount: 2,
      queryRunId: 'qrun_1',
      resultId: 'res_1',
      executionTimeMs: 0,
      warning: null,
    });
    expect(seen).toEqual(['running', 'running', 'succeeded']);
    expect(since(start)).toEqual([
      'POST /v1/query',
      'GET /v1/query-runs/qrun_1',
      'GET /v1/query-runs/qrun_1',
      'GET /v1/query-runs/qrun_1',
      'GET /v1/results/res_1',
    ]);
  });

  it('takes the answer at once when the query finishes within async_after_ms', async () => {
    const hotdata = client();
    let body: unknown;
    server.use(
      mock.http.post('/v1/query', async ({ request }) => {
        body = await request.clone().json();
        return undefined;
      }),
    );
    mock.queries.register(
      /^select count\(\*\) from events$/i,
      { columns: ['count(*)'], rows: [[7]], nullable: [false] },
      { polls: 0 },
    );
    const start = requests.length;
    const result = await hotdata.runQuery('SELECT COUNT(*) FROM events', {
      asyncAfterMs: 2500,
      rowsAs: 'objects',
    });
    expect(body).toEqual({ sql: 'SELECT COUNT(*) FROM events', async: true, async_after_ms: 2500 });
    expect(result.rows).toEqual([{ 'count(*)': 7 }]);
    expect(result.columns).toEqual([{ name: 'count(*)', nullable: false }]);
    expect(since(start)).toEqual(['POST /v1/query']);
  });

  it('waits for a result that is still being persisted', async () => {
    const slow = createHotdataMock({ resultPolls: 2, slowQueries: true });
    server.use(...slow.handlers);
    const hotdata = client({ workspaceId: slow.workspaceId });
    const start = requests.length;
    const { rows } = await hotdata.runQuery('select 42 as answer', fast);
    expect(rows).toEqual([[42]]);
    expect(since(start).filter((r) => r.startsWith('GET /v1/results/'))).toHaveLength(3);
  });

  it('raises QueryFailedError with the server message and the run id when the run fails', async () => {
    const hotdata = client();
    const error = await hotdata.runQuery('select * from datasets.main.nope', fast).catch((e) => e);
    expect(error).toBeInstanceOf(QueryFailedError);
    expect(error).toBeInstanceOf(PollFailedError);
    expect(error.name).toBe('QueryFailedError');
    expect(error.queryRunId).toBe('qrun_1');
    expect(error.serverMessage).toBe("Error during planning: table 'datasets.main.nope' not found");
    expect(error.message).toBe(
      "Query run qrun_1 failed: Error during planning: table 'datasets.main.nope' not found",
    );
    expect(error.state).toMatchObject({ id: 'qrun_1', status: 'failed' });

    mock.queries.register('select 1/0', { error: 'Arrow error: Divide by zero error' });
    const registered = await hotdata.runQuery('select 1/0', fast).catch((e) => e);
    expect(registered.serverMessage).toBe('Arrow error: Divide by zero error');
  });

  it('raises QueryFailedError when the run succeeded but its result was not persisted', async () => {
    server.use(
      mock.http.get('/v1/query-runs/{id}', ({ params }) =>
        HttpResponse.json({
          id: params.id,
          status: 'succeeded',
          sql_text: 'select 1',
          sql_hash: 'h',
          snapshot_id: 's',
          created_at: new Date().toISOString(),
          result_id: null,
          warning_message: 'catalog registration failed',
        }),
      ),
    );
    const error = await client()
      .runQuery('select 1', fast)
      .catch((e) => e);
    expect(error).toBeInstanceOf(QueryFailedError);
    expect(error.message).toMatch(/succeeded but its result was not persisted: catalog registration failed/);
  });

  it('rejects a query the server refuses at submission with its 400 message', async () => {
    mock.queries.register(
      'selec 1',
      { error: 'SQL error: ParserError("Expected an SQL statement")' },
      { polls: 0 },
    );
    const error = await client()
      .runQuery('selec 1', fast)
      .catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.vendorMessage).toBe('SQL error: ParserError("Expected an SQL statement")');
  });

  it('gives up at the deadline with a PollTimeoutError carrying the last run seen', async () => {
    mock.queries.register('select slowly', { columns: ['x'], rows: [] }, { polls: 10_000 });
    const started = performance.now();
    const error = await client()
      .runQuery('select slowly', { timeout: 300, pollInterval: { min: 20, max: 20 } })
      .catch((e) => e);
    expect(error).toBeInstanceOf(PollTimeoutError);
    expect(error.message).toMatch(/Timed out after \d+ ms waiting for query run qrun_1/);
    expect(error.lastState).toMatchObject({ status: 'running' });
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('cuts a request in flight at the deadline too', async () => {
    server.use(mock.scenarios.slow('POST /v1/query', { delayMs: 5000 }));
    const error = await client()
      .runQuery('select 1', { timeout: 150 })
      .catch((e) => e);
    expect(error).toBeInstanceOf(PollTimeoutError);
    expect(error.message).toMatch(/Timed out after 150 ms waiting for the query "select 1" \(0 polls\)/);
  });

  it('stops on abort with the signal reason', async () => {
    mock.queries.register('select forever', { columns: ['x'], rows: [] }, { polls: 10_000 });
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    setTimeout(() => controller.abort(reason), 50);
    await expect(client().runQuery('select forever', { ...fast, signal: controller.signal })).rejects.toBe(
      reason,
    );
  });

  it('says how to fix an async_after_ms below the API minimum, and can submit without one', async () => {
    await expect(client().runQuery('select 1', { asyncAfterMs: 500 })).rejects.toThrow(UsageError);
    await expect(client().runQuery('select 1', { asyncAfterMs: 500 })).rejects.toThrow(/at least 1000/);
    let body: unknown;
    server.use(
      mock.http.post('/v1/query', async ({ request }) => {
        body = await request.clone().json();
        return undefined;
      }),
    );
    await client().runQuery('select 1', { ...fast, asyncAfterMs: null });
    expect(body).toEqual({ sql: 'select 1', async: true });
  });
});

describe('job and dataset waits', () => {
  it('waits for an index build and reads the index back', async () => {
    const hotdata = client();
    const { id } = await hotdata.connections.create({ name: 'shop', source_type: 'postgres', config: pg });
    const index = await hotdata.createIndexAndWait(
      id,
      'public',
      'customers',
      { index_name: 'by_name', columns: ['name'] },
      fast,
    );
    expect(index).toMatchObject({ index_name: 'by_name', status: 'ready', index_type: 'sorted' });
    expect(mock.store.jobs.all()).toMatchObject([{ job_type: 'create_index', status: 'succeeded' }]);
  });

  it('refreshes one table as a job and resolves with what it synced', async () => {
    const hotdata = client();
    const { id } = await hotdata.connections.create({ name: 'shop', source_type: 'postgres', config: pg });
    const seen: string[] = [];
    const result = await hotdata.refreshDataAndWait(
      { connection_id: id, schema_name: 'public', table_name: 'orders' },
      { ...fast, onProgress: (job) => seen.push(String(job.status)) },
    );
    expect(result).toMatchObject({ connection_id: id, table_name: 'orders', rows_synced: 4 });
    expect(seen).toEqual(['running', 'succeeded']);
  });

  it('raises PollFailedError with the server message for a failed job, and optionally for a partial one', async () => {
    const hotdata = client();
    const failed = mock.store.jobs.insert({
      job_type: 'data_refresh_connection',
      status: 'failed',
      attempts: 3,
      created_at: new Date().toISOString(),
      error_message: 'connection refused by db:5432',
      pollsLeft: 0,
      finish: () => null,
    });
    const error = await hotdata.waitForJob(failed.id, fast).catch((e) => e);
    expect(error).toBeInstanceOf(PollFailedError);
    expect(error.message).toBe(
      `Job ${failed.id} (data_refresh_connection) ended failed: connection refused by db:5432`,
    );
    expect(error.state).toMatchObject({ attempts: 3 });
    const partial = mock.store.jobs.insert({
      ...failed,
      id: undefined,
      status: 'partially_succeeded',
      error_message: null,
    } as never);
    await expect(hotdata.waitForJob(partial.id, fast)).resolves.toMatchObject({
      status: 'partially_succeeded',
    });
    await expect(hotdata.waitForJob(partial.id, { ...fast, failOnPartial: true })).rejects.toBeInstanceOf(
      PollFailedError,
    );
  });

  it('waits while a new dataset is still loading', async () => {
    const loading = createHotdataMock({ datasetLoadPolls: 2 });
    server.use(...loading.handlers);
    const hotdata = client({ workspaceId: loading.workspaceId });
    const start = requests.length;
    const dataset = await hotdata.createDatasetFromFile(new File(['a,b\n1,x\n'], 'pairs.csv'), {
      wait: fast,
    });
    expect(dataset.columns.map((c) => c.name)).toEqual(['a', 'b']);
    expect(since(start).filter((r) => r.startsWith('GET /v1/datasets/'))).toHaveLength(3);
  });
});

describe('uploads', () => {
  it('sends small bodies without streaming and streams of unknown size with ?streaming=true', async () => {
    const hotdata = client();
    const start = requests.length;
    await hotdata.uploadFile(new Blob(['id\n1\n'], { type: 'text/csv' }));
    await hotdata.uploadFile(Readable.from([Buffer.from('id\n'), Buffer.from('2\n')]), {
      contentType: 'text/csv',
    });
    await hotdata.uploadFile(
      new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{}'));
          controller.close();
        },
      }),
      {
        streaming: false,
        contentType: 'application/json',
      },
    );
    expect(since(start)).toEqual(['POST /v1/files', 'POST /v1/files?streaming=true', 'POST /v1/files']);
    expect(mock.store.uploads.all().map((u) => [u.size_bytes, u.content_type])).toEqual([
      [5, 'text/csv'],
      [5, 'text/csv'],
      [2, 'application/json'],
    ]);
  });

  it('streams a body of STREAMING_THRESHOLD bytes or more, and refuses one over 20 GB before sending', async () => {
    const hotdata = client();
    const start = requests.length;
    const upload = await hotdata.uploadFile(new Uint8Array(STREAMING_THRESHOLD));
    expect(upload).toMatchObject({
      size_bytes: STREAMING_THRESHOLD,
      content_type: 'application/octet-stream',
    });
    expect(since(start)).toEqual(['POST /v1/files?streaming=true']);
    class Huge extends Blob {
      override get size() {
        return 21 * 1024 ** 3;
      }
    }
    expect(() => hotdata.uploadFile(new Huge(['x']))).toThrow(/at most 20 GB per file/);
  });

  it('answers an empty body with the server 400', async () => {
    const error = await client()
      .uploadFile(new Uint8Array(0))
      .catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.vendorMessage).toBe('Upload cannot be empty');
  });
});

describe('createDatasetFromFile', () => {
  it('uploads a CSV file, makes a dataset named after it, and answers its columns; queryable at once', async () => {
    const hotdata = client();
    const csv = 'id,name,score,joined\n1,Ada,9.5,2026-01-02\n2,Bob,,2026-02-03\n';
    const dataset = await hotdata.createDatasetFromFile(
      new File([csv], 'Team Members.csv', { type: 'text/csv' }),
    );
    expect(dataset).toMatchObject({
      label: 'Team Members',
      table_name: 'team_members',
      schema_name: 'main',
      source_type: 'upload',
    });
    expect(dataset.columns).toEqual([
      { name: 'id', data_type: 'Int64', nullable: false },
      { name: 'name', data_type: 'Utf8', nullable: false },
      { name: 'score', data_type: 'Float64', nullable: true },
      { name: 'joined', data_type: 'Date32', nullable: false },
    ]);
    const { rows } = await hotdata.runQuery(`select * from datasets.main.${dataset.table_name}`, {
      ...fast,
      rowsAs: 'objects',
    });
    expect(rows).toEqual([
      { id: 1, name: 'Ada', score: 9.5, joined: '2026-01-02' },
      { id: 2, name: 'Bob', score: null, joined: '2026-02-03' },
    ]);
  });

  it('reads the format from the name or type, takes explicit options, and needs a label for a nameless source', async () => {
    const hotdata = client();
    const json = await hotdata.createDatasetFromFile(new File(['{"a":1}\n{"a":2}\n'], 'lines.ndjson'));
    expect(json.columns).toEqual([{ name: 'a', data_type: 'Int64', nullable: false }]);
    expect(mock.store.uploads.all()[0]?.content_type).toBe('application/json');
    const typed = await hotdata.createDatasetFromFile('amount\n1.50\n', {
      label: 'payments',
      tableName: 'pay',
      format: 'csv',
      columns: { amount: { type: 'DECIMAL', precision: 10, scale: 2 } },
    });
    expect(typed).toMatchObject({ table_name: 'pay', columns: [{ name: 'amount', data_type: 'DECIMAL' }] });
    await expect(hotdata.createDatasetFromFile(new Blob(['a\n1\n']))).rejects.toThrow(/needs a `label`/);
    const parquet = await hotdata.createDatasetFromFile(new File(['PAR1....'], 'x.parquet')).catch((e) => e);
    expect(parquet).toBeInstanceOf(BadRequestError);
    expect(parquet.vendorMessage).toMatch(/cannot read Parquet; pass the source `columns`/);
  });
});
