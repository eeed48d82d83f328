// A small API in openapi-typescript's output shape, for typed client tests.
export interface paths {
  '/items': {
    get: {
      parameters: { query?: { cursor?: string; limit?: number; status?: 'open' | 'closed' } };
      responses: {
        200: { content: { 'application/json': { items: Item[]; next_cursor: string | null } } };
        default: { content: { 'application/json': { error: { code: string; message: string } } } };
      };
    };
    post: {
      parameters: {};
      requestBody: { content: { 'application/json': { name: string; size?: number } } };
      responses: { 201: { content: { 'application/json': Item } } };
    };
  };
  '/items/{id}': {
    get: {
      parameters: { path: { id: string } };
      responses: {
        200: { content: { 'application/json': Item } };
        404: { content: { 'application/json': { detail: string } } };
      };
    };
    delete: {
      parameters: { path: { id: string } };
      responses: { 204: { content?: never } };
    };
    put: {
      parameters: { path: { id: string } };
      requestBody: { content: { 'application/octet-stream': Blob } };
      responses: { 200: { content: { 'application/json': Item } } };
    };
  };
  '/events': {
    post: {
      parameters: {};
      requestBody: { content: { 'application/json': { query: string } } };
      responses: { 200: { content: { 'text/event-stream': string } } };
    };
  };
}

export interface Item {
  id: string;
  name: string;
  size?: number;
}
