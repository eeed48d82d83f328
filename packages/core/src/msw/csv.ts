/**
 * CSV for the mocks: one strict RFC 4180 reader shared by every vendor's mock, so an upload the mocks accept
 * reads the same everywhere and a broken file is a clear error instead of a silently merged record.
 */

/** A CSV text that cannot be read; `message` says what is wrong and where. */
export class CsvError extends Error {
  override name = 'CsvError';
}

/**
 * Splits CSV text into records: quoted fields may hold commas, line breaks and doubled quotes; records end
 * at LF, CRLF or CR. Empty lines are skipped; cells are kept as written (no trimming). Throws `CsvError`
 * when a quoted field is not closed, since reading on would swallow the rest of the file into one cell.
 * @example
 * parseCsv('name,note\nada,"says ""hi"", twice"\n');
 * // → [['name', 'note'], ['ada', 'says "hi", twice']]
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let quoteStart = 0;
  const endRecord = () => {
    record.push(field);
    if (record.length > 1 || field !== '') records.push(record);
    record = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      quoted = true;
      quoteStart = i;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else field += c;
  }
  if (quoted) {
    const line = text.slice(0, quoteStart).split(/\r\n|\r|\n/).length;
    throw new CsvError(`CSV: the quoted field opened on line ${line} is not closed`);
  }
  if (field !== '' || record.length) endRecord();
  return records;
}

/** Options for {@link csvObjects}. */
export interface CsvObjectsOptions {
  /** Trim spaces around every cell (header names are always trimmed). Default false. */
  trim?: boolean | undefined;
}

/**
 * Reads CSV with a header row into one object per record, keyed by the trimmed header names; a short
 * record's missing cells are `''`. Records whose cells are all blank are skipped. Throws `CsvError` as
 * {@link parseCsv} does.
 * @example
 * csvObjects('question, answer\nWho?, Ada\n', { trim: true }); // → [{ question: 'Who?', answer: 'Ada' }]
 */
export function csvObjects(text: string, options: CsvObjectsOptions = {}): Record<string, string>[] {
  const [header = [], ...records] = parseCsv(text).filter((r) => r.some((cell) => cell.trim()));
  const names = header.map((h) => h.trim());
  const cell = (value = '') => (options.trim ? value.trim() : value);
  return records.map((r) => Object.fromEntries(names.map((name, i) => [name, cell(r[i])])));
}
