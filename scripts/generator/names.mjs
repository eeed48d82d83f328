// How spec names become TypeScript names in generated code.
import { camel } from './doc.mjs';

export { camel };

/** A local variable for a parameter name that may not be an identifier (`order_by_metric.benchmark_id`). */
export const local = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : name.replace(/\W/g, '_'));

/** An object key for a parameter name, quoted when it must be. */
export const key = (name) => (local(name) === name ? name : `'${name}'`);

/** A property read, bracketed when the name is no identifier: `params.cursor`, `params['a.b']`. */
export const access = (object, name) => (local(name) === name ? `${object}.${name}` : `${object}['${name}']`);

/** A destructuring binding that renames a key that is no identifier: `'a.b': a_b`. */
export const binding = (name) => (local(name) === name ? name : `${key(name)}: ${local(name)}`);

/** Pascal case of a spec name, as type names are built (`query_runs` -> `QueryRuns`). */
export const pascal = (s) => camel(s).replace(/^[a-z]/, (c) => c.toUpperCase());
