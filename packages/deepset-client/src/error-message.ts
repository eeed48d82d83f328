import { defaultErrorMessage } from '@org/sdk-core';

/**
 * The message in a deepset error body, which comes in three forms: `{errors: [...]}` (the stream docs read
 * `errors[0]`), `{message, details}` (what deepset's MCP client reads), and FastAPI's `{detail}`.
 * @example deepsetErrorMessage({ errors: ["Pipeline 'qa' not found."] }) // "Pipeline 'qa' not found."
 */
export function deepsetErrorMessage(body: unknown): string | undefined {
  const b = body as { errors?: unknown; message?: unknown; details?: unknown } | null;
  if (Array.isArray(b?.errors) && b.errors.length) {
    const first = b.errors[0] as unknown;
    if (typeof first === 'string') return b.errors.join('; ');
    if (typeof (first as { message?: unknown })?.message === 'string')
      return (first as { message: string }).message;
  }
  if (typeof b?.message === 'string') {
    const details = Array.isArray(b.details)
      ? (b.details as { message?: unknown }[]).map((d) => d?.message).filter((m) => typeof m === 'string')
      : [];
    return details.length ? `${b.message}: ${details.join('; ')}` : b.message;
  }
  return defaultErrorMessage(body);
}
