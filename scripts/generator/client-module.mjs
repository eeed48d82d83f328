// generated/client.ts: a client's options and the setup every client does alike (key, server, env vars,
// defaults, error body, retry statuses), from the spec's `x-sdk-client` and `x-sdk-error-body`. What is left
// to the hand-written client is composing its resources with its flows.
import { docComment } from './doc.mjs';
import { banner } from './banner.mjs';
import { clientIdentity, quote } from './client-identity.mjs';

/** `x-sdk-error-body` as the options of core's errorBodyReader (its `x-sdk-notes` dropped). */
function errorBodyPaths(spec) {
  const { 'x-sdk-notes': _notes, ...paths } = spec['x-sdk-error-body'] ?? {};
  return paths;
}

/** The client options that fill parameters and headers (`x-sdk-default`), in the spec's order. */
function defaultOptionNames(spec) {
  const names = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    if (typeof node['x-sdk-default'] === 'string' && (node.in || node.type === 'apiKey'))
      names.add(node['x-sdk-default']);
    Object.values(node).forEach(visit);
  };
  visit(spec.paths);
  visit(spec.components?.parameters);
  visit(spec.components?.securitySchemes);
  return [...names];
}

/** Text folded at 100 columns, for doc comments. */
function wrap(text) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length > 100) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

