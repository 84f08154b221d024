import { defineEvents, event } from '@ucos/kit';

/**
 * What identity publishes (subjects `ucos.<type>`), written to the outbox in the unit of work of the
 * change. Mail is an event: a mutation emits one in its own unit of work (so a rolled-back change
 * mails nothing) and the mail consumer sends it (so an outage of the mail server is retried, not
 * lost). Events carry no secret: the consumer makes the token when it sends the mail.
 */

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

/** The aggregate id of account mail is the lower-cased address. */
export interface AccountMailPayload {
  email: string;
}

/** A shopper's registration at the storefront of the event's tenant (the caller's shop). */
export interface CustomerRegistrationPayload {
  signUpId: string;
  email: string;
}

export const IDENTITY_EVENTS = defineEvents('identity', {
  'identity.invitation.created': event<InvitationMailPayload>('Invitation'),
  'identity.account.verification_requested': event<AccountMailPayload>('Account'),
  // answered alike for any address; the mail (for an account only) goes out at the relay's next poll,
  // so its work does not follow the request and time the next one (no oracle on the address)
  'identity.account.password_reset_requested': event<AccountMailPayload>('Account', { prompt: false }),
  'identity.customer.registration_requested': event<CustomerRegistrationPayload>('CustomerAccount', { prompt: false }),
  'identity.customer.password_reset_requested': event<AccountMailPayload>('CustomerAccount', { prompt: false }),
});

export type IdentityEvents = typeof IDENTITY_EVENTS;

/** The mail events, by what they send. */
export const MAIL_EVENTS = {
  invitation: 'identity.invitation.created',
  verification: 'identity.account.verification_requested',
  passwordReset: 'identity.account.password_reset_requested',
  customerRegistration: 'identity.customer.registration_requested',
  customerPasswordReset: 'identity.customer.password_reset_requested',
} as const satisfies Record<string, keyof IdentityEvents>;
