import type { OwnerJourney } from './journey-context.ts';
import { inviteMember, reloadUntil } from './members.ts';

export interface ApprovalsJourney extends OwnerJourney {
  gatewayUrl: string;
  /** where identity writes its mail: the second admin accepts their invitation from there */
  mailDir: string;
  /** a priced, stocked variant of the journey's product and the warehouse it is stocked in */
  variantId: string;
  warehouseLabel: string;
  placeOrder(email: string, lines: { variantId: string; quantity: number }[]): Promise<{ id: string }>;
}

/** This journey's workflow: its own name, so the template can still be used under its default one. */
const WORKFLOW = 'big-order-approval';
/** 250.00 EUR: the journey's large order (5 × 54.00 and shipping) is above it, every other journey's order below. */
const THRESHOLD = '25000';

/**
 * The high-value hold, end to end in the admin: the owner creates the workflow from the "High-value
 * order hold" template with a threshold and enables it; a large order is placed (the seed API, as a
 * shopper would); a second admin signs in, sees the Tasks count in the navigation and the task in the
 * inbox, and approves it with a comment; the order page shows the hold released, and the order is
 * confirmed, shipped from its page and the fulfillment queue.
 */
export async function approvalsJourney(context: ApprovalsJourney): Promise<void> {
  const { browser, adminUrl, shot } = context;
  const expect: ApprovalsJourney['expect'] = context.expect;
  const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
  await context.signInAdmin(page, context.owner.email, context.owner.password);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Workflows' }).click();
  await page.waitForURL(`${adminUrl}/workflows`);
  const template = page.getByRole('region', { name: 'High-value order hold' });
  await template.getByLabel(/workflow’s name/).fill(WORKFLOW);
  await template.getByLabel(/from which an order is held/).fill(THRESHOLD);
  await shot(page, 'approvals-template');
  await template.getByRole('button', { name: 'Create' }).click();
  await page.waitForURL(/\/workflows\/[A-Za-z0-9_-]+$/);
  await page.getByRole('heading', { name: WORKFLOW }).waitFor();
  await page.getByRole('button', { name: 'Enable', exact: true }).click();
  await page.getByText('Enabled: it runs on its trigger.').waitFor();
  await shot(page, 'approvals-workflow-enabled');

  // a second admin: another member with orders:manage, invited and accepted from the mailed link
  const stamp = Date.now().toString(36);
  const approver = await inviteMember({
    gatewayUrl: context.gatewayUrl,
    mailDir: context.mailDir,
    owner: context.owner,
    email: `approver-${stamp}@demo.ucos.dev`,
    name: 'Ada Approver',
    roleNames: ['admin'],
  });

  // a large order, as a shopper places it
  const email = `big-spender-${stamp}@example.com`;
  const order = await context.placeOrder(email, [{ variantId: context.variantId, quantity: 5 }]);
  const orderPage = `${adminUrl}/orders/${encodeURIComponent(order.id)}`;
  await page.goto(orderPage);
  await reloadUntil(page, async () => (await page.getByTestId('order-on-hold').count()) > 0, 'the hold', expect);
  const heading = (await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '';
  // the shop's display number (its prefix, then digits): the hold and the task name the order by it
  const orderNumber = heading.match(/^Order (\S+) for /)?.[1];
  expect(orderNumber, `the order page names its number (${heading})`);
  await page
    .getByTestId('order-hold')
    .filter({ hasText: `High-value order ${orderNumber} awaits approval` })
    .waitFor();
  await shot(page, 'approvals-order-held');

  // the second admin sees the count in the navigation and the task in the inbox
  const approverContext = await browser.newContext({ viewport: { width: 1280, height: 1100 } });
  const inbox = await approverContext.newPage();
  await context.signInAdmin(inbox, approver.email, approver.password);
  const nav = inbox.getByRole('navigation', { name: 'Sections' });
  await reloadUntil(inbox, async () => (await nav.getByTestId('task-count').count()) > 0, 'the Tasks count', expect);
  const count = (await nav.getByTestId('task-count').textContent()) ?? '';
  expect(/\(\d+ open\)/.test(count.trim()), `the navigation counts the open tasks (${count})`);
  await shot(inbox, 'approvals-nav-task-count');
  await nav.getByRole('link', { name: /Tasks/ }).click();
  await inbox.waitForURL(`${adminUrl}/tasks`);
  const task = inbox.getByRole('region', { name: `Approve high-value order ${orderNumber}` });
  await task.getByText(email).waitFor();
  await shot(inbox, 'approvals-inbox');
  await task.getByLabel('Comment').fill('Known customer, approved');
  await task.getByLabel('Decision').selectOption('approve');
  await task.getByRole('button', { name: 'Decide' }).click();
  // decided, the task leaves the inbox (and its form with it)
  await task.waitFor({ state: 'detached' });
  await shot(inbox, 'approvals-approved');

  // the order page shows the hold released by the workflow
  await inbox.goto(orderPage);
  await reloadUntil(
    inbox,
    async () => (await inbox.getByTestId('order-hold').filter({ hasText: 'Approved in workflow run' }).count()) > 0,
    'the release',
    expect,
  );
  expect((await inbox.getByTestId('order-on-hold').count()) === 0, 'no badge once the hold is released');
  await shot(inbox, 'approvals-hold-released');

  // and it ships: confirmed, a shipment created, packed and shipped from its page
  await inbox.getByRole('button', { name: 'Confirm order' }).click();
  const create = inbox.getByRole('form', { name: 'Create a shipment' });
  await create.waitFor();
  await create.getByLabel('Ships from').selectOption({ label: context.warehouseLabel });
  await inbox.getByRole('button', { name: 'Create shipment' }).click();
  await inbox.getByRole('button', { name: 'Mark packed' }).click();
  await inbox.getByLabel('Tracking number').fill(`BIG-${stamp}`.toUpperCase());
  await inbox.getByRole('button', { name: 'Mark shipped' }).click();
  await inbox.getByTestId('shipment').filter({ hasText: 'shipped' }).waitFor();
  await shot(inbox, 'approvals-order-shipped');
  await approverContext.close();
  await page.close();
}
