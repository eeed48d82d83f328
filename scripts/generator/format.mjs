// Generated TypeScript, formatted as the repo's own code is: comment lines folded at the line width (the
// spec's descriptions are long), then the repo's biome formatter with its config, so that a generated file
// reads like a hand-written one and diffs stay small. Deterministic: biome's version is locked.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIOME = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
/** The repo's line width (biome.json), which comments are folded to as well. */
const WIDTH = 110;

/** One comment line folded at spaces into lines of at most `width`, each with the line's own prefix. */
function fold(line, width) {
  const [, prefix, text] = /^(\s*(?:\/\/|\/\*\*|\*)\s?)(.*)$/.exec(line);
  const lead = prefix.replace('/**', ' *');
  const out = [];
  let current = '';
  for (const word of text.split(' ')) {
    const start = out.length ? lead : prefix;
    if (current && start.length + current.length + 1 + word.length > width) {
      out.push(start + current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  out.push((out.length ? lead : prefix) + current);
  return out;
}

/**
 * Comment lines over `width` folded at spaces. Code is never touched, nor an `@example` (up to the next
 * tag), a fenced block or a markdown table, where a line break would change what the text says.
 * @example foldComments(source, 110)
 */
export function foldComments(source, width = WIDTH) {
  const out = [];
  let inDoc = false;
  let example = false;
  let fenced = false;
  for (const line of source.split('\n')) {
    const trimmed = line.trim();
    if (
      trimmed.startsWith('/**') &&
      trimmed.endsWith('*/') &&
      line.length > width &&
      trimmed.includes(' ', 4)
    ) {
      // A one-line doc comment too long for the line: a block, folded.
      const indent = line.slice(0, line.indexOf('/**'));
      const text = trimmed.slice(3, -2).trim();
      out.push(`${indent}/**`, ...fold(`${indent} * ${text}`, width), `${indent} */`);
      continue;
    }
    if (trimmed.startsWith('/**')) {
      inDoc = true;
      example = false;
      fenced = false;
    }
    const isComment = inDoc ? trimmed.startsWith('*') || trimmed.startsWith('/**') : trimmed.startsWith('//');
    const body = trimmed.replace(/^(\/\/|\/\*\*|\*)\s?/, '');
    // An example runs to the next tag; a fenced block to its closing fence.
    if (inDoc && body.startsWith('@')) example = body.startsWith('@example');
    if (inDoc && body.startsWith('```')) fenced = !fenced;
    const keep =
      example ||
      fenced ||
      body.startsWith('```') ||
      body.startsWith('|') ||
      trimmed.endsWith('*/') ||
      !body.includes(' ');
    out.push(...(isComment && !keep && line.length > width ? fold(line, width) : [line]));
    if (trimmed.endsWith('*/')) inDoc = false;
  }
  return out.join('\n');
}

/**
 * A generated TypeScript module formatted as the repo's code is.
 * @example writeFileSync(file, formatModule(resourcesModule(spec, specPath)));
 */
export function formatModule(source) {
  return execFileSync(process.execPath, [BIOME, 'format', '--stdin-file-path=generated-module.ts'], {
    cwd: ROOT,
    input: foldComments(source),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}
