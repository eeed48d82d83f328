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

/**
 * `data` with a `withResponse()` that reads `full()` once it has resolved. The full result is built only
 * when asked for: a call that is just awaited pays no extra promise. (Chaining on `data` also marks it
 * handled, so a failure is reported once, through whichever promise the caller holds.)
 * @example return apiPromise(call().then((r) => ((last = r), r.data)), () => ({ ...last, requestId }));
 */
export function apiPromise<T>(data: Promise<T>, full: () => WithResponse<T>): ApiPromise<T> {
  const promise = data as ApiPromise<T>;
  promise.withResponse = () => data.then(full);
  return promise;
}

/** The full result of a promise that may be an ApiPromise; another promise's has no response. */
export function fullResult<T>(promise: Promise<T>): Promise<WithResponse<T>> {
  const withResponse = (promise as Partial<ApiPromise<T>>).withResponse;
  return withResponse
    ? withResponse.call(promise)
    : promise.then((data) => ({ data, response: undefined as unknown as Response, requestId: undefined }));
}
