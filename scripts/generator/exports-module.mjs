// generated/exports.ts: what every client exports alike: the same error classes and the same core types
// under the same names, so that the five clients cannot drift apart.
import { banner } from './banner.mjs';

/** Every error class a client's calls, waits and streams can throw; all come from core. */
export const ERROR_CLASSES = [
  'ApiError',
  'AuthenticationError',
  'BadRequestError',
  'ConflictError',
  'ConnectionError',
  'InternalServerError',
  'NotFoundError',
  'PermissionDeniedError',
  'PollFailedError',
  'PollTimeoutError',
  'RateLimitError',
  'ResponseValidationError',
  'SdkError',
  'StreamError',
  'TimeoutError',
  'UnprocessableEntityError',
  'UsageError',
];

/** Core's types a client's signatures name, re-exported so that users import them from the client. */
export const CORE_TYPES = [
  'ApiPromise',
  'AttemptEvent',
  'ErrorEvent',
  'Hooks',
  'MultipartValue',
  'PagePromise',
  'RequestOptions',
  'StreamPromise',
  'ResponseEvent',
  'RetryEvent',
  'UploadProgress',
  'UploadRequestOptions',
  'UploadSource',
  'WithResponse',
  // How every flow waits (timeout, signal, pollInterval, onProgress): one meaning in every client.
  'PollOptions as WaitOptions',
];

/**
 * The module of the exports every client shares; `instanceof` works with a client's own import.
 * @example writeFileSync('src/generated/exports.ts', exportsModule('specs/hotdata.yaml'));
 */
export function exportsModule(specPath) {
  return `${banner(specPath)}// What every client exports alike: the error classes and the core types its signatures name.
export {
${ERROR_CLASSES.map((c) => `  ${c},`).join('\n')}
} from '@org/sdk-core';
export type {
${CORE_TYPES.map((c) => `  ${c},`).join('\n')}
} from '@org/sdk-core';
`;
}
