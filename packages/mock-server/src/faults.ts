// `--faults`: injected failures at a chosen rate, so a team can test its own app's resilience against the
// mock server. Seeded: the same seed and the same sequence of requests give the same faults, run after run.

/** The faults that can be injected: a 429 with Retry-After, a 5xx, or an answer cut off mid-body. */
export type FaultKind = '429' | '5xx' | 'cut';

/** Options of fault injection. */
export interface FaultOptions {
  /** The share of requests that fail, 0 to 1 (`0.2`: one in five). */
  rate: number;
  /** The seed of the sequence. @default 1 */
  seed?: number | undefined;
  /** The kinds drawn from, each equally likely. @default ['429', '5xx', 'cut'] */
  kinds?: readonly FaultKind[] | undefined;
  /** The `Retry-After` of an injected 429, in seconds. @default 1 */
  retryAfterSeconds?: number | undefined;
}

/** One decision: no fault, or which one (with the status of a 5xx). */
export type Fault = { kind: '429' } | { kind: '5xx'; status: 500 | 502 | 503 } | { kind: 'cut' };

/** The draws so far and what they injected; `reset()` starts the sequence again from its seed. */
export interface Faults {
  readonly options: Required<FaultOptions>;
  next(): Fault | undefined;
  reset(): void;
  readonly injected: Record<FaultKind, number>;
}

export const faultKinds: readonly FaultKind[] = ['429', '5xx', 'cut'];
const statuses = [500, 502, 503] as const;

// mulberry32: a tiny, well-known 32-bit generator; quality is ample for picking faults.
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seeded sequence of fault decisions, one per request.
 * @example
 * const faults = createFaults({ rate: 0.2, seed: 7 });
 * faults.next(); // undefined (no fault) or { kind: '429' } | { kind: '5xx', status: 503 } | { kind: 'cut' }
 */
export function createFaults(options: FaultOptions): Faults {
  if (!(options.rate >= 0 && options.rate <= 1)) {
    throw new Error(`[@org/mock-server] faults.rate must be between 0 and 1, got ${options.rate}.`);
  }
  const kinds = options.kinds ?? faultKinds;
  const unknown = kinds.filter((k) => !faultKinds.includes(k));
  if (kinds.length === 0 || unknown.length > 0) {
    throw new Error(
      `[@org/mock-server] faults.kinds takes ${faultKinds.join(', ')}; got ${kinds.join(', ') || 'none'}.`,
    );
  }
  const resolved = {
    rate: options.rate,
    seed: options.seed ?? 1,
    kinds,
    retryAfterSeconds: options.retryAfterSeconds ?? 1,
  };
  let random = generator(resolved.seed);
  const injected: Record<FaultKind, number> = { '429': 0, '5xx': 0, cut: 0 };
  return {
    options: resolved,
    injected,
    next() {
      // Three draws every time, fault or not, so one request's decision never shifts the next one's.
      const hit = random() < resolved.rate;
      const kind = kinds[Math.floor(random() * kinds.length)] as FaultKind;
      const status = statuses[Math.floor(random() * statuses.length)] as 500 | 502 | 503;
      if (!hit) return undefined;
      injected[kind] += 1;
      return kind === '5xx' ? { kind, status } : { kind };
    },
    reset() {
      random = generator(resolved.seed);
      injected['429'] = injected['5xx'] = injected.cut = 0;
    },
  };
}

/**
 * The response cut off after half of its first chunk: the headers go out, then the connection drops, as when
 * a server or proxy dies mid-answer (mid-event for a stream, mid-document for JSON). A response without a body
 * becomes a dropped connection.
 * @example cutBody(Response.json({ id: 'x' })) // 200, part of the JSON, then a reset connection
 */
export function cutBody(response: Response): Response {
  if (!response.body) return Response.error();
  const reader = response.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value } = await reader.read();
      if (value && value.length > 1) controller.enqueue(value.slice(0, Math.floor(value.length / 2)));
      await reader.cancel().catch(() => {});
      controller.error(new Error('cut by --faults'));
    },
  });
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
