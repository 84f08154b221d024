import { ok, payloadError } from '@ucos/kit';
import { createTestDatabase, type TestDatabase } from '@ucos/kit/testing';
import { suiteFixture } from '@ucos/kit/testing/suite';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { connectCatalogPool, orm, tenantDatabase } from '../src/db.ts';
import { MIGRATIONS } from './harness.ts';

/**
 * Catalog's plain writes go through Prisma inside the unit of work; a statement the database refuses
 * must fail as hand SQL does, with the database's own error, or the unit of work could not turn a
 * unique violation into the mutation's typed error (DUPLICATE_HANDLE, DUPLICATE_NAME, …).
 */
let db: TestDatabase;
let pool: pg.Pool;
const tenant = crypto.randomUUID();

suiteFixture(async (own) => {
  db = own(await createTestDatabase([{ schema: 'catalog', directory: MIGRATIONS }]));
  pool = own(connectCatalogPool(db.appUrl, 2));
});

const collectionHandles = () =>
  tenantDatabase(pool, tenant, null).run((sql) =>
    orm(sql, (catalog) => catalog.collection.findMany({ select: { handle: true }, orderBy: { handle: 'asc' } })),
  );

describe('a Prisma statement the database refuses', () => {
  it('maps a unique violation to the business error the unit of work names, and rolls everything back', async () => {
    const taken = payloadError('DUPLICATE_HANDLE', 'Another collection has this handle', ['input', 'handle']);
    const result = await tenantDatabase(pool, tenant, null).tx(
      async (sql) => {
        for (const title of ['First', 'Second']) {
          await orm(sql, (catalog) =>
            catalog.collection.create({ data: { tenantId: tenant, handle: 'twice', title } }),
          );
        }
        return ok(true);
      },
      { unique: { collections_tenant_id_handle_key: taken } },
    );
    expect(result).toEqual({ ok: false, errors: [taken] });
    expect(await collectionHandles()).toEqual([]);
  });

  it('fails with the database error itself (code, constraint) when the unit of work does not name it', async () => {
    const missingProduct = tenantDatabase(pool, tenant, null).tx(async (sql) => {
      const collection = await orm(sql, (catalog) =>
        catalog.collection.create({ data: { tenantId: tenant, handle: 'kept-empty', title: 'Empty' } }),
      );
      await orm(sql, (catalog) =>
        catalog.collectionProduct.create({
          data: { tenantId: tenant, collectionId: collection.id, productId: crypto.randomUUID() },
        }),
      );
      return ok(true);
    });
    await expect(missingProduct).rejects.toMatchObject({ code: '23503', constraint: expect.any(String) });
    expect(await collectionHandles()).toEqual([]);
  });
});
