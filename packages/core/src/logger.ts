import { redact, scrub } from './redact';

/** How much the SDK logs. `debug` shows every attempt; `warn` (the default) shows retries and give-ups. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Anything console-shaped: pino, winston and `console` all fit. */
export interface Logger {
  debug(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  error(message: string, ...rest: unknown[]): void;
}

const LEVELS = ['error', 'warn', 'info', 'debug'] as const;

/**
 * A logger that drops lines below `level`, so call sites need not check, and scrubs credentials from every
 * line it passes on (the one rule of redact.ts, at every level).
 */
export function levelLogger(logger: Logger, level: LogLevel): Logger {
  const at = level === 'off' ? 0 : LEVELS.indexOf(level as (typeof LEVELS)[number]) + 1 || 2;
  const out = {} as Logger;
  LEVELS.forEach((name, i) => {
    out[name] =
      i < at ? (message, ...rest) => logger[name](redact(message), ...rest.map((x) => scrub(x))) : () => {};
  });
  return out;
}

// Header names whose values are credentials; they are masked wherever headers are logged.
const SECRET_HEADER = /authorization|cookie|api-?key|token|secret/i;

/** Headers as a plain object with credential values (by name, or named in `credentials`) replaced by `***`. */
export function maskHeaders(headers: Headers, credentials: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = SECRET_HEADER.test(name) || credentials.has(name) ? '***' : value;
  });
  return out;
}
