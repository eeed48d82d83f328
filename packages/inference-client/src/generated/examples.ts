// Generated from specs/inference.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The spec's schema `examples`, typed by their schema: the fixed data a mock serves.
import type { components } from './schema';

/** The `examples` of the spec's `CurrentUser` schema. */
export const CurrentUserExamples: components['schemas']['CurrentUser'][] = [
  {
    id: 'user_1',
    email: 'developer@example.com',
    external_id: 'ext_1',
    first_name: 'Mock',
    last_name: 'Developer',
    role: 'developer',
    permissions: [],
    spaces: [],
  },
];

/** The `examples` of the spec's `InferenceModel` schema. */
export const InferenceModelExamples: components['schemas']['InferenceModel'][] = [
  {
    id: 'mock-chat-small',
    object: 'model',
    owned_by: 'mock',
  },
  {
    id: 'mock-chat-large',
    object: 'model',
    owned_by: 'mock',
  },
];
