import createClient, {
  createFinalURL,
  createQuerySerializer,
  defaultPathSerializer,
  mergeHeaders,
  type Client,
  type FetchResponse,
  type MaybeOptionalInit,
  type QuerySerializerOptions,
} from 'openapi-fetch';
import type { HttpMethod, MediaType, PathsWithMethod, RequiredKeysOf } from 'openapi-typescript-helpers';
import { bearerAuth, type AuthHeader, type TokenProvider } from './auth';
import { UsageError } from './errors';
import { errorFromResponse, type ErrorMessageExtractor } from './error-from-response';
import { levelLogger, type Logger, type LogLevel } from './logger';
import { resolveRetryPolicy, type RetryOptions } from './retry';
import { type CallContext, checkNumberOption, createTransport, SdkRequest } from './transport';

/** Options every @org client accepts (each vendor client adds its own, such as `workspaceId`). */
export interface ClientOptions {
  /** Root of the API, e.g. `https://api.hotdata.dev`. */
  baseUrl: string;
  /** The credential: a string, or a function called before each attempt (for tokens that expire). */
  apiKey?: string | TokenProvider | undefined;
  /** How the credential is sent. @default `Authorization: Bearer <apiKey>` */
  authHeader?: AuthHeader;
  /** Headers sent with every request (a vendor's workspace header, a user agent suffix). */
  headers?: Record<string, string | undefined>;
  /** A fetch to use instead of the global one. Without it the global fetch is looked up on every request. */
  fetch?: typeof fetch;
  /** Retries after the first attempt. @default 2 */
  maxRetries?: number;
  /** Milliseconds one attempt may take, from sending until the body is read (until headers, for streams). @default 60000 */
  timeout?: number;
  /** Backoff tuning and vendor retry rules. */
  retry?: RetryOptions;
  /** Where log lines go. @default console */
  logger?: Logger;
  /** @default 'warn' */
  logLevel?: LogLevel;
  /** Finds the message in the vendor's error body. */
  errorMessage?: ErrorMessageExtractor;
  /** Response headers that carry the request id, first match wins. @default ['x-request-id', 'request-id'] */
  requestIdHeaders?: readonly string[];
  /** When set, POST and PATCH requests carry this header with a key stable across retries, and are retried like GETs. */
  idempotencyHeader?: string;
  /** How query arrays and objects are encoded. @default form, exploded */
  querySerializer?: QuerySerializerOptions;
  /**
   * Checks every successful response body against the spec and throws ResponseValidationError on drift.
   * Build one with `createResponseValidator` from a client's `./validate` entry. @default off
   */
  validateResponses?: (method: string, path: string, data: unknown) => void;
}

/** Per-call settings, accepted by every resource method next to its parameters. */
export interface RequestOptions {
  /** Cancels the call; the call rejects with the signal's reason and is not retried. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's `timeout` for this call, ms. */
  timeout?: number | undefined;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string | undefined> | undefined;
}

type InitFor<Paths, P extends keyof Paths, M extends HttpMethod> = MaybeOptionalInit<
  Paths[P],
  M & keyof Paths[P]
> &
  RequestOptions;
type InitArgs<I> = RequiredKeysOf<I> extends never ? [init?: I] : [init: I];

/** The success body of an operation, as openapi-fetch types it. */
export type ResponseData<
  Paths,
  P extends keyof Paths,
  M extends HttpMethod,
  I = {},
> = Paths[P] extends Record<M, Record<string | number, any>>
  ? Extract<FetchResponse<Paths[P][M], I, MediaType>, { data: unknown }>['data']
  : never;

