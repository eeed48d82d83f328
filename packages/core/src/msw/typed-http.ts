import { http, HttpResponse, type DefaultBodyType, type HttpResponseResolver, type PathParams } from 'msw';

/** HTTP methods a mock can answer. */
export type MockMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

type Operation<Paths, P extends keyof Paths, M extends MockMethod> = NonNullable<
  Paths[P][M & keyof Paths[P]]
>;

/** The spec's paths that have an operation for `M` (openapi-typescript writes `get?: never` for absent ones). */
export type PathsWithMethod<Paths, M extends MockMethod> = {
  [P in keyof Paths]: [Operation<Paths, P, M>] extends [never] ? never : P;
}[keyof Paths] &
  string;

type JsonOf<C> = C extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON request body of an operation. */
export type RequestBodyOf<Op> = Op extends { requestBody?: infer R } ? JsonOf<NonNullable<R>> : never;

/** The JSON body of an operation's 2xx answers. */
export type SuccessBodyOf<Op> = Op extends { responses: infer R }
  ? JsonOf<R[Extract<keyof R, 200 | 201 | 202 | 203 | 206>]>
  : never;

type PathParamsOf<Op> = Op extends { parameters: { path: infer PP } } ? { [K in keyof PP]: string } : {};

/** What a typed resolver receives: msw's request plus typed path params, the query and the JSON body. */
export interface TypedResolverInfo<Op> {
  request: Request;
  params: PathParamsOf<Op>;
  /** The request's query string. */
  query: URLSearchParams;
  /** The parsed JSON body, typed from the spec. Rejects on a body that is not JSON. */
  body(): Promise<RequestBodyOf<Op>>;
}

/**
 * A JSON answer as a resolver may build it: an optional field, at any depth, may hold `undefined`, which
 * JSON leaves out, so a stored record's unset fields need no stripping under `exactOptionalPropertyTypes`.
 */
export type JsonAnswer<T> = T extends readonly (infer E)[]
  ? JsonAnswer<E>[]
  : T extends object
    ? { [K in keyof T]: {} extends Pick<T, K> ? JsonAnswer<T[K]> | undefined : JsonAnswer<T[K]> }
    : T;

/** A resolver returns the typed success body (sent as JSON, status 200), any Response, or undefined to pass on. */
export type TypedResolver<Op> = (
  info: TypedResolverInfo<Op>,
) =>
  | JsonAnswer<SuccessBodyOf<Op>>
  | Response
  | undefined
  | Promise<JsonAnswer<SuccessBodyOf<Op>> | Response | undefined>;

type TypedMethod<Paths, M extends MockMethod> = <P extends PathsWithMethod<Paths, M>>(
  path: P,
  resolver: TypedResolver<Operation<Paths, P, M>>,
  options?: { once?: boolean },
) => ReturnType<typeof http.get>;

/** msw's `http`, narrowed to one API's spec. */
export type TypedHttp<Paths> = { [M in MockMethod]: TypedMethod<Paths, M> } & {
  /** msw's own `http`, for paths outside the spec. */
  untyped: typeof http;
  /** The absolute URL pattern msw matches for a spec path. */
  url(path: string): string;
};

/** Turns `/pipelines/{pipeline_id}` into msw's `/pipelines/:pipeline_id` under the base URL. */
export function mswPath(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, '') + path.replace(/\{([^}]+)\}/g, ':$1');
}

/**
 * Handlers typed from openapi-typescript `paths`: only the spec's paths for each method, path params by
 * name, and the operation's JSON body in and out.
 * @example
 * const http = createTypedHttp<paths>({ baseUrl: 'https://api.cloud.llamaindex.ai' });
 * server.use(http.get('/api/v1/pipelines/{pipeline_id}', ({ params }) => ({ id: params.pipeline_id, name: 'p' })));
 */
export function createTypedHttp<Paths>({ baseUrl }: { baseUrl: string }): TypedHttp<Paths> {
  const method =
    (m: MockMethod) => (path: string, resolver: TypedResolver<any>, options?: { once?: boolean }) =>
      http[m](
        mswPath(baseUrl, path),
        (async ({ request, params }) => {
          const result = await resolver({
            request,
            params: params as never,
            query: new URL(request.url).searchParams,
            body: () => request.clone().json() as Promise<never>,
          });
          return result === undefined || result instanceof Response
            ? result
            : HttpResponse.json(result as never);
        }) as HttpResponseResolver<PathParams, DefaultBodyType>,
        options,
      );
  return {
    get: method('get'),
    post: method('post'),
    put: method('put'),
    patch: method('patch'),
    delete: method('delete'),
    untyped: http,
    url: (path) => mswPath(baseUrl, path),
  } as TypedHttp<Paths>;
}
