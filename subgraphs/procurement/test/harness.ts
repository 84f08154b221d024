import { randomUUID } from 'node:crypto';
import { type AuthContext, countStatements, createLogger, type EventBus, InProcessEventBus } from '@ucos/kit';
import { createTestDatabase, inProcessCaller, type TestDatabase } from '@ucos/kit/testing';
import { loadProcurementEnv } from '../src/env.ts';
import type { CatalogPort, VariantSnapshot } from '../src/ports/catalog.ts';
import type { InventoryPort, NeedsPage, ReplenishmentNeed } from '../src/ports/inventory.ts';
import type { WorkflowsPort } from '../src/ports/workflows.ts';
import { createProcurementServer } from '../src/yoga.ts';

export const SECRET = 'procurement-test-internal-secret-0123456789';
export const MIGRATIONS = new URL('../migrations/', import.meta.url);

export const testDatabase = () => createTestDatabase([{ schema: 'procurement', directory: MIGRATIONS }]);

export const testEnv = (db: TestDatabase, overrides: Record<string, string> = {}) =>
  loadProcurementEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.serviceUrl('procurement'),
    INTERNAL_TOKEN_SECRET: SECRET,
    LOG_LEVEL: 'silent',
    ...overrides,
  });

const logger = () => createLogger('procurement', process.env.DBG ? 'debug' : 'silent');

/** The variants catalog knows, by tenant: what the fake answers snapshots from. */
export class FakeCatalog implements CatalogPort {
  readonly variants = new Map<string, Map<string, VariantSnapshot>>();
  add(tenantId: string, sku: string, description = `Item ${sku}`): string {
    const variantId = randomUUID();
    const known = this.variants.get(tenantId) ?? new Map<string, VariantSnapshot>();
    known.set(variantId, { variantId, sku, description });
    this.variants.set(tenantId, known);
    return variantId;
  }
  async snapshots(tenantId: string, variantIds: readonly string[]) {
    const known = this.variants.get(tenantId) ?? new Map<string, VariantSnapshot>();
    return new Map(
      variantIds.flatMap((id) => (known.has(id) ? [[id, known.get(id) as VariantSnapshot] as const] : [])),
    );
  }
}

/** Answers as the workflows subgraph would: an approval workflow matches orders above `threshold` (base minor units). */
export class FakeWorkflows implements WorkflowsPort {
  threshold: number | null = null;
  readonly asked: { eventType: string; payload: object }[] = [];
  async anyMatching(_tenantId: string, eventType: string, payload: object) {
    this.asked.push({ eventType, payload });
    return this.threshold !== null && (payload as { totalAmount: number }).totalAmount > this.threshold;
  }
}

/** Inventory's needs as a fixed list per tenant, paged on (variant, warehouse) as inventory pages them. */
export class FakeInventory implements InventoryPort {
  readonly rows = new Map<string, Omit<ReplenishmentNeed, 'cursor'>[]>();
  async needs(
    tenantId: string,
    warehouseIds: readonly string[] | null,
    first: number,
    after: string | null,
  ): Promise<NeedsPage> {
    const all = (this.rows.get(tenantId) ?? [])
      .filter((row) => !warehouseIds || warehouseIds.includes(row.warehouseId))
      .sort((a, b) => (a.variantId + a.warehouseId).localeCompare(b.variantId + b.warehouseId))
      .map((row) => ({
        ...row,
        cursor: Buffer.from(`cursor:${row.variantId}|${row.warehouseId}`).toString('base64url'),
      }));
    const start = after ? all.findIndex((row) => row.cursor === after) + 1 : 0;
    const page = all.slice(start, start + first);
    return { needs: page, totalCount: all.length, hasNextPage: start + first < all.length };
  }
}

export async function startProcurement(db: TestDatabase, bus: EventBus, overrides: Record<string, string> = {}) {
  const catalog = new FakeCatalog();
  const workflows = new FakeWorkflows();
  const inventory = new FakeInventory();
  const server = await createProcurementServer(testEnv(db, overrides), logger(), bus, {
    catalog,
    workflows,
    inventory,
  });
  await server.start();
  return {
    server,
    catalog,
    workflows,
    inventory,
    statements: countStatements(server.deps.pool),
    call: inProcessCaller(server.yoga, SECRET),
    close: () => server.close(),
  };
}

export type ProcurementHarness = Awaited<ReturnType<typeof startProcurement>>;

export const newBus = () => new InProcessEventBus({ logger: createLogger('bus', 'silent') });

/** A staff user of the tenant with the scopes given (a buyer by default). */
export const staff = (
  tenantId: string,
  scopes: string[] = ['procurement:manage'],
  subject: string = randomUUID(),
): Partial<AuthContext> => ({ kind: 'user', subject, tenantId, scopes });

/** The approval workflow's service identity, as identity issues it for a definition. */
export const workflowIdentity = (tenantId: string): Partial<AuthContext> => ({
  kind: 'user',
  subject: `workflow:${randomUUID()}`,
  tenantId,
  scopes: ['procurement:approve'],
});
