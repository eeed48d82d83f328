// The public API of every published package, entry by entry, as its built declarations show it to users:
// one line per export (and per member of an exported class or interface), written to api/<package>.md.
// The files are checked in and `scripts/test/api-report.test.ts` fails when the built API differs, so a
// change to what users can import is a change someone reviews. Run after a build: `pnpm api-report`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Published packages with their declaration entry points, `{ name, entries: [[subpath, file]] }`. */
export function publicEntries() {
  return readdirSync(join(root, 'packages'))
    .map((dir) => ({
      dir: join(root, 'packages', dir),
      json: readJson(join(root, 'packages', dir, 'package.json')),
    }))
    .filter((p) => !p.json.private)
    .map(({ dir, json }) => ({
      name: json.name,
      entries: Object.entries(json.exports ?? {})
        .filter(([, target]) => typeof target === 'object' && target.import?.types)
        .map(([subpath, target]) => [subpath, join(dir, target.import.types)]),
    }));
}

const flags = ts.TypeFormatFlags.NoTypeReduction | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;

function describe(checker, symbol) {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const name = symbol.name;
  const decl = target.declarations?.[0];
  const lines = [];
  const typeOf = (s) => checker.typeToString(checker.getTypeOfSymbol(s), undefined, flags);
  const members = (type) =>
    checker
      .getPropertiesOfType(type)
      .filter((m) => !m.name.startsWith('#') && !isPrivate(m))
      .map((m) => `  ${memberName(m)}${m.flags & ts.SymbolFlags.Optional ? '?' : ''}: ${typeOf(m)}`);
  if (target.flags & ts.SymbolFlags.Class) {
    const type = checker.getDeclaredTypeOfSymbol(target);
    const bases = type.getBaseTypes?.() ?? [];
    const base = bases.length ? ` extends ${bases.map((b) => checker.typeToString(b)).join(', ')}` : '';
    lines.push(`class ${name}${base}`, ...members(type));
  }
  if (target.flags & ts.SymbolFlags.Interface) {
    lines.push(`interface ${name}`, ...members(checker.getDeclaredTypeOfSymbol(target)));
  }
  if (target.flags & ts.SymbolFlags.TypeAlias) {
    const type = checker.getDeclaredTypeOfSymbol(target);
    lines.push(
      `type ${name} = ${checker.typeToString(type, undefined, flags | ts.TypeFormatFlags.InTypeAlias)}`,
    );
  }
  if (target.flags & ts.SymbolFlags.Function) {
    for (const sig of checker.getSignaturesOfType(checker.getTypeOfSymbol(target), ts.SignatureKind.Call))
      lines.push(`function ${name}${checker.signatureToString(sig, undefined, flags)}`);
  }
  if (target.flags & ts.SymbolFlags.Variable) lines.push(`const ${name}: ${typeOf(target)}`);
  if (target.flags & ts.SymbolFlags.Enum) lines.push(`enum ${name}`);
  if (!lines.length)
    lines.push(`${ts.SymbolFlags[target.flags] ?? 'export'} ${name}${decl ? '' : ' (no declaration)'}`);
  return lines;
}

/** A member's name; well-known symbols as `[Symbol.asyncIterator]`, not the checker's numbered `__@asyncIterator@221`. */
function memberName(symbol) {
  const known = /^__@(\w+)@\d+$/.exec(symbol.name);
  return known ? `[Symbol.${known[1]}]` : symbol.name;
}

function isPrivate(symbol) {
  const mods = symbol.valueDeclaration ? ts.getCombinedModifierFlags(symbol.valueDeclaration) : 0;
  return (mods & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) !== 0;
}

/** The report of one package as text. */
export function reportOf(pkg) {
  const program = ts.createProgram(
    pkg.entries.map(([, file]) => file),
    {
      strict: true,
      skipLibCheck: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      noEmit: true,
    },
  );
  const checker = program.getTypeChecker();
  let out = `# ${pkg.name}\n\nThe public API as the built declarations show it (\`pnpm api-report\` writes this file).\n`;
  for (const [subpath, file] of pkg.entries) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${pkg.name}: ${file} is missing; build first`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    const exports = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
    out += `\n## ${pkg.name}${subpath === '.' ? '' : subpath.slice(1)}\n\n\`\`\`ts\n`;
    for (const symbol of [...exports].sort((a, b) => a.name.localeCompare(b.name)))
      out += `${describe(checker, symbol).join('\n')}\n`;
    out += '```\n';
  }
  return out;
}

export const reportFile = (name) => join(root, 'api', `${name.replace(/^@org\//, '')}.md`);

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const pkg of publicEntries()) {
    writeFileSync(reportFile(pkg.name), reportOf(pkg));
    console.log(`${pkg.name} -> ${reportFile(pkg.name)}`);
  }
}
