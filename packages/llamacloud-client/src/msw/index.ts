// @org/llamacloud-client/msw: a stateful fake of LlamaCloud for msw, for your own tests.
export { createLlamaCloudMock } from './mock';
export type { LlamaCloudMock, LlamaCloudMockOptions, MockDocument, MockFile, MockIngestion } from './mock';
export { chunkText, rankChunks } from './rank';
