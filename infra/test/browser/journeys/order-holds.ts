import type { OwnerJourney } from './journey-context.ts';

export interface OrderHoldsJourney extends OwnerJourney {
  /** an order the purchase journey placed, not completed or cancelled */
  orderId: string;
  shopperEmail: string;
}

/**
 * The owner puts an order on hold from its page (reason), sees the hold (reason, source, when) and
 * the badge on the order and in the orders list, then releases it with a note.
 */
export async function orderHoldsJourney(context: OrderHoldsJourney): Promise<void> {
  const { browser, adminUrl, orderId, shopperEmail, shot } = context;
  const expect: (condition: unknown, message: string) => void = context.expect;
  expect(orderId, 'the purchase journey placed an order');
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await context.signInAdmin(page, context.owner.email, context.owner.password);
  const orderPage = `${adminUrl}/orders/${encodeURIComponent(orderId)}`;
  await page.goto(orderPage);

  const place = page.getByRole('form', { name: 'Put the order on hold' });
  await place.getByLabel('Reason').fill('Address looks wrong');
  await place.getByRole('button', { name: 'Place hold' }).click();
  await page.getByText('Order put on hold.').waitFor();
  await page.getByTestId('order-on-hold').waitFor();
  const hold = page.getByTestId('order-hold').filter({ hasText: 'Address looks wrong' });
  expect((await hold.textContent())?.includes('staff'), `the hold names its source (${await hold.textContent()})`);
  expect(
    (await page.getByRole('button', { name: 'Complete order' }).count()) === 0,
    'a held order offers no completion',
  );
  await shot(page, 'admin-order-on-hold');

  await page.goto(`${adminUrl}/orders`);
  const row = page.getByRole('row', { name: new RegExp(shopperEmail) });
  await row.getByTestId('order-on-hold').waitFor();
  await shot(page, 'admin-orders-on-hold-badge');

  await page.goto(orderPage);
  const release = page.getByRole('form', { name: 'Release hold: Address looks wrong' });
  await release.getByLabel('Note').fill('Checked with the shopper');
  await release.getByRole('button', { name: 'Release hold' }).click();
  // the released hold shows when and why (its release form is gone with it)
  await page.getByTestId('order-hold').filter({ hasText: 'Checked with the shopper' }).waitFor();
  expect((await page.getByTestId('order-on-hold').count()) === 0, 'no badge once the hold is released');
  await shot(page, 'admin-order-hold-released');
  await page.close();
}
