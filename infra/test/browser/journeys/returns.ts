import type { Page } from 'playwright-core';
import { waitForMailFile } from '../../../src/mail-folder.ts';
import { type Api, call, registerShopper, signIn } from '../seed.ts';
import type { OwnerAndShopperJourney } from './journey-context.ts';

export interface ReturnsJourney extends OwnerAndShopperJourney {
  api: Api;
  /** the seeded product: two variants, the first at 49.00 */
  secondVariantTitle: string;
  signInShopper(page: Page, email: string, password: string): Promise<void>;
}

const PASSWORD = 'Returns-Password-2026';

/**
 * Self-service returns: a shopper orders two items, billed to another address, and reads the
 * confirmation (lines, both addresses, totals); staff ship the order (API); the shopper's order page shows lines, address, totals and
 * the shipment, refuses a quantity above what can be returned under its field, and takes a return
 * of one line; staff approve, receive and refund it (API); the shopper sees it refunded with the
 * amount (and is mailed the same amount), also at phone width. A second shopper opening that order gets "Not found". The owner
 * finds the return window (30 days) in the admin's Settings; a year and a day is refused under it.
 */
export async function returnsJourney(context: ReturnsJourney): Promise<void> {
  const { browser, api, storefrontUrl, shot } = context;
  const expect: (condition: unknown, message: string) => void = context.expect;
  const stamp = Date.now().toString(36);
  const shopperEmail = `returns-${stamp}@example.com`;
  const strangerEmail = `stranger-${stamp}@example.com`;
  await registerShopper(api, shopperEmail, PASSWORD, 'Return Shopper');
  await registerShopper(api, strangerEmail, PASSWORD, 'Other Shopper');
  const owner = await signIn(api, context.owner.email, context.owner.password);

  const shopper = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await shopper.newPage();
  await context.signInShopper(page, shopperEmail, PASSWORD);
  await page.goto(`${storefrontUrl}/products/${context.productHandle}`);
  await page.getByRole('heading', { name: context.productTitle }).waitFor();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByText('Added to your cart (1 item)').waitFor();
  await page.getByText(context.secondVariantTitle, { exact: true }).click();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByText('Added to your cart (2 items)').waitFor();
  await page.goto(`${storefrontUrl}/checkout`);
  await page.getByRole('heading', { name: 'Checkout' }).waitFor();
  const email = page.getByLabel('Email');
  if (!(await email.inputValue())) await email.fill(shopperEmail);
  await page.getByLabel('Full name').fill('Return Shopper');
  await page.getByLabel('Address', { exact: true }).fill('Rückgabeweg 5');
  await page.getByLabel('Postal code', { exact: true }).fill('20095');
  await page.getByLabel('City', { exact: true }).fill('Hamburg');
  // billed elsewhere: the checkbox brings the billing address fields
  await page.getByLabel('Bill to a different address').check();
  await page.getByLabel('Billing name').fill('Return Shopper GmbH');
  await page.getByLabel('Billing street address', { exact: true }).fill('Rechnungsstraße 7');
  await page.getByLabel('Billing postal code').fill('80331');
  await page.getByLabel('Billing city').fill('München');
  await page.getByLabel('Test card — approved').check();
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.waitForURL(/\/checkout\/confirmation/);
  await page.getByRole('heading', { name: 'Thank you for your order' }).waitFor();
  const orderId = (await page.getByTestId('order-number').getAttribute('data-order-id')) ?? '';
  expect(orderId, 'the confirmation names the order');
  // the confirmation shows what was bought, where it goes and what it cost
  expect((await page.getByTestId('order-line').count()) === 2, 'the confirmation lists both lines');
  const confirmedAddress = (await page.getByTestId('order-shipping-address').textContent()) ?? '';
  expect(confirmedAddress.includes('Rückgabeweg 5'), `the confirmation shows the address (got ${confirmedAddress})`);
  const confirmedBilling = (await page.getByTestId('order-billing-address').textContent()) ?? '';
  expect(
    confirmedBilling.includes('Rechnungsstraße 7'),
    `the confirmation shows the billing address (got ${confirmedBilling})`,
  );
  const confirmationText = (await page.locator('main').textContent()) ?? '';
  for (const label of ['Subtotal', 'Shipping', 'Tax', 'Total', '49.00'])
    expect(confirmationText.includes(label), `the confirmation shows ${label}`);
  await shot(page, 'storefront-confirmation-lines-address-totals');

  // staff confirm and ship the order through the API (fulfillment hears of it a moment later)
  const staff = <T>(query: string, variables: Record<string, unknown>) => call<T>(api, query, variables, owner);
  await staff(`mutation ($id: ID!) { orderConfirm(input: { orderId: $id }) { errors { code } } }`, { id: orderId });
  const ordered = await staff<{ order: { lines: { variant: { id: string }; quantity: number }[] } }>(
    `query ($id: ID!) { order(id: $id) { lines { variant { id } quantity } } }`,
    { id: orderId },
  );
  const lines = ordered.order.lines.map((line) => ({ variantId: line.variant.id, quantity: line.quantity }));
  let shipmentId = '';
  for (let attempt = 0; attempt < 100 && !shipmentId; attempt++) {
    const created = await staff<{ shipmentCreate: { shipment: { id: string } | null } }>(
      `mutation ($input: ShipmentCreateInput!) { shipmentCreate(input: $input) { shipment { id } errors { code } } }`,
      { input: { orderId, lines } },
    );
    shipmentId = created.shipmentCreate.shipment?.id ?? '';
    if (!shipmentId) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(shipmentId, 'staff created the shipment');
  await staff(`mutation ($id: ID!) { shipmentPack(input: { shipmentId: $id }) { errors { code } } }`, {
    id: shipmentId,
  });
  const shipped = await staff<{ shipmentShip: { errors: { code: string }[] } }>(
    `mutation ($id: ID!) { shipmentShip(input: { shipmentId: $id, trackingNumber: "RETURNS-TRACK-1" }) { errors { code } } }`,
    { id: shipmentId },
  );
  expect(shipped.shipmentShip.errors.length === 0, `shipped (${JSON.stringify(shipped.shipmentShip.errors)})`);

  // the order page: lines, address, totals, the shipment, and the return form
  const orderPage = `${storefrontUrl}/account/orders/${encodeURIComponent(orderId)}`;
  await page.goto(orderPage);
  await page.getByTestId('shipment').filter({ hasText: 'RETURNS-TRACK-1' }).waitFor();
  expect((await page.getByTestId('order-line').count()) === 2, 'the order page lists both lines');
  const address = (await page.getByTestId('order-shipping-address').textContent()) ?? '';
  expect(address.includes('20095 Hamburg'), `the order page shows the address (got ${address})`);
  const billing = (await page.getByTestId('order-billing-address').textContent()) ?? '';
  expect(billing.includes('80331 München'), `the order page shows the billing address (got ${billing})`);
  await page.getByTestId('order-totals').waitFor();
  await page.getByTestId('return-window').filter({ hasText: 'You can request a return until' }).waitFor();
  await shot(page, 'storefront-order-shipped-return-form');

  const form = page.getByRole('form', { name: 'Request a return' });
  const firstLine = form.getByLabel(/quantity to return — up to 1$/).first();
  // more than was shipped: the API refuses it under that very field
  await firstLine.fill('2');
  await form.getByLabel('Reason').selectOption('Too small');
  await form.getByRole('button', { name: 'Request return' }).click();
  const lineError = form.getByRole('alert').filter({ hasText: 'Only 1 can be returned' });
  await lineError.waitFor();
  const describedBy = await firstLine.getAttribute('aria-describedby');
  expect(
    describedBy && (await lineError.getAttribute('id')) === describedBy,
    'the error is linked to its field (aria-describedby)',
  );
  expect((await firstLine.getAttribute('aria-invalid')) === 'true', 'the field is marked invalid');
  const keptReason = await form.getByLabel('Reason').inputValue();
  expect(keptReason === 'Too small', `the chosen reason survives the error (got ${keptReason})`);
  await shot(page, 'storefront-return-quantity-refused');
  await firstLine.fill('1');
  await form.getByLabel('Details (optional)').fill('Runs a size small');
  await form.getByRole('button', { name: 'Request return' }).click();
  await page.getByText('Your return was requested.').waitFor();
  await page.getByTestId('return').filter({ hasText: 'Requested' }).waitFor();
  await shot(page, 'storefront-return-requested');

  // staff approve, receive and refund it (API)
  const returns = await staff<{ order: { returns: { id: string }[] } }>(
    `query ($id: ID!) { order(id: $id) { returns { id } } }`,
    { id: orderId },
  );
  const returnId = returns.order.returns[0]?.id ?? '';
  expect(returnId, 'staff see the requested return');
  for (const move of ['returnApprove', 'returnReceive', 'returnRefund']) {
    const moved = await staff<{ m: { errors: { code: string }[] } }>(
      `mutation ($id: ID!) { m: ${move}(input: { returnId: $id }) { errors { code } } }`,
      { id: returnId },
    );
    expect(moved.m.errors.length === 0, `${move} (${JSON.stringify(moved.m.errors)})`);
  }

  await page.goto(orderPage);
  const refunded = page.getByTestId('return').filter({ hasText: 'Refunded' });
  await refunded.waitFor();
  const refund = (await refunded.getByTestId('return-refund').textContent()) ?? '';
  expect(/\d+\.\d\d/.test(refund), `the refund amount is shown (got ${refund})`);
  // the refund mail (notifications' refund.issued) names the same amount
  const mail = await waitForMailFile(api.mailDir, shopperEmail, /^Your refund for order/);
  const amount = /\d+\.\d\d/.exec(refund)?.[0] ?? refund;
  expect(mail.text.includes(amount), `the refund mail names ${amount} (got ${mail.text})`);
  await shot(page, 'storefront-return-refunded');

  // at phone width the page does not scroll sideways (the lines table scrolls inside its region)
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(orderPage);
  await refunded.waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow <= 0, `no sideways scrolling at phone width (overflow ${overflow}px)`);
  await shot(page, 'storefront-return-refunded-phone');
  await shopper.close();

  // another shopper: the same address finds nothing
  const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const strangerPage = await other.newPage();
  await context.signInShopper(strangerPage, strangerEmail, PASSWORD);
  await strangerPage.goto(orderPage);
  await strangerPage.getByRole('heading', { name: 'Not found' }).waitFor();
  expect(
    (await strangerPage.getByRole('form', { name: 'Request a return' }).count()) === 0,
    'no return form for another shopper',
  );
  await shot(strangerPage, 'storefront-order-other-shopper-not-found');
  await other.close();

  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await context.signInAdmin(admin, context.owner.email, context.owner.password);
  const settings = admin.getByRole('form', { name: 'Return window' });
  const days = settings.getByLabel('Return window (days, 0–365)');
  expect((await days.inputValue()) === '30', `the default window is 30 days (got ${await days.inputValue()})`);
  await days.fill('366');
  await settings.getByRole('button', { name: 'Save return window' }).click();
  await settings.getByRole('alert').filter({ hasText: 'from 0 to 365' }).waitFor();
  await shot(admin, 'admin-return-window-refused');
  await days.fill('30');
  await settings.getByRole('button', { name: 'Save return window' }).click();
  await admin.getByText('Return window saved.').waitFor();
  await admin.close();
}
