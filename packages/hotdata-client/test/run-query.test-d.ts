// runQuery's row types follow `rowsAs`; the flows' parameters come from the spec.
import { describe, expectTypeOf, it } from 'vitest';
import { createHotdataClient, type QueryResult, type Schemas } from '../src/index';

const hotdata = createHotdataClient({ apiKey: 'k' });

describe('runQuery types', () => {
  it('answers rows as arrays by default and as typed objects with rowsAs: objects', () => {
    expectTypeOf(hotdata.runQuery('select 1')).resolves.toEqualTypeOf<QueryResult<unknown[]>>();
    expectTypeOf(hotdata.runQuery<[number, string]>('select 1, 2')).resolves.toEqualTypeOf<
      QueryResult<[number, string]>
    >();
    type Order = { id: number; total: number };
    expectTypeOf(
      hotdata.runQuery<Order>('select id, total from o', { rowsAs: 'objects' }),
    ).resolves.toEqualTypeOf<QueryResult<Order>>();
    // @ts-expect-error object rows need rowsAs: 'objects'
    hotdata.runQuery<Order>('select id, total from o');
  });

  it('types dataset sources and options from the spec', () => {
    expectTypeOf(hotdata.createDatasetFromFile)
      .parameter(1)
      .toMatchTypeOf<{ format?: Schemas['DatasetFormat'] | undefined } | undefined>();
    // @ts-expect-error the API's minimum is enforced at runtime, but a string is a type error
    hotdata.runQuery('select 1', { asyncAfterMs: '1000' });
    // @ts-expect-error a dataset source needs one of its keys
    hotdata.datasets.create({ label: 'x', source: { nothing: true } });
  });
});
