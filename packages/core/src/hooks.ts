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
  /** A request is about to be sent (each attempt). */
  onRequest?: (event: AttemptEvent) => void;
  /** A response arrived for an attempt. */
  onResponse?: (event: ResponseEvent) => void;
  /** A failed attempt is going to be retried. */
  onRetry?: (event: RetryEvent) => void;
  /** The call rejects with this error. */
  onError?: (event: ErrorEvent) => void;
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

/** The first of `names` the response carries, e.g. `x-request-id`. */
export function requestIdOf(headers: Headers, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}
