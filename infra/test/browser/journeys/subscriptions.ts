import type { Page } from 'playwright-core';
import type { OwnerJourney } from './journey-context.ts';

export interface SubscriptionsJourney extends OwnerJourney {
  storefrontUrl: string;
  /** the demo subscriber (infra/src/demo/subscriptions.ts), who signs in with the demo password */
  subscriber: { email: string; password: string };
  signInShopper(page: Page, email: string, password: string): Promise<void>;
}

/**
 * The owner opens Subscriptions, sees the demo subscription and the product sold by subscription,
 * opens it (no renewal yet, its history), pauses it and resumes it, and changes the quantity and
 * address of the next renewals (a quantity of 0 refused under its field first). The demo subscriber
 * signs in at the storefront, finds it under Account → Subscriptions, skips the next order (the next
 * renewal moves on), changes quantity and address (0 refused in their words first), changes the
 * payment card (a declined test card refused under the choice first) and pauses it,
 * then follows the card to its product and sees the cart line say it is sold by subscription. Back
 * in the account, they resume it and cancel it in two steps: Cancel only asks (naming the plan and
 * when the current period ends; the subscription stays active, and "Keep subscription" leaves it so),
 * and only the red confirm cancels it — done without JavaScript, as the page works without it.
 */
export async function subscriptionsJourney(context: SubscriptionsJourney): Promise<void> {
  const { browser, adminUrl, storefrontUrl, shot } = context;
  const expect: (condition: unknown, message: string) => void = context.expect;
  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await context.signInAdmin(admin, context.owner.email, context.owner.password);
  await admin.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Subscriptions' }).click();
  await admin.waitForURL(`${adminUrl}/customers/subscriptions`);
  await admin.getByRole('heading', { name: 'Customers · Subscriptions', level: 1 }).waitFor();
  const table = admin.getByRole('table', { name: 'Subscriptions' });
  const row = table.getByRole('row').filter({ hasText: 'Monthly refill' });
  await row.filter({ hasText: 'Active' }).waitFor();
  await admin.getByRole('table', { name: 'Subscription plans' }).getByText('Monthly refill').waitFor();
  await shot(admin, 'admin-subscriptions');

  await row.getByRole('link').first().click();
  await admin.waitForURL(/\/customers\/subscriptions\/[^/]+$/);
  await admin.getByText('No renewal yet').waitFor();
  expect(
    (await admin.getByTestId('subscription-status').textContent())?.trim() === 'Active',
    'the demo subscription is active',
  );
  await admin.getByRole('form', { name: 'Pause the subscription' }).getByRole('button', { name: 'Pause' }).click();
  // the page shows what the subscription can do now: Resume instead of Pause
  await admin.getByTestId('subscription-status').filter({ hasText: 'Paused' }).waitFor();
  await shot(admin, 'admin-subscription-paused');
  await admin.getByRole('form', { name: 'Resume the subscription' }).getByRole('button', { name: 'Resume' }).click();
  await admin.getByTestId('subscription-status').filter({ hasText: 'Active' }).waitFor();
  const history = await admin.getByRole('list').filter({ hasText: 'checkout' }).textContent();
  expect(/Paused/.test(history ?? '') && /by Staff/.test(history ?? ''), `the history names the pause (${history})`);
  await shot(admin, 'admin-subscription-detail');

  // staff change what the next renewals order: a quantity of 0 is refused under its field, 3 is kept
  const change = admin.getByRole('form', { name: 'Change the subscription' });
  await change.getByLabel('Quantity').fill('0');
  await change.getByRole('button', { name: 'Save changes' }).click();
  await change.getByRole('alert').first().waitFor();
  await shot(admin, 'admin-subscription-change-refused');
  await change.getByLabel('Quantity').fill('3');
  await change.getByLabel('City').fill('Hamburg');
  await change.getByLabel('Postal code').fill('20095');
  await change.getByRole('button', { name: 'Save changes' }).click();
  await change.getByText('Saved: the next renewal orders with these details.').waitFor();
  await admin.getByText(/^3 × /).waitFor();
  await admin.getByText(/20095 Hamburg/).waitFor();
  await shot(admin, 'admin-subscription-changed');

  // the subscriber, in their account
  const shopper = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await shopper.newPage();
  await context.signInShopper(page, context.subscriber.email, context.subscriber.password);
  await page.goto(`${storefrontUrl}/account`);
  await page.getByRole('link', { name: 'Your subscriptions' }).click();
  await page.waitForURL(`${storefrontUrl}/account/subscriptions`);
  const card = page.getByTestId('subscription').filter({ hasText: 'Monthly refill' });
  await card.getByTestId('subscription-status').filter({ hasText: 'Active' }).waitFor();
  const before = (await card.textContent()) ?? '';
  await shot(page, 'storefront-account-subscriptions');
  await card.getByRole('button', { name: 'Skip next order' }).click();
  await page.getByText('The next order is skipped.').waitFor();
  const after = (await card.textContent()) ?? '';
  const nextOf = (text: string) => /next order on ([^·]+?)(?:Pause|$)/.exec(text)?.[1]?.trim();
  expect(
    nextOf(before) && nextOf(after) && nextOf(before) !== nextOf(after),
    `skipping moves the next order (${nextOf(before)} → ${nextOf(after)})`,
  );
  // the subscriber changes the next orders: 0 is refused in their words, 2 is kept with their new address
  await card.getByText('Change quantity, address or delivery').click();
  const changeForm = card.getByRole('form', { name: /^Change quantity, address or delivery/ });
  expect(
    (await changeForm.getByLabel('Quantity').inputValue()) === '3',
    "the form starts from the staff's change (quantity 3)",
  );
  await changeForm.getByLabel('Quantity').fill('0');
  await changeForm.getByRole('button', { name: 'Save changes' }).click();
  await changeForm.getByText('Enter a quantity of at least 1.').waitFor();
  await shot(page, 'storefront-subscription-change-refused');
  await changeForm.getByLabel('Quantity').fill('2');
  await changeForm.getByLabel('City', { exact: true }).fill('München');
  await changeForm.getByLabel('Postal code').fill('80331');
  await changeForm.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Saved: your next order uses these details.').waitFor();
  await card.getByRole('heading', { name: /2 × / }).waitFor();
  await card.getByTestId('subscription-delivery').filter({ hasText: '80331 München' }).waitFor();
  await shot(page, 'storefront-subscription-changed');
  // a new card for the next orders: a declined one is refused under the choice, an approved one saved
  await card.getByText('Change payment card').click();
  const paymentForm = card.getByRole('form', { name: /^Change payment card/ });
  await paymentForm.getByLabel('Test card — declined').check();
  await paymentForm.getByRole('button', { name: 'Save card' }).click();
  await paymentForm.getByText('This card was declined; try another.').waitFor();
  await shot(page, 'storefront-subscription-card-declined');
  await paymentForm.getByLabel('Test card — approved').check();
  await paymentForm.getByRole('button', { name: 'Save card' }).click();
  await page.getByText('Saved: your next orders are charged to this card.').waitFor();
  await card.getByTestId('subscription-status').filter({ hasText: 'Active' }).waitFor();
  await card.getByRole('button', { name: 'Pause' }).click();
  await card.getByTestId('subscription-status').filter({ hasText: 'Paused' }).waitFor();
  await card.getByRole('button', { name: 'Resume' }).waitFor();
  await shot(page, 'storefront-subscription-paused');

  // the card links to its product; in the cart, the line says it is sold by subscription and how often
  await card.getByRole('heading').getByRole('link').click();
  await page.waitForURL(/\/products\/[^/]+$/);
  await page.getByTestId('subscription-offer').getByText('Monthly refill').waitFor();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByText(/^Added to your cart/).waitFor();
  await page.goto(`${storefrontUrl}/cart`);
  const note = page.getByTestId('cart-line-subscription');
  await note.filter({ hasText: 'Monthly refill: every month' }).waitFor();
  await shot(page, 'storefront-cart-subscription-line');
  await page.getByRole('button', { name: /^Remove / }).click();
  await page.getByText('Your cart is empty.').waitFor();

  // cancelling asks first: the first click alone cancels nothing, "Keep subscription" leaves it active
  await page.goto(`${storefrontUrl}/account/subscriptions`);
  await card.getByRole('button', { name: 'Resume' }).click();
  await card.getByTestId('subscription-status').filter({ hasText: 'Active' }).waitFor();
  await card.getByRole('button', { name: 'Cancel subscription', exact: true }).click();
  const confirmation = card.getByTestId('subscription-cancel-confirm');
  await confirmation.waitFor();
  const asked = ((await confirmation.textContent()) ?? '').replace(/\s+/g, ' ');
  expect(
    /Cancel your subscription “Monthly refill”/.test(asked) &&
      /Your current period ends on .+; it will not renew\./.test(asked),
    `the confirmation names the plan and when its current period ends (${asked})`,
  );
  expect(
    (await confirmation.getByRole('button', { name: 'Yes, cancel subscription' }).getAttribute('class')) === 'danger',
    'the confirming button is in the danger style',
  );
  await shot(page, 'storefront-subscription-cancel-confirm');
  await page.reload();
  await card.getByTestId('subscription-status').filter({ hasText: 'Active' }).waitFor();
  expect(
    (await card.getByTestId('subscription-status').textContent())?.trim() === 'Active',
    'the first click alone does not cancel: the subscription is still active',
  );
  await confirmation.getByRole('link', { name: 'Keep subscription' }).click();
  await confirmation.waitFor({ state: 'detached' });
  await card.getByTestId('subscription-status').filter({ hasText: 'Active' }).waitFor();

  // the same two steps without JavaScript: the confirmation is a page of its own, the confirm a plain form post
  const noScript = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: false,
    storageState: await shopper.storageState(),
  });
  const plain = await noScript.newPage();
  await plain.goto(`${storefrontUrl}/account/subscriptions`);
  const plainCard = plain.getByTestId('subscription').filter({ hasText: 'Monthly refill' });
  await plainCard.getByRole('button', { name: 'Cancel subscription', exact: true }).click();
  await plain.waitForURL(/\/account\/subscriptions\?cancel=/);
  await plainCard.getByTestId('subscription-cancel-confirm').waitFor();
  expect(
    (await plainCard.getByTestId('subscription-status').textContent())?.trim() === 'Active',
    'without JavaScript too, the first click only asks',
  );
  await plainCard.getByRole('button', { name: 'Yes, cancel subscription' }).click();
  await plainCard.getByTestId('subscription-status').filter({ hasText: 'Cancelled' }).waitFor();
  await plain.getByText('Cancelled: no more orders.').waitFor();
  // shot (and checked with axe, which needs JavaScript) in the shopper's own page
  await noScript.close();
  await page.reload();
  await card.getByTestId('subscription-status').filter({ hasText: 'Cancelled' }).waitFor();
  await shot(page, 'storefront-subscription-cancelled');
  await shopper.close();
  await admin.close();
}
