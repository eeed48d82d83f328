// CORS for the mock server: a browser app on another origin (a dev server on :5173 calling the mock on
// :4010) sends a preflight before any request with an Authorization header. The preflight is answered here,
// before the vendor mock, which would refuse it as unauthenticated.

/** Which origins may call the server from a browser. */
export interface CorsOptions {
  /** `'*'` (any origin, the default) or the exact origins allowed, such as `['http://localhost:5173']`. */
  origins?: '*' | readonly string[] | undefined;
}

const methods = 'GET, POST, PUT, PATCH, DELETE';

function allowed(origin: string, options: CorsOptions): boolean {
  const origins = options.origins ?? '*';
  return origins === '*' || origins.includes(origin);
}

/**
 * The answer to a CORS preflight (`OPTIONS` with `Access-Control-Request-Method`), or undefined for any other
 * request. An origin that is not allowed gets a 403 naming it, without CORS headers, so the browser refuses.
 * @example
 * corsPreflight(request, { origins: ['http://localhost:5173'] }) // 204 with the Access-Control-* headers
 */
export function corsPreflight(request: Request, options: CorsOptions): Response | undefined {
  const origin = request.headers.get('origin');
  if (request.method !== 'OPTIONS' || !origin || !request.headers.has('access-control-request-method')) {
    return undefined;
  }
  if (!allowed(origin, options)) {
    return Response.json(
      { detail: `Origin ${origin} is not allowed by the mock server (--cors-origin)` },
      { status: 403, headers: { vary: 'Origin' } },
    );
  }
  return new Response(null, {
    status: 204,
    headers: {
      'access-control-allow-origin': origin,
      'access-control-allow-methods': methods,
      // The client's own headers (authorization, x-workspace-id, idempotency-key...), whatever the vendor.
      'access-control-allow-headers': request.headers.get('access-control-request-headers') ?? '',
      'access-control-max-age': '600',
      vary: 'Origin, Access-Control-Request-Headers',
    },
  });
}

/**
 * The response with CORS headers when the request came from an allowed origin: the origin, and every header
 * of the answer exposed to the page, so a browser client reads `Retry-After` and request ids as Node does.
 * @example
 * withCors(request, Response.json({ ok: true }), {}) // access-control-allow-origin: <the request's Origin>
 */
export function withCors(request: Request, response: Response, options: CorsOptions): Response {
  const origin = request.headers.get('origin');
  if (!origin || response.type === 'error' || !allowed(origin, options)) return response;
  const headers = new Headers(response.headers);
  const names = [...response.headers.keys()];
  headers.set('access-control-allow-origin', origin);
  if (names.length > 0) headers.set('access-control-expose-headers', names.join(', '));
  headers.append('vary', 'Origin');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
