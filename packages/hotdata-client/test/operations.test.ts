// Every operation of the spec through the client against the stateful mock, and the workspace header on
// every call that needs it. The last test checks this file called all 52 operations.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BadRequestError, NotFoundError } from '../src/index';
import { createHotdataMock, sampleWarehouse } from '../src/msw/index';
import { whenWholeFileRan } from '../../core/test/support/mocked-client';
import { fast, useMock } from './use-mock';

const { mock, server, requests, client } = useMock({ discover: () => sampleWarehouse });
const pg = { host: 'db.internal', database: 'shop', user: 'reader' };

describe('workspaces', () => {
  it('lists the workspaces and creates one, which is provisioned by the next list', async () => {
    const hotdata = client();
    const { ok, workspaces } = await hotdata.workspaces.list();
    expect(ok).toBe(true);
    expect(workspaces.map((w) => w.public_id)).toEqual([mock.workspaceId]);
    const created = await hotdata.workspaces.create({ name: 'analytics' });
    expect(created.workspace).toMatchObject({ name: 'analytics', provision_status: 'pending' });
    const again = await hotdata.workspaces.list({ organization_public_id: 'org_mock' });
    expect(again.workspaces.find((w) => w.public_id === created.workspace.public_id)).toMatchObject({
      provision_status: 'provisioned',
      namespace: `workspace-${created.workspace.public_id}`,
    });
  });
});

describe('query', () => {
  it('answers at once without async, and with a query run to poll with async', async () => {
    const hotdata = client();
    const sync = await hotdata.query.execute({ sql: "select 1 as one, 'x' as letter" });
    expect(sync).toMatchObject({
      columns: ['one', 'letter'],
      rows: [[1, 'x']],
      row_count: 1,
      nullable: [false, false],
    });
    const submitted = await hotdata.query.execute({ sql: 'select 2', async: true });
    expect(submitted).toMatchObject({
      status: 'running',
      status_url: expect.stringMatching(/^\/v1\/query-runs\/qrun_/),
    });
  });
  it('answers 200 with the result when the query finishes within async_after_ms, 202 when it is slow', async () => {
    const hotdata = client();
    const fastAnswer = await hotdata.query.execute({ sql: 'select 1', async: true, async_after_ms: 1000 });
    expect(fastAnswer).toMatchObject({ rows: [[1]], row_count: 1 });
    mock.queries.register('select 2', { columns: ['two'], rows: [[2]] }, { polls: 2 });
    const slow = await hotdata.query.execute({ sql: 'select 2', async: true, async_after_ms: 1000 });
    expect(slow).toMatchObject({ status: 'running' });
  });

  it('with the slowQueries option every query outlasts async_after_ms', async () => {
    const slowMock = createHotdataMock({ slowQueries: true, queryPolls: 3 });
    server.use(...slowMock.handlers);
    const hotdata = client({ workspaceId: slowMock.workspaceId });
    const answer = await hotdata.query.execute({ sql: 'select 1', async: true, async_after_ms: 1000 });
    expect(answer).toMatchObject({ status: 'running' });
    const id = (answer as { query_run_id: string }).query_run_id;
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await hotdata.queryRuns.get(id)).status);
    expect(statuses).toEqual(['running', 'running', 'running', 'succeeded']);
  });
});

