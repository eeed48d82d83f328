// The deepset mock and client for the shared msw harness (core's test/support/mocked-client.ts): one stateful
// mock, unhandled requests are errors, state reset between tests, every request recorded.
import { useMockedClient } from '../../core/test/support/mocked-client';
import { createDeepsetClient, type DeepsetClientOptions } from '../src/index';
import { createDeepsetMock, type DeepsetMockOptions } from '../src/msw/index';

export type { Recorded } from '../../core/test/support/mocked-client';

/** A client against the mock, quiet, in workspace `default`. */
export function useMock(options: DeepsetMockOptions = {}) {
  return useMockedClient(createDeepsetMock(options), (overrides: DeepsetClientOptions) =>
    createDeepsetClient({ apiKey: 'ds_test_key', workspace: 'default', logLevel: 'off', ...overrides }),
  );
}

/** Polls every 5 ms, so flows finish fast in tests. */
export const fast = { pollInterval: { min: 5, max: 5 } } as const;

export const QUERY_YAML =
  'components:\n  prompt_builder:\n    init_parameters:\n      template: "Answer: {{query}}"\n';
