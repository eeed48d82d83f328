/**
 * Tables for the mock: parsing uploaded CSV and JSON into typed rows, and profiling columns the way the
 * API's table profiles describe them. Deterministic: the same bytes give the same table.
 */
import { parseCsv } from '@org/sdk-core/msw';
import type { components } from '../generated/schema';

type S = components['schemas'];

/** A column as the API lists it: name, Arrow type name, nullability. */
export type MockColumn = S['ColumnInfo'];

/** Rows with their columns. */
export interface MockTableData {
  columns: MockColumn[];
  rows: unknown[][];
}

const INT = /^-?\d+$/;
const FLOAT = /^-?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$/;
const BOOL = /^(true|false)$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The Arrow type a column of text values reads as, as the server infers it. */
function inferTextType(values: readonly string[]): string {
  const present = values.filter((v) => v !== '');
  if (!present.length) return 'Utf8';
  if (present.every((v) => INT.test(v))) return 'Int64';
  if (present.every((v) => FLOAT.test(v))) return 'Float64';
  if (present.every((v) => BOOL.test(v))) return 'Boolean';
  if (present.every((v) => DATE.test(v))) return 'Date32';
  if (present.every((v) => TIMESTAMP.test(v))) return 'Timestamp(Microsecond, None)';
  return 'Utf8';
}

function convert(value: string, type: string): unknown {
  if (value === '') return null;
  if (type === 'Int64' || type === 'Float64') return Number(value);
  if (type === 'Boolean') return value.toLowerCase() === 'true';
  return value;
}

/** A CSV file (header row first) as a typed table. */
export function readCsvTable(text: string): MockTableData {
  const [header, ...records] = parseCsv(text);
  if (!header) return { columns: [], rows: [] };
  const types = header.map((_, i) => inferTextType(records.map((r) => r[i] ?? '')));
  return {
    columns: header.map((name, i) => ({
      name,
      data_type: types[i] as string,
      nullable: records.some((r) => (r[i] ?? '') === ''),
    })),
    rows: records.map((r) => header.map((_, i) => convert(r[i] ?? '', types[i] as string))),
  };
}

function typeOfValue(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Int64' : 'Float64';
  return 'Utf8';
}

/** The Arrow type of a column of JS values: the widest seen (Int64 widens to Float64; a mix is Utf8). */
export function inferValueType(values: readonly unknown[]): string {
  let type: string | undefined;
  for (const value of values) {
    const t = typeOfValue(value);
    if (!t || t === type) continue;
    if (!type) type = t;
    else if ((type === 'Int64' && t === 'Float64') || (type === 'Float64' && t === 'Int64')) type = 'Float64';
    else return 'Utf8';
  }
  return type ?? 'Null';
}

/** A table from rows of JS values, typed from the values. */
export function tableFromRows(names: readonly string[], rows: readonly unknown[][]): MockTableData {
  return {
    columns: names.map((name, i) => {
      const values = rows.map((r) => r[i]);
      return { name, data_type: inferValueType(values), nullable: values.some((v) => v === null) };
    }),
    rows: rows.map((r) => [...r]),
  };
}

/** JSON as a table: an array of objects, or one object per line; columns in first-seen key order. */
export function parseJsonRows(text: string): MockTableData {
  const trimmed = text.trim();
  let objects: Record<string, unknown>[];
  if (trimmed.startsWith('[')) objects = JSON.parse(trimmed);
  else
    objects = trimmed
      .split(/\r?\n/)
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  if (!Array.isArray(objects) || objects.some((o) => !o || typeof o !== 'object' || Array.isArray(o))) {
    throw new Error('every JSON row must be an object');
  }
  const names: string[] = [];
  for (const o of objects) for (const key of Object.keys(o)) if (!names.includes(key)) names.push(key);
  const rows = objects.map((o) =>
    names.map((n) => {
      const v = o[n] ?? null;
      return v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
    }),
  );
  return tableFromRows(names, rows);
}

const NUMERIC = /^(Int|UInt|Float|Decimal)/;
const TEMPORAL = /^(Date|Timestamp|Time)/;

/** Column statistics as `GET .../profile` answers them: nulls, cardinality and a type-specific profile. */
export function profileColumns(table: MockTableData): S['ColumnProfileInfo'][] {
  const total = table.rows.length;
  return table.columns.map((column, i) => {
    const values = table.rows.map((r) => r[i]).filter((v) => v !== null && v !== undefined);
    const counts = new Map<string, number>();
    for (const v of values) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
    let profile: S['ColumnProfileDetail'] | null = null;
    if (values.length) {
      if (column.data_type === 'Boolean') {
        const trues = values.filter((v) => v === true).length;
        profile = { type: 'boolean', true_count: trues, false_count: values.length - trues };
      } else if (TEMPORAL.test(column.data_type)) {
        const sorted = values.map(String).sort();
        profile = { type: 'temporal', min: sorted[0] as string, max: sorted[sorted.length - 1] as string };
      } else if (counts.size <= 200) {
        profile = {
          type: 'categorical',
          values: [...counts]
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .map(([value, count]) => ({ value, count })),
        };
      } else if (NUMERIC.test(column.data_type)) {
        const numbers = values.map(Number);
        profile = {
          type: 'numeric',
          min: String(Math.min(...numbers)),
          max: String(Math.max(...numbers)),
          mean: numbers.reduce((a, b) => a + b, 0) / numbers.length,
        };
      } else {
        const lengths = values.map((v) => String(v).length);
        profile = {
          type: 'text',
          min_length: Math.min(...lengths),
          max_length: Math.max(...lengths),
          avg_length: lengths.reduce((a, b) => a + b, 0) / lengths.length,
        };
      }
    }
    return {
      name: column.name,
      data_type: column.data_type,
      null_count: total - values.length,
      null_percentage: total ? ((total - values.length) / total) * 100 : 0,
      cardinality: counts.size,
      profile,
    };
  });
}
