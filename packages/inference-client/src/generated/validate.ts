// Generated from specs/inference.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
import { createResponseValidator, type ResponseValidator, zodSchemaFor } from '@org/sdk-core/validate';
import type { z } from 'zod';
import { components, type Operation, operations } from './schemas';

/** The NeoSpace Inference API spec's request and response schemas, keyed `METHOD /path`. */
export const responseSchemas = { operations, components };

/**
 * A validator for `createInferenceClient({ validateResponses })`: every successful response is checked
 * against the spec, and drift throws ResponseValidationError naming the operation and JSON path.
 * Enum values the spec marks open are accepted (servers add them).
 * @example
 * import { inferenceResponseValidator } from '@org/inference-client/validate';
 * const client = createInferenceClient({ validateResponses: inferenceResponseValidator() });
 */
export function inferenceResponseValidator(): ResponseValidator {
  return createResponseValidator(responseSchemas);
}

/** An operation of the NeoSpace Inference API spec, as `METHOD /path`. */
export type InferenceOperation = Operation;

/**
 * The zod schema of an operation's request body or success response, e.g. to check input before sending.
 * @example
 * const schema = inferenceSchema('POST /v1/action-groups', 'request');
 * const params = schema?.parse(untrustedInput);
 */
export function inferenceSchema(
  operation: InferenceOperation,
  part: 'request' | 'response',
): z.ZodType | undefined {
  return zodSchemaFor(responseSchemas, operation, part);
}
