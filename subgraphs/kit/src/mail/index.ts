import { fileMailer } from './file-mailer.ts';
import type { Mailer } from './mailer.ts';
import { smtpMailer } from './smtp-mailer.ts';

export { fileMailer } from './file-mailer.ts';
export type { Mailer, MailMessage } from './mailer.ts';
export { type ParsedMail, parseRawMail } from './parse.ts';
export { smtpMailer } from './smtp-mailer.ts';

export interface MailerOptions {
  /** SMTP_URL; unset means .eml files in `directory` */
  smtpUrl?: string | undefined;
  /** MAIL_FROM */
  from: string;
  /** MAIL_DIR: where the file transport writes */
  directory: string;
}

/** SMTP when `smtpUrl` is set, otherwise `.eml` files in a folder (the `npm start` default). */
export function createMailer(options: MailerOptions): Mailer {
  return options.smtpUrl ? smtpMailer(options.smtpUrl, options.from) : fileMailer(options.directory, options.from);
}
