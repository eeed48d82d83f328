import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  isPageError,
  limitOf,
  pageAfterId,
  pageByCursor,
  pageByNumber,
  pageByOffset,
  pageUrl,
} from './paginate-list';
import type { PageParamError } from './paginate-list';
import {
  mswPath,
  type JsonAnswer,
  type MockMethod,
  type RequestBodyOf,
  type SuccessBodyOf,
} from './typed-http';
import { checkJsonBody, type BodyCheck, type BodyIssue } from './validate-body';
import { checkQuery, type MockQueryParam } from './validate-query';

// The mock engine: a client's generated route table (`src/generated/mock-routes.ts`) plus the vendor's
// resolvers become msw handlers. What the spec knows (routing, body validation, paging, 405s) happens
// here once; a resolver holds only the vendor's behaviour. After the vendor's early lookups (`beforeBody`)
// the query string is checked, then the body; a list's page parameters are left to the
// pager, whose `pageError` answers them the way each API does.

/** How a list pages (the spec's `x-pagination`), with the page-size parameter's bounds from its schema. */
export interface MockPagination {
  readonly style: 'cursor' | 'offset' | 'page' | 'after' | (string & {});
  /** The field holding the items (a dotted path). */
  readonly items: string;
  readonly nextCursor?: string;
  readonly cursorParam?: string;
  readonly total?: string;
  readonly hasMore?: string;
  readonly next?: string;
  readonly pageParam?: string;
  readonly offsetParam?: string;
  readonly afterParam?: string;
  readonly idField?: string;
  /** The field holding the number of items on this page (Hotdata's `count`); mock-only. */
  readonly count?: string;
  /** The field that repeats the page size the page was cut with (`limit`); mock-only. */
  readonly limitField?: string;
  /** The field that repeats the offset the page starts at, on offset lists (`offset`); mock-only. */
  readonly offsetField?: string;
  readonly limit?: { readonly param: string; readonly default?: number; readonly maximum?: number };
  readonly [extra: string]: unknown;
}

/** One operation as `src/generated/mock-routes.ts` lists it. */
export interface MockRoute<Id extends string = string> {
  readonly operationId: Id;
  readonly method: MockMethod;
  /** The spec path, with `{param}`s. */
  readonly path: string;
  /** `METHOD /path`: the key of the operation in the generated `schemas.ts` (what the validator takes). */
  readonly key: string;
  /** The status a plain (non-Response) answer is sent with. */
  readonly status: number;
  readonly body?: {
    readonly kind: 'json' | 'multipart' | 'form' | 'text' | 'binary';
    /** The body schema's name in `components.schemas`, when the spec names one. */
    readonly schema?: string;
    readonly required: boolean;
  };
  readonly pagination?: MockPagination;
  /**
   * The operation's query parameters, for the query check; absent when it has none. A list's page
   * parameters are left out: `page()` checks them and answers through `pageError`.
   */
  readonly query?: readonly MockQueryParam[];
}

/** Where a request broke the spec: its JSON body, or its query string. */
export type MockInputLocation = 'body' | 'query';

type PathParamsOf<Op> = Op extends { parameters: { path: infer PP } } ? { [K in keyof PP]: string } : {};

/** A page as the engine cut it, for fields the vendor adds itself (DRF's `previous`). */
export interface MockPage {
  total: number;
  /** Offset paging: where the page starts and its size. */
  offset?: number;
  limit?: number;
  /** Page-number paging: the page sent, and the next and previous page numbers (null at the ends). */
  page?: number;
  nextPage?: number | null;
  previousPage?: number | null;
  /** This request's URL with its page parameter set to `page`; null for null. */
  url(page: number | null | undefined): string | null;
}

/** What a resolver receives: the request, typed path params, the query, the checked body and helpers. */
export interface MockResolverInfo<Op> {
  request: Request;
  params: PathParamsOf<Op>;
  query: URLSearchParams;
  /** The JSON body, already checked against the spec (an invalid one never reaches the resolver). */
  body: RequestBodyOf<Op>;
  /** The route being answered. */
  route: MockRoute;
  /**
   * One page of `items` as the list answers it (`x-pagination`: items field, cursor/total/has-more/next,
   * page size default and maximum from the spec), or the vendor's error Response for a bad page parameter.
   * `extra` adds fields the spec's paging does not name.
   */
  page<T>(items: readonly T[], extra?: (page: MockPage) => object): JsonAnswer<SuccessBodyOf<Op>> | Response;
  /** The vendor's 404 (`errors.notFound`). */
  notFound(message?: string): Response;
}

