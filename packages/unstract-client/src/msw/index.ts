// @org/unstract-client/msw: a stateful fake of Unstract API deployments for msw, for your own tests.
export { createUnstractMock, DEFAULT_WORKFLOW_ID, drfError } from './mock';
export type { MockDeployment, MockExecution, MockWorkflow, UnstractMock, UnstractMockOptions } from './mock';
export { fileResult, readDocuments } from './documents';
export type { MockDocument } from './documents';
