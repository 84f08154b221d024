import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { customer } from '../../orders/test/harness.ts';
import { fulfillmentStaff, fulfillmentSuite } from './harness.ts';

/** The tenant's fulfillment settings: one row per tenant, seen and changed only by that tenant. */
const stack = fulfillmentSuite();

const READ = `{ fulfillmentSettings { returnWindowDays } }`;
const UPDATE = `mutation ($days: Int!) {
  fulfillmentSettingsUpdate(input: { returnWindowDays: $days }) { settings { returnWindowDays } errors { code field message } }
}`;

describe('fulfillmentSettings', () => {
  it("is each tenant's own: one tenant's return window never changes another's", async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    const set = await stack.fulfillment.call(UPDATE, { days: 14 }, fulfillmentStaff(first));
    expect(set.data?.fulfillmentSettingsUpdate.settings).toEqual({ returnWindowDays: 14 });
    const again = await stack.fulfillment.call(UPDATE, { days: 60 }, fulfillmentStaff(first));
    expect(again.data?.fulfillmentSettingsUpdate.settings).toEqual({ returnWindowDays: 60 });

    expect((await stack.fulfillment.call(READ, {}, customer(first))).data?.fulfillmentSettings).toEqual({
      returnWindowDays: 60,
    });
    expect((await stack.fulfillment.call(READ, {}, customer(second))).data?.fulfillmentSettings).toEqual({
      returnWindowDays: 30,
    });
  });

  it('refuses a window that is negative, fractional or over a year, with its field', async () => {
    const tenant = randomUUID();
    for (const days of [-1, 366]) {
      const refused = await stack.fulfillment.call(UPDATE, { days }, fulfillmentStaff(tenant));
      expect(refused.data?.fulfillmentSettingsUpdate.errors).toEqual([
        {
          code: 'INVALID_INPUT',
          field: ['input', 'returnWindowDays'],
          message: 'A return window is a whole number of days from 0 to 365',
        },
      ]);
    }
    expect((await stack.fulfillment.call(READ, {}, customer(tenant))).data?.fulfillmentSettings).toEqual({
      returnWindowDays: 30,
    });
  });

  it('is changed only with fulfillment:manage', async () => {
    const tenant = randomUUID();
    const denied = await stack.fulfillment.call(UPDATE, { days: 1 }, customer(tenant));
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
