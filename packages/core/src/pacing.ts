/**
 * One rate limit, one client: when a call learns that a host's limit is spent (a 429 with a retry hint, or
 * `X-RateLimit-Remaining` at zero with `X-RateLimit-Reset`), the client's other calls to that host wait
 * for the same moment instead of each sending into the limit and being refused. Counting the calls in
 * flight against the remaining budget keeps a crowd of concurrent calls from overdrawing it.
 */
import { sleep } from './transport';

interface HostState {
  /** Epoch ms before which nothing is sent (a 429's hint). */
  until: number;
  /** The last remaining count the server reported for the current window, and when that window resets. */
  remaining: number | undefined;
  reset: number;
  /** Requests sent and not yet answered. */
  inflight: number;
}

/** The pacing of one client's calls, per origin. */
export interface Pacer {
  /** Resolves when a request to `origin` may go (undefined when it may go now), and counts it as sent. */
  ready(origin: string, signal: AbortSignal | undefined): Promise<void> | undefined;
  /** The request to `origin` is answered (or failed); `hint` is a 429's requested wait, ms. */
  done(origin: string, response: Response | undefined, hint: number | undefined): void;
}

// Below this a reset value is a delay in seconds (the IETF draft, some gateways); above, a Unix time (GitHub, NeoSpace).
const EPOCH_SECONDS = 1e9;

/** The reset moment, epoch ms, of an `X-RateLimit-Reset` value. */
function resetAt(value: string | null, now: number): number | undefined {
  if (!value || !/^\d+(\.\d+)?$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n > EPOCH_SECONDS ? n * 1000 : now + n * 1000;
}

/**
 * Creates a pacer. A wait longer than `maxWait` ms (a daily quota spent) is not imposed: the call goes and
 * meets the limit, whose RateLimitError says how long to wait. `now` is injectable; waits use timers.
 * @example const pacer = createPacer(60_000); await pacer.ready('https://api.x.dev', signal); ... pacer.done(origin, response, hint);
 */
export function createPacer(maxWait: number, now: () => number = Date.now): Pacer {
  const hosts = new Map<string, HostState>();

  function ready(origin: string, signal: AbortSignal | undefined): Promise<void> | undefined {
    let state = hosts.get(origin);
    if (!state) hosts.set(origin, (state = { until: 0, remaining: undefined, reset: 0, inflight: 0 }));
    const wait = waitFor(state);
    if (wait <= 0) {
      state.inflight++;
      return undefined;
    }
    const s = state;
    return (async () => {
      for (let ms = wait; ms > 0; ms = waitFor(s)) await sleep(ms, signal);
      s.inflight++;
    })();
  }

  /** How long a new request must wait, ms; 0 or less: it may go. */
  function waitFor(state: HostState): number {
    const t = now();
    let wait = state.until - t;
    if (state.remaining !== undefined) {
      if (state.reset <= t) state.remaining = undefined;
      else if (state.remaining - state.inflight <= 0) wait = Math.max(wait, state.reset - t);
    }
    return wait > maxWait ? 0 : wait;
  }

  function done(origin: string, response: Response | undefined, hint: number | undefined): void {
    const state = hosts.get(origin);
    if (!state) return;
    state.inflight = Math.max(0, state.inflight - 1);
    if (!response) return;
    const t = now();
    if (response.status === 429 && hint !== undefined) {
      // An explicit hint is finer than a reset in whole seconds: it wins over this answer's budget headers.
      state.until = Math.max(state.until, t + hint);
      return;
    }
    const remaining = response.headers.get('x-ratelimit-remaining');
    const reset = resetAt(response.headers.get('x-ratelimit-reset'), t);
    if (remaining === null || reset === undefined || !/^\d+$/.test(remaining.trim())) return;
    const count = Number(remaining);
    if (reset > state.reset + 500 || state.remaining === undefined) {
      // A new window (answers may arrive out of order: an older window's count never replaces a newer one's).
      if (reset >= state.reset - 500) {
        state.reset = reset;
        state.remaining = count;
      }
    } else state.remaining = Math.min(state.remaining, count);
  }

  return { ready, done };
}
