// The msw setup every mocked test file shares: one stateful mock, unhandled requests are errors, state is
// reset between tests, and every request is recorded for assertions about headers and coverage.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createHotdataClient, type HotdataClientOptions } from '../src/index';
import { createHotdataMock, failOnUnhandled } from '../src/msw/index';

export interface Recorded {
  method: string;
  path: string;
  search: string;
  workspace: string | null;
  authorization: string | null;
}

export function useMock(options: Parameters<typeof createHotdataMock>[0] = {}) {
  const mock = createHotdataMock(options);
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
        workspace: request.headers.get('x-workspace-id'),
        authorization: request.headers.get('authorization'),
      });
    });
  });
  afterEach(() => {
    server.resetHandlers();
    mock.store.reset();
    // The request log is kept across a file's tests on purpose: operations.test.ts checks at its end that
    // the file as a whole called every operation, with the headers the spec asks for.
  });
  afterAll(() => server.close());
  /** A client against the mock, quiet, with fast polls where a flow takes them. */
  const client = (overrides: HotdataClientOptions = {}) =>
    createHotdataClient({
      apiKey: 'hd_test_token',
      workspaceId: mock.workspaceId,
      logLevel: 'off',
      ...overrides,
    });
  return { mock, server, requests, client };
}

/** Polls every 5 ms, so flows finish fast in tests. */
export const fast = { pollInterval: { min: 5, max: 5 } } as const;
