import { serveHandlers } from '@org/sdk-core/msw-node';
import { getResponse, type RequestHandler } from 'msw';
import { adminAnswer } from './admin';
import { type CorsOptions, corsPreflight, withCors } from './cors';
import { createFaults, cutBody, type Fault, type FaultOptions, type Faults } from './faults';
import { type MockOptions, type ServedMock, vendors } from './vendors';

/** A running mock server. */
export interface MockServer {
  /** `http://127.0.0.1:<port>`: pass it as the client's `baseUrl`. */
  url: string;
  port: number;
  /** The vendor mock behind it: its store, to seed or inspect. */
  mock: ServedMock;
  /** The injected faults so far, when `faults` was given. */
  faults?: Faults | undefined;
  close(): Promise<void>;
}

/** Options of `startMockServer`. */
export interface MockServerOptions {
  /** The port on 127.0.0.1. @default a free one */
  port?: number | undefined;
  /** Options for the vendor's mock, as its `create<Vendor>Mock` takes them (`{ slowQueries: true }`). */
  mock?: MockOptions | undefined;
  /** Which browser origins may call the server. @default { origins: '*' } */
  cors?: CorsOptions | undefined;
  /** Injects 429s, 5xxs and cut answers into a seeded share of requests (`{ rate: 0.2, seed: 7 }`). */
  faults?: FaultOptions | undefined;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Scenario = (route: `${Method} /${string}`, options: Record<string, unknown>) => RequestHandler;

/** The injected 429 or 5xx in the vendor's own error shape, through the mock's scenarios on any path. */
async function faultAnswer(mock: ServedMock, request: Request, fault: Fault): Promise<Response | undefined> {
  const scenarios = (mock.scenarios ?? {}) as Record<string, Scenario | undefined>;
  const route = `${request.method as Method} /*` as const;
  const handler =
    fault.kind === '429'
      ? scenarios.rateLimited?.(route, { retryAfterSeconds: 1 })
      : fault.kind === '5xx'
        ? scenarios.serverError?.(route, { status: fault.status })
        : undefined;
  const answer = handler && (await getResponse([handler], request));
  if (answer) return answer;
  return Response.json(
    { detail: `Injected fault (--faults): ${fault.kind}` },
    { status: fault.kind === '429' ? 429 : fault.kind === '5xx' ? fault.status : 500 },
  );
}

/**
 * Serves a vendor's mock handlers over HTTP on 127.0.0.1 (and only there), with CORS for browser apps, an
 * admin route (`/__admin`: reset, seed, scenarios) and, when asked, injected faults.
 * @example
 * const server = await startMockServer('llamacloud', { port: 4010 });
 * const llama = createLlamaCloudClient({ apiKey: 'test', baseUrl: server.url });
 * const slow = await startMockServer('hotdata', { mock: { slowQueries: true, queryPolls: 3 } });
 * const flaky = await startMockServer('hotdata', { faults: { rate: 0.2, seed: 7 }, cors: { origins: ['http://localhost:5173'] } });
 */
export async function startMockServer(vendor: string, options: MockServerOptions = {}): Promise<MockServer> {
  const make = vendors[vendor];
  if (!make) {
    throw new Error(
      `[@org/mock-server] unknown vendor '${vendor}'; choose one of: ${Object.keys(vendors).join(', ')}.`,
    );
  }
  const faults = options.faults ? createFaults(options.faults) : undefined;
  const cors = options.cors ?? {};
  let mock: ServedMock | undefined;
  const scenarioHandlers: RequestHandler[] = [];
  const cut = new WeakSet<Request>();
  const current = () => mock as ServedMock;
  const served = await serveHandlers(
    (origin) => {
      mock = make(origin, options.mock);
      return mock.handlers;
    },
    {
      port: options.port,
      before: async (request) => {
        const preflight = corsPreflight(request, cors);
        if (preflight) return preflight;
        const admin = await adminAnswer(request, {
          vendor,
          mock: current,
          faults,
          use: (handler) => {
            scenarioHandlers.unshift(handler);
            served.handlers = [...scenarioHandlers, ...current().handlers];
          },
          resetHandlers: () => {
            scenarioHandlers.length = 0;
            served.handlers = current().handlers;
          },
        });
        if (admin) return admin;
        const fault = /^(GET|POST|PUT|PATCH|DELETE)$/.test(request.method) ? faults?.next() : undefined;
        if (fault?.kind === 'cut') cut.add(request);
        else if (fault) return faultAnswer(current(), request, fault);
        return undefined;
      },
      after: (request, response) => withCors(request, cut.has(request) ? cutBody(response) : response, cors),
      notFound: (request) => {
        const { pathname, search } = new URL(request.url);
        return Response.json(
          { detail: `The ${vendor} mock has no route for ${request.method} ${pathname}${search}` },
          { status: 404 },
        );
      },
    },
  );
  return { url: served.url, port: served.port, mock: current(), faults, close: served.close };
}
