// Generated from specs/unstract.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
import { createResponseValidator, type ResponseValidator, zodSchemaFor } from '@org/sdk-core/validate';
import type { z } from 'zod';
import { components, type Operation, operations } from './schemas';

/** The Unstract spec's request and response schemas, keyed `METHOD /path`. */
export const responseSchemas = { operations, components };

/**
 * A validator for `createUnstractClient({ validateResponses })`: every successful response is checked
 * against the spec, and drift throws ResponseValidationError naming the operation and JSON path.
 * Enum values the spec marks open are accepted (servers add them).
 * @example
 * import { unstractResponseValidator } from '@org/unstract-client/validate';
 * const client = createUnstractClient({ validateResponses: unstractResponseValidator() });
 */
export function unstractResponseValidator(): ResponseValidator {
  return createResponseValidator(responseSchemas);
}

/** An operation of the Unstract spec, as `METHOD /path`. */
export type UnstractOperation = Operation;

/**
 * The zod schema of an operation's request body or success response, e.g. to check input before sending.
 * @example
 * const schema = unstractSchema('POST /api/v1/unstract/{org_id}/api/deployment/', 'request');
 * const params = schema?.parse(untrustedInput);
 */
export function unstractSchema(
  operation: UnstractOperation,
  part: 'request' | 'response',
): z.ZodType | undefined {
  return zodSchemaFor(responseSchemas, operation, part);
}
