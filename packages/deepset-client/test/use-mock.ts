// The msw setup every mocked test file shares: one stateful mock, unhandled requests are errors, state is
// reset between tests, and every request is recorded for assertions about headers and paths.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createDeepsetClient, type DeepsetClientOptions } from '../src/index';
import { createDeepsetMock, type DeepsetMockOptions, failOnUnhandled } from '../src/msw/index';

export interface Recorded {
  method: string;
  url: string;
  path: string;
  authorization: string | null;
}

export function useMock(options: DeepsetMockOptions = {}) {
  const mock = createDeepsetMock(options);
  const server = setupServer(...mock.handlers);
  const requests: Recorded[] = [];
  beforeAll(() => {
    server.listen(failOnUnhandled);
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      requests.push({
        method: request.method,
        url: request.url,
        path: url.pathname,
        authorization: request.headers.get('authorization'),
      });
    });
  });
  afterEach(() => {
    server.resetHandlers();
    mock.reset();
    requests.length = 0;
  });
  afterAll(() => server.close());
  /** A client against the mock, quiet, in workspace `default`, with fast retries. */
  const client = (overrides: DeepsetClientOptions = {}) =>
    createDeepsetClient({
      apiKey: 'ds_test_key',
      workspace: 'default',
      logLevel: 'off',
      ...overrides,
    });
  return { mock, server, requests, client };
}

/** Polls every 5 ms, so flows finish fast in tests. */
export const fast = { pollInterval: { min: 5, max: 5 } } as const;

export const QUERY_YAML =
  'components:\n  prompt_builder:\n    init_parameters:\n      template: "Answer: {{query}}"\n';
