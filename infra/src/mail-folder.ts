import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ParsedMail, parseRawMail } from '@ucos/kit/mail/parse';

/** The mail written as .eml files (notifications' local default without SMTP_URL), oldest first. */
export async function readMailFolder(directory: string): Promise<(ParsedMail & { file: string })[]> {
  const files = (await readdir(directory).catch(() => [] as string[])).filter((name) => name.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (file) => ({ file, ...parseRawMail(await readFile(join(directory, file), 'utf8')) })),
  );
}

/** The first mail to `to` whose subject matches, waiting for it to be written. */
export async function waitForMailFile(directory: string, to: string, subject: RegExp, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await readMailFolder(directory)).find(
      (mail) => mail.to.includes(to.toLowerCase()) && subject.test(mail.subject),
    );
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} (${subject}) in ${directory} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * `npm start` prints each new mail (recipient, subject, links) as notifications writes it, so an
 * invitation, verification or reset link is one click away without a mail server. Mail already in
 * the folder when it starts is not repeated.
 */
export function watchMailFolder(directory: string, print: (line: string) => void): () => void {
  let seen: Set<string> | null = null;
  let busy = false;
  const poll = async () => {
    if (busy) return;
    busy = true;
    try {
      const mails = await readMailFolder(directory);
      if (seen) {
        for (const mail of mails.filter((entry) => !seen?.has(entry.file))) {
          print(`mail to ${mail.to.join(', ')}: ${mail.subject}${mail.links.map((link) => `\n    ${link}`).join('')}`);
        }
      }
      seen = new Set(mails.map((mail) => mail.file));
    } finally {
      busy = false;
    }
  };
  void poll();
  const timer = setInterval(() => void poll(), 500);
  timer.unref();
  return () => clearInterval(timer);
}
