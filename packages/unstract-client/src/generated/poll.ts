// Generated from specs/unstract.yaml by scripts/generate.mjs (pnpm generate).
// Do not edit: change the spec or the generator.
// The states that end a wait on each polled operation; flows read them with core's pollOutcome.
import type { PollStates } from '@org/sdk-core';

/**
 * When a polled `GET /deployment/api/{org_name}/{api_name}/` has ended, by its `status` (the spec's
 * `x-sdk-poll`).
 */
export const getExecutionStatusPoll: PollStates = {
  field: 'status',
  success: ['COMPLETED'],
  failure: ['ERROR', 'STOPPED'],
  partial: [],
};
