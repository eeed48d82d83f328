// Generated from specs/deepset.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The states that end a wait on each polled operation; flows read them with core's pollOutcome.
import type { PollStates } from '@org/sdk-core';

/**
 * When a polled `GET /api/v1/workspaces/{workspace_name}/pipelines/{pipeline_name}` has ended, by its
 * `status` (the spec's `x-sdk-poll`).
 */
export const getPipelinesPoll: PollStates = {
  field: 'status',
  success: ['DEPLOYED'],
  failure: ['DEPLOYED_UNHEALTHY', 'DEPLOYMENT_FAILED', 'UNDEPLOYED'],
  partial: [],
};
