import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, type EventBus, type EventEnvelope } from '@ucos/kit';
import { type TestDatabase, waitFor } from '@ucos/kit/testing';
import { tenantDb } from '../src/db.ts';
import type { WorkflowDocument } from '../src/definitions/model.ts';
import { gatewayActions } from '../src/ports/actions.ts';
import { createWorkflowsWorker } from '../src/worker.ts';
import { testEnv } from './harness.ts';

export { waitFor };

export interface Received {
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

/** A local HTTP server: records every request, answers with `respond` (default 200 `{ ok: true }`). */
export async function startReceiver(
  respond: (request: Received, res: ServerResponse) => Promise<void> | void = (_request, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  },
) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const request = { url: req.url ?? '/', headers: req.headers, body, at: Date.now() };
      received.push(request);
      void Promise.resolve(respond(request, res)).catch(() => res.writeHead(500).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A fake gateway: applies each mutation once per idempotency key (a repeat answers the stored
 * result), as the orders mutations honour `idempotencyKey`. `applied` counts applications by key.
 */
export async function startFakeGateway(options: { holdFirstMs?: number } = {}) {
  const applied = new Map<string, number>();
  const answers = new Map<string, string>();
  const keysSeen: string[] = [];
  let first = true;
  const receiver = await startReceiver(async (request, res) => {
    const key = String(request.headers['idempotency-key'] ?? '');
    keysSeen.push(key);
    const body = JSON.parse(request.body) as { query: string; variables: Record<string, unknown> };
    if (!answers.has(key)) {
      applied.set(key, (applied.get(key) ?? 0) + 1);
      answers.set(
        key,
        JSON.stringify({
          data: { orderHoldPlace: { hold: { id: `hold-${applied.size}`, open: true }, errors: [] } },
          echo: body.variables,
        }),
      );
    }
    if (first && options.holdFirstMs) {
      first = false;
      await new Promise((resolve) => setTimeout(resolve, options.holdFirstMs));
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(answers.get(key));
  });
  return { ...receiver, applied, keysSeen };
}

let counter = 0;

/** Stores a definition (version 1, or the next version of `existing`) straight in the tables. */
export async function define(
  db: TestDatabase,
  tenantId: string,
  document: WorkflowDocument,
  options: { enabled?: boolean; existing?: string } = {},
): Promise<string> {
  const pool = db.servicePool('workflows');
  const trigger = document.trigger;
  const kind = 'event' in trigger ? 'event' : 'schedule' in trigger ? 'schedule' : 'manual';
  const event = 'event' in trigger ? trigger.event : null;
  return tenantDb(pool, tenantId, null).run(async (sql) => {
    if (options.existing) {
      const { rows } = await sql.query<{ latest_version: number }>(
        `update workflows.definitions set latest_version = latest_version + 1, trigger_kind = $2, trigger_event = $3
          where id = $1 returning latest_version`,
        [options.existing, kind, event],
      );
      await sql.query(
        `insert into workflows.definition_versions (tenant_id, definition_id, version, source, document)
         values ($1, $2, $3, '', $4)`,
        [tenantId, options.existing, rows[0]!.latest_version, JSON.stringify(document)],
      );
      return options.existing;
    }
    const { rows } = await sql.query<{ id: string }>(
      `insert into workflows.definitions (tenant_id, name, trigger_kind, trigger_event, enabled)
       values ($1, $2, $3, $4, $5) returning id`,
      [tenantId, `${document.name}-${++counter}`, kind, event, options.enabled ?? true],
    );
    await sql.query(
      `insert into workflows.definition_versions (tenant_id, definition_id, version, source, document)
       values ($1, $2, 1, '', $3)`,
      [tenantId, rows[0]!.id, JSON.stringify(document)],
    );
    return rows[0]!.id;
  });
}

export async function startTestWorker(
  db: TestDatabase,
  bus: EventBus,
  gatewayUrl: string,
  env: Record<string, string> = {},
) {
  return createWorkflowsWorker(
    testEnv(db, { WORKFLOWS_TICK_MS: '50', WORKFLOWS_LEASE_MS: '2000', ...env }),
    createLogger('workflows-worker', process.env.DBG ? 'debug' : 'silent'),
    bus,
    { actions: gatewayActions({ gatewayUrl, tokens: { tokenFor: async () => 'test-access-token' } }) },
  );
}

export const eventOf = (tenantId: string, type: string, payload: Record<string, unknown>): EventEnvelope =>
  ({
    id: crypto.randomUUID(),
    type,
    version: 1,
    tenantId,
    aggregateType: 'Order',
    aggregateId: crypto.randomUUID(),
    occurredAt: new Date().toISOString(),
    payload,
  }) as EventEnvelope;
