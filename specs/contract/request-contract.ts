// Checks an outgoing HTTP request against a vendor's spec with openapi-backend, a maintained OpenAPI request
// validator (path, method, parameters, JSON and form bodies; not our zod path). It leaves three things to its
// caller, and this module does them, by OpenAPI's own rules: that the request's Content-Type is one the
// operation declares, decoding a multipart body into the object the body schema describes (text parts of
// integer or boolean properties are numbers and booleans, a JSON part is parsed), and that each part's
// Content-Type is the one its `encoding` names.
import { readFileSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import OpenAPIBackend, { type Document } from 'openapi-backend';
import { parse } from 'yaml';

/** One request the contract refused, or the reason it could not be checked. */
export interface Violation {
  operation: string;
  message: string;
}

type Schema = {
  type?: string | string[];
  items?: Schema;
  properties?: Record<string, Schema>;
  $ref?: string;
};
type MediaObject = { schema?: Schema; encoding?: Record<string, { contentType?: string }> };
type OperationObject = {
  operationId?: string;
  requestBody?: { content?: Record<string, MediaObject> } & { $ref?: string };
};

const OPENAPI_FORMATS = ['binary', 'byte', 'int32', 'int64', 'float', 'double', 'password'];

/** `text/*` and `*\/*` match as OpenAPI media ranges do; parameters (`; charset=…`) are ignored. */
export function mediaTypeMatches(declared: string, actual: string) {
  const [dType, dSub] = declared.split(';')[0]!.trim().toLowerCase().split('/');
  const [aType, aSub] = actual.split(';')[0]!.trim().toLowerCase().split('/');
  return (dType === '*' || dType === aType) && (dSub === '*' || dSub === aSub);
}

/**
 * Builds the checker for one spec.
 * @example
 * const check = await requestContract('specs/unstract.yaml');
 * const violations = await check(new Request('https://us-central.unstract.com/api/v1/…'));
 */
export async function requestContract(specPath: string) {
  const definition = parse(readFileSync(specPath, 'utf8')) as Document & {
    components?: { schemas?: Record<string, Schema> };
  };
  const api = new OpenAPIBackend({
    definition: structuredClone(definition),
    // Its document check knows OpenAPI 3.0 only and refuses 3.1's `type: [string, 'null']`; quick mode skips
    // it (Redocly lints the specs, `pnpm lint:specs`) and still validates every request.
    quick: true,
    strict: true,
    validate: true,
    // Django's routes end in a slash and the specs keep it: routing must see it.
    ignoreTrailingSlashes: false,
    coerceTypes: true,
    ajvOpts: { strict: false, allErrors: true },
    customizeAjv: (ajv) => {
      addFormats(ajv as never);
      for (const format of OPENAPI_FORMATS) ajv.addFormat(format, true);
      return ajv;
    },
  });
  await api.init();
  const resolve = (schema: Schema | undefined): Schema | undefined =>
    schema?.$ref ? resolve(definition.components?.schemas?.[schema.$ref.split('/').pop() as string]) : schema;

  return async function check(request: Request): Promise<Violation[]> {
    const url = new URL(request.url);
    const headers = Object.fromEntries(request.headers);
    const shape = { method: request.method, path: url.pathname, query: url.search.slice(1), headers };
    const operation = api.matchOperation(shape);
    if (!operation) {
      return [
        { operation: `${request.method} ${url.pathname}`, message: 'matches no operation of the spec' },
      ];
    }
    const name = operation.operationId ?? `${request.method} ${operation.path}`;
    const violations: Violation[] = [];
    const refuse = (message: string) => violations.push({ operation: name, message });
    const content = (operation as OperationObject).requestBody?.content ?? {};
    const contentType = request.headers.get('content-type') ?? '';
    let body: unknown;
    if (request.body && Object.keys(content).length) {
      const declared = Object.keys(content).find((type) => mediaTypeMatches(type, contentType));
      if (!declared) {
        refuse(
          `Content-Type '${contentType}' is not one the operation declares (${Object.keys(content).join(', ')})`,
        );
      } else if (/json/.test(declared)) {
        const text = await request.text();
        try {
          body = JSON.parse(text);
        } catch (error) {
          refuse(`the JSON body does not parse: ${(error as Error).message}`);
        }
      } else if (declared === 'multipart/form-data') {
        body = await decodeMultipart(request, content[declared] ?? {}, resolve, refuse);
      }
      // Any other declared type is raw bytes: nothing in them to check against a schema.
    }
    const result = api.validateRequest({ ...shape, ...(body === undefined ? {} : { body }) }, operation);
    for (const error of (result.errors ?? []) as ErrorObject[]) {
      refuse(
        `${error.instancePath || '/'} ${error.message}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`,
      );
    }
    return violations;
  };
}

/** A multipart body as the object its schema describes; parts whose Content-Type breaks `encoding` are refused. */
async function decodeMultipart(
  request: Request,
  media: MediaObject,
  resolve: (schema: Schema | undefined) => Schema | undefined,
  refuse: (message: string) => void,
) {
  const properties = resolve(media.schema)?.properties ?? {};
  // FormData hands a text part over as a string and drops its headers: its Content-Type is read from the raw body.
  const declaredTypes = partContentTypes(
    await request.clone().arrayBuffer(),
    request.headers.get('content-type') ?? '',
  );
  const form = await request.formData();
  const body: Record<string, unknown> = {};
  for (const name of new Set(form.keys())) {
    const property = resolve(properties[name]);
    const repeated = property?.type === 'array';
    const itemSchema = resolve(repeated ? property?.items : property);
    const encoded = media.encoding?.[name]?.contentType;
    const values = await Promise.all(
      form.getAll(name).map(async (part, index) => {
        const isFile = typeof part !== 'string';
        // A text part without a Content-Type is text/plain (RFC 7578). A file part carries one (or none).
        const partType = isFile
          ? part.type || 'application/octet-stream'
          : (declaredTypes.get(name)?.[index] ?? 'text/plain');
        const expected = encoded ?? defaultPartType(itemSchema);
        if (!expected.split(',').some((type) => mediaTypeMatches(type, partType))) {
          refuse(`part '${name}' is sent as ${partType}; the spec's encoding says ${expected}`);
        }
        const text = isFile ? await part.text() : part;
        return decodePart(text, isFile, itemSchema, encoded);
      }),
    );
    body[name] = repeated ? values : values[0];
    if (!repeated && values.length > 1)
      refuse(`part '${name}' is sent ${values.length} times; it is not a list`);
  }
  return body;
}

/** Each part's own Content-Type header (undefined without one), by part name, in order. */
function partContentTypes(body: ArrayBuffer, contentType: string) {
  const types = new Map<string, (string | undefined)[]>();
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return types;
  // latin1 keeps one character per byte, so the headers read right whatever the parts' bytes are.
  for (const part of new TextDecoder('latin1').decode(body).split(`--${boundary}`).slice(1)) {
    const head = part.slice(0, part.indexOf('\r\n\r\n'));
    const name = /name="([^"]*)"/i.exec(head)?.[1];
    if (name === undefined) continue;
    types.set(name, [...(types.get(name) ?? []), /^content-type:\s*(.+)$/im.exec(head)?.[1]?.trim()]);
  }
  return types;
}

/** OpenAPI 3.1's default part types: objects are JSON, a string's `contentMediaType` or octet-stream for binary, the rest text/plain. */
function defaultPartType(schema: Schema | undefined) {
  const types = [schema?.type].flat();
  if (types.includes('object') || types.includes('array')) return 'application/json';
  const { format, contentMediaType } = (schema ?? {}) as { format?: string; contentMediaType?: string };
  if (contentMediaType) return contentMediaType;
  if (format === 'binary') return 'application/octet-stream';
  return 'text/plain';
}

/** A part's text as the value its schema describes: JSON parts parsed, numbers and booleans read from text. */
function decodePart(text: string, isFile: boolean, schema: Schema | undefined, encoded: string | undefined) {
  const types = [schema?.type].flat();
  if ((encoded && /json/.test(encoded)) || types.includes('object')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  if (isFile) return text;
  if (
    (types.includes('integer') || types.includes('number')) &&
    text.trim() !== '' &&
    !Number.isNaN(Number(text))
  )
    return Number(text);
  if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}
