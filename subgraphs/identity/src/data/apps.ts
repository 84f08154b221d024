import { type CURSOR_KEYS, type Page, toConnection, uuidAfter } from '@ucos/kit';
import type { IdentityDatabase, Tx } from '../db.ts';
import type { RateLimitTier } from './api-keys.ts';
import { type IdentityResult, identityFail } from './errors.ts';

/** storefront and partner apps are a tenant's own; `admin` is the in-repo admin alone */
export type AppKind = 'storefront' | 'partner' | 'admin';
export type BuiltInApp = 'storefront' | 'admin';

export interface AppRow {
  id: string;
  kind: AppKind;
  name: string;
  builtIn: BuiltInApp | null;
  graceSeconds: number;
  /** the tier of every key of the app that sets none of its own; null: the default (standard) */
  rateLimitTier: RateLimitTier | null;
  archivedAt: Date | null;
  createdAt: Date;
}

/** The in-repo apps every tenant has: their documents are the gateway's own manifests. */
export const BUILT_IN_APPS = [
  { kind: 'storefront', name: 'Storefront (built-in)', builtIn: 'storefront' },
  { kind: 'admin', name: 'Admin (built-in)', builtIn: 'admin' },
] as const;

/** a superseded version stays live this long unless the app says otherwise (a day: open pages, caches) */
export const DEFAULT_GRACE_SECONDS = 86_400;
export const MAX_GRACE_SECONDS = 30 * 86_400;

/** the columns of an app row (api-keys.ts reads a key's app with it, in the key's own statement batch) */
export const appSelect = {
  id: true,
  kind: true,
  name: true,
  builtIn: true,
  graceSeconds: true,
  rateLimitTier: true,
  archivedAt: true,
  createdAt: true,
} as const;

export const asAppRow = (
  row: { kind: string; builtIn: string | null; rateLimitTier: string | null } & Omit<
    AppRow,
    'kind' | 'builtIn' | 'rateLimitTier'
  >,
): AppRow => ({
  ...row,
  kind: row.kind as AppKind,
  builtIn: row.builtIn as BuiltInApp | null,
  rateLimitTier: row.rateLimitTier as RateLimitTier | null,
});

export async function createBuiltInApps(tx: Tx, tenantId: string): Promise<void> {
  await tx.app.createMany({ data: BUILT_IN_APPS.map((app) => ({ ...app, tenantId })) });
}

export async function listApps(db: IdentityDatabase, page: Page<typeof CURSOR_KEYS.id>) {
  const after = uuidAfter(page);
  return db.run(async (tx) => {
    const [rows, totalCount] = await Promise.all([
      tx.app.findMany({
        select: appSelect,
        where: after ? { id: { gt: after } } : {},
        orderBy: { id: 'asc' },
        take: page.limit + 1,
      }),
      tx.app.count(),
    ]);
    return toConnection(rows.map(asAppRow), page, totalCount, (row) => [row.id]);
  });
}

export async function findApp(db: IdentityDatabase, id: string): Promise<AppRow | null> {
  const row = await db.run((tx) => tx.app.findFirst({ where: { id }, select: appSelect }));
  return row ? asAppRow(row) : null;
}

const nameProblem = (name: string) =>
  name.trim().length === 0 || name.trim().length > 100
    ? identityFail('INVALID_INPUT', 'Name must be 1 to 100 characters', ['input', 'name'])
    : null;

const graceProblem = (seconds: number | null | undefined, field: string[]) =>
  seconds !== null &&
  seconds !== undefined &&
  (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_GRACE_SECONDS)
    ? identityFail('INVALID_INPUT', `The grace period is 0 to ${MAX_GRACE_SECONDS} seconds`, field)
    : null;

export async function registerApp(
  db: IdentityDatabase,
  input: {
    kind: 'storefront' | 'partner';
    name: string;
    graceSeconds?: number | null;
    rateLimitTier?: RateLimitTier | null;
  },
): Promise<IdentityResult<AppRow>> {
  const problem = nameProblem(input.name) ?? graceProblem(input.graceSeconds, ['input', 'graceSeconds']);
  if (problem) return problem;
  const row = await db.run((tx) =>
    tx.app.create({
      select: appSelect,
      data: {
        tenantId: db.tenantId!,
        kind: input.kind,
        name: input.name.trim(),
        graceSeconds: input.graceSeconds ?? DEFAULT_GRACE_SECONDS,
        rateLimitTier: input.rateLimitTier ?? null,
      },
    }),
  );
  return { ok: true, value: asAppRow(row) };
}

