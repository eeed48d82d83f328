/**
 * The one error hierarchy every @org client throws.
 *
 * `instanceof` is answered from a brand rather than the prototype chain, so an error thrown by the CJS
 * build is still `instanceof ApiError` imported from the ESM build (and across realms). Each class also
 * has a static `is()` guard for code that prefers functions.
 */

import { redact, scrub, scrubError } from './redact';

const BRAND = Symbol.for('@org/sdk-core.error');

type Branded = { [BRAND]?: readonly string[] };

/** Base class of every error the SDK throws on purpose. */
export class SdkError extends Error {
  /** Literal name, stable across builds; use it in logs and `switch`es. Set in the constructor. */
  declare name: string;

  constructor(message: string, options?: { cause?: unknown }) {
    // Every message (and so the stack, which quotes it) and every wrapped error pass the one scrubbing rule.
    super(redact(message), options);
    scrubError(options?.cause);
    // Record the lineage by class name, so `instanceof` works across the ESM and CJS copies of this module.
    const lineage: string[] = [];
    for (let p = new.target; p && p !== (Error as unknown); p = Object.getPrototypeOf(p)) {
      lineage.push((p as { errorName?: string }).errorName ?? p.name);
    }
    Object.defineProperty(this, BRAND, { value: lineage, enumerable: false });
    this.name = lineage[0] ?? 'SdkError';
  }

  static readonly errorName: string = 'SdkError';

  /**
   * Type guard that works across module copies and realms.
   * @example if (NotFoundError.is(err)) return null;
   */
  declare static is: <T>(this: abstract new (...args: any[]) => T, value: unknown) => value is T;
}

// Defined outside the class body on purpose: bundlers rewrite `this` in static methods to the class that
// declares them, which would make every subclass check against SdkError's name.
function hasInstance(this: { errorName: string }, value: unknown): boolean {
  const lineage = (value as Branded | null)?.[BRAND];
  return Array.isArray(lineage) && lineage.includes(this.errorName);
}
Object.defineProperty(SdkError, Symbol.hasInstance, { value: hasInstance });
Object.defineProperty(SdkError, 'is', { value: hasInstance, writable: true });

/** What an ApiError knows about the request that failed. Secrets are already removed. */
export interface ApiErrorInit {
  status: number;
  /** The vendor's human-readable message, as its error extractor found it. */
  message?: string | undefined;
  /** The HTTP reason phrase, used when the vendor gave no message. */
  statusText?: string | undefined;
  /** The parsed response body (JSON when it parsed, text otherwise). */
  body: unknown;
  headers: Headers;
  method: string;
  url: string;
  requestId?: string | undefined;
  /** A note from the SDK for the message, such as why the request was not retried. */
  note?: string | undefined;
}

/**
 * The server answered with a non-2xx status.
 * @example
 * try { await client.pipelines.get('p_1') } catch (e) { if (e instanceof ApiError) console.log(e.status, e.requestId) }
 */
export class ApiError extends SdkError {
  static override readonly errorName: string = 'ApiError';
  declare readonly status: number;
  declare readonly body: unknown;
  declare readonly headers: Headers;
  declare readonly method: string;
  declare readonly url: string;
  declare readonly requestId: string | undefined;
  /** The vendor's own message, without the status and request line. */
  declare readonly vendorMessage: string | undefined;

  constructor(init: ApiErrorInit) {
    const url = redact(init.url);
    const vendorMessage = init.message === undefined ? undefined : redact(init.message);
    const note = init.note ? ` (${init.note})` : '';
    super(`${init.status} ${vendorMessage || init.statusText || 'HTTP error'}: ${init.method} ${url}${note}`);
    this.status = init.status;
    this.body = scrub(init.body);
    // A server may echo the credential in a header: the error keeps a scrubbed copy.
    const headers = new Headers();
    for (const [name, value] of init.headers) headers.append(name, redact(value));
    this.headers = headers;
    this.method = init.method;
    this.url = url;
    this.requestId = init.requestId;
    this.vendorMessage = vendorMessage;
  }

