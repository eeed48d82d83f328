// Generates a client from a spec into a temporary folder and type-checks it against core's source, as
// `pnpm typecheck` checks a real client: the generator's tests see what the compiler says of its output.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
// @ts-expect-error: a plain .mjs script with no type declarations
import { generatedFiles } from '../../generate.mjs';

const coreSource = resolve(__dirname, '../../../packages/core/src');

/** Writes the generated files (and any extra files, such as a caller) and returns the folder. */
export async function writeClient(
  spec: object,
  extra: Record<string, string> = {},
  edit: (files: Record<string, string>) => void = () => {},
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'org-generated-'));
  const files: Record<string, string> = await generatedFiles(spec, 'specs/fixture.yaml');
  edit(files);
  mkdirSync(join(dir, 'generated'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'generated', name), text);
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

/** The compiler's errors over every .ts file of `dir`, as `file(line): TSnnnn message` lines. */
export function typeErrors(dir: string, files: string[]): string[] {
  const program = createProgram(dir, files);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file
      ? `${d.file.fileName.replace(`${dir}/`, '')}(${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1})`
      : '';
    return `${where}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

/** The JSDoc tags the IDE shows for `resource.method` of the generated resources, in order. */
export function methodTags(dir: string, resource: string, method: string): { name: string; text: string }[] {
  const program = createProgram(dir, ['generated/resources.ts']);
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(join(dir, 'generated/resources.ts'))!;
  const create = checker
    .getExportsOfModule(checker.getSymbolAtLocation(file)!)
    .find((s) => s.name === 'createResources')!;
  const resources = checker.getTypeOfSymbol(create).getCallSignatures()[0]!.getReturnType();
  const namespace = checker.getTypeOfSymbol(resources.getProperty(resource)!);
  return namespace
    .getProperty(method)!
    .getJsDocTags(checker)
    .map((t) => ({ name: t.name, text: ts.displayPartsToString(t.text) }));
}

function createProgram(dir: string, files: string[]): ts.Program {
  return ts.createProgram(
    files.map((f) => join(dir, f)),
    {
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
      paths: {
        '@org/sdk-core': [join(coreSource, 'index.ts')],
        '@org/sdk-core/internal': [join(coreSource, 'internal/index.ts')],
      },
    },
  );
}
