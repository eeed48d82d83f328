// The admin route, `/__admin`: control over HTTP for users who are not in a JS test (curl, a Python or Go
// test, a browser app): reset the state, seed it, and switch on the fault scenarios the msw mocks have.
// Each maps onto the vendor mock's own API (`mock.seed.<kind>(...args)`, `mock.scenarios.<name>(...args)`),
// so the client README's description of those is the reference for their arguments.
import type { RequestHandler } from 'msw';
import type { Faults } from './faults';
import type { ServedMock } from './vendors';

/** What the admin route acts on. */
export interface AdminTarget {
  vendor: string;
  mock(): ServedMock;
  /** Puts a scenario's handler in front of the mock's (the newest first, as msw's `server.use`). */
  use(handler: RequestHandler): void;
  /** Drops every scenario handler added through `use`. */
  resetHandlers(): void;
  faults?: Faults | undefined;
}

/** The path prefix of the admin route. */
export const adminPrefix = '/__admin';

const routes = [
  'GET /__admin',
  'POST /__admin/reset',
  'POST /__admin/seed {"kind", "args"}',
  'POST /__admin/scenarios {"scenario", "args"}',
  'DELETE /__admin/scenarios',
];

const bad = (detail: string, status = 400) => Response.json({ detail }, { status });

type Call = { name: string; args: unknown[] };

/** Reads `{ [key]: name, args: [...] }` from the body, or answers what is wrong with it. */
async function readCall(request: Request, key: 'kind' | 'scenario'): Promise<Call | Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return bad(`The body must be JSON: {"${key}": "...", "args": [...]}`);
  }
  const { [key]: name, args = [] } = (body ?? {}) as Record<string, unknown>;
  if (typeof name !== 'string' || !Array.isArray(args)) {
    return bad(`The body must be {"${key}": "<name>", "args": [...]}, got ${JSON.stringify(body)}`);
  }
  return { name, args };
}

/** Calls `table[name](...args)`, or answers the names there are; a throw becomes a 400 with its message. */
function call(table: Record<string, unknown> | undefined, what: string, { name, args }: Call) {
  const fn = table && Object.hasOwn(table, name) ? table[name] : undefined;
  if (typeof fn !== 'function') {
    return {
      error: bad(`No ${what} '${name}'; the mock has: ${Object.keys(table ?? {}).join(', ') || 'none'}`),
    };
  }
  try {
    return { value: fn(...args) as unknown };
  } catch (error) {
    return { error: bad(`${what} '${name}' failed: ${(error as Error)?.message ?? error}`) };
  }
}

/**
 * The admin route's answer to `request`, or undefined when the request is not for it.
 * @example
 * // curl -X POST 127.0.0.1:4010/__admin/scenarios -d '{"scenario":"rateLimited","args":["POST /v1/query",{"retryAfterSeconds":2}]}'
 * const answer = await adminAnswer(request, target);
 */
export async function adminAnswer(request: Request, target: AdminTarget): Promise<Response | undefined> {
  const { pathname } = new URL(request.url);
  if (pathname !== adminPrefix && !pathname.startsWith(`${adminPrefix}/`)) return undefined;
  const route = `${request.method} ${pathname.replace(/\/+$/, '')}`;
  const mock = target.mock();
  switch (route) {
    case 'GET /__admin':
      return Response.json({
        vendor: target.vendor,
        routes,
        seeds: Object.keys(mock.seed ?? {}),
        scenarios: Object.keys(mock.scenarios ?? {}),
        faults: target.faults ? { ...target.faults.options, injected: target.faults.injected } : null,
      });
    case 'POST /__admin/reset':
      mock.reset();
      target.resetHandlers();
      target.faults?.reset();
      return Response.json({ reset: true });
    case 'POST /__admin/seed': {
      const parsed = await readCall(request, 'kind');
      if (parsed instanceof Response) return parsed;
      const result = call(mock.seed, 'seed', parsed);
      return result.error ?? Response.json(result.value ?? null, { status: 201 });
    }
    case 'POST /__admin/scenarios': {
      const parsed = await readCall(request, 'scenario');
      if (parsed instanceof Response) return parsed;
      const result = call(mock.scenarios, 'scenario', parsed);
      if (result.error) return result.error;
      const handler = result.value as RequestHandler | undefined;
      if (typeof handler?.run !== 'function') return bad(`scenario '${parsed.name}' gave no msw handler`);
      target.use(handler);
      return Response.json({ scenario: parsed.name, args: parsed.args }, { status: 201 });
    }
    case 'DELETE /__admin/scenarios':
      target.resetHandlers();
      return Response.json({ scenarios: [] });
    default:
      return bad(`No admin route ${route}; there are: ${routes.join('; ')}`, 404);
  }
}
