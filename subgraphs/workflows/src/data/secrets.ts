import { fail, ok, payloadError, type Result, type SealKey, seal, sealKey, unseal } from '@ucos/kit';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import type { Secret } from '../generated/prisma/client.ts';

/**
 * A tenant's workflow secrets: set and deleted through the API (write-only: nothing answers a
 * value), read by the engine when a `webhook` step says `secret: "{{ secrets.NAME }}"`. Values are
 * sealed with AES-256-GCM (`@ucos/kit` `seal`) under WORKFLOWS_SECRET_KEY (unset: derived from
 * INTERNAL_TOKEN_SECRET), bound to the tenant and the name, so a row copied elsewhere does not open.
 */

export const SECRET_ERROR_CODES = ['INVALID_INPUT', 'NOT_FOUND'] as const;
export type SecretErrorCode = (typeof SECRET_ERROR_CODES)[number];

export const SECRET_NAME = /^[A-Z][A-Z0-9_]{0,63}$/;
export const MAX_SECRET_LENGTH = 4096;

/** `secret: "{{ secrets.NAME }}"`: the whole value names a stored secret. */
export const SECRET_REFERENCE = /^\{\{\s*secrets\.([A-Z][A-Z0-9_]{0,63})\s*\}\}$/;

/** The key the API seals with and the engine opens with. */
export type SecretKey = SealKey;

export const workflowSecretKey = (keyMaterial: string): SecretKey => sealKey(keyMaterial, 'workflow secrets v1');

const context = (tenantId: string, name: string) => `${tenantId}\u0000${name}`;

/** A secret as the API lists it: never its value. */
export type SecretRow = Pick<Secret, 'name' | 'updatedAt' | 'updatedBy'>;

const COLUMNS = `name, updated_at as "updatedAt", updated_by as "updatedBy"`;

export const listSecrets = (db: TenantDb): Promise<SecretRow[]> =>
  db.run((sql) =>
    orm(sql, (prisma) =>
      prisma.secret.findMany({ select: { name: true, updatedAt: true, updatedBy: true }, orderBy: { name: 'asc' } }),
    ),
  );

export async function setSecret(
  db: TenantDb,
  key: SealKey,
  actor: string | null,
  input: { name: string; value: string },
): Promise<Result<SecretRow, SecretErrorCode>> {
  if (!SECRET_NAME.test(input.name)) {
    return invalid(
      'Secret names are 1 to 64 upper-case letters, digits and underscores, starting with a letter',
      'name',
    );
  }
  if (input.value.length === 0 || input.value.length > MAX_SECRET_LENGTH) {
    return invalid(`A secret is 1 to ${MAX_SECRET_LENGTH} characters`, 'value');
  }
  const sealed = seal(key, input.value, context(db.tenantId, input.name));
  return db.tx(async (sql) => {
    // an upsert stamped with the database's clock, in one statement
    const row = await one<SecretRow>(
      sql,
      `insert into workflows.secrets (tenant_id, name, sealed, updated_by) values ($1, $2, $3, $4)
       on conflict (tenant_id, name) do update set sealed = excluded.sealed, updated_by = excluded.updated_by,
         updated_at = now()
       returning ${COLUMNS}`,
      [db.tenantId, input.name, sealed, actor],
    );
    return ok(row as SecretRow);
  });
}

export const deleteSecret = (db: TenantDb, name: string): Promise<Result<{ name: string }, SecretErrorCode>> =>
  db.tx(async (sql) => {
    const { count } = await orm(sql, (prisma) => prisma.secret.deleteMany({ where: { name } }));
    if (!count) return fail(payloadError<SecretErrorCode>('NOT_FOUND', `No secret ${name}`, ['input', 'name']));
    return ok({ name });
  });

/** The value of a stored secret, or null when the tenant has none by that name. */
export async function secretValue(sql: Sql, key: SealKey, tenantId: string, name: string): Promise<string | null> {
  const row = await orm(sql, (prisma) => prisma.secret.findFirst({ where: { name }, select: { sealed: true } }));
  return row ? unseal(key, row.sealed, context(tenantId, name)) : null;
}

const invalid = (message: string, field: string): Result<never, SecretErrorCode> =>
  fail(payloadError<SecretErrorCode>('INVALID_INPUT', message, ['input', field]));
