import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  decryptValue,
  developmentMasterKey,
  EnvelopeError,
  encryptValue,
  generateDataKey,
  type MasterKeyring,
  masterKey,
  masterKeyringFromEnv,
  needsRewrap,
  rotateDataKey,
  unwrapDataKey,
  wrapDataKey,
} from '../src/adapters/envelope.ts';
import { AdapterRegistry, secretHint, settingsJsonSchema, settingsObject } from '../src/adapters/registry.ts';

const ring = (current = masterKey(randomBytes(32)), previous: MasterKeyring['previous'] = []): MasterKeyring => ({
  current,
  previous,
  development: false,
});

describe('envelope encryption', () => {
  it('wraps a data key per tenant: it opens for its tenant only, and only under a master key of the ring', () => {
    const keyring = ring();
    const tenant = randomUUID();
    const dataKey = generateDataKey();
    const wrapped = wrapDataKey(keyring, dataKey, tenant);
    expect(wrapped).not.toContain(dataKey.toString('base64url'));
    expect(unwrapDataKey(keyring, wrapped, tenant).equals(dataKey)).toBe(true);
    expect(() => unwrapDataKey(keyring, wrapped, randomUUID())).toThrow(EnvelopeError);
    expect(() => unwrapDataKey(ring(), wrapped, tenant)).toThrow(/not configured/);
    const tampered = `${wrapped.slice(0, -3)}${wrapped.endsWith('A') ? 'B' : 'A'}AA`;
    expect(() => unwrapDataKey(keyring, tampered, tenant)).toThrow(EnvelopeError);
  });

  it('encrypts a value bound to its context', () => {
    const dataKey = generateDataKey();
    const sealed = encryptValue(dataKey, 'sk_test_secret', 'tenant/payment/stripe');
    expect(sealed).not.toContain('sk_test');
    expect(decryptValue(dataKey, sealed, 'tenant/payment/stripe')).toBe('sk_test_secret');
    expect(() => decryptValue(dataKey, sealed, 'tenant/payment/other')).toThrow(EnvelopeError);
    expect(() => decryptValue(generateDataKey(), sealed, 'tenant/payment/stripe')).toThrow(EnvelopeError);
    expect(() => decryptValue(dataKey, 'garbage', 'x')).toThrow(/not an encrypted value/);
  });

  it('rotates a tenant’s data key and re-wraps it under a new master key without losing a credential', () => {
    const oldMaster = masterKey(randomBytes(32));
    const tenant = randomUUID();
    const dataKey = generateDataKey();
    const before = ring(oldMaster);
    const wrapped = wrapDataKey(before, dataKey, tenant);
    const items = [
      { id: 'a', context: 'ctx-a', ciphertext: encryptValue(dataKey, 'first secret', 'ctx-a') },
      { id: 'b', context: 'ctx-b', ciphertext: encryptValue(dataKey, 'second secret', 'ctx-b') },
    ];
    // the deployment moved to a new master key; the old one is listed as previous
    const after = ring(masterKey(randomBytes(32)), [oldMaster]);
    expect(needsRewrap(after, wrapped)).toBe(true);
    const rotated = rotateDataKey(after, tenant, wrapped, items);
    expect(needsRewrap(after, rotated.wrapped)).toBe(false);
    const newKey = unwrapDataKey(ring(after.current), rotated.wrapped, tenant);
    expect(newKey.equals(dataKey)).toBe(false);
    expect(rotated.items.map((item) => decryptValue(newKey, item.ciphertext, item.context))).toEqual([
      'first secret',
      'second secret',
    ]);
    expect(rotated.items.map((item) => item.id)).toEqual(['a', 'b']);
    // the old data key no longer opens the re-encrypted values
    expect(() => decryptValue(dataKey, rotated.items[0]!.ciphertext, 'ctx-a')).toThrow(EnvelopeError);
  });

  it('reads the master key from the environment: 32 bytes of base64, a development key only outside production', () => {
    const warnings: string[] = [];
    const warn = (message: string) => warnings.push(message);
    const key = randomBytes(32).toString('base64');
    const configured = masterKeyringFromEnv({ key, nodeEnv: 'production', warn });
    expect(configured.development).toBe(false);
    expect(configured.current.key.toString('base64')).toBe(key);
    expect(warnings).toEqual([]);
    expect(() =>
      masterKeyringFromEnv({ key: randomBytes(16).toString('base64'), nodeEnv: 'development', warn }),
    ).toThrow(/32 bytes/);
    expect(() => masterKeyringFromEnv({ key: 'not base64!', nodeEnv: 'development', warn })).toThrow(/base64/);
    expect(() => masterKeyringFromEnv({ nodeEnv: 'production', warn })).toThrow(/required in production/);
    const dev = masterKeyringFromEnv({ nodeEnv: 'development', warn });
    expect(dev.development).toBe(true);
    expect(dev.current.id).toBe(developmentMasterKey().id);
    expect(warnings).toHaveLength(1);
    const withPrevious = masterKeyringFromEnv({
      key,
      previous: `${randomBytes(32).toString('base64')}, `,
      nodeEnv: 'test',
      warn,
    });
    expect(withPrevious.previous).toHaveLength(1);
  });
});

