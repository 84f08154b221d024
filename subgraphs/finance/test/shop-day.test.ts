import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { domainEvent, events, type FinanceHarness, financeSuite, staff } from './harness.ts';

let finance: FinanceHarness;

financeSuite((suite) => {
  finance = suite.finance;
});

afterEach(() => {
  vi.useRealTimers();
});

/** 23:30 UTC on 31 March: 13:30 on 1 April in Pacific/Kiritimati (UTC+14), still 31 March in UTC. */
const NOW = '2026-03-31T23:30:00Z';

const DEFAULTS = `{
  financeTrialBalance { to totalDebit }
  financeProfitAndLoss { to totalRevenue }
  financeBalanceSheet { to totalAssets }
  financeReceivablesAging { asOf totals { total } }
  financeOpenItems(kind: RECEIVABLE, first: 5) { edges { node { dueDate daysPastDue } } }
  pnlCsv: financeReportCsv(report: PROFIT_AND_LOSS)
}`;

/** A tenant in `timeZone` (none: finance has not heard one) with an order placed an hour and a half before NOW. */
async function tenantWithOrder(timeZone: string | null) {
  const tenant = randomUUID();
  if (timeZone) {
    await finance.deliver(
      domainEvent(tenant, 'identity.tenant.settings_changed', tenant, {
        name: 'Line Islands Store',
        locale: 'en',
        timeZone,
      }),
    );
  }
  await finance.deliver(
    events.orderCreated(
      tenant,
      { orderId: randomUUID(), number: 1, subtotal: 1000, shipping: 0, tax: 0 },
      '2026-03-31T22:00:00Z',
    ),
  );
  return tenant;
}

async function defaultsAt(tenant: string, now: string) {
  // only Date is faked: the pool's and the bus's timers keep running
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(now));
  const result = await finance.call(DEFAULTS, {}, staff(tenant));
  vi.useRealTimers();
  expect(result.errors).toBeUndefined();
  return result.data;
}

describe("the reports' default day", () => {
  it("is the shop's today in its time zone, not the UTC day, when the caller names none", async () => {
    const tenant = await tenantWithOrder('Pacific/Kiritimati');
    const data = await defaultsAt(tenant, NOW);
    // the order was placed on the shop's 1 April, and "today" there includes it
    expect(data?.financeTrialBalance).toEqual({ to: '2026-04-01', totalDebit: 1000 });
    expect(data?.financeProfitAndLoss).toEqual({ to: '2026-04-01', totalRevenue: 1000 });
    expect(data?.financeBalanceSheet).toEqual({ to: '2026-04-01', totalAssets: 1000 });
    expect(data?.financeReceivablesAging).toEqual({ asOf: '2026-04-01', totals: { total: 1000 } });
    // due on the day it was placed (no payment terms): not past due on the shop's today
    expect(data?.financeOpenItems.edges).toEqual([{ node: { dueDate: '2026-04-01', daysPastDue: 0 } }]);
    expect(String(data?.pnlCsv)).toContain('Total revenue,1000');
  });

  it('is the UTC day for a shop whose zone finance has not heard', async () => {
    const tenant = await tenantWithOrder(null);
    const data = await defaultsAt(tenant, NOW);
    expect(data?.financeTrialBalance).toEqual({ to: '2026-03-31', totalDebit: 1000 });
    expect(data?.financeReceivablesAging.asOf).toBe('2026-03-31');
  });

  it("moves with the shop's midnight, not UTC's", async () => {
    const tenant = await tenantWithOrder('Pacific/Kiritimati');
    // 09:59 UTC on 31 March is 23:59 there: the order of 1 April (shop's day) is not yet in "today"
    const before = await defaultsAt(tenant, '2026-03-31T09:59:00Z');
    expect(before?.financeTrialBalance).toEqual({ to: '2026-03-31', totalDebit: 0 });
    expect(before?.financeOpenItems.edges).toEqual([{ node: { dueDate: '2026-04-01', daysPastDue: -1 } }]);
    const after = await defaultsAt(tenant, '2026-03-31T10:00:00Z');
    expect(after?.financeTrialBalance.to).toBe('2026-04-01');
  });

  it('still refuses a from after the defaulted to', async () => {
    const tenant = await tenantWithOrder('Pacific/Kiritimati');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
    const result = await finance.call('{ financeTrialBalance(from: "2026-04-02") { to } }', {}, staff(tenant));
    vi.useRealTimers();
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
