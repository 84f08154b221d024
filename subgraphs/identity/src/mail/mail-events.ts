import { createEnvelope, enqueueEvent } from '@ucos/kit';
import type { Tx } from '../db.ts';

/**
 * Mail is an event: a mutation enqueues one in its own transaction (so a rolled-back change mails
 * nothing) and the mail consumer sends it (so an outage of the mail server is retried, not lost).
 * Events carry no secret: the consumer makes the token when it sends the mail.
 */
export const MAIL_EVENTS = {
  invitation: 'identity.invitation.created',
  verification: 'identity.account.verification_requested',
  passwordReset: 'identity.account.password_reset_requested',
  customerRegistration: 'identity.customer.registration_requested',
  customerPasswordReset: 'identity.customer.password_reset_requested',
} as const;

/**
 * Account mail (verification, reset) is about a person, not a tenant, but the outbox is
 * tenant-scoped: such events are filed under this reserved id, which no tenant can have.
 */
export const ACCOUNT_MAIL_TENANT = '00000000-0000-0000-0000-000000000000';

export interface InvitationMailPayload {
  invitationId: string;
  email: string;
  tenantName: string;
  roleNames: string[];
  /** a tenantCreate by an existing address: accepting makes them the new tenant's owner */
  ownership: boolean;
  /** the ownership of a pending tenant from sign-up: a new address completes it with the sign-up's password */
  signUp: boolean;
}

export interface AccountMailPayload {
  email: string;
}

export function enqueueInvitationMail(tx: Tx, tenantId: string, payload: InvitationMailPayload) {
  return enqueueEvent(
    tx,
    'identity',
    createEnvelope({
      type: MAIL_EVENTS.invitation,
      tenantId,
      aggregateType: 'Invitation',
      aggregateId: payload.invitationId,
      payload,
    }),
  );
}

/** `tx` acts for `tenantId`: the tenant the request came from, or ACCOUNT_MAIL_TENANT when none. */
export function enqueueAccountMail(
  tx: Tx,
  tenantId: string,
  kind: 'verification' | 'passwordReset',
  payload: AccountMailPayload,
) {
  return enqueueEvent(
    tx,
    'identity',
    createEnvelope({
      type: MAIL_EVENTS[kind],
      tenantId,
      aggregateType: 'Account',
      aggregateId: payload.email.toLowerCase(),
      payload,
    }),
  );
}

export interface CustomerRegistrationPayload {
  signUpId: string;
  email: string;
}

/** A shopper's registration or reset request at the storefront of `tenantId` (the caller's shop). */
export function enqueueCustomerMail(
  tx: Tx,
  tenantId: string,
  kind: 'customerRegistration' | 'customerPasswordReset',
  payload: AccountMailPayload | CustomerRegistrationPayload,
) {
  return enqueueEvent(
    tx,
    'identity',
    createEnvelope({
      type: MAIL_EVENTS[kind],
      tenantId,
      aggregateType: 'CustomerAccount',
      aggregateId: payload.email.toLowerCase(),
      payload,
    }),
  );
}
