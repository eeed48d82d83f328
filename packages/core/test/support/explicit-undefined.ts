// The table-driven check that an option set to `undefined` means its default (exactOptionalPropertyTypes):
// for every option of a client, one call made with `{ [option]: undefined }` and one made without the key
// must send the same requests at the same (fake) times and end with the same error and log lines.
import { expect, it, vi } from 'vitest';

/** Every option of a core client; each client adds its own (`workspaceId`, `environment`, ...). */
export const CORE_OPTION_KEYS = [
  'apiKey',
  'baseUrl',
  'authHeader',
  'credentialHeaders',
  'headers',
  'fetch',
  'maxRetries',
  'timeout',
  'retry',
  'logger',
  'logLevel',
  'errorMessage',
  'errorRequestId',
  'requestIdHeaders',
  'idempotencyHeader',
  'querySerializer',
  'validateResponses',
  'hooks',
  'pacing',
  'vendor',
] as const;

/**
 * The keys of an options type, checked complete at compile time: a key the list leaves out is a type error
 * naming it, so a new option cannot skip the test.
 * @example const keys = optionKeys<HotdataClientOptions>()([...CORE_OPTION_KEYS, 'workspaceId']);
 */
export const optionKeys =
  <O>() =>
  <const K extends readonly (keyof O)[]>(
    keys: K &
      ([Exclude<keyof O, K[number]>] extends [never] ? unknown : { missing: Exclude<keyof O, K[number]> }),
  ): K =>
    keys;

/** What one call did, as seen from outside: requests (with fake times), the error, the log lines. */
async function observe(call: () => Promise<unknown>) {
  const start = Date.now();
  const requests: { at: number; method: string; url: string; headers: [string, string][] }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push({
      at: Date.now() - start,
      method: request.method,
      url: request.url,
      headers: [...request.headers].filter(([name]) => name !== 'idempotency-key'),
    });
    // The first attempt hangs until the client's timeout aborts it; the next ones are refused (503, retried).
    if (requests.length === 1)
      return new Promise<Response>((_, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true }),
      );
    return Response.json({ message: 'unavailable', error: { message: 'unavailable' } }, { status: 503 });
  });
  vi.stubGlobal('fetch', fetch);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const settled = call().then(
    (value) => ({ value }),
    (e: unknown) => ({ error: `${(e as Error)?.name}: ${(e as Error)?.message}` }),
  );
  await vi.runAllTimersAsync();
  const outcome = await settled;
  const logs = [...warn.mock.calls, ...error.mock.calls].map((args) => args.map(String).join(' '));
  warn.mockRestore();
  error.mockRestore();
  vi.unstubAllGlobals();
  return { requests, outcome, logs };
}

/**
 * One test per option: a client made with the option set to `undefined` behaves as one made without it.
 * @example explicitUndefinedMeansDefault(keys, (options) => createHotdataClient(options).datasets.list());
 */
export function explicitUndefinedMeansDefault<O extends object>(
  keys: readonly (keyof O & string)[],
  call: (options: O) => Promise<unknown>,
) {
  for (const key of keys) {
    it(`\`${key}: undefined\` means the default`, async () => {
      vi.useFakeTimers({ now: 0 });
      vi.spyOn(Math, 'random').mockReturnValue(0.5);
      try {
        const withoutKey = await observe(() => call({} as O));
        const withUndefined = await observe(() => call({ [key]: undefined } as O));
        expect(withoutKey.requests.length).toBeGreaterThan(1);
        expect(withUndefined).toEqual(withoutKey);
      } finally {
        vi.useRealTimers();
        vi.restoreAllMocks();
      }
    });
  }
}
