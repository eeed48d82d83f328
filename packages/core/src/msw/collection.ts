/** `T` without the keys `K`, keeping its other named fields even when `T` has an index signature (which `Omit` loses). */
export type Without<T, K extends PropertyKey> = { [P in keyof T as P extends K ? never : P]: T[P] };

/** A record as {@link Collection.insert} takes it: the id field `K` may be left out, the collection makes one. */
export type NewRecord<T, K extends PropertyKey = 'id'> = Without<T, K> & {
  [P in K & keyof T]?: T[P] | undefined;
};

/** An in-memory table of records keyed by their field `K`, in insertion order. */
export interface Collection<T extends object, K extends string = 'id'> {
  /**
   * Adds a record; an id is assigned when it has none. Returns the stored record. A function gets the
   * new id first, for records whose fields repeat it (a `file_id`, a URL that names it).
   * @example files.insert((id) => ({ name: 'a.txt', url: `/files/${id}` }))
   */
  insert(record: NewRecord<T, K> | ((id: string) => NewRecord<T, K>)): T;
  get(id: string): T | undefined;
  has(id: string): boolean;
  /** Shallow-merges `patch` into the record; undefined when there is none. */
  update(id: string, patch: { [K in keyof T]?: T[K] | undefined }): T | undefined;
  /** Replaces the record whole, keeping its id. */
  replace(id: string, record: T): T | undefined;
  delete(id: string): boolean;
  /** Every record, oldest first. */
  all(): T[];
  filter(predicate: (record: T) => boolean): T[];
  find(predicate: (record: T) => boolean): T | undefined;
  clear(): void;
  readonly size: number;
  /** The field records are keyed by (`CollectionOptions.idField`). */
  readonly idField: string;
}

/** How records are identified. */
export interface CollectionOptions<K extends string = string> {
  /** The id field; a collection keyed by another field names it in its type too (`createCollection<Row, 'name'>`). @default 'id' */
  idField?: K | undefined;
  /** Prefix of generated ids, which count up: `pl_1`, `pl_2`. @default '' */
  idPrefix?: string | undefined;
  /** Makes ids another way (uuids, say); deterministic counters are the default so tests can name ids. */
  generateId?: (sequence: number) => string;
}

/**
 * An in-memory collection for a stateful mock: what a test creates it can list, get, update and delete.
 * @example
 * const pipelines = createCollection<Pipeline>({ idPrefix: 'pl_' });
 * const p = pipelines.insert({ name: 'docs' }); // { id: 'pl_1', name: 'docs' }
 * const tokens = createCollection<Token, 'token_id'>({ idField: 'token_id' });
 * tokens.insert({ name: 'ci' }); // token_id is made, so the row may leave it out
 */
export function createCollection<T extends object, K extends string = 'id'>(
  options: CollectionOptions<K> = {},
): Collection<T, K> {
  const idField = options.idField ?? 'id';
  const rows = new Map<string, T>();
  let sequence = 0;
  const nextId = () => options.generateId?.(++sequence) ?? `${options.idPrefix ?? ''}${++sequence}`;
  return {
    insert(input) {
      const made = typeof input === 'function' ? nextId() : undefined;
      const record = typeof input === 'function' ? input(made as string) : input;
      const given = (record as Record<string, unknown>)[idField];
      const id = made ?? (given === undefined || given === null ? nextId() : String(given));
      const stored = { ...record, [idField]: id } as T;
      rows.set(id, stored);
      return stored;
    },
    get: (id) => rows.get(id),
    has: (id) => rows.has(id),
    update(id, patch) {
      const current = rows.get(id);
      if (!current) return undefined;
      const next = { ...current, ...patch, [idField]: id } as T;
      rows.set(id, next);
      return next;
    },
    replace(id, record) {
      if (!rows.has(id)) return undefined;
      const next = { ...record, [idField]: id } as T;
      rows.set(id, next);
      return next;
    },
    delete: (id) => rows.delete(id),
    all: () => [...rows.values()],
    filter: (predicate) => [...rows.values()].filter(predicate),
    find: (predicate) => [...rows.values()].find(predicate),
    clear() {
      rows.clear();
      sequence = 0;
    },
    get size() {
      return rows.size;
    },
    idField,
  };
}

/**
 * Groups a mock's collections so a test can reset them all between cases.
 * @example const store = createStore({ pipelines: createCollection<Pipeline>(), files: createCollection<File>() });
 * afterEach(() => store.reset());
 */
export function createStore<C extends Record<string, Collection<any, string>>>(
  collections: C,
): C & { reset(): void } {
  const all = Object.values(collections);
  return Object.assign(collections, {
    reset() {
      for (const collection of all) collection.clear();
    },
  });
}
