import type { Collection, Without } from './collection';
import type { MockAnswer, MockResolver, MockResolverInfo } from './mock-api';
import type { JsonAnswer, RequestBodyOf, SuccessBodyOf } from './typed-http';

/** Passes when the view is the operation's success body; else asks for a field no one can give (a compile error). */
type ViewFits<View, Op> = [View] extends [JsonAnswer<SuccessBodyOf<Op>>]
  ? unknown
  : { viewIsNotTheAnswerOfThisOperation: never };

/** Never when `Given` is assignable to `Wanted`; else an answer no operation takes, which names the slip. */
type Slip<Given, Wanted, Why extends string> = [Given] extends [Wanted]
  ? never
  : { readonly [K in Why]: { given: Given; wanted: Wanted } };

/**
 * The items a list answers, as the engine pages them: the body itself when it is an array (no
 * `x-pagination`), else the items of its array field (the one `x-pagination.items` names; a page has one).
 */
type ListItemOf<Op> =
  SuccessBodyOf<Op> extends infer B
    ? B extends readonly (infer E)[]
      ? E
      : { [K in keyof B]-?: NonNullable<B[K]> extends readonly (infer E)[] ? E : never }[keyof B]
    : never;

// The ready resolvers are generic in the operation: assigning one to an operation's resolver instantiates
// it with that operation, and a slip in its answer (a type no operation answers) fails the assignment.

/** A ready resolver answering the resource's view: given only to an operation whose success body the view is. */
export type ViewResolver<View> = <Op>(
  info: MockResolverInfo<Op>,
) => Promise<MockAnswer<Op> | Slip<View, JsonAnswer<SuccessBodyOf<Op>>, 'viewIsNotTheAnswerOfThisOperation'>>;

/** A ready list resolver: given only to a list whose items (the page's, or the array's) the view is. */
export type ListResolver<View> = <Op>(
  info: MockResolverInfo<Op>,
) => Promise<MockAnswer<Op> | Slip<View, JsonAnswer<ListItemOf<Op>>, 'viewIsNotTheItemOfThisList'>>;

/**
 * A ready update resolver merging the checked body into the row: given only to an operation whose body
 * is a patch of the row and whose success body the view is.
 */
export type PatchResolver<Row, View> = <Op>(
  info: MockResolverInfo<Op>,
) => Promise<
  | MockAnswer<Op>
  | Slip<View, JsonAnswer<SuccessBodyOf<Op>>, 'viewIsNotTheAnswerOfThisOperation'>
  | Slip<RequestBodyOf<Op>, Partial<Row>, 'bodyIsNotAPatchOfTheRow'>
>;

/** A ready delete resolver, which answers no body: given only to an operation without a JSON success body. */
export type RemoveResolver = <Op>(
  info: MockResolverInfo<Op>,
) => Promise<MockAnswer<Op> | Slip<SuccessBodyOf<Op>, never, 'removeAnswersNoBodyButThisOperationHasOne'>>;

// A collection bound to the path that names its records: the lookup-or-404 every resolver of a record
// starts with, the parent scope (a workspace, a project), the public view of a stored row, and ready
// resolvers for plain list/get/create/update/delete. Vendor behaviour stays in the resolvers around it.

/** Path parameters as a resolver gets them. */
type Params = Readonly<Record<string, string | undefined>>;

/** Where a record lives: only a request under the same parent finds it. */
export interface ResourceScope<Row, F extends keyof Row & string = keyof Row & string> {
  /** The row's field holding the parent (`workspace`, `project_id`). */
  readonly field: F;
  /**
   * The parent a request names: a path parameter, or a function of the params and query (one that
   * defaults the workspace, or reads `?project_id=`).
   */
  readonly param: string | ((params: Params, query: URLSearchParams) => unknown);
}

/** Options of {@link defineResource}. */
export interface ResourceOptions<
  Row,
  View,
  F extends keyof Row & string = never,
  I extends keyof Row & string = never,
