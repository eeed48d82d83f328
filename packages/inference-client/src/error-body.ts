/**
 * Reading NeoSpace's error envelope, `{ error: { type, message, code, param, status, request_id, retryAfter } }`
 * (specs/inference.yaml, components/schemas/Error): the message for ApiError, the wait for the retry policy.
 */

interface ErrorEnvelope {
  error?:
    | { message?: unknown; code?: unknown; param?: unknown; retryAfter?: unknown; request_id?: unknown }
    | string;
  retryAfter?: unknown;
}

/**
 * The message of an error body, with its code: `Required parameter 'messages' missing (missing_param)`.
 * @example createApiClient({ baseUrl, errorMessage: neoSpaceErrorMessage });
 */
export function neoSpaceErrorMessage(body: unknown): string | undefined {
  const error = (body as ErrorEnvelope | null)?.error;
  if (!error || typeof error !== 'object' || typeof error.message !== 'string' || !error.message)
    return undefined;
  return typeof error.code === 'string' && error.code ? `${error.message} (${error.code})` : error.message;
}

/**
 * The wait a 429 body asks for, in ms: NeoSpace sends `retryAfter` in seconds inside `error` (the rate-limits
 * guide) and sends no `Retry-After` header; a top-level `retryAfter` is read too, as the field's place is
 * documented only by example.
 * @example createApiClient({ baseUrl, retry: { retryHint: neoSpaceRetryHint } });
 */
export function neoSpaceRetryHint(body: unknown): number | undefined {
  const envelope = body as ErrorEnvelope | null;
  const error = envelope?.error;
  const seconds = Number((typeof error === 'object' ? error?.retryAfter : undefined) ?? envelope?.retryAfter);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/**
 * The request id NeoSpace puts in the error body (`error.request_id`) rather than in a header.
 * @example createApiClient({ baseUrl, errorRequestId: neoSpaceRequestId });
 */
export function neoSpaceRequestId(body: unknown): string | undefined {
  const error = (body as ErrorEnvelope | null)?.error;
  const id = typeof error === 'object' ? error?.request_id : undefined;
  return typeof id === 'string' && id ? id : undefined;
}
