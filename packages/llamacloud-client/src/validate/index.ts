// @org/llamacloud-client/validate: response checks against the LlamaCloud spec (pulls in zod; opt in).
import { createResponseValidator, type ResponseValidator } from '@org/sdk-core/validate';
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
