// The one msw setup every client's mocked test files share (each client's test/use-mock.ts only names its
// mock and client): the stateful mock behind msw's node server, unmatched requests fail (msw 2 and 3), state
// and handlers are reset between tests, and every request is recorded for assertions about paths, headers
// and coverage.
import type { RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, type TestContext } from 'vitest';
import { failOnUnhandled } from '../../src/msw/index';

/** What the mock server saw of one request. */
export interface Recorded {
  method: string;
  url: string;
  path: string;
  search: string;
  authorization: string | null;
  headers: Headers;
}

/** The part of a vendor mock the harness uses. */
export interface ResettableMock {
  handlers: RequestHandler[];
  store: { reset(): void };
  /** A fuller reset than `store.reset()`, where the mock has one (deepset's storage settings). */
  reset?(): void;
}

export interface MockedClientOptions<Extra> {
  /** Extra fields to record of each request (`{ workspace: request.headers.get('x-workspace-id') }`). */
  record?: (request: Request) => Extra;
  /**
   * Keep the request log across the file's tests, for a check at its end that the file as a whole called
   * every operation (see `whenWholeFileRan`). @default false: the log is emptied after each test
   */
  keepRequests?: boolean;
}

/**
 * Installs the mock in the calling test file and returns it with its server, the request log and a client
 * factory.
 * @example
 * const { mock, requests, client } = useMockedClient(createHotdataMock(), (o) => createHotdataClient({ apiKey: 't', ...o }));
 */
export function useMockedClient<M extends ResettableMock, C, O, Extra = object>(
  mock: M,
  makeClient: (overrides: O) => C,
  options: MockedClientOptions<Extra> = {},
) {
  const server = setupServer(...mock.handlers);
  const requests: (Recorded & Extra)[] = [];
  beforeAll(() => {
    server.listen(failOnUnhandled);
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      requests.push({
        method: request.method,
        url: request.url,
        path: url.pathname,
        search: url.search,
        authorization: request.headers.get('authorization'),
        headers: new Headers(request.headers),
        ...(options.record?.(request) as Extra),
      });
    });
  });
  afterEach(() => {
    server.resetHandlers();
    if (mock.reset) mock.reset();
    else mock.store.reset();
    if (!options.keepRequests) requests.length = 0;
  });
  afterAll(() => server.close());
  return { mock, server, requests, client: (overrides = {} as O) => makeClient(overrides) };
}

/**
 * For a check about the file as a whole (every operation was called): skips the test unless every other
 * test of its suite ran and passed before it, so `vitest -t <one test>` passes on its own instead of failing
 * for the operations the other tests would have called.
 * @example
 * it('called every operation', (ctx) => { whenWholeFileRan(ctx); expect(uncalled).toEqual([]); });
 */
export function whenWholeFileRan(ctx: TestContext): void {
  type Task = { type: string; tasks?: Task[]; result?: { state?: string } };
  const flat = (tasks: Task[]): Task[] => tasks.flatMap((t) => (t.tasks ? flat(t.tasks) : [t]));
  const tests = flat(ctx.task.file.tasks as Task[]);
  const before = tests.slice(0, tests.indexOf(ctx.task as Task));
  if (!before.every((t) => t.result?.state === 'pass')) {
    ctx.skip('checks the whole file: run the file, not this test alone');
  }
}