/** Loads an app for a change: built-in apps are the platform's, archived ones are read-only. */
async function changeable(tx: Tx, id: string, field: string[]): Promise<IdentityResult<AppRow>> {
  const row = await tx.app.findFirst({ where: { id }, select: appSelect });
  if (!row) return identityFail('NOT_FOUND', 'No such app', field);
  if (row.builtIn) return identityFail('APP_BUILT_IN', 'A built-in app is part of the platform', field);
  if (row.archivedAt) return identityFail('APP_ARCHIVED', 'This app is archived', field);
  return { ok: true, value: asAppRow(row) };
}

export async function updateApp(
  db: IdentityDatabase,
  id: string,
  input: { name?: string | null; graceSeconds?: number | null },
): Promise<IdentityResult<AppRow>> {
  const problem =
    (input.name !== null && input.name !== undefined ? nameProblem(input.name) : null) ??
    graceProblem(input.graceSeconds, ['input', 'graceSeconds']);
  if (problem) return problem;
  return db.tx(async (tx): Promise<IdentityResult<AppRow>> => {
    const app = await changeable(tx, id, ['input', 'id']);
    if (!app.ok) return app;
    const row = await tx.app.update({
      where: { tenantId_id: { tenantId: db.tenantId!, id } },
      data: {
        ...(input.name ? { name: input.name.trim() } : {}),
        ...(input.graceSeconds !== null && input.graceSeconds !== undefined
          ? { graceSeconds: input.graceSeconds }
          : {}),
      },
      select: appSelect,
    });
    return { ok: true, value: asAppRow(row) };
  });
}

/**
 * Sets (or, with null, clears) the rate-limit tier of an app: every key of the app without a tier of
 * its own gets it from its next resolution at the gateway. The built-in storefront may have one (its
 * publishable keys are the shop's); the admin takes no keys, and an archived app's keys are revoked.
 */
export async function setAppRateLimitTier(
  db: IdentityDatabase,
  id: string,
  tier: RateLimitTier | null,
): Promise<IdentityResult<AppRow>> {
  const field = ['input', 'id'];
  return db.tx(async (tx): Promise<IdentityResult<AppRow>> => {
    const row = await tx.app.findFirst({ where: { id }, select: appSelect });
    if (!row) return identityFail('NOT_FOUND', 'No such app', field);
    if (row.kind === 'admin') return identityFail('APP_BUILT_IN', 'The admin signs in; it takes no keys', field);
    if (row.archivedAt) return identityFail('APP_ARCHIVED', 'This app is archived', field);
    const updated = await tx.app.update({
      where: { tenantId_id: { tenantId: db.tenantId!, id } },
      data: { rateLimitTier: tier },
      select: appSelect,
    });
    return { ok: true, value: asAppRow(updated) };
  });
}

/** Archives an app and revokes its keys in the same transaction: nothing runs as it any more. */
export async function archiveApp(
  db: IdentityDatabase,
  id: string,
): Promise<IdentityResult<{ app: AppRow; revokedKeys: number }>> {
  return db.tx(async (tx): Promise<IdentityResult<{ app: AppRow; revokedKeys: number }>> => {
    const app = await changeable(tx, id, ['input', 'id']);
    if (!app.ok) return app;
    const now = new Date();
    const revoked = await tx.apiKey.updateMany({ where: { appId: id, revokedAt: null }, data: { revokedAt: now } });
    const row = await tx.app.update({
      where: { tenantId_id: { tenantId: db.tenantId!, id } },
      data: { archivedAt: now },
      select: appSelect,
    });
    return { ok: true, value: { app: asAppRow(row), revokedKeys: revoked.count } };
  });
}

/** Which app a new key may belong to: a live app of the tenant, and publishable keys only for storefronts. */
export async function appForNewKey(
  tx: Tx,
  appId: string,
  kind: 'api_key' | 'publishable_key',
): Promise<IdentityResult<AppRow>> {
  const field = ['input', 'appId'];
  const row = await tx.app.findFirst({ where: { id: appId }, select: appSelect });
  if (!row) return identityFail('NOT_FOUND', 'No such app', field);
  if (row.archivedAt) return identityFail('APP_ARCHIVED', 'This app is archived', field);
  if (row.kind === 'admin') return identityFail('APP_BUILT_IN', 'The admin signs in; it takes no keys', field);
  if (kind === 'publishable_key' && row.kind !== 'storefront') {
    return identityFail('INVALID_INPUT', 'A publishable key belongs to a storefront app', field);
  }
  return { ok: true, value: asAppRow(row) };
}
