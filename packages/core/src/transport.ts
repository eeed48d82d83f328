/**
 * The fetch that every client's requests go through: auth, per-attempt timeout, the caller's abort,
 * retries with backoff, and logging. It is a loop around fetch rather than middleware because middleware
 * cannot resend a request (openapi-fetch #1122).
 */
import { onAbort } from './abort';
import { resolveToken, type AuthHeader, type TokenProvider } from './auth';
import { ConnectionError, SdkError, TimeoutError, UsageError } from './errors';
import { fetchFollowing } from './follow-redirects';
import { type EndEvent, emit, type Hooks, requestIdOf } from './hooks';
import { maskHeaders, type Logger } from './logger';
import type { Pacer } from './pacing';
import { trackUpload, type UploadProgressHandler } from './upload-progress';
import { addSecret, redact } from './redact';
import {
  backoffDelay,
  fetchErrorCode,
  hintedDelay,
  isIdempotent,
  neverReachedServer,
  retryAfterMs,
  shouldRetryStatus,
  type RetryPolicy,
} from './retry';

/** Settings of one client's transport. */
export interface TransportConfig {
  fetch: typeof fetch | undefined;
  apiKey: string | TokenProvider | undefined;
  authHeader: AuthHeader;
  maxRetries: number;
  timeout: number;
  retry: RetryPolicy;
  logger: Logger;
  /** Whether debug lines are wanted; checked before one is built, as building costs more than a request's parse. */
  debug: boolean;
  idempotencyHeader: string | undefined;
  /** Headers besides the auth header that carry credentials: dropped on a cross-origin redirect, never logged. */
  credentialHeaders: readonly string[] | undefined;
  /** Lifecycle hooks (hooks.ts); empty when nobody listens, so the loop skips the bookkeeping. */
  hooks: readonly Hooks[];
  /** Response headers that carry the request id, for the response event. */
  requestIdHeaders: readonly string[];
  /** Shares a host's rate limit between the client's calls (pacing.ts); undefined when turned off. */
  pacer: Pacer | undefined;
}

/** Per-call overrides; anything left out falls back to the client's setting. */
export interface CallContext {
  signal?: AbortSignal | undefined;
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  /** The response is a stream: return it at headers, never buffer it, never replay it. */
  stream?: boolean | undefined;
  /** With `stream`: the caller reads the body itself, so their abort stays linked to the connection. */
  linkAbort?: boolean | undefined;
  /**
   * Reads a successful body as part of the attempt: under its timeout, and retried like the request when
   * the connection fails mid-body. Its result is left in `data`. A failure that is not the connection's
   * (bad JSON) must be thrown as an SdkError.
   */
  read?: ((response: Response) => Promise<unknown>) | undefined;
  /** Filled in by the transport: what `read` returned. */
  data?: unknown;
  /** The vendor operation, for hooks and traces. */
  operation?: string | undefined;
  /** The hook sets observing this call (the client's and their `onCall`'s), when the client has hooks. */
  hooks?: readonly Hooks[] | undefined;
  /** Set by the transport: the call's end is reported when its stream's body ends, not at headers. */
  endsWithBody?: boolean | undefined;
  /** Hears of the request body's bytes as fetch reads them, each attempt from 0 (upload-progress.ts). */
  onUploadProgress?: UploadProgressHandler | undefined;
}

/** What the transport learned about a response that the error built from it should say. */
export interface ResponseMeta {
  /** Why a retryable failure was not retried, for the error message. */
  notRetried?: string | undefined;
  /** The server's retry hint, ms. */
  retryAfter?: number | undefined;
}

const responseMeta = new WeakMap<Response, ResponseMeta>();

/** The transport's notes about a response it returned, if any. */
export function metaOf(response: Response): ResponseMeta | undefined {
  return responseMeta.get(response);
}

/** Whether reading the body consumes it (a stream, a Node Readable, a generator), so it cannot be sent again. */
export function isOneShot(body: unknown): body is ReadableStream<Uint8Array> | AsyncIterable<unknown> {
  return (
    (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream) ||
    (typeof body === 'object' && body !== null && Symbol.asyncIterator in body)
  );
}

/** Turns an AsyncIterable (a Node Readable, a generator) into a web ReadableStream, pulling on demand. */
function toReadableStream(source: AsyncIterable<unknown>): ReadableStream<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === 'string' ? encoder.encode(value) : (value as Uint8Array));
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  });
}

