import { DATA_CHANGES_CHANNEL, dataChangeSchema } from '@ucos/kit/data-changes';
import type { Logger } from '@ucos/kit/logger';
import { Redis } from 'ioredis';

/**
 * What this gateway replica knows of committed changes: a generation per tenant that moves whenever
 * a domain its cached reads depend on announces a commit of that tenant (`@ucos/kit/data-changes`).
 * An answer cached under an older generation is stale. While the subscription is down nothing can
 * be vouched for: `live` is false and every generation moves once it is back.
 */
export interface DataChangeFeed {
  /** subscribed and not interrupted since: announcements are arriving */
  readonly live: boolean;
  /** an opaque token that differs from every earlier one once the tenant's data changed */
  generationOf(tenantId: string): string;
  close(): Promise<void>;
}

export interface DataChangeFeedOptions {
  redisUrl: string;
  /** the domains whose commits change what the cached root fields read */
  domains: ReadonlySet<string>;
  logger: Logger;
}

export async function subscribeDataChanges(options: DataChangeFeedOptions): Promise<DataChangeFeed> {
  const { logger, domains } = options;
  const tenants = new Map<string, number>();
  // bumped whenever the subscription (re)starts: announcements may have been missed while it was down
  let epoch = 0;
  let live = false;
  // resubscribing is done here, not by ioredis, so the feed knows when announcements arrive again
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: true, autoResubscribe: false });
  const interrupted = () => {
    if (live) logger.warn('data-change feed interrupted: partner answers are not cached until it is back');
    live = false;
  };
  redis.on('error', (error) => {
    if (live) logger.warn({ err: error }, 'data-change feed: Redis error');
    interrupted();
  });
  redis.on('close', interrupted);
  redis.on('message', (_channel: string, message: string) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch {
      return;
    }
    const change = dataChangeSchema.safeParse(parsed);
    if (!change.success || !domains.has(change.data.domain)) return;
    tenants.set(change.data.tenantId, (tenants.get(change.data.tenantId) ?? 0) + 1);
  });
  const subscribe = () =>
    redis.subscribe(DATA_CHANGES_CHANNEL).then(
      () => {
        // whatever was announced while nobody listened: every earlier generation is stale
        epoch++;
        tenants.clear();
        live = true;
      },
      (error: unknown) => logger.warn({ err: error }, 'data-change feed: cannot subscribe'),
    );
  redis.on('ready', () => void subscribe());
  try {
    await redis.connect();
    await subscribe();
  } catch (error) {
    logger.warn({ err: error }, 'data-change feed unavailable: partner answers are not cached until it is');
  }
  return {
    get live() {
      return live;
    },
    generationOf: (tenantId) => `${epoch}.${tenants.get(tenantId) ?? 0}`,
    async close() {
      live = false;
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
