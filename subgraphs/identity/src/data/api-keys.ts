import { type AuthContext, type CURSOR_KEYS, type Page, STOREFRONT_SCOPES, toConnection, uuidAfter } from '@ucos/kit';
import type pg from 'pg';
import type { IdentityDatabase, Tx } from '../db.ts';
import { appForNewKey, appSelect, type asAppRow } from './apps.ts';
import { type IdentityResult, identityError, identityFail } from './errors.ts';
import { checkScopes } from './roles.ts';
import { API_KEY_FORMAT, type KeyKind, newApiKey, sha256 } from './tokens.ts';

export interface ApiKeyRow {
  id: string;
  kind: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  /** the key's own tier; null: it follows its app's (or the default) */
  rateLimitTier: string | null;
  /** the app the key belongs to; null for keys from before apps (they run the in-repo apps' documents) */
  appId: string | null;
  /** the key's app, read with the key (one more statement for a whole page, not one per key) */
  app: AppSelected | null;
}

/** an app as `appSelect` reads it (apps.ts `asAppRow` narrows it to an AppRow) */
type AppSelected = Parameters<typeof asAppRow>[0];

/** How large a budget the gateway gives a key, as a multiple of the deployment's (gateway README). */
export const RATE_LIMIT_TIERS = ['basic', 'standard', 'premium'] as const;
export type RateLimitTier = (typeof RATE_LIMIT_TIERS)[number];
export const DEFAULT_RATE_LIMIT_TIER: RateLimitTier = 'standard';
/** where the tier in force was set: on the key, on its app, or nowhere (the default) */
export type RateLimitTierSource = 'key' | 'app' | 'default';

/**
 * The tier in force for a key: its own > its app's > the default. `api_key_use` (migration 0098)
 * answers the gateway by the same rule in SQL.
 */
export function tierInForce(key: Pick<ApiKeyRow, 'rateLimitTier' | 'app'>): {
  tier: RateLimitTier;
  source: RateLimitTierSource;
} {
  if (key.rateLimitTier) return { tier: key.rateLimitTier as RateLimitTier, source: 'key' };
  if (key.app?.rateLimitTier) return { tier: key.app.rateLimitTier as RateLimitTier, source: 'app' };
  return { tier: DEFAULT_RATE_LIMIT_TIER, source: 'default' };
}

const select = {
  id: true,
  kind: true,
  name: true,
  prefix: true,
  scopes: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
  createdBy: true,
  createdAt: true,
  rateLimitTier: true,
  appId: true,
  app: { select: appSelect },
} as const;

export async function listApiKeys(db: IdentityDatabase, page: Page<typeof CURSOR_KEYS.id>) {
  const after = uuidAfter(page);
  return db.run(async (tx) => {
    const [rows, totalCount] = await Promise.all([
      tx.apiKey.findMany({
        select,
        where: after ? { id: { gt: after } } : {},
        orderBy: { id: 'asc' },
        take: page.limit + 1,
      }),
      tx.apiKey.count(),
    ]);
    return toConnection(rows, page, totalCount, (row) => [row.id]);
  });
}

/** Creates a key; the raw key is returned once here and never again (only its hash is stored). */
export async function createApiKey(
  db: IdentityDatabase,
  actor: AuthContext,
  kind: KeyKind,
  input: {
    name: string;
    scopes?: string[] | null;
    expiresAt?: Date | null;
    rateLimitTier?: RateLimitTier | null;
    appId?: string | null;
  },
): Promise<IdentityResult<{ apiKey: ApiKeyRow; secret: string }>> {
  const scopes = kind === 'publishable_key' ? STOREFRONT_SCOPES : [...new Set(input.scopes ?? [])];
  const errors = [
    ...(input.name.trim().length === 0 || input.name.length > 100
      ? [identityError('INVALID_INPUT', 'Name must be 1 to 100 characters', ['input', 'name'])]
      : []),
    ...(kind === 'api_key' && scopes.length === 0
      ? [identityError('INVALID_INPUT', 'An API key needs at least one scope', ['input', 'scopes'])]
      : []),
    ...(kind === 'api_key' && scopes.includes('*')
      ? [identityError('UNKNOWN_SCOPE', 'API keys take explicit scopes, not *', ['input', 'scopes'])]
      : kind === 'api_key'
        ? checkScopes(actor, scopes, ['input', 'scopes'])
        : []),
    ...(input.expiresAt && input.expiresAt.getTime() <= Date.now()
      ? [identityError('INVALID_INPUT', 'Expiry must be in the future', ['input', 'expiresAt'])]
      : []),
  ];
  if (errors.length) return { ok: false, errors };
  const generated = newApiKey(kind);
  return db.tx(async (tx): Promise<IdentityResult<{ apiKey: ApiKeyRow; secret: string }>> => {
    if (input.appId) {
      const app = await appForNewKey(tx, input.appId, kind);
      if (!app.ok) return app;
    }
    const apiKey = await tx.apiKey.create({
      select,
      data: {
        tenantId: db.tenantId!,
        kind,
        name: input.name.trim(),
        prefix: generated.prefix,
        keyHash: generated.hash,
        scopes,
        expiresAt: input.expiresAt ?? null,
        createdBy: actor.subject,
        // none given: the key follows its app's tier (or the default)
        rateLimitTier: input.rateLimitTier ?? null,
        appId: input.appId ?? null,
      },
    });
    return { ok: true, value: { apiKey, secret: generated.key } };
  });
}

