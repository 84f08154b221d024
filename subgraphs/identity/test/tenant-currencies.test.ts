import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import { decodeId, type IdentityHarness, signUp, startIdentity, userAuth } from './harness.ts';

let identity: IdentityHarness;
suiteFixture(async (own) => {
  identity = own(await startIdentity());
});

const UPDATE = `mutation ($input: TenantUpdateInput!) { tenantUpdate(input: $input) {
  tenant { currencies version } errors { code field message } } }`;

async function announcedCurrencies(tenantId: string) {
  const rows = await identity.admin<{ currencies: string[] }>(
    `select payload->'currencies' as currencies from identity.outbox
      where type = 'identity.tenant.settings_changed' and tenant_id = $1 order by id`,
    [tenantId],
  );
  return rows.map((row) => row.currencies);
}

describe('the currencies a shop sells in', () => {
  it('start as EUR, are set in order with the default first, and are announced to other domains', async () => {
    const shop = await signUp(identity, 'currency-shop');
    const as = userAuth(shop.session);
    const before = await identity.call('{ tenant { currencies } }', {}, as);
    expect(before.data?.tenant).toEqual({ currencies: ['EUR'] });

    const saved = await identity.call(
      UPDATE,
      { input: { name: 'Currency shop', currencies: ['USD', 'EUR', 'GBP'], version: 1 } },
      as,
    );
    expect(saved.data?.tenantUpdate).toEqual({ tenant: { currencies: ['USD', 'EUR', 'GBP'], version: 2 }, errors: [] });
    expect(await announcedCurrencies(decodeId(shop.tenant.id))).toEqual([['USD', 'EUR', 'GBP']]);

    // absent leaves them as they are
    const renamed = await identity.call(UPDATE, { input: { name: 'Renamed', version: 2 } }, as);
    expect(renamed.data?.tenantUpdate.tenant).toEqual({ currencies: ['USD', 'EUR', 'GBP'], version: 3 });
  });

  it.each([
    ['lower-case', ['EUR', 'eur'], 'Not an ISO 4217 currency code'],
    ['unknown', ['EUR', 'ZZZ'], 'Not an ISO 4217 currency code'],
    ['repeated', ['EUR', 'EUR'], 'Each currency once'],
    ['none', [], 'A shop sells in at least one currency'],
  ])('refuses %s currencies with a typed error and keeps what was stored', async (name, currencies, message) => {
    const shop = await signUp(identity, `bad-currency-${name}`);
    const as = userAuth(shop.session);
    const refused = await identity.call(UPDATE, { input: { name: 'Shop', currencies, version: 1 } }, as);
    expect(refused.data?.tenantUpdate.tenant).toBeNull();
    expect(refused.data?.tenantUpdate.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_CURRENCY', message: expect.stringContaining(message) }),
    ]);
    expect(refused.data?.tenantUpdate.errors[0].field.slice(0, 2)).toEqual(['input', 'currencies']);
    const after = await identity.call('{ tenant { currencies version } }', {}, as);
    expect(after.data?.tenant).toEqual({ currencies: ['EUR'], version: 1 });
  });
});
