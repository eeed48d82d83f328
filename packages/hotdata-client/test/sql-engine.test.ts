// The `sqlEngine` option: a SQL engine of the user's choice answers what the mock's own small SQL does not,
// with the mock's tables at hand; the mock's own answers come first, and an engine that passes, fails or
// throws leaves a clear outcome. The engine here is a small stand-in (what matters is the plumbing).
import { describe, expect, it } from 'vitest';
import { BadRequestError } from '../src/index';
import type { MockSqlEngine } from '../src/msw/index';
import { fast, useMock } from './use-mock';

const seen: string[] = [];
/** Answers `select max(<column>) from <table>` over the mock's tables, and `select fail`; leaves the rest. */
const engine: MockSqlEngine = async (sql, { table }) => {
  seen.push(sql);
  if (/^select fail/i.test(sql)) throw new Error('engine: syntax error at or near "fail"');
  if (/^select refuse/i.test(sql)) return { error: 'engine: permission denied' };
  const max = /^select max\((\w+)\) from ([\w.]+)$/i.exec(sql.trim());
  if (!max) return undefined;
  const data = table(max[2] as string);
  if (!data) return { error: `engine: no table ${max[2]}` };
  const column = data.columns.findIndex((c) => c.name === max[1]);
  return { columns: [`max(${max[1]})`], rows: [[Math.max(...data.rows.map((r) => Number(r[column])))]] };
};

const { client } = useMock({ sqlEngine: engine });

async function ordersDataset() {
  const hotdata = client();
  return hotdata.createDatasetFromFile(new Blob(['customer,total\nada,120\nbo,80\n'], { type: 'text/csv' }), {
    label: 'orders',
    ...fast,
  });
}

describe('sqlEngine', () => {
  it("answers a query the mock cannot, over the mock's own tables", async () => {
    const orders = await ordersDataset();
    const { rows, columns } = await client().runQuery(
      `select max(total) from datasets.main.${orders.table_name}`,
      fast,
    );
    expect(columns.map((c) => c.name)).toEqual(['max(total)']);
    expect(rows).toEqual([[120]]);
  });

  it('is not asked what the mock answers itself', async () => {
    const orders = await ordersDataset();
    seen.length = 0;
    await expect(client().runQuery('select 1 as one', fast)).resolves.toMatchObject({ rows: [[1]] });
    await expect(
      client().runQuery(`select count(*) from datasets.main.${orders.table_name}`, fast),
    ).resolves.toMatchObject({
      rows: [[2]],
    });
    expect(seen).toEqual([]);
  });

  it('fails the run with the message of an engine that throws or answers { error }', async () => {
    const thrown = await client()
      .runQuery('select fail', fast)
      .catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(BadRequestError);
    expect((thrown as BadRequestError).vendorMessage).toBe('engine: syntax error at or near "fail"');
    await expect(client().runQuery('select refuse', fast)).rejects.toMatchObject({
      vendorMessage: 'engine: permission denied',
    });
  });

  it("leaves a query the engine passes on to the mock's own error", async () => {
    await expect(client().runQuery('select * from datasets.main.nope', fast)).rejects.toMatchObject({
      vendorMessage: "Error during planning: table 'datasets.main.nope' not found",
    });
    await expect(client().runQuery('select 1 union select 2', fast)).rejects.toMatchObject({
      vendorMessage: expect.stringMatching(/^This feature is not implemented: the Hotdata mock cannot run/),
    });
  });
});
