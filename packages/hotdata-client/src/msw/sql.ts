/**
 * What the mock answers for SQL. It cannot run SQL, so it answers: SQL a test registered, SELECTs of
 * literal values, and `SELECT * | COUNT(*) FROM <table> [LIMIT n]` over the rows of a dataset or a synced
 * connection table it holds. Anything else goes to the SQL engine the user plugged in (`sqlEngine`), if
 * any, and otherwise fails the way the server fails a query of an unknown table.
 */
import { type MockTableData, tableFromRows } from './tabular';

/** A result to answer for registered SQL. `nullable` defaults to true for every column. */
export interface MockQueryResult {
  columns: string[];
  rows: unknown[][];
  nullable?: boolean[];
}

/** A failure to answer for registered SQL: the run fails with this server message. */
export interface MockQueryError {
  error: string;
}

/** What registered SQL answers: a result, a failure, or a function of the SQL and its pattern match. */
export type MockQueryAnswer =
  | MockQueryResult
  | MockQueryError
  | ((sql: string, match: RegExpMatchArray | null) => MockQueryResult | MockQueryError);

/**
 * A SQL engine of the user's choice (sql.js, alasql, DuckDB, SQLite...) for the queries the mock does not
 * answer itself. It gets the SQL and the mock's tables (`table('datasets.main.orders')`, the rows of a
 * dataset or synced connection table); it answers a result, a failure (`{ error }`, or a throw: the query
 * run fails with its message), or undefined to leave the query to the mock's own error. It may be async.
 */
export type MockSqlEngine = (
  sql: string,
  context: { table(reference: string): MockTableData | undefined },
) => MockQueryResult | MockQueryError | undefined | Promise<MockQueryResult | MockQueryError | undefined>;

/** How a registered query runs. */
export interface MockQueryOptions {
  /** How many polls of its query run answer `running` before it finishes; 0 answers at once. */
  polls?: number;
}

/** The outcome of SQL in the mock. */
export type QueryOutcome = { ok: true; result: Required<MockQueryResult> } | { ok: false; message: string };

interface Registration {
  match: string | RegExp;
  answer: MockQueryAnswer;
  options: MockQueryOptions;
}

/** Whitespace, a trailing semicolon and letter case do not make SQL different. */
export const normalizeSql = (sql: string) =>
  sql.trim().replace(/;\s*$/, '').replace(/\s+/g, ' ').toLowerCase();

function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (let i = 0; i < list.length; i++) {
    const c = list[i] as string;
    if (c === "'") {
      if (quoted && list[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    } else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0 && c === ',') {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += c;
  }
  parts.push(current.trim());
  return parts;
}

// DataFusion names an unaliased literal column after its type and value: Int64(1), Utf8("a").
function literal(expression: string): { value: unknown; name: string; type: string } | undefined {
  const text = expression.trim();
  if (/^-?\d+$/.test(text)) return { value: Number(text), name: `Int64(${text})`, type: 'Int64' };
  if (/^-?(\d+\.\d*|\.\d+)$/.test(text)) {
    return { value: Number(text), name: `Float64(${Number(text)})`, type: 'Float64' };
  }
  if (/^(true|false)$/i.test(text)) {
    const value = text.toLowerCase() === 'true';
    return { value, name: `Boolean(${value})`, type: 'Boolean' };
  }
  if (/^null$/i.test(text)) return { value: null, name: 'NULL', type: 'Null' };
  const string = /^'((?:[^']|'')*)'$/.exec(text);
  if (string) {
    const value = (string[1] as string).replace(/''/g, "'");
    return { value, name: `Utf8("${value}")`, type: 'Utf8' };
  }
  return undefined;
}

