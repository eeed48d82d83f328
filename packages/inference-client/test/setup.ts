// The msw server every test file shares: the mock's handlers, unhandled requests are errors, state reset per test.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createInferenceClient, type InferenceClientOptions } from '../src/index';
import { createInferenceMock, failOnUnhandled } from '../src/msw/index';

export const mock = createInferenceMock();
export const server = setupServer(...mock.handlers);

/** Installs the server's lifecycle in the calling test file. */
export function useMockServer() {
  beforeAll(() => server.listen(failOnUnhandled));
  afterEach(() => {
    server.resetHandlers();
    server.events.removeAllListeners();
    mock.store.reset();
  });
  afterAll(() => server.close());
}

/** A client for the mock (production URL), quiet unless a test asks for logs. */
export const client = (options: InferenceClientOptions = {}) =>
  createInferenceClient({ apiKey: 'neo-test-key', logLevel: 'off', ...options });

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
