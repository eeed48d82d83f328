import type { BodyIssue } from './validate-body';

// Query strings carry only text: each value is read the way the APIs read it (an integer from its digits,
// a boolean from `true`/`1`/`yes`...) and then held to the spec's schema keywords.

/** A query parameter's schema, cut by the generator to the keywords {@link checkQuery} reads. */
export interface MockQuerySchema {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly items?: MockQuerySchema;
  /** Any one of these must hold (a `null` branch is dropped by the generator). */
  readonly anyOf?: readonly MockQuerySchema[];
}

/** One query parameter of an operation, as `src/generated/mock-routes.ts` lists it. */
export interface MockQueryParam {
  readonly name: string;
  readonly required?: boolean;
  readonly schema: MockQuerySchema;
  /** The OpenAPI style when not `form`: `spaceDelimited`, `pipeDelimited`, `deepObject`. */
  readonly style?: string;
  /** `false`: an array comes as one delimited value (`?ids=a,b`), not a repeated key. */
  readonly explode?: boolean;
}

const BOOLEANS = new Map(
  ['true', 'false', '1', '0', 'yes', 'no', 'on', 'off', 't', 'f', 'y', 'n'].map((t, i) => [t, i % 2 === 0]),
);
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2})(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;
const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const DELIMITERS: Record<string, string> = { form: ',', spaceDelimited: ' ', pipeDelimited: '|' };

type Issue = Omit<BodyIssue, 'path'>;

const validDate = (text: string) => {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};

/** The value as its type reads it, or the issue when it does not read. */
function parse(text: string, type: string | undefined): { value: unknown } | Issue {
  if (type === 'integer') {
    if (/^[+-]?\d+$/.test(text.trim())) return { value: Number(text) };
    return { message: 'Input should be a valid integer', code: 'int_parsing' };
  }
  if (type === 'number') {
    const n = Number(text);
    if (text.trim() !== '' && Number.isFinite(n)) return { value: n };
    return { message: 'Input should be a valid number', code: 'float_parsing' };
  }
  if (type === 'boolean') {
    const b = BOOLEANS.get(text.toLowerCase());
    if (b !== undefined) return { value: b };
    return { message: 'Input should be a valid boolean', code: 'bool_parsing' };
  }
  return { value: text };
}

const FORMATS: Record<string, [(text: string) => boolean, string, string]> = {
  'date-time': [
    (t) => DATE_TIME.test(t) && validDate(t.slice(0, 10)),
    'Input should be a valid datetime',
    'datetime_parsing',
  ],
  date: [validDate, 'Input should be a valid date', 'date_parsing'],
  uuid: [(t) => UUID.test(t), 'Input should be a valid UUID', 'uuid_parsing'],
};

/** The first way a number or string breaks its bounds. */
function boundsIssue(value: unknown, s: MockQuerySchema): Issue | undefined {
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum)
      return { message: `Input should be greater than or equal to ${s.minimum}`, code: 'greater_than_equal' };
    if (s.maximum !== undefined && value > s.maximum)
      return { message: `Input should be less than or equal to ${s.maximum}`, code: 'less_than_equal' };
    if (s.exclusiveMinimum !== undefined && value <= s.exclusiveMinimum)
      return { message: `Input should be greater than ${s.exclusiveMinimum}`, code: 'greater_than' };
    if (s.exclusiveMaximum !== undefined && value >= s.exclusiveMaximum)
      return { message: `Input should be less than ${s.exclusiveMaximum}`, code: 'less_than' };
  }
  if (typeof value === 'string') {
    if (s.minLength !== undefined && value.length < s.minLength)
      return { message: `String should have at least ${s.minLength} characters`, code: 'string_too_short' };
    if (s.maxLength !== undefined && value.length > s.maxLength)
      return { message: `String should have at most ${s.maxLength} characters`, code: 'string_too_long' };
    if (s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(value))
      return { message: `String should match pattern '${s.pattern}'`, code: 'string_pattern_mismatch' };
  }
  return undefined;
}

/** The first way one sent value breaks a (non-array) schema, or undefined when it holds. */
function valueIssue(text: string, s: MockQuerySchema): Issue | undefined {
  if (s.anyOf) {
    const issues = s.anyOf.map((branch) => valueIssue(text, branch));
    return issues.includes(undefined) ? undefined : issues[0];
  }
  const types = typeof s.type === 'string' ? [s.type] : (s.type ?? []);
  let parsed: { value: unknown } | Issue = { value: text };
  for (const type of types.length ? types : [undefined]) {
    parsed = parse(text, type);
    if ('value' in parsed) break;
  }
  if (!('value' in parsed)) return parsed;
  if (s.enum && !s.enum.some((e) => String(e) === text)) {
    const names = s.enum.map((e) => `'${String(e)}'`);
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names.join('');
    return { message: `Input should be ${list}`, code: 'enum' };
  }
  const format = s.format ? FORMATS[s.format] : undefined;
  if (format && !format[0](text)) return { message: format[1], code: format[2] };
  return boundsIssue(parsed.value, s);
}

const isArray = (s: MockQuerySchema) =>
  s.type === 'array' || (Array.isArray(s.type) && s.type.includes('array'));

/**
 * Checks a request's query string against an operation's query parameters (the generated
 * `route.query`): a required one left out, a value its type cannot read (`?limit=abc`), a value outside
 * its `enum`, `format` (date-time, date, uuid), bounds or length. An array parameter comes as repeated
 * keys, or as one delimited value when the spec says `explode: false`; an item's issue has its index in
 * the path. Parameters the spec does not list are ignored, as the APIs ignore them. Each issue's path
 * starts with the parameter's name.
 * @example
 * const issues = checkQuery(new URL(request.url).searchParams, route.query ?? []);
 * if (issues.length) return fastApiValidationError(issues, { where: 'query' });
 */
export function checkQuery(query: URLSearchParams, params: readonly MockQueryParam[]): BodyIssue[] {
  const issues: BodyIssue[] = [];
  for (const param of params) {
    // A deepObject parameter spreads over `name[key]` keys; the spec gives no one value to check.
    if (param.style === 'deepObject') continue;
    const sent = query.getAll(param.name);
    if (sent.length === 0) {
      if (param.required)
        issues.push({ path: [param.name], message: 'Field required', code: 'missing', missing: true });
      continue;
    }
    if (!isArray(param.schema)) {
      for (const text of sent) {
        const issue = valueIssue(text, param.schema);
        if (issue) issues.push({ path: [param.name], ...issue });
      }
      continue;
    }
    const delimiter = DELIMITERS[param.style ?? 'form'] ?? ',';
    const items = param.explode === false ? sent.flatMap((text) => text.split(delimiter)) : sent;
    items.forEach((text, index) => {
      const issue = valueIssue(text, param.schema.items ?? {});
      if (issue) issues.push({ path: [param.name, index], ...issue });
    });
  }
  return issues;
}
