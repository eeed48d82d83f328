// Generated from specs/deepset.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
import { createResponseValidator, type ResponseValidator, zodSchemaFor } from '@org/sdk-core/validate';
import type { z } from 'zod';
import { components, type Operation, operations } from './schemas';

/** The deepset Cloud API spec's request and response schemas, keyed `METHOD /path`. */
export const responseSchemas = { operations, components };

/**
 * A validator for `createDeepsetClient({ validateResponses })`: every successful response is checked
 * against the spec, and drift throws ResponseValidationError naming the operation and JSON path.
 * Enum values the spec marks open are accepted (servers add them).
 * @example
 * import { deepsetResponseValidator } from '@org/deepset-client/validate';
 * const client = createDeepsetClient({ validateResponses: deepsetResponseValidator() });
 */
export function deepsetResponseValidator(): ResponseValidator {
  return createResponseValidator(responseSchemas);
}

/** An operation of the deepset Cloud API spec, as `METHOD /path`. */
export type DeepsetOperation = Operation;

/**
 * The zod schema of an operation's request body or success response, e.g. to check input before sending.
 * @example
 * const schema = deepsetSchema('POST /api/v1/token', 'request');
 * const params = schema?.parse(untrustedInput);
 */
export function deepsetSchema(
  operation: DeepsetOperation,
  part: 'request' | 'response',
): z.ZodType | undefined {
  return zodSchemaFor(responseSchemas, operation, part);
}
