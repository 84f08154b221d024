import type { Browser, Page } from 'playwright-core';

export interface NotificationsJourneyDeps {
  browser: Browser;
  signInAdmin(page: Page, email: string, password: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
  expect(condition: unknown, message: string): void;
}

/**
 * An owner opens Notifications, edits the order confirmation with a live preview (in a sandboxed
 * iframe), sees a broken template refused with its line and column, saves a working one, and resets
 * it to the built-in template; the log is on the same page.
 */
export async function notificationTemplatesJourney({ browser, signInAdmin, shot, expect }: NotificationsJourneyDeps) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await signInAdmin(page, 'owner@demo.ucos.dev', 'Demo-Password-2026');
  await page.getByRole('link', { name: 'Notifications' }).click();
  await page.getByRole('heading', { name: 'Email templates' }).waitFor();
  await page.getByRole('heading', { name: 'Log' }).waitFor();
  await shot(page, 'admin-notifications');
  await page.getByRole('link', { name: 'order.confirmation' }).click();
  await page.getByLabel('Subject').waitFor();

  // the preview renders the sample order in the locale: money with Intl
  await page.getByTestId('preview-subject').getByText('Your order AC-1042').waitFor();
  await page
    .getByTestId('preview-text')
    .getByText(/Total: €60\.45/)
    .waitFor();
  const frame = page.frameLocator('iframe[title="HTML preview"]');
  await frame.getByText('Thank you for your order AC-1042').waitFor();
  const sandbox = await page.locator('iframe[title="HTML preview"]').getAttribute('sandbox');
  expect(sandbox === '', `the preview iframe is sandboxed without permissions (got ${sandbox})`);

  // a broken template: the preview shows where, and saving is refused with the parser's position
  await page.getByLabel('Subject').fill('Thanks {% if order %} for order {{ order.number }}');
  await page
    .getByTestId('preview-problems')
    .getByText(/subject \(line 1, column 8\)/)
    .waitFor();
  await page.getByRole('button', { name: 'Save' }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: /line 1, column 8/ })
    .first()
    .waitFor();
  await shot(page, 'admin-notification-template-invalid');

  await page.getByLabel('Subject').fill('Danke! Order {{ order.number }} is confirmed');
  await page.getByTestId('preview-subject').getByText('Danke! Order 1042 is confirmed').waitFor();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved the en template.').waitFor();
  await shot(page, 'admin-notification-template-saved');

  await page.getByRole('link', { name: '← Notifications' }).click();
  await page.getByRole('row', { name: /order\.confirmation .* Customised/ }).waitFor();
  await page.getByRole('link', { name: 'order.confirmation' }).click();
  await page.getByRole('button', { name: 'Reset to default' }).click();
  await page.getByText('Reset to the built-in template.').waitFor();
  await page.getByTestId('preview-subject').getByText('Your order AC-1042').waitFor();
  await shot(page, 'admin-notification-template-reset');
  await page.reload();
  await page.getByText('The built-in template.', { exact: false }).waitFor();
  const subject = await page.getByLabel('Subject').inputValue();
  expect(subject === 'Your order {{ order | order_number }}', `the built-in subject is back (got ${subject})`);
  await page.close();
}
