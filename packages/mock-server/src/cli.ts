#!/usr/bin/env node
// npx @org/mock-server <vendor> [--port 4010] [--set name=value ...] [--cors-origin <origin> ...]
// [--faults <rate> ...]: serves a vendor's mock on 127.0.0.1 until interrupted (see parse-args.ts).
import { parseArgs, usage } from './parse-args';
import { startMockServer } from './server';
import { vendors } from './vendors';

const parsed = parseArgs(process.argv.slice(2));
if (typeof parsed === 'string') {
  console.error(`${parsed}\nusage: org-mock-server ${usage}\nvendors: ${Object.keys(vendors).join(', ')}`);
  process.exit(2);
}
startMockServer(parsed.vendor, {
  port: parsed.port,
  mock: parsed.mock,
  cors: parsed.cors,
  faults: parsed.faults,
}).then(
  (server) => {
    const faults = parsed.faults
      ? `; faults on ${parsed.faults.rate * 100}% of requests (seed ${server.faults?.options.seed})`
      : '';
    console.log(
      `${parsed.vendor} mock listening on ${server.url}${faults}; admin at ${server.url}/__admin (Ctrl-C to stop)`,
    );
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
