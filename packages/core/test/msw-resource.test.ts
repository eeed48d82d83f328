// A collection bound to the path that names its records: the vendor's 404, a parent scope, the public
// view, paging, and ready CRUD resolvers that a hand-written resolver still overrides. Real fetch through msw.
import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createCollection,
  createMockApi,
  defineResource,
  failOnUnhandled,
  fastApiValidationError,
  type MockRoute,
  withoutFields,
} from '../src/msw/index';

interface Note {
  name: string;
  text: string;
}
type Json<T> = { content: { 'application/json': T } };
type WsParams = { path: { workspace_name: string } };
type NoteParams = { path: { workspace_name: string; note_name: string } };
interface Operations {
  listNotes: {
    parameters: WsParams;
    responses: { 200: Json<{ data: Note[]; has_more: boolean; total: number }> };
  };
  createNote: { parameters: WsParams; requestBody: Json<Note>; responses: { 201: Json<Note> } };
  getNote: { parameters: NoteParams; responses: { 200: Json<Note> } };
  updateNote: {
    parameters: NoteParams;
    requestBody: Json<{ name?: string; text?: string }>;
    responses: { 200: Json<Note> };
  };
  deleteNote: { parameters: NoteParams; responses: { 204: { content?: never } } };
  noteLength: { parameters: NoteParams; responses: { 200: Json<{ length: number }> } };
}

const notes = '/workspaces/{workspace_name}/notes';
const note = `${notes}/{note_name}`;
const json = { kind: 'json', required: true } as const;
const routes: readonly MockRoute<keyof Operations>[] = [
  {
    operationId: 'listNotes',
    method: 'get',
    path: notes,
    key: `GET ${notes}`,
    status: 200,
    pagination: {
      style: 'page',
      items: 'data',
      hasMore: 'has_more',
      total: 'total',
      pageParam: 'page_number',
      limit: { param: 'limit', default: 2, maximum: 10 },
    },
  },
  { operationId: 'createNote', method: 'post', path: notes, key: `POST ${notes}`, status: 201, body: json },
  {
    operationId: 'noteLength',
    method: 'get',
    path: `${note}/length`,
    key: `GET ${note}/length`,
    status: 200,
  },
  { operationId: 'getNote', method: 'get', path: note, key: `GET ${note}`, status: 200 },
  { operationId: 'updateNote', method: 'patch', path: note, key: `PATCH ${note}`, status: 200, body: json },
  { operationId: 'deleteNote', method: 'delete', path: note, key: `DELETE ${note}`, status: 204 },
];

type StoredNote = Note & { id: string; workspace: string; reads: number };
const store = createCollection<StoredNote>({ idPrefix: 'n_' });
const problem = (status: number, message: string) => HttpResponse.json({ errors: [message] }, { status });
const noteResource = defineResource(store, {
  param: 'note_name',
  field: 'name',
  scope: { field: 'workspace', param: 'workspace_name' },
  notFound: (name) => problem(404, `Note '${name}' not found.`),
  view: (row) => withoutFields(row, 'id', 'workspace', 'reads'),
  touch: (row) => ({ reads: row.reads + 1 }),
  unique: 'name',
  conflict: (name) => problem(409, `Note '${name}' exists.`),
});
const baseUrl = 'https://resource.example.test';
const api = createMockApi<Operations>({
  baseUrl,
  routes,
  errors: {
    invalid: (issues) => fastApiValidationError(issues),
    notFound: (message) => problem(404, message ?? 'Not found.'),
    methodNotAllowed: () => problem(405, 'Method Not Allowed'),
  },
  resolvers: {
    ...noteResource.crud({ list: 'listNotes', get: 'getNote', update: 'updateNote', remove: 'deleteNote' }),
    createNote: noteResource.create({ build: (body) => ({ ...body, reads: 0 }) }),
    noteLength: noteResource.with((row) => ({ length: row.text.length })),
  },
});
const server = setupServer(...api.handlers);
beforeAll(() => server.listen(failOnUnhandled));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => store.clear());

const call = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(baseUrl + path, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: res.status === 204 ? null : await res.json() };
};
const seed = (workspace: string, name: string, text = `${name} text`) =>
  store.insert({ workspace, name, text, reads: 0 });

