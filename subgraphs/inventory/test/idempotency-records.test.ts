import { randomUUID } from 'node:crypto';
import { createLogger } from '@ucos/kit';
import { idempotencyRecordsContract } from '@ucos/kit/testing/idempotency-records-contract';
import { tenantDb } from '../src/db.ts';
import { createInventoryWorker, loadInventoryWorkerEnv } from '../src/worker.ts';
import { MIGRATIONS } from './harness.ts';

idempotencyRecordsContract({
  domain: 'inventory',
  migrations: MIGRATIONS,
  migration: '0033',
  former: {
    key: 'adjust-1',
    operation: 'stockAdjust',
    input: { variantId: randomUUID(), warehouseId: randomUUID(), delta: 5, reason: 'RECEIPT' },
    responseJson: '{"onHand": 5}',
    stored: { onHand: 5 },
    rerun: { onHand: 9 },
  },
  operation: 'stockTransfer',
  tenantDb: (pool, tenantId) => tenantDb(pool, tenantId, null),
  worker: (url, days) =>
    createInventoryWorker(
      loadInventoryWorkerEnv({ DATABASE_URL: url, IDEMPOTENCY_RETENTION_DAYS: days }),
      createLogger('inventory-worker', 'silent'),
    ),
});
