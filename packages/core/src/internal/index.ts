/**
 * @org/sdk-core/internal: the plumbing the @org clients (their generated code and hand-written flows) are
 * built from. Internal: not covered by semver, and it may change in any release. Build on the main entry.
 * @internal
 */
export { readEnv } from '../env';
export { errorBodyReader } from '../error-body';
export type { ErrorBodyPaths } from '../error-body';
export { withDefaults } from '../options';
export { nameFlows, nameOperations } from '../operation';
export { apiPromise, keepResult, withResponseOf } from '../with-response';
export { pollOutcome, pollSettings } from '../poll';
export { streamResponse } from '../stream-response';
export { missingAnyOf } from '../spec-checks';
export type { RequiredFields } from '../spec-checks';
export { multipartBody, toUploadBody } from '../upload';
export { trackUpload } from '../upload-progress';
