import { ok } from '@ucos/kit';
import {
  decryptValue,
  EnvelopeError,
  encryptValue,
  generateDataKey,
  type MasterKeyring,
  rotateDataKey,
  unwrapDataKey,
  wrapDataKey,
} from '@ucos/kit/adapters/envelope';
import {
  ADAPTER_KINDS,
  type AdapterDefinition,
  type AdapterKind,
  type AdapterSettings,
  secretHint,
} from '@ucos/kit/adapters/registry';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import type { Integration, IntegrationKey } from '../generated/prisma/client.ts';
import { ordersAdapters } from '../ports/adapters.ts';
import type { PaymentProvider } from '../ports/payment.ts';
import { type OrdersResult, ordersError, ordersFail } from './errors.ts';

/**
 * Tenants' integration adapters: which adapter of each kind a tenant selected, with its settings
 * encrypted under the tenant's data key (envelope encryption, `@ucos/kit/adapters/envelope`). Nothing
 * here answers a secret: a configured integration tells its non-secret settings and, per secret
 * field, that it is set and its last four characters.
 */

/** An integration as the API shows it. */
export interface IntegrationView {
  kind: AdapterKind;
  adapterId: string;
  enabled: boolean;
  publicSettings: Record<string, string>;
  /** field → last 4 characters, or '' when set but too short to hint at */
  secretHints: Record<string, string>;
  updatedBy: string | null;
  updatedAt: Date;
}

export interface IntegrationKeyView {
  version: number;
  masterKeyId: string;
  rotatedAt: Date;
  /** integrations re-encrypted by this rotation */
  reencrypted: number;
}

const credentialsContext = (tenantId: string, kind: string, adapterId: string) =>
  `ucos integration\u0000${tenantId}\u0000${kind}\u0000${adapterId}`;

const viewOf = (row: Integration): IntegrationView => ({
  kind: row.kind as AdapterKind,
  adapterId: row.adapterId,
  enabled: row.enabled,
  publicSettings: row.publicSettings as Record<string, string>,
  secretHints: row.secretHints as Record<string, string>,
  updatedBy: row.updatedBy,
  updatedAt: row.updatedAt,
});

export const listIntegrations = (db: TenantDb): Promise<IntegrationView[]> =>
  db.run(async (sql) =>
    (await orm(sql, (prisma) => prisma.integration.findMany({ orderBy: [{ kind: 'asc' }, { adapterId: 'asc' }] }))).map(
      viewOf,
    ),
  );

export interface ConfigureInput {
  kind: string;
  adapterId: string;
  /** absent: unchanged (a new integration starts disabled) */
  enabled?: boolean | null;
  /** the fields to set; an empty secret keeps the stored one */
  settings?: { key: string; value: string }[] | null;
}

/** The tenant's data key, created (and wrapped by the current master key) on first use; the row is locked. */
async function dataKeyOf(sql: Sql, keyring: MasterKeyring, tenantId: string): Promise<Buffer> {
  // hand SQL: the key row is locked so a concurrent rotation cannot re-key under this write
  const row = await one<Pick<IntegrationKey, 'wrappedKey'>>(
    sql,
    `select wrapped_key as "wrappedKey" from orders.integration_keys where tenant_id = $1 for update`,
    [tenantId],
  );
  if (row) return unwrapDataKey(keyring, row.wrappedKey, tenantId);
  const dataKey = generateDataKey();
  await sql.query(
    `insert into orders.integration_keys (tenant_id, wrapped_key, master_key_id) values ($1, $2, $3)
     on conflict (tenant_id) do nothing`,
    [tenantId, wrapDataKey(keyring, dataKey, tenantId), keyring.current.id],
  );
  // a concurrent first configure may have won: read what is stored
  const stored = await one<Pick<IntegrationKey, 'wrappedKey'>>(
    sql,
    `select wrapped_key as "wrappedKey" from orders.integration_keys where tenant_id = $1 for update`,
    [tenantId],
  );
  return unwrapDataKey(keyring, stored!.wrappedKey, tenantId);
}

/**
 * A stored key or credential that does not open (the master key changed without the old one in
 * INTEGRATIONS_MASTER_KEY_PREVIOUS) is the deployment's fault: a typed error, nothing written.
 */
async function keyUnavailable<T>(work: () => Promise<OrdersResult<T>>): Promise<OrdersResult<T>> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof EnvelopeError)) throw error;
    return ordersFail(
      'INTEGRATION_KEY_UNAVAILABLE',
      'The stored credentials do not open with the configured master key: set the previous key in INTEGRATIONS_MASTER_KEY_PREVIOUS',
      null,
    );
  }
}

