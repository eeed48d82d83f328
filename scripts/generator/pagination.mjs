// Paged lists (the spec's `x-pagination`): the page-walking config of each list, shared as one module
// constant when several lists walk their pages alike, and the `paginate(...)` call a list method returns.

/**
 * The paging configs of a module's methods: `name(config)` is what a method passes (a shared constant's
 * name, or the config inline when one list uses it), `declarations()` the constants to write.
 * @example const paging = pagingConfigs(ops); paging.name(o.pagination) // 'paging1'
 */
export function pagingConfigs(ops) {
  const uses = new Map();
  for (const o of ops) {
    const json = o.pagination && JSON.stringify(o.pagination);
    if (json) uses.set(json, (uses.get(json) ?? 0) + 1);
  }
  const shared = new Map();
  return {
    name(config) {
      const json = JSON.stringify(config);
      if (uses.get(json) < 2) return json;
      if (!shared.has(json)) shared.set(json, `paging${shared.size + 1}`);
      return shared.get(json);
    },
    declarations: () =>
      [...shared]
        .map(
          ([json, name]) =>
            `/** How a list walks its pages (the spec's \`x-pagination\`). */\nconst ${name} = ${json} as const;\n\n`,
        )
        .join(''),
  };
}

/** The type of one item of a paged list: the array its `x-pagination.items` path names. */
export function itemType(o, responseName) {
  const access = o.pagination.items
    .split('.')
    .filter(Boolean)
    .map((k) => `['${k}']`)
    .join('');
  return `NonNullable<${responseName}${access}>[number]`;
}

/**
 * The statement a paged list returns: core's paginate, asking for each page with the query it is given
 * (the first page's is `firstQuery`).
 * @example paginatedCall(o, 'ItemsListResponse', '{ ...options, params: { query } }', 'paging1', 'query')
 */
export function paginatedCall(o, responseName, init, config, firstQuery) {
  return `return paginate<${responseName}, ${o.typeBase}Item>(\n          (query) => api.request('${o.method}', '${o.path}', ${init}),\n          ${config},\n          ${firstQuery || '{}'},\n        );`;
}
