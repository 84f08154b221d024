/** One input record with the file line it starts on (1-based), for error reports. */
export interface RawRecord {
  line: number;
  fields: Record<string, unknown>;
}

export const IMPORT_FORMATS = ['JSONL', 'CSV'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A record that could not even be read (bad JSON, ragged CSV): reported as its row's error. */
export interface UnreadableRecord {
  line: number;
  error: string;
}

export type ParsedRecord = RawRecord | UnreadableRecord;

/** JSON lines: one object per non-blank line. */
export async function* jsonlRecords(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<ParsedRecord> {
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        yield { line, error: 'each line must be a JSON object' };
      } else {
        yield { line, fields: value as Record<string, unknown> };
      }
    } catch (error) {
      yield { line, error: `not JSON: ${(error as Error).message}` };
    }
  }
}

/**
 * RFC 4180 CSV: a header line names the columns; fields may be quoted ("a, b", "say ""hi""") and
 * quoted fields may span lines. Streams line by line, so a file of any size needs constant memory.
 */
export async function* csvRecords(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<ParsedRecord> {
  let header: string[] | null = null;
  let line = 0;
  let start = 0;
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for await (const raw of lines) {
    line++;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!quoted) {
      if (text.trim() === '') continue;
      start = line;
      fields = [];
      field = '';
    } else {
      field += '\n';
    }
    for (let index = 0; index < text.length; index++) {
      const char = text[index];
      if (quoted) {
        if (char === '"' && text[index + 1] === '"') {
          field += '"';
          index++;
        } else if (char === '"') quoted = false;
        else field += char;
      } else if (char === '"' && field === '') quoted = true;
      else if (char === ',') {
        fields.push(field);
        field = '';
      } else field += char;
    }
    if (quoted) continue;
    fields.push(field);
    if (!header) {
      header = fields.map((name) => name.trim());
      continue;
    }
    if (fields.length !== header.length) {
      yield { line: start, error: `expected ${header.length} fields, found ${fields.length}` };
      continue;
    }
    const columns = header;
    yield { line: start, fields: Object.fromEntries(fields.map((value, index) => [columns[index], value])) };
  }
  if (quoted) yield { line: start, error: 'unterminated quoted field' };
}

export function recordsOf(format: ImportFormat, lines: AsyncIterable<string> | Iterable<string>) {
  return format === 'CSV' ? csvRecords(lines) : jsonlRecords(lines);
}
