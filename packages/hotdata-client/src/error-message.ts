import { defaultErrorMessage } from '@org/sdk-core';

// Auth-layer codes that need more than the code to act on (the spec's AuthError).
const HINTS: Record<string, string> = {
  missing_authorization: 'pass `apiKey` or set HOTDATA_API_KEY',
  missing_workspace_id: 'pass `workspaceId` or set HOTDATA_WORKSPACE_ID',
};

/**
 * The message in a Hotdata error body: `{error: {code, message}}` from the API handlers, or the bare
 * `{error: "<code>"}` of authentication failures, which gets a hint saying what to set.
 * @example hotdataErrorMessage({ error: { code: 'NOT_FOUND', message: 'Dataset ds_1 not found' } }) // 'Dataset ds_1 not found'
 */
export function hotdataErrorMessage(body: unknown): string | undefined {
  const error = (body as { error?: unknown } | null)?.error;
  if (typeof error === 'string') return HINTS[error] ? `${error}: ${HINTS[error]}` : error;
  return defaultErrorMessage(body);
}