/** A body that fetch can send: an AsyncIterable (Node Readable, generator) becomes a ReadableStream. */
export function sendable(body: unknown): BodyInit | undefined {
  if (body === null || body === undefined) return undefined;
  return isOneShot(body) && !(body instanceof ReadableStream) ? toReadableStream(body) : (body as BodyInit);
}

/**
 * What a call hands the transport instead of a Request: a real one costs an AbortSignal, a Headers copy and
 * a body extraction, and fetch builds one anyway (measured: about a quarter of a small GET). Its body is
 * sent as given (a stream is one-shot). The headers are the call's own, set in place for each attempt.
 */
export interface PlainRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | undefined;
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts (at once if it already has). */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      stop?.();
      resolve();
    }, ms);
    const stop =
      signal &&
      onAbort(signal, () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
  });
}

/** JSON when the text parses, else the text itself (an error body may be either). */
export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Builds the fetch function for one client. `send(request, call)` runs the whole retry loop for one call
 * and resolves with the final Response (successful or not); it rejects only with ConnectionError,
 * TimeoutError, or the caller's abort reason.
 */
export function createTransport(config: TransportConfig) {
  const { logger, retry: policy } = config;
  // Every header known to carry a credential: fetch's own list, the auth header whatever its name, the caller's.
  const credentials = new Set(
    [
      'authorization',
      'proxy-authorization',
      'cookie',
      ...Object.keys(config.authHeader('-')),
      ...(config.credentialHeaders ?? []),
    ].map((name) => name.toLowerCase()),
  );
  const authEntries = (token: string) => {
    addSecret(token);
    const entries = Object.entries(config.authHeader(token));
    for (const [name, value] of entries) {
      // Headers.set would reject it with a TypeError that quotes the value, that is the key.
      if (/[\r\n\0]/.test(value)) {
        throw new UsageError(
          `[@org/sdk-core] the API key holds a line break or NUL, which the \`${name}\` header cannot carry; was it read with a trailing newline?`,
        );
      }
    }
    return entries;
  };
  // A fixed key's headers are built once, not per attempt.
  const fixedAuth =
    typeof config.apiKey === 'string' && config.apiKey ? authEntries(config.apiKey) : undefined;

  return async function send(request: PlainRequest, call: CallContext = {}): Promise<Response> {
    const method = request.method;
    const url = request.url;
    const timeout = call.timeout ?? config.timeout;
    const maxRetries = call.maxRetries ?? config.maxRetries;
    const callerSignal = call.signal;
    const source = sendable(request.body);
    const oneShot = source !== undefined && isOneShot(source);
    const headers = request.headers;
    if (
      config.idempotencyHeader &&
      !isIdempotent(method, headers, undefined) &&
      !headers.has(config.idempotencyHeader)
    ) {
      // One key for all attempts of this call, so the server can recognise a repeat.
      headers.set(config.idempotencyHeader, `sdk-${crypto.randomUUID()}`);
    }
    const idempotent = isIdempotent(method, headers, config.idempotencyHeader);
    // FormData is re-encoded by fetch with a fresh boundary, so the old Content-Type must go.
    if (typeof FormData !== 'undefined' && source instanceof FormData) headers.delete('content-type');

    const hooks = call.hooks ?? config.hooks;
    const observed = hooks.length > 0;
    const callStart = observed ? performance.now() : 0;
    const event = (attempt: number) => ({
      operation: call.operation ?? `${method} ${url}`,
      method,
      url: redact(url),
      attempt: attempt + 1,
    });

    const pacer = config.pacer;
    const origin = pacer && url.slice(0, url.indexOf('/', url.indexOf('//') + 2) >>> 0);

    for (let attempt = 0; ; attempt++) {
      if (callerSignal?.aborted) throw callerSignal.reason;
      if (pacer) {
        const wait = pacer.ready(origin!, callerSignal);
        if (wait) await wait;
      }
      const token = typeof config.apiKey === 'function' ? await resolveToken(config.apiKey) : config.apiKey;
      if (token) {
        for (const [name, value] of fixedAuth ?? authEntries(token)) {
          try {
            headers.set(name, value);
          } catch {
            throw new UsageError(
              `[@org/sdk-core] the API key has characters the \`${name}\` header cannot carry.`,
            );
          }
        }
      }
      // A credential the caller sent in a header of their own is scrubbed from output like the key.
      for (const name of credentials) addSecret(headers.get(name));

      const controller = new AbortController();
      const unlink = callerSignal && onAbort(callerSignal, () => controller.abort(callerSignal.reason));
      let timedOut = false;
      const timer =
        timeout > 0 && timeout < 2 ** 31
          ? setTimeout(() => {
              timedOut = true;
              controller.abort();
            }, timeout)
          : undefined;
      const started = config.debug ? performance.now() : 0;
      const log = (what: string | number) =>
        config.debug &&
        logger.debug(
          `${method} ${url} -> ${what} in ${Math.round(performance.now() - started)} ms (attempt ${attempt + 1})`,
          {
            headers: maskHeaders(headers, credentials),
          },
        );
      let keepLinked = false;
      const release = () => {
        clearTimeout(timer);
        unlink?.();
      };
      let outcome:
        | { response: Response; retryable: boolean; hint: number | undefined }
        | { failure: SdkError; retryable: boolean };
      let answer: Response | undefined;
      let answerHint: number | undefined;

      // With a progress handler the body goes as a stream counted as it is read, rebuilt for each attempt.
      let body = source;
      if (call.onUploadProgress && source !== undefined) {
        const tracked = trackUpload(source, attempt + 1, call.onUploadProgress);
        body = tracked.body;
        // The size the body would have announced itself, so the server sees the same request.
        if (tracked.total !== undefined && !headers.has('content-length'))
          headers.set('content-length', String(tracked.total));
        if (tracked.contentType) headers.set('content-type', tracked.contentType);
      }
      if (observed)
        emit(
          hooks,
          'onRequest',
          { ...event(attempt), setHeader: (name: string, value: string) => headers.set(name, value) },
          logger,
        );
      const sentAt = observed ? performance.now() : 0;
      try {
        const doFetch = config.fetch ?? globalThis.fetch; // looked up per request: msw started later still sees it
        let response = await fetchFollowing(
          doFetch,
          url,
          { method, headers, body, signal: controller.signal, oneShot: oneShot || body !== source },
          credentials,
        );
        const headersAt = observed ? performance.now() : 0;
        let bodyText: string | undefined;
        if (response.ok && call.stream) {
          // A caller reading the body stream itself needs their abort to keep reaching the connection until
          // the body ends (and no longer: a signal reused for many calls must not collect listeners).
          // EventStream watches the caller's signal on its own, so its link is released now.
          // Hooks hear of the call's end when the body ends, fails or is cancelled.
          if ((call.linkAbort || observed) && response.body) {
            const linked = (keepLinked = call.linkAbort === true);
            const ended = { ...event(attempt), status: response.status };
            if (observed) call.endsWithBody = true;
            response = withBody(
              response,
              untilEnd(response.body, (outcome, error) => {
                if (linked) release();
                if (observed) emit(hooks, 'onEnd', { ...ended, outcome, error }, logger);
              }),
            );
          }
        } else if (response.ok && call.read) {
          // Reading the body is part of the attempt: a cut mid-body is retried like a cut before headers.
          call.data = await call.read(response);
        } else if (response.body) {
          // Read the body inside the timeout, so a server that stalls mid-body cannot hang the caller.
          const buffer = await response.arrayBuffer();
          response = withBody(response, buffer);
          if (!response.ok) bodyText = new TextDecoder().decode(buffer);
        }
        log(response.status);
        if (observed) {
          const now = performance.now();
          emit(
            hooks,
            'onResponse',
            {
              ...event(attempt),
              status: response.status,
              requestId: requestIdOf(response.headers, config.requestIdHeaders),
              timeToHeaders: headersAt - sentAt,
              totalTime: now - callStart,
            },
            logger,
          );
        }
        answer = response;
        if (response.ok) return response;
        const hint = retryAfterMs(response, bodyText === undefined ? undefined : safeJson(bodyText), policy);
        answerHint = hint;
        outcome = { response, hint, retryable: shouldRetryStatus(response, idempotent, policy) };
      } catch (error) {
        if (callerSignal?.aborted) throw callerSignal.reason;
        if (error instanceof SdkError) throw error;
        const code = fetchErrorCode(error);
        outcome = timedOut
          ? // The server may have acted on a request that timed out: repeat only what is safe to repeat.
            { failure: new TimeoutError({ method, url, timeout }), retryable: idempotent }
          : {
              failure: new ConnectionError({ method, url, cause: error, detail: code }),
              retryable: idempotent || neverReachedServer(code),
            };
        log(outcome.failure.name);
      } finally {
        pacer?.done(origin!, answer, answerHint);
        if (!keepLinked) release();
        else clearTimeout(timer);
      }

      let { retryable } = outcome;
      let notRetried: string | undefined;
      let delay: number | undefined;
      const hint = 'response' in outcome ? outcome.hint : undefined;
      if (retryable && hint !== undefined) {
        if (hint > policy.maxRetryAfter) {
          retryable = false;
          notRetried = `the server asked to wait ${Math.ceil(hint / 1000)} s, more than maxRetryAfter allows`;
        } else delay = hintedDelay(hint);
      }
      if (retryable && attempt < maxRetries && oneShot) {
        retryable = false;
        notRetried = ONE_SHOT;
      } else if (retryable && attempt >= maxRetries) {
        retryable = false;
        if (maxRetries > 0) notRetried = `gave up after ${attempt + 1} attempts`;
      }
      if (!retryable) {
        if ('failure' in outcome) {
          if (notRetried) outcome.failure.message += ` (not retried: ${notRetried})`;
          throw outcome.failure;
        }
        const meta: ResponseMeta = {};
        if (hint !== undefined) meta.retryAfter = hint;
        if (notRetried) meta.notRetried = notRetried;
        responseMeta.set(outcome.response, meta);
        return outcome.response;
      }

      delay ??= backoffDelay(attempt, policy);
      const what = 'response' in outcome ? String(outcome.response.status) : outcome.failure.name;
      if (observed)
        emit(
          hooks,
          'onRetry',
          { ...event(attempt), reason: 'response' in outcome ? `status ${what}` : what, delay },
          logger,
        );
      logger.warn(
        `${method} ${url} failed with ${what}; retrying in ${Math.round(delay)} ms (attempt ${attempt + 2} of ${maxRetries + 1})`,
      );
      await sleep(delay, callerSignal);
    }
  };
}

