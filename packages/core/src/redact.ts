/**
 * The one scrubbing rule for text that leaves the SDK (log lines, error messages and fields, stream and poll
 * errors): credentials in URLs (userinfo, secret-looking query parameters) and every credential a client has
 * sent become `***`. See decisions/004.
 *
 * The credentials are kept in one process-wide list, shared by the ESM and CJS copies of this module: an
 * error built far from the client that sent the key (a poll, a stream, a vendor flow) is still scrubbed,
 * and scrubbing one client's key from another client's output only hides more.
 */

const KEY = Symbol.for('@org/sdk-core.secrets');
const store = globalThis as { [KEY]?: Set<string> };
const secrets: Set<string> = (store[KEY] ??= new Set());

// Enough for every client's key and a few refreshed tokens each; the oldest (expired) tokens go first.
const MAX_SECRETS = 64;

/** Adds a credential to scrub from everything the SDK outputs. Strings shorter than 4 characters are ignored. */
export function addSecret(value: string | null | undefined): void {
  if (!value || value.length < 4 || secrets.has(value)) return;
  secrets.add(value);
  if (secrets.size > MAX_SECRETS) secrets.delete(secrets.values().next().value as string);
}

// Userinfo, and query parameters that carry credentials in some APIs: their values never reach output.
const SECRET_IN_URL =
  /\/\/[^/?#@\s]*@|([?&](?:api[-_]?key|key|token|access[-_]?token|secret|sig|signature|x-amz-signature)=)[^&#\s]*/gi;

/**
 * The text with credentials replaced by `***`.
 * @example redact('GET https://x.dev/a?api_key=k_123') // 'GET https://x.dev/a?api_key=***'
 */
export function redact(text: string): string {
  let out = text.replace(SECRET_IN_URL, (_match, param: string | undefined) =>
    param ? `${param}***` : '//',
  );
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join('***');
  return out;
}

/**
 * `value` with `redact` applied to every string inside it (plain objects and arrays are copied; other
 * objects are kept as they are).
 * @example scrub({ echo: 'Bearer k_123' }) // { echo: 'Bearer ***' } once k_123 was sent
 */
export function scrub<T>(value: T): T {
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return redact(v);
    if (depth > 32 || !v || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, depth + 1)]));
  };
  return walk(value, 0) as T;
}

/**
 * Scrubs an error that the SDK wraps (a fetch failure, a provider's error) in place: its message and stack,
 * and those of its causes, as `util.inspect` prints them all.
 */
export function scrubError(error: unknown): void {
  for (let e = error as { message?: unknown; stack?: unknown; cause?: unknown } | null, i = 0; i < 5; i++) {
    if (!e || typeof e !== 'object') return;
    for (const field of ['message', 'stack'] as const) {
      const text = e[field];
      if (typeof text === 'string' && redact(text) !== text) {
        try {
          Object.defineProperty(e, field, { value: redact(text), configurable: true, writable: true });
        } catch {
          // A frozen error cannot be changed; it is not ours.
        }
      }
    }
    e = e.cause as typeof e;
  }
}
