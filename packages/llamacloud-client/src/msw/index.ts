// @org/llamacloud-client/msw: a stateful fake of LlamaCloud for msw, for your own tests.
// The listen options that fail an unmatched request under msw 2 and msw 3 alike.
export { failOnUnhandled } from '@org/sdk-core/msw';
export { createLlamaCloudMock } from './mock';
export type { LlamaCloudMock, LlamaCloudMockOptions, MockDocument, MockFile, MockIngestion } from './mock';
