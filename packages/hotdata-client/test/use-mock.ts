// The Hotdata mock and client for the shared msw harness (core's test/support/mocked-client.ts): one stateful
// mock, unhandled requests are errors, state reset between tests, every request recorded with its
// workspace header. The log is kept across a file's tests: operations.test.ts checks at its end that the
// file as a whole called every operation, with the headers the spec asks for.
import { useMockedClient } from '../../core/test/support/mocked-client';
import { createHotdataClient, type HotdataClientOptions } from '../src/index';
import { createHotdataMock } from '../src/msw/index';

export type { Recorded } from '../../core/test/support/mocked-client';

/** A client against the mock, quiet. */
export function useMock(options: Parameters<typeof createHotdataMock>[0] = {}) {
  const mock = createHotdataMock(options);
  return useMockedClient(
    mock,
    (overrides: HotdataClientOptions) =>
      createHotdataClient({
        apiKey: 'hd_test_token',
        workspaceId: mock.workspaceId,
        logLevel: 'off',
        ...overrides,
      }),
    { record: (request) => ({ workspace: request.headers.get('x-workspace-id') }), keepRequests: true },
  );
}

/** Polls every 5 ms, so flows finish fast in tests. */
export const fast = { pollInterval: { min: 5, max: 5 } } as const;
