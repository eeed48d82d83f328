// What a generated method sends as its body, by the spec's media type: JSON (the params less their named
// parameters, with a stream flag set), a multipart form, or raw bytes.
import { multipartBody } from './multipart.mjs';

/**
 * `{ lines, body, headers }`: statements to run first, the `body` of the request and its headers (after
 * the client's default headers). Empty for an operation without a body.
 * @example requestBody(o, paramsShape(o), 'rest')
 */
export function requestBody(o, params, fields) {
  if (o.bodyType === 'multipart') return multipartBody(o, fields);
  // Raw bytes: streams go out as they are read; the caller's Content-Type (the file's) wins.
  if (o.bodyType === 'binary')
    return {
      lines: [],
      body: 'toUploadBody(body)',
      headers: [`'Content-Type': '${o.mediaType}'`, '...options?.headers'],
    };
  if (params.arrayBody) return { lines: [], body: 'params', headers: [] };
  if (o.bodyType)
    return {
      lines: [],
      body: o.flagValue === undefined ? fields : `{ ...${fields}, ${o.flag}: ${o.flagValue} }`,
      headers: [],
    };
  return { lines: [], body: undefined, headers: [] };
}
