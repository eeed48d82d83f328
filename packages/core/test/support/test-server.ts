// The real HTTP servers on 127.0.0.1 that transport, fault and upload tests run against, and their lifecycle
// in a test file: `useTestServer()` (a scripted server) and `useServed()` (a vendor mock's msw handlers
// served over a socket) start what the file needs and close it again, so no test file repeats that.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type ServedHandlers, serveHandlers } from '../../src/msw-node/index';

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

/**
 * A scripted server for the calling test file: started before its tests, its request log emptied before
 * each one, closed after them. The handle is filled in when the server starts: read it inside tests.
 * @example
 * const server = useTestServer();
 * it('retries a 503', async () => { server.reply((_req, res) => json(res, 503, {})); ... });
 */
export function useTestServer(options: { readBody?: boolean } = {}): TestServer {
  const handle = {} as TestServer;
  beforeAll(async () => {
    Object.assign(handle, await startTestServer(options));
  });
  afterAll(() => handle.close());
  beforeEach(() => handle.reset());
  return handle;
}

/**
 * Serves msw handlers (a vendor mock's) on 127.0.0.1 for the calling test file: each server started with
 * the returned function is closed after the test that started it.
 * @example
 * const serve = useServed();
 * it('uploads', async () => { const served = await serve((url) => createHotdataMock({ baseUrl: url }).handlers); ... });
 */
export function useServed(): typeof serveHandlers {
  const open: ServedHandlers[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((served) => served.close()));
  });
  return async (...args) => {
    const served = await serveHandlers(...args);
    open.push(served);
    return served;
  };
}

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
