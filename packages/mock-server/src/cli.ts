#!/usr/bin/env node
// pnpm mock-server <vendor> [--port 4010]: serves a vendor's mock on 127.0.0.1 until interrupted.
import { startMockServer } from './server';
import { vendors } from './vendors';

const args = process.argv.slice(2);
const vendor = args.find((a) => !a.startsWith('-'));
const portArg = args.includes('--port') ? args[args.indexOf('--port') + 1] : undefined;
const port = portArg === undefined ? 4010 : Number(portArg);
if (!vendor || !Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`usage: mock-server <${Object.keys(vendors).join('|')}> [--port 4010]`);
  process.exit(2);
}
startMockServer(vendor as string, { port }).then(
  (server) => {
    console.log(`${vendor} mock listening on ${server.url} (Ctrl-C to stop)`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
