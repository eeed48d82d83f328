// The installed packages type-check in an outside app under every supported TypeScript and module setup,
// strict and with skipLibCheck off; known failures are listed (with their reason) in src/known-failures.mjs.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { enabled } from '../src/global-setup.mjs';
import { knownFailures } from '../src/known-failures.mjs';
import { configs, tscBin, typescripts } from '../src/matrix.mjs';

const run = promisify(execFile);

async function tsc(version: string, appDir: string, config: string) {
  const file = join(appDir, `tsconfig.${config}.json`);
  writeFileSync(file, JSON.stringify(configs[config as keyof typeof configs], null, 2));
  if (config === 'nodenext-cjs') {
    mkdirSync(join(appDir, 'cjs'), { recursive: true });
    writeFileSync(join(appDir, 'cjs/package.json'), '{ "type": "commonjs" }\n');
    copyFileSync(join(appDir, 'types/usage.ts'), join(appDir, 'cjs/usage.ts'));
  }
  try {
    await run(process.execPath, [tscBin(version), '-p', file], { cwd: appDir, maxBuffer: 64 << 20 });
    return '';
  } catch (err) {
    const { stdout = '', stderr = '' } = err as { stdout?: string; stderr?: string };
    return `${stdout}${stderr}` || String(err);
  }
}

/** Errors counted by code, then the first few lines: a readable failure even when there are hundreds. */
function summary(output: string) {
  const codes = new Map<string, number>();
  for (const [, code] of output.matchAll(/error (TS\d+)/g))
    codes.set(code as string, (codes.get(code as string) ?? 0) + 1);
  const lines = output.split('\n').filter(Boolean);
  return [...codes].map(([code, n]) => `${n} x ${code}`).join(', ') + `\n${lines.slice(0, 8).join('\n')}`;
}

const cells = typescripts.flatMap((ts) => Object.keys(configs).map((config) => [ts, config] as const));

describe.skipIf(!enabled)('types as installed', () => {
  it.each(cells)('TypeScript %s, %s: no errors but the known ones', async (ts, config) => {
    const appDir = inject('appDir');
    const output = await tsc(ts, appDir, config);
    const known = knownFailures.filter(
      (k) => (k.typescript === '*' || k.typescript === ts) && (k.config === '*' || k.config === config),
    );
    const codes = [...new Set([...output.matchAll(/error (TS\d+)/g)].map((m) => m[1] as string))].sort();
    // No error but the known ones (and tsc did not fail some other way)...
    expect(
      codes.filter((c) => !known.some((k) => k.code === c)),
      summary(output),
    ).toEqual([]);
    if (output && codes.length === 0) expect(output).toBe('');
    // ...and every known one still happens: a fixed one must be deleted from src/known-failures.mjs.
    for (const k of known)
      expect(codes, `fixed? delete it from src/known-failures.mjs: ${k.reason}`).toContain(k.code);
  });
});
