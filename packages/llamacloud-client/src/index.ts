// @org/llamacloud-client: a typed LlamaCloud client. See README.md.
export { createLlamaCloudClient } from './client';
export type { LlamaCloudClient, LlamaCloudClientOptions, LlamaCloudRegion } from './client';
export type { UploadOptions, WaitOptions } from './flows';
export type * from './generated/resources';
export type { components, paths } from './generated/schema';
/** The spec's schemas by name: `Schemas['Pipeline']`, `Schemas['RetrieveResults']`, ... */
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
  TimeoutError,
  UnprocessableEntityError,
  UsageError,
} from '@org/sdk-core';
export type { PagePromise, RequestOptions } from '@org/sdk-core';
