import { type Logger, type Mailer, type PgUnitOfWork, SealError, type SealKey } from '@ucos/kit';
import type pg from 'pg';
import { type ClaimedNotification, claimDue, markAttemptFailed, markSent } from './data/notifications.ts';
import { resolveTemplate } from './data/templates.ts';
import type { NotificationsEvents } from './events/out/notifications-events.ts';
import { attachmentsFor, type MailAttachment } from './templates/attachments.ts';
import { isTemplateKey } from './templates/defaults.ts';
import { renderTemplate, TemplateError } from './templates/render.ts';
import { openSealed } from './templates/sealed.ts';

export interface SenderOptions {
  pool: pg.Pool;
  mailer: Mailer;
  log: Logger;
  unitOfWork<Tenant extends string | null>(tenantId: Tenant): PgUnitOfWork<NotificationsEvents, Tenant>;
  pollMs: number;
  retryBaseMs: number;
  maxAttempts: number;
  leaseSeconds: number;
  batch?: number;
  /** opens the one-time links identity seals into its mail (`mailLinkKey(INTERNAL_TOKEN_SECRET)`) */
  linkKey: SealKey | null;
  /** the domain of the Message-ID (`<notification id>@<domain>`) */
  messageIdDomain?: string;
}

/** Delay before attempt n+1 after n failed ones: base × 2^(n−1), at most an hour. */
export const retryDelayMs = (base: number, attempts: number) =>
  Math.min(base * 2 ** Math.max(0, attempts - 1), 3_600_000);

/**
 * Delivers pending notifications: claims due rows of any tenant (`FOR UPDATE SKIP LOCKED`, a lease
 * per claim), renders each with the tenant's template, sends it with the notification id as its
 * Message-ID, and marks it sent; a failed send is retried later with backoff, a template that cannot
 * render is marked failed. See the README, "Delivery guarantee".
 */
export class NotificationSender {
  readonly #options: SenderOptions;
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<number> | null = null;
  #stopped = true;

  constructor(options: SenderOptions) {
    this.#options = options;
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#schedule(0);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#running?.catch(() => undefined);
  }

  #schedule(delay: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#running = this.runOnce()
        .catch((error) => {
          this.#options.log.error({ err: error }, 'notification sender pass failed');
          return 0;
        })
        .finally(() => {
          this.#running = null;
        });
      void this.#running.then((handled) => this.#schedule(handled > 0 ? 0 : this.#options.pollMs));
    }, delay);
  }

  /** One pass: claims a batch and handles it; resolves with how many it handled. */
  async runOnce(): Promise<number> {
    const claims = await claimDue(this.#options.pool, this.#options.batch ?? 20, this.#options.leaseSeconds);
    for (const claim of claims) await this.#deliver(claim);
    return claims.length;
  }

  async #deliver(claim: ClaimedNotification): Promise<void> {
    const { log, mailer, retryBaseMs, maxAttempts } = this.#options;
    const db = this.#options.unitOfWork(claim.tenantId);
    let rendered: Awaited<ReturnType<typeof renderTemplate>>;
    let attachments: MailAttachment[];
    try {
      if (!isTemplateKey(claim.templateKey))
        throw new TemplateError([
          { part: 'subject', line: null, column: null, message: `no template ${claim.templateKey}` },
        ]);
      const key = claim.templateKey;
      const template = await db.run((sql) => resolveTemplate(sql, key, claim.locale));
      // opened here only: the link is in the mail and in no row, log or event
      const data = openSealed(claim.data, this.#options.linkKey, claim.tenantId, claim.recipient);
      rendered = await renderTemplate(template, data, claim.locale);
      attachments = await attachmentsFor(key, data, claim.locale);
    } catch (error) {
      const permanent = error instanceof TemplateError || error instanceof SealError;
      const message = error instanceof Error ? error.message : String(error);
      log.warn({ notificationId: claim.id, err: error }, 'notification could not be rendered');
      await markAttemptFailed(
        db,
        claim,
        message,
        retryDelayMs(retryBaseMs, claim.attempts),
        permanent || claim.attempts >= maxAttempts,
      );
      return;
    }
    try {
      await mailer.send({
        to: claim.recipient,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        messageId: `<${claim.id}@${this.#options.messageIdDomain ?? 'notifications.ucos'}>`,
        ...(attachments.length > 0 ? { attachments } : {}),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.warn(
        { notificationId: claim.id, attempts: claim.attempts, err: error },
        'notification send failed; retrying later',
      );
      await markAttemptFailed(
        db,
        claim,
        message,
        retryDelayMs(retryBaseMs, claim.attempts),
        claim.attempts >= maxAttempts,
      );
      return;
    }
    await markSent(db, claim, rendered.subject);
  }
}
