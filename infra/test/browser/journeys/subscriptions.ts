import type { Browser, Page } from 'playwright-core';

export interface SubscriptionsJourney {
  browser: Browser;
  adminUrl: string;
  storefrontUrl: string;
  owner: { email: string; password: string };
  /** the demo subscriber (infra/src/demo/subscriptions.ts), who signs in with the demo password */
  subscriber: { email: string; password: string };
  signInAdmin(page: Page, email: string, password: string): Promise<void>;
  signInShopper(page: Page, email: string, password: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
  expect(condition: unknown, message: string): void;
}

/**
 * The owner opens Subscriptions, sees the demo subscription and the product sold by subscription,
 * opens it (no renewal yet, its history), pauses it and resumes it. The demo subscriber signs in at
 * the storefront, finds it under Account → Subscriptions, skips the next order (the next renewal moves
 * on) and pauses it; the product page of the plan's product shows the subscription option.
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
  await card.getByRole('button', { name: 'Pause' }).click();
  await card.getByTestId('subscription-status').filter({ hasText: 'Paused' }).waitFor();
  await card.getByRole('button', { name: 'Resume' }).waitFor();
  await shot(page, 'storefront-subscription-paused');
  await shopper.close();
  await admin.close();
}
