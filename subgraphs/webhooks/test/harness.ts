import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, type EventBus, InProcessEventBus } from '@ucos/kit';
import {
  createTestDatabase,
  domainEvent,
  inProcessCaller,
  staffOf,
  type TestDatabase,
  waitFor,
} from '@ucos/kit/testing';
import { onTestFinished } from 'vitest';
import { loadWebhooksEnv } from '../src/env.ts';
import { createWebhooksWorker } from '../src/worker.ts';
import { createWebhooksServer } from '../src/yoga.ts';

export const SECRET = 'webhooks-test-internal-secret-0123456789';
export const MIGRATIONS = new URL('../migrations/', import.meta.url);

export const testEnv = (db: TestDatabase, overrides: Record<string, string> = {}) =>
  loadWebhooksEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.serviceUrl('webhooks'),
    INTERNAL_TOKEN_SECRET: SECRET,
    WEBHOOK_SECRET_KEY: 'webhooks-test-secret-key-0123456789abcdef',
    WEBHOOKS_ALLOW_PRIVATE_DESTINATIONS: 'true',
    WEBHOOK_RETRY_SCHEDULE_MS: '50,100,150,200,250,300,300,300,300,300',
    WEBHOOK_TIMEOUT_MS: '2000',
    WEBHOOK_POLL_MS: '100',
    WEBHOOK_DISABLE_AFTER_FAILURES: '8',
    LOG_LEVEL: 'silent',
    ...overrides,
  });

const logger = () => createLogger('webhooks', process.env.DBG ? 'debug' : 'silent');

export async function startWebhooks(db: TestDatabase, bus: EventBus, overrides: Record<string, string> = {}) {
  const env = testEnv(db, overrides);
  const server = await createWebhooksServer(env, logger(), bus);
  await server.start();
  const worker = await createWebhooksWorker(env, logger(), bus);
  await worker.start();
  return {
    server,
    worker,
    call: inProcessCaller(server.yoga, SECRET),
    async close() {
      await worker.close();
      await server.close();
    },
  };
}

export type WebhooksHarness = Awaited<ReturnType<typeof startWebhooks>>;

export const newBus = () => new InProcessEventBus({ logger: createLogger('bus', 'silent') });

export const manager = (tenantId: string) => staffOf(tenantId, ['workflows:manage']);

export interface Received {
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

/** A local receiver: answers `respond(n)` for the n-th request (1-based), 204 by default. */
export async function startReceiver(respond: (n: number, received: Received) => number = () => 204) {
  const received: Received[] = [];
  let count = 0;
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const entry = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
    count++;
    const status = respond(count, entry);
    if (status >= 200 && status < 300) received.push(entry);
    response.writeHead(status, { 'content-type': 'text/plain' }).end(status >= 300 ? `nope ${'x'.repeat(5000)}` : 'ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    get requests() {
      return count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `startReceiver` for the test that calls it: closed when that test ends, passed or failed. */
export async function receiverOfTest(respond?: Parameters<typeof startReceiver>[0]) {
  const receiver = await startReceiver(respond);
  onTestFinished(() => receiver.close());
  return receiver;
}

export { createTestDatabase, domainEvent, waitFor };
