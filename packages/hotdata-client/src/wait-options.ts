/**
 * How a flow waits for work the server does in the background: core's PollOptions, exported as
 * `WaitOptions` by every client. Its default of 500 ms growing to 5 s is how the vendor's CLI and Rust SDK poll.
 */
export type { PollOptions as WaitOptions } from '@org/sdk-core';
