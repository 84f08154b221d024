import { ok, type UniqueErrors } from '@ucos/kit';
import { type CatalogDatabase, orm, type Sql } from '../db.ts';
import { moveSubtreePaths, newParentOf, refuseTakenPath } from './category-placement.ts';
import { lockCategoryTree } from './category-tree-lock.ts';
import { type CatalogErrorCode, type CatalogResult, reject } from './errors.ts';
import type { CategoryRow } from './rows.ts';
import { HANDLE, Problems } from './validation.ts';

export type { CategoryRow } from './rows.ts';

const COLUMNS = `c.id, c.parent_id as "parentId", c.name, c.slug, c.path, c.position, c.version`;

/** The same columns for Prisma. */
const CATEGORY_FIELDS = {
  id: true,
  parentId: true,
  name: true,
  slug: true,
  path: true,
  position: true,
  version: true,
} as const;

/** 'T-Shirts & Tops' -> 't-shirts-tops' */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function listCategories(db: CatalogDatabase): Promise<CategoryRow[]> {
  return db.run((sql) =>
    orm(sql, (catalog) => catalog.category.findMany({ select: CATEGORY_FIELDS, orderBy: { path: 'asc' } })),
  );
}

export function categoriesByIds(sql: Sql, ids: readonly string[]): Promise<CategoryRow[]> {
  return orm(sql, (db) => db.category.findMany({ where: { id: { in: [...ids] } }, select: CATEGORY_FIELDS }));
}

export function childrenOf(sql: Sql, parentIds: readonly string[]): Promise<CategoryRow[]> {
  return orm(sql, (db) =>
    db.category.findMany({
      where: { parentId: { in: [...parentIds] } },
      select: CATEGORY_FIELDS,
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
    }),
  );
}

/** The categories of a batch of products, for `Product.categories`. */
export async function categoriesOfProducts(sql: Sql, productIds: readonly string[]) {
  // hand SQL: one joined statement per page of products (Prisma's include would take two)
  const { rows } = await sql.query<CategoryRow & { productId: string }>(
    `select pc.product_id as "productId", ${COLUMNS} from product_categories pc
     join categories c on c.tenant_id = pc.tenant_id and c.id = pc.category_id
     where pc.product_id = any($1::uuid[]) order by c.path`,
    [productIds],
  );
  return rows;
}

export async function categoryPathsOf(sql: Sql, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await orm(sql, (db) =>
    db.category.findMany({ where: { id: { in: [...ids] } }, select: { id: true, path: true } }),
  );
  return new Map(rows.map((row) => [row.id, row.path]));
}

const UNIQUE: UniqueErrors<CatalogErrorCode> = {
  categories_tenant_id_path_key: {
    code: 'DUPLICATE_NAME',
    message: 'This parent already has a category with this slug',
    field: ['input', 'slug'],
  },
};

export interface CategoryInput {
  name: string;
  slug?: string | null;
  parentId?: string | null;
  position?: number | null;
}

function validate(input: { name?: string | null; slug?: string | null }, problems: Problems): void {
  if (input.name !== undefined && input.name !== null) problems.text(input.name, ['input', 'name'], 100);
  const slug = input.slug ?? (input.name ? slugify(input.name) : undefined);
  if (slug !== undefined) problems.check(HANDLE.test(slug), 'not a valid slug', ['input', 'slug']);
}

async function pathOfParent(sql: Sql, parentId: string | null | undefined): Promise<string | null> {
  if (!parentId) return null;
  const paths = await categoryPathsOf(sql, [parentId]);
  return paths.get(parentId) ?? reject('NOT_FOUND', 'No such parent category', ['input', 'parentId']);
}

export async function createCategory(db: CatalogDatabase, input: CategoryInput): Promise<CatalogResult<CategoryRow>> {
  const problems = new Problems();
  validate(input, problems);
  if (!problems.ok) return { ok: false, errors: problems.list };
  const slug = input.slug ?? slugify(input.name);
  return db.tx(
    async (sql, tx) => {
      await lockCategoryTree(sql, tx.tenantId, 'shared');
      const parentPath = await pathOfParent(sql, input.parentId);
      const created = await orm(sql, (db) =>
        db.category.create({
          data: {
            tenantId: tx.tenantId!,
            parentId: input.parentId ?? null,
            name: input.name,
            slug,
            path: parentPath ? `${parentPath}/${slug}` : slug,
            position: input.position ?? 0,
          },
          select: CATEGORY_FIELDS,
        }),
      );
      return ok(created);
    },
    { unique: UNIQUE },
  );
}

