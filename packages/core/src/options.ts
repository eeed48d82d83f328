/**
 * Merging a caller's options over a client's defaults. A key the caller set to `undefined` keeps the
 * default: `{ maxRetries: undefined }` means "the default", as the types say, not "unset it". Plain objects
 * one level down (`retry`, `headers`) merge the same way, so `{ retry: { maxDelay: 1000 } }` keeps the
 * client's other retry settings.
 */

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

function merge(base: Record<string, unknown>, over: Record<string, unknown>, deep: boolean) {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] = deep && isPlainObject(value) && isPlainObject(current) ? merge(current, value, false) : value;
  }
  return out;
}

/**
 * The caller's options over the defaults, skipping keys the caller left `undefined`.
 * @example
 * withDefaults({ maxRetries: 5, retry: { initialDelay: 1000 } }, { maxRetries: undefined, retry: { maxDelay: 8000 } });
 * // { maxRetries: 5, retry: { initialDelay: 1000, maxDelay: 8000 } }
 */
export function withDefaults<D extends object, O extends object>(defaults: D, options: O): D & O {
  return merge(defaults as Record<string, unknown>, options as Record<string, unknown>, true) as D & O;
}
