import type {
  CallInit,
  HttpMethod,
  InitArgs,
  OperationOf,
  ParseAs,
  PathsWithMethod,
  RawResult,
  RequestOptions,
  ResponseData,
  SpecChecks,
} from './call-types';
import { bearerAuth, type AuthHeader, type TokenProvider } from './auth';
import { ResponseValidationError, SdkError, UsageError } from './errors';
import { errorFromResponse, type ErrorMessageExtractor } from './error-from-response';
import { aroundFlow, emit, type Hooks, requestIdOf, startCall } from './hooks';
import { levelLogger, type Logger, type LogLevel } from './logger';
import {
  type CallParams,
  createUrlBuilder,
  mergeHeaders,
  type QuerySerializerOptions,
  serializeBody,
} from './request-parts';
import { currentOperation } from './operation';
import { createPacer } from './pacing';
import { redact } from './redact';
import { resolveRetryPolicy, type RetryOptions } from './retry';
import { type CallContext, checkNumberOption, createTransport, safeJson } from './transport';
import type { UploadProgressOptions } from './upload-progress';
import { type ApiPromise, apiPromise, keepResult, withResponseOf } from './with-response';

// What a stream call asks for: either of the formats streamResponse reads.
const STREAM_ACCEPT = { Accept: 'text/event-stream, application/x-ndjson' };

/** Options every @org client accepts (each vendor client adds its own, such as `workspaceId`). */
export interface ClientOptions {
  /** Root of the API, e.g. `https://api.hotdata.dev`. */
  baseUrl: string;
  /** The credential: a string, or a function called before each attempt (for tokens that expire). */
  apiKey?: string | TokenProvider | undefined;
  /** How the credential is sent. @default `Authorization: Bearer <apiKey>` */
  authHeader?: AuthHeader | undefined;
  /**
   * Headers that carry credentials besides the auth header (e.g. `['X-Auth-Token']`). Like the auth header
   * they are dropped when a redirect leaves the API's origin, masked in debug logs, and their values are
   * scrubbed from every error and log line.
   */
  credentialHeaders?: readonly string[] | undefined;
  /** Headers sent with every request (a vendor's workspace header, a user agent suffix). */
  headers?: Record<string, string | undefined> | undefined;
  /** A fetch to use instead of the global one. Without it the global fetch is looked up on every request. */
  fetch?: typeof fetch | undefined;
  /** Retries after the first attempt. @default 2 */
  maxRetries?: number | undefined;
  /** Milliseconds one attempt may take, from sending until the body is read (until headers, for streams). @default 60000 */
  timeout?: number | undefined;
  /** Backoff tuning and vendor retry rules. */
  retry?: RetryOptions | undefined;
  /** Where log lines go. @default console */
  logger?: Logger | undefined;
  /** @default 'warn' */
  logLevel?: LogLevel | undefined;
  /** Finds the message in the vendor's error body. */
  errorMessage?: ErrorMessageExtractor | undefined;
  /** Finds the request id in the vendor's error body, for APIs that put it there rather than in a header. */
  errorRequestId?: ((body: unknown) => string | undefined) | undefined;
  /** Response headers that carry the request id, first match wins. @default ['x-request-id', 'request-id'] */
  requestIdHeaders?: readonly string[] | undefined;
  /** When set, POST and PATCH requests carry this header with a key stable across retries, and are retried like GETs. */
  idempotencyHeader?: string | undefined;
  /** How query arrays and objects are encoded. @default form, exploded */
  querySerializer?: QuerySerializerOptions | undefined;
  /**
   * Checks every successful response body against the spec and throws ResponseValidationError on drift.
   * Build one with `createResponseValidator` from a client's `./validate` entry. @default off
   */
  validateResponses?: ((method: string, path: string, data: unknown, status?: number) => void) | undefined;
  /**
   * Typed lifecycle events (request, response, retry, error) for metrics and audit logs. A hook that throws
   * is logged and never breaks the call. A list combines several sets, e.g. your metrics and
   * `openTelemetry()` from `@org/sdk-core/otel`. See core's README, "Hooks" and "OpenTelemetry".
   */
  hooks?: Hooks | readonly Hooks[] | undefined;
  /** The API's vendor (`hotdata`), for hooks and traces; each client sets its own. */
  vendor?: string | undefined;
  /**
   * When a call learns that a host's rate limit is spent (429 with Retry-After, or `X-RateLimit-Remaining: 0`
   * with `X-RateLimit-Reset`), the client's other calls to that host wait for the same moment instead of
   * sending into the limit. `false` lets each call meet the limit on its own. @default true
   */
  pacing?: boolean | undefined;
}

