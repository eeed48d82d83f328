// @org/sdk-core: the runtime every @org API client builds on. See README.md. What the clients' generated
// code needs besides is in ./internal/ (@org/sdk-core/internal), which semver does not cover.
export { createApiClient } from './client';
export type { ApiClient, ClientOptions, RawClient, RawMethod, RequestOptions, ResponseData } from './client';
export type { OptionalOrUndefined, UploadRequestOptions } from './call-types';
export { bearerAuth } from './auth';
export type { AuthHeader, TokenProvider } from './auth';
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
export type { ErrorMessageExtractor } from './error-from-response';
export type { Logger, LogLevel } from './logger';
export type {
  AttemptEvent,
  CallEvent,
  EndEvent,
  ErrorEvent,
  Hooks,
  RequestEvent,
  ResponseEvent,
  RetryEvent,
} from './hooks';
export { paginate } from './paginate';
export { redact } from './redact';
export type { PageFetcher, PagePromise, PaginationConfig } from './paginate';
export type { ApiPromise, WithResponse } from './with-response';
export { waitFor } from './poll';
export type { PollOptions, PollOutcome, PollStates, WaitOptions } from './poll';
export type { RetryOptions } from './retry';
export { EventStream, ndjsonStream, sseStream } from './stream';
export type { NamedServerSentEvent, ServerSentEvent, SseMessage, StreamOptions } from './stream';
export type { StreamPromise } from './stream-response';
export type { FilePart, MultipartValue, UploadSource } from './upload';
export type { UploadProgress, UploadProgressHandler, UploadProgressOptions } from './upload-progress';
