import type { Browser, Page } from 'playwright-core';
import { type Api, call, signIn } from '../seed.ts';

export interface DashboardAndDangerJourneyDeps {
  browser: Browser;
  adminUrl: string;
  storefrontUrl: string;
  api: Api;
  signInAdmin(page: Page, email: string, password: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
  expect(condition: unknown, message: string): void;
}

interface OrderNode {
  id: string;
  createdAt: string;
  status: string;
  total: { amount: number; currency: string; fractionDigits: number };
}

/** Every order of the demo shop, paged through the API (what the dashboard must agree with). */
async function allOrders(api: Api, token: string): Promise<OrderNode[]> {
  const orders: OrderNode[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { orders: { edges: { node: OrderNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
      await call(
        api,
        `query($after: String) { orders(first: 100, after: $after) {
          edges { node { id createdAt status total { amount currency fractionDigits } } }
          pageInfo { hasNextPage endCursor } } }`,
        { after },
        token,
      );
    orders.push(...page.orders.edges.map((edge) => edge.node));
    if (!page.orders.pageInfo.hasNextPage) return orders;
    after = page.orders.pageInfo.endCursor;
  }
}

const dayIn = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

/**
 * The owner opens the dashboard: its order count and revenue for the last 7 and 30 days equal what
 * every order of the shop sums to (worked out here from the order list), with both charts drawn.
 * Then Settings: revoking the storefront's key asks first, says the shop stops, and "Keep key"
 * leaves it working; a partner key revoked through the dialog is revoked, and the audit trail names
 * it and who did it.
 */
export async function dashboardAndDangerJourney({
  browser,
  adminUrl,
  storefrontUrl,
  api,
  signInAdmin,
  shot,
  expect,
}: DashboardAndDangerJourneyDeps) {
  const owner = { email: 'owner@demo.ucos.dev', password: 'Demo-Password-2026' };
  const token = await signIn(api, owner.email, owner.password);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await signInAdmin(page, owner.email, owner.password);

    const { tenant } = await call<{ tenant: { timeZone: string } }>(api, '{ tenant { timeZone } }', {}, token);
    const orders = (await allOrders(api, token)).filter((order) => order.status !== 'CANCELLED');
    expect(orders.length > 0, 'the demo shop has orders');
    for (const days of [7, 30]) {
      const today = dayIn(new Date(), tenant.timeZone);
      const from = new Date(Date.parse(`${today}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
      const inRange = orders.filter((order) => dayIn(new Date(order.createdAt), tenant.timeZone) >= from);
      const sums = new Map<string, { amount: number; fractionDigits: number }>();
      for (const { total } of inRange) {
        const sum = sums.get(total.currency) ?? { amount: 0, fractionDigits: total.fractionDigits };
        sum.amount += total.amount;
        sums.set(total.currency, sum);
      }
      const [currency, main] = [...sums].sort((a, b) => b[1].amount - a[1].amount)[0] ?? [
        'EUR',
        { amount: 0, fractionDigits: 2 },
      ];
      const expected = new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency,
        minimumFractionDigits: main.fractionDigits,
        maximumFractionDigits: main.fractionDigits,
      }).format(main.amount / 10 ** main.fractionDigits);

      await page.goto(`${adminUrl}/?days=${days}`);
      await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
      const picked = page
        .getByRole('navigation', { name: 'Date range' })
        .getByRole('link', { name: `Last ${days} days` });
      expect((await picked.getAttribute('aria-current')) === 'page', `the ${days}-day range is the picked one`);
      const shown = (await page.getByTestId('revenue').textContent())?.trim();
      expect(
        shown === expected,
        `revenue for ${days} days: the dashboard shows ${shown}, the orders sum to ${expected}`,
      );
      const count = (await page.getByTestId('orders-count').textContent())?.trim();
      expect(count === String(inRange.length), `orders for ${days} days: shown ${count}, placed ${inRange.length}`);
      // both charts drew their axes (recharts renders them once it has measured its box)
      await page.locator('.recharts-xAxis').first().waitFor();
      expect((await page.locator('.recharts-yAxis').count()) === 2, 'revenue and orders charts each have a value axis');
    }
    await page.getByText('At or below each level’s threshold; 5 where none is set').waitFor();
    await shot(page, 'admin-dashboard');

    // the storefront's own key: the dialog names it and says the shop stops; keeping it changes nothing
    await page.goto(`${adminUrl}/settings`);
    const keys = page.getByRole('region', { name: 'API keys and storefront keys' });
    const storefrontRow = keys
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'storefront', exact: true }) })
      .filter({ has: page.getByRole('button', { name: 'Revoke', exact: true }) });
    await storefrontRow.first().getByRole('button', { name: 'Revoke', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: /^Revoke the key/ });
    await confirm.getByText('This is a storefront key.').waitFor();
    expect(
      (await page.evaluate(() => document.activeElement?.textContent)) === 'Keep key',
      'the safe choice has the focus when the dialog opens',
    );
    await shot(page, 'admin-revoke-storefront-key-confirm');
    const keyName = (await confirm.getByRole('heading').textContent())?.match(/“(.+)”/)?.[1];
    await confirm.getByRole('button', { name: 'Keep key' }).click();
    await confirm.waitFor({ state: 'hidden' });
    const { apiKeys } = await call<{ apiKeys: { edges: { node: { name: string; revokedAt: string | null } }[] } }>(
      api,
      '{ apiKeys(first: 100) { edges { node { name revokedAt } } } }',
      {},
      token,
    );
    expect(
      apiKeys.edges.some(({ node }) => node.name === keyName && node.revokedAt === null),
      'the storefront key is still active after "Keep key"',
    );
    // and the page still offers to revoke it once it has loaded again
    await page.reload();
    await storefrontRow.first().getByRole('button', { name: 'Revoke', exact: true }).waitFor();
    expect((await fetch(storefrontUrl)).status === 200, 'the shop still answers with its key');

    // a partner key, revoked through the dialog: revoked, and the audit trail names it and the owner
    const name = `Journey partner ${Date.now().toString(36)}`;
    const created = await call<{ apiKeyCreate: { apiKey: { id: string } } }>(
      api,
      'mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { apiKey { id } errors { code } } }',
      { input: { name, scopes: ['catalog:read'] } },
      token,
    );
    await page.reload();
    const partnerRow = keys.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
    await partnerRow.getByRole('button', { name: 'Revoke', exact: true }).click();
    await page
      .getByRole('dialog', { name: new RegExp(`^Revoke the key “${name}”`) })
      .getByRole('button', { name: 'Revoke key' })
      .click();
    await partnerRow.getByText('revoked').waitFor();
    await shot(page, 'admin-partner-key-revoked');
    const trail = await call<{
      auditEvents: { edges: { node: { targetType: string | null; targetId: string | null; actorKind: string } }[] };
    }>(
      api,
      '{ auditEvents(first: 1, filter: { operation: "apiKeyRevoke" }) { edges { node { targetType targetId actorKind } } } }',
      {},
      token,
    );
    const entry = trail.auditEvents.edges[0]?.node;
    expect(
      entry?.targetType === 'ApiKey' && entry.targetId === created.apiKeyCreate.apiKey.id && entry.actorKind === 'user',
      `the audit entry names the revoked key and its actor: ${JSON.stringify(entry)}`,
    );
  } finally {
    await context.close();
  }
}
