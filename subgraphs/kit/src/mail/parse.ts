/** What `parseRawMail` reads from an RFC 822 message: enough to show it and follow its links. */
export interface ParsedMail {
  to: string[];
  subject: string;
  /** the decoded plain-text body */
  text: string;
  /** every http(s) link in the text */
  links: string[];
}

/**
 * Reads back a single-part text message as this kit's mailers write it (the `.eml` files of the
 * local default, or what a test SMTP server receives): headers, quoted-printable or base64 body.
 */
export function parseRawMail(raw: string): ParsedMail {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : encoding === 'base64' ? base64(body) : body;
  return {
    to: header('To')
      .split(',')
      .map((address) => (/<([^>]+)>/.exec(address)?.[1] ?? address).trim().toLowerCase())
      .filter(Boolean),
    subject: decodeWords(header('Subject')),
    text,
    links: text.match(/https?:\/\/[^\s<>"]+/g) ?? [],
  };
}

const base64 = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`), as nodemailer writes non-ASCII subjects. */
function decodeWords(text: string): string {
  return text.replace(/=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_match, kind: string, data: string) =>
    kind.toLowerCase() === 'b' ? base64(data) : decodeQuotedPrintable(data.replaceAll('_', ' ')),
  );
}
