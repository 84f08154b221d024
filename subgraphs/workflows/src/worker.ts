import {
  assertUnprivileged,
  type EventBus,
  idempotentConsumer,
  type Logger,
  OutboxRelay,
  processedMessagesPruneJobOf,
  type ScheduledJob,
  type Subscription,
  type WorkerFactory,
  type WorkerService,
} from '@ucos/kit';
import { runsDue } from './data/due-work.ts';
import { workflowSecretKey } from './data/secrets.ts';
import { database, tenantDb } from './db.ts';
import { SCHEMA } from './deps.ts';
import { Engine } from './engine/engine.ts';
import { scheduleTick } from './engine/schedules.ts';
import { loadWorkflowsEnv, type WorkflowsEnv } from './env.ts';
import { ENGINE_CONSUMER, ENGINE_SUBJECTS, routeEvent } from './events/in/router.ts';
import { recordTenantSettings } from './events/in/tenant-settings.ts';
import { type ActionPort, gatewayActions } from './ports/actions.ts';
import { identityServiceTokens } from './ports/service-tokens.ts';
import { httpWebhooks, type WebhookPort } from './ports/webhooks.ts';

export interface WorkflowsWorkerOptions {
  /** tests: a fake gateway or receiver */
  actions?: ActionPort;
  webhooks?: WebhookPort;
  consumer?: string;
}

/**
 * The workflows worker: the event router (starts runs, feeds `wait: event` steps, continues decided
 * tasks), the timer loop (due wake-ups, dead workers' runs) and the scheduler (cron triggers).
 */
export async function createWorkflowsWorker(
  env: WorkflowsEnv,
  logger: Logger,
  bus: EventBus,
  options: WorkflowsWorkerOptions = {},
) {
  const pool = database.connectPlacedPool(env, Math.max(4, Math.min(env.DATABASE_POOL_SIZE, 10)), logger);
  await assertUnprivileged(pool);
  const relay = new OutboxRelay({ pool, schema: SCHEMA, bus, logger });
  const unitOfWork = (tenantId: string) => tenantDb(pool, tenantId, relay);
  const actions =
    options.actions ??
    gatewayActions({
      gatewayUrl: env.GATEWAY_URL,
      tokens: identityServiceTokens({
        identityUrl: env.IDENTITY_SUBGRAPH_URL,
        internalTokenSecret: env.INTERNAL_TOKEN_SECRET,
      }),
    });
  const engine = new Engine({
    unitOfWork,
    log: logger,
    actions,
    webhooks: options.webhooks ?? httpWebhooks(),
    leaseMs: env.WORKFLOWS_LEASE_MS,
    secretKey: workflowSecretKey(env.WORKFLOWS_SECRET_KEY ?? env.INTERNAL_TOKEN_SECRET),
  });
  const consumer = options.consumer ?? ENGINE_CONSUMER;
  // the router marks every event of the platform: its marks are the largest table to prune
  const prune = processedMessagesPruneJobOf(SCHEMA, pool, logger, env);
  let subscription: Subscription | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let ticking = false;
  let lastSchedule = 0;

  async function tick(): Promise<void> {
    if (ticking) return;
    ticking = true;
    try {
      for (const row of await runsDue(pool, 100)) void engine.advance(row.tenant_id, row.run_id);
      if (Date.now() - lastSchedule >= env.WORKFLOWS_SCHEDULE_INTERVAL_MS) {
        lastSchedule = Date.now();
        await scheduleTick(
          pool,
          unitOfWork,
          Math.max(60_000, env.WORKFLOWS_SCHEDULE_INTERVAL_MS * 3),
          (tenantId, runId) => void engine.advance(tenantId, runId),
          logger,
        );
      }
    } catch (error) {
      logger.error({ err: error }, 'the workflows timer loop failed');
    } finally {
      ticking = false;
    }
  }

  const service: WorkerService & { engine: Engine; tick(): Promise<void>; prune: ScheduledJob } = {
    name: 'workflows',
    engine,
    prune,
    tick,
    async start() {
      relay.start();
      subscription = await bus.subscribe({
        consumer,
        subjects: ENGINE_SUBJECTS,
        // runs started by different events are independent: order is not needed, throughput is
        concurrency: env.WORKFLOWS_CONSUMER_CONCURRENCY,
        handler: idempotentConsumer({
          unitOfWork: tenantDb(pool, null, relay),
          consumer,
          handle: async (envelope, sql, tx) => {
            await recordTenantSettings(envelope, sql);
            await routeEvent(envelope, sql, tx, engine, logger);
          },
        }),
      });
      prune.start();
      timer = setInterval(() => void tick(), env.WORKFLOWS_TICK_MS);
      timer.unref?.();
      void tick();
    },
    async close() {
      if (timer) clearInterval(timer);
      await subscription?.stop();
      await prune.stop();
      await engine.close();
      while (ticking) await new Promise((resolve) => setTimeout(resolve, 10));
      await relay.stop();
      await pool.end().catch(() => undefined);
    },
  };
  return service;
}

export const createWorker: WorkerFactory = async (source, { logger, bus }) =>
  createWorkflowsWorker(loadWorkflowsEnv(source), logger, bus);
