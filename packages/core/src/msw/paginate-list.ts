/**
 * Slices a list exactly as each API style pages it, returning what the server would send. A bad parameter
 * comes back as `{ error }` so the vendor mock can answer it in its own error shape.
 */

/** A page request the client sent that the API would reject. */
export interface PageParamError {
  error: { param: string; message: string };
}

interface LimitOptions {
  defaultLimit?: number | undefined;
  maxLimit?: number | undefined;
}

/** The page size a request asks for, within the bounds, or the error naming `param`. Internal to core/msw. */
export function limitOf(raw: unknown, options: LimitOptions, param = 'limit'): number | PageParamError {
  if (raw === undefined || raw === null || raw === '')
    return Math.min(options.defaultLimit ?? 20, options.maxLimit ?? 1000);
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1)
    return { error: { param, message: `${param} must be a positive integer` } };
  return Math.min(limit, options.maxLimit ?? 1000);
}

const encodeCursor = (offset: number) => btoa(`o:${offset}`).replace(/=+$/, '');
function decodeCursor(cursor: string): number | undefined {
  try {
    const match = /^o:(\d+)$/.exec(atob(cursor));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Cursor paging: an opaque `next_cursor`, null on the last page. */
export function pageByCursor<T>(
  items: readonly T[],
  params: { cursor?: string | null | undefined; limit?: unknown } & LimitOptions,
): { items: T[]; nextCursor: string | null } | PageParamError {
  const limit = limitOf(params.limit, params);
  if (typeof limit !== 'number') return limit;
  const start = params.cursor ? decodeCursor(params.cursor) : 0;
  if (start === undefined) return { error: { param: 'cursor', message: 'cursor is not valid' } };
  const end = start + limit;
  return { items: items.slice(start, end), nextCursor: end < items.length ? encodeCursor(end) : null };
}

/** Offset paging: `limit`/`offset`, with `has_more` and `total`. */
export function pageByOffset<T>(
  items: readonly T[],
  params: { offset?: unknown; limit?: unknown } & LimitOptions,
): { items: T[]; hasMore: boolean; total: number; offset: number; limit: number } | PageParamError {
  const limit = limitOf(params.limit, params);
  if (typeof limit !== 'number') return limit;
  const offset =
    params.offset === undefined || params.offset === null || params.offset === '' ? 0 : Number(params.offset);
  if (!Number.isInteger(offset) || offset < 0)
    return { error: { param: 'offset', message: 'offset must be a non-negative integer' } };
  return {
    items: items.slice(offset, offset + limit),
    hasMore: offset + limit < items.length,
    total: items.length,
    offset,
    limit,
  };
}

/** Page-number paging (DRF, deepset): pages count from 1. */
export function pageByNumber<T>(
  items: readonly T[],
  params: { page?: unknown; pageSize?: unknown; pageParam?: string; pageSizeParam?: string } & LimitOptions,
):
  | {
      items: T[];
      total: number;
      hasMore: boolean;
      page: number;
      nextPage: number | null;
      previousPage: number | null;
    }
  | PageParamError {
  const size = limitOf(params.pageSize, params, params.pageSizeParam ?? 'page_size');
  if (typeof size !== 'number') return size;
  const page =
    params.page === undefined || params.page === null || params.page === '' ? 1 : Number(params.page);
  const pageParam = params.pageParam ?? 'page';
  if (!Number.isInteger(page) || page < 1)
    return { error: { param: pageParam, message: `${pageParam} must be a positive integer` } };
  const start = (page - 1) * size;
  const hasMore = start + size < items.length;
  return {
    items: items.slice(start, start + size),
    total: items.length,
    hasMore,
    page,
    nextPage: hasMore ? page + 1 : null,
    previousPage: page > 1 ? page - 1 : null,
  };
}

/** After-id paging: `after` is the id of the last item seen. An unknown id is an error. */
export function pageAfterId<T extends object>(
  items: readonly T[],
  params: { after?: string | null | undefined; limit?: unknown; idField?: string | undefined } & LimitOptions,
): { items: T[]; hasMore: boolean } | PageParamError {
  const limit = limitOf(params.limit, params);
  if (typeof limit !== 'number') return limit;
  const idField = params.idField ?? 'id';
  let start = 0;
  if (params.after) {
    const index = items.findIndex(
      (item) => String((item as Record<string, unknown>)[idField]) === params.after,
    );
    if (index === -1) return { error: { param: 'after', message: `no item with id ${params.after}` } };
    start = index + 1;
  }
  return { items: items.slice(start, start + limit), hasMore: start + limit < items.length };
}

/** Whether a pager answered with a parameter error. */
export function isPageError(value: object): value is PageParamError {
  return 'error' in value && !('items' in value);
}

/**
 * The absolute URL of another page of the same request (DRF's `next`/`previous`): the request URL with
 * its page parameter replaced, or null.
 * @example pageUrl(request.url, 'page', page.nextPage) // 'https://x/api/deployments/?page=3&page_size=10'
 */
export function pageUrl(requestUrl: string, pageParam: string, page: number | null): string | null {
  if (page === null) return null;
  const url = new URL(requestUrl);
  url.searchParams.set(pageParam, String(page));
  return url.toString();
}
