// The exported types of one generated method: its params, what it resolves with, and, for a paged list
// or a stream, one item or event.
import { itemType } from './pagination.mjs';
import { eventType, eventTypeName } from './stream.mjs';

/** The name of the type a method resolves with. */
export const responseTypeName = (o) => `${o.typeBase}Response`;

/** What a method's success answer is: the flagged operation's JSON, a Blob, text, or core's ResponseData. */
function responseType(o, P) {
  if (o.flagValue === false) return `${P}['responses'][${o.successStatus}]['content']['application/json']`;
  if (o.parseAs === 'blob') return 'Blob';
  if (o.parseAs === 'text') return 'string';
  return `ResponseData<paths, '${o.path}', '${o.method}'>`;
}

/**
 * The type declarations of one method, each with its doc comment, ending in a blank line.
 * @example methodTypes(o, paramsShape(o))
 */
export function methodTypes(o, params) {
  const call = `\`${o.resource}.${o.name}()\``;
  const response = responseTypeName(o);
  let out = '';
  if (params.has)
    out += `/** Parameters of ${call} (${o.method.toUpperCase()} ${o.path}). */\nexport type ${params.name} = OptionalOrUndefined<${params.type}>;\n`;
  out += `/** What ${call} resolves with. */\n`;
  if (o.stream) {
    out += `export type ${response} = StreamPromise<${eventTypeName(o)}>;\n`;
    out += `/** One event of ${call}. */\nexport type ${eventTypeName(o)} = ${eventType(o)};\n`;
  } else out += `export type ${response} = ${responseType(o, params.P)};\n`;
  if (o.pagination)
    out += `/** One item of ${call}. */\nexport type ${o.typeBase}Item = ${itemType(o, response)};\n`;
  return `${out}\n`;
}
