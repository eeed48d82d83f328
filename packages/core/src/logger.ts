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

/** A logger that drops lines below `level`, so call sites need not check. */
export function levelLogger(logger: Logger, level: LogLevel): Logger {
  const at = level === 'off' ? 0 : LEVELS.indexOf(level as (typeof LEVELS)[number]) + 1 || 2;
  const out = {} as Logger;
  LEVELS.forEach((name, i) => {
    out[name] = i < at ? logger[name].bind(logger) : () => {};
  });
  return out;
}

// Header names whose values are credentials; they are masked wherever headers are logged.
const SECRET_HEADER = /authorization|cookie|api-?key|token|secret/i;

/** Headers as a plain object with credential values replaced by `***`. */
export function maskHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = SECRET_HEADER.test(name) ? '***' : value;
  });
  return out;
}
