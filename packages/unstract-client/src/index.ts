// @org/unstract-client: a typed Unstract API deployments client. See README.md.
export { createUnstractClient } from './client';
export type { UnstractClient, UnstractClientOptions } from './client';
export type {
  DeploymentClient,
  DeploymentClientOptions,
  ExecuteInput,
  ExecuteParams,
  ExecuteWaitOptions,
  Execution,
  ExecutionResult,
  ExecutionStatusResponse,
  FileResult,
} from './deployment-client';
export { ExecutionFailedError, ResultAcknowledgedError } from './execution-errors';
export { unstractErrorMessage } from './error-message';
export type * from './generated/resources';
export type { components, paths } from './generated/schema';
/** The spec's schemas by name: `Schemas['Deployment']`, `Schemas['FileResult']`, ... */
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
export type { MultipartValue, PagePromise, RequestOptions } from '@org/sdk-core';
