import {
  type EventBus,
  type EventEnvelope,
  InFlight,
  type Mailer,
  type MailMessage,
  parseEventPayload,
  type Subscription,
  withTenantClient,
} from '@ucos/kit';
import type pg from 'pg';
import { z } from 'zod';
import { sha256 } from '../../data/tokens.ts';

import {
  customerPasswordResetMessage,
  customerRegistrationMessage,
  invitationMessage,
  type MailLinks,
  passwordResetMessage,
  verificationMessage,
} from '../../mail/messages.ts';
import { accountToken, invitationToken, type MailTokenKey, type TokenPurpose } from '../../mail/tokens.ts';
import { MAIL_EVENTS } from '../out/identity-events.ts';

export interface MailSettings extends MailLinks {
  invitationTtlSeconds: number;
  verificationTtlSeconds: number;
  passwordResetTtlSeconds: number;
  tokenKey: MailTokenKey;
  /** mails of one purpose to one address within the window; more are not sent */
  perAddressLimit: number;
  perAddressWindowSeconds: number;
}

/** Retried for about two and a half hours (a mail server being down), then dead-lettered. */
const MAIL_RETRY = { maxDeliver: 20, backoffMs: [1_000, 5_000, 30_000, 120_000, 600_000] };
const CONSUMER = 'identity-mail';

const invitationPayload = z.object({
  invitationId: z.guid(),
  email: z.string(),
  tenantName: z.string(),
  roleNames: z.array(z.string()),
  ownership: z.boolean(),
  signUp: z.boolean().default(false),
});
const accountPayload = z.object({ email: z.string() });
const customerRegistrationPayload = z.object({ signUpId: z.guid(), email: z.string() });

type Prepare = (client: pg.PoolClient, settings: MailSettings, envelope: EventEnvelope) => Promise<MailMessage | null>;

/**
 * Sends identity's mail from its outbox events, in three steps so a link works the moment it
 * arrives: (1) one transaction stores the token's hash (the token is derived from the event, see
 * tokens.ts) and commits; (2) the mail is sent; (3) the event is marked processed. A failed send is
 * retried by the bus with the same token; a crash between (2) and (3) mails the same link twice,
 * never a second valid one. Over an address's mail limit, step (1) stores nothing and nothing is
 * sent — the request that caused the event was answered like any other. Runs in identity's worker
 * (src/worker.ts), never on the request path.
 */
export function subscribeMail(
  bus: EventBus,
  pool: pg.Pool,
  mailer: Mailer,
  settings: MailSettings,
  /** the worker's work in flight: a stopping worker takes no new mail and waits for the one being sent */
  inFlight: InFlight = new InFlight(CONSUMER),
): Promise<Subscription> {
  const prepare: Record<string, Prepare> = {
    [MAIL_EVENTS.invitation]: prepareInvitation,
    [MAIL_EVENTS.verification]: (client, s, envelope) => prepareAccountMail(client, s, envelope, 'verify_email'),
    [MAIL_EVENTS.passwordReset]: (client, s, envelope) => prepareAccountMail(client, s, envelope, 'reset_password'),
    [MAIL_EVENTS.customerRegistration]: prepareCustomerRegistration,
    [MAIL_EVENTS.customerPasswordReset]: prepareCustomerReset,
  };
  return bus.subscribe({
    consumer: CONSUMER,
    subjects: Object.values(MAIL_EVENTS).map((type) => `ucos.${type}`),
    ...MAIL_RETRY,
    handler: inFlight.handler(async (envelope) => {
      const step = prepare[envelope.type];
      if (!step) return;
      const done = await withTenantClient(pool, envelope.tenantId, async (client) => {
        const { rowCount } = await client.query(
          'select 1 from identity.processed_messages where consumer = $1 and message_id = $2',
          [CONSUMER, envelope.id],
        );
        return (rowCount ?? 0) > 0;
      });
      if (done) return;
      const message = await withTenantClient(pool, envelope.tenantId, (client) => step(client, settings, envelope));
      if (message) await mailer.send(message);
      await withTenantClient(pool, envelope.tenantId, (client) =>
        client.query(
          `insert into identity.processed_messages (tenant_id, consumer, message_id)
           values ($1::uuid, $2, $3) on conflict do nothing`,
          [envelope.tenantId, CONSUMER, envelope.id],
        ),
      );
    }),
  });
}

/** Takes one mail from the address's quota for this purpose (once per event); false: over the limit. */
async function withinQuota(
  client: pg.PoolClient,
  settings: MailSettings,
  purpose: TokenPurpose,
  email: string,
  envelope: EventEnvelope,
): Promise<boolean> {
  const bucket = sha256(`${purpose}\u0000${email.trim().toLowerCase()}`);
  const { rows } = await client.query<{ ok: boolean }>('select identity.mail_quota_take($1, $2, $3, $4) as ok', [
    bucket,
    envelope.id,
    settings.perAddressLimit,
    settings.perAddressWindowSeconds,
  ]);
  return rows[0]?.ok === true;
}

