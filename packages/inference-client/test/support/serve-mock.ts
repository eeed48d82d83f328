// Serves msw handlers over real HTTP on 127.0.0.1, the way @org/mock-server does (which this package cannot
// import), so transport behaviour (streams, retries, uploads) is tested through a real socket.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Readable } from 'node:stream';
import { getResponse, type RequestHandler } from 'msw';

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
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (!response.body) return void res.end();
  // Headers go out now, as a streaming server sends them, not with the first chunk.
  res.flushHeaders();
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
    res.end();
  } catch {
    // A scenario cut the stream: drop the connection, as a failing server would.
    res.destroy();
  }
}

/** A running server: its URL, the handlers it serves (replaceable per test), and `close`. */
export interface ServedHandlers {
  url: string;
  /** The handlers answered, first match wins; put overrides first. */
  handlers: RequestHandler[];
  /** Requests seen, as `METHOD /path?query`. */
  seen: string[];
  close(): Promise<void>;
}

/**
 * Starts the server; `make` builds the handlers once the URL is known (mocks answer under their base URL).
 * @example const served = await serveMock((url) => createInferenceMock({ baseUrl: url }).handlers);
 */
export async function serveMock(make: (url: string) => RequestHandler[]): Promise<ServedHandlers> {
  const sockets = new Set<Socket>();
  const served: ServedHandlers = { url: '', handlers: [], seen: [], close: async () => {} };
  const server = createServer(async (req, res) => {
    served.seen.push(`${req.method} ${req.url}`);
    try {
      const response = await getResponse(served.handlers, toRequest(req, served.url));
      if (response) return await send(res, response);
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"no route"}}');
    } catch (error) {
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: String(error) }));
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  served.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  served.handlers = make(served.url);
  served.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return served;
}