/** The option lines of the options interface, each with its doc comment. */
function optionLines({ client, environments, environmentType }, servers, options) {
  const lines = [];
  const add = (doc, decl) => lines.push(`${docComment([wrap(doc)], '  ')}  ${decl};`);
  add(
    `${client.apiKey.doc ?? 'API key.'} @default process.env.${client.apiKey.env}`,
    'apiKey?: string | TokenProvider | undefined',
  );
  const fallback = environments.length > 1 ? "the environment's server" : servers[0];
  add(
    `${client.baseUrl?.doc ?? 'API root.'} @default ${client.baseUrl?.env ? `process.env.${client.baseUrl.env}, else ` : ''}${fallback}`,
    'baseUrl?: string | undefined',
  );
  if (environments.length > 1)
    add(
      `Which server: ${environments.map((e, i) => `\`${e}\` (${servers[i]})`).join(', ')}. @default '${environments[0]}'`,
      `environment?: ${environmentType} | undefined`,
    );
  for (const name of options) {
    const o = client.options?.[name] ?? {};
    add(
      `${o.doc ?? `Fills the \`${name}\` the spec's calls take.`}${o.env ? ` @default process.env.${o.env}` : ''}`,
      `${name}?: string | undefined`,
    );
  }
  const defaults = client.defaults ?? {};
  if (defaults.maxRetries !== undefined)
    add(
      `Retries after the first attempt. @default ${defaults.maxRetries}`,
      'maxRetries?: number | undefined',
    );
  if (defaults.timeout !== undefined)
    add(`Milliseconds one attempt may take. @default ${defaults.timeout}`, 'timeout?: number | undefined');
  return lines.join('\n');
}

/**
 * The client module of one spec.
 * @example writeFileSync('src/generated/client.ts', clientModule(spec, 'specs/hotdata.yaml'));
 */
export function clientModule(spec, specPath) {
  const defaultOptions = defaultOptionNames(spec);
  const id = clientIdentity(spec, specPath);
  const { client, lower, environments, optionsType, environmentType } = id;
  const servers = (spec.servers ?? []).map((s) => s.url);
  const options = [...new Set([...defaultOptions, ...Object.keys(client.options ?? {})])];
  const tag = `[${client.package}]`;
  const paths = errorBodyPaths(spec);
  const several = environments.length > 1;
  // Header credentials the client fills (Hotdata's X-Workspace-Id): sent on `.raw` calls too.
  const headerDefaults = Object.values(spec.components?.securitySchemes ?? {}).filter(
    (s) => s.type === 'apiKey' && s.in === 'header' && s['x-sdk-default'],
  );
  const envUrl = client.baseUrl?.env;
  const suffix = client.baseUrl?.envSuffix;
  const baseUrlEnv = !envUrl ? '' : suffix ? `stripSuffix(readEnv('${envUrl}'))` : `readEnv('${envUrl}')`;
  const server = several ? 'servers[environment]' : `servers[${quote(environments[0])}]`;
  const body = [];
  body.push(`  const apiKey = options.apiKey ?? readEnv('${client.apiKey.env}');`);
  body.push(
    '  if (!apiKey) {',
    `    throw new UsageError(\n      ${quote(`${tag} ${client.apiKey.missing}`)},\n    );`,
    '  }',
  );
  if (several) {
    body.push(`  const environment = options.environment ?? '${environments[0]}';`);
    body.push('  if (!Object.hasOwn(servers, environment)) {');
    body.push('    throw new UsageError(');
    body.push(
      `      \`${tag} unknown environment '\${environment}'; use one of \${Object.keys(servers).join(', ')}.\`,`,
    );
    body.push('    );');
    body.push('  }');
  }
  for (const option of options) {
    const o = client.options?.[option] ?? {};
    body.push(`  const ${option} = options.${option}${o.env ? ` ?? readEnv('${o.env}')` : ''};`);
    if (o.missing)
      body.push(
        `  if (!${option}) {`,
        `    throw new UsageError(\n      ${quote(`${tag} ${o.missing}`)},\n    );`,
        '  }',
      );
  }
  const defaults = client.defaults ?? {};
  const retry = [
    'retryStatuses',
    ...(paths?.retryAfterSeconds ? ['retryHint: errorBody.retryHint'] : []),
    ...(defaults.retry ? ['...clientDefaults.retry'] : []),
  ];
  const base = [
    // The vendor's name, for hooks and traces (`org.sdk.vendor`).
    `vendor: ${quote(id.name.toLowerCase())}`,
    `errorMessage: ${lower}ErrorMessage`,
    ...(paths?.requestId ? ['errorRequestId: errorBody.errorRequestId'] : []),
    ...(Object.keys(defaults).length ? ['...clientDefaults'] : []),
    `retry: { ${retry.join(', ')} }`,
    ...(headerDefaults.length
      ? [`headers: { ${headerDefaults.map((h) => `${quote(h.name)}: ${h['x-sdk-default']}`).join(', ')} }`]
      : []),
  ];
  body.push(`  const baseUrl = options.baseUrl ?? ${baseUrlEnv ? `${baseUrlEnv} ?? ` : ''}${server};`);
  body.push('  const api = createApiClient<paths>(');
  body.push(
    '    withDefaults(',
    '      {',
    ...base.map((b) => `        ${b},`),
    '      },',
    '      { ...options, baseUrl, apiKey },',
    '    ),',
  );
  body.push('  );');
  body.push(
    `  const defaults = {${options.length ? ` ${options.join(', ')} ` : ''}} satisfies ResourceDefaults;`,
  );
  body.push('  return { api: api as ApiClient<paths>, defaults };');

  const imports = [
    'type ApiClient',
    'type ClientOptions',
    'createApiClient',
    'type TokenProvider',
    'UsageError',
  ];
  const parts = [
    `${banner(specPath)}import {\n${imports.map((i) => `  ${i},`).join('\n')}\n} from '@org/sdk-core';`,
    `import { errorBodyReader, readEnv, withDefaults } from '@org/sdk-core/internal';`,
    `import { type ResourceDefaults, retryStatuses, servers } from './resources';`,
    `import type { paths } from './schema';`,
    '',
  ];
  if (several)
    parts.push(
      `/** The ${id.title} environments: each selects one of the spec's servers. */`,
      `export type ${environmentType} = keyof typeof servers;`,
      '',
    );
  parts.push(
    `/** Options of \`${id.createName}\`; every core option (retries, timeout, logger, ...) applies too. */`,
    `export interface ${optionsType} extends Omit<ClientOptions, 'baseUrl' | 'apiKey'> {`,
    optionLines(id, servers, options),
    '}',
    '',
  );
  if (Object.keys(defaults).length)
    parts.push(
      `/** The vendor's defaults for core's options (the spec's \`x-sdk-client.defaults\`; see its notes). */`,
      `export const clientDefaults = ${JSON.stringify(defaults, null, 2).replace(/"(\w+)":/g, '$1:')} as const;`,
      '',
    );
  parts.push(
    `/** Where the error body keeps its message, request id and retry wait (the spec's \`x-sdk-error-body\`). */`,
    `const errorBody = errorBodyReader(${JSON.stringify(paths, null, 2)});`,
    '',
    docComment(
      [
        `The message in a ${id.title} error body, where the spec's \`x-sdk-error-body\` says it is, else`,
        "where core's default search finds one (`{message}`, `{error: {message}}`, `{detail}`, ...).",
        `@example ${lower}ErrorMessage(await response.json())`,
      ],
      '',
    ).trimEnd(),
    `export const ${lower}ErrorMessage: (body: unknown) => string | undefined = errorBody.errorMessage;`,
    '',
  );
  if (suffix)
    parts.push(
      `// ${envUrl} names the API root with ${suffix}; the spec's paths carry it (x-sdk-client.baseUrl.envSuffix).`,
      `const stripSuffix = (url: string | undefined) => url?.replace(/${suffix.replace(/\//g, '\\/')}\\/?$/, '');`,
      '',
    );
  parts.push(
    docComment(
      [
        'The transport and resource defaults of a client, resolved from the options and the environment:',
        'the key (or a UsageError saying how to get one), the server, the vendor defaults and error body.',
        `@example const { api, defaults } = createApi(options); const resources = createResources(api, defaults);`,
      ],
      '',
    ).trimEnd(),
    `export function createApi(options: ${optionsType} = {}) {`,
    ...body,
    '}',
    '',
  );
  return parts.join('\n');
}