export interface CategoryUpdate {
  id: string;
  version: number;
  name?: string | null;
  slug?: string | null;
  position?: number | null;
  /** undefined leaves the category where it is; null moves it to the top level */
  parentId?: string | null;
}

/**
 * Renames, re-slugs, reorders and moves a category. A new slug or parent gives it a new path, and
 * the paths of its whole subtree follow in the same transaction, under the tree lock.
 */
export async function updateCategory(db: CatalogDatabase, input: CategoryUpdate): Promise<CatalogResult<CategoryRow>> {
  const problems = new Problems();
  validate(input, problems);
  if (!problems.ok) return { ok: false, errors: problems.list };
  const mayChangePath = (input.slug !== undefined && input.slug !== null) || input.parentId !== undefined;
  return db.tx(
    async (sql, tx) => {
      if (mayChangePath) await lockCategoryTree(sql, tx.tenantId, 'exclusive');
      // hand SQL: a row lock (for update), which Prisma cannot take
      const { rows } = await sql.query<CategoryRow>(`select ${COLUMNS} from categories c where id = $1 for update`, [
        input.id,
      ]);
      const current = rows[0] ?? reject('NOT_FOUND', 'No such category', ['input', 'id']);
      if (current.version !== input.version) {
        reject('CONFLICT', `The category changed (version ${current.version})`, ['input', 'version']);
      }
      const moves = input.parentId !== undefined && input.parentId !== current.parentId;
      const parent = moves ? await newParentOf(sql, current.id, input.parentId ?? null) : undefined;
      // 'apparel/' under a parent, '' at the top level
      const prefix =
        parent === undefined ? current.path.slice(0, -current.slug.length) : parent ? `${parent.path}/` : '';
      const slug = input.slug ?? current.slug;
      const path = prefix + slug;
      if (path !== current.path) {
        await refuseTakenPath(sql, path, moves ? ['input', 'parentId'] : ['input', 'slug']);
        await moveSubtreePaths(sql, current.path, path);
      }
      const [updated] = await orm(sql, (db) =>
        db.category.updateManyAndReturn({
          where: { id: input.id },
          data: {
            name: input.name ?? current.name,
            slug,
            path,
            position: input.position ?? current.position,
            parentId: parent === undefined ? current.parentId : (parent?.id ?? null),
            version: { increment: 1 },
          },
          select: CATEGORY_FIELDS,
        }),
      );
      return ok(updated!);
    },
    { unique: UNIQUE },
  );
}

export async function deleteCategory(db: CatalogDatabase, id: string): Promise<CatalogResult<string>> {
  return db.tx(async (sql, tx) => {
    // so that no move under this category slips in between the emptiness check and the delete
    await lockCategoryTree(sql, tx.tenantId, 'exclusive');
    const child = await orm(sql, (db) => db.category.findFirst({ where: { parentId: id }, select: { id: true } }));
    if (child) reject('CATEGORY_NOT_EMPTY', 'Delete or move its subcategories first', ['input', 'id']);
    const deleted = await orm(sql, (db) => db.category.deleteMany({ where: { id } }));
    if (!deleted.count) reject('NOT_FOUND', 'No such category', ['input', 'id']);
    return ok(id);
  });
}

/**
 * Makes sure every level of a category path of names exists ('Apparel/T-Shirts'), creating the
 * missing ones, and returns the deepest id. Used by the importer, inside its transaction.
 */
export async function ensureCategoryPath(sql: Sql, tenantId: string, names: string[]): Promise<string> {
  await lockCategoryTree(sql, tenantId, 'shared');
  let parentId: string | null = null;
  let path = '';
  for (const name of names) {
    const slug = slugify(name);
    if (!slug) reject('INVALID_INPUT', `"${name}" is not a category name`, ['categoryPath']);
    path = path ? `${path}/${slug}` : slug;
    // hand SQL: create-if-missing and read the id in one statement, once per level of every imported row
    const { rows }: { rows: { id: string }[] } = await sql.query(
      `with created as (
         insert into categories (tenant_id, parent_id, name, slug, path) values ($1, $2, $3, $4, $5)
         on conflict (tenant_id, path) do nothing returning id)
       select id from created union all select id from categories where path = $5 limit 1`,
      [tenantId, parentId, name.trim(), slug, path],
    );
    parentId = rows[0]!.id;
  }
  return parentId!;
}
