// @org/hotdata-client/validate: response checks against the Hotdata spec (pulls in zod; opt in).
import { createResponseValidator, type ResponseValidator, zodSchemaFor } from '@org/sdk-core/validate';
import type { z } from 'zod';
import { components, operations } from '../generated/schemas';

/** The Hotdata spec's response schemas, keyed `METHOD /path`. */
export const responseSchemas = { operations, components };

/**
 * A validator for `createHotdataClient({ validateResponses })`: every successful response is checked
 * against the spec, and drift throws ResponseValidationError naming the operation and JSON path.
 * Enum values the spec does not know are accepted (servers add them).
 * @example
 * import { hotdataResponseValidator } from '@org/hotdata-client/validate';
 * const hotdata = createHotdataClient({ validateResponses: hotdataResponseValidator() });
 */
export function hotdataResponseValidator(): ResponseValidator {
  return createResponseValidator(responseSchemas);
}

/** An operation of the Hotdata spec, as `METHOD /path`. */
export type HotdataOperation = keyof typeof operations;

/**
 * The zod schema of an operation's request body or success response, e.g. to check input before sending.
 * @example
 * const schema = hotdataSchema('POST /v1/datasets', 'request');
 * const params = schema?.parse(untrustedInput);
 */
export function hotdataSchema(
  operation: HotdataOperation,
  part: 'request' | 'response',
): z.ZodType | undefined {
  return zodSchemaFor(responseSchemas, operation, part);
}
