// The pieces of a request built from a call's init: URL (path and query parameters), headers and body.
// They follow OpenAPI's serialization rules as openapi-fetch applies them, so a URL built here is the
// one openapi-fetch would build; they are our own because openapi-fetch's helpers come with its whole client.
import { UsageError } from './errors';

/** How query arrays and objects are encoded (OpenAPI's `style` and `explode`). @default form exploded arrays, deepObject objects */
export interface QuerySerializerOptions {
  array?: { style: 'form' | 'spaceDelimited' | 'pipeDelimited'; explode: boolean } | undefined;
  object?: { style: 'form' | 'deepObject'; explode: boolean } | undefined;
  /** Leaves RFC 3986 reserved characters (`:/?#[]@!$&'()*+,;=`) unencoded in values. */
  allowReserved?: boolean | undefined;
}

/** Header values as calls and options give them; `null` removes a header set earlier. */
export type HeaderValues =
  | Headers
  | [string, string][]
  | Record<string, string | number | boolean | (string | number | boolean)[] | null | undefined>;

export interface CallParams {
  /**
   * By name, or (generated clients, to keep their bundles small) as a list in the order the path's
   * placeholders appear.
   */
  path?: Record<string, unknown> | readonly unknown[] | undefined;
  query?: Record<string, unknown> | undefined;
  header?: HeaderValues | undefined;
}

// A Date is sent as its ISO timestamp; anything else that is not a scalar has no URL form here, and
// sending "[object Object]" would lose the caller's data without a word.
function encodePart(value: unknown, name: string, encodeText: (text: string) => string): string {
  if (value instanceof Date) value = value.toISOString();
  else if (typeof value === 'object' && value) {
    throw new UsageError(`[@org/sdk-core] \`${name}\` is nested too deep for a URL; send it in the body.`);
  }
  return encodeText(String(value));
}

const ARRAY_JOINERS = { form: ',', spaceDelimited: '%20', pipeDelimited: '|' } as const;

/** Builds a call's URL: `{name}` path parameters filled in, query parameters encoded and appended. */
export function createUrlBuilder(baseUrl: string, options: QuerySerializerOptions = {}) {
  const root = baseUrl.replace(/\/+$/, '');
  const explodeArrays = options.array?.explode ?? true;
  const arrayJoiner = ARRAY_JOINERS[options.array?.style ?? 'form'];
  const deepObjects = (options.object?.style ?? 'deepObject') === 'deepObject';
  const explodeObjects = options.object?.explode ?? true;
  // encodeURI leaves the reserved characters as they are and still encodes spaces, `%` and non-ASCII; a `#`
  // left as it is would end the URL there and drop the rest of the query.
  const encodeText = options.allowReserved
    ? (text: string) => encodeURI(text).replace(/#/g, '%23')
    : encodeURIComponent;
  const encode = (value: unknown, name: string) => encodePart(value, name, encodeText);

  function pair(raw: string, value: unknown, out: string[]): void {
    if (value === undefined || value === null) return;
    // Names are encoded as values are: a name such as `x&admin=true#` must not add a parameter or end the URL.
    const name = encodeURIComponent(raw);
    if (Array.isArray(value)) {
      if (explodeArrays) for (const item of value) out.push(`${name}=${encode(item, name)}`);
      else if (value.length) out.push(`${name}=${value.map((v) => encode(v, name)).join(arrayJoiner)}`);
    } else if (typeof value === 'object' && !(value instanceof Date)) {
      const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
      if (deepObjects)
        for (const [key, v] of entries) out.push(`${name}[${encodeURIComponent(key)}]=${encode(v, name)}`);
      else if (explodeObjects)
        for (const [key, v] of entries) out.push(`${encodeURIComponent(key)}=${encode(v, name)}`);
      else if (entries.length) {
        out.push(
          `${name}=${entries.map(([k, v]) => `${encodeURIComponent(k)},${encode(v, name)}`).join(',')}`,
        );
      }
    } else out.push(`${name}=${encode(value, name)}`);
  }

  return function buildUrl(path: string, params: CallParams | undefined): string {
    let url = root + path;
    if (path.includes('{')) {
      const given = params?.path;
      let position = 0;
      url = url.replace(/\{([^{}]+)\}/g, (_, name: string) => {
        const value = Array.isArray(given)
          ? given[position++]
          : (given as Record<string, unknown> | undefined)?.[name];
        if (value === undefined || value === null || value === '') {
          throw new UsageError(`[@org/sdk-core] ${path} needs the path parameter \`${name}\`.`);
        }
        // Always fully encoded (allowReserved is for query values): a `/`, `?` or `#` must stay inside the segment.
        const segment = Array.isArray(value)
          ? value.map((v) => encodePart(v, name, encodeURIComponent)).join(',')
          : encodePart(value, name, encodeURIComponent);
        // URL parsing collapses `.` and `..` segments (and `%2E` spellings of them), which would send the call to
        // another endpoint: such a value cannot be a path parameter. A value spelled `%2e` is refused too, for
        // servers and proxies that decode a path twice.
        if (/^(\.|%(25)?2e){1,2}$/i.test(segment)) {
          throw new UsageError(
            `[@org/sdk-core] the path parameter \`${name}\` of ${path} cannot be ${JSON.stringify(String(value))}: it would leave its path segment.`,
          );
        }
        return segment;
      });
    }
    const query = params?.query;
    if (query) {
      // A string or a list would go out as `0=a&1=b`: parameters come by name or not at all.
      if (typeof query !== 'object' || Array.isArray(query)) {
        throw new UsageError(`[@org/sdk-core] query parameters must be an object, got ${typeof query}.`);
      }
      const parts: string[] = [];
      for (const name in query) pair(name, query[name], parts);
      if (parts.length) url += `?${parts.join('&')}`;
    }
    return url;
  };
}

/** Merges header sources, later ones winning; `null` removes a header, `undefined` leaves it be. */
export function mergeHeaders(...sources: (HeaderValues | undefined)[]): Headers {
  const headers = new Headers();
  for (const source of sources) {
    if (!source) continue;
    const entries = source instanceof Headers || Array.isArray(source) ? source : Object.entries(source);
    for (const [name, value] of entries) {
      if (value === null) headers.delete(name);
      else if (Array.isArray(value)) {
        headers.delete(name);
        for (const item of value) headers.append(name, String(item));
      } else if (value !== undefined) headers.set(name, String(value));
    }
  }
  return headers;
}

/**
 * JSON for plain objects, arrays and primitives; strings and everything else (Blob, bytes, streams,
 * FormData, URLSearchParams, Node Readables) pass through untouched, so uploads are never stringified or buffered.
 */
export function serializeBody(body: unknown): unknown {
  if (typeof body === 'string') return body;
  const proto = body !== null && typeof body === 'object' ? Object.getPrototypeOf(body) : null;
  return proto && proto !== Object.prototype && !Array.isArray(body) ? body : JSON.stringify(body);
}
