// The README's "Test your code with the mock" section, as written there, so it keeps working.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createUnstractClient } from '../src/index';
import { createUnstractMock, failOnUnhandled } from '../src/msw/index';

const mock = createUnstractMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen(failOnUnhandled));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
});
afterAll(() => server.close());

it('extracts two documents', async () => {
  const unstract = createUnstractClient({ apiKey: 'test', orgId: mock.orgId, logLevel: 'off' });
  const deployment = await unstract.deployments.create({ workflow: mock.workflowId, api_name: 'invoices' });
  const invoices = unstract.deployment('invoices', { apiKey: deployment.api_key });
  const run = await invoices.executeAndWait(
    [new File(['a\nb\n'], 'a.txt'), new File(['c'], 'b.txt')],
    {},
    { pollInterval: { min: 5, max: 5 } },
  );
  expect(run.results.map((r) => r.result?.output)).toEqual([
    { file_name: 'a.txt', source: 'upload', size_bytes: 4, line_count: 2, word_count: 2 },
    { file_name: 'b.txt', source: 'upload', size_bytes: 1, line_count: 1, word_count: 1 },
  ]);
});

it('reports a failed run', async () => {
  const { key } = mock.seed.deployment('receipts', { is_active: true });
  mock.failNextExecution('Tool image not found');
  const receipts = createUnstractClient({ apiKey: 'test', orgId: mock.orgId, logLevel: 'off' }).deployment(
    'receipts',
    { apiKey: key.api_key },
  );
  await expect(
    receipts.executeAndWait([new File(['x'], 'r.txt')], {}, { pollInterval: { min: 5, max: 5 } }),
  ).rejects.toMatchObject({ name: 'ExecutionFailedError', serverMessage: 'Tool image not found' });
});
