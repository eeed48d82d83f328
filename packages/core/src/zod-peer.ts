// zod is an optional peer: only `./validate` and `./msw` need it, and a user who validates nothing should not
// install 6 MB for it. Loading it here turns a missing install into an error that says what to run, where a
// static import would fail with the resolver's own message. The CommonJS build swaps in zod-peer.cjs.ts
// (tsup.base.ts), since a CommonJS module cannot await.
import { missingZod } from './zod-peer-message';

let zod: typeof import('zod');
try {
  zod = await import('zod');
} catch (cause) {
  throw new Error(missingZod, { cause });
}

export const z: typeof import('zod').z = zod.z;
