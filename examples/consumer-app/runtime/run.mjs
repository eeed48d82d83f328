// Entry for Node, Bun and Deno: `<runtime> runtime/run.mjs <mock server URL>`; prints one JSON line.
import { smoke } from './smoke.mjs';

const baseUrl = globalThis.Deno ? globalThis.Deno.args[0] : process.argv[2];
console.log(JSON.stringify(await smoke(baseUrl)));
