// @opentelemetry/api is an optional peer: only `./otel` needs it. Loading it here turns a missing install into
// an error that says what to run (decisions/005's pattern for zod); the CommonJS build swaps in
// api-peer.cjs.ts (tsup.base.ts), since a CommonJS module cannot await.
import { missingOtel } from './api-peer-message';

let otel: typeof import('@opentelemetry/api');
try {
  otel = await import('@opentelemetry/api');
} catch (cause) {
  throw new Error(missingOtel, { cause });
}

export const api: typeof import('@opentelemetry/api') = otel;
