import { PollFailedError, redact } from '@org/sdk-core';

/**
 * A query ran and failed on the server (or its result could not be read). `queryRunId` names the run,
 * `serverMessage` is the server's own message (e.g. a planning error), `state` the last run or result seen.
 * It is a PollFailedError, so code that handles failed waits in general catches it too.
 * @example
 * try { await hotdata.runQuery('select * from nope') }
 * catch (e) { if (QueryFailedError.is(e)) console.log(e.queryRunId, e.serverMessage) }
 */
export class QueryFailedError<State = unknown> extends PollFailedError<State> {
  static override readonly errorName: string = 'QueryFailedError';
  /** The query run that failed. */
  readonly queryRunId: string;
  /** The server's message for the failure, as it sent it. */
  readonly serverMessage: string | undefined;
  constructor(
    message: string,
    init: { queryRunId: string; serverMessage: string | undefined; state: State },
  ) {
    super(message, { state: init.state });
    this.queryRunId = init.queryRunId;
    // The server may echo what it was sent, a credential included: scrubbed like the message.
    this.serverMessage = init.serverMessage && redact(init.serverMessage);
  }
}
