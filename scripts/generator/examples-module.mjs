// generated/examples.ts: the instances a spec's component schemas list under JSON Schema's `examples`,
// typed by their schema. Mocks serve them as fixed data (Hotdata's connection types), so the sample
// records live in the spec beside the shape they illustrate, not in hand-written mock code.
import { banner } from './banner.mjs';

/** Whether any component schema of the spec lists `examples`. */
export const hasExamples = (spec) =>
  Object.values(spec.components?.schemas ?? {}).some((s) => Array.isArray(s?.examples) && s.examples.length);

/**
 * The examples module of one spec: `<SchemaName>Examples` for each component schema with `examples`.
 * @example writeFileSync('src/generated/examples.ts', examplesModule(spec, 'specs/hotdata.yaml'));
 */
export function examplesModule(spec, specPath) {
  const out = [
    `${banner(specPath)}// The spec's schema \`examples\`, typed by their schema: the fixed data a mock serves.`,
    "import type { components } from './schema';",
  ];
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    if (!Array.isArray(schema?.examples) || !schema.examples.length) continue;
    if (!/^[A-Za-z_$][\w$]*$/.test(name))
      throw new Error(`schema ${name}: examples need a name usable in code`);
    out.push(
      '',
      `/** The \`examples\` of the spec's \`${name}\` schema. */`,
      `export const ${name}Examples: components['schemas']['${name}'][] = ${JSON.stringify(schema.examples, null, 2)};`,
    );
  }
  return `${out.join('\n')}\n`;
}
