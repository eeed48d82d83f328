import {
  badRequest,
  conflict,
  type MockContext,
  type MockEmbeddingProvider,
  type MockSecret,
  lookup,
  type Resolvers,
  view,
} from './context';

const metadata = view('SecretMetadataResponse');
const publicProvider = view('EmbeddingProviderResponse');

/** Secrets (values kept, never returned) and embedding providers (inline keys become managed secrets). */
export function credentialResolvers(ctx: MockContext): Resolvers {
  const { store, now, stamp } = ctx;

  function putSecret(name: string, value: string): MockSecret {
    const existing = store.secrets.get(name);
    if (existing) return store.secrets.update(name, { value, updated_at: now() }) as MockSecret;
    return store.secrets.insert({
      id: ctx.nextId('secr_'),
      name,
      value,
      ...stamp(),
    });
  }

  const secrets = lookup(store.secrets, 'name', (name) => `Secret '${name}'`);
  const providers = lookup(store.embeddingProviders, 'id', (id) => `Embedding provider ${id}`);
  return {
    listSecrets: () => ({ secrets: store.secrets.all().map(metadata) }),
    createSecret: ({ body: input }) => {
      if (store.secrets.has(input.name)) return conflict(`Secret '${input.name}' already exists`);
      return view('CreateSecretResponse')(putSecret(input.name, input.value));
    },
    getSecret: secrets.with((secret) => metadata(secret)),
    updateSecret: secrets.with((secret, { body }) =>
      view('UpdateSecretResponse')(putSecret(secret.name, body.value)),
    ),
    deleteSecret: secrets.remove(),

    listEmbeddingProviders: () => ({
      embedding_providers: store.embeddingProviders.all().map(publicProvider),
    }),
    createEmbeddingProvider: ({ body: input }) => {
      if (input.api_key && input.secret_name)
        return badRequest('api_key and secret_name are mutually exclusive');
      if (input.secret_name && !store.secrets.has(input.secret_name)) {
        return badRequest(`Secret '${input.secret_name}' not found`);
      }
      if (store.embeddingProviders.find((p) => p.name === input.name)) {
        return conflict(`An embedding provider named '${input.name}' already exists`);
      }
      const secretName = input.api_key
        ? putSecret(`embedding_provider_${input.name}`, input.api_key).name
        : (input.secret_name ?? null);
      const provider = store.embeddingProviders.insert({
        name: input.name,
        provider_type: input.provider_type,
        config: input.config ?? null,
        has_secret: secretName !== null,
        source: 'user',
        ...stamp(),
        secret_name: secretName,
      });
      return view('CreateEmbeddingProviderResponse')(provider);
    },
    getEmbeddingProvider: providers.with((provider) => publicProvider(provider)),
    updateEmbeddingProvider: providers.with((provider, { body: input }) => {
      if (input.secret_name && !store.secrets.has(input.secret_name)) {
        return badRequest(`Secret '${input.secret_name}' not found`);
      }
      const secretName = input.api_key
        ? putSecret(`embedding_provider_${input.name ?? provider.name}`, input.api_key).name
        : 'secret_name' in input
          ? (input.secret_name ?? null)
          : provider.secret_name;
      const updated = store.embeddingProviders.update(provider.id, {
        ...(input.name ? { name: input.name } : {}),
        ...('config' in input ? { config: input.config ?? null } : {}),
        secret_name: secretName,
        has_secret: secretName !== null,
        updated_at: now(),
      }) as MockEmbeddingProvider;
      return view('UpdateEmbeddingProviderResponse')(updated);
    }),
    deleteEmbeddingProvider: providers.remove(),
  };
}
