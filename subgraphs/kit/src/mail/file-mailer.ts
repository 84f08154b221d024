import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer from 'nodemailer';
import type { Mailer, MailMessage } from './mailer.ts';

/**
 * The local default: each message is written as an RFC 822 `.eml` file (open it with any mail
 * client) to `directory`. The name starts with the time, so a listing is in sending order; the file
 * appears complete or not at all (written under a temporary name, then renamed).
 */
export function fileMailer(directory: string, from: string): Mailer {
  const folder = resolve(directory);
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    destination: folder,
    async send(message: MailMessage) {
      const { message: raw } = await composer.sendMail({ from, ...message });
      await mkdir(folder, { recursive: true });
      const name = `${new Date().toISOString().replaceAll(':', '-')}-${crypto.randomUUID().slice(0, 8)}.eml`;
      const temporary = join(folder, `.${name}.tmp`);
      await writeFile(temporary, raw as Buffer);
      await rename(temporary, join(folder, name));
    },
    async close() {
      composer.close();
    },
  };
}