describe('adapter registry', () => {
  const registry = new AdapterRegistry()
    .register({
      kind: 'payment',
      id: 'test',
      label: 'Test',
      description: 'built in',
      builtIn: true,
      fields: [],
      settings: settingsObject({}),
    })
    .register({
      kind: 'payment',
      id: 'acme',
      label: 'Acme Pay',
      description: 'a PSP',
      fields: [
        { key: 'apiKey', label: 'API key', secret: true, required: true },
        { key: 'account', label: 'Account', secret: false, required: false },
      ],
      settings: settingsObject({
        apiKey: z.string().startsWith('ak_', 'An Acme key starts with ak_'),
        account: z.string().optional(),
      }),
    });

  it('lists adapters by kind, knows each kind’s default and refuses duplicates', () => {
    expect(registry.list('payment').map((adapter) => adapter.id)).toEqual(['test', 'acme']);
    expect(registry.list('tax')).toEqual([]);
    expect(registry.defaultOf('payment')?.id).toBe('test');
    expect(registry.get('payment', 'acme')?.label).toBe('Acme Pay');
    expect(() => registry.register({ ...registry.get('payment', 'acme')! })).toThrow(/twice/);
    expect(() => registry.register({ ...registry.get('payment', 'test')!, id: 'test-two' })).toThrow(
      /built-in default/,
    );
    expect(() => registry.register({ ...registry.get('payment', 'acme')!, id: 'Bad Id' })).toThrow(/must match/);
  });

  it('validates settings, keeps a stored secret when the form sends it empty, and names each problem’s field', () => {
    const acme = registry.get('payment', 'acme')!;
    expect(registry.resolveSettings(acme, {}, { account: 'x' })).toEqual({
      ok: false,
      problems: [{ field: 'apiKey', message: 'API key is required' }],
    });
    expect(registry.resolveSettings(acme, {}, { apiKey: 'wrong', other: '1' })).toEqual({
      ok: false,
      problems: [{ field: 'other', message: 'Acme Pay has no setting "other"' }],
    });
    expect(registry.resolveSettings(acme, {}, { apiKey: 'wrong' })).toEqual({
      ok: false,
      problems: [{ field: 'apiKey', message: 'An Acme key starts with ak_' }],
    });
    expect(registry.resolveSettings(acme, { apiKey: 'ak_stored' }, { apiKey: '', account: ' acct ' })).toEqual({
      ok: true,
      settings: { apiKey: 'ak_stored', account: 'acct' },
    });
  });

  it('describes settings as JSON Schema with secrets write-only, and hints only at long secrets', () => {
    expect(settingsJsonSchema(registry.get('payment', 'acme')!)).toMatchObject({
      required: ['apiKey'],
      properties: { apiKey: { writeOnly: true, format: 'password' }, account: { type: 'string' } },
    });
    expect(secretHint('sk_test_abcdefgh1234')).toBe('1234');
    expect(secretHint('short')).toBeNull();
  });
});
