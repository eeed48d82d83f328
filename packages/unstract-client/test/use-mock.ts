// The Unstract mock and client for the shared msw harness (core's test/support/mocked-client.ts): one
// stateful mock, unhandled requests are errors, state reset between tests, every request recorded.
import { useMockedClient } from '../../core/test/support/mocked-client';
import { createUnstractClient, type UnstractClientOptions } from '../src/index';
import { createUnstractMock } from '../src/msw/index';

export type { Recorded } from '../../core/test/support/mocked-client';

/** A management client against the mock, quiet, with short retry backoff. */
export function useMock(options: Parameters<typeof createUnstractMock>[0] = {}) {
  const mock = createUnstractMock(options);
  return useMockedClient(mock, (overrides: UnstractClientOptions) =>
    createUnstractClient({
      apiKey: 'mgmt-test-key',
      orgId: mock.orgId,
      logLevel: 'off',
      retry: { initialDelay: 5, maxDelay: 20 },
      ...overrides,
    }),
  );
}

/** Polls every 5 ms, so flows finish fast in tests. */
export const fast = { pollInterval: { min: 5, max: 5 } } as const;

/** A text file whose line count the mock reports. */
export const textFile = (name: string, text: string) => new File([text], name, { type: 'text/plain' });
