import { type Logger, outcomeCounter, type PgUnitOfWork, SIGNATURE_HEADER, signatureHeader } from '@ucos/kit';
import type pg from 'pg';
import { type AttemptPolicy, claimDue, loadClaimed, nextDue, recordAttempt } from './data/dispatch.ts';
import type { SecretBox } from './data/secrets.ts';
import type { WebhooksEvents } from './events/out/webhooks-events.ts';
import type { WebhookSender } from './ports/http-sender.ts';

/** Delivery attempts by what they led to: succeeded, pending (a retry is scheduled) or failed for good. */
const deliveryAttempts = outcomeCounter(
  'ucos_webhook_delivery_attempts_total',
  'Webhook delivery attempts, by the delivery status they led to (succeeded, pending, failed)',
);

export interface DispatcherOptions {
  pool: pg.Pool;
  unitOfWork(tenantId: string): PgUnitOfWork<WebhooksEvents, string>;
  secrets: SecretBox;
  send: WebhookSender;
  policy: AttemptPolicy;
  timeoutMs: number;
  /** the fallback poll; `kick()` runs it at once */
  pollMs: number;
  concurrency: number;
  logger: Logger;
}

/**
 * Sends due deliveries: claims up to `concurrency` at a time (SKIP LOCKED + lease, see
 * `claim_due_deliveries`), signs the envelope with every live secret, POSTs it and records the
 * attempt. `kick()` (after a fan-out commits) starts a round at once; otherwise it wakes at the next
 * due retry or after `pollMs`, whichever is sooner.
 */
export class Dispatcher {
  readonly #options: DispatcherOptions;
  #inFlight = new Set<Promise<void>>();
  #timer: NodeJS.Timeout | null = null;
  #running = false;
  #again = false;
  #stopped = true;

  constructor(options: DispatcherOptions) {
    this.#options = options;
  }

  start(): void {
    this.#stopped = false;
    this.kick();
  }

  kick(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    void this.#round();
  }

  async close(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    while (this.#running || this.#inFlight.size > 0) {
      await Promise.allSettled([...this.#inFlight]);
      if (this.#running) await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async #round(): Promise<void> {
    this.#running = true;
    let wait = this.#options.pollMs;
    try {
      do {
        this.#again = false;
        const room = this.#options.concurrency - this.#inFlight.size;
        if (room <= 0) break;
        const claimed = await claimDue(this.#options.pool, room, this.#options.timeoutMs + 5_000);
        for (const key of claimed) {
          const work: Promise<void> = this.#deliver(key.tenantId, key.id)
            .catch((error) => this.#options.logger.error({ err: error, deliveryId: key.id }, 'webhook delivery failed'))
            .finally(() => {
              this.#inFlight.delete(work);
              this.kick();
            });
          this.#inFlight.add(work);
        }
        if (claimed.length === room) this.#again = true;
      } while (this.#again && !this.#stopped);
      if (this.#inFlight.size === 0) {
        const due = await nextDue(this.#options.pool);
        if (due) wait = Math.max(0, Math.min(wait, due.getTime() - Date.now() + 5));
      }
    } catch (error) {
      this.#options.logger.warn({ err: error }, 'webhook dispatcher round failed');
    } finally {
      this.#running = false;
      if (!this.#stopped) {
        if (this.#again) this.kick();
        else if (this.#inFlight.size === 0) this.#timer = setTimeout(() => this.kick(), wait);
      }
    }
  }

  async #deliver(tenantId: string, id: string): Promise<void> {
    const db = this.#options.unitOfWork(tenantId);
    const delivery = await loadClaimed(db, id);
    if (!delivery) return;
    const body = JSON.stringify(delivery.envelope);
    let secrets: string[] = [];
    let problem: string | null = null;
    try {
      secrets = delivery.secrets.map((sealed) => this.#options.secrets.open(sealed));
      if (secrets.length === 0) problem = 'the endpoint has no live signing secret';
    } catch {
      problem = 'the signing secret cannot be decrypted (was WEBHOOK_SECRET_KEY changed?): rotate it';
    }
    const outcome =
      problem !== null
        ? { status: null, latencyMs: 0, body: null, error: problem }
        : await this.#options.send({
            url: delivery.url,
            body,
            headers: {
              'content-type': 'application/json',
              'user-agent': 'ucos-webhooks/1',
              [SIGNATURE_HEADER]: signatureHeader(secrets, body),
              'UCOS-Event-Id': delivery.envelope.id,
              'UCOS-Event-Type': delivery.envelope.type,
              'UCOS-Delivery-Id': delivery.id,
            },
          });
    const recorded = await recordAttempt(db, delivery, outcome, this.#options.policy);
    deliveryAttempts.inc({ outcome: recorded.status });
    if (recorded.disabled) {
      this.#options.logger.warn(
        { endpointId: delivery.endpointId, tenantId },
        'webhook endpoint disabled after repeated failures',
      );
    }
  }
}
