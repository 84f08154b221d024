import { createHash } from 'node:crypto';
import type { IdentityDatabase } from '../db.ts';
import { type IdentityResult, identityError, identityFail } from './errors.ts';

export interface FeatureFlagRow {
  key: string;
  description: string | null;
  enabled: boolean;
  percentage: number;
  version: number;
  updatedAt: Date;
}

const KEY = /^[a-z][a-z0-9_.-]{1,63}$/;

/**
 * A subject is in a percentage rollout when the first 32 bits of sha256(flag key + subject) fall in
 * the first `percentage` of the range: stable per subject, independent across flags.
 */
export function bucketOf(flagKey: string, subject: string): number {
  const digest = createHash('sha256').update(`${flagKey}:${subject}`).digest();
  return (digest.readUInt32BE(0) / 2 ** 32) * 100;
}

export function isEnabledFor(
  flag: Pick<FeatureFlagRow, 'key' | 'enabled' | 'percentage'> | null,
  subject: string | null,
) {
  if (!flag?.enabled) return false;
  if (flag.percentage >= 100) return true;
  if (flag.percentage <= 0 || !subject) return false;
  return bucketOf(flag.key, subject) < flag.percentage;
}

export function listFlags(db: IdentityDatabase): Promise<FeatureFlagRow[]> {
  return db.run((tx) => tx.featureFlag.findMany({ orderBy: { key: 'asc' } }));
}

export function findFlag(db: IdentityDatabase, key: string): Promise<FeatureFlagRow | null> {
  return db.run((tx) => tx.featureFlag.findFirst({ where: { key } }));
}

export async function setFlag(
  db: IdentityDatabase,
  input: {
    key: string;
    description?: string | null;
    enabled: boolean;
    percentage?: number | null;
    version?: number | null;
  },
): Promise<IdentityResult<FeatureFlagRow>> {
  const percentage = input.percentage ?? 100;
  const errors = [
    ...(KEY.test(input.key)
      ? []
      : [identityError('INVALID_INPUT', 'Flag keys are 2-64 lower-case letters, digits, ., - or _', ['input', 'key'])]),
    ...(Number.isInteger(percentage) && percentage >= 0 && percentage <= 100
      ? []
      : [identityError('INVALID_INPUT', 'Percentage must be a whole number from 0 to 100', ['input', 'percentage'])]),
  ];
  if (errors.length) return { ok: false, errors };
  return db.tx(async (tx): Promise<IdentityResult<FeatureFlagRow>> => {
    const existing = await tx.featureFlag.findFirst({ where: { key: input.key } });
    const data = {
      enabled: input.enabled,
      percentage,
      description: input.description ?? existing?.description ?? null,
    };
    if (!existing) {
      if (input.version != null && input.version !== 0) {
        return identityFail('CONFLICT', 'The flag does not exist (expected version 0)', ['input', 'version']);
      }
      return {
        ok: true,
        value: await tx.featureFlag.create({ data: { tenantId: db.tenantId!, key: input.key, ...data } }),
      };
    }
    const updated = await tx.featureFlag.updateMany({
      where: { key: input.key, ...(input.version != null ? { version: input.version } : {}) },
      data: { ...data, version: { increment: 1 }, updatedAt: new Date() },
    });
    if (updated.count !== 1) {
      return identityFail('CONFLICT', `The flag changed meanwhile (now version ${existing.version})`, [
        'input',
        'version',
      ]);
    }
    return { ok: true, value: await tx.featureFlag.findFirstOrThrow({ where: { key: input.key } }) };
  });
}

export async function deleteFlag(db: IdentityDatabase, key: string): Promise<IdentityResult<{ key: string }>> {
  return db.tx(async (tx): Promise<IdentityResult<{ key: string }>> => {
    const deleted = await tx.featureFlag.deleteMany({ where: { key } });
    if (deleted.count === 0) return identityFail('NOT_FOUND', 'No such flag', ['input', 'key']);
    return { ok: true, value: { key } };
  });
}
