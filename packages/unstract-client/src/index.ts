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
export { unstractErrorMessage } from './generated/client';
export type * from './generated/resources';
export type { components, paths } from './generated/schema';
/** The spec's schemas by name: `Schemas['Deployment']`, `Schemas['FileResult']`, ... */
export type Schemas = import('./generated/schema').components['schemas'];
export * from './generated/exports';