function literalSelect(sql: string): QueryOutcome | undefined {
  const match = /^select\s+(.+)$/is.exec(sql.trim().replace(/;\s*$/, ''));
  if (!match || /\sfrom\s/i.test(match[1] as string)) return undefined;
  const columns: string[] = [];
  const row: unknown[] = [];
  const nullable: boolean[] = [];
  for (const item of splitTopLevel(match[1] as string)) {
    const aliased = /^(.+?)\s+as\s+("?)([A-Za-z_][\w]*)\2$/is.exec(item);
    const value = literal(aliased ? (aliased[1] as string) : item);
    if (!value) return undefined;
    columns.push(aliased ? (aliased[3] as string) : value.name);
    row.push(value.value);
    nullable.push(value.value === null);
  }
  return { ok: true, result: { columns, rows: [row], nullable } };
}

const TABLE_SELECT = /^select\s+(\*|count\s*\(\s*\*\s*\))\s+from\s+([\w."]+)(?:\s+limit\s+(\d+))?$/i;

/**
 * The SQL side of the mock. `tables` resolves a table reference (`datasets.main.orders`,
 * `shop.public.customers`) to the rows the mock holds for it.
 */
export function createQueryEngine(
  tables: (reference: string) => MockTableData | undefined,
  plugged?: MockSqlEngine,
) {
  let registrations: Registration[] = [];

  function registered(
    sql: string,
  ): { registration: Registration; match: RegExpMatchArray | null } | undefined {
    const normalized = normalizeSql(sql);
    // The latest registration wins, so a test can override what an earlier one (or a fixture) set.
    for (let i = registrations.length - 1; i >= 0; i--) {
      const registration = registrations[i] as Registration;
      if (typeof registration.match === 'string') {
        if (normalizeSql(registration.match) === normalized) return { registration, match: null };
      } else {
        const match = sql.trim().match(registration.match);
        if (match) return { registration, match };
      }
    }
    return undefined;
  }

  function fromTable(sql: string): QueryOutcome | undefined {
    const match = TABLE_SELECT.exec(normalizeSql(sql).replace(/"/g, ''));
    if (!match) {
      const from = /\sfrom\s+([\w."]+)/i.exec(sql);
      if (from && !tables((from[1] as string).replace(/"/g, ''))) {
        return { ok: false, message: `Error during planning: table '${from[1]}' not found` };
      }
      return undefined;
    }
    const reference = match[2] as string;
    const table = tables(reference);
    if (!table) return { ok: false, message: `Error during planning: table '${reference}' not found` };
    if (match[1] !== '*')
      return { ok: true, result: { columns: ['count(*)'], rows: [[table.rows.length]], nullable: [false] } };
    const rows = match[3] === undefined ? table.rows : table.rows.slice(0, Number(match[3]));
    return {
      ok: true,
      result: {
        columns: table.columns.map((c) => c.name),
        rows: rows.map((r) => [...r]),
        nullable: table.columns.map((c) => c.nullable),
      },
    };
  }

  return {
    /**
     * Answers `sqlOrPattern` (exact SQL, compared without case or extra whitespace, or a RegExp) with a
     * result, a failure (`{ error: message }`), or a function of the SQL. Later registrations win.
     */
    register(sqlOrPattern: string | RegExp, answer: MockQueryAnswer, options: MockQueryOptions = {}): void {
      registrations.push({ match: sqlOrPattern, answer, options });
    },
    /** Forgets every registration. */
    clear(): void {
      registrations = [];
    },
    /** How many polls a query's run answers `running` for, when its registration says. */
    pollsFor(sql: string): number | undefined {
      return registered(sql)?.registration.options.polls;
    },
    /**
     * Runs SQL as the mock can: registered, literal, or a table read; else the plugged-in `sqlEngine`; else
     * a planning error.
     */
    async run(sql: string): Promise<QueryOutcome> {
      const hit = registered(sql);
      if (hit) {
        const { answer } = hit.registration;
        return outcomeOf(typeof answer === 'function' ? answer(sql, hit.match) : answer);
      }
      const own = literalSelect(sql) ?? fromTable(sql);
      if (own?.ok) return own;
      if (plugged) {
        let answer: MockQueryResult | MockQueryError | undefined;
        try {
          answer = await plugged(sql, { table: tables });
        } catch (error) {
          return { ok: false, message: (error as Error)?.message ?? String(error) };
        }
        if (answer !== undefined) return outcomeOf(answer);
      }
      if (own) return own;
      return {
        ok: false,
        message: `This feature is not implemented: the Hotdata mock cannot run "${sql.trim()}"; register a result for it with mock.queries.register()`,
      };
    },
  };
}

/** A registered or plugged-in answer as the outcome of a run; a malformed one fails the run, naming why. */
function outcomeOf(answer: MockQueryResult | MockQueryError): QueryOutcome {
  if (answer && typeof answer === 'object' && 'error' in answer)
    return { ok: false, message: String(answer.error) };
  if (!answer || !Array.isArray(answer.columns) || !Array.isArray(answer.rows)) {
    return {
      ok: false,
      message: `The Hotdata mock got an answer that is neither { columns, rows } nor { error }: ${JSON.stringify(answer)}`,
    };
  }
  return {
    ok: true,
    result: {
      columns: answer.columns,
      rows: answer.rows,
      nullable: answer.nullable ?? answer.columns.map(() => true),
    },
  };
}

/** The mock's SQL side, as `createQueryEngine` returns it. */
export type QueryEngine = ReturnType<typeof createQueryEngine>;

/** A result's columns typed from its values, for datasets made from SQL. */
export function resultAsTable(result: Required<MockQueryResult>): MockTableData {
  const table = tableFromRows(result.columns, result.rows);
  table.columns.forEach((c, i) => {
    c.nullable = result.nullable[i] ?? true;
  });
  return table;
}
