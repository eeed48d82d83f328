import type { CorsOptions } from './cors';
import { type FaultKind, type FaultOptions, faultKinds } from './faults';
import type { MockOptions } from './vendors';

/** What the command line asks for. */
export interface CliArgs {
  vendor: string;
  port: number;
  mock: MockOptions;
  /** Only when `--cors-origin` was given; otherwise any origin. */
  cors?: CorsOptions | undefined;
  /** Only when `--faults` was given. */
  faults?: FaultOptions | undefined;
}

/** The usage line the command prints with a wrong argument. */
export const usage =
  '<vendor> [--port 4010] [--set name=value ...] [--cors-origin <origin> ...] [--faults <rate 0-1> [--faults-seed <n>] [--faults-kinds 429,5xx,cut]]';

/**
 * Reads `<vendor> [--port 4010] [--set name=value ...] [--cors-origin <origin> ...] [--faults <rate>
 * [--faults-seed <n>] [--faults-kinds 429,5xx,cut]]`. Each `--set` is an option of the vendor's mock; its
 * value is read as JSON when it parses (`--set slowQueries=true --set queryPolls=3`), else as a string.
 * Answers the problem as a string when the arguments are wrong.
 * @example parseArgs(['hotdata', '--set', 'queryPolls=3']) // { vendor: 'hotdata', port: 4010, mock: { queryPolls: 3 } }
 * @example parseArgs(['hotdata', '--faults', '0.2', '--faults-seed', '7']) // { ..., faults: { rate: 0.2, seed: 7 } }
 */
export function parseArgs(args: readonly string[]): CliArgs | string {
  let vendor: string | undefined;
  let portArg: string | undefined;
  const mock: MockOptions = {};
  const origins: string[] = [];
  let rate: string | undefined;
  let seed: string | undefined;
  let kinds: string | undefined;
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
    } else if (arg === '--cors-origin') {
      const origin = args[++i] ?? '';
      if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
        return `--cors-origin takes an origin such as http://localhost:5173 (no path), got '${origin}'`;
      }
      origins.push(origin);
    } else if (arg === '--faults') {
      rate = args[++i] ?? '';
    } else if (arg === '--faults-seed') {
      seed = args[++i] ?? '';
    } else if (arg === '--faults-kinds') {
      kinds = args[++i] ?? '';
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
  const parsed: CliArgs = { vendor, port, mock };
  if (origins.length > 0) parsed.cors = { origins: origins.includes('*') ? '*' : origins };
  if (rate === undefined) {
    if (seed !== undefined || kinds !== undefined)
      return '--faults-seed and --faults-kinds go with --faults <rate>';
    return parsed;
  }
  const faults: FaultOptions = { rate: Number(rate) };
  if (rate.trim() === '' || !(faults.rate >= 0 && faults.rate <= 1)) {
    return `--faults takes the share of requests to fail, 0 to 1 (e.g. 0.2), got '${rate}'`;
  }
  if (seed !== undefined) {
    faults.seed = Number(seed);
    if (!/^\d+$/.test(seed)) return `--faults-seed takes a whole number, got '${seed}'`;
  }
  if (kinds !== undefined) {
    const list = kinds.split(',').map((k) => k.trim());
    const unknown = list.filter((k) => !faultKinds.includes(k as FaultKind));
    if (list.length === 0 || unknown.length > 0) {
      return `--faults-kinds takes a list of ${faultKinds.join(', ')}, got '${kinds}'`;
    }
    faults.kinds = list as FaultKind[];
  }
  parsed.faults = faults;
  return parsed;
}