/** A typed API client: `raw` for openapi-fetch's `{ data, error }`; `request` and `requestStream` throw. */
export interface ApiClient<Paths extends {}> {
  /** The openapi-fetch client over the same transport (retries, timeouts, auth); returns `{ data, error, response }`. */
  readonly raw: Client<Paths>;
  /**
   * Calls an operation and returns its success body; a non-2xx answer throws the matching ApiError.
   * @example const pipeline = await api.request('get', '/pipelines/{id}', { params: { path: { id: 'p_1' } } });
   */
  request<M extends HttpMethod, P extends PathsWithMethod<Paths, M>, I extends InitFor<Paths, P, M>>(
    method: M,
    path: P,
    ...init: InitArgs<I>
  ): Promise<ResponseData<Paths, P, M, I>>;
  /**
   * Calls a streaming operation and resolves with the Response once its headers arrive; an HTTP error
   * before the stream starts is retried and thrown like `request`'s. Wrap it with `streamResponse`.
   * @example const events = streamResponse(() => api.requestStream('post', '/chat', { body }), 'sse');
   */
  requestStream<M extends HttpMethod, P extends PathsWithMethod<Paths, M>, I extends InitFor<Paths, P, M>>(
    method: M,
    path: P,
    ...init: InitArgs<I>
  ): Promise<Response>;
  /** The resolved options, for vendor code that builds on this client. */
  readonly options: Readonly<ClientOptions>;
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
  const send = createTransport({
    fetch: options.fetch,
    apiKey: options.apiKey,
    authHeader: options.authHeader ?? bearerAuth,
    maxRetries: options.maxRetries ?? 2,
    timeout: options.timeout ?? 60_000,
    retry: resolveRetryPolicy(options.retry),
    logger,
    debug: options.logLevel === 'debug',
    idempotencyHeader: options.idempotencyHeader,
  });
  const raw = createClient<Paths>({
    baseUrl: options.baseUrl,
    headers: options.headers,
    querySerializer: options.querySerializer,
    bodySerializer: serializeBody,
    Request: SdkRequest,
    fetch: (request) => send(request),
  });
  const requestIdHeaders = options.requestIdHeaders ?? ['x-request-id', 'request-id'];
  const querySerializer = createQuerySerializer(options.querySerializer);
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  /**
   * One resource call. It builds the URL and headers with openapi-fetch's own helpers (so the wire request
   * is `.raw`'s; client.test.ts holds the two to that) but skips its per-call set-up (serializers,
   * middleware loop, options merge, a real Request), which cost about a tenth of a small GET.
   * `.raw.use()` middleware applies to `.raw` calls only.
   */
  async function call(
    method: string,
    path: string,
    init: Record<string, unknown> | undefined,
    ctx: CallContext,
  ) {
    const { signal, timeout, maxRetries, params, body, headers, parseAs } = (init ?? {}) as RequestOptions & {
      params?: {
        header?: Record<string, unknown>;
        query?: Record<string, unknown>;
        path?: Record<string, unknown>;
      };
      body?: unknown;
      parseAs?: 'json' | 'text' | 'blob' | 'arrayBuffer' | 'stream';
    };
    checkNumberOption('timeout', timeout, 0);
    checkNumberOption('maxRetries', maxRetries, 0);
    ctx.signal = signal;
    ctx.timeout = timeout;
    ctx.maxRetries = maxRetries;
    // A body the caller reads as a stream is returned at headers, like requestStream's.
    if (parseAs === 'stream') ctx.stream = true;
    ctx.deferBody = !ctx.stream;
    const serialized = body === undefined ? undefined : serializeBody(body);
    const merged = mergeHeaders(
      serialized === undefined || serialized instanceof FormData
        ? {}
        : { 'Content-Type': 'application/json' },
      options.headers,
      headers as never,
      params?.header as never,
    );
    const url = createFinalURL(path, {
      baseUrl,
      params: params ?? {},
      querySerializer,
      pathSerializer: defaultPathSerializer,
    });
    const M = method.toUpperCase();
    let response: Response;
    let data: unknown;
    try {
      response = await send(
        { url, method: M, headers: merged, body: serialized as BodyInit | undefined },
        ctx,
      );
      if (ctx.stream && response.ok) return { data: response.body, response };
      if (response.ok && parseAs && parseAs !== 'json') {
        data = await response[parseAs as 'text' | 'blob' | 'arrayBuffer']();
      } else {
        // An empty body (204, HEAD, Content-Length: 0) is undefined; an error body that is not JSON is its text.
        const text = await response.text();
        try {
          data = text ? JSON.parse(text) : undefined;
        } catch (error) {
          if (response.ok) throw error;
          data = text;
        }
      }
    } catch (error) {
      // A failure while reading the body: the transport knows whether it was our timer.
      throw ctx.bodyError ? ctx.bodyError(error) : error;
    } finally {
      ctx.release?.();
    }
    if (!response.ok) {
      throw errorFromResponse(response, data, {
        method: M,
        url,
        errorMessage: options.errorMessage,
        requestIdHeaders,
      });
    }
    return { data, response };
  }

  return {
    raw,
    options,
    async request(method: string, path: string, init?: Record<string, unknown>) {
      const { data } = await call(method, path, init, {});
      options.validateResponses?.(method, path, data);
      return data;
    },
    async requestStream(method: string, path: string, init?: Record<string, unknown>) {
      return (await call(method, path, init, { stream: true })).response;
    },
  } as ApiClient<Paths>;
}

/**
 * JSON for plain objects, arrays and primitives; strings and everything else (Blob, bytes, streams,
 * FormData, URLSearchParams, Node Readables) pass through untouched, so uploads are never stringified or buffered.
 */
function serializeBody(body: unknown): unknown {
  if (typeof body === 'string') return body;
  const proto = body !== null && typeof body === 'object' ? Object.getPrototypeOf(body) : null;
  return proto && proto !== Object.prototype && !Array.isArray(body) ? body : JSON.stringify(body);
}
