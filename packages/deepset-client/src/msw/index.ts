// @org/deepset-client/msw: a stateful fake of deepset Cloud for msw, for your own tests.
// The listen options that fail an unmatched request under msw 2 and msw 3 alike.
export { failOnUnhandled } from '@org/sdk-core/msw';
export { createDeepsetMock } from './mock';
export type { DeepsetMock, DeepsetMockOptions, MockFile } from './mock';
