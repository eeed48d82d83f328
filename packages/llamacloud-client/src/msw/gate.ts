import { HttpResponse } from 'msw';
import { routes as specRoutes } from '../generated/mock-routes';
import type { MockContext } from './context';

/** FastAPI's 405, with the methods the path serves. */
export const methodNotAllowed = (allow: string[]) =>
  HttpResponse.json({ detail: 'Method Not Allowed' }, { status: 405, headers: { Allow: allow.join(', ') } });

/** Each spec path as a pattern over the request path, with the methods it serves. */
function knownRoutes() {
  const routes = new Map<string, { pattern: RegExp; methods: Set<string> }>();
  for (const { method, path } of specRoutes) {
    const route = routes.get(path) ?? {
      pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      methods: new Set<string>(),
    };
    route.methods.add(method.toUpperCase());
    routes.set(path, route);
  }
  return [...routes.values()];
}

/**
 * The gate in front of every `/api` route, in the order FastAPI applies them: a known path called with a
 * method it does not serve answers `405 {detail: "Method Not Allowed"}` and an unknown path falls through
 * (routing comes before auth); a
 * request without a Bearer token answers `401 {detail: "Not authenticated"}`; a `project_id` the mock does
 * not know answers `403 {detail: "User does not have access to this resource"}`, the API's answer for a
 * project outside the key's reach (run-llama/llama_cloud_services issue 580). Anything else passes on.
 */
export function createGate(ctx: MockContext) {
  const { http, store, defaultProject } = ctx;
  const root = new URL(http.url('/')).pathname.replace(/\/$/, '');
  const routes = knownRoutes();
  return http.untyped.all(http.url('/api/*'), ({ request }) => {
    const url = new URL(request.url);
    const path = url.pathname.slice(root.length);
    const matching = routes.filter((r) => r.pattern.test(path));
    // An unknown path is FastAPI's 404, before any auth: left to whoever answers unmatched requests.
    if (!matching.length) return undefined;
    if (!matching.some((r) => r.methods.has(request.method)))
      return methodNotAllowed([...new Set(matching.flatMap((r) => [...r.methods]))]);
    if (!/^Bearer \S+/.test(request.headers.get('authorization') ?? '')) {
      return HttpResponse.json({ detail: 'Not authenticated' }, { status: 401 });
    }
    const project = url.searchParams.get('project_id');
    if (project !== null) {
      defaultProject();
      if (!store.projects.has(project)) {
        return HttpResponse.json({ detail: 'User does not have access to this resource' }, { status: 403 });
      }
    }
    return undefined;
  });
}
