/**
 * Lifecycle hooks: typed events for metrics and audit logs, without wrapping `fetch`. The transport calls
 * `emit` at each step; a hook that throws (or rejects) is reported through the logger and never breaks
 * the call it observes.
 */
import type { SdkError } from './errors';
import type { Logger } from './logger';

/** What every event says about the attempt it belongs to. */
export interface AttemptEvent {
  /** The vendor operation (`queryRuns.list`), or `METHOD /path/{template}` for a `.raw` call. */
  operation: string;
  /** HTTP method, upper case. */
  method: string;
  /** The request URL with credentials scrubbed (userinfo, secret query parameters, known keys). */
  url: string;
  /** 1 for the first attempt, 2 for the first retry, ... */
  attempt: number;
}

/** A request is about to be sent: an attempt, with a way to add a header (a trace context) to it. */
export interface RequestEvent extends AttemptEvent {
  /** Sets a header on this attempt's request, e.g. `traceparent`. */
  setHeader(name: string, value: string): void;
}

/** A call begins (before its first attempt), in the caller's context. */
export interface CallEvent {
  operation: string;
  method: string;
  /** The request URL with credentials scrubbed. */
  url: string;
  /** The path template of the operation, e.g. `/v1/query-runs/{id}`. */
  template: string;
  /** The API's vendor (`hotdata`), as the client names it. */
  vendor: string | undefined;
}

/** A call succeeded: its body was read, or, for a stream, the stream ended, failed or was cancelled. */
export interface EndEvent {
  operation: string;
  method: string;
  url: string;
  status: number;
  /**
   * `cancelled`: the consumer stopped reading (broke out of the loop); `failed`: the stream was cut;
   * `dropped`: the consumer let the stream go without reading it to the end or cancelling it, reported
   * when the runtime collects it (where it has `FinalizationRegistry`), which also closes the connection.
   */
  outcome: 'complete' | 'cancelled' | 'failed' | 'dropped';
  /** Why a stream failed. */
  error?: unknown;
}

/** A response arrived (any status, before the call decides to retry or throw). */
export interface ResponseEvent extends AttemptEvent {
  status: number;
  /** The vendor's request id, from the response headers, when it sent one. */
  requestId: string | undefined;
  /** Milliseconds from sending this attempt until its headers arrived. */
  timeToHeaders: number;
  /** Milliseconds from the start of the call (first attempt) until this response was read (headers, for a stream). */
  totalTime: number;
}

/** The call will be sent again after `delay` ms. */
export interface RetryEvent extends AttemptEvent {
  /** Why: `status 429`, `ConnectionError`, `TimeoutError`. */
  reason: string;
  /** Milliseconds until the next attempt. */
  delay: number;
}

/** The call failed (after any retries). */
export interface ErrorEvent {
  operation: string;
  method: string;
  url: string;
  /** The error the call rejects with: an SdkError subclass (ApiError, TimeoutError, ...), or the caller's abort reason. */
  error: SdkError | unknown;
}

/**
 * Called as a client's calls go. Each runs synchronously in the call's path: keep them cheap, and hand slow
 * work (a network write) off. A hook's own failure is logged as a warning and otherwise ignored.
 * @example
 * createHotdataClient({ hooks: {
 *   onResponse: (e) => metrics.histogram('api.latency', e.totalTime, { op: e.operation, status: e.status }),
 *   onRetry: (e) => log.info(`retrying ${e.operation} in ${e.delay} ms: ${e.reason}`),
 * } });
 */
export interface Hooks {
  /**
   * A call begins. The hook set it returns (if any) gets that call's events alone, besides this set:
   * per-call state (a span) lives in its closure. @example onCall: (e) => { const t0 = Date.now(); return { onEnd: () => log(e.operation, Date.now() - t0) }; }
   */
  onCall?: ((event: CallEvent) => Hooks | undefined) | undefined;
  /** A request is about to be sent (each attempt). */
  onRequest?: ((event: RequestEvent) => void) | undefined;
  /** A response arrived for an attempt. */
  onResponse?: ((event: ResponseEvent) => void) | undefined;
  /** A failed attempt is going to be retried. */
  onRetry?: ((event: RetryEvent) => void) | undefined;
  /** The call rejects with this error. */
  onError?: ((event: ErrorEvent) => void) | undefined;
  /** The call succeeded (a stream's, once the stream is over). */
  onEnd?: ((event: EndEvent) => void) | undefined;
  /**
   * Runs a flow (a method that makes several calls, such as a wait and its polls) and returns what it
   * returns; the calls it makes happen inside `run`, so a tracer can make them children of one span. It
   * must call `run` once and return its result.
   */
  aroundFlow?: (<T>(event: { operation: string; vendor: string | undefined }, run: () => T) => T) | undefined;
}

type EventOf<K extends keyof Hooks> = Parameters<NonNullable<Hooks[K]>>[0];

/** Calls a hook, reporting its failure (thrown or rejected) through the logger instead of the call. */
export function emit<K extends keyof Hooks>(
  hooks: readonly Hooks[],
  name: K,
  event: EventOf<K>,
  logger: Logger,
): void {
  for (const set of hooks) {
    const hook = set[name] as ((event: EventOf<K>) => unknown) | undefined;
    if (!hook) continue;
    const report = (error: unknown) =>
      logger.warn(`[@org/sdk-core] the ${name} hook failed (the call goes on): ${String(error)}`);
    try {
      const result = hook(event);
      if (result && typeof (result as Promise<unknown>).catch === 'function')
        (result as Promise<unknown>).catch(report);
    } catch (error) {
      report(error);
    }
  }
}

/** The hook sets that observe one call: the client's, and those their `onCall` returned for it. */
export function startCall(hooks: readonly Hooks[], event: CallEvent, logger: Logger): Hooks[] {
  const sets = [...hooks];
  for (const set of hooks) {
    if (!set.onCall) continue;
    try {
      const own = set.onCall(event);
      if (own) sets.push(own);
    } catch (error) {
      logger.warn(`[@org/sdk-core] the onCall hook failed (the call goes on): ${String(error)}`);
    }
  }
  return sets;
}

/**
 * Runs `run` inside every hook set's `aroundFlow`. A hook that throws before it runs the flow is logged and
 * skipped; one that throws after is logged and its result dropped for the flow's own.
 */
export function aroundFlow<T>(
  hooks: readonly Hooks[],
  event: { operation: string; vendor: string | undefined },
  run: () => T,
  logger: Logger,
): T {
  let wrapped = run;
  for (const set of hooks) {
    const around = set.aroundFlow;
    if (!around) continue;
    const inner = wrapped;
    wrapped = () => {
      let ran = false;
      let failed = false;
      let result: T;
      const once = () => {
        ran = true;
        try {
          result = inner();
          return result;
        } catch (error) {
          failed = true;
          throw error;
        }
      };
      try {
        const out = around(event, once);
        return ran ? out : inner();
      } catch (error) {
        if (failed) throw error;
        logger.warn(`[@org/sdk-core] the aroundFlow hook failed (the flow goes on): ${String(error)}`);
        return ran ? result! : inner();
      }
    };
  }
  return wrapped();
}

/** The first of `names` the response carries, e.g. `x-request-id`. */
export function requestIdOf(headers: Headers, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}
