// The request a generated method makes: its path parameters by name (so that the compiler checks each
// against the spec), its query with the client's defaults filled in, its body and headers, and the checks
// core runs before sending (required headers, an `anyOf` of required fields).
import { access, binding, camel, key, local } from './names.mjs';
import { requestBody } from './request-body.mjs';

/**
 * The header sets that calls require, each one module constant named by first use.
 * @example const headers = requiredHeaderSets(); headers.name({ 'X-Workspace-Id': '...' }) // 'requiredHeaders1'
 */
export function requiredHeaderSets() {
  const sets = new Map();
  return {
    name(set) {
      const json = JSON.stringify(set);
      if (!sets.has(json)) sets.set(json, `requiredHeaders${sets.size + 1}`);
      return sets.get(json);
    },
    declarations: () =>
      [...sets]
        .map(
          ([json, name]) =>
            `/** Headers the calls below require, with what to do when one is unset (the spec's \`x-sdk-missing\`). */\nconst ${name} = ${json};\n\n`,
        )
        .join(''),
  };
}

/**
 * Where each named parameter comes from. Without a body the params object is the query, less the path
 * parameters the client fills: a key the spec does not name yet is sent, not dropped. With a body its
 * fields are the rest and the query is picked out by name.
 */
function queryPlan(o, params) {
  const lines = [];
  let query = '';
  const queryIsRest = !params.objectBody && !params.arrayBody && o.queryParams.length > 0;
  const given = (p) => (params.objectBody || queryIsRest ? local(p.name) : access('params', p.name));
  const withDefault = (p) =>
    params.arrayBody ? `defaults.${p['x-sdk-default']}` : `${given(p)} ?? defaults.${p['x-sdk-default']}`;
  if (params.objectBody) {
    if (params.named.length)
      lines.push(
        `const { ${[...params.named.map((p) => binding(p.name)), '...rest'].join(', ')} } = params;`,
      );
    if (o.queryParams.length) {
      const entries = o.queryParams.map((p) =>
        p['x-sdk-default'] ? `${key(p.name)}: ${withDefault(p)}` : binding(p.name),
      );
      lines.push(`const query = { ${entries.join(', ')} };`);
      query = 'query';
    }
  } else if (params.arrayBody) {
    if (o.queryParams.length) {
      lines.push(
        `const query = { ${o.queryParams.map((p) => `${key(p.name)}: ${withDefault(p)}`).join(', ')} };`,
      );
      query = 'query';
    }
  } else if (queryIsRest) {
    const filled = o.queryParams.filter((p) => p['x-sdk-default']);
    const source = o.defaultPathParams.length ? (filled.length ? 'rest' : 'query') : 'params';
    if (o.defaultPathParams.length)
      lines.push(
        `const { ${[...o.defaultPathParams.map((p) => binding(p.name)), `...${source}`].join(', ')} } = params;`,
      );
    if (filled.length) {
      const fills = filled.map(
        (p) => `${key(p.name)}: ${access(source, p.name)} ?? defaults.${p['x-sdk-default']}`,
      );
      lines.push(`const query = { ...${source}, ${fills.join(', ')} };`);
    }
    query = filled.length || source === 'query' ? 'query' : 'params';
  }
  // A path parameter the client fills and nobody set is '', which core refuses naming the parameter.
  const path = o.allPathParams.map(
    (p) => `${key(p.name)}: ${p['x-sdk-default'] ? `${withDefault(p)} ?? ''` : camel(p.name)}`,
  );
  return { lines, query, path };
}

/**
 * The statements a method runs before its call, and the call's init object (`{ ...options, params, body,
 * headers, ... }`). `query` is the first page's query of a paged list (its page function's argument is
 * `query`); `fields` the body's source (`rest` or `params`), for rules that read a body field.
 * @example const { lines, init } = requestPlan(o, paramsShape(o), headerSets);
 */
export function requestPlan(o, params, headerSets) {
  const { lines, query, path } = queryPlan(o, params);
  // The body: the params object less its named parameters, or the params object itself when it has none.
  const fields = params.named.length ? 'rest' : 'params';
  const body = requestBody(o, params, fields);
  lines.push(...body.lines);
  const callQuery = !query ? '' : o.pagination || query === 'query' ? 'query' : `query: ${query}`;
  const paramsInit = [path.length ? `path: { ${path.join(', ')} }` : '', callQuery]
    .filter(Boolean)
    .join(', ');
  const headers = [
    ...o.headerDefaults.map((h) => `'${h.name}': ${h.sent ? `defaults.${h.option}` : 'null'}`),
    ...body.headers,
  ];
  if (headers.length && !headers.includes('...options?.headers')) headers.push('...options?.headers');
  const init = [
    paramsInit ? `params: { ${paramsInit} }` : '',
    body.body ? `body: ${body.body}` : '',
    headers.length ? `headers: { ${headers.join(', ')} }` : '',
    Object.keys(o.requiredHeaders).length ? `requiredHeaders: ${headerSets.name(o.requiredHeaders)}` : '',
    // The spec's "one of these field sets" (an anyOf of required): refused before sending, naming them.
    o.anyOf && params.objectBody
      ? `refuse: missingAnyOf('${o.resource}.${o.name}()', ${fields}, ${JSON.stringify(o.anyOf)})`
      : '',
    // A stream's body is read by the stream reader, never parsed.
    o.parseAs && !o.stream ? `parseAs: '${o.parseAs}'` : '',
  ].filter(Boolean);
  return { lines, query, fields, init: init.length ? `{ ...options, ${init.join(', ')} }` : 'options' };
}