/** What a {@link MockApiConfig.beforeBody} check receives: the request before its body is read. */
export type MockLookupInfo<Op> = Pick<
  MockResolverInfo<Op>,
  'request' | 'params' | 'query' | 'route' | 'notFound'
>;

/** A resolver's answer: the typed success body (sent with the route's success status), any Response, or undefined to pass on. */
export type MockAnswer<Op> = JsonAnswer<SuccessBodyOf<Op>> | Response | undefined;

/** Answers one operation. On a route without a JSON success body (204), a non-Response answer is an empty 2xx. */
export type MockResolver<Op> = (info: MockResolverInfo<Op>) => MockAnswer<Op> | Promise<MockAnswer<Op>>;

/** The resolvers of a mock, by operationId. */
export type MockResolvers<Ops> = { [K in keyof Ops]?: MockResolver<Ops[K]> };

/** The vendor's error answers, which the engine sends in the vendor's own shape. */
export interface MockErrors {
  /**
   * A request body or query string that breaks the spec (FastAPI: 422 `{detail}` with `loc` starting at
   * `where`, DRF: 400). `where` is `'body'` unless said; each issue's path starts at the body's root or
   * with the query parameter's name.
   */
  invalid(issues: BodyIssue[], route: MockRoute, where?: MockInputLocation): Response;
  /** A known path asked with a method it does not serve; `allow` lists the methods it does (for `Allow`). */
  methodNotAllowed(method: string, route: MockRoute, allow: string[]): Response;
  /** A record that is not there (and a page parameter the API answers 404, when `pageError` is not set). */
  notFound(message?: string): Response;
  /** A bad page parameter (`page=0`, `limit=-1`). @default a 400 via `invalid` */
  pageError?(error: PageParamError['error'], route: MockRoute): Response;
}

/** Options of {@link createMockApi}. */
export interface MockApiConfig<Ops> {
  baseUrl: string;
  /** The generated `routes` of the client. */
  routes: readonly MockRoute<keyof Ops & string>[];
  /** The body checker: `createRequestBodyChecker(operations, components)` over the generated `schemas.ts`. */
  validate?: ((request: Request, key: any) => Promise<BodyCheck>) | undefined;
  errors: MockErrors;
  resolvers: MockResolvers<Ops>;
  /**
   * Checks that run before the query string and the body are checked, for APIs that look the record up
   * first (DRF's `get_object()` in update views answers 404 before the serializer's 400; a view that reads
   * a query parameter by hand). A Response answers; undefined goes on.
   */
  beforeBody?: { [K in keyof Ops]?: (info: MockLookupInfo<Ops[K]>) => Response | undefined };
  /** How lists treat odd page parameters, where the API is lenient (DRF ignores a page size it cannot read). */
  paging?: {
    /** `'default'`: a page size that is not a positive integer means the default, not an error. @default 'error' */
    badLimit?: 'error' | 'default' | undefined;
    /** `'error'`: a page past the last (page > 1 and empty) is `errors.notFound('Invalid page.')`. @default 'empty' */
    pastEnd?: 'empty' | 'error' | undefined;
    /** The page size when the request sets none and the spec's parameter has no `default`. @default 20 */
    defaultLimit?: number | undefined;
    /** The largest page size when the spec's parameter has no `maximum`. @default 1000 */
    maxLimit?: number | undefined;
  };
}

/** The engine's answer to {@link createMockApi}: handlers for msw, and typed per-operation overrides. */
export interface MockApi<Ops> {
  /** A handler per route with a resolver, then 405s for known paths: pass to `setupServer(...)`. */
  handlers: HttpHandler[];
  /**
   * An msw handler that answers one operation your way, typed by that operation, for `server.use(...)`.
   * The request is still routed and its body checked as the mock does.
   * @example server.use(mock.override('listDeployments', () => ({ count: 0, next: null, previous: null, results: [] }), { once: true }))
   */
  override<K extends keyof Ops & string>(
    operationId: K,
    resolver: MockResolver<Ops[NoInfer<K>]>,
    options?: { once?: boolean },
  ): HttpHandler;
  /** The route of an operation. */
  route(operationId: keyof Ops & string): MockRoute;
}

type MockLookupCheck = (info: MockLookupInfo<any>) => Response | undefined;

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.').filter(Boolean);
  let at = target;
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[keys[keys.length - 1] as string] = value;
}

