// @org/sdk-core/msw-node: serves msw handlers over real HTTP on 127.0.0.1, for tests that need a socket
// (streams, retries, timeouts, uploads) and for clients that do not run in this process. Node only.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { getResponse, type RequestHandler } from 'msw';

/**
 * Runs before the handlers with each request and its index: return a Response to answer instead (delay,
 * refuse, cut), or undefined. Also the place to record requests: the server keeps none, as it may run for long.
 */
export type BeforeHandlers = (
  request: Request,
  index: number,
) => Response | undefined | Promise<Response | undefined>;

/**
 * Runs with each answer before it is sent, and returns the Response to send: the place to add headers (CORS)
 * or to change the body (cut it short).
 */
export type AfterHandlers = (request: Request, response: Response) => Response | Promise<Response>;

export interface ServeOptions {
  /** @default 0 (any free port) */
  port?: number | undefined;
  before?: BeforeHandlers | undefined;
  after?: AfterHandlers | undefined;
  /** The answer when no handler matches. @default a 404 with a JSON `detail` naming the route */
  notFound?: ((request: Request) => Response) | undefined;
}

/** A running server. `handlers` may be replaced between requests (first match wins). */
export interface ServedHandlers {
  /** `http://127.0.0.1:<port>`: pass it as the client's `baseUrl`. */
  url: string;
  port: number;
  handlers: RequestHandler[];
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    duplex: 'half',
  } as RequestInit);
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  // `HttpResponse.error()` (a scenario's network error): drop the connection, as a failed network does.
  if (response.type === 'error') return void res.destroy();
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, response.statusText, headers);
  if (!response.body) return void res.end();
  // Headers go out now, as a streaming server sends them, and each chunk as it is produced.
  res.flushHeaders();
  const reader = response.body.getReader();
  // A client that hangs up stops the producer (an endless stream must not run on after the test).
  res.on('close', () => void reader.cancel().catch(() => {}));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      res.write(value);
    }
    res.end();
  } catch {
    // The mock cut the stream on purpose (a scenario) or the client went away: drop the connection.
    res.destroy();
  }
}

/**
 * Serves msw handlers on 127.0.0.1 (and only there). `make` builds them once the URL is known, because
 * mocks answer under their base URL.
 * @example
 * const served = await serveHandlers((url) => createHotdataMock({ baseUrl: url }).handlers);
 * const hotdata = createHotdataClient({ apiKey: 'test', workspaceId: 'ws_1', baseUrl: served.url });
 * await served.close();
 */
export async function serveHandlers(
  make: (url: string) => RequestHandler[],
  options: ServeOptions = {},
): Promise<ServedHandlers> {
  const served: ServedHandlers = { url: '', port: 0, handlers: [], close: async () => {} };
  let count = 0;
  const server = createServer(async (req, res) => {
    try {
      const request = toRequest(req, served.url);
      const answer =
        (await options.before?.(request, count++)) ??
        (await getResponse(served.handlers, request)) ??
        options.notFound?.(request) ??
        Response.json({ detail: `No mock route for ${req.method} ${req.url}` }, { status: 404 });
      await send(res, options.after ? await options.after(request, answer) : answer);
      // An answer given without reading the body (a redirect, a refusal): read the rest and drop it, as
      // Node does for a body nobody touched, so the connection can carry the client's next request.
      if (request.body && !request.bodyUsed && !request.body.locked)
        for await (const _ of request.body as unknown as AsyncIterable<Uint8Array>);
    } catch (error) {
      if (res.headersSent) return void res.destroy();
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ detail: `The mock failed: ${(error as Error)?.message ?? error}` }));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  served.port = (server.address() as AddressInfo).port;
  served.url = `http://127.0.0.1:${served.port}`;
  served.handlers = make(served.url);
  served.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return served;
}
