import type { MockOptions } from './vendors';

/** What the command line asks for. */
export interface CliArgs {
  vendor: string;
  port: number;
  mock: MockOptions;
}

/**
 * Reads `<vendor> [--port 4010] [--set name=value ...]`. Each `--set` is an option of the vendor's mock;
 * its value is read as JSON when it parses (`--set slowQueries=true --set queryPolls=3`), else as a string.
 * Answers the problem as a string when the arguments are wrong.
 * @example parseArgs(['hotdata', '--set', 'queryPolls=3']) // { vendor: 'hotdata', port: 4010, mock: { queryPolls: 3 } }
 */
export function parseArgs(args: readonly string[]): CliArgs | string {
  let vendor: string | undefined;
  let portArg: string | undefined;
  const mock: MockOptions = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--port') {
      portArg = args[++i];
    } else if (arg === '--set') {
      const match = /^([A-Za-z_$][\w$]*)=(.*)$/.exec(args[++i] ?? '');
      if (!match) return `--set takes name=value (e.g. --set queryPolls=3), got '${args[i] ?? ''}'`;
      const [, name, raw] = match as unknown as [string, string, string];
      try {
        mock[name] = JSON.parse(raw);
      } catch {
        mock[name] = raw;
      }
    } else if (arg.startsWith('-')) {
      return `unknown flag ${arg}`;
    } else if (vendor) {
      return `one vendor at a time (got ${vendor} and ${arg})`;
    } else {
      vendor = arg;
    }
  }
  if (!vendor) return 'no vendor named';
  const port = portArg === undefined ? 4010 : Number(portArg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return `--port takes 0-65535, got '${portArg}'`;
  return { vendor, port, mock };
}
