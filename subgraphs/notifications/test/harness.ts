import { createLogger, type EventBus, InProcessEventBus, smtpMailer } from '@ucos/kit';
import { startTestSmtpServer, type TestSmtpServer } from '@ucos/kit/mail/testing';
import {
  createTestDatabase,
  domainEvent,
  inProcessCaller,
  staffOf,
  type TestDatabase,
  waitFor,
} from '@ucos/kit/testing';
import { loadNotificationsEnv } from '../src/env.ts';
import type { RecipientDirectory } from '../src/ports/recipients.ts';
import { createNotificationsWorker } from '../src/worker.ts';
import { createNotificationsServer } from '../src/yoga.ts';

export const SECRET = 'notifications-test-internal-secret-0123456789';
export const MIGRATIONS = new URL('../migrations/', import.meta.url);

/** Members by tenant and scope, as identity would answer (tests set them). */
export class FakeDirectory implements RecipientDirectory {
  readonly members = new Map<string, Map<string, string[]>>();
  set(tenantId: string, scope: string, emails: string[]) {
    const byScope = this.members.get(tenantId) ?? new Map<string, string[]>();
    byScope.set(scope, emails);
    this.members.set(tenantId, byScope);
  }
  async emailsWithScope(tenantId: string, scope: string) {
    return this.members.get(tenantId)?.get(scope) ?? [];
  }
}

export interface NotificationsHarness {
  server: Awaited<ReturnType<typeof createNotificationsServer>>;
  worker: Awaited<ReturnType<typeof createNotificationsWorker>>;
  smtp: TestSmtpServer;
  directory: FakeDirectory;
  call: ReturnType<typeof inProcessCaller>;
  close(): Promise<void>;
}

export async function startNotifications(
  db: TestDatabase,
  bus: EventBus,
  env: Record<string, string> = {},
): Promise<NotificationsHarness> {
  const smtp = await startTestSmtpServer();
  const directory = new FakeDirectory();
  const parsed = loadNotificationsEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.serviceUrl('notifications'),
    INTERNAL_TOKEN_SECRET: SECRET,
    LOG_LEVEL: 'silent',
    NOTIFICATIONS_POLL_MS: '50',
    NOTIFICATIONS_RETRY_BASE_MS: '300',
    NOTIFICATIONS_LEASE_SECONDS: '1',
    ...env,
  });
  const logger = createLogger('notifications', process.env.DBG ? 'debug' : 'silent');
  const server = await createNotificationsServer(parsed, logger, bus);
  await server.start();
  const mailer = smtpMailer(smtp.url, 'Shop <shop@example.com>');
  const worker = await createNotificationsWorker(parsed, logger, bus, { directory, mailer });
  await worker.start();
  return {
    server,
    worker,
    smtp,
    directory,
    call: inProcessCaller(server.yoga, SECRET),
    async close() {
      await worker.close();
      await server.close();
      await mailer.close();
      await smtp.close();
    },
  };
}

export const newBus = () => new InProcessEventBus({ logger: createLogger('bus', 'silent') });

export const settingsAdmin = (tenantId: string) => staffOf(tenantId, ['identity:tenant']);

export const auditor = (tenantId: string) => staffOf(tenantId, ['audit:read']);

export { createTestDatabase, domainEvent, waitFor };
