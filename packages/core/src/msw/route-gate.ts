import { http, type HttpHandler } from 'msw';
import type { MockRoute } from './mock-api';
import { mswPath } from './typed-http';

// Servers route before they authenticate: an unknown path is a 404 and a known path asked with a method it
// does not serve a 405, whatever the credentials. A gate that checks auth on every request under the base
// URL gets that order wrong, so this one looks at the route table first.

/**
 * msw handlers to put before a mock's routes: `check` runs on requests the spec serves (a route's path and
 * method, matched as the engine's own handlers match them) and answers with a Response (401, 403) or passes
 * on with undefined. Any other request passes on untouched, so the engine's 405 and the unhandled-request
 * policy answer it as the server would.
 * @example
 * const gate = createRouteGate(baseUrl, routes, ({ request }) =>
 *   request.headers.has('authorization') ? undefined : HttpResponse.json({ detail: 'Not authenticated' }, { status: 401 }));
 * const handlers = [...gate, ...api.handlers];
 */
export function createRouteGate(
  baseUrl: string,
  routes: readonly Pick<MockRoute, 'method' | 'path'>[],
  check: (info: { request: Request; url: URL }) => Response | undefined | Promise<Response | undefined>,
): HttpHandler[] {
  // One handler per route through `mswPath`, so the gate and the engine cannot disagree on what a known
  // route is (path params, the base URL's own path, trailing slashes).
  return routes.map(({ method, path }) =>
    http[method](mswPath(baseUrl, path), ({ request }) => check({ request, url: new URL(request.url) })),
  );
}
