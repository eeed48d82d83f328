import { type ApiError, errorClassForStatus, type RateLimitError } from './errors';
import { requestIdOf } from './hooks';
import { metaOf } from './transport';

/** Finds the human-readable message in a vendor's error body. Return undefined to use the default search. */
export type ErrorMessageExtractor = (body: unknown, response: Response) => string | undefined;

const MAX_MESSAGE = 300;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE)}…` : flat;
}

/**
 * The message in the error shapes the vendors use: `{message}`, `{error: {message}}`, `{error: "…"}`,
 * `{detail: "…"}`, FastAPI's `{detail: [{loc, msg}]}`, DRF's `{errors: [{detail, attr}]}`, a list of strings
 * (`{errors: ["…"]}`), or plain text.
 */
export function defaultErrorMessage(body: unknown): string | undefined {
  if (typeof body === 'string')
    return body.trim() && !body.trimStart().startsWith('<') ? clip(body) : undefined;
  if (body === null || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  for (const v of [
    b.message,
    (b.error as Record<string, unknown> | undefined)?.message,
    b.error,
    b.detail,
    b.title,
  ]) {
    if (typeof v === 'string' && v.trim()) return clip(v);
  }
  const list = Array.isArray(b.detail) ? b.detail : Array.isArray(b.errors) ? b.errors : undefined;
  if (list) {
    const parts = list.slice(0, 5).map((item) => {
      const i = (item ?? {}) as Record<string, unknown>;
      const msg = typeof item === 'string' ? item : (i.msg ?? i.message ?? i.detail);
      const where = Array.isArray(i.loc) ? i.loc.join('.') : typeof i.attr === 'string' ? i.attr : undefined;
      return typeof msg === 'string' ? (where ? `${where}: ${msg}` : msg) : undefined;
    });
    const text = parts.filter(Boolean).join('; ');
    if (text) return clip(text);
  }
  return undefined;
}

/** What the client knows when it turns a failed response into an error. */
export interface ErrorContext {
  method: string;
  url: string;
  errorMessage?: ErrorMessageExtractor | undefined;
  requestIdHeaders: readonly string[];
  errorRequestId?: ((body: unknown) => string | undefined) | undefined;
}

/** Builds the ApiError subclass for a non-2xx response whose body was already parsed. */
export function errorFromResponse(response: Response, body: unknown, context: ErrorContext): ApiError {
  const meta = metaOf(response);
  const message = context.errorMessage?.(body, response) ?? defaultErrorMessage(body);
  const requestId = requestIdOf(response.headers, context.requestIdHeaders) || context.errorRequestId?.(body);
  // Only RateLimitError reads retryAfter; the others ignore it.
  return new (errorClassForStatus(response.status) as typeof RateLimitError)({
    status: response.status,
    statusText: response.statusText,
    message,
    body,
    headers: response.headers,
    method: context.method,
    url: context.url,
    requestId,
    note: meta?.notRetried && `not retried: ${meta.notRetried}`,
    retryAfter: meta?.retryAfter,
  });
}
