// @org/deepset-client/msw: a stateful fake of deepset Cloud for msw, for your own tests.
export { createDeepsetMock } from './mock';
export type { DeepsetMock, DeepsetMockOptions, MockFile } from './mock';
export { searchTexts, tokens } from './search-text';
export type { SearchableText, TextHit } from './search-text';
