// A small spec with one operation of each shape, which the generator's tests generate a client from.
export const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const item = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } };
/** One operation of each shape: path parameter, query, JSON body, paged list, multipart and raw bytes. */
export const spec = {
  openapi: '3.1.0',
  info: { title: 'fixture', version: '1' },
  paths: {
    '/items/{item_id}': {
      get: {
        operationId: 'getItem',
        tags: ['items'],
        'x-sdk-method': 'get',
        parameters: [{ name: 'item_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok', ...json(item) } },
      },
    },
    '/items': {
      get: {
        operationId: 'listItems',
        tags: ['items'],
        'x-sdk-method': 'list',
        'x-pagination': { style: 'cursor', items: 'items', nextCursor: 'next' },
        parameters: [{ name: 'cursor', in: 'query', schema: { type: 'string' } }],
        responses: {
          '200': {
            description: 'ok',
            ...json({
              type: 'object',
              properties: { items: { type: 'array', items: item }, next: { type: 'string' } },
            }),
          },
        },
      },
      post: {
        operationId: 'createItem',
        tags: ['items'],
        'x-sdk-method': 'create',
        requestBody: {
          required: true,
          ...json({ type: 'object', required: ['name'], properties: { name: { type: 'string' } } }),
        },
        responses: { '201': { description: 'ok', ...json(item) } },
      },
    },
    '/files': {
      post: {
        operationId: 'uploadFile',
        tags: ['files'],
        'x-sdk-method': 'upload',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: { file: { type: 'string', format: 'binary' } },
              },
            },
          },
        },
        responses: { '201': { description: 'ok', ...json(item) } },
      },
      put: {
        operationId: 'putFile',
        tags: ['files'],
        'x-sdk-method': 'put',
        requestBody: {
          required: true,
          content: { 'application/octet-stream': { schema: { type: 'string' } } },
        },
        responses: { '204': { description: 'done' } },
      },
    },
  },
};
