// @org/deepset-client/validate: response checks against the deepset spec (pulls in zod; opt in).
import { createResponseValidator, type ResponseValidator, zodSchemaFor } from '@org/sdk-core/validate';
import type { z } from 'zod';
import { components, operations } from '../generated/schemas';

/** The deepset spec's response schemas, keyed `METHOD /path`. */
export const responseSchemas = { operations, components };

/**
 * A validator for `createDeepsetClient({ validateResponses })`: every successful response is checked
 * against the spec, and drift throws ResponseValidationError naming the operation and JSON path.
 * Enum values the spec does not know are accepted (servers add them).
 * @example
 * import { deepsetResponseValidator } from '@org/deepset-client/validate';
 * const deepset = createDeepsetClient({ validateResponses: deepsetResponseValidator() });
 */
export function deepsetResponseValidator(): ResponseValidator {
  return createResponseValidator(responseSchemas);
}

/** An operation of the deepset spec, as `METHOD /path`. */
export type DeepsetOperation = keyof typeof operations;

/**
 * The zod schema of an operation's request body or success response, e.g. to check input before sending.
 * @example
 * const schema = deepsetSchema('POST /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}/search', 'request');
 * const params = schema?.parse(untrustedInput);
 */
export function deepsetSchema(
  operation: DeepsetOperation,
  part: 'request' | 'response',
): z.ZodType | undefined {
  return zodSchemaFor(responseSchemas, operation, part);
}