describe('defineResource', () => {
  it('creates under the scope and answers the view, without the mock fields', async () => {
    expect(await call('POST', '/workspaces/w1/notes', { name: 'a', text: 'hello' })).toEqual({
      status: 201,
      body: { name: 'a', text: 'hello' },
    });
    expect(store.all()).toEqual([{ id: 'n_1', workspace: 'w1', name: 'a', text: 'hello', reads: 0 }]);
    expect(await call('GET', '/workspaces/w1/notes/a')).toEqual({
      status: 200,
      body: { name: 'a', text: 'hello' },
    });
  });

  it("answers the vendor's 404 for a name that is not there, and for another scope's record", async () => {
    seed('w1', 'a');
    const missing = { status: 404, body: { errors: ["Note 'a' not found."] } };
    expect(await call('GET', '/workspaces/w2/notes/a')).toEqual(missing);
    expect(await call('PATCH', '/workspaces/w2/notes/a', { text: 'x' })).toEqual(missing);
    expect(await call('DELETE', '/workspaces/w2/notes/a')).toEqual(missing);
    expect(await call('GET', '/workspaces/w2/notes/a/length')).toEqual(missing);
    expect(store.get('n_1')?.text).toBe('a text');
  });

  it('repeats a unique field only across scopes: within one it answers the conflict', async () => {
    seed('w1', 'a');
    expect(await call('POST', '/workspaces/w1/notes', { name: 'a', text: 'again' })).toEqual({
      status: 409,
      body: { errors: ["Note 'a' exists."] },
    });
    expect((await call('POST', '/workspaces/w2/notes', { name: 'a', text: 'other' })).status).toBe(201);
    expect(store.size).toBe(2);
  });

  it("refuses a rename onto another record's unique value in the scope, and changes nothing", async () => {
    seed('w1', 'a');
    seed('w1', 'b');
    seed('w2', 'c');
    expect(await call('PATCH', '/workspaces/w1/notes/b', { name: 'a', text: 'x' })).toEqual({
      status: 409,
      body: { errors: ["Note 'a' exists."] },
    });
    expect(store.all().map((n) => [n.name, n.text, n.reads])).toEqual([
      ['a', 'a text', 0],
      ['b', 'b text', 0],
      ['c', 'c text', 0],
    ]);
    // Its own name, and a name only another scope holds, are no clash.
    expect((await call('PATCH', '/workspaces/w1/notes/b', { name: 'b', text: 'same' })).status).toBe(200);
    expect(await call('PATCH', '/workspaces/w1/notes/b', { name: 'c' })).toEqual({
      status: 200,
      body: { name: 'c', text: 'same' },
    });
  });

  it("takes update options for the unique field over the resource's", async () => {
    seed('w1', 'a');
    seed('w1', 'b');
    server.use(
      api.override(
        'updateNote',
        noteResource.update({ unique: 'text', conflict: (text) => problem(422, `Text '${text}' is used.`) }),
      ),
    );
    expect(await call('PATCH', '/workspaces/w1/notes/b', { text: 'a text' })).toEqual({
      status: 422,
      body: { errors: ["Text 'a text' is used."] },
    });
  });

  it("lists only the scope's records, paged by the route with the total its x-pagination names", async () => {
    for (const name of ['a', 'b', 'c']) seed('w1', name);
    seed('w2', 'z');
    expect(await call('GET', '/workspaces/w1/notes')).toEqual({
      status: 200,
      body: {
        data: [
          { name: 'a', text: 'a text' },
          { name: 'b', text: 'b text' },
        ],
        has_more: true,
        total: 3,
      },
    });
    expect((await call('GET', '/workspaces/w1/notes?page_number=2')).body).toEqual({
      data: [{ name: 'c', text: 'c text' }],
      has_more: false,
      total: 3,
    });
  });

  it('updates by merging the checked body and the touch fields, and deletes (an empty 204)', async () => {
    seed('w1', 'a');
    expect(await call('PATCH', '/workspaces/w1/notes/a', { text: 'new' })).toEqual({
      status: 200,
      body: { name: 'a', text: 'new' },
    });
    expect(store.get('n_1')?.reads).toBe(1); // touch: what every update sets besides the body
    expect(await call('DELETE', '/workspaces/w1/notes/a')).toEqual({ status: 204, body: null });
    expect(store.size).toBe(0);
  });

  it('runs a with() resolver on the found record', async () => {
    seed('w1', 'a', 'four');
    expect(await call('GET', '/workspaces/w1/notes/a/length')).toEqual({ status: 200, body: { length: 4 } });
  });

  it('lets a typed override win over a ready resolver', async () => {
    seed('w1', 'a');
    server.use(api.override('getNote', ({ params }) => ({ name: params.note_name, text: 'overridden' })));
    expect((await call('GET', '/workspaces/w1/notes/a')).body).toEqual({ name: 'a', text: 'overridden' });
  });

  it('fills a public id field (idAs, also the path parameter) and fields made from the new id', async () => {
    const shared = createCollection<Note & { id: string; note_id: string; link: string }>({ idPrefix: 's_' });
    const links = defineResource(shared, {
      idAs: 'note_id',
      notFound: (id) => problem(404, id),
      view: ({ name, text }) => ({ name, text }),
    });
    server.use(
      api.override(
        'createNote',
        links.create({ build: (body) => ({ ...body, link: '' }), withId: (id) => ({ link: `/s/${id}` }) }),
      ),
    );
    expect((await call('POST', '/workspaces/w1/notes', { name: 'a', text: 't' })).body).toEqual({
      name: 'a',
      text: 't',
    });
    expect(links.find({ note_id: 's_1' })).toEqual({
      id: 's_1',
      note_id: 's_1',
      link: '/s/s_1',
      name: 'a',
      text: 't',
    });
  });

  it('finds by the collection id when no field is named, with list options and a cascade', async () => {
    const byId = defineResource(store, {
      param: 'note_name',
      notFound: () => problem(404, 'gone'),
    });
    const a = seed('w1', 'a');
    seed('w1', 'b');
    expect(byId.find({ note_name: a.id })).toBe(a);
    expect(byId.find({ note_name: 'a' })).toBeInstanceOf(Response);
    expect(byId.inScope({}).map((n) => n.name)).toEqual(['a', 'b']);
    const removed: string[] = [];
    server.use(
      api.override('listNotes', byId.list({ newestFirst: true, filter: (n) => n.name !== 'x' })),
      api.override('deleteNote', byId.remove({ cascade: (n) => removed.push(n.name) })),
    );
    expect((await call('GET', '/workspaces/any/notes')).body.data.map((n: Note) => n.name)).toEqual([
      'b',
      'a',
    ]);
    expect((await call('DELETE', `/workspaces/any/notes/${a.id}`)).status).toBe(204);
    expect(removed).toEqual(['a']);
  });
});
