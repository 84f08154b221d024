import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import { decodeId, type IdentityHarness, signUp, startIdentity, userAuth } from './harness.ts';

let identity: IdentityHarness;
suiteFixture(async (own) => {
  identity = own(await startIdentity());
});

const UPDATE = `mutation ($input: TenantUpdateInput!) { tenantUpdate(input: $input) {
  tenant { id name legalName taxId address { line1 line2 postalCode city region country phone } version }
  errors { code field message } } }`;

const BERLIN = { line1: 'Hauptstr. 1', postalCode: '10115', city: 'Berlin', country: 'de', phone: '030 1234567' };

async function outboxPayloads(tenantId: string) {
  const rows = await identity.admin<{ payload: Record<string, unknown> }>(
    `select payload from identity.outbox where type = 'identity.tenant.settings_changed' and tenant_id = $1 order by id`,
    [tenantId],
  );
  return rows.map((row) => row.payload);
}

describe("the tenant's business profile", () => {
  it('keeps the legal name, tax id and address invoices print, and tells other domains', async () => {
    const shop = await signUp(identity, 'profile-shop');
    const as = userAuth(shop.session);
    const saved = await identity.call(
      UPDATE,
      {
        input: { name: 'Acme', legalName: ' Acme Handels GmbH ', taxId: 'de 123.456.789', address: BERLIN, version: 1 },
      },
      as,
    );
    expect(saved.data?.tenantUpdate).toEqual({
      tenant: {
        id: expect.any(String),
        name: 'Acme',
        legalName: 'Acme Handels GmbH',
        taxId: 'DE123456789',
        address: {
          line1: 'Hauptstr. 1',
          line2: null,
          postalCode: '10115',
          city: 'Berlin',
          region: null,
          country: 'DE',
          phone: '030 1234567',
        },
        version: 2,
      },
      errors: [],
    });
    // absent fields stay; '' clears the tax id
    const renamed = await identity.call(UPDATE, { input: { name: 'Acme Shop', taxId: '', version: 2 } }, as);
    expect(renamed.data?.tenantUpdate.tenant).toMatchObject({
      name: 'Acme Shop',
      legalName: 'Acme Handels GmbH',
      taxId: '',
      address: { city: 'Berlin' },
      version: 3,
    });
    const payloads = await outboxPayloads(decodeId(saved.data?.tenantUpdate.tenant.id));
    expect(payloads.at(0)).toMatchObject({
      name: 'Acme',
      legalName: 'Acme Handels GmbH',
      taxId: 'DE123456789',
      address: { line1: 'Hauptstr. 1', postalCode: '10115', city: 'Berlin', country: 'DE' },
    });
    expect(payloads.at(1)).toMatchObject({ name: 'Acme Shop', taxId: '' });
  });

  it('refuses a malformed VAT id, a street, postal code and phone that do not fit the country, all at once, and keeps what was stored', async () => {
    const shop = await signUp(identity, 'bad-profile-shop');
    const as = userAuth(shop.session);
    const refused = await identity.call(
      UPDATE,
      {
        input: {
          name: 'Bad',
          legalName: 'Bad GmbH',
          taxId: 'DE12',
          address: { ...BERLIN, line1: 'x', postalCode: 'ABC', phone: '12' },
          version: 1,
        },
      },
      as,
    );
    expect(refused.data?.tenantUpdate.tenant).toBeNull();
    expect(
      refused.data?.tenantUpdate.errors.map((error: { code: string; field: string[] }) => [error.code, error.field]),
    ).toEqual(
      expect.arrayContaining([
        ['INVALID_TAX_ID', ['input', 'taxId']],
        ['INVALID_STREET', ['input', 'address', 'line1']],
        ['INVALID_POSTAL_CODE', ['input', 'address', 'postalCode']],
        ['INVALID_PHONE', ['input', 'address', 'phone']],
      ]),
    );
    const read = await identity.call(`{ tenant { legalName taxId address { city } version } }`, {}, as);
    expect(read.data?.tenant).toEqual({ legalName: '', taxId: '', address: null, version: 1 });
  });
});