/** Cuts one page for a route's `x-pagination`: the answer body, or the page error. */
function cutPage(
  items: readonly unknown[],
  route: MockRoute,
  request: Request,
  query: URLSearchParams,
  paging: NonNullable<MockApiConfig<unknown>['paging']>,
): { body: Record<string, unknown>; page: MockPage } | PageParamError {
  const cut = cutPageAs(items, route, request, query, paging);
  if (!('error' in cut)) return cut;
  // The pagers name their parameters generically; the answer names the API's own.
  const p = route.pagination as MockPagination;
  const names: Record<string, string | undefined> = {
    limit: p.limit?.param,
    offset: p.offsetParam,
    cursor: p.cursorParam,
    after: p.afterParam,
  };
  return { error: { ...cut.error, param: names[cut.error.param] ?? cut.error.param } };
}

function cutPageAs(
  items: readonly unknown[],
  route: MockRoute,
  request: Request,
  query: URLSearchParams,
  paging: NonNullable<MockApiConfig<unknown>['paging']>,
): { body: Record<string, unknown>; page: MockPage } | PageParamError {
  const p = route.pagination as MockPagination;
  const limitParam = p.limit?.param ?? 'limit';
  let rawLimit: unknown = query.get(limitParam) ?? undefined;
  if (paging.badLimit === 'default' && rawLimit !== undefined) {
    const n = Number(rawLimit);
    if (!Number.isInteger(n) || n < 1) rawLimit = undefined;
  }
  const bounds = {
    limit: rawLimit,
    defaultLimit: p.limit?.default ?? paging.defaultLimit,
    maxLimit: p.limit?.maximum ?? paging.maxLimit,
  };
  const body: Record<string, unknown> = {};
  const size = limitOf(bounds.limit, bounds);
  const url = (page: number | null | undefined) => pageUrl(request.url, p.pageParam ?? 'page', page ?? null);
  let page: MockPage;
  let onPage = 0;
  if (p.style === 'page') {
    const r = pageByNumber(items, {
      page: query.get(p.pageParam ?? 'page'),
      pageSize: bounds.limit,
      pageParam: p.pageParam ?? 'page',
      pageSizeParam: limitParam,
      defaultLimit: bounds.defaultLimit,
      maxLimit: bounds.maxLimit,
    });
    if (isPageError(r)) return r;
    if (paging.pastEnd === 'error' && r.page > 1 && r.items.length === 0)
      return { error: { param: p.pageParam ?? 'page', message: 'Invalid page.' } };
    setPath(body, p.items, r.items);
    onPage = r.items.length;
    if (p.next) body[p.next] = url(r.nextPage);
    if (p.hasMore) body[p.hasMore] = r.hasMore;
    if (p.total) body[p.total] = r.total;
    page = { total: r.total, page: r.page, nextPage: r.nextPage, previousPage: r.previousPage, url };
  } else if (p.style === 'cursor') {
    const r = pageByCursor(items, { cursor: query.get(p.cursorParam ?? 'cursor'), ...bounds });
    if (isPageError(r)) return r;
    setPath(body, p.items, r.items);
    onPage = r.items.length;
    body[p.nextCursor ?? 'next_cursor'] = r.nextCursor;
    if (p.hasMore) body[p.hasMore] = r.nextCursor !== null;
    if (p.total) body[p.total] = items.length;
    page = { total: items.length, url };
  } else if (p.style === 'offset') {
    const r = pageByOffset(items, { offset: query.get(p.offsetParam ?? 'offset'), ...bounds });
    if (isPageError(r)) return r;
    setPath(body, p.items, r.items);
    onPage = r.items.length;
    if (p.hasMore) body[p.hasMore] = r.hasMore;
    if (p.total) body[p.total] = r.total;
    if (p.offsetField) body[p.offsetField] = r.offset;
    page = { total: r.total, offset: r.offset, limit: r.limit, url };
  } else {
    const r = pageAfterId(items as readonly object[], {
      after: query.get(p.afterParam ?? 'after'),
      idField: p.idField,
      ...bounds,
    });
    if (isPageError(r)) return r;
    setPath(body, p.items, r.items);
    onPage = r.items.length;
    if (p.hasMore) body[p.hasMore] = r.hasMore;
    if (p.total) body[p.total] = items.length;
    page = { total: items.length, url };
  }
  // Fields the client does not page by but the API answers: the page's own count and size.
  if (p.count) body[p.count] = onPage;
  if (p.limitField && typeof size === 'number') body[p.limitField] = size;
  return { body, page };
}

