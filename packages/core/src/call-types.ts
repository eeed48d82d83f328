// The types of a typed call, read straight from openapi-typescript's `paths`. They are our own, not
// openapi-fetch's: its `Readable<T>` turns an open enum (`'a' | (string & {})`) into an object type, its
// helpers cost hundreds of type instantiations per call, and its package would have to be installed by
// every user whose compiler reads our declarations. These cost a few lookups each and import nothing.

import type { UploadProgressOptions } from './upload-progress';

/** The HTTP methods an OpenAPI path item can have. */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** How a success body is read. @default 'json' */
export type ParseAs = 'json' | 'text' | 'blob' | 'arrayBuffer' | 'stream';

/** The paths of `Paths` that have method `M`. */
export type PathsWithMethod<Paths, M extends HttpMethod> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: unknown } ? P : never;
}[keyof Paths];

/** The operation object at `Paths[P][M]`. */
export type OperationOf<Paths, P extends keyof Paths, M> = M extends keyof Paths[P] ? Paths[P][M] : never;

type OkStatus = 200 | 201 | 202 | 203 | 204 | 206 | 207 | '2XX';
/**
 * The body of one response object: its JSON body when it has one (what a parsed call returns), else its
 * only media type's; `undefined` when it has none (204).
 */
type BodyOf<R> = R extends { content: infer C }
  ? C extends { 'application/json': infer J }
    ? J
    : C[keyof C]
  : undefined;
type ResponsesOf<Op> = Op extends { responses: infer R } ? R : never;
/** The response objects of `R` whose status is a success (`ok`) or an error (not `ok`). */
type ResponsesWhere<R, ok extends boolean> = {
  [S in keyof R]: (S extends OkStatus ? true : false) extends ok
    ? ok extends true
      ? R[S]
      : `${S & (string | number)}` extends `${1 | 2 | 3}${string}`
        ? never
        : R[S]
    : never;
}[keyof R];

/** The success body of an operation: the union of its 2xx bodies, each as its own schema types it. */
export type SuccessBody<Op> = BodyOf<ResponsesWhere<ResponsesOf<Op>, true>>;

/** The error body of an operation: the union of its 4xx, 5xx and default bodies. */
export type ErrorBody<Op> = BodyOf<ResponsesWhere<ResponsesOf<Op>, false>>;

/** What `parseAs` reads a success body as. */
type ParsedBody<Op, I> = I extends { parseAs: infer A }
  ? A extends 'text'
    ? string
    : A extends 'blob'
      ? Blob
      : A extends 'arrayBuffer'
        ? ArrayBuffer
        : A extends 'stream'
          ? ReadableStream<Uint8Array> | null
          : SuccessBody<Op>
  : SuccessBody<Op>;

/** The success body of `Paths[P][M]` as a call with init `I` reads it. */
export type ResponseData<Paths, P extends keyof Paths, M extends HttpMethod, I = {}> = ParsedBody<
  OperationOf<Paths, P, M>,
  I
>;

/**
 * `T` with every optional field also taking `undefined`: the URL, header, JSON and multipart builders leave
 * an undefined value out, so under `exactOptionalPropertyTypes` `{ limit: options.limit }` still means "no
 * limit given". The generated `...Params` types are built with it.
 * @example type ListParams = OptionalOrUndefined<{ limit?: number }>; // { limit?: number | undefined }
 */
export type OptionalOrUndefined<T> = [T] extends [readonly unknown[]]
  ? T
  : { [K in keyof T]: {} extends Pick<T, K> ? T[K] | undefined : T[K] };
/** Each parameter location (path, query, header, cookie) with its optional fields open to `undefined`. */
type LooseParams<P> = {
  [K in keyof P]: OptionalOrUndefined<NonNullable<P[K]>> | ({} extends Pick<P, K> ? undefined : never);
};

/** The parameters option: required when the operation has a required parameter (a path one always is). */
type ParamsOption<Op> = Op extends { parameters: infer Params }
  ? {} extends Params
    ? { params?: LooseParams<Params> | undefined }
    : { params: LooseParams<Params> }
  : { params?: never };

type RequestBodyOf<Op> = Op extends { requestBody?: infer B } ? NonNullable<B> : never;
/**
 * A JSON body is typed by its schema; any other (a multipart form, raw bytes) is sent as the fetch body the
 * caller built (core's `multipartBody` and `toUploadBody` build them from files and streams).
 */
type BodyValue<C> = C extends { 'application/json': infer J } ? LooseBody<J> : BodyInit;
/** A JSON object body takes `undefined` for its optional fields, as JSON.stringify leaves them out. */
type LooseBody<J> = J extends object ? OptionalOrUndefined<J> : J;
type BodyOption<Op> = [RequestBodyOf<Op>] extends [never]
  ? { body?: never }
  : RequestBodyOf<Op> extends { content: infer C }
    ? Op extends { requestBody: unknown }
      ? { body: BodyValue<C> }
      : { body?: BodyValue<C> }
    : { body?: never };

/** Per-call settings, accepted by every resource method next to its parameters. */
export interface RequestOptions {
  /** Cancels the call; the call rejects with the signal's reason and is not retried. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's `timeout` for this call, ms. */
  timeout?: number | undefined;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number | undefined;
  /** Extra headers for this call; `null` removes one the client would send. */
  headers?: Record<string, string | null | undefined> | undefined;
  /**
   * The caller needs a body: an empty success answer (204, an empty 200) throws a ResponseValidationError
   * naming the operation and the status instead of resolving with undefined. Flows set it.
   */
  requireBody?: boolean | undefined;
}

/**
 * What generated methods check before a call is sent, from the spec: the call rejects with a UsageError
 * and nothing goes out.
 */
export interface SpecChecks {
  /**
   * Headers the operation requires, each with what to tell a caller who left it unset (the spec's
   * `x-sdk-missing`): the call is refused when the header's value is undefined and nothing else sets it.
   */
  requiredHeaders?: Readonly<Record<string, string>> | undefined;
  /** A mistake found in the call's arguments (core's `missingAnyOf`): the call rejects with it. */
  refuse?: Error | undefined;
}

/**
 * What one call accepts: the operation's parameters and body, how to read the body, the per-call settings
 * and the spec's checks. Fetch's own init fields (`credentials`, `cache`, ...) are not accepted: the client
 * would not send them.
 */
export type CallInit<Operation> = ParamsOption<Operation> &
  BodyOption<Operation> & {
    /** How to read a success body. @default 'json' */
    parseAs?: ParseAs | undefined;
  } & RequestOptions &
  UploadProgressOptions &
  SpecChecks;

/** Per-call settings of a method that uploads: the usual ones and `onUploadProgress`. */
export interface UploadRequestOptions extends RequestOptions, UploadProgressOptions {}

/** The init argument: optional when nothing in it is required. */
export type InitArgs<I> = {} extends I ? [init?: I] : [init: I];

/** What a `.raw` call resolves with: the success body, or the error body, and the response either way. */
export type RawResult<Op, I> =
  | { data: ParsedBody<Op, I>; error?: never; response: Response }
  | { data?: never; error: ErrorBody<Op>; response: Response };
