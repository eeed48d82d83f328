// Generated from specs/hotdata.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
import { createResponseValidator, type ResponseValidator, zodSchemaFor } from '@org/sdk-core/validate';
import type { z } from 'zod';
import { components, type Operation, operations } from './schemas';

/** The Hotdata API spec's request and response schemas, keyed `METHOD /path`. */
export const responseSchemas = { operations, components };

/**
 * A validator for `createHotdataClient({ validateResponses })`: every successful response is checked
 * against the spec, and drift throws ResponseValidationError naming the operation and JSON path.
 * Enum values the spec marks open are accepted (servers add them).
 * @example
 * import { hotdataResponseValidator } from '@org/hotdata-client/validate';
 * const client = createHotdataClient({ validateResponses: hotdataResponseValidator() });
 */
export function hotdataResponseValidator(): ResponseValidator {
  return createResponseValidator(responseSchemas);
}

/** An operation of the Hotdata API spec, as `METHOD /path`. */
export type HotdataOperation = Operation;

/**
 * The zod schema of an operation's request body or success response, e.g. to check input before sending.
 * @example
 * const schema = hotdataSchema('POST /v1/workspaces', 'request');
 * const params = schema?.parse(untrustedInput);
 */
export function hotdataSchema(
  operation: HotdataOperation,
  part: 'request' | 'response',
): z.ZodType | undefined {
  return zodSchemaFor(responseSchemas, operation, part);
}
