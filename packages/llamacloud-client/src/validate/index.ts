// @org/llamacloud-client/validate: response checks against the LlamaCloud spec (pulls in zod; opt in).
import { createResponseValidator, type ResponseValidator, zodSchemaFor } from '@org/sdk-core/validate';
import type { z } from 'zod';
import { components, operations } from '../generated/schemas';

/** The LlamaCloud spec's response schemas, keyed `METHOD /path`. */
export const responseSchemas = { operations, components };

/**
 * A validator for `createLlamaCloudClient({ validateResponses })`: every successful response is checked
 * against the spec, and drift throws ResponseValidationError naming the operation and JSON path.
 * Enum values the spec does not know are accepted (servers add them).
 * @example
 * import { llamaCloudResponseValidator } from '@org/llamacloud-client/validate';
 * const llama = createLlamaCloudClient({ validateResponses: llamaCloudResponseValidator() });
 */
export function llamaCloudResponseValidator(): ResponseValidator {
  return createResponseValidator(responseSchemas);
}

/** An operation of the LlamaCloud spec, as `METHOD /path`. */
export type LlamaCloudOperation = keyof typeof operations;

/**
 * The zod schema of an operation's request body or success response, e.g. to check input before sending.
 * @example
 * const schema = llamaCloudSchema('POST /api/v1/pipelines/{pipeline_id}/retrieve', 'request');
 * const params = schema?.parse(untrustedInput);
 */
export function llamaCloudSchema(
  operation: LlamaCloudOperation,
  part: 'request' | 'response',
): z.ZodType | undefined {
  return zodSchemaFor(responseSchemas, operation, part);
}
