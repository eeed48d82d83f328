import { serveHandlers } from '@org/sdk-core/msw-node';
import { type MockOptions, type ServedMock, vendors } from './vendors';

/** A running mock server. */
export interface MockServer {
  /** `http://127.0.0.1:<port>`: pass it as the client's `baseUrl`. */
  url: string;
  port: number;
  /** The vendor mock behind it: its store, to seed or inspect. */
  mock: ServedMock;
  close(): Promise<void>;
}

/** Options of `startMockServer`. */
export interface MockServerOptions {
  /** The port on 127.0.0.1. @default a free one */
  port?: number;
  /** Options for the vendor's mock, as its `create<Vendor>Mock` takes them (`{ slowQueries: true }`). */
  mock?: MockOptions;
}

/**
 * Serves a vendor's mock handlers over HTTP on 127.0.0.1 (and only there).
 * @example
 * const server = await startMockServer('llamacloud', { port: 4010 });
 * const llama = createLlamaCloudClient({ apiKey: 'test', baseUrl: server.url });
 * const slow = await startMockServer('hotdata', { mock: { slowQueries: true, queryPolls: 3 } });
 */
export async function startMockServer(vendor: string, options: MockServerOptions = {}): Promise<MockServer> {
  const make = vendors[vendor];
  if (!make) {
    throw new Error(
      `[@org/mock-server] unknown vendor '${vendor}'; choose one of: ${Object.keys(vendors).join(', ')}.`,
    );
  }
  let mock: ServedMock | undefined;
  const served = await serveHandlers(
    (origin) => {
      mock = make(origin, options.mock);
      return mock.handlers;
    },
    {
      port: options.port,
      notFound: (request) => {
        const { pathname, search } = new URL(request.url);
        return Response.json(
          { detail: `The ${vendor} mock has no route for ${request.method} ${pathname}${search}` },
          { status: 404 },
        );
      },
    },
  );
  return { url: served.url, port: served.port, mock: mock as ServedMock, close: served.close };
}
