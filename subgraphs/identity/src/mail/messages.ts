import type { MailMessage } from '@ucos/kit';

/** Where the links in our mail point: the admin app's pages that take the token. */
export interface MailLinks {
  adminUrl: string;
}

const link = (links: MailLinks, path: string, token: string) =>
  `${links.adminUrl.replace(/\/$/, '')}${path}?token=${encodeURIComponent(token)}`;

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
    ttlSeconds: number;
  },
): MailMessage {
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
