import type { MailMessage } from '@ucos/kit';

/** Where the links in our mail point: the admin app's and the storefront's pages that take the token. */
export interface MailLinks {
  adminUrl: string;
  storefrontUrl: string;
}

const at = (base: string, path: string, token?: string) =>
  `${base.replace(/\/$/, '')}${path}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
const link = (links: MailLinks, path: string, token: string) => at(links.adminUrl, path, token);

const hours = (seconds: number) => Math.round(seconds / 3600);

export function invitationMessage(
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
): MailMessage {
  if (input.signUp && !input.hasAccount) return signUpMessage(links, input);
  const url = link(links, '/invitations/accept', input.token);
  const what = input.ownership
    ? `Someone asked to create the shop "${input.tenantName}" on Unified Commerce OS with this address as its owner.`
    : `You are invited to join "${input.tenantName}" on Unified Commerce OS as ${input.roleNames.join(', ') || 'a member'}.`;
  const how = input.hasAccount
    ? 'This address already has an account: sign in on that page (or enter your password there) to accept.'
    : 'Choose your password on that page to create your account and accept.';
  return {
    to: input.to,
    subject: input.ownership ? `Confirm your new shop ${input.tenantName}` : `You are invited to ${input.tenantName}`,
    text: [
      what,
      '',
      `Accept: ${url}`,
      '',
      how,
      `The link works once and expires in ${hours(input.ttlSeconds)} hours. If you did not expect this, ignore it: nothing happens until you accept.`,
      '',
    ].join('\n'),
  };
}

export function verificationMessage(links: MailLinks, input: { to: string; token: string; ttlSeconds: number }) {
  return {
    to: input.to,
    subject: 'Verify your email address',
    text: [
      'Confirm that this address belongs to your Unified Commerce OS account:',
      '',
      `Verify: ${link(links, '/verify-email', input.token)}`,
      '',
      `The link works once and expires in ${hours(input.ttlSeconds)} hours. If you did not sign up, ignore it.`,
      '',
    ].join('\n'),
  } satisfies MailMessage;
}

export function passwordResetMessage(links: MailLinks, input: { to: string; token: string; ttlSeconds: number }) {
  return {
    to: input.to,
    subject: 'Reset your password',
    text: [
      'Someone asked to reset the password of your Unified Commerce OS account.',
      '',
      `Choose a new password: ${link(links, '/reset-password', input.token)}`,
      '',
      `The link works once and expires in ${Math.round(input.ttlSeconds / 60)} minutes; using it signs you out everywhere.`,
      'If it was not you, ignore this mail: your password stays as it is.',
      '',
    ].join('\n'),
  } satisfies MailMessage;
}

/** A sign-up by an address without an account: the link, with the password chosen then, creates it. */
function signUpMessage(
  links: MailLinks,
  input: { to: string; token: string; tenantName: string; ttlSeconds: number },
): MailMessage {
  return {
    to: input.to,
    subject: `Confirm your new shop ${input.tenantName}`,
    text: [
      `Someone — we hope you — signed up for the shop "${input.tenantName}" on Unified Commerce OS with this address.`,
      '',
      `Finish creating it: ${link(links, '/sign-up/complete', input.token)}`,
      '',
      'Enter the password you chose when you signed up on that page: your account is created and you are signed in.',
      `The link works once and expires in ${hours(input.ttlSeconds)} hours. If it was not you, ignore this mail: nothing is created and the shop's name is freed.`,
      '',
    ].join('\n'),
  };
}

export function customerRegistrationMessage(
  links: MailLinks,
  input: { to: string; shopName: string; token: string | null; ttlSeconds: number },
): MailMessage {
  const text = input.token
    ? [
        `Confirm your address to finish creating your account at ${input.shopName}:`,
        '',
        `Confirm: ${at(links.storefrontUrl, '/account/verify', input.token)}`,
        '',
        'Enter the password you chose when you registered on that page.',
        `The link works once and expires in ${hours(input.ttlSeconds)} hours. If you did not register, ignore this mail: no account is created.`,
      ]
    : [
        `Someone — we hope you — tried to register at ${input.shopName} with this address, which already has an account there.`,
        '',
        `Sign in: ${at(links.storefrontUrl, '/account/sign-in')}`,
        `Forgot your password? ${at(links.storefrontUrl, '/account/forgot-password')}`,
        '',
        'If it was not you, ignore this mail: your account is unchanged.',
      ];
  return { to: input.to, subject: `Your account at ${input.shopName}`, text: [...text, ''].join('\n') };
}

export function customerPasswordResetMessage(
  links: MailLinks,
  input: { to: string; shopName: string; token: string; ttlSeconds: number },
): MailMessage {
  return {
    to: input.to,
    subject: `Reset your password at ${input.shopName}`,
    text: [
      `Someone asked to reset the password of your account at ${input.shopName}.`,
      '',
      `Choose a new password: ${at(links.storefrontUrl, '/account/reset-password', input.token)}`,
      '',
      `The link works once and expires in ${Math.round(input.ttlSeconds / 60)} minutes; using it signs you out everywhere.`,
      'If it was not you, ignore this mail: your password stays as it is.',
      '',
    ].join('\n'),
  };
}
