import { HttpResponse, type RequestHandler } from 'msw';
import type { BodyIssue } from './validate-body';

/**
 * What every vendor's `create<Vendor>Mock()` returns at least: handlers under `baseUrl`, one `reset()` that
 * puts the store, counters, clock and ids back to the seeded start, and the store. The mock server serves
 * any `VendorMock` as it is.
 */
export interface VendorMock {
  readonly baseUrl: string;
  readonly handlers: RequestHandler[];
  /** Everything back to the seeded start: store, scenario counters, clock and ids. */
  reset(): void;
  /** The in-memory records; `store.reset()` clears them only (prefer `reset()`). */
  readonly store: { reset(): void };
  /** Helpers that put records in the store. */
  readonly seed?: Record<string, unknown> | undefined;
  /** Fault scenarios (`createScenarios`). */
  readonly scenarios?: Record<string, unknown> | undefined;
}

/**
 * FastAPI's 422 for input that breaks the schema: `{ detail: [{ loc, msg, type }] }`, `loc` starting at
 * `where` (`body`, `query`, `path`).
 * @example return fastApiValidationError(check.issues);
 */
export function fastApiValidationError(
  issues: readonly BodyIssue[],
  options: { where?: string | undefined; status?: number } = {},
): Response {
  const where = options.where ?? 'body';
  return HttpResponse.json(
    { detail: issues.map((i) => ({ loc: [where, ...i.path], msg: i.message, type: i.code })) },
    { status: options.status ?? 422 },
  );
}

/** One error of a drf-standardized-errors body. */
export interface DrfErrorItem {
  code: string;
  detail: string;
  attr: string | null;
}

/**
 * A drf-standardized-errors body: `{ type, errors: [{ code, detail, attr }] }`.
 * @example HttpResponse.json(drfErrorBody('client_error', 'not_found', 'Not found.'), { status: 404 })
 */
export function drfErrorBody(
  type: 'validation_error' | 'client_error' | 'server_error',
  code: string,
  detail: string,
  attr: string | null = null,
): { type: typeof type; errors: DrfErrorItem[] } {
  return { type, errors: [{ code, detail, attr }] };
}

/**
 * A counter for "fire N times" scenarios: `take()` is true the first `times` calls, then false.
 * @example const fail = fireTimes(2); if (fail.take()) return HttpResponse.error();
 */
export function fireTimes(times = 1): { take(): boolean; readonly left: number } {
  let left = times;
  return {
    take() {
      if (left <= 0) return false;
      left--;
      return true;
    },
    get left() {
      return left;
    },
  };
}
