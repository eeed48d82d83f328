// What the Inference mock gets from the generated route table and core's mock engine: typed per-operation
// overrides, 405 for a method a path does not serve, the body checked before the id is looked up, and a
// deterministic clock that `mock.reset()` puts back.
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { BadRequestError } from '../src/index';
import { client, mock, server, useMockServer } from './setup';

useMockServer();
const auth = { authorization: 'Bearer neo-test-key' };

describe('the Inference mock on the mock engine', () => {
  it('override answers one operation, once, and the mock answers again afterwards', async () => {
    server.use(
      mock.override('listModels', () => ({ count: 1, data: [{ id: 'm-only' }], has_more: false }), {
        once: true,
      }),
    );
    expect((await client().models.list()).data.map((m) => m.id)).toEqual(['m-only']);
    expect((await client().models.list()).data.map((m) => m.id)).toEqual([
      'mock-chat-small',
      'mock-chat-large',
    ]);
  });

  it('an override still gets a checked body: an invalid one is the 400 before it runs', async () => {
    let ran = false;
    server.use(
      mock.override('createAction', ({ body }) => {
        ran = true;
        return { ...body, id: 'act_x', status: 'draft', group: '' };
      }),
    );
    const error = await client()
      .actions.create({ name: 'x', description: 'y', type: 'call' } as never)
      .catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.body.error).toMatchObject({ code: 'missing_param', param: 'priority' });
    expect(ran).toBe(false);
  });

  it('405 in NeoSpace envelope for a method the path does not serve', async () => {
    const response = await fetch(`${mock.baseUrl}/v1/models`, { method: 'DELETE', headers: auth });
    expect(response.status).toBe(405);
    expect(await response.json()).toEqual({
      error: {
        type: 'invalid_request_error',
        code: 'method_not_allowed',
        message: 'DELETE is not allowed on /v1/models',
        status: 405,
        request_id: 'req_mock_1',
      },
    });
  });

  it('a query parameter that breaks the spec is the 400 invalid_param_value naming it', async () => {
    // Broken on purpose: msw's getResponse, not fetch, which the contract setup checks against the spec.
    const url = `${mock.baseUrl}/v1/leaderboards?order_by_metric.direction=up`;
    const response = (await getResponse(mock.handlers, new Request(url, { headers: auth }))) as Response;
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({
      type: 'invalid_request_error',
      code: 'invalid_param_value',
      param: 'order_by_metric.direction',
      message: "The value of 'order_by_metric.direction' is invalid: Input should be 'asc' or 'desc'",
    });
  });

  it('checks the body before it looks up the id: a bad body for an unknown chat is a 400', async () => {
    const error = await client()
      .chats.update('chat_404', { name: 42 } as never)
      .catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.body.error).toMatchObject({ code: 'invalid_param_value', param: 'name' });
  });

  it('stamps records from a fixed clock, which reset() puts back with the ids', async () => {
    const create = () => client().dataModels.create({ name: 'dm' });
    const first = await create();
    expect(first).toMatchObject({ id: 'dm_1', created_at: '2026-01-01T00:00:01.000Z' });
    mock.reset();
    expect(await create()).toEqual(first);
  });
});
