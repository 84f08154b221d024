/** A one-line progress bar on stderr (plain ANSI: carriage return + erase line), quiet when not a TTY. */
export function progressBar(totalBytes: number, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let last = 0;
  return {
    update(doneBytes: number, rows: number, failed: number, force = false) {
      const now = Date.now();
      if (!force && now - last < 100) return;
      last = now;
      const fraction = totalBytes > 0 ? Math.min(1, doneBytes / totalBytes) : 1;
      const width = 30;
      const filled = Math.round(fraction * width);
      const rate = Math.round(rows / Math.max(0.001, (now - started) / 1000));
      const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${rows} rows  ${failed} failed  ${rate} rows/s`;
      if (stream.isTTY) stream.write(`\r\x1b[2K${line}`);
      else if (force) stream.write(`${line}\n`);
    },
    done() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
