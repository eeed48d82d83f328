import { defaultErrorMessage } from './error-from-response';

/**
 * Reading a vendor's error body from the field paths its spec names (`x-sdk-error-body`): the message, the
 * request id and the retry wait. Core knows no vendor; the generated client passes its spec's description.
 */

/** Where a vendor's error body keeps what the client reads; field paths are dotted (`error.message`). */
export interface ErrorBodyPaths {
  /**
   * Message templates tried in order before core's default search: `{path}` is a field's value, and a
   * template applies only when every field it names is a non-empty string or a number. `*` in a path
   * reads each item of a list (joined with `; `).
   */
  message?: readonly string[] | undefined;
  /** A hint appended to a message that is exactly one of these codes (`missing_workspace_id: set ...`). */
  hints?: Readonly<Record<string, string>> | undefined;
  /** Fields holding the request id, first found wins. */
  requestId?: readonly string[] | undefined;
  /** Fields holding the wait a 429 asks for, in seconds, first found wins. */
  retryAfterSeconds?: readonly string[] | undefined;
}

function at(body: unknown, path: string): unknown[] {
  let values: unknown[] = [body];
  for (const key of path.split('.')) {
    values = values.flatMap((v) => {
      if (key === '*') return Array.isArray(v) ? v : [];
      return v !== null && typeof v === 'object' && !Array.isArray(v)
        ? [(v as Record<string, unknown>)[key]]
        : [];
    });
  }
  return values.filter((v) => (typeof v === 'string' && v !== '') || typeof v === 'number');
}

const first = (body: unknown, paths: readonly string[] = []) => {
  for (const path of paths) {
    const [value] = at(body, path);
    if (value !== undefined) return value;
  }
  return undefined;
};

function fill(template: string, body: unknown): string | undefined {
  let missing = false;
  const text = template.replace(/\{([^}]+)\}/g, (_, path: string) => {
    const values = at(body, path);
    if (!values.length) missing = true;
    return values.join('; ');
  });
  return missing ? undefined : text;
}

/**
 * The readers of one vendor's error body, for `createApiClient`'s `errorMessage`, `errorRequestId` and
 * `retry.retryHint`. The message falls back to core's default search; the others return undefined where
 * the body does not say.
 * @example
 * const reader = errorBodyReader({ message: ['{error.message} ({error.code})', '{error.message}'] });
 * reader.errorMessage({ error: { message: 'Bad model', code: 'invalid' } }); // 'Bad model (invalid)'
 */
export function errorBodyReader(paths: ErrorBodyPaths) {
  return {
    errorMessage(body: unknown): string | undefined {
      for (const template of paths.message ?? []) {
        const text = fill(template, body);
        if (text === undefined) continue;
        const hint = paths.hints?.[text];
        return hint ? `${text}: ${hint}` : text;
      }
      return defaultErrorMessage(body);
    },
    errorRequestId(body: unknown): string | undefined {
      const id = first(body, paths.requestId);
      return id === undefined ? undefined : String(id);
    },
    retryHint(body: unknown): number | undefined {
      const seconds = Number(first(body, paths.retryAfterSeconds));
      return paths.retryAfterSeconds && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
    },
  };
}
