import { Writable } from 'node:stream';

/** A pino destination that keeps each JSON line it is written, parsed, in `lines`. */
export function capturedLogs() {
  const lines: Record<string, any>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, destination };
}
