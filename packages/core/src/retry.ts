/**
 * What is retried and how long to wait. The loop that acts on these answers is in transport.ts.
 */

/** Tuning of the retry policy. Every field has a default; vendors add their own statuses and hints. */
export interface RetryOptions {
  /** Delay before the first retry when the server gave no hint, ms. @default 500 */
  initialDelay?: number | undefined;
  /** Cap of the exponential backoff, ms. @default 8000 */
  maxDelay?: number | undefined;
  /**
   * Longest server-requested wait (`Retry-After`, `retry-after-ms`, a body hint) that is honoured, ms.
   * A longer request is not retried: the error carries `retryAfter` so the caller can decide. @default 60000
   */
  maxRetryAfter?: number | undefined;
  /**
   * Extra statuses that mean "not processed, try again" for every method, e.g. deepset's 591 while a
   * pipeline wakes from standby.
   */
  retryStatuses?: readonly number[] | undefined;
  /** Reads a retry hint (ms) from an error response's parsed body, e.g. NeoSpace's `{ retryAfter }`. */
  retryHint?: ((body: unknown, response: Response) => number | undefined) | undefined;
}

/** The resolved policy with every default filled in. */
export interface RetryPolicy {
  initialDelay: number;
  maxDelay: number;
  maxRetryAfter: number;
  retryStatuses: ReadonlySet<number>;
  retryHint: ((body: unknown, response: Response) => number | undefined) | undefined;
}

export function resolveRetryPolicy(options: RetryOptions = {}): RetryPolicy {
  return {
    initialDelay: options.initialDelay ?? 500,
    maxDelay: options.maxDelay ?? 8000,
    maxRetryAfter: options.maxRetryAfter ?? 60_000,
    retryStatuses: new Set(options.retryStatuses ?? []),
    retryHint: options.retryHint,
  };
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

/** Whether repeating the request cannot change the outcome (RFC 9110 §9.2.2). */
export function isIdempotent(
  method: string,
  headers: Headers,
  idempotencyHeader: string | undefined,
): boolean {
  return IDEMPOTENT.has(method) || (idempotencyHeader !== undefined && headers.has(idempotencyHeader));
}

/**
 * Statuses whose meaning is "the server did not act on this request": safe to repeat even a POST.
 * 408 (the server gave up waiting for the request), 425 (too early), 429 (rejected by a rate limiter),
 * 503 (refused while unavailable).
 */
const NOT_ACTED = new Set([408, 425, 429, 503]);

/** Statuses worth another try for an idempotent request. */
function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 425 || status === 429 || status >= 500;
}

/** Decides whether an HTTP response should be retried; `x-should-retry` from the server wins. */
export function shouldRetryStatus(response: Response, idempotent: boolean, policy: RetryPolicy): boolean {
  const override = response.headers.get('x-should-retry');
  if (override === 'true') return true;
  if (override === 'false') return false;
  const { status } = response;
  if (policy.retryStatuses.has(status)) return true;
  if (!isRetryableStatus(status)) return false;
  return idempotent || NOT_ACTED.has(status);
}

// Error codes (undici's `cause.code`, Bun's `code`) that prove the request never reached a server.
const NOT_SENT =
  /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|UND_ERR_CONNECT_TIMEOUT|ConnectionRefused)$/;

/** The innermost error code of a failed fetch (`ECONNREFUSED`...), or its innermost useful message. */
export function fetchErrorCode(error: unknown): string | undefined {
  let code: string | undefined;
  for (
    let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, i = 0;
    e && i < 5;
    i++
  ) {
    if (typeof e.code === 'string') code = e.code;
    else if (!code && typeof e.message === 'string' && e.message !== 'fetch failed') code = e.message;
    e = e.cause as typeof e;
  }
  return code;
}

/** Whether a failed fetch provably never reached the server (so even a POST may be sent again). */
export function neverReachedServer(code: string | undefined): boolean {
  return code !== undefined && NOT_SENT.test(code);
}

// IMF-fixdate, `Sun, 06 Nov 1994 08:49:37 GMT`, the HTTP-date every server sends. RFC 9110's two obsolete
// forms (rfc850, asctime) fall back to backoff: their two-digit years and local times are guesses.
const HTTP_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT$/;

/**
 * The server's requested delay in ms: `retry-after-ms`, then `Retry-After` (seconds or an HTTP date),
 * then the vendor's body hint. Undefined when the server gave none.
 */
export function retryAfterMs(response: Response, body: unknown, policy: RetryPolicy): number | undefined {
  const ms = response.headers.get('retry-after-ms')?.trim();
  if (ms && /^\d+(\.\d+)?$/.test(ms)) return Number(ms);
  const header = response.headers.get('retry-after')?.trim();
  // RFC 9110 §10.2.3: delay-seconds (digits only) or an HTTP-date. Anything else (`-5`, `0x10`,
  // `abc 2020`) is no hint: normal backoff.
  if (header && /^\d+$/.test(header)) return Number(header) * 1000;
  if (header && HTTP_DATE.test(header)) {
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.max(0, date - Date.now());
  }
  if (policy.retryHint) {
    try {
      const hint = policy.retryHint(body, response);
      if (hint !== undefined && Number.isFinite(hint) && hint >= 0) return hint;
    } catch {
      // A hint reader must never turn a retryable answer into a crash.
    }
  }
  return undefined;
}

/**
 * Exponential backoff with jitter: initialDelay × 2^retry, capped at maxDelay, then scaled by a random
 * factor in [0.75, 1] so that clients which failed together do not retry together.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const base = Math.min(policy.initialDelay * 2 ** retry, policy.maxDelay);
  return base * (1 - random() * 0.25);
}

/**
 * The wait for a server-requested delay. A few percent of jitter on top keeps a crowd of clients that were
 * all told "1 s" from arriving in the same millisecond.
 */
export function hintedDelay(hint: number, random: () => number = Math.random): number {
  return hint + Math.min(hint * 0.1, 1000) * random();
}
