import { FEATURE_FLAG_CHANGED, type FeatureFlagChangedPayload } from '@ucos/kit/feature-flags';
import type { IdentityDatabase } from '../db.ts';
import { type IdentityResult, identityError, identityFail } from './errors.ts';

// evaluation (stable percentage buckets, unknown = off) is the kit's, shared by every caller
export { bucketOf, isEnabledFor } from '@ucos/kit/feature-flags';

export interface FeatureFlagRow {
  key: string;
  description: string | null;
  enabled: boolean;
  percentage: number;
  version: number;
  updatedAt: Date;
}

const KEY = /^[a-z][a-z0-9_.-]{1,63}$/;

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
  return db.tx(async (tx, uow): Promise<IdentityResult<FeatureFlagRow>> => {
    const changed = (flag: FeatureFlagRow) =>
      uow.emit(FEATURE_FLAG_CHANGED, flag.key, {
        key: flag.key,
        enabled: flag.enabled,
        percentage: flag.percentage,
        version: flag.version,
      } satisfies FeatureFlagChangedPayload);
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
      const created = await tx.featureFlag.create({ data: { tenantId: db.tenantId!, key: input.key, ...data } });
      await changed(created);
      return { ok: true, value: created };
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
    const flag = await tx.featureFlag.findFirstOrThrow({ where: { key: input.key } });
    await changed(flag);
    return { ok: true, value: flag };
  });
}

export async function deleteFlag(db: IdentityDatabase, key: string): Promise<IdentityResult<{ key: string }>> {
  return db.tx(async (tx, uow): Promise<IdentityResult<{ key: string }>> => {
    const deleted = await tx.featureFlag.deleteMany({ where: { key } });
    if (deleted.count === 0) return identityFail('NOT_FOUND', 'No such flag', ['input', 'key']);
    await uow.emit(FEATURE_FLAG_CHANGED, key, {
      key,
      enabled: null,
      percentage: null,
      version: null,
    } satisfies FeatureFlagChangedPayload);
    return { ok: true, value: { key } };
  });
}
