// The CommonJS twin of api-peer.ts (a CommonJS module cannot await the import): same error when the API is missing.
import { missingOtel } from './api-peer-message';

declare const require: (id: string) => typeof import('@opentelemetry/api');

let otel: typeof import('@opentelemetry/api');
try {
  otel = require('@opentelemetry/api');
} catch (cause) {
  throw new Error(missingOtel, { cause });
}

export const api: typeof import('@opentelemetry/api') = otel;
