import { MAIL_TEMPLATES, type MailRequestedPayload, type MailTemplate } from '../events/out/identity-events.ts';

/** Where the links in our mail point: the admin app's and the storefront's pages that take the token. */
export interface MailLinks {
  adminUrl: string;
  storefrontUrl: string;
}

export const linkTo = (base: string, path: string, token?: string) =>
  `${base.replace(/\/$/, '')}${path}${token ? `?token=${encodeURIComponent(token)}` : ''}`;

/**
 * What one mail needs, before its link is sealed: the template notifications renders, the address,
 * the data the template shows (no secret in it), and the one-time link, if the mail carries one.
 */
export interface MailRequest {
  template: MailTemplate;
  to: string;
  data: MailRequestedPayload['data'];
  link: string | null;
}

/** How long a link works, both ways a template may say it. */
export const lifetime = (ttlSeconds: number) => ({
  expiresInHours: Math.round(ttlSeconds / 3600),
  expiresInMinutes: Math.round(ttlSeconds / 60),
});

export function invitationRequest(
  links: MailLinks,
  input: {
    to: string;
    token: string;
    tenantName: string;
    roleNames: string[];
    ownership: boolean;
    hasAccount: boolean;
    signUp: boolean;
    ttlSeconds: number;
  },
): MailRequest {
  const data = { tenantName: input.tenantName, ...lifetime(input.ttlSeconds) };
  // a sign-up by an address without an account: the link, with the password chosen then, creates it
  if (input.signUp && !input.hasAccount)
    return {
      template: MAIL_TEMPLATES.signUp,
      to: input.to,
      data,
      link: linkTo(links.adminUrl, '/sign-up/complete', input.token),
    };
  return {
    template: MAIL_TEMPLATES.invitation,
    to: input.to,
    data: { ...data, roleNames: input.roleNames, ownership: input.ownership, hasAccount: input.hasAccount },
    link: linkTo(links.adminUrl, '/invitations/accept', input.token),
  };
}

export const accountRequest = (
  links: MailLinks,
  purpose: 'verify_email' | 'reset_password',
  input: { to: string; token: string; ttlSeconds: number },
): MailRequest =>
  purpose === 'verify_email'
    ? {
        template: MAIL_TEMPLATES.emailVerification,
        to: input.to,
        data: lifetime(input.ttlSeconds),
        link: linkTo(links.adminUrl, '/verify-email', input.token),
      }
    : {
        template: MAIL_TEMPLATES.passwordReset,
        to: input.to,
        data: lifetime(input.ttlSeconds),
        link: linkTo(links.adminUrl, '/reset-password', input.token),
      };

/** A shopper's registration: the confirmation link, or (the address has an account) where to sign in. */
export const customerRegistrationRequest = (
  links: MailLinks,
  input: { to: string; shopName: string; token: string | null; ttlSeconds: number },
): MailRequest => ({
  template: MAIL_TEMPLATES.customerRegistration,
  to: input.to,
  data: {
    shopName: input.shopName,
    existingAccount: input.token === null,
    signInUrl: linkTo(links.storefrontUrl, '/account/sign-in'),
    forgotPasswordUrl: linkTo(links.storefrontUrl, '/account/forgot-password'),
    ...lifetime(input.ttlSeconds),
  },
  link: input.token ? linkTo(links.storefrontUrl, '/account/verify', input.token) : null,
});

export const customerPasswordResetRequest = (
  links: MailLinks,
  input: { to: string; shopName: string; token: string; ttlSeconds: number },
): MailRequest => ({
  template: MAIL_TEMPLATES.customerPasswordReset,
  to: input.to,
  data: { shopName: input.shopName, ...lifetime(input.ttlSeconds) },
  link: linkTo(links.storefrontUrl, '/account/reset-password', input.token),
});