export type { CallInit, RequestOptions, ResponseData } from './call-types';

type InitFor<Paths, P extends keyof Paths, M extends HttpMethod> = CallInit<OperationOf<Paths, P, M>>;

/** One verb of the raw client: a typed call that resolves with `{ data }` or `{ error }`, and the `response`. */
export type RawMethod<Paths extends {}, M extends HttpMethod> = <
  P extends PathsWithMethod<Paths, M>,
  I extends InitFor<Paths, P, M>,
>(
  path: P,
  ...init: InitArgs<I>
) => Promise<RawResult<OperationOf<Paths, P, M>, I>>;

/**
 * openapi-fetch's calling convention over the client's transport (retries, timeouts, auth): methods named
 * for the HTTP verb that resolve with `{ data }` or `{ error }` and the `response`, instead of throwing.
 * An interface, so that declaration files name it rather than spell out its type in every client.
 * @example
 * const { data, error, response } = await api.raw.GET('/items/{id}', { params: { path: { id: 'i_1' } } });
 * if (error) console.log(response.status, error);
 */
export interface RawClient<Paths extends {}> {
  GET: RawMethod<Paths, 'get'>;
  PUT: RawMethod<Paths, 'put'>;
  POST: RawMethod<Paths, 'post'>;
  DELETE: RawMethod<Paths, 'delete'>;
  OPTIONS: RawMethod<Paths, 'options'>;
  HEAD: RawMethod<Paths, 'head'>;
  PATCH: RawMethod<Paths, 'patch'>;
  TRACE: RawMethod<Paths, 'trace'>;
}

/** A typed API client: `request` and `requestStream` throw on an HTTP error; `raw` returns it. */
export interface ApiClient<Paths extends {}> {
  /** Calls that resolve with `{ data, error, response }`, as openapi-fetch's do, over the same transport. */
  readonly raw: RawClient<Paths>;
  /**
   * Calls an operation and returns its success body; a non-2xx answer throws the matching ApiError.
   * @example const pipeline = await api.request('get', '/pipelines/{id}', { params: { path: { id: 'p_1' } } });
   */
  request<M extends HttpMethod, P extends PathsWithMethod<Paths, M>, I extends InitFor<Paths, P, M>>(
    method: M,
    path: P,
    ...init: InitArgs<I>
  ): ApiPromise<ResponseData<Paths, P, M, I>>;
  /**
   * Calls a streaming operation and resolves with the Response once its headers arrive; an HTTP error
   * before the stream starts is retried and thrown like `request`'s. Wrap it with `streamResponse`.
   * @example const events = streamResponse(() => api.requestStream('post', '/chat', { body }), 'sse');
   */
  requestStream<M extends HttpMethod, P extends PathsWithMethod<Paths, M>, I extends InitFor<Paths, P, M>>(
    method: M,
    path: P,
    ...init: InitArgs<I>
  ): ApiPromise<Response>;
  /** The resolved options, for vendor code that builds on this client. */
  readonly options: Readonly<ClientOptions>;
  /**
   * Runs a flow (several calls, such as a wait and its polls) inside the hooks' `aroundFlow`, so a tracer
   * makes one parent span over its calls. `nameFlows` applies it to a client's flows.
   * @example api.flow('runQuery', () => runQuery(resources, sql))
   */
  flow<T>(operation: string, run: () => T): T;
}

const consoleLogger: Logger = console;

