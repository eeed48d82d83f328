import { defaultErrorMessage } from '@org/sdk-core';

/**
 * The message in a deepset error body, which comes in three forms: `{errors: [...]}` (the stream docs read
 * `errors[0]`) and FastAPI's `{detail}`, which core's default search reads, and `{message, details}` (what
 * deepset's MCP client reads), whose details are added here.
 * @example deepsetErrorMessage({ message: 'Invalid pipeline', details: [{ message: 'missing component' }] }) // 'Invalid pipeline: missing component'
 */
export function deepsetErrorMessage(body: unknown): string | undefined {
  const message = defaultErrorMessage(body);
  const b = body as { message?: unknown; details?: unknown } | null;
  const details =
    typeof b?.message === 'string' && Array.isArray(b.details)
      ? (b.details as { message?: unknown }[]).map((d) => d?.message).filter((m) => typeof m === 'string')
      : [];
  return message && details.length ? `${message}: ${details.join('; ')}` : message;
}
