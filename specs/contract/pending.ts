// Requests the contract test lets through, each with its reason. Keep this list short: an entry is a test
// that breaks the spec on purpose, a request to something the spec does not describe, or a fix another change
// owns (then the entry goes when that change lands).
import type { Violation } from './request-contract';

interface Pending {
  vendor: string;
  /** Matches the operation (operationId, or `METHOD /path` when none matched). */
  operation: RegExp;
  /** Matches the violation's message. */
  message: RegExp;
  /** Matches the test's name; omitted for every test. */
  test?: RegExp;
  reason: string;
}

const ON_PURPOSE =
  'the test sends a request the spec forbids on purpose, to show the server (mock) refuses it';

export const PENDING: Pending[] = [
  // Tests that break the spec on purpose.
  {
    vendor: 'unstract',
    test: /rejects bodies that break the spec/,
    operation: /^createDeployment$/,
    message: /api_name/,
    reason: ON_PURPOSE,
  },
  {
    vendor: 'unstract',
    test: /execution routes are outside that gate/,
    operation: /^getExecutionStatus$/,
    message: /execution_id must match format "uuid"/,
    reason: ON_PURPOSE,
  },
  {
    vendor: 'deepset',
    test: /maps statuses to classes/,
    operation: /^createPipelines$/,
    message: /name must NOT have fewer than 1 characters/,
    reason: ON_PURPOSE,
  },
  {
    vendor: 'deepset',
    test: /a bad page parameter answers 422/,
    operation: /^listPromptTemplates$/,
    message: /page_number must be >= 1/,
    reason: ON_PURPOSE,
  },
  {
    vendor: 'deepset',
    test: /a bad limit on the pipelines list/,
    operation: /^listPipelines$/,
    message: /limit must be >= 1/,
    reason: ON_PURPOSE,
  },
  {
    vendor: 'deepset',
    test: /rejects a bad body \(422\)/,
    operation: /^pipelinesSearch$/,
    message: /queries must NOT have fewer than 1 items/,
    reason: ON_PURPOSE,
  },
  {
    vendor: 'inference',
    test: /throws the API error before any chunk when the request is rejected/,
    operation: /^createChatCompletion$/,
    message: /messages must NOT have fewer than 1 items/,
    reason: ON_PURPOSE,
  },
  {
    vendor: 'inference',
    test: /one without an id is a 400/,
    operation: /^receiveStatusUpdate$/,
    message: /required property 'id'/,
    reason: ON_PURPOSE,
  },
  {
    vendor: 'inference',
    test: /400 for a body that breaks the spec/,
    operation: /^(createAction|createChatCompletion)$/,
    message: /priority|messages/,
    reason: ON_PURPOSE,
  },
  {
    vendor: 'inference',
    test: /rejects a bad limit/,
    operation: /^listChats$/,
    message: /limit must be >= 1/,
    reason: ON_PURPOSE,
  },
  {
    vendor: 'inference',
    test: /the page size is spelled pageSize/,
    operation: /^listTrainings$/,
    message: /additionalProperty":"page_size"/,
    reason: ON_PURPOSE,
  },
  {
    vendor: 'inference',
    test: /inference logs: page\/page_size/,
    operation: /^listInferenceLogs$/,
    message: /page must be >= 1/,
    reason: ON_PURPOSE,
  },
  {
    vendor: 'inference',
    test: /the Inference mock on the mock engine/,
    operation: /^(createAction|updateChat|DELETE \/v1\/models)$/,
    message: /priority|name must be string|matches no operation/,
    reason: ON_PURPOSE,
  },
  {
    vendor: 'hotdata',
    test: /400 for a body that breaks the spec/,
    operation: /^createDataset$/,
    message: /label|source/,
    reason: ON_PURPOSE,
  },
  {
    vendor: 'hotdata',
    test: /without a JSON body with 400, and one that breaks the schema with 422/,
    operation: /^createWorkspace$/,
    message: /requestBody|does not parse|name must be string/,
    reason: ON_PURPOSE,
  },
  {
    vendor: 'hotdata',
    test: /answers a bad page parameter/,
    operation: /^listDatasets$/,
    message: /limit must be >= 1/,
    reason: ON_PURPOSE,
  },
  {
    vendor: 'llamacloud',
    test: /405 for an unserved method/,
    operation: /^DELETE \/api\/v1\/projects$/,
    message: /matches no operation/,
    reason: ON_PURPOSE,
  },
  {
    vendor: 'llamacloud',
    test: /422 for a body that breaks the spec/,
    operation: /^createPipeline$/,
    message: /name must NOT have fewer than 1 characters/,
    reason: ON_PURPOSE,
  },
  // Requests to something the spec does not describe.
  {
    vendor: 'deepset',
    operation: /^POST \/__storage\/upload\//,
    message: /matches no operation/,
    reason:
      "the mock's stand-in for the storage URL an upload session hands out (aws_prefixed_request_config.url): S3's, not the deepset API's",
  },
];

/** Whether a violation is one the list lets through. */
export function isPending(vendor: string, test: string, violation: Violation) {
  return PENDING.some(
    (p) =>
      p.vendor === vendor &&
      p.operation.test(violation.operation) &&
      p.message.test(violation.message) &&
      (!p.test || p.test.test(test)),
  );
}
