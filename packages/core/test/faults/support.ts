// Helpers of the fault suite: what the process holds, and waiting for the server without a clock.
import type { TestServer } from '../support/test-server';

/** Counts of the process's active handles and requests by kind (`Timeout`, `TCPSocketWrap`, ...). */
export function activeResources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/** Active timers (setTimeout/setInterval) of the process. */
export function activeTimers(): number {
  return activeResources().Timeout ?? 0;
}

/** Resolves once the server has seen `count` requests, checking after each turn of the event loop. */
export async function requestSeen(server: TestServer, count: number): Promise<void> {
  while (server.seen.length < count) await new Promise((resolve) => setImmediate(resolve));
}

/** Resolves once `check` holds, checking after each turn of the event loop. */
export async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * Watches the timers set from now on for `minDelay` ms or more (the waits under test are an hour long, so
 * nothing else sets one): `pending()` counts those neither fired nor cleared. getActiveResourcesInfo() alone
 * cannot tell them apart from the timers undici and vitest come and go with.
 */
export function watchLongTimers(minDelay: number) {
  const realSet = globalThis.setTimeout;
  const realClear = globalThis.clearTimeout;
  const pending = new Set<unknown>();
  globalThis.setTimeout = ((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    if (!(typeof ms === 'number' && ms >= minDelay)) return realSet(callback, ms, ...args);
    const timer = realSet(
      (...a: unknown[]) => {
        pending.delete(timer);
        callback(...a);
      },
      ms,
      ...args,
    );
    pending.add(timer);
    return timer;
  }) as typeof setTimeout;
  globalThis.clearTimeout = ((timer: Parameters<typeof clearTimeout>[0]) => {
    pending.delete(timer);
    realClear(timer);
  }) as typeof clearTimeout;
  return {
    /** Long timers set and still armed. */
    pending: () => pending.size,
    restore() {
      globalThis.setTimeout = realSet;
      globalThis.clearTimeout = realClear;
    },
  };
}
