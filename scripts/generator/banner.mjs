// The first lines of every generated file.

/** @example banner('specs/hotdata.yaml') */
export const banner = (spec) =>
  `// Generated from ${spec} by scripts/generate.mjs (pnpm generate).\n// Do not edit: change the spec or the generator.\n`;
