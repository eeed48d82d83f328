// Runs the BUILT core (ESM and CJS) under whichever Node executes this file: a retried request, an error
// class shared across both builds and with the internal entry, and a streamed response. Prints one JSON line with what it saw.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import * as esm from '../../dist/index.js';
import * as internal from '../../dist/internal/index.js';

const require = createRequire(import.meta.url);
const cjs = require('../../dist/index.cjs');
const cjsInternal = require('../../dist/internal/index.cjs');
let hits = 0;
const server = createServer((req, res) => {
  hits++;
  if (req.url === '/things/1' && hits === 1) return res.writeHead(503, { 'retry-after-ms': '10' }).end('{}');
  if (req.url === '/things/1')
    return res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"1"}');
  if (req.url === '/events') {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    return res.end('data: {"n":1}\n\ndata: {"n":2}\n\n');
  }
  res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"no such thing"}');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const baseUrl = `http://127.0.0.1:${server.address().port}`;
try {
  const api = esm.createApiClient({ baseUrl, logLevel: 'off' });
  const thing = await api.request('get', '/things/1');
  const missing = await cjs
    .createApiClient({ baseUrl, logLevel: 'off' })
    .request('get', '/things/2')
    .catch((e) => e);
  const events = [];
  for await (const e of internal.streamResponse(() => api.requestStream('get', '/events'), 'sse'))
    events.push(e.data.n);
  console.log(
    JSON.stringify({
      node: process.version,
      thing,
      attempts: hits - 2,
      crossBuild: missing instanceof esm.NotFoundError,
      // The CommonJS build splits shared modules into chunks too: the internal entry throws the main entry's classes.
      internalShared: cjsInternal.missingAnyOf('x()', {}, [{ a: 1 }]) instanceof cjs.UsageError,
      message: missing.message,
      events,
    }),
  );
} finally {
  server.close();
}
