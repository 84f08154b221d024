import type { OwnerAndShopperJourney } from './journey-context.ts';

export type GiftCardsJourney = OwnerAndShopperJourney;

/** "€12.34" or "−€12.34" as minor units. */
const cents = (text: string | null) => {
  const match = /(−|-)?€([\d,]+)\.(\d\d)/.exec(text ?? '');
  if (!match) return Number.NaN;
  const value = Number(match[2]!.replaceAll(',', '')) * 100 + Number(match[3]);
  return match[1] ? -value : value;
};

/**
 * The owner opens Marketing → Gift cards, sees the demo cards by their last four characters, issues
 * a 5.00 EUR card (a 0 amount refused under its field first) and gets its code once. A guest applies
 * a wrong code (told it is not valid), then the new code: the cart shows what the card pays and what
 * is left to pay, checkout the same; the order is placed, and its confirmation shows what the card (its
 * code masked) paid and the remainder paid otherwise. The card's page shows the balance left and
 * a ledger row naming the order; the owner disables it through the danger confirmation.
 */
export async function giftCardsJourney(context: GiftCardsJourney): Promise<void> {
  const { browser, adminUrl, storefrontUrl, shot } = context;
  const expect: (condition: unknown, message: string) => void = context.expect;
  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await context.signInAdmin(admin, context.owner.email, context.owner.password);
  await admin.getByRole('link', { name: 'Marketing', exact: true }).click();
  await admin.waitForURL(`${adminUrl}/marketing/promotions`);
  await admin.getByRole('navigation', { name: 'Marketing' }).getByRole('link', { name: 'Gift cards' }).click();
  await admin.waitForURL(`${adminUrl}/marketing/gift-cards`);
  await admin.getByRole('heading', { name: 'Marketing · Gift cards', level: 1 }).waitFor();
  const table = admin.getByRole('table', { name: 'Gift cards' });
  await table.getByRole('row').filter({ hasText: '•••• •••• •••• 0050' }).waitFor();
  await table.getByRole('row').filter({ hasText: '•••• •••• •••• 0020' }).waitFor();
  await shot(admin, 'admin-gift-cards-demo');

  const form = admin.getByRole('form', { name: 'Issue gift cards' });
  await form.getByLabel(/^Amount/).fill('0');
  await form.getByRole('button', { name: 'Issue' }).click();
  await form.getByText(/whole number of minor units/).waitFor();
  await shot(admin, 'admin-gift-card-refused');
  await form.getByLabel(/^Amount/).fill('5.00');
  await form.getByLabel(/^Note/).fill('Journey');
  await form.getByRole('button', { name: 'Issue' }).click();
  const code = ((await form.getByTestId('secret').textContent()) ?? '').trim();
  expect(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/.test(code), `the new code is shown once (got ${code})`);
  await form.getByRole('button', { name: 'Copy' }).waitFor();
  await shot(admin, 'admin-gift-card-issued');
  const last4 = code.slice(-4);

  // a guest: a wrong code is explained, the new one pays part of the order
  const shopper = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await shopper.newPage();
  await page.goto(`${storefrontUrl}/products/${context.productHandle}`);
  await page.getByRole('heading', { name: context.productTitle }).waitFor();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByText(/^Added to your cart/).waitFor();
  await page.goto(`${storefrontUrl}/cart`);
  const giftCard = page.getByRole('form', { name: 'Gift card' });
  await giftCard.getByLabel('Gift card').fill('NOSU-CHCA-RDXX-XXXX');
  await giftCard.getByRole('button', { name: 'Apply' }).click();
  await giftCard.getByRole('alert').filter({ hasText: 'not valid' }).waitFor();
  await shot(page, 'storefront-cart-gift-card-refused');
  await giftCard.getByLabel('Gift card').fill(code.toLowerCase());
  await giftCard.getByRole('button', { name: 'Apply' }).click();
  await page.getByTestId('cart-gift-card').filter({ hasText: last4 }).waitFor();
  const total = cents(await page.getByTestId('cart-total').textContent());
  const paidByCard = -cents(await page.getByTestId('cart-gift-card-amount').textContent());
  const toPay = cents(await page.getByTestId('cart-amount-to-pay').textContent());
  expect(
    paidByCard === Math.min(500, total),
    `the card pays its balance, at most the total (${paidByCard} of ${total})`,
  );
  expect(toPay === total - paidByCard, `the cart shows what is left to pay (${toPay})`);
  await shot(page, 'storefront-cart-gift-card-applied');

  await page.getByRole('link', { name: 'Checkout' }).click();
  await page.getByRole('heading', { name: 'Checkout' }).waitFor();
  await page.getByTestId('checkout-gift-card').waitFor();
  await page.getByLabel('Email').fill(`gift-${Date.now().toString(36)}@example.com`);
  await page.getByLabel('Full name').fill('Gift Shopper');
  await page.getByLabel('Address', { exact: true }).fill('Hauptstraße 1');
  await page.getByLabel('Postal code').fill('10115');
  await page.getByLabel('City').fill('Berlin');
  await page.getByRole('group', { name: 'Shipping method' }).waitFor();
  const checkoutTotal = cents(await page.getByTestId('checkout-total').textContent());
  const checkoutToPay = cents(await page.getByTestId('checkout-to-pay').textContent());
  const paid = Math.min(500, checkoutTotal);
  expect(checkoutToPay === checkoutTotal - paid, `checkout shows what is left to pay (${checkoutToPay})`);
  await shot(page, 'storefront-checkout-gift-card');
  await page.getByLabel('Test card — approved').check();
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.waitForURL(/\/checkout\/confirmation/);
  await page.getByRole('heading', { name: 'Thank you for your order' }).waitFor();
  // the confirmation: what the card paid (its code masked) and the rest paid with the test card
  await page
    .getByTestId('order-gift-card-code')
    .filter({ hasText: `•••• •••• •••• ${last4}` })
    .waitFor();
  const confirmedCard = cents(await page.getByTestId('order-gift-card-amount').textContent());
  const confirmedRest = cents(await page.getByTestId('order-payment-amount').textContent());
  expect(confirmedCard === paid, `the confirmation shows what the card paid (${confirmedCard}, expected ${paid})`);
  expect(
    confirmedRest === checkoutTotal - paid,
    `the confirmation shows the remainder paid otherwise (${confirmedRest})`,
  );
  await shot(page, 'storefront-confirmation-gift-card');
  await shopper.close();

  // the card's page: the balance left, the order in its history; disabled through the confirmation
  await admin.goto(`${adminUrl}/marketing/gift-cards?q=${last4}`);
  await table.getByRole('link', { name: `•••• •••• •••• ${last4}` }).click();
  await admin.getByRole('heading', { name: `Gift card •••• •••• •••• ${last4}`, level: 1 }).waitFor();
  const balance = cents(await admin.getByTestId('gift-card-balance').textContent());
  expect(balance === 500 - paid, `the balance shows the rest (${balance}, paid ${paid})`);
  const redemption = admin.getByTestId('gift-card-transaction').filter({ hasText: 'Paid an order' });
  await redemption.getByRole('link', { name: /^Order / }).waitFor();
  await shot(admin, 'admin-gift-card-ledger');
  const disable = admin.getByRole('form', { name: 'Disable the gift card' });
  await disable.getByRole('button', { name: 'Disable', exact: true }).click();
  const confirm = admin.getByRole('dialog', { name: /^Disable gift card/ });
  await confirm.getByText(/stops paying for anything at once/).waitFor();
  await shot(admin, 'admin-gift-card-disable-confirm');
  await confirm.getByRole('button', { name: 'Disable gift card' }).click();
  await admin.getByTestId('gift-card-state').filter({ hasText: 'Disabled' }).waitFor();
  await admin.close();
}
