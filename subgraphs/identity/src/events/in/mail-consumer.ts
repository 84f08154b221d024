import {
  type EventBus,
  type EventEnvelope,
  InFlight,
  idempotentConsumer,
  mailLinkContext,
  type PgUnitOfWork,
  parseEventPayload,
  type SealKey,
  type Subscription,
  seal,
  type UnitOfWorkTx,
} from '@ucos/kit';
import type pg from 'pg';
import { z } from 'zod';
import { sha256 } from '../../data/tokens.ts';
import {
  accountRequest,
  customerPasswordResetRequest,
  customerRegistrationRequest,
  invitationRequest,
  type MailLinks,
  type MailRequest,
} from '../../mail/requests.ts';
import { accountToken, invitationToken, type MailTokenKey, type TokenPurpose } from '../../mail/tokens.ts';
import { type IdentityEvents, MAIL_EVENTS } from '../out/identity-events.ts';

export interface MailSettings extends MailLinks {
  invitationTtlSeconds: number;
  verificationTtlSeconds: number;
  passwordResetTtlSeconds: number;
  tokenKey: MailTokenKey;
  /** seals the one-time link into the mail event (`mailLinkKey(INTERNAL_TOKEN_SECRET)`) */
  linkKey: SealKey;
  /** mails of one purpose to one address within the window; more are not sent */
  perAddressLimit: number;
  perAddressWindowSeconds: number;
}

/** Retried for about two and a half hours (the database being down), then dead-lettered. */
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

type Prepare = (client: pg.PoolClient, settings: MailSettings, envelope: EventEnvelope) => Promise<MailRequest | null>;

/**
 * Turns identity's mail events into mail, once per event (`idempotentConsumer`): in one unit of
 * work it decides whether there is anything to send (an account to reset, an invitation still
 * pending, the address's quota), stores the token's hash (the token is derived from the event, see
 * tokens.ts), emits `identity.mail.requested` for notifications to render and send — the link
 * sealed for this tenant and recipient — and marks the event processed. So the link works the
 * moment the mail arrives, a redelivery mints nothing, and a rolled-back attempt stores and asks
 * nothing. Over an address's mail limit nothing is emitted: the request that caused the event was
 * answered like any other. Runs in identity's worker (src/worker.ts), never on the request path.
 */
export function subscribeMail(
  bus: EventBus,
  unitOfWork: PgUnitOfWork<IdentityEvents, string | null>,
  settings: MailSettings,
  /** the worker's work in flight: a stopping worker takes no new event and waits for the one in hand */
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
    handler: inFlight.handler(
      idempotentConsumer<IdentityEvents>({
        unitOfWork,
        consumer: CONSUMER,
        handle: async (envelope, client, tx) => {
          const step = prepare[envelope.type];
          const request = step ? await step(client, settings, envelope as EventEnvelope) : null;
          if (request) await requestMail(client, tx, settings, envelope as EventEnvelope, request);
        },
      }),
    ),
  });
}

/** Asks notifications to send the mail; only the sealed link leaves identity. */
async function requestMail(
  client: pg.PoolClient,
  tx: UnitOfWorkTx<IdentityEvents, string>,
  settings: MailSettings,
  envelope: EventEnvelope,
  request: MailRequest,
): Promise<void> {
  // the tenant's language; account mail about a person (no tenant) takes notifications' default
  const tenant = await client.query<{ locale: string }>('select locale from identity.tenants where tenant_id = $1', [
    tx.tenantId,
  ]);
  await tx.emit('identity.mail.requested', envelope.aggregateId, {
    template: request.template,
    to: request.to,
    locale: tenant.rows[0]?.locale ?? null,
    data: request.data,
    sealedLink: request.link ? seal(settings.linkKey, request.link, mailLinkContext(tx.tenantId, request.to)) : null,
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
  return invitationRequest(settings, {
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
  return accountRequest(settings, purpose, { to, token, ttlSeconds });
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
    return customerRegistrationRequest(settings, { to: payload.email, shopName: shop, token: null, ttlSeconds });
  }
  const { token, hash } = accountToken(settings.tokenKey, envelope.id, 'customer_sign_up');
  const { rows } = await client.query<{ email: string }>(
    `update identity.customer_sign_ups set token_hash = $1, expires_at = now() + make_interval(secs => $2)
      where id = $3 and used_at is null returning email`,
    [hash, ttlSeconds, payload.signUpId],
  );
  const to = rows[0]?.email;
  return to ? customerRegistrationRequest(settings, { to, shopName: shop, token, ttlSeconds }) : null;
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
    ? customerPasswordResetRequest(settings, { to, shopName: await shopName(client), token, ttlSeconds })
    : null;
}