function splitSettings(adapter: AdapterDefinition, settings: AdapterSettings) {
  const publicSettings: Record<string, string> = {};
  const secretHints: Record<string, string> = {};
  for (const field of adapter.fields) {
    const value = settings[field.key];
    if (value === undefined) continue;
    if (field.secret) secretHints[field.key] = secretHint(value) ?? '';
    else publicSettings[field.key] = value;
  }
  return { publicSettings, secretHints };
}

/**
 * Sets a tenant's adapter settings and/or enables it. Enabling an adapter selects it for its kind:
 * the kind's other adapters are disabled in the same transaction (one selection per kind).
 */
export async function configureIntegration(
  db: TenantDb,
  keyring: MasterKeyring,
  actor: string | null,
  input: ConfigureInput,
): Promise<OrdersResult<IntegrationView>> {
  if (!(ADAPTER_KINDS as readonly string[]).includes(input.kind)) {
    return ordersFail('UNKNOWN_ADAPTER', `There is no adapter kind "${input.kind}"`, ['input', 'kind']);
  }
  const kind = input.kind as AdapterKind;
  const adapter = ordersAdapters.get(kind, input.adapterId);
  if (!adapter) {
    return ordersFail('UNKNOWN_ADAPTER', `There is no ${kind} adapter "${input.adapterId}"`, ['input', 'adapterId']);
  }
  const changes: AdapterSettings = {};
  for (const [index, entry] of (input.settings ?? []).entries()) {
    if (Object.hasOwn(changes, entry.key)) {
      return ordersFail('INVALID_SETTINGS', `The setting "${entry.key}" is given twice`, [
        'input',
        'settings',
        String(index),
      ]);
    }
    changes[entry.key] = entry.value;
  }
  const tenantId = db.tenantId;
  return keyUnavailable(() =>
    db.tx(async (sql) => {
      const dataKey = await dataKeyOf(sql, keyring, tenantId);
      const context = credentialsContext(tenantId, kind, adapter.id);
      const existing = await orm(sql, (prisma) =>
        prisma.integration.findUnique({
          where: { tenantId_kind_adapterId: { tenantId, kind, adapterId: adapter.id } },
        }),
      );
      const current = existing
        ? (JSON.parse(decryptValue(dataKey, existing.credentials, context)) as AdapterSettings)
        : {};
      const resolved = ordersAdapters.resolveSettings(adapter, current, changes);
      if (!resolved.ok) {
        return {
          ok: false as const,
          errors: resolved.problems.map((problem) =>
            ordersError('INVALID_SETTINGS', problem.message, ['input', 'settings', problem.field]),
          ),
        };
      }
      const enabled = input.enabled ?? existing?.enabled ?? false;
      if (enabled) {
        await orm(sql, (prisma) =>
          prisma.integration.updateMany({
            where: { kind, adapterId: { not: adapter.id }, enabled: true },
            data: { enabled: false },
          }),
        );
      }
      const { publicSettings, secretHints } = splitSettings(adapter, resolved.settings);
      const data = {
        enabled,
        credentials: encryptValue(dataKey, JSON.stringify(resolved.settings), context),
        publicSettings,
        secretHints,
        updatedBy: actor,
        updatedAt: new Date(),
      };
      const row = await orm(sql, (prisma) =>
        prisma.integration.upsert({
          where: { tenantId_kind_adapterId: { tenantId, kind, adapterId: adapter.id } },
          create: { tenantId, kind, adapterId: adapter.id, ...data },
          update: data,
        }),
      );
      return ok(viewOf(row));
    }),
  );
}

/**
 * Rotates the tenant's data key: a new key wrapped by the current master key, every stored
 * credential re-encrypted with it, in one transaction (a failure leaves the old key and values).
 * Also the way to move a tenant from a previous master key to the current one.
 */