> {
  /** The path parameter naming the record (`pipeline_name`). @default `idAs` */
  readonly param?: string | undefined;
  /** The field the parameter matches. @default the collection's id field (a direct `get`) */
  readonly field?: (keyof Row & string) | undefined;
  /** The parent a record belongs to; a record under another parent is not found (and not listed). */
  readonly scope?: ResourceScope<Row, F> | undefined;
  /**
   * A public field that repeats the collection id (deepset's `prompt_template_id`): `create` fills it, so
   * `build` leaves it out.
   */
  readonly idAs?: I | undefined;
  /** The vendor's 404 for a value of `param` that names no record (`errors(404, \`Pipeline '${v}' not found.\`)`). */
  readonly notFound: (value: string) => Response;
  /** What the API sends of a stored row (drop the mock's own fields). @default the row as stored */
  readonly view?: ((row: Row) => View) | undefined;
  /** Fields every update sets besides the patch (`() => ({ updated_at: clock.now() })`). */
  readonly touch?: ((row: Row) => Partial<Row>) | undefined;
  /**
   * A field that may not repeat within the scope, for every `create` and `update` of the resource (the
   * ready one of `crud` too): a create or a rename onto a value another record holds answers `conflict(value)`.
   */
  readonly unique?: (keyof Row & string) | undefined;
  /** The vendor's answer to a repeated `unique` value (`errors(409, \`Tag '${name}' exists.\`)`). */
  readonly conflict?: ((value: string) => Response) | undefined;
}

/** What the ready resolvers and {@link Resource.with} hand to a resolver besides the record. */
type Info<Op> = MockResolverInfo<Op>;
type Answer<Op> = MockAnswer<Op> | Promise<MockAnswer<Op>>;

/** The operationIds {@link Resource.crud} makes resolvers for. */
export interface CrudOperations {
  readonly list?: string | undefined;
  readonly get?: string | undefined;
  readonly update?: string | undefined;
  readonly remove?: string | undefined;
}

/** The ready resolver {@link Resource.crud} makes for each of its keys. */
interface CrudResolvers<Row, View> {
  list: ListResolver<View>;
  get: ViewResolver<View>;
  update: PatchResolver<Row, View>;
  remove: RemoveResolver;
}

/** A collection bound to the path parameter that names its records. See {@link defineResource}. */
export interface Resource<
  Row extends object,
  View,
  F extends keyof Row & string = never,
  I extends keyof Row & string = never,
  K extends string = 'id',
> {
  /** The record the request's params name, within its scope, or the vendor's 404 Response. */
  find(params: Params, query?: URLSearchParams): Row | Response;
  /** The records of the request's scope (every record without a scope), oldest first. */
  inScope(params: Params, query?: URLSearchParams): Row[];
  /** The public view of a row. */
  view(row: Row): View;
  /**
   * A resolver that runs only when the record is found (else the 404), with the record first.
   * @example getPipelines: pipelines.with((p) => ({ ...pipelines.view(advance(p)), indexing: indexing(p.workspace) }))
   */
  with<Op>(resolver: (row: Row, info: Info<Op>) => Answer<Op>): MockResolver<Op>;
  /** Lists the scope's records through the route's paging. `filter` narrows them by the request; `newestFirst` reverses. */
  list(options?: {
    filter?: (row: Row, info: Info<unknown>) => boolean;
    newestFirst?: boolean;
  }): ListResolver<View>;
  /** Answers the record's view. */
  get(): ViewResolver<View>;
  /**
   * Inserts what `build` makes of the checked body (the scope field is set for it) and answers the view.
   * `unique` names a field that may not repeat within the scope: a repeat answers `conflict(value)`
   * (@default the resource's `unique` and `conflict`).
   */
  create<Op>(
    options: {
      build: (body: RequestBodyOf<Op>, info: Info<Op>) => Without<Row, K | F | I> | Response;
      unique?: keyof Row & string;
      conflict?: (value: string) => Response;
      /** Fields made from the new record's id (a link that names it), set right after the insert. */
      withId?: (id: string, row: Row) => Partial<Row>;
    } & ViewFits<View, Op>,
  ): MockResolver<Op>;
  /**
   * Merges `patch` (default: the checked body) into the record and answers the view. `unique` names a
   * field that may not repeat within the scope, as in {@link Resource.create}: a patch that sets it to
   * another record's value answers `conflict(value)` and changes nothing (@default the resource's).
   * @example updateTags: tags.update({ unique: 'name', conflict: (name) => errors(409, `Tag '${name}' exists.`) })
   */
  update<Op>(
    options?: {
      patch?: (row: Row, body: RequestBodyOf<Op>, info: Info<Op>) => Partial<Row> | Response;
      unique?: keyof Row & string;
      conflict?: (value: string) => Response;
    } & ViewFits<View, Op>,
  ): MockResolver<Op>;
  /** Deletes the record (an empty 204 on a 204 route); `cascade` removes what hangs off it first. */
  remove(options?: { cascade?: (row: Row) => void }): RemoveResolver;
  /**
   * The plain resolvers, keyed by the operationIds given, to spread into `resolvers` (create needs its
   * `build`, so it is {@link Resource.create}).
   * @example resolvers: { ...tags.crud({ list: 'listTags', get: 'getTags', remove: 'deleteTags' }), ... }
   */
  crud<const M extends CrudOperations>(
    operations: M,
  ): {
    [Role in keyof M & keyof CrudResolvers<Row, View> as M[Role] & string]: CrudResolvers<Row, View>[Role];
  };
}