/** A key as its holder sees it (never its hash: the service role cannot read that column). */
export function findApiKey(db: IdentityDatabase, id: string): Promise<ApiKeyRow | null> {
  return db.run((tx) => tx.apiKey.findFirst({ where: { id }, select }));
}

export async function revokeApiKey(db: IdentityDatabase, id: string): Promise<IdentityResult<ApiKeyRow>> {
  return db.tx(async (tx): Promise<IdentityResult<ApiKeyRow>> => {
    const key = await tx.apiKey.findFirst({ where: { id }, select });
    if (!key) return identityFail('NOT_FOUND', 'No such key', ['input', 'id']);
    if (key.revokedAt) return identityFail('ALREADY_REVOKED', 'This key is already revoked', ['input', 'id']);
    return {
      ok: true,
      value: await tx.apiKey.update({
        where: { tenantId_id: { tenantId: db.tenantId!, id } },
        data: { revokedAt: new Date() },
        select,
      }),
    };
  });
}

/**
 * Sets the budget tier of a key, or with null clears it so the key follows its app's tier (revoked
 * keys too: it takes effect if nothing else does).
 */
export async function setApiKeyRateLimitTier(
  db: IdentityDatabase,
  id: string,
  tier: RateLimitTier | null,
): Promise<IdentityResult<ApiKeyRow>> {
  return db.tx(async (tx): Promise<IdentityResult<ApiKeyRow>> => {
    const key = await tx.apiKey.findFirst({ where: { id }, select: { id: true } });
    if (!key) return identityFail('NOT_FOUND', 'No such key', ['input', 'id']);
    return {
      ok: true,
      value: await tx.apiKey.update({
        where: { tenantId_id: { tenantId: db.tenantId!, id } },
        data: { rateLimitTier: tier },
        select,
      }),
    };
  });
}

/**
 * Revokes the secret keys a departing member created, and the keys those keys created in turn (a
 * key with `identity:api_keys` can mint others). Storefront publishable keys stay: they are public
 * by design, so revoking them would take a shop offline and protect nothing.
 */
export async function revokeKeysCreatedBy(tx: Tx, userId: string): Promise<ApiKeyRow[]> {
  const ids = await tx.$queryRaw<{ id: string }[]>`
    with recursive created(id) as (
      select k.id from identity.api_keys k where k.created_by = ${userId}
      union
      select k.id from identity.api_keys k join created c on k.created_by = c.id::text
    )
    update identity.api_keys k set revoked_at = now()
      from created c
     where k.id = c.id and k.kind = 'api_key' and k.revoked_at is null
    returning k.id`;
  if (ids.length === 0) return [];
  return tx.apiKey.findMany({ where: { id: { in: ids.map(({ id }) => id) } }, select, orderBy: { createdAt: 'asc' } });
}

export type ApiKeyResolution =
  | {
      ok: true;
      apiKey: {
        id: string;
        tenantId: string;
        kind: KeyKind;
        scopes: string[];
        /** the tier in force (the key's own > its app's > the default) and where it was set */
        rateLimitTier: RateLimitTier;
        rateLimitTierSource: RateLimitTierSource;
        /** the key's app, when it has one, and which in-repo app that is (the gateway enforces by it) */
        appId?: string;
        appBuiltIn?: string;
      };
    }
  | { ok: false; code: 'API_KEY_INVALID' | 'API_KEY_REVOKED' | 'API_KEY_EXPIRED'; message: string };

/**
 * The gateway's question "whose key is this?", asked on every partner request (secret keys are never
 * cached). Answered by hash through a narrow SQL function that also notes the key's last use (at
 * most once a minute; migration 0004): one statement on the pool, no tenant context or Prisma
 * transaction needed, so it costs a single round trip.
 */
export async function resolveApiKey(pool: pg.Pool, rawKey: string): Promise<ApiKeyResolution> {
  if (!API_KEY_FORMAT.test(rawKey)) return { ok: false, code: 'API_KEY_INVALID', message: 'API key is not valid' };
  const { rows } = await pool.query<{
    id: string;
    tenant_id: string;
    kind: KeyKind;
    scopes: string[];
    expires_at: Date | null;
    revoked_at: Date | null;
    rate_limit_tier: RateLimitTier;
    app_id: string | null;
    app_built_in: string | null;
    rate_limit_tier_source: RateLimitTierSource;
  }>(
    'select id, tenant_id, kind, scopes, expires_at, revoked_at, rate_limit_tier, app_id, app_built_in, rate_limit_tier_source from identity.api_key_use($1)',
    [sha256(rawKey)],
  );
  const [row] = rows;
  if (!row) return { ok: false, code: 'API_KEY_INVALID', message: 'API key is not valid' };
  if (row.revoked_at) return { ok: false, code: 'API_KEY_REVOKED', message: 'API key was revoked' };
  if (row.expires_at && row.expires_at.getTime() <= Date.now()) {
    return { ok: false, code: 'API_KEY_EXPIRED', message: 'API key expired' };
  }
  return {
    ok: true,
    apiKey: {
      id: row.id,
      tenantId: row.tenant_id,
      kind: row.kind,
      scopes: row.scopes,
      rateLimitTier: row.rate_limit_tier,
      rateLimitTierSource: row.rate_limit_tier_source,
      ...(row.app_id ? { appId: row.app_id } : {}),
      ...(row.app_built_in ? { appBuiltIn: row.app_built_in } : {}),
    },
  };
}
