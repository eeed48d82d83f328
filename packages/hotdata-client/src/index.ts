// @org/hotdata-client: a typed Hotdata client. See README.md.
export { createHotdataClient, WAKE_UP_DEFAULTS } from './client';
export type { HotdataClient, HotdataClientOptions } from './client';
export { QueryFailedError } from './query-failed-error';
export { STREAMING_THRESHOLD } from './upload-file';
export type { CreateDatasetFromFileOptions } from './datasets';
export type { DataRefreshResult, JobWaitOptions } from './jobs';
export type { QueryColumn, QueryResult, RunQueryOptions } from './run-query';
export type { UploadFileOptions } from './upload-file';
export { hotdataErrorMessage } from './generated/client';
export type * from './generated/resources';
export type { components, paths } from './generated/schema';
/** The spec's schemas by name: `Schemas['QueryRunInfo']`, `Schemas['DatasetSource']`, ... */
export type Schemas = import('./generated/schema').components['schemas'];
export * from './generated/exports';
