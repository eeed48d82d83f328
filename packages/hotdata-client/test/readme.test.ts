// The README's "Test your code with the mock" section, as written there, so it keeps working.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createHotdataClient } from '../src/index';
import { createHotdataMock, failOnUnhandled } from '../src/msw/index';

const mock = createHotdataMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen(failOnUnhandled));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
});
afterAll(() => server.close());

const hotdata = () => createHotdataClient({ apiKey: 'test', workspaceId: mock.workspaceId, logLevel: 'off' });

it('reports revenue by region', async () => {
  mock.queries.register('select region, sum(total) from sales group by region', {
    columns: ['region', 'sum(total)'],
    rows: [
      ['EU', 120],
      ['US', 80],
    ],
  });
  const { rows } = await hotdata().runQuery('select region, sum(total) from sales group by region');
  expect(rows).toEqual([
    ['EU', 120],
    ['US', 80],
  ]);
});

it('queries an uploaded CSV', async () => {
  const dataset = await hotdata().createDatasetFromFile(new File(['id,city\n1,Oslo\n'], 'cities.csv'));
  const { rows } = await hotdata().runQuery(`select * from datasets.main.${dataset.table_name}`);
  expect(rows).toEqual([[1, 'Oslo']]);
});

it('rides out load shedding', async () => {
  server.use(mock.scenarios.overloaded('POST /v1/query', { retryAfterSeconds: 1 }));
  const started = performance.now();
  await expect(hotdata().runQuery('select 1 as one')).resolves.toMatchObject({ rows: [[1]] });
  expect(performance.now() - started).toBeGreaterThanOrEqual(990);
});
