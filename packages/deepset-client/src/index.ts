// @org/deepset-client: a typed deepset Cloud client. See README.md.
export { createDeepsetClient } from './client';
export type { DeepsetClient, DeepsetClientOptions } from './client';
export { deepsetErrorMessage } from './error-message';
export type { UploadOptions, WaitOptions } from './flows';
export { collectSearchStream } from './search-stream';
export type { CollectedSearch, SearchResult, SearchStreamEvent } from './search-stream';
export type { SessionFile, UploadSessionOptions, UploadSessionResult } from './upload-session';
export type * from './generated/resources';
export type { components, paths } from './generated/schema';
/** The spec's schemas by name: `Schemas['Pipeline']`, `Schemas['SearchResponse']`, ... */
export type Schemas = import('./generated/schema').components['schemas'];
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  PollFailedError,
  PollTimeoutError,
  RateLimitError,
  ResponseValidationError,
  SdkError,
  StreamError,
  TimeoutError,
  UnprocessableEntityError,
  UsageError,
} from '@org/sdk-core';
export type { PagePromise, RequestOptions, StreamPromise } from '@org/sdk-core';
