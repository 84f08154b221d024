import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer, parseRawMail } from '../src/mail/index.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../src/mail/testing.ts';

let smtp: TestSmtpServer;
let folder: string;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
  folder = await mkdtemp(join(tmpdir(), 'ucos-mail-'));
});
afterAll(async () => {
  await smtp?.close();
  await rm(folder, { recursive: true, force: true });
});

const link = `http://127.0.0.1:3001/invitations/accept?token=inv_${'a'.repeat(36)}_${'b'.repeat(36)}_${'c'.repeat(43)}`;

describe('mail', () => {
  it('delivers through SMTP when SMTP_URL is set, long links intact', async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'UCOS <no-reply@ucos.test>', directory: folder });
    expect(mailer.destination).toBe(smtp.url);
    await mailer.send({ to: 'Ada@Example.com', subject: 'Grüße: you are invited', text: `Open ${link}\n` });
    const mail = await smtp.waitFor('ada@example.com', /invited/);
    expect(mail.subject).toBe('Grüße: you are invited');
    expect(mail.from).toBe('no-reply@ucos.test');
    expect(mail.text).toContain(link);
    await mailer.close();
  });

  it('sends HTML with its text alternative and the Message-ID given; both read back', async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'UCOS <no-reply@ucos.test>', directory: folder });
    await mailer.send({
      to: 'carol@example.com',
      subject: 'Your order',
      text: 'Total: 60,45 €\n',
      html: '<p>Total: <strong>60,45 €</strong></p>',
      messageId: '<0b9c7e2a-1f4e-4c55-9d7a-2f0c3a1b5e6d@notifications.ucos>',
    });
    const mail = await smtp.waitFor('carol@example.com', /Your order/);
    expect(mail.messageId).toBe('<0b9c7e2a-1f4e-4c55-9d7a-2f0c3a1b5e6d@notifications.ucos>');
    expect(mail.text.trim()).toBe('Total: 60,45 €');
    expect(mail.html).toContain('<strong>60,45 €</strong>');
    await mailer.close();
  });

  it('rejects when the server refuses, so the caller can retry', async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'no-reply@ucos.test', directory: folder });
    smtp.failing(true);
    try {
      await expect(mailer.send({ to: 'bob@example.com', subject: 'x', text: 'y' })).rejects.toThrow(/451|outage/);
    } finally {
      smtp.failing(false);
      await mailer.close();
    }
  });

  it('writes .eml files to the folder without SMTP_URL', async () => {
    const mailer = createMailer({ from: 'no-reply@ucos.test', directory: join(folder, 'mail') });
    expect(mailer.destination).toBe(join(folder, 'mail'));
    await mailer.send({ to: 'cy@example.com', subject: 'Reset your password', text: `Open ${link}\n` });
    const files = await readdir(join(folder, 'mail'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const raw = await readFile(join(folder, 'mail', files[0] as string), 'utf8');
    expect(parseRawMail(raw)).toMatchObject({ to: ['cy@example.com'], subject: 'Reset your password', links: [link] });
  });
});
