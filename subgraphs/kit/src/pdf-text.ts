import { inflateSync } from 'node:zlib';

/**
 * The text a pdfkit document shows, for assertions: each content stream inflated (when compressed),
 * each `[<hex> kern <hex>] TJ` array decoded and joined, one string per text run.
 */
export function pdfTextRuns(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  const runs: string[] = [];
  const streams = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let match = streams.exec(source); match; match = streams.exec(source)) {
    const raw = Buffer.from(match[1] ?? '', 'latin1');
    let content: string;
    try {
      content = inflateSync(raw).toString('latin1');
    } catch {
      content = raw.toString('latin1');
    }
    for (const array of content.matchAll(/\[((?:<[0-9a-fA-F]*>|\s|-?[\d.]+)*)\]\s*TJ/g)) {
      const pieces = [...(array[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) =>
        // WinAnsi is Latin-1 but for 0x80-0x9f; of those only the euro sign appears here
        Buffer.from(hex[1] ?? '', 'hex')
          .toString('latin1')
          .replace(/\x80/g, '€'),
      );
      runs.push(pieces.join(''));
    }
  }
  return runs;
}

export const pdfText = (pdf: Buffer) => pdfTextRuns(pdf).join('\n');
