// The README's "Test your code with the mock" section, as written there, so it keeps working.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { collectSearchStream, createDeepsetClient } from '../src/index';
import { createDeepsetMock, failOnUnhandled } from '../src/msw/index';

const mock = createDeepsetMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen(failOnUnhandled));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
});
afterAll(() => server.close());

it('answers from the uploaded files', async () => {
  mock.seed.pipeline('support'); // DEPLOYED
  mock.seed.file('refunds.md', 'Refunds are paid within 5 days.');
  const deepset = createDeepsetClient({ apiKey: 'test', workspace: 'default', logLevel: 'off' });
  const { text } = await collectSearchStream(
    deepset.pipelines.searchStream('support', { query: 'refunds paid' }),
  );
  expect(text).toBe('Refunds are paid within 5 days.');
});

it('rides out a pipeline waking from standby', async () => {
  mock.seed.pipeline('support');
  server.use(mock.scenarios.standby('support', { times: 1 })); // one 591, then the answer
  const deepset = createDeepsetClient({ apiKey: 'test', workspace: 'default', logLevel: 'off' });
  await expect(deepset.pipelines.search('support', { queries: ['x'] })).resolves.toHaveProperty('results');
});

it('sees no workspaces when the API has none', async () => {
  // One operation answered your way, typed by its operationId; the request is still routed and checked.
  server.use(mock.override('listWorkspaces', () => [], { once: true }));
  const deepset = createDeepsetClient({ apiKey: 'test', workspace: 'default', logLevel: 'off' });
  await expect(deepset.workspaces.list()).resolves.toEqual([]);
});