/**
 * Builds a stateful mock's msw handlers from a client's generated route table and the vendor's resolvers:
 * requests are routed by the table (static segments before `{param}`s), query strings and then JSON bodies
 * checked against the spec (an invalid one gets `errors.invalid`, told where), lists paged by their `x-pagination`, and a known path asked
 * with another method gets `errors.methodNotAllowed`. `override(operationId, resolver)` replaces one answer.
 * @example
 * import { operations, components } from '../generated/schemas';
 * import { routes, type Operations } from '../generated/mock-routes';
 * const api = createMockApi<Operations>({
 *   baseUrl,
 *   routes,
 *   validate: createRequestBodyChecker(operations, components),
 *   errors: { invalid: (issues) => fastApi422(issues), methodNotAllowed: () => ..., notFound: () => ... },
 *   resolvers: {
 *     getItem: ({ params, notFound }) => store.items.get(params.item_id) ?? notFound(),
 *     listItems: ({ page }) => page(store.items.all()),
 *   },
 * });
 * const server = setupServer(...api.handlers);
 */
export function createMockApi<Ops>(config: MockApiConfig<Ops>): MockApi<Ops> {
  const byId = new Map(config.routes.map((r) => [r.operationId as string, r as MockRoute]));
  const paging = config.paging ?? {};
  const pageError = (error: PageParamError['error'], route: MockRoute) =>
    config.errors.pageError?.(error, route) ??
    (error.message === 'Invalid page.'
      ? config.errors.notFound(error.message)
      : config.errors.invalid(
          [{ path: [error.param], message: error.message, code: 'invalid_page' }],
          route,
          'query',
        ));

  const handlerFor = (route: MockRoute, resolver: MockResolver<any>, options?: { once?: boolean }) =>
    http[route.method](
      mswPath(config.baseUrl, route.path),
      async ({ request, params }) => {
        const query = new URL(request.url).searchParams;
        const notFound = (message?: string) => config.errors.notFound(message);
        const lookup = (config.beforeBody as Record<string, MockLookupCheck> | undefined)?.[
          route.operationId
        ];
        const early = lookup?.({ request, params: params as never, query, route, notFound });
        if (early) return early;
        if (route.query) {
          const issues = checkQuery(query, route.query);
          if (issues.length) return config.errors.invalid(issues, route, 'query');
        }
        let body: unknown;
        if (route.body?.kind === 'json' && config.validate) {
          const text = await request.clone().text();
          if (text !== '' || route.body.required) {
            const check = await config.validate(request, route.key);
            if (!check.ok) return config.errors.invalid(check.issues, route);
            body = check.value;
          }
        } else if (route.body?.kind === 'json') {
          const check = await checkJsonBody(request, (value) => ({ ok: true, value }));
          if (!check.ok) return config.errors.invalid(check.issues, route);
          body = check.value;
        }
        const info: MockResolverInfo<any> = {
          request,
          params: params as never,
          query,
          body: body as never,
          route,
          notFound,
          page(items, extra) {
            if (!route.pagination)
              throw new Error(`[@org/sdk-core/msw] ${route.operationId} has no x-pagination to page by.`);
            const cut = cutPage(items, route, request, query, paging);
            if ('error' in cut) return pageError(cut.error, route);
            return { ...cut.body, ...extra?.(cut.page) } as never;
          },
        };
        const result = await resolver(info);
        if (result instanceof Response) return result;
        if (route.status === 204 || route.status === 205)
          return new HttpResponse(null, { status: route.status });
        if (result === undefined) return undefined;
        return HttpResponse.json(result as never, { status: route.status });
      },
      options,
    );

  const handlers: HttpHandler[] = [];
  for (const route of config.routes) {
    const resolver = (config.resolvers as Record<string, MockResolver<any> | undefined>)[route.operationId];
    if (resolver) handlers.push(handlerFor(route, resolver));
  }
  // After every route: a path the spec has, asked with a method no route of it serves.
  // A method the spec has for the path (a route left without a resolver), HEAD and OPTIONS (CORS
  // preflights) pass on.
  const methods = new Map<string, Set<string>>();
  for (const route of config.routes) {
    const served = methods.get(route.path);
    if (served) {
      served.add(route.method.toUpperCase());
      continue;
    }
    const set = new Set([route.method.toUpperCase(), 'HEAD', 'OPTIONS']);
    methods.set(route.path, set);
    handlers.push(
      http.all(mswPath(config.baseUrl, route.path), ({ request }) =>
        set.has(request.method)
          ? undefined
          : config.errors.methodNotAllowed(
              request.method,
              route,
              [...set].filter((m) => m !== 'HEAD' && m !== 'OPTIONS'),
            ),
      ),
    );
  }

  const route = (operationId: string) => {
    const found = byId.get(operationId);
    if (!found) throw new Error(`[@org/sdk-core/msw] no operation '${operationId}' in the routes.`);
    return found;
  };
  return {
    handlers,
    route,
    override: (operationId, resolver, options) => handlerFor(route(operationId), resolver, options),
  };
}
