'use client';
import { useEffect, useRef, useState } from 'react';
import { importChunk } from './actions.ts';

const CHUNK_ROWS = 200;

/** Imports a CSV / JSON-lines file in chunks of rows, showing progress and the failed rows. */
export function ImportForm() {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failures, setFailures] = useState<string[]>([]);
  const [summary, setSummary] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  // the user is at the Import button: the outcome appears beside it and takes focus, a refusal
  // focuses the field it is about
  useEffect(() => {
    if (fileError) fileInput.current?.focus();
  }, [fileError]);
  useEffect(() => {
    if (summary) outcome.current?.focus();
  }, [summary]);

  async function run(form: FormData) {
    const file = form.get('file');
    setFileError(null);
    if (!(file instanceof File) || file.size === 0) return setFileError('Choose a .csv or .jsonl file first.');
    const format = file.name.endsWith('.csv') ? 'CSV' : 'JSONL';
    const lines = (await file.text()).split(/\r?\n/).filter((line) => line.trim());
    const header = format === 'CSV' ? lines.shift() : undefined;
    const chunks: string[] = [];
    for (let start = 0; start < lines.length; start += CHUNK_ROWS) {
      const rows = lines.slice(start, start + CHUNK_ROWS);
      chunks.push([...(header ? [header] : []), ...rows].join('\n'));
    }
    let created = 0;
    let updated = 0;
    const failed: string[] = [];
    setFailures([]);
    setSummary(null);
    for (const [index, chunk] of chunks.entries()) {
      setProgress({ done: index, total: chunks.length });
      const result = await importChunk(format, chunk);
      created += result.variantsCreated;
      updated += result.variantsUpdated;
      for (const error of [...result.errors, ...result.rowErrors]) {
        failed.push(`${'row' in error ? `row ${error.row + index * CHUNK_ROWS}: ` : ''}${error.message}`);
      }
    }
    setProgress({ done: chunks.length, total: chunks.length });
    setFailures(failed);
    setSummary(`${created} variants created, ${updated} updated, ${failed.length} problems.`);
  }

  return (
    <form action={run} aria-label="Import products">
      <label htmlFor="import-file">File (.csv or .jsonl)</label>
      <input
        ref={fileInput}
        id="import-file"
        name="file"
        type="file"
        accept=".csv,.jsonl,.ndjson,text/csv"
        aria-invalid={fileError ? true : undefined}
        aria-describedby={fileError ? 'import-file-error' : undefined}
      />
      {fileError ? (
        <p className="field-error" id="import-file-error" role="alert">
          {fileError}
        </p>
      ) : null}
      <p>
        <button type="submit">Import</button>
      </p>
      {progress ? (
        <p>
          <label htmlFor="import-progress">Progress</label>
          <progress id="import-progress" max={progress.total} value={progress.done} /> {progress.done}/{progress.total}{' '}
          chunks
        </p>
      ) : null}
      {summary ? (
        <p ref={outcome} tabIndex={-1} role="status" className={failures.length ? 'alert' : 'success'}>
          {summary}
        </p>
      ) : null}
      {failures.length ? (
        <ul className="alert">
          {failures.slice(0, 50).map((failure) => (
            <li key={failure}>{failure}</li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
