import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { getResponse } from 'msw';
import { type ServedMock, vendors } from './vendors';

/** A running mock server. */
export interface MockServer {
  /** `http://127.0.0.1:<port>`: pass it as the client's `baseUrl`. */
  url: string;
  port: number;
  /** The vendor mock behind it: its store, to seed or inspect. */
  mock: ServedMock;
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
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, response.statusText, headers);
  if (!response.body) return void res.end();
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
    res.end();
  } catch {
    // The mock cut the stream on purpose (a scenario) or the client went away: drop the connection.
    res.destroy();
  }
}

/**
 * Serves a vendor's mock handlers over HTTP on 127.0.0.1 (and only there).
 * @example
 * const server = await startMockServer('llamacloud', { port: 4010 });
 * const llama = createLlamaCloudClient({ apiKey: 'test', baseUrl: server.url });
 */
export async function startMockServer(vendor: string, options: { port?: number } = {}): Promise<MockServer> {
  const make = vendors[vendor];
  if (!make) {
    throw new Error(
      `[@org/mock-server] unknown vendor '${vendor}'; choose one of: ${Object.keys(vendors).join(', ')}.`,
    );
  }
  let mock: ServedMock | undefined;
  let origin = '';
  const server: Server = createServer(async (req, res) => {
    try {
      const request = toRequest(req, origin);
      const response = await getResponse((mock as ServedMock).handlers, request);
      if (response) return await send(res, response);
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ detail: `The ${vendor} mock has no route for ${req.method} ${req.url}` }));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ detail: `The ${vendor} mock failed: ${(error as Error).message}` }));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  mock = make(origin);
  return {
    url: origin,
    port,
    mock,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