/**
 * Creates the typed client that vendor clients wrap.
 * @example
 * import type { paths } from './generated/schema';
 * const api = createApiClient<paths>({ baseUrl: 'https://api.example.com', apiKey: () => getToken() });
 * const user = await api.request('get', '/users/{id}', { params: { path: { id: 'u_1' } } });
 */
export function createApiClient<Paths extends {}>(options: ClientOptions): ApiClient<Paths> {
  if (!options || typeof options.baseUrl !== 'string' || !/^https?:\/\//.test(options.baseUrl)) {
    throw new UsageError(
      `[@org/sdk-core] \`baseUrl\` must be an absolute http(s) URL, got ${JSON.stringify(options?.baseUrl)}.`,
    );
  }
  checkNumberOption('maxRetries', options.maxRetries, 0);
  checkNumberOption('timeout', options.timeout, 0);
  const logger = levelLogger(options.logger ?? consoleLogger, options.logLevel ?? 'warn');
  const requestIdHeaders = options.requestIdHeaders ?? ['x-request-id', 'request-id'];
  const retry = resolveRetryPolicy(options.retry);
  const hooks: readonly Hooks[] = options.hooks
    ? Array.isArray(options.hooks)
      ? options.hooks
      : [options.hooks as Hooks]
    : [];
  const send = createTransport({
    fetch: options.fetch,
    apiKey: options.apiKey,
    authHeader: options.authHeader ?? bearerAuth,
    maxRetries: options.maxRetries ?? 2,
    timeout: options.timeout ?? 60_000,
    retry,
    logger,
    debug: options.logLevel === 'debug',
    idempotencyHeader: options.idempotencyHeader,
    credentialHeaders: options.credentialHeaders,
    hooks,
    requestIdHeaders,
    pacer: options.pacing === false ? undefined : createPacer(retry.maxRetryAfter),
  });
  const buildUrl = createUrlBuilder(options.baseUrl, options.querySerializer);

  /**
   * One call: build the request, send it through the transport, read the body. With `throwing` an HTTP error
   * throws the matching ApiError; without, its body is returned as the data. One async function per call,
   * not one per layer: each layer costs a promise and its ticks on every request.
   */
  function call(
    method: string,
    path: string,
    init: Record<string, unknown> | undefined,
    ctx: CallContext,
    throwing: boolean,
  ): Promise<{ data: unknown; response: Response }> {
    // Read now, while the resource method that named the operation is still on the stack.
    const operation = (ctx.operation = currentOperation() ?? `${method.toUpperCase()} ${path}`);
    if (!hooks.length) return callOnce(method, path, init, ctx, throwing);
    let url = path;
    try {
      url = redact(buildUrl(path, (init as { params?: CallParams } | undefined)?.params));
    } catch {
      // callOnce rejects with the reason.
    }
    const M = method.toUpperCase();
    const base = { operation, method: M, url };
    const sets = (ctx.hooks = startCall(hooks, { ...base, template: path, vendor: options.vendor }, logger));
    return callOnce(method, path, init, ctx, throwing).then(
      (result) => {
        // A stream's call ends with its body (the transport reports it).
        if (!ctx.endsWithBody)
          emit(sets, 'onEnd', { ...base, status: result.response.status, outcome: 'complete' }, logger);
        return result;
      },
      (error) => {
        emit(sets, 'onError', { ...base, error }, logger);
        throw error;
      },
    );
  }

  async function callOnce(
    method: string,
    path: string,
    init: Record<string, unknown> | undefined,
    ctx: CallContext,
    throwing: boolean,
  ): Promise<{ data: unknown; response: Response }> {
    const {
      signal,
      timeout,
      maxRetries,
      params,
      body,
      headers,
      parseAs,
      requireBody,
      requiredHeaders,
      refuse,
      onUploadProgress,
    } = (init ?? {}) as RequestOptions &
      SpecChecks &
      UploadProgressOptions & {
        params?: CallParams | undefined;
        body?: unknown;
        parseAs?: ParseAs | undefined;
      };
    // Mistakes the generated method found in the call's arguments reject here, before anything is sent.
    if (refuse) throw refuse;
    checkNumberOption('timeout', timeout, 0);
    checkNumberOption('maxRetries', maxRetries, 0);
    ctx.signal = signal;
    ctx.timeout = timeout;
    ctx.maxRetries = maxRetries;
    ctx.onUploadProgress = onUploadProgress;
    // A body the caller reads as a stream is returned at headers, like requestStream's.
    const streamCall = ctx.stream;
    if (parseAs === 'stream') ctx.stream = ctx.linkAbort = true;
    const serialized = body === undefined ? undefined : serializeBody(body);
    const url = buildUrl(path, params);
    const M = method.toUpperCase();
    if (!ctx.stream) {
      ctx.read = async (response) => {
        if (parseAs && parseAs !== 'json') return response[parseAs as 'text' | 'blob' | 'arrayBuffer']();
        // An empty body (204, HEAD, Content-Length: 0) is undefined.
        const text = await response.text();
        try {
          return text ? JSON.parse(text) : undefined;
        } catch (error) {
          throw new SdkError(
            `The ${response.status} response is not valid JSON (${(error as Error).message}): ${M} ${url}`,
            { cause: error },
          );
        }
      };
    }
    const request = {
      url,
      method: M,
      headers: mergeHeaders(
        streamCall ? STREAM_ACCEPT : undefined,
        // JSON (or text the caller serialized); a Blob, stream or form brings its own type or sets it per call.
        typeof serialized === 'string' ? { 'Content-Type': 'application/json' } : undefined,
        options.headers,
        headers,
        params?.header,
      ),
      body: serialized as BodyInit | undefined,
    };
    // A header the spec requires that nobody set (the client option that fills it is unset); `null` is a
    // header the caller removed on purpose, and is sent without.
    for (const name in requiredHeaders) {
      if (headers?.[name] === undefined && !request.headers.has(name)) {
        throw new UsageError(
          `[@org/sdk-core] ${M} ${path} needs the ${name} header: ${requiredHeaders[name]}`,
        );
      }
    }
    const response = await send(request, ctx);
    if (ctx.stream && response.ok) return { data: response.body, response };
    let data = ctx.data;
    if (!response.ok) {
      // The transport buffered the error body; one that is not JSON is its text.
      const text = await response.text();
      data = text ? safeJson(text) : undefined;
    } else if (requireBody && data === undefined) {
      throw new ResponseValidationError(`${M} ${path}`, [
        { path: '$', message: `the ${response.status} answer has no body, and this call needs one` },
      ]);
    }
    if (throwing && !response.ok) {
      throw errorFromResponse(response, data, {
        method: M,
        url,
        errorMessage: options.errorMessage,
        errorRequestId: options.errorRequestId,
        requestIdHeaders,
      });
    }
    return { data, response };
  }

  const withResponse = withResponseOf((result: { data: unknown; response: Response }) => ({
    ...result,
    requestId: requestIdOf(result.response.headers, requestIdHeaders),
  }));

  const raw = {} as Record<string, unknown>;
  for (const method of 'get put post delete options head patch trace'.split(' ')) {
    raw[method.toUpperCase()] = async (path: string, init?: Record<string, unknown>) => {
      const { data, response } = await call(method, path, init, {}, false);
      return response.ok ? { data, response } : { error: data, response };
    };
  }

  return {
    raw,
    options,
    flow: (operation: string, run: () => unknown) =>
      hooks.length ? aroundFlow(hooks, { operation, vendor: options.vendor }, run, logger) : run(),
    request(method: string, path: string, init?: Record<string, unknown>) {
      const data: Promise<unknown> = call(method, path, init, {}, true).then((result) => {
        options.validateResponses?.(method, path, result.data, result.response.status);
        return keepResult(data, result);
      });
      return apiPromise(data, withResponse);
    },
    requestStream(method: string, path: string, init?: Record<string, unknown>) {
      const data: Promise<Response> = call(method, path, init, { stream: true }, true).then((result) =>
        keepResult(data, { ...result, data: result.response }),
      );
      return apiPromise(data, withResponse);
    },
  } as unknown as ApiClient<Paths>;
}
