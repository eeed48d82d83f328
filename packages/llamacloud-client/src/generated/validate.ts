// Generated from specs/llamacloud.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
import { createResponseValidator, type ResponseValidator, zodSchemaFor } from '@org/sdk-core/validate';
import type { z } from 'zod';
import { components, type Operation, operations } from './schemas';

/** The LlamaCloud API spec's request and response schemas, keyed `METHOD /path`. */
export const responseSchemas = { operations, components };

/**
 * A validator for `createLlamaCloudClient({ validateResponses })`: every successful response is checked
 * against the spec, and drift throws ResponseValidationError naming the operation and JSON path.
 * Enum values the spec marks open are accepted (servers add them).
 * @example
 * import { llamaCloudResponseValidator } from '@org/llamacloud-client/validate';
 * const client = createLlamaCloudClient({ validateResponses: llamaCloudResponseValidator() });
 */
export function llamaCloudResponseValidator(): ResponseValidator {
  return createResponseValidator(responseSchemas);
}

/** An operation of the LlamaCloud API spec, as `METHOD /path`. */
export type LlamaCloudOperation = Operation;

/**
 * The zod schema of an operation's request body or success response, e.g. to check input before sending.
 * @example
 * const schema = llamaCloudSchema('POST /api/v1/projects', 'request');
 * const params = schema?.parse(untrustedInput);
 */
export function llamaCloudSchema(
  operation: LlamaCloudOperation,
  part: 'request' | 'response',
): z.ZodType | undefined {
  return zodSchemaFor(responseSchemas, operation, part);
}
