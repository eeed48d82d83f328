// generated/validate.ts: the client's ./validate entry (a response validator and schemas by operation).
import { banner } from './banner.mjs';
import { clientIdentity } from './client-identity.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** The operation the examples name: the first with a JSON request body. */
function exampleOperation(spec) {
  for (const [path, item] of Object.entries(spec.paths))
    for (const method of METHODS) if (item[method]?.requestBody) return `${method.toUpperCase()} ${path}`;
  return undefined;
}

/**
 * The ./validate module of one client.
 * @example writeFileSync('src/generated/validate.ts', validateModule(spec, 'specs/hotdata.yaml'));
 */
export function validateModule(spec, specPath) {
  const { lower, name, title, createName } = clientIdentity(spec, specPath);
  const example = exampleOperation(spec);
  return `${banner(specPath)}import { createResponseValidator, type ResponseValidator, zodSchemaFor } from '@org/sdk-core/validate';
import type { z } from 'zod';
import { components, type Operation, operations } from './schemas';

/** The ${title} spec's request and response schemas, keyed \`METHOD /path\`. */
export const responseSchemas = { operations, components };

/**
 * A validator for \`${createName}({ validateResponses })\`: every successful response is checked
 * against the spec, and drift throws ResponseValidationError naming the operation and JSON path.
 * Enum values the spec marks open are accepted (servers add them).
 * @example
 * import { ${lower}ResponseValidator } from '${spec['x-sdk-client'].package}/validate';
 * const client = ${createName}({ validateResponses: ${lower}ResponseValidator() });
 */
export function ${lower}ResponseValidator(): ResponseValidator {
  return createResponseValidator(responseSchemas);
}

/** An operation of the ${title} spec, as \`METHOD /path\`. */
export type ${name}Operation = Operation;

/**
 * The zod schema of an operation's request body or success response, e.g. to check input before sending.
 * @example
 * const schema = ${lower}Schema(${JSON.stringify(example ?? Object.keys(spec.paths)[0]).replace(/"/g, "'")}, 'request');
 * const params = schema?.parse(untrustedInput);
 */
export function ${lower}Schema(operation: ${name}Operation, part: 'request' | 'response'): z.ZodType | undefined {
  return zodSchemaFor(responseSchemas, operation, part);
}
`;
}
