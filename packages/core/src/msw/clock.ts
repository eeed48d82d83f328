// Deterministic time and ids for the mocks: a test that runs twice sees the same timestamps and ids, so it
// can name them, and nothing in a mock reads the wall clock.

/** A mock's clock: each `now()` is one step later than the last; `reset()` goes back to the start. */
export interface MockClock {
  /** The next instant, as ISO 8601 text. */
  now(): string;
  /** The next instant, in epoch milliseconds. */
  nowMs(): number;
  /** The current instant without moving the clock (ms). */
  peekMs(): number;
  /** Moves the clock on by `ms` (to age records, expire a token). */
  advance(ms: number): void;
  reset(): void;
}

/**
 * A clock that starts at `start` and moves `stepMs` on every reading.
 * @example
 * const clock = createMockClock(); // starts 2026-01-01T00:00:00Z, 1 s a reading
 * clock.now(); // '2026-01-01T00:00:01.000Z'
 */
export function createMockClock(options: { start?: number | string; stepMs?: number } = {}): MockClock {
  const start =
    typeof options.start === 'string' ? Date.parse(options.start) : (options.start ?? Date.UTC(2026, 0, 1));
  const step = options.stepMs ?? 1000;
  let at = start;
  const nowMs = () => {
    at += step;
    return at;
  };
  return {
    now: () => new Date(nowMs()).toISOString(),
    nowMs,
    peekMs: () => at,
    advance(ms) {
      at += ms;
    },
    reset() {
      at = start;
    },
  };
}

/**
 * A UUID-shaped id (version 4 layout) from a prefix and a sequence number, so tests can name ids:
 * `mockUuid('de', 1)` is `de000000-0000-4000-8000-000000000001`. The prefix is hex (up to 8 characters).
 * @example createCollection<Deployment>({ generateId: (n) => mockUuid('de', n) })
 */
export function mockUuid(prefix: string, sequence: number): string {
  return `${prefix.padEnd(8, '0').slice(0, 8)}-0000-4000-8000-${sequence.toString(16).padStart(12, '0')}`;
}

/**
 * SHA-256 of text or bytes, as lowercase hex (Web Crypto, so it runs in Node, Deno, Bun and browsers).
 * @example await sha256Hex('select 1') // 'e0f3...'
 */
export async function sha256Hex(data: string | BufferSource): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
