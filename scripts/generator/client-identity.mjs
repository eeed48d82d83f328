// A client's identity from its spec's `x-sdk-client`: the names the other emitters write.

/**
 * The names of one client: `Deepset` makes `createDeepsetClient`, `DeepsetClientOptions`, `deepsetErrorMessage`.
 * @example const { createName, optionsType } = clientIdentity(spec, 'specs/deepset.yaml');
 */
export function clientIdentity(spec, specPath) {
  const client = spec['x-sdk-client'];
  if (!client?.name || !client.package || !client.apiKey?.env || !client.apiKey?.missing)
    throw new Error(`${specPath}: x-sdk-client needs name, package, apiKey.env and apiKey.missing`);
  const { name } = client;
  const lower = name[0].toLowerCase() + name.slice(1);
  return {
    client,
    name,
    lower,
    title: client.title ?? spec.info?.title ?? name,
    createName: `create${name}Client`,
    clientType: `${name}Client`,
    optionsType: `${name}ClientOptions`,
    environmentType: `${name}Environment`,
    // The servers by `environment`; the first is the default. One server needs no choice.
    environments: (spec.servers ?? []).map(
      (s, i) => s['x-sdk-environment'] ?? (i === 0 ? 'default' : `server${i}`),
    ),
  };
}

/** A JS string literal, single-quoted as the repo's code is. */
export const quote = (text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
