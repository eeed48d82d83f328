// @org/inference-client: a typed NeoSpace Inference API client. See README.md.
export { createInferenceClient } from './client';
export type { InferenceClient, InferenceClientOptions, InferenceEnvironment } from './client';
export type {
  ChatCompleter,
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionParams,
} from './chat-completions';
export type { ConflictResolution, ImportPersonasOptions, PersonaImport } from './flows';
export { inferenceErrorMessage } from './generated/client';
export type * from './generated/resources';
export type { components, paths } from './generated/schema';
/** The spec's schemas by name: `Schemas['Action']`, `Schemas['StatusUpdate']`, ... */
export type Schemas = import('./generated/schema').components['schemas'];
export * from './generated/exports';
