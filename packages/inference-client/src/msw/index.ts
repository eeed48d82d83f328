// @org/inference-client/msw: a stateful fake of the NeoSpace Inference API for msw, for your own tests.
export { createInferenceMock } from './mock';
export type {
  InferenceMock,
  InferenceMockOptions,
  MockConnectorFile,
  MockInvite,
  MockPersonaUpload,
  MockSpace,
} from './mock';
export { countTokens, echoReply } from './completion-text';
