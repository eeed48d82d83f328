// @org/unstract-client/msw: a stateful fake of Unstract API deployments for msw, for your own tests.
// The listen options that fail an unmatched request under msw 2 and msw 3 alike.
export { failOnUnhandled } from '@org/sdk-core/msw';
export { createUnstractMock, DEFAULT_WORKFLOW_ID } from './mock';
export type { MockDeployment, MockExecution, MockWorkflow, UnstractMock, UnstractMockOptions } from './mock';
export type { MockDocument } from './documents';
