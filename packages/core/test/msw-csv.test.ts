// The mocks' one CSV reader: RFC 4180 quoting, every line ending, and a clear error for a quoted field that
// is never closed (the three readers it replaced disagreed there; two merged the rest of the file into a cell).
import { describe, expect, it } from 'vitest';
import { CsvError, csvObjects, parseCsv } from '../src/msw/index';

describe('parseCsv', () => {
  it('reads quoted fields holding commas, line breaks and doubled quotes', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nagain"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nagain'],
    ]);
  });

  it('ends records at LF, CRLF and CR alike, and keeps a last record without a line break', () => {
    expect(parseCsv('a,b\r\n1,2\r3,4\n5,6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('skips empty lines but keeps records of empty cells and cells as written', () => {
    expect(parseCsv('a,b\n\n,\n x ,y\n\n')).toEqual([
      ['a', 'b'],
      ['', ''],
      [' x ', 'y'],
    ]);
    expect(parseCsv('')).toEqual([]);
  });

  it('throws a CsvError naming the line when a quoted field is not closed', () => {
    const read = () => parseCsv('a,b\r\n1,2\r\n3,"open\n4,5\n');
    expect(read).toThrow(CsvError);
    expect(read).toThrow('CSV: the quoted field opened on line 3 is not closed');
  });
});

describe('csvObjects', () => {
  it('keys each record by the trimmed header and fills short records with empty strings', () => {
    expect(csvObjects(' question , answer\nWho?, Ada \nWhy?\n')).toEqual([
      { question: 'Who?', answer: ' Ada ' },
      { question: 'Why?', answer: '' },
    ]);
  });

  it('trims cells when asked and skips records whose cells are all blank', () => {
    expect(csvObjects('q,a\n , \nWho?, Ada \n', { trim: true })).toEqual([{ q: 'Who?', a: 'Ada' }]);
  });

  it('throws as parseCsv does on an unclosed quote', () => {
    expect(() => csvObjects('q\n"open')).toThrow(CsvError);
  });
});
