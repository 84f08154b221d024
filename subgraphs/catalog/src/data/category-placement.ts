import { orm, type Sql } from '../db.ts';
import { reject } from './errors.ts';

/** Where a category goes: under a parent (with its path) or at the top level (null). */
export type Placement = { id: string; path: string } | null;

const PARENT_FIELD = ['input', 'parentId'];

/**
 * The parent a category is being moved under, refused when it does not exist for this tenant
 * (RLS hides other tenants' rows, so theirs are NOT_FOUND too) or when it is the category itself
 * or one of its descendants. The cycle check walks `parent_id` up from the new parent rather than
 * trusting paths: the links are what a loop would be made of. `union` (not `union all`) ends the
 * walk even on a tree that already had a loop.
 */
export async function newParentOf(sql: Sql, categoryId: string, parentId: string | null): Promise<Placement> {
  if (parentId === null) return null;
  // hand SQL: a recursive walk, which Prisma cannot express
  const { rows } = await sql.query<{ path: string | null; cycle: boolean }>(
    `with recursive ancestors as (
       select id, parent_id from categories where id = $1
       union
       select c.id, c.parent_id from categories c join ancestors a on c.id = a.parent_id)
     select (select path from categories where id = $1) as path,
            exists (select 1 from ancestors where id = $2) as cycle`,
    [parentId, categoryId],
  );
  const { path, cycle } = rows[0]!;
  if (path === null) reject('NOT_FOUND', 'No such parent category', PARENT_FIELD);
  if (cycle) reject('CATEGORY_CYCLE', 'A category cannot move under itself or one of its subcategories', PARENT_FIELD);
  return { id: parentId, path: path! };
}

/**
 * A new path must be free: a clear error, under the field that caused it, before any row moves
 * (the unique constraint still backs this up against anything that slips past the tree lock).
 */
export async function refuseTakenPath(sql: Sql, path: string, field: string[]): Promise<void> {
  const taken = await orm(sql, (db) => db.category.findFirst({ where: { path }, select: { id: true } }));
  if (!taken) return;
  const slash = path.lastIndexOf('/');
  const where = slash < 0 ? 'at the top level' : `under ${path.slice(0, slash)}`;
  reject('DUPLICATE_NAME', `A category with the slug "${path.slice(slash + 1)}" already sits ${where}`, field);
}

/** Rewrites the paths of every category below `from` to sit below `to` instead, in one statement. */
export async function moveSubtreePaths(sql: Sql, from: string, to: string): Promise<void> {
  // hand SQL: every row gets its own new path from its old one, in one statement
  await sql.query(
    `update categories set path = $2 || substr(path, length($1) + 1) where starts_with(path, $1 || '/')`,
    [from, to],
  );
}
