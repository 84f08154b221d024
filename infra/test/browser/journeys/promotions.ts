import type { OwnerAndShopperJourney } from './journey-context.ts';

export type PromotionsJourney = OwnerAndShopperJourney;

/**
 * The owner opens Marketing → Promotions, finds the demo's WELCOME10 and free-shipping (standard only) promotions,
 * creates one with a code (a 0 % discount refused under its field first) and an end time typed in
 * the shop's zone (the label names it, the edit form shows it back), generates single-use
 * codes and downloads them as CSV. A guest applies a wrong code (told it does not exist), then
 * WELCOME10: the cart line shows its discount with the explanation, the totals the discount; the
 * shopper places the order and the confirmation charges the discounted total. The promotion's usage
 * count shows the order.
 */
export async function promotionsJourney(context: PromotionsJourney): Promise<void> {
  const { browser, adminUrl, storefrontUrl, shot } = context;
  const expect: (condition: unknown, message: string) => void = context.expect;
  const suffix = Date.now().toString(36).toUpperCase();
  const name = `Journey 20 ${suffix}`;
  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await context.signInAdmin(admin, context.owner.email, context.owner.password);
  await admin.getByRole('link', { name: 'Marketing', exact: true }).click();
  await admin.waitForURL(`${adminUrl}/marketing/promotions`);
  await admin.getByRole('heading', { name: 'Marketing · Promotions', level: 1 }).waitFor();
  const table = admin.getByRole('table', { name: 'Promotions' });
  await table.getByRole('row').filter({ hasText: 'Welcome 10 %' }).waitFor();
  // the demo frees the standard method only (express keeps its price)
  await table
    .getByRole('row')
    .filter({ hasText: 'Free shipping from 150 €' })
    .filter({ hasText: 'free shipping (standard)' })
    .waitFor();
  await shot(admin, 'admin-promotions-demo');

  const form = admin.getByRole('form', { name: 'New promotion' });
  await form.getByLabel(/^Name/).fill(name);
  await form.getByLabel(/^Shared code/).fill(`J20${suffix}`);
  await form.getByLabel(/^Percent off/).fill('0');
  await form.getByRole('button', { name: 'Create promotion' }).click();
  await form
    .getByText(/Too small|>=1|at least/i)
    .first()
    .waitFor();
  await shot(admin, 'admin-promotion-refused');
  await form.getByLabel(/^Percent off/).fill('20');
  await form.getByLabel(/^Usage limit in total/).fill('100');
  // the end is a wall-clock time in the shop's zone, named by the label; the edit form fills it back
  await form.getByLabel(/^Ends \(UTC; blank: never\)/).fill('2099-12-31T23:30');
  await form.getByRole('button', { name: 'Create promotion' }).click();
  await admin.getByRole('heading', { name, level: 1 }).waitFor();
  await admin.getByText('20 % off the order').waitFor();
  const ends = await admin
    .getByRole('form', { name: 'Edit the promotion' })
    .getByLabel(/^Ends \(UTC;/)
    .inputValue();
  expect(ends === '2099-12-31T23:30', `the edit form shows the end as typed, in the shop's zone (${ends})`);

  const generate = admin.getByRole('form', { name: 'Generate single-use codes' });
  await generate.getByLabel(/^How many/).fill('5');
  await generate.getByLabel(/^Prefix/).fill('jrn');
  await generate.getByRole('button', { name: 'Generate codes' }).click();
  await admin.getByText('5 single-use codes generated (batch JRN).').waitFor();
  await admin.reload();
  await admin.getByRole('heading', { name: 'Codes (6)' }).waitFor();
  const csvUrl = await admin.getByRole('link', { name: 'JRN' }).first().getAttribute('href');
  const csv = await admin.request.get(new URL(csvUrl ?? '', adminUrl).toString());
  const rows = (await csv.text()).trim().split('\n');
  expect(csv.ok(), `the CSV downloads (${csv.status()})`);
  expect(rows.length === 6 && rows[0] === 'code,used,limit,batch', `5 codes in the batch's CSV (${rows.join(' | ')})`);
  expect(
    rows.slice(1).every((row) => /^JRN-[A-Z2-9]{8},0,1,JRN$/.test(row)),
    'each a single-use JRN code',
  );
  await shot(admin, 'admin-promotion-codes');

  // a guest: a wrong code is explained, WELCOME10 discounts the line and the order
  const shopper = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await shopper.newPage();
  await page.goto(`${storefrontUrl}/products/${context.productHandle}`);
  await page.getByRole('heading', { name: context.productTitle }).waitFor();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByText(/^Added to your cart/).waitFor();
  await page.goto(`${storefrontUrl}/cart`);
  const code = page.getByRole('form', { name: 'Promotion code' });
  await code.getByLabel('Promotion code').fill('NOSUCHCODE');
  await code.getByRole('button', { name: 'Apply' }).click();
  await code.getByRole('alert').filter({ hasText: 'does not exist' }).waitFor();
  await shot(page, 'storefront-cart-code-refused');
  await code.getByLabel('Promotion code').fill('welcome10');
  await code.getByRole('button', { name: 'Apply' }).click();
  await page.getByTestId('cart-promotion-code').filter({ hasText: 'WELCOME10' }).waitFor();
  await page.getByTestId('cart-line-discount').filter({ hasText: 'Welcome 10 %: 10 % off the order' }).waitFor();
  const discount = (await page.getByTestId('cart-discount').textContent()) ?? '';
  expect(/^−€\d+\.\d\d$/.test(discount.trim()), `the cart shows the discount (got ${discount})`);
  await shot(page, 'storefront-cart-code-applied');

  await page.getByRole('link', { name: 'Checkout' }).click();
  await page.getByRole('heading', { name: 'Checkout' }).waitFor();
  await page.getByTestId('checkout-discount').waitFor();
  await page.getByLabel('Email').fill(`promo-${suffix.toLowerCase()}@example.com`);
  await page.getByLabel('Full name').fill('Promo Shopper');
  await page.getByLabel('Address', { exact: true }).fill('Hauptstraße 1');
  await page.getByLabel('Postal code').fill('10115');
  await page.getByLabel('City').fill('Berlin');
  await page.getByRole('group', { name: 'Shipping method' }).waitFor();
  const shownTotal = (await page.getByTestId('checkout-total').textContent()) ?? '';
  await page.getByLabel('Test card — approved').check();
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.waitForURL(/\/checkout\/confirmation/);
  await page.getByRole('heading', { name: 'Thank you for your order' }).waitFor();
  const charged = (await page.getByTestId('order-total').textContent()) ?? '';
  expect(charged === shownTotal, `charged the discounted total shown at checkout (${shownTotal}, got ${charged})`);
  await page.getByText(discount.trim()).first().waitFor();
  await shot(page, 'storefront-confirmation-discount');
  await shopper.close();

  await admin.goto(`${adminUrl}/marketing/promotions`);
  const welcome = admin.getByRole('table', { name: 'Promotions' }).getByRole('row').filter({ hasText: 'Welcome 10 %' });
  const used = Number((await welcome.getByTestId('promotion-usage').textContent())?.trim() ?? '0');
  expect(used >= 1, `the promotion counts the order (used ${used})`);
  await shot(admin, 'admin-promotions-used');
  await admin.close();
}
