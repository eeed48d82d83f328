import { defaultErrorMessage } from '@org/sdk-core';

/**
 * The message in an Unstract error body. drf-standardized-errors `{type, errors: [{detail, attr}]}` and the
 * `{error}` of a few views are found by core's default search; the execution routes answer their own
 * shapes: a failed execute `{message: {execution_status, error}}`, a status `{status, message}`.
 * @example unstractErrorMessage({ message: { execution_status: 'ERROR', error: 'No tool found' } }) // 'ERROR: No tool found'
 */
export function unstractErrorMessage(body: unknown): string | undefined {
  const { status, message } = (body ?? {}) as { status?: unknown; message?: unknown };
  if (message && typeof message === 'object' && !Array.isArray(message)) {
    const run = message as { execution_status?: unknown; error?: unknown };
    if (typeof run.error === 'string') return `${run.execution_status ?? 'ERROR'}: ${run.error}`;
  }
  if (typeof status === 'string' && typeof message !== 'string') return `execution is ${status}`;
  return defaultErrorMessage(body);
}
