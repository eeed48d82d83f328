import { PollFailedError, redact, SdkError } from '@org/sdk-core';

/**
 * An execution ended ERROR or STOPPED (or the execute call itself answered ERROR). `serverMessage` is the
 * server's own message, `state` the last status body seen. It is a PollFailedError, so code that handles
 * failed waits in general catches it too.
 * @example
 * try { await invoices.executeAndWait([file]) }
 * catch (e) { if (ExecutionFailedError.is(e)) console.log(e.executionId, e.status, e.serverMessage) }
 */
export class ExecutionFailedError<State = unknown> extends PollFailedError<State> {
  static override readonly errorName: string = 'ExecutionFailedError';
  /** The execution that failed. */
  readonly executionId: string;
  /** `ERROR` or `STOPPED`. */
  readonly status: string;
  /** The server's message for the failure, as it sent it. */
  readonly serverMessage: string | undefined;
  constructor(init: {
    executionId: string;
    status: string;
    serverMessage: string | undefined;
    state: State;
  }) {
    super(
      `[@org/unstract-client] execution ${init.executionId} ended ${init.status}${init.serverMessage ? `: ${init.serverMessage}` : ''}`,
      { state: init.state },
    );
    this.executionId = init.executionId;
    this.status = init.status;
    // The server may echo what it was sent, a credential included: scrubbed like the message.
    this.serverMessage = init.serverMessage && redact(init.serverMessage);
  }
}

/**
 * The server hands a COMPLETED result out once; this execution's was already read (406 "Result already
 * acknowledged"), by an earlier status call or by another process polling the same execution. The cause is
 * the 406 ApiError.
 * @example
 * try { await invoices.getExecutionStatus(id) }
 * catch (e) { if (ResultAcknowledgedError.is(e)) console.log('already read:', e.executionId) }
 */
export class ResultAcknowledgedError extends SdkError {
  static override readonly errorName: string = 'ResultAcknowledgedError';
  /** The execution whose result was already handed out. */
  readonly executionId: string;
  constructor(executionId: string, cause: unknown) {
    super(
      `[@org/unstract-client] the result of execution ${executionId} was already acknowledged: the server hands a result out once, so read it from the first COMPLETED answer.`,
      { cause },
    );
    this.executionId = executionId;
  }
}
