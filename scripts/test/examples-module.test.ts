// The spec's schema `examples`: generated as typed data for the mocks, and kept out of the validators and
// the type declarations.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script with no type declarations
import { examplesModule, hasExamples } from '../generator/examples-module.mjs';

const specWith = (schemas: object) => ({ openapi: '3.1.0', paths: {}, components: { schemas } });

describe('examplesModule', () => {
  it('exports each schema’s examples, typed by that schema', () => {
    const source: string = examplesModule(
      specWith({
        Kind: { type: 'object', examples: [{ name: 'a' }, { name: 'b' }] },
        Plain: { type: 'string' },
      }),
      'specs/x.yaml',
    );
    expect(source).toContain("export const KindExamples: components['schemas']['Kind'][] = [");
    expect(source).not.toContain('PlainExamples');
    const body = source.replace(/^import .*$/gm, '').replace(/export const (\w+): [^=]+=/g, 'exports.$1 =');
    const exports: Record<string, unknown> = {};
    new Function('exports', body)(exports);
    expect(exports.KindExamples).toEqual([{ name: 'a' }, { name: 'b' }]);
  });

  it('is generated only for a spec whose schemas list examples', () => {
    expect(hasExamples(specWith({ Plain: { type: 'string', example: 'x' } }))).toBe(false);
    expect(hasExamples(specWith({ Kind: { examples: [1] } }))).toBe(true);
  });
});
