/**
 * Redirects, followed by core rather than by fetch: fetch (undici, browsers) drops only `Authorization` and
 * `Cookie` when a redirect leaves the origin, and a vendor's `X-Api-Key` or a caller's `X-Auth-Token` would
 * follow it to the other host. Here every header the client knows to be a credential is dropped when the
 * origin changes. See decisions/004.
 */
import { SdkError } from './errors';

const MAX_REDIRECTS = 20;

/** What one fetch of a redirect chain sends; `headers` is copied before a hop changes it. */
export interface HopInit {
  method: string;
  headers: Headers;
  body: BodyInit | undefined;
  signal: AbortSignal;
  /** The body is a one-shot stream: a redirect fails the request (fetch's `redirect: 'error'`). */
  oneShot: boolean;
}

/**
 * Fetches `url`, following up to 20 redirects as fetch's `follow` would (303, and 301/302 after a POST,
 * become a GET without a body), but dropping every header in `credentials` (lower-case names) once the
 * origin differs from the first request's.
 */
export async function fetchFollowing(
  doFetch: typeof fetch,
  url: string,
  init: HopInit,
  credentials: ReadonlySet<string>,
): Promise<Response> {
  const first = url;
  let origin: string | undefined; // parsed only when a redirect comes: most requests have none
  let { method, headers, body } = init;
  for (let hop = 0; ; hop++) {
    const response = await doFetch(url, {
      method,
      headers,
      body,
      signal: init.signal,
      // A one-shot stream cannot be sent twice, so a redirect is an error for it; only 'error' keeps undici
      // from teeing the body for a replay, whose unread branch holds every chunk of the upload in memory
      // (nodejs/undici#4058; measured: +1 GiB RSS for a 1 GiB upload with 'manual').
      redirect: init.oneShot ? 'error' : 'manual',
      duplex: init.oneShot ? 'half' : undefined,
    } as RequestInit);
    const location = response.headers.get('location');
    if (response.type === 'opaqueredirect') {
      // A browser hides where a redirect goes from a 'manual' fetch, so it cannot be followed safely.
      throw new SdkError(
        `The server redirected ${method} ${url}, which a browser does not let the SDK follow`,
      );
    }
    if (![301, 302, 303, 307, 308].includes(response.status) || location === null) return response;
    void response.body?.cancel().catch(() => {});
    if (hop >= MAX_REDIRECTS) throw new SdkError(`More than ${MAX_REDIRECTS} redirects: ${method} ${url}`);
    const next = new URL(location, url);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw new SdkError(
        `The server redirected ${method} ${url} to a ${next.protocol} URL, which is not followed`,
      );
    }
    headers = new Headers(headers);
    if (response.status === 303 ? method !== 'HEAD' : response.status < 303 && method === 'POST') {
      method = 'GET';
      body = undefined;
      for (const name of ['content-type', 'content-length', 'content-encoding', 'content-language'])
        headers.delete(name);
    }
    origin ??= new URL(first).origin;
    if (next.origin !== origin) for (const name of credentials) headers.delete(name);
    url = next.href;
  }
}
