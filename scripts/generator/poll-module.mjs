// generated/poll.ts: the states that end a wait on each polled operation (the spec's `x-sdk-poll`), which
// the clients' wait flows read through core's pollOutcome, so that no flow restates them.
import { banner } from './banner.mjs';
import { deref } from './deref.mjs';
import { METHODS } from './operation.mjs';

const KINDS = ['success', 'failure', 'partial'];

/** The schema of the polled field in the operation's JSON success answers (undefined where none says). */
function fieldSchemas(spec, op, field) {
  const found = [];
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    if (!/^2/.test(status)) continue;
    let schema = deref(spec, deref(spec, response)?.content?.['application/json']?.schema);
    for (const key of field.split('.'))
      schema = schema?.properties ? deref(spec, schema.properties[key]) : undefined;
    if (schema) found.push(schema);
  }
  return found;
}

/** `x-sdk-poll` checked against the answer's schema: a state its enum does not list is a typo. */
function pollStates(spec, op, where) {
  const poll = op['x-sdk-poll'];
  if (typeof poll?.field !== 'string' || !Array.isArray(poll.success) || !poll.success.length)
    throw new Error(`${where}: x-sdk-poll needs a field and at least one success state`);
  const states = { field: poll.field, ...Object.fromEntries(KINDS.map((k) => [k, poll[k] ?? []])) };
  for (const schema of fieldSchemas(spec, op, poll.field)) {
    if (!Array.isArray(schema.enum)) continue;
    const unknown = KINDS.flatMap((k) => states[k]).filter((s) => !schema.enum.includes(s));
    if (unknown.length)
      throw new Error(
        `${where}: x-sdk-poll names ${unknown.join(', ')}, which ${poll.field}'s enum does not list`,
      );
  }
  return states;
}

/** Whether any operation of the spec is polled. */
export const hasPolls = (spec) =>
  Object.values(spec.paths).some((item) => METHODS.some((m) => item[m]?.['x-sdk-poll']));

/**
 * The poll module of one spec: `<operationId>Poll` for each operation with `x-sdk-poll`.
 * @example writeFileSync('src/generated/poll.ts', pollModule(spec, 'specs/hotdata.yaml'));
 */
export function pollModule(spec, specPath) {
  const out = [
    `${banner(specPath)}// The states that end a wait on each polled operation; flows read them with core's pollOutcome.`,
    "import type { PollStates } from '@org/sdk-core';",
  ];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op?.['x-sdk-poll']) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const states = pollStates(spec, op, where);
      const lines = [
        `  field: '${states.field}',`,
        ...KINDS.map((k) => `  ${k}: ${JSON.stringify(states[k])},`),
      ];
      out.push(
        '',
        `/** When a polled \`${where}\` has ended, by its \`${states.field}\` (the spec's \`x-sdk-poll\`). */`,
        `export const ${op.operationId}Poll: PollStates = {`,
        ...lines.map((l) => l.replace(/"/g, "'")),
        '};',
      );
    }
  }
  return `${out.join('\n')}\n`;
}
