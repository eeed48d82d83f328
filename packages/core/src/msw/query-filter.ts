// The filters a list answers by its query parameters (`?status=active&name=docs`), said once as a table of
// parameter → field instead of a `query.get(...)` and a hand-written predicate in every list resolver.

/** How one query parameter narrows a list. */
export interface QueryFieldRule {
  /** The row's field the parameter is compared with; a dotted path reaches into objects (`review.status`). */
  readonly field: string;
  /**
   * `equals`: the field is the value; `contains` / `startsWith`: the field's text holds / starts with it;
   * `has`: the field is an array holding it. @default 'equals'
   */
  readonly match?: 'equals' | 'contains' | 'startsWith' | 'has' | undefined;
  /** Compares lowercased. @default false */
  readonly ignoreCase?: boolean | undefined;
  /**
   * The parameter names several values and a row matching any one passes: `'repeat'` for `?id=a&id=b`,
   * `','` for `?status=a,b`. A `','` parameter sent empty names no value, so no row passes.
   */
  readonly list?: 'repeat' | ',' | undefined;
}

/**
 * A parameter's rule: a field name (the field equals the value), a {@link QueryFieldRule}, or a predicate
 * for what the table cannot say (`(row, value) => value !== 'true' || !row.source`).
 */
export type QueryRule<Row> = string | QueryFieldRule | ((row: Row, value: string) => boolean);

/** A row filter by a request's query: takes the query, or a resolver's info holding it. */
export type QueryFilter<Row> = (
  row: Row,
  from: URLSearchParams | { readonly query: URLSearchParams },
) => boolean;

function fieldAt(row: unknown, path: string): unknown {
  let at = row;
  for (const key of path.split('.')) at = (at as Record<string, unknown> | null | undefined)?.[key];
  return at;
}

function textOf(value: unknown, ignoreCase: boolean | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  return ignoreCase ? String(value).toLowerCase() : String(value);
}

function matches(rule: QueryFieldRule, row: unknown, wanted: string): boolean {
  const value = fieldAt(row, rule.field);
  const want = rule.ignoreCase ? wanted.toLowerCase() : wanted;
  if (rule.match === 'has')
    return Array.isArray(value) && value.some((v) => textOf(v, rule.ignoreCase) === want);
  const text = textOf(value, rule.ignoreCase);
  if (rule.match === 'contains') return (text ?? '').includes(want);
  if (rule.match === 'startsWith') return (text ?? '').startsWith(want);
  return text === want;
}

/** The values a parameter names under its rule; undefined when it sets no filter. */
function valuesOf(rule: QueryFieldRule, param: string, query: URLSearchParams): string[] | undefined {
  if (rule.list === 'repeat') {
    const all = query.getAll(param);
    return all.length ? all : undefined;
  }
  const value = query.get(param);
  if (rule.list === ',') return value === null ? undefined : value.split(',').filter(Boolean);
  return value ? [value] : undefined;
}

/**
 * A row filter from a table of query parameters: every parameter the request sets must match (one left
 * out or sent empty does not filter). Fits a resource's `list({ filter })` as it is.
 * @example
 * const inQuery = byQuery<Deployment>({
 *   workflow: 'workflow',
 *   search: { field: 'display_name', match: 'contains', ignoreCase: true },
 *   status: { field: 'status', list: ',' },
 * });
 * store.deployments.filter((d) => inQuery(d, query));
 */
export function byQuery<Row>(rules: Readonly<Record<string, QueryRule<Row>>>): QueryFilter<Row> {
  const table = Object.entries(rules).map(([param, rule]) => {
    if (typeof rule === 'string') return [param, { field: rule }] as const;
    if (typeof rule !== 'function' && typeof rule?.field !== 'string')
      throw new TypeError(`[@org/sdk-core/msw] byQuery: the rule of '${param}' names no field.`);
    return [param, rule] as const;
  });
  return (row, from) => {
    const query = from instanceof URLSearchParams ? from : from.query;
    return table.every(([param, rule]) => {
      if (typeof rule === 'function') {
        const value = query.get(param);
        return !value || rule(row, value);
      }
      const values = valuesOf(rule, param, query);
      return !values || values.some((v) => matches(rule, row, v));
    });
  };
}