/** The same response (status, headers, URL) with another body. */
function withBody(original: Response, body: BodyInit): Response {
  const response = new Response(body, {
    status: original.status,
    statusText: original.statusText,
    headers: original.headers,
  });
  Object.defineProperty(response, 'url', { value: original.url });
  return response;
}

/**
 * Streams whose consumer let go of them unread: when one is collected its call ends as `dropped` and its
 * connection is closed. Collection is the only signal a dropped stream gives (decisions/006).
 */
const letGo =
  typeof FinalizationRegistry === 'function'
    ? new FinalizationRegistry<() => void>((drop) => drop())
    : undefined;

/**
 * The body as it is read, calling `end` once when it is done, fails, is cancelled or is dropped (collected
 * before any of those).
 */
function untilEnd(
  body: ReadableStream<Uint8Array>,
  end: (outcome: EndEvent['outcome'], error?: unknown) => void,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let over = false;
  const finish = (outcome: EndEvent['outcome'], error?: unknown) => {
    if (over) return;
    over = true;
    end(outcome, error);
  };
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await reader.read();
        if (!done) return controller.enqueue(value);
        finish('complete');
        controller.close();
      } catch (error) {
        finish('failed', error);
        controller.error(error);
      }
    },
    cancel(reason) {
      finish('cancelled', reason);
      return reader.cancel(reason);
    },
  });
  // The held function must not reach `stream`, or it would never be collected.
  letGo?.register(stream, () => {
    if (over) return;
    finish('dropped');
    reader.cancel(new Error('the stream was dropped unread')).catch(() => {});
  });
  return stream;
}

const ONE_SHOT =
  'the request body was a one-shot stream and cannot be sent again; pass a Blob, bytes or a string to allow retries';

/** Guards the numeric options, so a typo fails at construction rather than as odd behaviour later. */
export function checkNumberOption(name: string, value: number | undefined, min: number): void {
  if (value !== undefined && !(typeof value === 'number' && value >= min && !Number.isNaN(value))) {
    throw new UsageError(
      `[@org/sdk-core] option \`${name}\` must be a number >= ${min}, got ${String(value)}.`,
    );
  }
}
