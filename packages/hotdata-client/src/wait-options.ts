/** How a flow waits for work the server does in the background. */
export interface WaitOptions<State> {
  /** Give up after this long, ms; a PollTimeoutError carries the last state. @default 600000 (10 min) */
  timeout?: number;
  /** Stops the wait (and the poll in flight). */
  signal?: AbortSignal;
  /** Delay between polls, ms, growing from `min` to `max`. @default { min: 500, max: 5000 } */
  pollInterval?: { min?: number; max?: number };
  /** Called with each state seen. */
  onProgress?: (state: State) => void;
}

// The end states of what the flows wait for: query runs and jobs (succeeded, failed, partially_succeeded)
// and results (ready, failed); anything else (queued, pending, running, processing) is polled on.
const FINISHED = new Set<unknown>(['succeeded', 'partially_succeeded', 'failed', 'ready']);

/** Whether a polled run, result or job has finished, well or not. */
export const finished = (state: { status: unknown }) => FINISHED.has(state.status);

/**
 * Core waitFor's settings from a flow's options: 500 ms growing to 5 s between polls, as the vendor's CLI
 * and Rust SDK poll.
 */
export function pollSettings<State>(options: WaitOptions<State>, timeout = 600_000) {
  return {
    minDelay: options.pollInterval?.min ?? 500,
    maxDelay: options.pollInterval?.max ?? 5000,
    timeout: options.timeout ?? timeout,
    signal: options.signal,
    onPoll: options.onProgress,
  };
}
