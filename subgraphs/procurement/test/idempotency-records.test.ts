import { randomUUID } from 'node:crypto';
import { createLogger } from '@ucos/kit';
import { idempotencyRecordsContract } from '@ucos/kit/testing/idempotency-records-contract';
import { tenantDb } from '../src/db.ts';
import { createProcurementWorker, loadProcurementWorkerEnv } from '../src/worker.ts';
import { MIGRATIONS } from './harness.ts';

idempotencyRecordsContract({
  domain: 'procurement',
  migrations: MIGRATIONS,
  migration: '0012',
  former: {
    key: 'po-1',
    operation: 'purchaseOrderCreate',
    input: { supplierId: randomUUID(), lines: [{ sku: 'A', quantity: 2 }] },
    responseJson: '"the-first-order"',
    stored: 'the-first-order',
    rerun: 'a-second-order',
  },
  operation: 'receiptCreate',
  tenantDb: (pool, tenantId) => tenantDb(pool, tenantId, null),
  worker: (url, days) =>
    createProcurementWorker(
      loadProcurementWorkerEnv({ DATABASE_URL: url, IDEMPOTENCY_RETENTION_DAYS: days }),
      createLogger('procurement-worker', 'silent'),
    ),
});
