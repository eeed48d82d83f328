#!/usr/bin/env node
// pnpm mock-server <vendor> [--port 4010] [--set name=value ...]: serves a vendor's mock on 127.0.0.1 until
// interrupted; each --set is an option of the vendor's mock (see parse-args.ts).
import { parseArgs } from './parse-args';
import { startMockServer } from './server';
import { vendors } from './vendors';

const parsed = parseArgs(process.argv.slice(2));
if (typeof parsed === 'string') {
  console.error(
    `${parsed}\nusage: mock-server <${Object.keys(vendors).join('|')}> [--port 4010] [--set name=value ...]`,
  );
  process.exit(2);
}
startMockServer(parsed.vendor, { port: parsed.port, mock: parsed.mock }).then(
  (server) => {
    console.log(`${parsed.vendor} mock listening on ${server.url} (Ctrl-C to stop)`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
