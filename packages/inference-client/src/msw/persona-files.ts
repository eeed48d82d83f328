/**
 * Reads personas out of uploaded files the way the mock understands them: JSON (an array of personas, one
 * persona, or `{ personas: [...] }`) or CSV with a header row. `name`, `birthdate` and `notes` columns are
 * persona fields; any other column goes into `data`. The API's accepted formats are not documented.
 */
import { parseCsv } from '@org/sdk-core/msw';
import type { components } from '../generated/schema';

/** A persona as read from a file, before it is stored. */
export type PersonaInput = components['schemas']['PersonaCreate'];

const FIELDS = new Set(['name', 'birthdate', 'notes']);

function fromRecord(record: Record<string, unknown>): PersonaInput {
  const data: Record<string, unknown> = { ...((record.data as Record<string, unknown> | undefined) ?? {}) };
  for (const [key, value] of Object.entries(record)) {
    if (!FIELDS.has(key) && key !== 'data' && value !== '') data[key] = value;
  }
  return {
    name: String(record.name ?? '').trim(),
    birthdate: String(record.birthdate ?? ''),
    notes: String(record.notes ?? ''),
    ...(Object.keys(data).length ? { data } : {}),
  };
}

/** The personas in one file; throws with what is wrong when it cannot be read. */
export function readPersonaFile(name: string, type: string, text: string): PersonaInput[] {
  const json = /json/.test(type) || /\.json$/i.test(name) || /^\s*[[{]/.test(text);
  let records: Record<string, unknown>[];
  if (json) {
    const value = JSON.parse(text) as unknown;
    const list = Array.isArray(value) ? value : ((value as { personas?: unknown })?.personas ?? [value]);
    if (!Array.isArray(list) || list.some((r) => !r || typeof r !== 'object')) {
      throw new Error('expected a persona object, an array of them, or { personas: [...] }');
    }
    records = list as Record<string, unknown>[];
  } else {
    const [header, ...rows] = parseCsv(text).filter((r) => r.some((cell) => cell.trim()));
    if (!header?.includes('name'))
      throw new Error('expected JSON, or CSV with a header row that has a `name` column');
    records = rows.map((cells) => Object.fromEntries(header.map((h, i) => [h.trim(), cells[i] ?? ''])));
  }
  const personas = records.map(fromRecord);
  const unnamed = personas.findIndex((p) => !p.name);
  if (unnamed !== -1) throw new Error(`persona ${unnamed + 1} has no name`);
  return personas;
}
