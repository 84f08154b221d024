import { defineEvents, event } from '@ucos/kit';
import type { FeatureFlagChangedPayload } from '@ucos/kit/feature-flags';
import type { TenantAddress } from '../../data/tenants.ts';

/**
 * What identity publishes (subjects `ucos.<type>`), written to the outbox in the unit of work of the
 * change. Mail is an event: a mutation emits one in its own unit of work (so a rolled-back change
 * mails nothing); identity's mail consumer decides whether and what to mail, stores the token's hash
 * and asks notifications to send it (`identity.mail.requested`), which retries through an outage of
 * the mail server. The request events carry no secret; the mail event carries its one-time link
 * only sealed (`@ucos/kit` `seal`), and none of them is ever offered to webhooks or workflows.
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

/** The templates of identity's mail, rendered (and overridable) in notifications. */
export const MAIL_TEMPLATES = {
  invitation: 'account.invitation',
  signUp: 'account.sign_up',
  emailVerification: 'account.email_verification',
  passwordReset: 'account.password_reset',
  customerRegistration: 'customer.registration',
  customerPasswordReset: 'customer.password_reset',
} as const;

export type MailTemplate = (typeof MAIL_TEMPLATES)[keyof typeof MAIL_TEMPLATES];

/**
 * A mail for notifications to render and send, emitted by identity's mail consumer in the unit of
 * work that stores its token's hash. `sealedLink` is the one-time link sealed with
 * `mailLinkKey(INTERNAL_TOKEN_SECRET)` for this tenant and recipient (`mailLinkContext`): the outbox,
 * the bus, dead letters and notifications' rows hold only the sealed value.
 */
export interface MailRequestedPayload {
  template: MailTemplate;
  to: string;
  /** the locale to render in; null: notifications' default */
  locale: string | null;
  data: Record<string, string | number | boolean | string[]>;
  sealedLink: string | null;
}

/**
 * The tenant's settings other domains act on, as they are after the change: workflows fires the
 * tenant's scheduled triggers in `timeZone` when a trigger names no zone of its own.
 */
export interface TenantSettingsChangedPayload {
  name: string;
  locale: string;
  timeZone: string;
  /** ISO 4217 codes the shop sells in, its default first */
  currencies: string[];
  /** the business profile its invoices print ('' and null until staff fill them in) */
  legalName: string;
  taxId: string;
  address: TenantAddress | null;
}

export const IDENTITY_EVENTS = defineEvents('identity', {
  'identity.tenant.settings_changed': event<TenantSettingsChangedPayload>('Tenant'),
  // a flag set or deleted (enabled null): every flag cache of the tenant drops it (`@ucos/kit/feature-flags`)
  'identity.feature_flag.changed': event<FeatureFlagChangedPayload>('FeatureFlag'),
  'identity.invitation.created': event<InvitationMailPayload>('Invitation'),
  'identity.account.verification_requested': event<AccountMailPayload>('Account'),
  // answered alike for any address; the mail (for an account only) goes out at the relay's next poll,
  // so its work does not follow the request and time the next one (no oracle on the address)
  'identity.account.password_reset_requested': event<AccountMailPayload>('Account', { prompt: false }),
  'identity.customer.registration_requested': event<CustomerRegistrationPayload>('CustomerAccount', { prompt: false }),
  'identity.customer.password_reset_requested': event<AccountMailPayload>('CustomerAccount', { prompt: false }),
  // private like the others: webhooks never offer `identity.mail.`, the workflows router ignores it
  'identity.mail.requested': event<MailRequestedPayload>('Mail'),
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
