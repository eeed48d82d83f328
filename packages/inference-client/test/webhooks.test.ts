// The status-update webhook: parsed, checked against the spec's StatusUpdate, and typed; a bad body is a
// WebhookPayloadError that names the problem.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { SdkError } from '../src/index';
import {
  parseStatusUpdate,
  readStatusUpdate,
  type StatusUpdate,
  WebhookPayloadError,
} from '../src/validate/index';

const update = {
  event: 'updated',
  id: 'conn_1',
  name: 'lake',
  type: 'aws-s3',
  status: 'ready',
  timestamp: '2025-06-01T12:00:00Z',
  payload: { files: 3 },
};

describe('parseStatusUpdate', () => {
  it('returns the typed update from text, bytes or parsed JSON', () => {
    const fromText = parseStatusUpdate(JSON.stringify(update));
    expect(fromText).toEqual(update);
    expectTypeOf(fromText).toEqualTypeOf<StatusUpdate>();
    expect(parseStatusUpdate(new TextEncoder().encode(JSON.stringify(update)))).toEqual(update);
    expect(parseStatusUpdate({ id: 'x' })).toEqual({ id: 'x' });
  });

  it('names a body that is not JSON', () => {
    const error = (() => {
      try {
        parseStatusUpdate('{"id": "conn_1",');
      } catch (e) {
        return e as WebhookPayloadError;
      }
    })();
    expect(error).toBeInstanceOf(WebhookPayloadError);
    expect(error).toBeInstanceOf(SdkError);
    expect(error?.name).toBe('WebhookPayloadError');
    expect(error?.message).toMatch(/^The webhook body is not valid JSON \(.+\): \{"id": "conn_1",$/);
  });

  it('names each field of the wrong shape by its JSON path', () => {
    let error: WebhookPayloadError | undefined;
    try {
      parseStatusUpdate({ event: 'created', name: 7, payload: 'x' });
    } catch (e) {
      error = e as WebhookPayloadError;
    }
    expect(error).toBeInstanceOf(WebhookPayloadError);
    expect(error?.issues.map((i) => i.path).sort()).toEqual(['$.id', '$.name', '$.payload']);
    expect(error?.message).toMatch(/^The webhook body is not a NeoSpace status update: .*\$\.id: /);
    expect(() => parseStatusUpdate('[1, 2]')).toThrow(WebhookPayloadError);
    expect(() => parseStatusUpdate({ id: '' })).toThrow(/\$\.id/);
  });

  it('rejects an event other than created, updated or deleted, unless told to accept it', () => {
    expect(() => parseStatusUpdate({ ...update, event: 'archived' })).toThrow(
      'Unknown webhook event "archived": expected one of created, updated, deleted (pass { extraEvents } to accept more).',
    );
    expect(parseStatusUpdate({ ...update, event: 'archived' }, { extraEvents: ['archived'] }).event).toBe(
      'archived',
    );
  });

  it('reads a Fetch API request', async () => {
    const request = new Request('https://example.com/hook', { method: 'POST', body: JSON.stringify(update) });
    await expect(readStatusUpdate(request)).resolves.toEqual(update);
    await expect(
      readStatusUpdate(new Request('https://x/', { method: 'POST', body: 'nope' })),
    ).rejects.toThrow(WebhookPayloadError);
  });
});
