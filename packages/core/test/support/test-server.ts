import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request as the server saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  seen: SeenRequest,
  index: number,
) => unknown;

/**
 * A real HTTP server on 127.0.0.1 for transport tests. Each test scripts its answers with `reply(...)`;
 * requests are recorded in `seen`. Sockets are tracked so `close()` never hangs.
 */
export async function startTestServer(options: { readBody?: boolean } = {}) {
  let handler: Handler = (_req, res) => {
    res.writeHead(500).end('no handler');
  };
  const seen: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    if (options.readBody !== false) for await (const chunk of req) chunks.push(chunk as Buffer);
    const entry: SeenRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: Buffer.concat(chunks),
    };
    seen.push(entry);
    try {
      await handler(req, res, entry, seen.length - 1);
    } catch (error) {
      res.destroy(error as Error);
    }
  });
  // Node closes an idle keep-alive connection after 5 s; on a loaded machine a test can pause that long
  // between requests, and a POST sent as the server closes its connection is reset (and, rightly, not
  // retried). Tests that want a reset make one; `close()` ends the connections either way.
  server.keepAliveTimeout = 120_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    server,
    /** Sets how the server answers; `index` counts requests since the server started. */
    reply(next: Handler) {
      handler = next;
    },
    reset() {
      seen.length = 0;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** Answers JSON with a status and optional headers. */
export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** A port with nothing listening on it (bound, read, then closed). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
