// Generated from specs/llamacloud.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The states that end a wait on each polled operation; flows read them with core's pollOutcome.
import type { PollStates } from '@org/sdk-core';

/**
 * When a polled `GET /api/v1/pipelines/{pipeline_id}/status` has ended, by its `status` (the spec's
 * `x-sdk-poll`).
 */
export const getPipelineStatusPoll: PollStates = {
  field: 'status',
  success: ['SUCCESS'],
  failure: ['ERROR', 'CANCELLED'],
  partial: ['PARTIAL_SUCCESS'],
};
