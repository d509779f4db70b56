/** A strict RFC 4180 reader, for tests: what a spreadsheet would see, and an error on anything sloppy. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      if (field !== '') throw new Error(`Stray quote at ${i}`);
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (char === '\n' || char === '\r') {
      throw new Error(`Bare line break at ${i}`);
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error('Unclosed quote');
  if (field !== '' || row.length > 0) throw new Error('Last row does not end in CRLF');
  return rows;
}
