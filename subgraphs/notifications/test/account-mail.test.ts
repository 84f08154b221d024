import { randomUUID } from 'node:crypto';
import { type EventBus, mailLinkContext, mailLinkKey, seal } from '@ucos/kit';
import type { TestDatabase } from '@ucos/kit/testing';
import { suiteFixture } from '@ucos/kit/testing/suite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  domainEvent,
  MIGRATIONS,
  type NotificationsHarness,
  newBus,
  SECRET,
  settingsAdmin,
  startNotifications,
  waitFor,
} from './harness.ts';

/**
 * Identity's account mail as notifications receives it (`identity.mail.requested`): the one-time
 * link arrives sealed, is stored sealed, and is opened only to render the mail, with the default
 * template or the tenant's override in the mail's locale.
 */
let db: TestDatabase;
let bus: EventBus;
let h: NotificationsHarness;
let admin: pg.Pool;
const tenant = randomUUID();
const key = mailLinkKey(SECRET);

suiteFixture(async (own) => {
  db = own(await createTestDatabase([{ schema: 'notifications', directory: MIGRATIONS }]));
  bus = own(newBus());
  h = own(await startNotifications(db, bus));
  admin = own(new pg.Pool({ connectionString: db.adminUrl, max: 2 }));
}, 60_000);

function mailRequested(input: {
  template: string;
  to: string;
  locale?: string | null;
  data: Record<string, unknown>;
  link: string | null;
  sealFor?: string;
}) {
  const sealedLink = input.link ? seal(key, input.link, mailLinkContext(tenant, input.sealFor ?? input.to)) : null;
  const event = domainEvent(tenant, 'identity.mail.requested', randomUUID(), {
    template: input.template,
    to: input.to,
    locale: input.locale ?? null,
    data: input.data,
    sealedLink,
  });
  return { event, sealedLink };
}

describe('identity account mail', () => {
  it('renders the default invitation with the opened link, and stores the link only sealed', async () => {
    const link = `http://admin.example/invitations/accept?token=inv_${tenant}_${randomUUID()}_${'x'.repeat(43)}`;
    const { event, sealedLink } = mailRequested({
      template: 'account.invitation',
      to: 'Invitee@Example.com',
      data: {
        tenantName: 'Shop A',
        roleNames: ['staff'],
        ownership: false,
        hasAccount: false,
        expiresInHours: 168,
      },
      link,
    });
    await bus.publish(event);
    const mail = await h.smtp.waitFor('invitee@example.com', /You are invited to Shop A/);
    expect(mail.text).toContain(`Accept: ${link}`);
    expect(mail.text).toContain('as staff');
    expect(mail.text).toContain('Choose your password on that page');
    expect(mail.html).toContain(`href="${link}"`);
    // the row is marked sent after the SMTP server has the mail, so the mail can arrive first
    const rows = await waitFor(async () => {
      const { rows } = await admin.query<{ data: Record<string, unknown>; status: string; subject: string }>(
        `select data, status, subject from notifications.notifications where event_id = $1`,
        [event.id],
      );
      return rows[0]?.status === 'sent' ? rows : null;
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.data.sealed).toEqual({ link: sealedLink });
    expect(JSON.stringify(rows[0]?.data)).not.toContain('token=');
    expect(rows[0]?.subject).toBe('You are invited to Shop A');
  });

  it("uses the tenant's override in the mail's locale, and its default elsewhere", async () => {
    const upsert = await h.call(
      `mutation ($input: NotificationTemplateUpsertInput!) {
         notificationTemplateUpsert(input: $input) { template { key locale overridden } errors { code field message } } }`,
      {
        input: {
          key: 'customer.password_reset',
          locale: 'de',
          subject: 'Passwort zurücksetzen bei {{ shopName }}',
          mjml: '<mjml><mj-body><mj-section><mj-column><mj-button href="{{ link }}">Neues Passwort</mj-button></mj-column></mj-section></mj-body></mjml>',
          text: 'Neues Passwort wählen: {{ link }} (gültig {{ expiresInMinutes }} Minuten)',
        },
      },
      settingsAdmin(tenant),
    );
    expect(upsert.data?.notificationTemplateUpsert.errors).toEqual([]);
    const link = `http://shop.example/account/reset-password?token=crs_${'y'.repeat(43)}`;
    const data = { shopName: 'Laden A', expiresInMinutes: 60 };
    await bus.publish(
      mailRequested({ template: 'customer.password_reset', to: 'kunde@example.com', locale: 'de-AT', data, link })
        .event,
    );
    const german = await h.smtp.waitFor('kunde@example.com', /Passwort zurücksetzen bei Laden A/);
    expect(german.text).toContain(`Neues Passwort wählen: ${link} (gültig 60 Minuten)`);
    expect(german.html).toContain(`href="${link}"`);

    await bus.publish(
      mailRequested({ template: 'customer.password_reset', to: 'shopper@example.com', locale: 'en', data, link }).event,
    );
    const english = await h.smtp.waitFor('shopper@example.com', /Reset your password at Laden A/);
    expect(english.text).toContain(`Choose a new password: ${link}`);
  });

  it('sends nothing when a sealed link was sealed for another recipient', async () => {
    const { event } = mailRequested({
      template: 'account.password_reset',
      to: 'attacker@example.com',
      sealFor: 'victim@example.com',
      data: { expiresInMinutes: 60 },
      link: `http://admin.example/reset-password?token=rst_${'z'.repeat(43)}`,
    });
    await bus.publish(event);
    const row = await waitFor(async () => {
      const { rows } = await admin.query<{ status: string; last_error: string | null }>(
        `select status, last_error from notifications.notifications where event_id = $1`,
        [event.id],
      );
      return rows[0]?.status === 'failed' ? rows[0] : null;
    });
    expect(row.last_error).toMatch(/sealed value/);
    expect(h.smtp.received.filter((mail) => mail.to.includes('attacker@example.com'))).toEqual([]);
  });

  it('previews the account templates with their sample link', async () => {
    const preview = await h.call(
      `{ notificationTemplatePreview(key: "account.sign_up", locale: "en") { subject text problems { message } } }`,
      {},
      settingsAdmin(tenant),
    );
    expect(preview.data?.notificationTemplatePreview).toMatchObject({
      subject: 'Confirm your new shop Acme Shop',
      problems: [],
    });
    expect(preview.data?.notificationTemplatePreview.text).toContain('/sign-up/complete?token=');
  });
});
