import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { type ParsedMail, parseRawMail } from './parse.ts';

/** A message as the test SMTP server received it; `to` are the envelope's recipients. */
export interface ReceivedMail extends ParsedMail {
  from: string;
  raw: string;
}

export interface TestSmtpServer {
  /** `smtp://127.0.0.1:<port>` for SMTP_URL */
  url: string;
  received: ReceivedMail[];
  /** the first message to `to` (after `since` messages) matching `subject`, waiting up to `timeoutMs` */
  waitFor(to: string, subject?: RegExp, options?: { timeoutMs?: number; since?: number }): Promise<ReceivedMail>;
  /** refuse (true) or accept (false) every message from now on, as a mail outage would */
  failing(on: boolean): void;
  close(): Promise<void>;
}

/** A real SMTP server in-process (no TLS, no auth) that keeps what it receives, for tests. */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let refuse = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refuse) {
          callback(Object.assign(new Error('mailbox unavailable (test outage)'), { responseCode: 451 }));
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const envelope = session.envelope as Envelope;
        received.push({
          ...parseRawMail(raw),
          from: envelope.mailFrom ? envelope.mailFrom.address : '',
          to: envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    failing(on) {
      refuse = on;
    },
    async waitFor(to, subject, { timeoutMs = 10_000, since = 0 } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received
          .slice(since)
          .find((mail) => mail.to.includes(to.toLowerCase()) && (!subject || subject.test(mail.subject)));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no mail to ${to} ${subject ?? ''} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Envelope = { mailFrom: false | { address: string }; rcptTo: { address: string }[] };