  /** A plain object for logs and `JSON.stringify`: never the stack, never a credential. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      method: this.method,
      url: this.url,
      requestId: this.requestId,
      body: this.body,
    };
  }
}

/**
 * A subclass that differs from its base only by name: one factory instead of a class body each (bundle size).
 * The computed key gives the class its `name`; `errorName` is what `instanceof` and `.name` read.
 */
function named<B extends new (...args: any[]) => SdkError>(Base: B, name: string): B {
  return {
    [name]: class extends Base {
      static errorName = name;
    },
  }[name] as B;
}

/** 400: the request was malformed. */
export const BadRequestError = /* @__PURE__ */ named(ApiError, 'BadRequestError');
export type BadRequestError = ApiError;
/** 401: the API key is missing, wrong or expired. */
export const AuthenticationError = /* @__PURE__ */ named(ApiError, 'AuthenticationError');
export type AuthenticationError = ApiError;
/** 403: the key is valid but may not do this. */
export const PermissionDeniedError = /* @__PURE__ */ named(ApiError, 'PermissionDeniedError');
export type PermissionDeniedError = ApiError;
/** 404: no such resource (or path). */
export const NotFoundError = /* @__PURE__ */ named(ApiError, 'NotFoundError');
export type NotFoundError = ApiError;
/** 409: the resource's state conflicts with the request. */
export const ConflictError = /* @__PURE__ */ named(ApiError, 'ConflictError');
export type ConflictError = ApiError;
/** 422: the body was well-formed but the server rejected its content. */
export const UnprocessableEntityError = /* @__PURE__ */ named(ApiError, 'UnprocessableEntityError');
export type UnprocessableEntityError = ApiError;
/** 429: rate limited. `retryAfter` is the server's hint in milliseconds, when it gave one. */
export class RateLimitError extends ApiError {
  static override readonly errorName: string = 'RateLimitError';
  /** Milliseconds the server asked us to wait, from `retry-after-ms`, `Retry-After` or the body. */
  declare readonly retryAfter: number | undefined;
  constructor(init: ApiErrorInit & { retryAfter?: number | undefined }) {
    super(init);
    this.retryAfter = init.retryAfter;
  }
}
/** 5xx (and vendor-declared server statuses such as deepset's 591): the server failed. */
export const InternalServerError = /* @__PURE__ */ named(ApiError, 'InternalServerError');
export type InternalServerError = ApiError;

/** No HTTP response arrived: DNS, refused or reset connection, TLS failure. */
export class ConnectionError extends SdkError {
  static override readonly errorName: string = 'ConnectionError';
  declare readonly method: string;
  declare readonly url: string;
  constructor(init: { method: string; url: string; cause?: unknown; detail?: string | undefined }) {
    const url = redact(init.url);
    super(`Connection failed${init.detail ? ` (${init.detail})` : ''}: ${init.method} ${url}`, {
      cause: init.cause,
    });
    this.method = init.method;
    this.url = url;
  }
}

/** The request did not finish within its `timeout`. */
export class TimeoutError extends SdkError {
  static override readonly errorName: string = 'TimeoutError';
  declare readonly method: string;
  declare readonly url: string;
  declare readonly timeout: number;
  constructor(init: { method: string; url: string; timeout: number }) {
    const url = redact(init.url);
    super(`Request timed out after ${init.timeout} ms: ${init.method} ${url}`);
    this.method = init.method;
    this.url = url;
    this.timeout = init.timeout;
  }
}

/** A streamed response broke: cut mid-event, an error event from the server, or a malformed event. */
export class StreamError extends SdkError {
  static override readonly errorName: string = 'StreamError';
  /** The data of the server's error event, when that is what ended the stream. */
  declare readonly data: unknown;
  constructor(message: string, options?: { cause?: unknown; data?: unknown }) {
    super(message, options);
    this.data = scrub(options?.data);
  }
}

/** A wait-until helper reached its deadline. `lastState` is what the last poll saw. */
export class PollTimeoutError<State = unknown> extends SdkError {
  static override readonly errorName: string = 'PollTimeoutError';
  declare readonly lastState: State | undefined;
  declare readonly attempts: number;
  constructor(message: string, init: { lastState: State | undefined; attempts: number }) {
    super(message);
    this.lastState = scrub(init.lastState);
    this.attempts = init.attempts;
  }
}

/** A wait-until helper saw a state its `failed` predicate rejected. `state` is that state. */
export class PollFailedError<State = unknown> extends SdkError {
  static override readonly errorName: string = 'PollFailedError';
  declare readonly state: State;
  constructor(message: string, init: { state: State; cause?: unknown }) {
    super(message, { cause: init.cause });
    this.state = scrub(init.state);
  }
}

/** The SDK was called wrongly (bad option, bad argument). The message says how to fix it. */
export const UsageError = /* @__PURE__ */ named(SdkError, 'UsageError');
export type UsageError = SdkError;

/** Picks the ApiError subclass for a status. */
export function errorClassForStatus(status: number): typeof ApiError {
  return (
    (
      {
        400: BadRequestError,
        401: AuthenticationError,
        403: PermissionDeniedError,
        404: NotFoundError,
        409: ConflictError,
        422: UnprocessableEntityError,
        429: RateLimitError,
      } as Record<number, typeof ApiError>
    )[status] ?? (status >= 500 ? InternalServerError : ApiError)
  );
}

/** One place where a response differs from the spec. */
export interface ValidationIssue {
  /** JSON path into the body, e.g. `$.files[0].status`. */
  path: string;
  message: string;
}

/** A response did not match the spec (with `validateResponses`): the vendor's API drifted, or the spec is wrong. */
export class ResponseValidationError extends SdkError {
  static override readonly errorName: string = 'ResponseValidationError';
  /** `METHOD /path` of the operation. */
  declare readonly operation: string;
  declare readonly issues: readonly ValidationIssue[];
  constructor(operation: string, issues: readonly ValidationIssue[]) {
    const first = issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`);
    super(
      `Response of ${operation} does not match the spec: ${first.join('; ')}${issues.length > 3 ? ` (+${issues.length - 3} more)` : ''}`,
    );
    this.operation = operation;
    this.issues = issues;
  }
}
