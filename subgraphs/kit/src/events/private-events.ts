/**
 * Events no tenant-facing consumer (webhooks, workflows, plugins' action hooks) may pass on:
 * identity's account mail events would tell whether an address has an account (and
 * `identity.mail.requested` carries a sealed one-time link); dead letters are the bus's own.
 */
export const PRIVATE_EVENT_PREFIXES = [
  'identity.account.',
  'identity.customer.',
  'identity.invitation.',
  'identity.mail.',
  'dlq.',
] as const;

export const isPrivateEvent = (type: string): boolean =>
  PRIVATE_EVENT_PREFIXES.some((prefix) => type.startsWith(prefix));
