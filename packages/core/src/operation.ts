/**
 * The name of the vendor operation a call belongs to (`queryRuns.list`), for hooks, logs and traces.
 * Resource methods call `api.request` synchronously, so the name is held in a variable for the length of
 * that synchronous call; lists and streams, which send later, capture it when they are made. This costs
 * no bytes per operation, where passing a name in every generated call would.
 */
let current: string | undefined;

/** The operation whose method is running right now, if any. */
export function currentOperation(): string | undefined {
  return current;
}

/** Runs `fn` with `operation` as the current operation. */
export function withOperation<T>(operation: string | undefined, fn: () => T): T {
  const previous = current;
  current = operation;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/**
 * The resource namespaces with every method named `group.method` for the calls it makes.
 * @example const resources = nameOperations({ queryRuns: { list() { ... } } }); // calls report `queryRuns.list`
 */
export function nameOperations<R extends object>(resources: R): R {
  for (const [group, methods] of Object.entries(resources)) {
    if (!methods || typeof methods !== 'object') continue;
    for (const [name, method] of Object.entries(methods)) {
      if (typeof method !== 'function') continue;
      const operation = `${group}.${name}`;
      (methods as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
        return withOperation(operation, () => method.apply(this, args));
      };
    }
  }
  return resources;
}

/**
 * A client's flows (methods that make several calls: submit and wait, upload and create) with each run
 * inside `api.flow`, so hooks' `aroundFlow` (a tracer's parent span) covers all the calls it makes.
 * @example return { ...resources, ...nameFlows(api, { runQuery: (sql) => runQuery(resources, sql) }) };
 */
export function nameFlows<F extends object>(
  api: { flow<T>(operation: string, run: () => T): T },
  flows: F,
): F {
  for (const [name, fn] of Object.entries(flows)) {
    if (typeof fn !== 'function') continue;
    (flows as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      return api.flow(name, () => fn.apply(this, args));
    };
  }
  return flows;
}
