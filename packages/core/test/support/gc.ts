// Garbage collection on demand, for tests of what happens when the runtime collects an object (a stream the
// consumer dropped). Node exposes `gc` only with --expose-gc; the flag can be set at run time, and a new
// context then has the function.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * Collects garbage and lets finalizers run, up to `rounds` times, until `done()` holds; returns whether it did.
 * @example expect(await collectUntil(() => ends.length > 0)).toBe(true);
 */
export async function collectUntil(done: () => boolean, rounds = 50): Promise<boolean> {
  for (let i = 0; i < rounds && !done(); i++) {
    gc();
    // FinalizationRegistry callbacks run in a later task.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return done();
}
