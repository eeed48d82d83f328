// The smallest value a schema accepts, for the contract test's requests: an example or default where the
// spec gives one, else the first enum value, else a value of the type that meets its bounds; objects carry
// their required properties only.
import type { Schema } from './response-contract';

const FORMATS: Record<string, string> = {
  uuid: '00000000-0000-4000-8000-000000000001',
  'date-time': '2026-01-01T00:00:00Z',
  date: '2026-01-01',
  email: 'ada@example.com',
  uri: 'https://example.com/a',
  url: 'https://example.com/a',
  binary: 'x',
};

/**
 * A value the schema accepts.
 * @example sampleOf({ type: 'object', required: ['name'], properties: { name: { type: 'string' } } }, resolve)
 */
export function sampleOf(
  input: Schema | undefined,
  resolve: (schema: Schema | undefined) => Schema | undefined,
  depth = 0,
): unknown {
  const schema = resolve(input);
  if (!schema || depth > 12) return undefined;
  if (schema.const !== undefined) return schema.const;
  if (schema.example !== undefined) return schema.example;
  if (schema.examples?.length) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum.find((v) => v !== null) ?? schema.enum[0];
  if (schema.allOf) {
    const parts = schema.allOf.map((s) => sampleOf(s, resolve, depth + 1));
    return parts.every((p) => p && typeof p === 'object') ? Object.assign({}, ...parts) : parts[0];
  }
  const choice = schema.oneOf ?? schema.anyOf;
  if (choice?.length) {
    const nonNull = choice.find((s) => resolve(s)?.type !== 'null') ?? choice[0];
    return sampleOf(nonNull, resolve, depth + 1);
  }
  const types = [schema.type].flat().filter((t) => t && t !== 'null');
  const type = types[0] ?? (schema.properties ? 'object' : schema.items ? 'array' : 'string');
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const name of schema.required ?? []) {
        out[name] = sampleOf(schema.properties?.[name] ?? {}, resolve, depth + 1);
      }
      return out;
    }
    case 'array':
      return Array.from({ length: Math.max(schema.minItems ?? 0, 1) }, () =>
        sampleOf(schema.items ?? {}, resolve, depth + 1),
      );
    case 'integer':
    case 'number': {
      const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
      return schema.maximum !== undefined ? Math.min(low, schema.maximum) : low;
    }
    case 'boolean':
      return false;
    default: {
      const fixed = schema.format ? FORMATS[schema.format] : undefined;
      if (fixed) return fixed;
      return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
    }
  }
}
