// The Inference mock and client for the shared msw harness (core's test/support/mocked-client.ts): one
// stateful mock, unhandled requests are errors, state and handlers reset per test.
import { afterEach } from 'vitest';
import { useMockedClient } from '../../core/test/support/mocked-client';
import { createInferenceClient, type InferenceClientOptions } from '../src/index';
import { createInferenceMock } from '../src/msw/index';

/** A client for the mock (production URL), quiet unless a test asks for logs. */
export const { mock, server, client } = useMockedClient(
  createInferenceMock(),
  (options: InferenceClientOptions) =>
    createInferenceClient({ apiKey: 'neo-test-key', logLevel: 'off', ...options }),
);

/** Listeners a test adds to `server.events` go after it, so each test starts with none of another's. */
export function useMockServer() {
  afterEach(() => server.events.removeAllListeners());
}

/** The query strings of the requests the server sees while `run` runs. */
export async function queriesDuring(run: () => Promise<unknown>, path: string): Promise<string[]> {
  const seen: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname === path) seen.push(url.search);
  };
  server.events.on('request:start', listener);
  try {
    await run();
  } finally {
    server.events.removeListener('request:start', listener);
  }
  return seen;
}
