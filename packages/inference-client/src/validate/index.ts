// @org/inference-client/validate: checks against the NeoSpace spec (pulls in zod; opt in): response
// validation for the client, request/response schemas by operation, and the webhook parser.
import { createResponseValidator, type ResponseValidator, zodSchemaFor } from '@org/sdk-core/validate';
import type { z } from 'zod';
import { components, operations } from '../generated/schemas';

/** The NeoSpace spec's request and response schemas, keyed `METHOD /path`. */
export const responseSchemas = { operations, components };

/**
 * A validator for `createInferenceClient({ validateResponses })`: every successful JSON response is checked
 * against the spec, and drift throws ResponseValidationError naming the operation and JSON path. Enum
 * values the spec does not know are accepted (servers add them).
 * @example
 * import { inferenceResponseValidator } from '@org/inference-client/validate';
 * const neo = createInferenceClient({ validateResponses: inferenceResponseValidator() });
 */
export function inferenceResponseValidator(): ResponseValidator {
  return createResponseValidator(responseSchemas);
}

/** An operation of the NeoSpace spec, as `METHOD /path`. */
export type InferenceOperation = keyof typeof operations;

/**
 * The zod schema of an operation's request body or success response, e.g. to check input before sending.
 * @example
 * const schema = inferenceSchema('POST /v1/actions', 'request');
 * const action = schema?.parse(untrustedInput);
 */
export function inferenceSchema(
  operation: InferenceOperation,
  part: 'request' | 'response',
): z.ZodType | undefined {
  return zodSchemaFor(responseSchemas, operation, part);
}

export { parseStatusUpdate, readStatusUpdate, WebhookPayloadError } from './status-update';
export type { StatusUpdate, StatusUpdateOptions, WebhookEvent } from './status-update';
