/**
 * `.withResponse()` on a call's promise: the typed result together with the Response behind it (status,
 * rate-limit headers) and the vendor's request id, to quote to its support. Stainless SDKs offer the same.
 */

/** A call's result with the response it was read from. */
export interface WithResponse<T> {
  data: T;
  /** The final response (after retries); its body has been read, its status and headers are there. */
  response: Response;
  /** The vendor's request id from the response headers, when it sent one. */
  requestId: string | undefined;
}

/**
 * The promise every method returns: await it for the data, or call `.withResponse()` for the data and
 * the response.
 * @example
 * const { data, response, requestId } = await client.datasets.get('ds_1').withResponse();
 * console.log(response.status, response.headers.get('x-ratelimit-remaining'), requestId);
 */
export interface ApiPromise<T> extends Promise<T> {
  /** Resolves with `{ data, response, requestId }` instead of the data alone. */
  withResponse(): Promise<WithResponse<T>>;
}

/** A call's data with the response it was read from, as the client has them before the request id. */
export interface CallResult<T> {
  data: T;
  response: Response;
}

// Where an ApiPromise keeps its call's result once it has arrived.
const RESULT = Symbol();

type Carrier<T> = ApiPromise<T> & { [RESULT]?: CallResult<T> };

/**
 * The `withResponse` of a client's ApiPromises: one function that reads the promise it is called on and
 * hands `full` the call's result, not a closure per call. A closure per call over the call's result, with
 * one more for `withResponse`, made V8 keep (and then pretenure) whole pages and responses when calls run
 * back to back: measured in bench/README.md (pagination, 2026-12-03 evening). Called on a detached copy
 * (`const { withResponse } = call`) it has no promise to read and throws a TypeError.
 * @example const withResponse = withResponseOf((result) => ({ ...result, requestId: idOf(result.response) }));
 */
export function withResponseOf<T>(
  full: (result: CallResult<T>) => WithResponse<T>,
): (this: Promise<T>) => Promise<WithResponse<T>> {
  return function withResponse(this: Promise<T>) {
    return this.then(() => full((this as Carrier<T>)[RESULT] as CallResult<T>));
  };
}

/**
 * `data` with the client's `withResponse()` (from `withResponseOf`); `data` stores its call's result with
 * `keepResult`. The full result is built only when asked for: a call that is just awaited pays no extra
 * promise. (Chaining on `data` also marks it handled, so a failure is reported once, through whichever
 * promise the caller holds.)
 * @example
 * const data = call().then((result) => keepResult(data, result));
 * return apiPromise(data, withResponse);
 */
export function apiPromise<T>(
  data: Promise<T>,
  withResponse: (this: Promise<T>) => Promise<WithResponse<T>>,
): ApiPromise<T> {
  (data as ApiPromise<T>).withResponse = withResponse;
  return data as ApiPromise<T>;
}

/**
 * Stores a call's result on the promise `apiPromise` was (or will be) given, for its `withResponse()`;
 * returns the data the promise resolves with.
 * @example const data = call().then((result) => keepResult(data, result));
 */
export function keepResult<T>(promise: Promise<T>, result: CallResult<T>): T {
  (promise as Carrier<T>)[RESULT] = result;
  return result.data;
}

/** The full result of a promise that may be an ApiPromise; another promise's has no response. */
export function fullResult<T>(promise: Promise<T>): Promise<WithResponse<T>> {
  const withResponse = (promise as Partial<ApiPromise<T>>).withResponse;
  return withResponse
    ? withResponse.call(promise)
    : promise.then((data) => ({ data, response: undefined as unknown as Response, requestId: undefined }));
}
