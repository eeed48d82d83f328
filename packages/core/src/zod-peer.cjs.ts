// The CommonJS twin of zod-peer.ts (a CommonJS module cannot await the import): same error when zod is missing.
import { missingZod } from './zod-peer-message';

declare const require: (id: string) => typeof import('zod');

let zod: typeof import('zod');
try {
  zod = require('zod');
} catch (cause) {
  throw new Error(missingZod, { cause });
}

export const z: typeof import('zod').z = zod.z;
