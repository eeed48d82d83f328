import { PollFailedError, PollTimeoutError, UsageError } from './errors';
import { onAbort } from './abort';
import { sleep } from './transport';

/** How `waitFor` polls. */
export interface WaitOptions<State> {
  /** True when the wait is over. */
  done: (state: State) => boolean;
  /**
   * Recognises a terminal failure. Return a message (or true) to stop with a PollFailedError carrying the
   * state; false or undefined to keep waiting.
   */
  failed?: ((state: State) => string | boolean | undefined) | undefined;
  /** First and shortest delay between polls, ms. @default 500 */
  minDelay?: number | undefined;
  /** Longest delay between polls, ms. @default 5000 */
  maxDelay?: number | undefined;
  /** Growth of the delay per poll. @default 1.5 */
  factor?: number | undefined;
  /** Total time allowed, ms; then a PollTimeoutError with the last state. @default 300000 (5 min) */
  timeout?: number | undefined;
  /** Stops the wait; it rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Called after every poll, e.g. to report progress. */
  onPoll?: ((state: State, attempt: number) => void) | undefined;
  /**
   * What is being waited for, for error messages, e.g. `query run qr_1`; a function for a wait whose
   * subject changes as it goes (a submission, then the run it started).
   */
  description?: string | (() => string) | undefined;
}

/**
 * Polls `check` until `done` holds, with backoff between `minDelay` and `maxDelay`, a deadline, and abort.
 * The deadline is one signal, handed to every `check`: it cuts the poll in flight as well as the wait
 * between polls, so the wait ends with a PollTimeoutError on time whatever the server does.
 * @example
 * const run = await waitFor((signal) => client.queryRuns.get(id, { signal }), {
 *   done: (r) => r.status === 'succeeded',
 *   failed: (r) => r.status === 'failed' && (r.error ?? 'query failed'),
 *   timeout: 60_000,
 * });
 */
export async function waitFor<State>(
  check: (signal: AbortSignal) => Promise<State>,
  options: WaitOptions<State>,
): Promise<State> {
  const minDelay = options.minDelay ?? 500;
  const maxDelay = Math.max(options.maxDelay ?? 5000, minDelay);
  const factor = options.factor ?? 1.5;
  const timeout = options.timeout ?? 300_000;
  if (!(minDelay >= 0 && factor >= 1 && timeout >= 0)) {
    throw new UsageError('[@org/sdk-core] waitFor needs minDelay >= 0, factor >= 1 and timeout >= 0.');
  }
  const { signal } = options;
  const describe = () => {
    const d = options.description;
    return (typeof d === 'function' ? d() : d) ?? 'the operation';
  };
  const deadline = Date.now() + timeout;
  let delay = minDelay;
  let state: State | undefined;
  let polls = 0;
  // The caller's abort and the deadline, as one signal; the deadline's reason is the PollTimeoutError.
  const controller = new AbortController();
  const unlink = signal && onAbort(signal, () => controller.abort(signal.reason));
  const expire = () =>
    controller.abort(
      new PollTimeoutError(`Timed out after ${timeout} ms waiting for ${describe()} (${polls} polls)`, {
        lastState: state,
        attempts: polls,
      }),
    );
  const timer = timeout < 2 ** 31 ? setTimeout(expire, timeout) : undefined;
  try {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      if (controller.signal.aborted) throw controller.signal.reason;
      const next = await check(controller.signal);
      state = next;
      polls++;
      options.onPoll?.(next, polls);
      const failure = options.failed?.(next);
      if (failure) {
        throw new PollFailedError(typeof failure === 'string' ? failure : `${describe()} failed`, {
          state: next,
        });
      }
      if (options.done(next)) return next;
      const left = deadline - Date.now();
      if (left <= 0) expire();
      else await sleep(Math.min(delay, left), controller.signal);
      delay = Math.min(delay * factor, maxDelay);
    }
  } catch (error) {
    // Whatever the poll in flight rejected with once the deadline cut it, the wait timed out.
    const reason = controller.signal.reason;
    throw !signal?.aborted && PollTimeoutError.is(reason) && !PollFailedError.is(error) ? reason : error;
  } finally {
    clearTimeout(timer);
    unlink?.();
  }
}

/** How a client's multi-step flow waits for the server's background work: what every `...AndWait` accepts. */
export interface PollOptions<State> {
  /** Give up after this long, ms; a PollTimeoutError carries the last state. @default 600000 (10 min) */
  timeout?: number | undefined;
  /** Stops the wait (and the poll in flight). */
  signal?: AbortSignal | undefined;
  /** Delay between polls, ms, growing from `min` to `max`. @default { min: 500, max: 5000 } unless the client says otherwise */
  pollInterval?: { min?: number; max?: number } | undefined;
  /** Called with each state seen. */
  onProgress?: ((state: State) => void) | undefined;
}

/**
 * `waitFor`'s settings from a flow's PollOptions. `minDelay` is the vendor's own first interval where the
 * caller set none; the rest default to 5 s between polls and 10 minutes in all.
 * @example
 * waitFor((signal) => api.jobs.get(id, { signal }), { done: (j) => j.done, ...pollSettings(options, 1000) });
 */
export function pollSettings<State>(options: PollOptions<State>, minDelay = 500) {
  return {
    minDelay: options.pollInterval?.min ?? minDelay,
    maxDelay: options.pollInterval?.max ?? 5000,
    timeout: options.timeout ?? 600_000,
    signal: options.signal,
    onPoll: options.onProgress,
  };
}

/**
 * The values of a polled field that end a wait, as a spec's `x-sdk-poll` gives them (generated into each
 * client's `generated/poll.ts`): `success`, `failure`, and `partial` (ended, with some parts failed).
 */
export interface PollStates {
  /** The field that holds the state, a dotted path for a nested one (`status`, `ingestion.status`). */
  readonly field: string;
  readonly success: readonly string[];
  readonly failure: readonly string[];
  readonly partial: readonly string[];
}

/** How a polled state ended, by a spec's poll states. */
export type PollOutcome = 'success' | 'partial' | 'failure';

/**
 * How a polled state ended by the spec's poll states, or undefined while it has not: any value the spec
 * does not list as terminal (`queued`, `running`, or one the vendor adds later) keeps the wait going.
 * @example
 * const job = await waitFor(check, {
 *   done: (j) => pollOutcome(getJobPoll, j) !== undefined,
 *   failed: (j) => pollOutcome(getJobPoll, j) === 'failure' && `job ended ${j.status}`,
 * });
 */
export function pollOutcome(states: PollStates, state: unknown): PollOutcome | undefined {
  let value = state;
  for (const key of states.field.split('.'))
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  if (typeof value !== 'string') return undefined;
  if (states.success.includes(value)) return 'success';
  if (states.failure.includes(value)) return 'failure';
  if (states.partial.includes(value)) return 'partial';
  return undefined;
}
