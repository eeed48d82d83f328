// Serves msw handlers over real HTTP on 127.0.0.1 (as packages/mock-server does, which this package cannot
// import), with a hook that runs before the mock answers: to delay, refuse or count requests.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { getResponse, type RequestHandler } from 'msw';

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Before the mock answers: return a Response to answer instead, or undefined to let the mock answer. */
export type Before = (
  request: Request,
  index: number,
) => Promise<Response | undefined> | Response | undefined;

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    duplex: 'half',
  } as RequestInit);
}

async function send(res: ServerResponse, response: Response) {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}

export async function serveHandlers(
  handlers: (origin: string) => RequestHandler[],
  before?: Before,
  port = 0,
): Promise<Served> {
  let origin = '';
  let list: RequestHandler[] = [];
  let count = 0;
  const server = createServer(async (req, res) => {
    const request = toRequest(req, origin);
    const early = await before?.(request, count++);
    const response = early ?? (await getResponse(list, request));
    await send(res, response ?? Response.json({ error: 'no_route' }, { status: 404 }));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  list = handlers(origin);
  return {
    url: origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
