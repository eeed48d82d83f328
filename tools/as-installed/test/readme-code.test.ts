// Every ```ts block of every README compiles, under `strict`, against the installed packages: what a user
// pastes is what works (src/readme-blocks.mjs; msw3.test.ts compiles them again against msw 3).
import { describe, expect, inject, it } from 'vitest';
import { enabled } from '../src/global-setup.mjs';
import { compileReadmeBlocks } from '../src/readme-blocks.mjs';

describe.skipIf(!enabled)('README code', () => {
  it('every ts block compiles under strict against the installed packages', async () => {
    const { count, errors } = await compileReadmeBlocks(inject('appDir'));
    expect(count).toBeGreaterThan(15);
    expect(errors).toBe('');
  });
});
