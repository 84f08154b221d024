import {
  type EventBus,
  type EventEnvelope,
  idempotentConsumer,
  isPrivateEvent,
  type Logger,
  type PgUnitOfWork,
  type Subscription,
} from '@ucos/kit';
import type { JsonValue, PluginHost, PluginOutcome } from '@ucos/plugin-sdk';
import { defaultHttpFetch, eventMatches } from '@ucos/plugin-sdk';
import { type HookInstallationRow, hookInstallations } from '../../data/hooks.ts';
import { recordRun, runInstallation } from '../../data/run-plugin.ts';
import type { PluginsDeps } from '../../deps.ts';
import type { PluginsEvents } from '../out/plugins-events.ts';

export const ACTIONS_CONSUMER = 'plugins-actions';

/** Events no action hook sees: the kit's private ones, and the plugins' own (a plugin reacting to its own log). */
export const actionSees = (type: string) => !isPrivateEvent(type) && !type.startsWith('plugins.');

/**
 * A run that must be tried again: the plugin's own `retry`, or a failure (error, timeout, limits)
 * under the `refuse` policy; under `allow` a failed run is given up (logged and counted).
 */
class ActionRetry extends Error {}

export interface ActionOptions {
  bus: EventBus;
  unitOfWork: PgUnitOfWork<PluginsEvents, string | null>;
  deps: Pick<PluginsDeps, 'disableAfterFailures' | 'logRetention'>;
  logger: Logger;
  /** attempts per event and installation before the event is dead-lettered */
  maxDeliver: number;
  /** waits between attempts (the bus's backoff) */
  backoffMs: number[];
  /** the `http` capability's transport (tests: a local server; default: the SDK's fetch, no redirects) */
  fetch?: NonNullable<PluginHost['fetch']>;
}

/**
 * `event.action` hooks (issue 15 §1): every event of a tenant (but those above) runs the tenant's
 * enabled installations of `event.action`, in the worker tier, never on a request path. Each
 * installation's run is applied once per event (its own `processed_messages` mark,
 * `plugins-action:<installation>`): when one asks to retry (its answer `retry`, or a failure under
 * the `refuse` policy; a failure under `allow` is given up) the
 * event is delivered again after the bus's backoff and only the installations without a mark run
 * again, with `attempt` counting up. Every run is in the plugin's log and counters, so a plugin that
 * keeps failing is disabled by the usual streak. `http` (to the allowed hosts) and `kv` are served
 * here; a run holds its unit of work's connection for at most the hook's timeout. An installation
 * whose manifest entry declares `events` / `where` runs only after the events that match them.
 */
export function subscribeActions(options: ActionOptions): Promise<Subscription> {
  const { unitOfWork, deps, logger } = options;
  const fetch = options.fetch ?? defaultHttpFetch;

  const runOne = (envelope: EventEnvelope<unknown>, attempt: number, installation: HookInstallationRow) =>
    runInstallation(
      unitOfWork.as(envelope.tenantId as string),
      envelope.tenantId as string,
      logger,
      installation,
      'event.action',
      {
        event: {
          id: envelope.id,
          type: envelope.type,
          occurredAt: envelope.occurredAt,
          data: (envelope.payload ?? null) as JsonValue,
        },
        attempt,
      },
      fetch,
    );

  const report = (tenantId: string, installation: HookInstallationRow, outcome: PluginOutcome<'event.action'>) => {
    const retry = outcome.ok && outcome.output.status === 'retry';
    // an asked-for retry is not a failure of the plugin: it does not count towards disabling it
    return recordRun(deps, unitOfWork.as(tenantId), logger.child({ tenantId }), installation, 'event.action', outcome, {
      outcome: 'allowed',
      message: outcome.ok ? (outcome.output.message ?? (retry ? 'retry' : null)) : null,
    });
  };

  return options.bus.subscribe<unknown>({
    consumer: ACTIONS_CONSUMER,
    subjects: ['ucos.>'],
    maxDeliver: options.maxDeliver,
    backoffMs: options.backoffMs,
    handler: async (envelope, meta) => {
      if (!envelope.tenantId || !actionSees(envelope.type)) return;
      const installations = await hookInstallations(unitOfWork.as(envelope.tenantId), 'event.action');
      let retry: unknown = null;
      const event = { type: envelope.type, data: (envelope.payload ?? null) as JsonValue };
      for (const installation of installations) {
        // an event its manifest does not ask for: not run, not logged, no mark (nothing to redeliver)
        if (
          !eventMatches({ events: installation.events ?? undefined, where: installation.where ?? undefined }, event)
        ) {
          continue;
        }
        const ran: { outcome?: PluginOutcome<'event.action'> } = {};
        const once = idempotentConsumer<PluginsEvents, unknown>({
          unitOfWork,
          consumer: `plugins-action:${installation.installationId}`,
          handle: async () => {
            const outcome = await runOne(envelope, meta.deliveryCount, installation);
            ran.outcome = outcome;
            // no mark: the event comes again for this installation
            if (outcome.ok ? outcome.output.status === 'retry' : installation.failurePolicy === 'refuse') {
              throw new ActionRetry(outcome.ok ? (outcome.output.message ?? 'retry') : outcome.message);
            }
          },
        });
        try {
          await once(envelope, meta);
        } catch (error) {
          retry = error;
        }
        if (ran.outcome) await report(envelope.tenantId, installation, ran.outcome);
      }
      // the others ran (and are marked); the bus delivers the event again for those that did not
      if (retry) throw retry;
    },
  });
}
