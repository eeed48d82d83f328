// byQuery: a table of query parameter → field rules as a list filter, for plain arrays and resource lists.
import { describe, expect, it } from 'vitest';
import { byQuery } from '../src/msw/index';

interface Row {
  id: string;
  name: string | null;
  status: string;
  tags?: string[];
  review?: { status: string };
  source?: string;
}

const rows: Row[] = [
  { id: 'a', name: 'Docs Index', status: 'ready', tags: ['x', 'y'], review: { status: 'accepted' } },
  { id: 'b', name: 'docs archive', status: 'failed', tags: ['y'], source: 's1' },
  { id: 'c', name: null, status: 'running', review: { status: 'rejected' } },
];
const ids = (filter: ReturnType<typeof byQuery<Row>>, query: string) =>
  rows.filter((r) => filter(r, new URLSearchParams(query))).map((r) => r.id);

describe('byQuery', () => {
  it('filters by equality on a field, and a parameter left out or empty does not filter', () => {
    const filter = byQuery<Row>({ state: 'status' });
    expect(ids(filter, 'state=failed')).toEqual(['b']);
    expect(ids(filter, 'state=FAILED')).toEqual([]);
    expect(ids(filter, '')).toEqual(['a', 'b', 'c']);
    expect(ids(filter, 'state=')).toEqual(['a', 'b', 'c']);
  });

  it('requires every parameter set to match', () => {
    const filter = byQuery<Row>({ status: 'status', id: 'id' });
    expect(ids(filter, 'status=ready&id=a')).toEqual(['a']);
    expect(ids(filter, 'status=ready&id=b')).toEqual([]);
  });

  it('reaches nested fields by a dotted path; a missing parent does not match', () => {
    const filter = byQuery<Row>({ review: 'review.status' });
    expect(ids(filter, 'review=rejected')).toEqual(['c']);
    expect(ids(filter, 'review=none')).toEqual([]);
  });

  it('matches text that contains or starts with the value, with or without case', () => {
    expect(ids(byQuery<Row>({ q: { field: 'name', match: 'contains' } }), 'q=docs')).toEqual(['b']);
    expect(
      ids(byQuery<Row>({ q: { field: 'name', match: 'contains', ignoreCase: true } }), 'q=DOCS'),
    ).toEqual(['a', 'b']);
    expect(ids(byQuery<Row>({ p: { field: 'name', match: 'startsWith' } }), 'p=Docs')).toEqual(['a']);
  });

  it('matches an array field holding the value', () => {
    expect(ids(byQuery<Row>({ tag: { field: 'tags', match: 'has' } }), 'tag=x')).toEqual(['a']);
    expect(ids(byQuery<Row>({ tag: { field: 'tags', match: 'has' } }), 'tag=y')).toEqual(['a', 'b']);
  });

  it('takes several values, repeated or comma-listed; an empty comma list lets nothing pass', () => {
    const repeated = byQuery<Row>({ id: { field: 'id', list: 'repeat' } });
    expect(ids(repeated, 'id=a&id=c')).toEqual(['a', 'c']);
    expect(ids(repeated, '')).toEqual(['a', 'b', 'c']);
    const listed = byQuery<Row>({ status: { field: 'status', list: ',' } });
    expect(ids(listed, 'status=ready,running')).toEqual(['a', 'c']);
    expect(ids(listed, 'status=')).toEqual([]);
    expect(ids(listed, '')).toEqual(['a', 'b', 'c']);
  });

  it('runs a predicate with the value for what the table cannot say, only when the value is set', () => {
    const filter = byQuery<Row>({ manual: (row, value) => value !== 'true' || !row.source });
    expect(ids(filter, 'manual=true')).toEqual(['a', 'c']);
    expect(ids(filter, 'manual=false')).toEqual(['a', 'b', 'c']);
    expect(ids(filter, '')).toEqual(['a', 'b', 'c']);
  });

  it('takes a resolver info holding the query', () => {
    const filter = byQuery<Row>({ status: 'status' });
    expect(rows.filter((r) => filter(r, { query: new URLSearchParams('status=running') }))).toEqual([
      rows[2],
    ]);
  });

  it('refuses a rule that names no field, naming the parameter', () => {
    expect(() => byQuery({ status: {} as never })).toThrow("the rule of 'status' names no field");
  });
});
