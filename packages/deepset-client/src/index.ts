// @org/deepset-client: a typed deepset Cloud client. See README.md.
export { createDeepsetClient } from './client';
export type { DeepsetClient, DeepsetClientOptions } from './client';
export type { DeployWaitOptions, UploadOptions } from './flows';
export { collectSearchStream } from './search-stream';
export type { CollectedSearch, SearchResult, SearchStreamEvent } from './search-stream';
export type {
  FileUploadProgress,
  SessionFile,
  UploadSessionOptions,
  UploadSessionResult,
} from './upload-session';
export { deepsetErrorMessage } from './generated/client';
export type * from './generated/resources';
export type { components, paths } from './generated/schema';
/** The spec's schemas by name: `Schemas['Pipeline']`, `Schemas['SearchResponse']`, ... */
export type Schemas = import('./generated/schema').components['schemas'];
export * from './generated/exports';
