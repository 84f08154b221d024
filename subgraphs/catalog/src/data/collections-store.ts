import type { CURSOR_KEYS, Page } from '@ucos/kit';
import { ok, type UniqueErrors } from '@ucos/kit';
import { type CatalogDatabase, orm, type Sql } from '../db.ts';
import { type CatalogErrorCode, type CatalogResult, reject } from './errors.ts';
import { offsetOf } from './paging.ts';
import type { CollectionRow } from './rows.ts';

export type { CollectionRow } from './rows.ts';

/** A collection's columns, `c` being the collections alias. */
export const COLLECTION_COLUMNS = 'c.id, c.handle, c.title, c.description, c.version';

/** The same columns for Prisma. */
const COLLECTION_FIELDS = { id: true, handle: true, title: true, description: true, version: true } as const;

export async function listCollections(db: CatalogDatabase, page: Page<typeof CURSOR_KEYS.position>) {
  const offset = offsetOf(page);
  return db.run(async (sql) => {
    // hand SQL: the page and its total in one statement (a window count); Prisma needs a second one
    const { rows } = await sql.query<CollectionRow & { total: number }>(
      `select ${COLLECTION_COLUMNS}, count(*) over () as total from collections c order by c.title, c.id limit $1 offset $2`,
      [page.limit + 1, offset],
    );
    return { rows: rows.map(({ total: _total, ...row }) => row), totalCount: rows[0]?.total ?? 0, offset };
  });
}

export function collectionsByIds(sql: Sql, ids: readonly string[]): Promise<CollectionRow[]> {
  return orm(sql, (db) => db.collection.findMany({ where: { id: { in: [...ids] } }, select: COLLECTION_FIELDS }));
}

const UNIQUE: UniqueErrors<CatalogErrorCode> = {
  collections_tenant_id_handle_key: {
    code: 'DUPLICATE_HANDLE',
    message: 'Another collection has this handle',
    field: ['input', 'handle'],
  },
};

export async function createCollection(
  db: CatalogDatabase,
  input: { handle: string; title: string; description?: string | null },
): Promise<CatalogResult<CollectionRow>> {
  return db.tx(
    async (sql, tx) =>
      ok(
        await orm(sql, (db) =>
          db.collection.create({
            data: {
              tenantId: tx.tenantId!,
              handle: input.handle,
              title: input.title,
              description: input.description ?? '',
            },
            select: COLLECTION_FIELDS,
          }),
        ),
      ),
    { unique: UNIQUE },
  );
}

/**
 * Adds or removes products as one statement: all of them or (an unknown product) none. Products of
 * another tenant are invisible here, so they are NOT_FOUND like any unknown id.
 */
export async function changeCollectionProducts(
  db: CatalogDatabase,
  input: { collectionId: string; productIds: string[]; add: boolean },
): Promise<CatalogResult<CollectionRow>> {
  return db.tx(async (sql, tx) => {
    const [collection] = await orm(sql, (db) =>
      db.collection.updateManyAndReturn({
        where: { id: input.collectionId },
        data: { version: { increment: 1 } },
        select: COLLECTION_FIELDS,
      }),
    );
    if (!collection) reject('NOT_FOUND', 'No such collection', ['input', 'collectionId']);
    if (input.add) {
      const known = await orm(sql, (db) =>
        db.product.findMany({ where: { id: { in: input.productIds } }, select: { id: true } }),
      );
      const found = new Set(known.map((row) => row.id));
      const missing = input.productIds.findIndex((id) => !found.has(id));
      if (missing >= 0) reject('NOT_FOUND', 'No such product', ['input', 'productIds', String(missing)]);
      // hand SQL: positions numbered on from the last one in the same statement (unnest with ordinality)
      await sql.query(
        `insert into collection_products (tenant_id, collection_id, product_id, position)
         select $1, $2, id, (select coalesce(max(position), 0) from collection_products where collection_id = $2) + ord
         from unnest($3::uuid[]) with ordinality as x(id, ord)
         on conflict do nothing`,
        [tx.tenantId, input.collectionId, input.productIds],
      );
    } else {
      await orm(sql, (db) =>
        db.collectionProduct.deleteMany({
          where: { collectionId: input.collectionId, productId: { in: input.productIds } },
        }),
      );
    }
    return ok(collection!);
  });
}

/** The collection, locked for the change, if it exists for this tenant and is at the version read. */
async function lockedAtVersion(sql: Sql, id: string, version: number): Promise<CollectionRow> {
  // hand SQL: a row lock (for update), which Prisma cannot take
  const { rows } = await sql.query<CollectionRow>(
    `select ${COLLECTION_COLUMNS} from collections c where id = $1 for update`,
    [id],
  );
  const current = rows[0] ?? reject('NOT_FOUND', 'No such collection', ['input', 'id']);
  if (current.version !== version) {
    reject('CONFLICT', `The collection changed (version ${current.version})`, ['input', 'version']);
  }
  return current;
}

export interface CollectionUpdate {
  id: string;
  version: number;
  /** null or undefined keeps what is stored */
  handle?: string | null;
  title?: string | null;
  /** '' clears it; null or undefined keeps it */
  description?: string | null;
}

export async function updateCollection(
  db: CatalogDatabase,
  input: CollectionUpdate,
): Promise<CatalogResult<CollectionRow>> {
  return db.tx(
    async (sql) => {
      const current = await lockedAtVersion(sql, input.id, input.version);
      const [updated] = await orm(sql, (db) =>
        db.collection.updateManyAndReturn({
          where: { id: input.id },
          data: {
            handle: input.handle ?? current.handle,
            title: input.title ?? current.title,
            description: input.description ?? current.description,
            version: { increment: 1 },
          },
          select: COLLECTION_FIELDS,
        }),
      );
      return ok(updated!);
    },
    { unique: UNIQUE },
  );
}

/** Deletes a collection; its products stay in the catalog (only the membership rows go, by cascade). */
export async function deleteCollection(
  db: CatalogDatabase,
  input: { id: string; version: number },
): Promise<CatalogResult<string>> {
  return db.tx(async (sql) => {
    await lockedAtVersion(sql, input.id, input.version);
    await orm(sql, (db) => db.collection.deleteMany({ where: { id: input.id } }));
    return ok(input.id);
  });
}