describe('workspace context', () => {
  it('upserts by name, lists and gets, and answers 404 for a name it does not hold', async () => {
    const hotdata = client();
    const first = await hotdata.context.upsert({ name: 'glossary', content: '# Terms' });
    expect(first.context).toMatchObject({ name: 'glossary', content: '# Terms' });
    await hotdata.context.upsert({ name: 'glossary', content: '# Terms\n\nARR: annual recurring revenue.' });
    const { contexts } = await hotdata.context.list();
    expect(contexts.map((c) => [c.name, c.content])).toEqual([
      ['glossary', '# Terms\n\nARR: annual recurring revenue.'],
    ]);
    expect((await hotdata.context.get('glossary')).context.content).toMatch(/ARR/);
    await expect(hotdata.context.get('nope')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('secrets', () => {
  it('creates, lists, gets, updates and deletes, never returning the value', async () => {
    const hotdata = client();
    const created = await hotdata.secrets.create({ name: 'pg_password', value: 's3cret' });
    expect(created).toMatchObject({ id: expect.stringMatching(/^secr_/), name: 'pg_password' });
    expect((await hotdata.secrets.list()).secrets.map((s) => s.name)).toEqual(['pg_password']);
    const got = await hotdata.secrets.get('pg_password');
    expect(got.name).toBe('pg_password');
    expect(JSON.stringify(got)).not.toContain('s3cret');
    const updated = await hotdata.secrets.update('pg_password', { value: 'n3w' });
    expect(updated.name).toBe('pg_password');
    expect(mock.store.secrets.get('pg_password')?.value).toBe('n3w');
    await expect(hotdata.secrets.delete('pg_password')).resolves.toBeUndefined();
    await expect(hotdata.secrets.get('pg_password')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('connections, connection types, information schema, profiles and refresh', () => {
  it('lists and describes connection types', async () => {
    const hotdata = client();
    const { connection_types } = await hotdata.connectionTypes.list();
    expect(connection_types.map((t) => t.name)).toContain('postgres');
    const postgres = await hotdata.connectionTypes.get('postgres');
    expect(postgres.config_schema).toMatchObject({ required: ['host', 'database', 'user'] });
  });

  it('creates a connection that discovers tables; gets, checks, lists and deletes it', async () => {
    const hotdata = client();
    await hotdata.secrets.create({ name: 'pg', value: 'pw' });
    const created = await hotdata.connections.create({
      name: 'shop',
      source_type: 'postgres',
      config: pg,
      secret_name: 'pg',
    });
    expect(created).toMatchObject({ name: 'shop', tables_discovered: 12, discovery_status: 'success' });
    expect((await hotdata.connections.list()).connections).toEqual([
      { id: created.id, name: 'shop', source_type: 'postgres' },
    ]);
    await expect(hotdata.connections.get(created.id)).resolves.toEqual({
      id: created.id,
      name: 'shop',
      source_type: 'postgres',
      table_count: 12,
      synced_table_count: 0,
    });
    await expect(hotdata.connections.checkHealth(created.id)).resolves.toMatchObject({ healthy: true });
    await expect(hotdata.connections.delete(created.id)).resolves.toBeUndefined();
    await expect(hotdata.connections.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('syncs a table by data refresh, profiles it, and purges the table and connection caches', async () => {
    const hotdata = client();
    const { id } = await hotdata.connections.create({ name: 'shop', source_type: 'postgres', config: pg });
    await expect(hotdata.connections.getTableProfile(id, 'public', 'customers')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const refreshed = await hotdata.refresh.run({
      connection_id: id,
      schema_name: 'public',
      table_name: 'customers',
      data: true,
    });
    expect(refreshed).toMatchObject({ connection_id: id, table_name: 'customers', rows_synced: 5 });
    const profile = await hotdata.connections.getTableProfile(id, 'public', 'customers');
    expect(profile).toMatchObject({ connection: 'shop', schema: 'public', table: 'customers', row_count: 5 });
    expect(profile.columns.find((c) => c.name === 'country')).toMatchObject({
      cardinality: 3,
      null_count: 0,
      profile: {
        type: 'categorical',
        values: [
          { value: 'GB', count: 2 },
          { value: 'US', count: 2 },
          { value: 'FI', count: 1 },
        ],
      },
    });
    expect(profile.columns.find((c) => c.name === 'vip')).toMatchObject({
      null_count: 1,
      null_percentage: 20,
      profile: { type: 'boolean', true_count: 2, false_count: 2 },
    });
    await hotdata.connections.purgeTableCache(id, 'public', 'customers');
    await expect(hotdata.connections.getTableProfile(id, 'public', 'customers')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await hotdata.refresh.run({ connection_id: id, data: true, include_uncached: true });
    expect((await hotdata.connections.get(id)).synced_table_count).toBe(12);
    await hotdata.connections.purgeCache(id);
    expect((await hotdata.connections.get(id)).synced_table_count).toBe(0);
  });

  it('re-discovers schema on a schema refresh, and browses the information schema with filters', async () => {
    const hotdata = client();
    const { id } = await hotdata.connections.create({
      name: 'shop',
      source_type: 'postgres',
      config: pg,
      skip_discovery: true,
    });
    expect((await hotdata.connections.get(id)).table_count).toBe(0);
    await expect(hotdata.refresh.run({ connection_id: id })).resolves.toMatchObject({
      connections_refreshed: 1,
      tables_discovered: 12,
      tables_added: 12,
    });
    const page = await hotdata.informationSchema.list({
      schema: 'analytics',
      table: '%_%',
      include_columns: true,
    });
    expect(page.tables.map((t) => t.table)).toEqual([
      'daily_revenue',
      'customer_ltv',
      'funnel_events',
      'cohorts',
    ]);
    expect(page.tables[0]?.columns?.map((c) => c.name)).toEqual(['day', 'revenue']);
    expect(page).toMatchObject({ count: 4, has_more: false, next_cursor: null });
  });
});

describe('uploads and datasets', () => {
  it('uploads raw bytes and lists uploads by status', async () => {
    const hotdata = client();
    const upload = await hotdata.uploads.upload(
      'a,b\n1,2\n',
      {},
      { headers: { 'Content-Type': 'text/csv' } },
    );
    expect(upload).toMatchObject({ status: 'pending', size_bytes: 8, content_type: 'text/csv' });
    expect((await hotdata.uploads.list({ status: 'pending' })).uploads.map((u) => u.id)).toEqual([upload.id]);
    expect((await hotdata.uploads.list({ status: 'consumed' })).uploads).toEqual([]);
  });

  it('creates a dataset from an upload; gets, renames, pins, versions and deletes it', async () => {
    const hotdata = client();
    const upload = await hotdata.uploads.upload(
      'id,city\n1,Oslo\n2,Lima\n',
      {},
      { headers: { 'Content-Type': 'text/csv' } },
    );
    const created = await hotdata.datasets.create({ label: 'Cities 2026', source: { upload_id: upload.id } });
    expect(created).toMatchObject({
      label: 'Cities 2026',
      table_name: 'cities_2026',
      schema_name: 'main',
      status: 'ready',
    });
    expect((await hotdata.uploads.list({ status: 'consumed' })).uploads.map((u) => u.id)).toEqual([
      upload.id,
    ]);
    const dataset = await hotdata.datasets.get(created.id);
    expect(dataset.columns).toEqual([
      { name: 'id', data_type: 'Int64', nullable: false },
      { name: 'city', data_type: 'Utf8', nullable: false },
    ]);
    expect(dataset).toMatchObject({ source_type: 'upload', latest_version: 1, pinned_version: null });
    const refreshed = await hotdata.refresh.run({ dataset_id: created.id });
    expect(refreshed).toMatchObject({ status: 'ready', version: 2 });
    const versions = await hotdata.datasets.listVersions(created.id);
    expect(versions.versions.map((v) => v.version)).toEqual([2, 1]);
    const renamed = await hotdata.datasets.update(created.id, {
      label: 'Cities',
      table_name: 'cities',
      pinned_version: 1,
    });
    expect(renamed).toMatchObject({ label: 'Cities', table_name: 'cities', pinned_version: 1 });
    // Leaving pinned_version out keeps the pin; null unpins.
    expect((await hotdata.datasets.update(created.id, { label: 'C' })).pinned_version).toBe(1);
    expect((await hotdata.datasets.update(created.id, { pinned_version: null })).pinned_version).toBeNull();
    expect((await hotdata.datasets.list()).datasets.map((d) => d.table_name)).toEqual(['cities']);
    await expect(hotdata.datasets.delete(created.id)).resolves.toBeUndefined();
    await expect(hotdata.datasets.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('creates datasets from inline data, a URL, SQL and a saved query', async () => {
    const hotdata = client();
    mock.urls.register('https://example.com/pets.json', '[{"name":"Rex","age":3},{"name":"Tom","age":null}]');
    await hotdata.datasets.create({
      label: 'inline',
      source: {
        inline: {
          content: 'x,y\n1.5,true\n',
          format: 'csv',
          columns: { x: { type: 'DECIMAL', precision: 4, scale: 1 } },
        },
      },
    });
    await hotdata.datasets.create({ label: 'pets', source: { url: 'https://example.com/pets.json' } });
    await hotdata.datasets.create({ label: 'constants', source: { sql: "select 1 as one, 'two' as two" } });
    const saved = await hotdata.savedQueries.create({ name: 'pi', sql: 'select 3.14 as pi' });
    await hotdata.datasets.create({ label: 'pi', source: { saved_query_id: saved.id } });
    const columns = await Promise.all(
      (await hotdata.datasets.list()).datasets.map(async (d) => (await hotdata.datasets.get(d.id)).columns),
    );
    expect(columns).toEqual([
      [
        { name: 'x', data_type: 'DECIMAL', nullable: false },
        { name: 'y', data_type: 'Boolean', nullable: false },
      ],
      [
        { name: 'name', data_type: 'Utf8', nullable: false },
        { name: 'age', data_type: 'Int64', nullable: true },
      ],
      [
        { name: 'one', data_type: 'Int64', nullable: false },
        { name: 'two', data_type: 'Utf8', nullable: false },
      ],
      [{ name: 'pi', data_type: 'Float64', nullable: false }],
    ]);
  });
});

describe('seeded datasets', () => {
  it('name their table as the API names a created one', async () => {
    const hotdata = client();
    const created = await hotdata.datasets.create({
      label: 'My data!',
      source: { inline: { content: 'a\n1\n', format: 'csv' } },
    });
    const seeded = mock.seed.dataset('My data!', 'a\n1\n');
    expect(created.table_name).toBe('my_data');
    expect(seeded.table_name).toBe(created.table_name);
  });
});

describe('CSV sources', () => {
  it('refuse a quoted field that is never closed with a 400 naming the line', async () => {
    const error = await client()
      .datasets.create({ label: 'broken', source: { inline: { content: 'a,b\n1,"open\n', format: 'csv' } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toContain('quoted field opened on line 2 is not closed');
    expect(() => mock.seed.dataset('broken', 'a\n"x')).toThrow('is not closed');
  });
});

describe('saved queries, query runs and results', () => {
  it('creates, classifies, versions, executes, lists and deletes a saved query', async () => {
    const hotdata = client();
    mock.seed.dataset('orders', 'id,total\n1,10\n2,20\n');
    const saved = await hotdata.savedQueries.create({
      name: 'all orders',
      sql: 'select * from datasets.main.orders',
      tags: ['demo'],
    });
    expect(saved).toMatchObject({
      latest_version: 1,
      category: 'scan',
      num_tables: 1,
      has_join: false,
      tags: ['demo'],
      description: '',
    });
    await expect(hotdata.savedQueries.get(saved.id)).resolves.toMatchObject({
      sql: 'select * from datasets.main.orders',
    });
    const updated = await hotdata.savedQueries.update(saved.id, {
      sql: 'select count(*) from datasets.main.orders',
      category_override: 'kpi',
    });
    expect(updated).toMatchObject({ latest_version: 2, category: 'kpi', has_aggregation: true });
    const versions = await hotdata.savedQueries.listVersions(saved.id);
    expect(versions.versions.map((v) => [v.version, v.sql])).toEqual([
      [2, 'select count(*) from datasets.main.orders'],
      [1, 'select * from datasets.main.orders'],
    ]);
    const latest = await hotdata.savedQueries.execute(saved.id);
    expect(latest).toMatchObject({ columns: ['count(*)'], rows: [[2]] });
    const first = await hotdata.savedQueries.execute(saved.id, { version: 1 });
    expect(first.rows).toEqual([
      [1, 10],
      [2, 20],
    ]);
    expect((await hotdata.savedQueries.list()).queries.map((q) => q.name)).toEqual(['all orders']);
    const runs = await hotdata.queryRuns.list({ saved_query_id: saved.id });
    expect(runs.query_runs.map((r) => r.saved_query_version)).toEqual([1, 2]);
    const run = await hotdata.queryRuns.get(first.query_run_id);
    expect(run).toMatchObject({ status: 'succeeded', row_count: 2, result_id: first.result_id });
    const result = await hotdata.results.get(String(first.result_id));
    expect(result).toMatchObject({ status: 'ready', columns: ['id', 'total'], row_count: 2 });
    expect((await hotdata.results.list()).results.map((r) => r.id)).toEqual([
      String(first.result_id),
      String(latest.result_id),
    ]);
    await expect(hotdata.savedQueries.delete(saved.id)).resolves.toBeUndefined();
    await expect(hotdata.savedQueries.get(saved.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('indexes, embedding providers and jobs', () => {
  it('creates an embedding provider with an inline key (kept as a managed secret), updates and deletes it', async () => {
    const hotdata = client();
    const created = await hotdata.embeddingProviders.create({
      name: 'openai',
      provider_type: 'service',
      config: { model: 'text-embedding-3-small' },
      api_key: 'sk-test',
    });
    expect(created).toMatchObject({ name: 'openai', provider_type: 'service' });
    const got = await hotdata.embeddingProviders.get(created.id);
    expect(got).toMatchObject({
      has_secret: true,
      source: 'user',
      config: { model: 'text-embedding-3-small' },
    });
    expect(mock.store.secrets.get('embedding_provider_openai')?.value).toBe('sk-test');
    await hotdata.embeddingProviders.update(created.id, { name: 'openai-small', secret_name: null });
    expect((await hotdata.embeddingProviders.list()).embedding_providers).toMatchObject([
      { name: 'openai-small', has_secret: false },
    ]);
    await expect(hotdata.embeddingProviders.delete(created.id)).resolves.toBeUndefined();
    await expect(hotdata.embeddingProviders.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('builds indexes synchronously and as jobs, lists jobs, and deletes indexes', async () => {
    const hotdata = client();
    const { id } = await hotdata.connections.create({ name: 'shop', source_type: 'postgres', config: pg });
    const sorted = await hotdata.indexes.create(id, 'public', 'orders', {
      index_name: 'by_day',
      columns: ['ordered_on'],
    });
    expect(sorted).toMatchObject({
      index_name: 'by_day',
      index_type: 'sorted',
      status: 'ready',
      metric: null,
    });
    const submitted = await hotdata.indexes.create(id, 'public', 'customers', {
      index_name: 'names',
      columns: ['name'],
      index_type: 'bm25',
      async: true,
    });
    expect(submitted).toMatchObject({
      status: 'pending',
      status_url: expect.stringMatching(/^\/v1\/jobs\/job_/),
    });
    const jobId = (submitted as { id: string }).id;
    expect((await hotdata.indexes.list(id, 'public', 'customers')).indexes).toMatchObject([
      { status: 'pending' },
    ]);
    await expect(hotdata.jobs.get(jobId)).resolves.toMatchObject({
      status: 'running',
      job_type: 'create_index',
    });
    await expect(hotdata.jobs.get(jobId)).resolves.toMatchObject({
      status: 'succeeded',
      result: { index_name: 'names' },
    });
    expect((await hotdata.indexes.list(id, 'public', 'customers')).indexes).toMatchObject([
      { status: 'ready' },
    ]);
    const { jobs } = await hotdata.jobs.list({ job_type: 'create_index', status: 'succeeded,failed' });
    expect(jobs.map((j) => j.id)).toEqual([jobId]);
    await expect(hotdata.indexes.delete(id, 'public', 'orders', 'by_day')).resolves.toBeUndefined();
    expect((await hotdata.indexes.list(id, 'public', 'orders')).indexes).toEqual([]);
    await expect(hotdata.indexes.delete(id, 'public', 'orders', 'by_day')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('runs a connection data refresh as a job', async () => {
    const hotdata = client();
    const { id } = await hotdata.connections.create({ name: 'shop', source_type: 'postgres', config: pg });
    const result = await hotdata.refreshDataAndWait({ connection_id: id, include_uncached: true }, fast);
    expect(result).toMatchObject({
      connection_id: id,
      tables_refreshed: 12,
      total_rows: 9,
      tables_failed: 0,
    });
  });
});

describe('the workspace header and the operations called', () => {
  const spec = parse(readFileSync(new URL('../../../specs/hotdata.yaml', import.meta.url), 'utf8')) as {
    paths: Record<string, Record<string, { security?: { workspaceId?: unknown }[] }>>;
    security: { workspaceId?: unknown }[];
  };
  const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
    ['get', 'post', 'put', 'delete'].flatMap((method) => {
      const op = item[method];
      if (!op) return [];
      const security = op.security ?? spec.security;
      return [
        {
          key: `${method.toUpperCase()} ${path}`,
          method: method.toUpperCase(),
          pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
          needsWorkspace: security.some((s) => 'workspaceId' in s),
        },
      ];
    }),
  );
  const operationOf = (method: string, path: string) =>
    operations.find((o) => o.method === method && o.pattern.test(path));

  it("called every one of the 52 operations (the seed's 49 and workspace context)", (ctx) => {
    whenWholeFileRan(ctx);
    expect(operations).toHaveLength(52);
    const called = new Set(requests.map((r) => operationOf(r.method, r.path)?.key));
    expect(operations.filter((o) => !called.has(o.key)).map((o) => o.key)).toEqual([]);
  });

  it('sent the Bearer token on every call, and X-Workspace-Id exactly on the calls the spec secures with it', (ctx) => {
    whenWholeFileRan(ctx);
    expect(requests.length).toBeGreaterThan(49);
    const workspaceCalls = requests.filter((r) => r.path.startsWith('/v1/workspaces'));
    expect(workspaceCalls.length).toBeGreaterThanOrEqual(3);
    for (const request of requests) {
      const operation = operationOf(request.method, request.path);
      const where = `${request.method} ${request.path}`;
      expect(operation, where).toBeDefined();
      expect(request.authorization, where).toBe('Bearer hd_test_token');
      expect(request.workspace, where).toBe(operation?.needsWorkspace ? mock.workspaceId : null);
    }
  });
});
