// @org/inference-client/msw: a stateful fake of the NeoSpace Inference API for msw, for your own tests.
// The listen options that fail an unmatched request under msw 2 and msw 3 alike.
export { failOnUnhandled } from '@org/sdk-core/msw';
export { createInferenceMock } from './mock';
export type {
  InferenceMock,
  InferenceMockOptions,
  MockConnectorFile,
  MockInvite,
  MockPersonaUpload,
  MockSpace,
} from './mock';
