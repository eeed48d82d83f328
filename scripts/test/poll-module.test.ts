// The spec's `x-sdk-poll`: the states that end a wait, generated for the clients' flows and checked against
// the answer's enum, so that a typo in the spec fails the generator instead of a wait that never ends.
import { describe, expect, it } from 'vitest';
import type { PollStates } from '../../packages/core/src/index';
import { pollOutcome } from '../../packages/core/src/internal/index';
// @ts-expect-error: a plain .mjs script with no type declarations
import { pollModule } from '../generator/poll-module.mjs';

const status = { type: 'string', enum: ['queued', 'running', 'done', 'failed'] };
const specWith = (poll: object) => ({
  openapi: '3.1.0',
  paths: {
    '/jobs/{id}': {
      get: {
        operationId: 'getJob',
        'x-sdk-poll': poll,
        responses: {
          '200': {
            description: 'the job',
            content: { 'application/json': { schema: { type: 'object', properties: { status } } } },
          },
        },
      },
    },
  },
});

/** The generated module, evaluated: its `export const` objects by name. */
function evaluate(source: string): Record<string, PollStates> {
  const body = source
    .replace(/^import .*$/gm, '')
    .replace(/export const (\w+): PollStates =/g, 'exports.$1 =');
  const exports = {};
  new Function('exports', body)(exports);
  return exports;
}

describe('pollModule', () => {
  it('generates each polled operation’s end states, which pollOutcome reads', () => {
    const { getJobPoll } = evaluate(
      pollModule(specWith({ field: 'status', success: ['done'], failure: ['failed'] }), 'specs/fixture.yaml'),
    );
    expect(getJobPoll).toEqual({ field: 'status', success: ['done'], failure: ['failed'], partial: [] });
    expect(pollOutcome(getJobPoll!, { status: 'running' })).toBeUndefined();
    expect(pollOutcome(getJobPoll!, { status: 'failed' })).toBe('failure');
  });

  it('refuses a state the field’s enum does not list', () => {
    expect(() =>
      pollModule(
        specWith({ field: 'status', success: ['succeeded'], failure: ['failed'] }),
        'specs/fixture.yaml',
      ),
    ).toThrow("GET /jobs/{id}: x-sdk-poll names succeeded, which status's enum does not list");
  });

  it('refuses a poll without a success state', () => {
    expect(() => pollModule(specWith({ field: 'status', success: [] }), 'specs/fixture.yaml')).toThrow(
      /x-sdk-poll needs a field and at least one success state/,
    );
  });
});
