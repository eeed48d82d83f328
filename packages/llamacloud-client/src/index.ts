// @org/llamacloud-client: a typed LlamaCloud client. See README.md.
export { createLlamaCloudClient } from './client';
export type { LlamaCloudClient, LlamaCloudClientOptions, LlamaCloudEnvironment } from './client';
export type { PipelineWaitOptions, UploadOptions } from './flows';
export { llamaCloudErrorMessage } from './generated/client';
export type * from './generated/resources';
export type { components, paths } from './generated/schema';
/** The spec's schemas by name: `Schemas['Pipeline']`, `Schemas['RetrieveResults']`, ... */
export type Schemas = import('./generated/schema').components['schemas'];
export * from './generated/exports';
