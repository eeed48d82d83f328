/**
 * How a flow waits for work the server does in the background: core's PollOptions, exported as
 * `WaitOptions` by every client. Its default of 500 ms growing to 5 s is how the vendor's CLI and Rust SDK poll.
 */
export type { PollOptions as WaitOptions } from '@org/sdk-core';

// The end states of what the flows wait for: query runs and jobs (succeeded, failed, partially_succeeded)
// and results (ready, failed); anything else (queued, pending, running, processing) is polled on.
const FINISHED = new Set<unknown>(['succeeded', 'partially_succeeded', 'failed', 'ready']);

/** Whether a polled run, result or job has finished, well or not. */
export const finished = (state: { status: unknown }) => FINISHED.has(state.status);