export type { Without };

/**
 * A copy of a row without some fields (the mock's own: `id`, `workspace`), for a resource's `view`.
 * @example view: (row) => withoutFields(row, 'id', 'workspace')
 */
export function withoutFields<T extends object, K extends keyof T>(row: T, ...keys: K[]): Without<T, K> {
  const copy = { ...row } as Record<PropertyKey, unknown>;
  for (const key of keys) delete copy[key];
  return copy as Without<T, K>;
}

/**
 * Binds a collection to the path parameter that names its records, for the vendor mocks' resolvers:
 * the lookup that answers the vendor's 404 (`find`, `with`), a parent scope (another workspace's record is
 * neither found nor listed), the public view of a row, and ready resolvers for the plain CRUD operations
 * (`crud`). A resolver written by hand for an operation still wins where both are given (put it after the spread).
 * @example
 * const pipelines = defineResource(store.pipelines, {
 *   param: 'pipeline_name',
 *   field: 'name',
 *   scope: { field: 'workspace', param: (params) => ws(params) },
 *   notFound: (name) => errors(404, `Pipeline '${name}' not found.`),
 *   view: ({ id, workspace, polls, ...pipeline }) => pipeline,
 * });
 * const api = createMockApi<Operations>({
 *   ...,
 *   resolvers: {
 *     ...pipelines.crud({ list: 'listPipelines', remove: 'deletePipelines' }),
 *     pipelinesGetYaml: pipelines.with((p) => ({ query_yaml: p.query_yaml })),
 *   },
 * });
 */
export function defineResource<
  Row extends object,
  View = Row,
  F extends keyof Row & string = never,
  I extends keyof Row & string = never,
  K extends string = 'id',
