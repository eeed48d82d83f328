// Generated from specs/unstract.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// What every client exports alike: the error classes and the core types its signatures name.
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
export type {
  ApiPromise,
  AttemptEvent,
  ErrorEvent,
  Hooks,
  MultipartValue,
  PagePromise,
  RequestOptions,
  StreamPromise,
  ResponseEvent,
  RetryEvent,
  UploadProgress,
  UploadRequestOptions,
  UploadSource,
  WithResponse,
  PollOptions as WaitOptions,
} from '@org/sdk-core';
