import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { waitForMailFile } from '../../../src/mail-folder.ts';
import { gql, inviteMember, reloadUntil, staffToken } from './members.ts';

export interface ProcureApprovalJourneyDeps {
  browser: Browser;
  adminUrl: string;
  gatewayUrl: string;
  mailDir: string;
  owner: { email: string; password: string };
  signInAdmin(page: Page, email: string, password: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
  expect(condition: unknown, message: string): void;
}

interface SupplierNode {
  id: string;
  name: string;
  email: string | null;
  currency: string;
  items: { preferred: boolean; unitCost: { amount: number }; variant: { id: string; sku: string } }[];
}

function must<T>(value: T | null | undefined, message: string): T {
  if (value === null || value === undefined) throw new Error(message);
  return value;
}

/** One approver above 1,000.00 and below 10,000.00 (the demo's purchase order approval workflow). */
const TARGET_TOTAL = 200_000;

/**
 * The approval half of procure-to-pay: the owner drafts a purchase order worth about 2,000.00 from a
 * demo supplier's item and submits it; the tenant's approval workflow puts it in the Tasks inbox of a
 * second member (the submitter never decides their own order), who approves it; approved, the variant's incoming stock in
 * inventory rises by the ordered quantity; sent, the supplier's mail arrives with the order as a PDF.
 */
export async function procureApprovalJourney(deps: ProcureApprovalJourneyDeps) {
  const { browser, adminUrl, gatewayUrl, shot } = deps;
  const expect: ProcureApprovalJourneyDeps['expect'] = deps.expect;
  const token = await staffToken(gatewayUrl, deps.owner);
  const { suppliers } = await gql<{ suppliers: { edges: { node: SupplierNode }[] } }>(
    gatewayUrl,
    `{ suppliers(first: 20) { edges { node { id name email currency
        items { preferred unitCost { amount } variant { id sku } } } } } }`,
    {},
    token,
  );
  const supplier = must(
    suppliers.edges
      .map(({ node }) => node)
      .find((node) => node.currency === 'EUR' && node.email && node.items.some((item) => item.unitCost.amount > 0)),
    'a demo supplier in EUR with an email and items',
  );
  const item = supplier.items.find((candidate) => candidate.unitCost.amount > 0)!;
  const quantity = Math.ceil(TARGET_TOTAL / item.unitCost.amount);
  const incomingNow = async () => {
    const { stockLevels } = await gql<{
      stockLevels: { edges: { node: { incoming: number; warehouse: { id: string } } }[] };
    }>(
      gatewayUrl,
      'query ($variantId: ID!) { stockLevels(filter: { variantId: $variantId }, first: 10) { edges { node { incoming warehouse { id } } } } }',
      { variantId: item.variant.id },
      token,
    );
    return stockLevels.edges.map(({ node }) => node);
  };
  const levels = await incomingNow();
  const warehouseId = levels[0]?.warehouse.id;
  expect(warehouseId, `the variant ${item.variant.sku} is stocked somewhere`);
  const incomingBefore = levels.find((level) => level.warehouse.id === warehouseId)?.incoming ?? 0;
  const created = await gql<{
    purchaseOrderCreate: { purchaseOrder: { id: string; number: string } | null; errors: unknown[] };
  }>(
    gatewayUrl,
    `mutation ($input: PurchaseOrderCreateInput!) {
       purchaseOrderCreate(input: $input) { purchaseOrder { id number } errors { code message } } }`,
    {
      input: {
        supplierId: supplier.id,
        warehouseId,
        lines: [{ variantId: item.variant.id, quantity }],
        idempotencyKey: `procure-approval-${Date.now()}`,
      },
    },
    token,
  );
  const order = must(
    created.purchaseOrderCreate.purchaseOrder,
    `the draft is created (${JSON.stringify(created.purchaseOrderCreate.errors)})`,
  );
  const orderPage = `${adminUrl}/procurement/orders/${encodeURIComponent(order.id)}`;
  const stamp = Date.now().toString(36);
  const approver = await inviteMember({
    gatewayUrl,
    mailDir: deps.mailDir,
    owner: deps.owner,
    email: `buyer-approver-${stamp}@demo.ucos.dev`,
    name: 'Pia Purchasing',
    roleNames: ['admin'],
  });

  const ownerContext = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const approverContext = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  try {
    const page = await ownerContext.newPage();
    await deps.signInAdmin(page, deps.owner.email, deps.owner.password);
    await page.goto(orderPage);
    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await reloadUntil(
      page,
      async () => (await page.getByTestId('po-awaiting-approval').count()) > 0,
      'the order waiting for approval',
      expect,
    );
    await shot(page, 'procure-approval-submitted');
    const inbox = await approverContext.newPage();
    await deps.signInAdmin(inbox, approver.email, approver.password);
    await inbox.goto(`${adminUrl}/tasks`);
    const task = inbox.getByRole('region', { name: `Approve purchase order ${order.number}` });
    await reloadUntil(inbox, async () => (await task.count()) > 0, 'the approval task', expect);
    await task.getByText(supplier.name).waitFor();
    await shot(inbox, 'procure-approval-task');
    await task.getByLabel('Comment').fill('Within budget');
    await task.getByLabel('Decision').selectOption('approve');
    await task.getByRole('button', { name: 'Decide' }).click();
    await task.waitFor({ state: 'detached' });

    await page.goto(orderPage);
    await reloadUntil(
      page,
      async () => (await page.getByTestId('po-status').first().textContent()) === 'approved',
      'the approved order',
      expect,
    );
    const incomingAfter = async () =>
      (await incomingNow()).find((level) => level.warehouse.id === warehouseId)?.incoming ?? 0;
    const deadline = Date.now() + 15_000;
    while ((await incomingAfter()) !== incomingBefore + quantity) {
      expect(Date.now() < deadline, `incoming rises by ${quantity} from ${incomingBefore}`);
      await page.waitForTimeout(400);
    }
    await shot(page, 'procure-approval-approved');

    await page.getByRole('button', { name: 'Send to supplier' }).click();
    await reloadUntil(
      page,
      async () => (await page.getByTestId('po-status').first().textContent()) === 'sent',
      'the sent order',
      expect,
    );
    const mail = await waitForMailFile(deps.mailDir, supplier.email!, new RegExp(order.number));
    const raw = await readFile(join(deps.mailDir, (mail as { file: string }).file), 'utf8');
    expect(
      /content-type:\s*application\/pdf/i.test(raw) && raw.includes(`${order.number}.pdf`),
      `the supplier's mail carries ${order.number}.pdf`,
    );
    await shot(page, 'procure-approval-sent');
  } finally {
    await approverContext.close();
    await ownerContext.close();
  }
}
