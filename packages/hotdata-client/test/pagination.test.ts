// Both list styles across several pages: cursor (information schema, query runs) and offset (datasets,
// results, saved queries and their versions, dataset versions, jobs), every item once, in order.
import { describe, expect, it } from 'vitest';
import type { MockRemoteTable } from '../src/msw/index';
import { useMock } from './use-mock';

const { mock, requests, client } = useMock();
const searches = (path: string, from: number) =>
  requests
    .slice(from)
    .filter((r) => r.path === path)
    .map((r) => r.search);

describe('cursor pagination', () => {
  it('walks 23 tables of the information schema in pages of 10 by next_cursor', async () => {
    const tables: MockRemoteTable[] = Array.from({ length: 23 }, (_, i) => ({
      schema: 'public',
      table: `t${String(i).padStart(2, '0')}`,
      columns: [{ name: 'id', data_type: 'Int64', nullable: false }],
    }));
    mock.seed.connection({ name: 'wide', tables });
    const start = requests.length;
    const names: string[] = [];
    for await (const table of client().informationSchema.list({ limit: 10 })) names.push(table.table);
    expect(names).toEqual(tables.map((t) => t.table));
    const pages = searches('/v1/information_schema', start);
    expect(pages).toHaveLength(3);
    expect(pages[0]).toBe('?limit=10');
    expect(pages[1]).toMatch(/^\?limit=10&cursor=\w+$/);
    const first = await client().informationSchema.list({ limit: 10 });
    expect(first).toMatchObject({ count: 10, limit: 10, has_more: true, next_cursor: expect.any(String) });
  });

  it('walks the query history newest first, filtered by status, page by page', async () => {
    const hotdata = client();
    for (let i = 0; i < 7; i++) await hotdata.query.execute({ sql: `select ${i} as n` });
    await hotdata.query.execute({ sql: 'select * from nowhere' }).catch(() => undefined);
    const start = requests.length;
    const pages: number[][] = [];
    for await (const page of hotdata.queryRuns.list({ limit: 3, status: 'succeeded' }).pages()) {
      pages.push(page.query_runs.map((r) => Number(r.id.replace('qrun_', ''))));
    }
    expect(pages).toEqual([[7, 6, 5], [4, 3, 2], [1]]);
    expect(searches('/v1/query-runs', start)).toHaveLength(3);
    const failed = await hotdata.queryRuns.list({ status: 'failed' }).toArray();
    expect(failed.map((r) => r.sql_text)).toEqual(['select * from nowhere']);
  });
});

describe('offset pagination', () => {
  it('walks 250 datasets in pages of 100 until has_more is false', async () => {
    for (let i = 0; i < 250; i++) mock.seed.dataset(`d${i}`, 'a\n1\n');
    const start = requests.length;
    const labels: string[] = [];
    for await (const dataset of client().datasets.list({ limit: 100 })) labels.push(dataset.label);
    expect(labels).toEqual(Array.from({ length: 250 }, (_, i) => `d${i}`));
    expect(searches('/v1/datasets', start)).toEqual([
      '?limit=100',
      '?limit=100&offset=100',
      '?limit=100&offset=200',
    ]);
    const last = await client().datasets.list({ limit: 100, offset: 200 });
    expect(last).toMatchObject({ count: 50, offset: 200, limit: 100, has_more: false });
  });

  it('walks results, saved queries and both kinds of versions', async () => {
    const hotdata = client();
    for (let i = 0; i < 5; i++) await hotdata.query.execute({ sql: `select ${i}` });
    expect((await hotdata.results.list({ limit: 2 }).toArray()).map((r) => r.id)).toEqual([
      'res_5',
      'res_4',
      'res_3',
      'res_2',
      'res_1',
    ]);
    const saved = await hotdata.savedQueries.create({ name: 'q0', sql: 'select 0' });
    for (let i = 1; i < 5; i++) await hotdata.savedQueries.update(saved.id, { sql: `select ${i}` });
    for (let i = 1; i < 4; i++) await hotdata.savedQueries.create({ name: `q${i}`, sql: 'select 1' });
    expect((await hotdata.savedQueries.list({ limit: 3 }).toArray()).map((q) => q.name)).toEqual([
      'q0',
      'q1',
      'q2',
      'q3',
    ]);
    const start = requests.length;
    expect(
      (await hotdata.savedQueries.listVersions(saved.id, { limit: 2 }).toArray()).map((v) => v.version),
    ).toEqual([5, 4, 3, 2, 1]);
    expect(searches(`/v1/queries/${saved.id}/versions`, start)).toEqual([
      '?limit=2',
      '?limit=2&offset=2',
      '?limit=2&offset=4',
    ]);
    const dataset = mock.seed.dataset('v', 'a\n1\n');
    for (let i = 0; i < 3; i++) await hotdata.refresh.run({ dataset_id: dataset.id });
    expect(
      (await hotdata.datasets.listVersions(dataset.id, { limit: 3 }).toArray()).map((v) => v.version),
    ).toEqual([4, 3, 2, 1]);
  });

  it('walks jobs, whose pages carry no has_more, stopping at the first short page', async () => {
    for (let i = 0; i < 5; i++) {
      mock.store.jobs.insert({
        job_type: 'noop',
        status: 'succeeded',
        attempts: 1,
        created_at: new Date().toISOString(),
        pollsLeft: 0,
        finish: () => null,
      });
    }
    const start = requests.length;
    const ids = (await client().jobs.list({ limit: 2 }).toArray()).map((j) => j.id);
    expect(ids).toEqual(['job_5', 'job_4', 'job_3', 'job_2', 'job_1']);
    expect(searches('/v1/jobs', start)).toEqual(['?limit=2', '?limit=2&offset=2', '?limit=2&offset=4']);
  });

  it('answers a bad page parameter with the API 400', async () => {
    await expect(client().datasets.list({ limit: 0 })).rejects.toThrow(
      /400 Invalid query parameter limit: limit must be a positive integer/,
    );
  });
});
