// msw 3 renamed `onUnhandledRequest` to `onUnhandledFrame` and ignores the old key without a word: a test
// written for msw 2 then lets an unmatched request go to the real network. Setting both keys works under
// either major, so a user's setup does not depend on which msw npm installed.

/** The options that make an unmatched request fail, for msw 2 and msw 3 alike. */
export interface FailOnUnhandled {
  /** msw 2's name for the option. */
  readonly onUnhandledRequest: 'error';
  /** msw 3's name for the same option. */
  readonly onUnhandledFrame: 'error';
}

/**
 * Options for `server.listen()` (msw/node) or `worker.start()` (msw/browser) under which a request that no
 * handler matches fails the test instead of reaching the network, whichever msw major is installed
 * (msw 2 reads `onUnhandledRequest`, msw 3 reads `onUnhandledFrame`).
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { failOnUnhandled } from '@org/sdk-core/msw';
 *
 * const server = setupServer(...handlers);
 * server.listen(failOnUnhandled);
 */
export const failOnUnhandled: FailOnUnhandled = Object.freeze({
  onUnhandledRequest: 'error',
  onUnhandledFrame: 'error',
});
