import type { WebhooksEnv } from './env.ts';

/** The key material of the signing-secret box: WEBHOOK_SECRET_KEY, or the internal token secret. */
export const secretKeyOf = (env: Pick<WebhooksEnv, 'WEBHOOK_SECRET_KEY' | 'INTERNAL_TOKEN_SECRET'>) =>
  env.WEBHOOK_SECRET_KEY ?? `webhooks:${env.INTERNAL_TOKEN_SECRET}`;