export function rotateIntegrationKey(db: TenantDb, keyring: MasterKeyring): Promise<OrdersResult<IntegrationKeyView>> {
  const tenantId = db.tenantId;
  return keyUnavailable(() =>
    db.tx(async (sql) => {
      // hand SQL: the key row is locked for the whole re-encryption
      const key = await one<Pick<IntegrationKey, 'wrappedKey' | 'version'>>(
        sql,
        `select wrapped_key as "wrappedKey", version from orders.integration_keys where tenant_id = $1 for update`,
        [tenantId],
      );
      if (!key) return ordersFail('NOT_FOUND', 'No integration is configured yet: there is no key to rotate', null);
      const rows = await orm(sql, (prisma) =>
        prisma.integration.findMany({ select: { kind: true, adapterId: true, credentials: true } }),
      );
      const rotated = rotateDataKey(
        keyring,
        tenantId,
        key.wrappedKey,
        rows.map((row) => ({
          ...row,
          ciphertext: row.credentials,
          context: credentialsContext(tenantId, row.kind, row.adapterId),
        })),
      );
      for (const item of rotated.items) {
        await orm(sql, (prisma) =>
          prisma.integration.update({
            where: { tenantId_kind_adapterId: { tenantId, kind: item.kind, adapterId: item.adapterId } },
            data: { credentials: item.ciphertext },
          }),
        );
      }
      const updated = await orm(sql, (prisma) =>
        prisma.integrationKey.update({
          where: { tenantId },
          data: {
            wrappedKey: rotated.wrapped,
            masterKeyId: keyring.current.id,
            version: key.version + 1,
            rotatedAt: new Date(),
          },
        }),
      );
      return ok({
        version: updated.version,
        masterKeyId: updated.masterKeyId,
        rotatedAt: updated.rotatedAt,
        reencrypted: rotated.items.length,
      });
    }),
  );
}

export const integrationKeyOf = (db: TenantDb): Promise<Omit<IntegrationKeyView, 'reencrypted'> | null> =>
  db.run((sql) =>
    orm(sql, (prisma) =>
      prisma.integrationKey.findUnique({
        where: { tenantId: db.tenantId },
        select: { version: true, masterKeyId: true, rotatedAt: true },
      }),
    ),
  );

/** The decrypted settings of a tenant's adapter, or null when it is not configured (or, with `enabledOnly`, not enabled). */
export async function adapterSettings(
  sql: Sql,
  keyring: MasterKeyring,
  tenantId: string,
  kind: AdapterKind,
  adapterId: string,
  enabledOnly: boolean,
): Promise<AdapterSettings | null> {
  // hand SQL: the key and the credentials in one statement on the checkout path
  const row = await one<{ credentials: string; enabled: boolean; wrappedKey: string }>(
    sql,
    `select i.credentials, i.enabled, k.wrapped_key as "wrappedKey"
       from orders.integrations i join orders.integration_keys k on k.tenant_id = i.tenant_id
      where i.kind = $1 and i.adapter_id = $2`,
    [kind, adapterId],
  );
  if (!row || (enabledOnly && !row.enabled)) return null;
  const dataKey = unwrapDataKey(keyring, row.wrappedKey, tenantId);
  return JSON.parse(
    decryptValue(dataKey, row.credentials, credentialsContext(tenantId, kind, adapterId)),
  ) as AdapterSettings;
}

export type PaymentAdapterFactory = (settings: AdapterSettings) => PaymentProvider;

/**
 * The payment providers of a request: the built-in ones (the test provider) for every tenant, and an
 * adapter (Stripe) for a tenant that configured it, built from its decrypted settings. A new payment
 * (checkout) needs the adapter enabled (`use: 'new'`); a payment already made through it is captured,
 * voided, refunded and hears its webhooks while the adapter stays configured, even once another
 * adapter is selected (`use: 'existing'`).
 */
export type ProviderUse = 'new' | 'existing';

export interface PaymentProviders {
  readonly builtIn: ReadonlyMap<string, PaymentProvider>;
  resolve(sql: Sql, tenantId: string, name: string, use: ProviderUse): Promise<PaymentProvider | null>;
  /** the tenant's settings of an adapter (for its webhooks), or null when not configured */
  settings(sql: Sql, tenantId: string, name: string, use: ProviderUse): Promise<AdapterSettings | null>;
}

export function paymentProviders(
  builtIn: readonly PaymentProvider[],
  keyring: MasterKeyring,
  factories: Record<string, PaymentAdapterFactory>,
): PaymentProviders {
  const map = new Map(builtIn.map((provider) => [provider.name, provider]));
  const settings = (sql: Sql, tenantId: string, name: string, use: ProviderUse) =>
    Object.hasOwn(factories, name)
      ? adapterSettings(sql, keyring, tenantId, 'payment', name, use === 'new')
      : Promise.resolve(null);
  return {
    builtIn: map,
    settings,
    async resolve(sql, tenantId, name, use) {
      const provider = map.get(name);
      if (provider) return provider;
      const configured = await settings(sql, tenantId, name, use);
      return configured ? factories[name]!(configured) : null;
    },
  };
}
