import type { Logger } from '@ucos/kit';
import { APP_DOCUMENTS_CHANNEL } from '@ucos/kit/app-documents';
import { SESSION_REVOCATIONS_CHANNEL } from '@ucos/kit/session-revocation';
import type { Redis } from 'ioredis';
import pg from 'pg';

/** Postgres channel (a trigger's NOTIFY) → the Redis channel the gateways subscribe to */
const FORWARDED: Record<string, string> = {
  ucos_session_revocations: SESSION_REVOCATIONS_CHANNEL,
  // a published app document version (migration 0080): the gateways drop their copy of the app
  ucos_app_documents: APP_DOCUMENTS_CHANNEL,
};
const RETRY_MS = 1000;

export interface RevocationBroadcast {
  close(): Promise<void>;
}

/**
 * The fast path to the gateways: Postgres announces each revocation record on commit (a trigger's
 * NOTIFY, so a rolled-back change announces nothing), and this forwards it to a Redis channel every
 * gateway replica subscribes to. Losing a message costs only speed: the gateways also poll identity's
 * feed, so a record missed here arrives with the next poll. Each identity replica forwards every
 * record (the gateways apply records idempotently).
 */
export async function startRevocationBroadcast(
  databaseUrl: string,
  redisUrl: string,
  logger: Logger,
): Promise<RevocationBroadcast> {
  const { Redis: RedisClient } = await import('ioredis');
  const redis: Redis = new RedisClient(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  await redis.connect();
  let listener: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const listen = async () => {
    const client = new pg.Client({ connectionString: databaseUrl, application_name: 'identity-revocations' });
    client.on('notification', (message) => {
      const target = FORWARDED[message.channel];
      if (!target || !message.payload) return;
      redis.publish(target, message.payload).catch((error: unknown) => {
        logger.warn({ err: error, channel: target }, 'cannot forward to Redis; the gateways poll instead');
      });
    });
    client.on('error', (error) => {
      logger.warn({ err: error }, 'revocation listener lost its database connection; reconnecting');
      void client.end().catch(() => undefined);
      if (listener === client) listener = null;
      schedule();
    });
    try {
      await client.connect();
      for (const channel of Object.keys(FORWARDED)) await client.query(`listen ${channel}`);
      if (closed) await client.end();
      else listener = client;
    } catch (error) {
      logger.warn({ err: error }, 'cannot listen for revocations; retrying');
      await client.end().catch(() => undefined);
      schedule();
    }
  };
  const schedule = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void listen();
    }, RETRY_MS);
    retry.unref();
  };

  await listen();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      await listener?.end().catch(() => undefined);
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