async function prepareInvitation(client: pg.PoolClient, settings: MailSettings, envelope: EventEnvelope) {
  const payload = parseEventPayload(invitationPayload, envelope);
  const pending = await client.query<{ email: string }>(
    'select email from identity.invitations where id = $1 and accepted_at is null and revoked_at is null',
    [payload.invitationId],
  );
  const email = pending.rows[0]?.email;
  // revoked (or accepted) before it could be mailed, or the address had enough mail: nothing to send
  if (!email || !(await withinQuota(client, settings, 'invitation', email, envelope))) return null;
  const { token, hash } = invitationToken(settings.tokenKey, envelope.id, envelope.tenantId, payload.invitationId);
  // a sign-up's invitation lives as long as its pending tenant
  const { rows } = await client.query<{ seconds: number }>(
    `update identity.invitations
        set token_hash = $1,
            expires_at = coalesce((select s.expires_at from identity.tenant_sign_ups s where s.invitation_id = $3),
                                  now() + make_interval(secs => $2))
      where id = $3 returning greatest(0, extract(epoch from expires_at - now()))::integer as seconds`,
    [hash, settings.invitationTtlSeconds, payload.invitationId],
  );
  const account = await client.query('select 1 from identity.account_by_email($1)', [email]);
  return invitationMessage(settings, {
    to: email,
    token,
    tenantName: payload.tenantName,
    roleNames: payload.roleNames,
    ownership: payload.ownership,
    signUp: payload.signUp,
    hasAccount: (account.rowCount ?? 0) > 0,
    ttlSeconds: rows[0]?.seconds ?? settings.invitationTtlSeconds,
  });
}

async function prepareAccountMail(
  client: pg.PoolClient,
  settings: MailSettings,
  envelope: EventEnvelope,
  purpose: 'verify_email' | 'reset_password',
) {
  const payload = parseEventPayload(accountPayload, envelope);
  const account = await client.query<{ email_verified: boolean }>(
    'select email_verified from identity.account_by_email($1)',
    [payload.email],
  );
  const found = account.rows[0];
  // no such account (or already verified): the request was answered like any other, and nothing is sent
  if (!found || (purpose === 'verify_email' && found.email_verified)) return null;
  if (!(await withinQuota(client, settings, purpose, payload.email, envelope))) return null;
  const { token, hash } = accountToken(settings.tokenKey, envelope.id, purpose);
  const ttlSeconds = purpose === 'verify_email' ? settings.verificationTtlSeconds : settings.passwordResetTtlSeconds;
  const { rows } = await client.query<{ email: string }>(
    'select email from identity.account_token_issue($1, $2, $3, $4)',
    [payload.email, purpose, hash, ttlSeconds],
  );
  const to = rows[0]?.email;
  if (!to) return null;
  const message = { to, token, ttlSeconds };
  return purpose === 'verify_email' ? verificationMessage(settings, message) : passwordResetMessage(settings, message);
}

async function shopName(client: pg.PoolClient): Promise<string> {
  const { rows } = await client.query<{ name: string }>('select name from identity.tenants');
  return rows[0]?.name ?? 'the shop';
}

async function prepareCustomerRegistration(client: pg.PoolClient, settings: MailSettings, envelope: EventEnvelope) {
  const payload = parseEventPayload(customerRegistrationPayload, envelope);
  if (!(await withinQuota(client, settings, 'customer_sign_up', payload.email, envelope))) return null;
  const existing = await client.query('select 1 from identity.customer_accounts where lower(email) = lower($1)', [
    payload.email,
  ]);
  const shop = await shopName(client);
  const ttlSeconds = settings.verificationTtlSeconds;
  if ((existing.rowCount ?? 0) > 0) {
    // the address's owner hears about the attempt; nobody learns anything from the answer
    return customerRegistrationMessage(settings, { to: payload.email, shopName: shop, token: null, ttlSeconds });
  }
  const { token, hash } = accountToken(settings.tokenKey, envelope.id, 'customer_sign_up');
  const { rows } = await client.query<{ email: string }>(
    `update identity.customer_sign_ups set token_hash = $1, expires_at = now() + make_interval(secs => $2)
      where id = $3 and used_at is null returning email`,
    [hash, ttlSeconds, payload.signUpId],
  );
  const to = rows[0]?.email;
  return to ? customerRegistrationMessage(settings, { to, shopName: shop, token, ttlSeconds }) : null;
}

async function prepareCustomerReset(client: pg.PoolClient, settings: MailSettings, envelope: EventEnvelope) {
  const payload = parseEventPayload(accountPayload, envelope);
  const existing = await client.query('select 1 from identity.customer_accounts where lower(email) = lower($1)', [
    payload.email,
  ]);
  if ((existing.rowCount ?? 0) === 0) return null;
  if (!(await withinQuota(client, settings, 'customer_reset', payload.email, envelope))) return null;
  const ttlSeconds = settings.passwordResetTtlSeconds;
  const { token, hash } = accountToken(settings.tokenKey, envelope.id, 'customer_reset');
  const { rows } = await client.query<{ email: string }>(
    'select email from identity.customer_reset_token_issue($1, $2, $3)',
    [payload.email, hash, ttlSeconds],
  );
  const to = rows[0]?.email;
  return to
    ? customerPasswordResetMessage(settings, { to, shopName: await shopName(client), token, ttlSeconds })
    : null;
}
