import {
  type EventBus,
  type EventEnvelope,
  idempotentHandler,
  type Mailer,
  parseEventPayload,
  type Subscription,
} from '@ucos/kit';
import type pg from 'pg';
import { z } from 'zod';
import { invitationMessage, type MailLinks, passwordResetMessage, verificationMessage } from '../../mail/messages.ts';
import { newAccountToken, newInvitationToken } from '../../mail/tokens.ts';
import { type AccountMailPayload, type InvitationMailPayload, MAIL_EVENTS } from '../out/identity-events.ts';

export interface MailSettings extends MailLinks {
  invitationTtlSeconds: number;
  verificationTtlSeconds: number;
  passwordResetTtlSeconds: number;
}

/** Retried for about two and a half hours (a mail server being down), then dead-lettered. */
const MAIL_RETRY = { maxDeliver: 20, backoffMs: [1_000, 5_000, 30_000, 120_000, 600_000] };

const invitationPayload = z.object({
  invitationId: z.guid(),
  email: z.string(),
  tenantName: z.string(),
  roleNames: z.array(z.string()),
  ownership: z.boolean(),
});
const accountPayload = z.object({ email: z.string() });

/**
 * Sends identity's mail from its outbox events. The token is made here, when the mail goes out,
 * and only its hash is stored — in the same transaction that records the event as processed. If
 * sending fails, that transaction rolls back (no token, not processed) and the bus retries; if the
 * commit fails after sending, the retry mails a fresh token and the first link simply does not work.
 */
export function subscribeMail(
  bus: EventBus,
  pool: pg.Pool,
  mailer: Mailer,
  settings: MailSettings,
): Promise<Subscription> {
  return bus.subscribe({
    consumer: 'identity-mail',
    subjects: Object.values(MAIL_EVENTS).map((type) => `ucos.${type}`),
    ...MAIL_RETRY,
    handler: idempotentHandler({
      pool,
      schema: 'identity',
      consumer: 'identity-mail',
      handle: async (envelope, client) => {
        if (envelope.type === MAIL_EVENTS.invitation) {
          await sendInvitation(client, mailer, settings, envelope, parseEventPayload(invitationPayload, envelope));
        } else if (envelope.type === MAIL_EVENTS.verification) {
          await sendAccountMail(client, mailer, settings, 'verify_email', parseEventPayload(accountPayload, envelope));
        } else if (envelope.type === MAIL_EVENTS.passwordReset) {
          await sendAccountMail(
            client,
            mailer,
            settings,
            'reset_password',
            parseEventPayload(accountPayload, envelope),
          );
        }
      },
    }),
  });
}

async function sendInvitation(
  client: pg.PoolClient,
  mailer: Mailer,
  settings: MailSettings,
  envelope: EventEnvelope,
  payload: InvitationMailPayload,
) {
  const { token, hash } = newInvitationToken(envelope.tenantId, payload.invitationId);
  const { rows } = await client.query<{ email: string }>(
    `update identity.invitations set token_hash = $1, expires_at = now() + make_interval(secs => $2)
      where id = $3 and accepted_at is null and revoked_at is null returning email`,
    [hash, settings.invitationTtlSeconds, payload.invitationId],
  );
  const invitation = rows[0];
  if (!invitation) return; // revoked (or accepted) before it could be mailed: nothing to send
  const account = await client.query('select 1 from identity.account_by_email($1)', [invitation.email]);
  await mailer.send(
    invitationMessage(settings, {
      to: invitation.email,
      token,
      tenantName: payload.tenantName,
      roleNames: payload.roleNames,
      ownership: payload.ownership,
      hasAccount: (account.rowCount ?? 0) > 0,
      ttlSeconds: settings.invitationTtlSeconds,
    }),
  );
}

async function sendAccountMail(
  client: pg.PoolClient,
  mailer: Mailer,
  settings: MailSettings,
  purpose: 'verify_email' | 'reset_password',
  payload: AccountMailPayload,
) {
  const { token, hash } = newAccountToken(purpose);
  const ttlSeconds = purpose === 'verify_email' ? settings.verificationTtlSeconds : settings.passwordResetTtlSeconds;
  const { rows } = await client.query<{ email: string }>(
    'select email from identity.account_token_issue($1, $2, $3, $4)',
    [payload.email, purpose, hash, ttlSeconds],
  );
  const account = rows[0];
  // no such account (or already verified): the request was answered like any other, and nothing is sent
  if (!account) return;
  const message = { to: account.email, token, ttlSeconds };
  await mailer.send(
    purpose === 'verify_email' ? verificationMessage(settings, message) : passwordResetMessage(settings, message),
  );
}
