/** What `parseRawMail` reads from an RFC 822 message: enough to show it and follow its links. */
export interface ParsedMail {
  to: string[];
  subject: string;
  /** the decoded plain-text body */
  text: string;
  /** every http(s) link in the text */
  links: string[];
  /** the decoded HTML alternative of a multipart message (null for a text-only one) */
  html: string | null;
  /** the Message-ID header, as sent (`<id@domain>`) */
  messageId: string;
}

interface MimePart {
  header(name: string): string;
  /** the decoded body of a single part */
  decoded: string;
  body: string;
}

function mimePart(raw: string): MimePart {
  const split = raw.search(/\r?\n\r?\n/);
  const head = (split < 0 ? raw : raw.slice(0, split)).replace(/\r?\n[ \t]+/g, ' ');
  const body = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const decoded =
    encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : encoding === 'base64' ? base64(body) : body;
  return { header, decoded, body };
}

/** The single parts of a (possibly nested) multipart body, in order. */
function leafParts(part: MimePart): MimePart[] {
  const type = part.header('Content-Type');
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!/^multipart\//i.test(type) || !boundary) return [part];
  return part.body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith('--'))
    .flatMap((chunk) => leafParts(mimePart(chunk.replace(/^\r?\n/, ''))));
}

/**
 * Reads back a message as this kit's mailers write it (the `.eml` files of the local default, or
 * what a test SMTP server receives): headers, quoted-printable or base64 body; of a multipart
 * message the text/plain part is the text and the text/html part the html.
 */
export function parseRawMail(raw: string): ParsedMail {
  const message = mimePart(raw);
  const header = message.header;
  const leaves = leafParts(message);
  const of = (type: RegExp) => leaves.find((part) => type.test(part.header('Content-Type') || 'text/plain'));
  const text = leaves.length === 1 ? message.decoded : (of(/^text\/plain/i)?.decoded ?? '');
  const html = leaves.length === 1 ? null : (of(/^text\/html/i)?.decoded ?? null);
  return {
    html,
    messageId: header('Message-ID'),
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
