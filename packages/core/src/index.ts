// @org/sdk-core: the runtime every @org API client builds on. See README.md.
export { createApiClient } from './client';
export type { ApiClient, ClientOptions, RawClient, RawMethod, RequestOptions, ResponseData } from './client';
export type { UploadRequestOptions } from './call-types';
export { bearerAuth } from './auth';
export type { AuthHeader, TokenProvider } from './auth';
export { readEnv } from './env';
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
} from './errors';
export type { ValidationIssue } from './errors';
export { defaultErrorMessage } from './error-from-response';
export { errorBodyReader } from './error-body';
export type { ErrorBodyPaths } from './error-body';
export { withDefaults } from './options';
export type { ErrorMessageExtractor } from './error-from-response';
export type { Logger, LogLevel } from './logger';
export type { AttemptEvent, ErrorEvent, Hooks, ResponseEvent, RetryEvent } from './hooks';
export { nameOperations } from './operation';
export { paginate } from './paginate';
export { redact } from './redact';
export type { PageFetcher, PagePromise, PaginationConfig } from './paginate';
export { apiPromise } from './with-response';
export type { ApiPromise, WithResponse } from './with-response';
export { pollOutcome, pollSettings, waitFor } from './poll';
export type { PollOptions, PollOutcome, PollStates, WaitOptions } from './poll';
export type { RetryOptions } from './retry';
export * from './stream';
export { streamResponse } from './stream-response';
export type { StreamPromise } from './stream-response';
export { missingAnyOf } from './spec-checks';
export type { RequiredFields } from './spec-checks';
export { multipartBody, toUploadBody } from './upload';
export type { FilePart, MultipartValue, UploadSource } from './upload';
export { trackUpload } from './upload-progress';
export type { UploadProgress, UploadProgressHandler, UploadProgressOptions } from './upload-progress';
