import type pg from 'pg';
import { z } from 'zod';

/**
 * Which database holds which tenant's rows. Every key leads with `tenant_id`, so a tenant's rows can
 * live in another PostgreSQL database ("cell") with the same migrations: the unit of work, the
 * request's reads, the audit log and the consumers open their transaction on the tenant's database;
 * tenants the map does not name stay in the home database (`DATABASE_URL`). Cells are given without
 * credentials: each service connects to a cell as its own role, with the user and password of its
 * `DATABASE_URL`, so one map serves every service.
 */
export interface TenantPlacement {
  /** cell name → where its database is (`postgres://host:port/database?…`, no user or password) */
  cells: Record<string, string>;
  /** tenant id → cell name */
  tenants: Record<string, string>;
}

const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const cellName = z.string().regex(/^[a-z][a-z0-9-]{0,62}$/, 'a cell name is lower case letters, digits and dashes');

export const tenantPlacementSchema = z
  .object({
    cells: z.record(cellName, z.url()),
    tenants: z.record(z.string(), cellName),
  })
  .superRefine((placement, context) => {
    for (const [tenant, cell] of Object.entries(placement.tenants)) {
      if (!TENANT_ID.test(tenant)) {
        context.addIssue({
          code: 'custom',
          path: ['tenants', tenant],
          message: 'a placed tenant is named by its id (a uuid)',
        });
      }
      if (!(cell in placement.cells)) {
        context.addIssue({ code: 'custom', path: ['tenants', tenant], message: `no cell named "${cell}"` });
      }
    }
    for (const [cell, url] of Object.entries(placement.cells)) {
      const parsed = URL.canParse(url) ? new URL(url) : null;
      if (parsed && (parsed.username || parsed.password)) {
        context.addIssue({
          code: 'custom',
          path: ['cells', cell],
          message: 'a cell carries no credentials: each service uses those of its own DATABASE_URL',
        });
      }
    }
  });

/** `TENANT_PLACEMENT` as JSON: absent or empty means every tenant lives in the home database. */
export const tenantPlacementEnvField = z
  .string()
  .optional()
  .transform((text, context) => {
    if (!text?.trim()) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      context.addIssue({ code: 'custom', message: 'TENANT_PLACEMENT must be JSON: {"cells": {…}, "tenants": {…}}' });
      return z.NEVER;
    }
    const parsed = tenantPlacementSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) context.addIssue({ ...issue, code: 'custom', message: issue.message });
      return z.NEVER;
    }
    return parsed.data;
  });

/** A cell's URL with the user, password and parameters of the service's own connection string. */
export function cellUrl(serviceUrl: string, cell: string): string {
  const own = new URL(serviceUrl);
  const target = new URL(cell);
  target.username = own.username;
  target.password = own.password;
  for (const [name, value] of own.searchParams) {
    if (!target.searchParams.has(name)) target.searchParams.set(name, value);
  }
  return target.toString();
}

interface Placed {
  byTenant: Map<string, pg.Pool>;
  cells: pg.Pool[];
}

const placements = new WeakMap<pg.Pool, Placed>();

/**
 * Gives `home` (a service's pool on its home database) the cells of `placement`, each a pool made by
 * `connect` with the service's credentials. Returns `home`, which now routes: `poolForTenant` picks a
 * tenant's database, `databasesOf` lists them all, and ending `home` ends the cells too.
 */
export function placeTenants(
  home: pg.Pool,
  placement: TenantPlacement | undefined,
  homeUrl: string,
  connect: (url: string) => pg.Pool,
): pg.Pool {
  if (!placement || Object.keys(placement.cells).length === 0) return home;
  const cellPools = new Map(
    Object.entries(placement.cells).map(([name, url]) => [name, connect(cellUrl(homeUrl, url))]),
  );
  const byTenant = new Map<string, pg.Pool>();
  for (const [tenant, cell] of Object.entries(placement.tenants)) {
    const pool = cellPools.get(cell);
    if (pool) byTenant.set(tenant.toLowerCase(), pool);
  }
  const cells = [...cellPools.values()];
  placements.set(home, { byTenant, cells });
  const endHome = home.end.bind(home) as () => Promise<void>;
  home.end = (async () => {
    await Promise.all(cells.map((cell) => cell.end().catch(() => undefined)));
    await endHome();
  }) as pg.Pool['end'];
  return home;
}

/** The pool of the database that holds `tenantId`'s rows (the home pool for an unplaced tenant or none). */
export function poolForTenant(pool: pg.Pool, tenantId: string | null): pg.Pool {
  if (tenantId === null) return pool;
  return placements.get(pool)?.byTenant.get(tenantId.toLowerCase()) ?? pool;
}

/** Every database behind `pool`: the home database first, then its cells. */
export function databasesOf(pool: pg.Pool): pg.Pool[] {
  return [pool, ...(placements.get(pool)?.cells ?? [])];
}

/**
 * Runs a cross-tenant job (the outbox relay, a sweeper's look-up) on every database behind `pool`,
 * one after the other, and returns their results in `databasesOf` order.
 */
export async function forEachDatabase<T>(pool: pg.Pool, work: (database: pg.Pool) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (const database of databasesOf(pool)) results.push(await work(database));
  return results;
}

/**
 * A service's pool on its home database with the cells of `placement` behind it, each connected by
 * `connect` (the service's own pool factory, so every database gets the same role, size and parsers).
 * What the request path (`createDomainServer`) and every worker open.
 */
export function connectPlaced(
  homeUrl: string,
  placement: TenantPlacement | undefined,
  connect: (url: string) => pg.Pool,
): pg.Pool {
  return placeTenants(connect(homeUrl), placement, homeUrl, connect);
}

/** The rows a cross-tenant look-up returns from every database behind `pool`, home first. */
export async function queryEveryDatabase<Row extends pg.QueryResultRow>(
  pool: pg.Pool,
  text: string,
  values: unknown[] = [],
): Promise<Row[]> {
  const results = await forEachDatabase(pool, (database) => database.query<Row>(text, values));
  return results.flatMap((result) => result.rows);
}
