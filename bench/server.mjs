// A local HTTP server for benchmarks, on 127.0.0.1 only, with routes each benchmark needs.
import { createServer } from 'node:http';

/** Starts a server whose answers come from `route(req, res)`; returns its URL and a close function. */
export async function startServer(route) {
  const server = createServer(route);
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
