/** An in-memory table of records keyed by id, in insertion order. */
export interface Collection<T extends object> {
  /** Adds a record; an id is assigned when it has none. Returns the stored record. */
  insert(record: T | Omit<T, 'id'>): T;
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
export interface CollectionOptions {
  /** The id field. @default 'id' */
  idField?: string | undefined;
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
 */
export function createCollection<T extends object>(options: CollectionOptions = {}): Collection<T> {
  const idField = options.idField ?? 'id';
  const rows = new Map<string, T>();
  let sequence = 0;
  const nextId = () => options.generateId?.(++sequence) ?? `${options.idPrefix ?? ''}${++sequence}`;
  return {
    insert(record) {
      const given = (record as Record<string, unknown>)[idField];
      const id = given === undefined || given === null ? nextId() : String(given);
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
export function createStore<C extends Record<string, Collection<any>>>(
  collections: C,
): C & { reset(): void } {
  const all = Object.values(collections);
  return Object.assign(collections, {
    reset() {
      for (const collection of all) collection.clear();
    },
  });
}
