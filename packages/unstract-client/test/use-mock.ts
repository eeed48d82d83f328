// The msw setup every mocked test file shares: one stateful mock, unhandled requests are errors, state is
// reset between tests, and every request is recorded for assertions about paths and headers.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createUnstractClient, type UnstractClientOptions } from '../src/index';
import { createUnstractMock, failOnUnhandled } from '../src/msw/index';

export interface Recorded {
  method: string;
  path: string;
  search: string;
  authorization: string | null;
}

export function useMock(options: Parameters<typeof createUnstractMock>[0] = {}) {
  const mock = createUnstractMock(options);
  const server = setupServer(...mock.handlers);
  const requests: Recorded[] = [];
  beforeAll(() => {
    server.listen(failOnUnhandled);
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      requests.push({
        method: request.method,
        path: url.pathname,
        search: url.search,
        authorization: request.headers.get('authorization'),
      });
    });
  });
  afterEach(() => {
    server.resetHandlers();
    mock.store.reset();
    requests.length = 0;
  });
  afterAll(() => server.close());
  /** A management client against the mock, quiet, with short retry backoff. */
  const client = (overrides: UnstractClientOptions = {}) =>
    createUnstractClient({
      apiKey: 'mgmt-test-key',
      orgId: mock.orgId,
      logLevel: 'off',
      retry: { initialDelay: 5, maxDelay: 20 },
      ...overrides,
    });
  return { mock, server, requests, client };
}

/** Polls every 5 ms, so flows finish fast in tests. */
export const fast = { pollInterval: { min: 5, max: 5 } } as const;

/** A text file whose line count the mock reports. */
export const textFile = (name: string, text: string) => new File([text], name, { type: 'text/plain' });
