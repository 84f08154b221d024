import { domainServer } from '@ucos/kit';
import { secretBox } from './data/secrets.ts';
import { database } from './db.ts';
import type { WebhooksDeps } from './deps.ts';
import type { WebhooksEnv } from './env.ts';
import { secretKeyOf } from './keys.ts';
import { schema } from './schema/index.ts';

export { schema };

/** The request path: the API over endpoints and the delivery log. Sending is the worker's (`src/worker.ts`). */
export const createWebhooksServer = domainServer<WebhooksDeps, WebhooksEnv>(database, schema, {
  ports: (env) => ({
    secrets: secretBox(secretKeyOf(env)),
    destinations: { allowPrivate: env.WEBHOOKS_ALLOW_PRIVATE_DESTINATIONS },
  }),
});