>(collection: Collection<Row, K>, options: ResourceOptions<Row, View, F, I>): Resource<Row, View, F, I, K> {
  const { scope } = options;
  const param = options.param ?? options.idAs;
  if (!param) throw new Error('[@org/sdk-core/msw] defineResource: name the path parameter (param or idAs).');
  const view = (options.view ?? ((row: Row) => row as unknown as View)) as (row: Row) => View;
  const field = (row: Row, name: string) => (row as Record<string, unknown>)[name];
  const keyOf = (row: Row) => String(field(row, collection.idField));
  const parentOf = (params: Params, query: URLSearchParams) =>
    !scope ? undefined : typeof scope.param === 'string' ? params[scope.param] : scope.param(params, query);
  const inParent = (parent: unknown) => (row: Row) => !scope || field(row, scope.field) === parent;

  const inScope = (params: Params, query = new URLSearchParams()) =>
    collection.filter(inParent(parentOf(params, query)));
  const find = (params: Params, query = new URLSearchParams()): Row | Response => {
    const value = params[param];
    if (value === undefined) throw new Error(`[@org/sdk-core/msw] no path parameter '${param}'.`);
    const parent = parentOf(params, query);
    const row = options.field
      ? collection.find((r) => String(field(r, options.field as string)) === value && inParent(parent)(r))
      : collection.get(value);
    return row && inParent(parent)(row) ? row : options.notFound(value);
  };
  const withRow =
    <Op>(resolver: (row: Row, info: Info<Op>) => Answer<Op>): MockResolver<Op> =>
    async (info) => {
      const row = find(info.params as Params, info.query);
      return row instanceof Response ? row : resolver(row, info);
    };
  // The ready resolvers' types (ViewResolver, ListResolver...) check the view against the operation each
  // is given to; their bodies are written once for every operation: one cast here, none in the mocks.
  const ready = (resolver: (info: Info<unknown>) => unknown) => resolver as never;
  /** The vendor's conflict when `value` of the unique field is already another record's in the scope. */
  const clash = (
    unique: (keyof Row & string) | undefined,
    conflict: ((value: string) => Response) | undefined,
    fields: object,
    parent: unknown,
    self?: Row,
  ): Response | undefined => {
    if (!unique || !(unique in fields)) return undefined;
    const value = (fields as Record<string, unknown>)[unique];
    const taken = collection.find((r) => r !== self && inParent(parent)(r) && field(r, unique) === value);
    if (!taken) return undefined;
    if (!conflict) throw new Error(`[@org/sdk-core/msw] '${unique}' repeats and no conflict answer is set.`);
    return conflict(String(value));
  };

  const resource: Resource<Row, View, F, I, K> = {
    find,
    inScope,
    view,
    with: withRow,
    list: (listOptions = {}) =>
      ready((info) => {
        let rows = inScope(info.params as Params, info.query);
        if (listOptions.filter) rows = rows.filter((row) => listOptions.filter?.(row, info));
        if (listOptions.newestFirst) rows.reverse();
        const items = rows.map(view);
        return info.route.pagination ? info.page(items) : items;
      }),
    get: () => ready(withRow((row) => view(row) as never)),
    create: ({ build, unique, conflict, withId }) =>
      ready((info) => {
        const fields = build(info.body as never, info as never);
        if (fields instanceof Response) return fields;
        const parent = parentOf(info.params as Params, info.query);
        const taken = clash(unique ?? options.unique, conflict ?? options.conflict, fields, parent);
        if (taken) return taken;
        const record = scope ? { ...fields, [scope.field]: parent } : fields;
        const row = collection.insert(record as never);
        if (!options.idAs && !withId) return view(row);
        const key = keyOf(row);
        const derived = { ...(options.idAs ? { [options.idAs]: key } : {}), ...withId?.(key, row) };
        return view(collection.update(key, derived as Partial<Row>) as Row);
      }),
    update: (updateOptions = {} as never) =>
      ready(
        withRow((row, info) => {
          const patch = updateOptions.patch
            ? updateOptions.patch(row, info.body as never, info as never)
            : info.body;
          if (patch instanceof Response) return patch;
          const parent = parentOf(info.params as Params, info.query);
          const taken = clash(
            updateOptions.unique ?? options.unique,
            updateOptions.conflict ?? options.conflict,
            patch ?? {},
            parent,
            row,
          );
          if (taken) return taken;
          const fields = { ...(patch as Partial<Row>), ...options.touch?.(row) };
          return view(collection.update(keyOf(row), fields) as Row) as never;
        }),
      ),
    remove: (removeOptions = {}) =>
      ready(
        withRow((row) => {
          removeOptions.cascade?.(row);
          collection.delete(keyOf(row));
          return undefined;
        }),
      ),
    crud(operations) {
      const made: Record<string, unknown> = {};
      if (operations.list) made[operations.list] = resource.list();
      if (operations.get) made[operations.get] = resource.get();
      if (operations.update) made[operations.update] = resource.update<unknown>({} as never);
      if (operations.remove) made[operations.remove] = resource.remove();
      return made as never;
    },
  };
  return resource;
}
