// The signature of a generated method: positional path arguments, the raw body, the params object and
// the request options, and the promise it returns.
import { responseTypeName } from './method-types.mjs';
import { camel } from './names.mjs';
import { eventTypeName } from './stream.mjs';

/**
 * `name(args): ReturnType`, e.g. `get(itemId: string, options?: RequestOptions): ApiPromise<ItemsGetResponse>`.
 * @example methodSignature(o, paramsShape(o))
 */
export function methodSignature(o, params) {
  const args = [
    ...o.pathParams.map((p) => `${camel(p.name)}: string`),
    ...(o.bodyType === 'binary' ? ['body: UploadSource'] : []),
    ...(params.has ? [`params: ${params.name}${params.required ? '' : ' = {}'}`] : []),
    // An upload also takes `onUploadProgress`.
    `options?: ${o.bodyType === 'binary' || o.bodyType === 'multipart' ? 'UploadRequestOptions' : 'RequestOptions'}`,
  ];
  const returns = o.stream
    ? `StreamPromise<${eventTypeName(o)}>`
    : o.pagination
      ? `PagePromise<${responseTypeName(o)}, ${o.typeBase}Item>`
      : `ApiPromise<${responseTypeName(o)}>`;
  return `${o.name}(${args.join(', ')}): ${returns}`;
}
