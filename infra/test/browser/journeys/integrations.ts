import type { OwnerJourney } from './journey-context.ts';

export type IntegrationsJourney = OwnerJourney;

/**
 * The owner opens Settings → Integrations: the built-in test payments are in use. A Stripe secret key
 * that does not look like one is refused under its field, and the password input comes back empty
 * (a secret is never put back into the page). With test credentials Stripe is saved and enabled; the
 * page says "configured ••••1234" and nowhere shows the secrets. Rotating the encryption key keeps
 * them (still ••••1234). Finally the built-in test payments are selected again, leaving Stripe
 * configured but not enabled, so the demo's checkouts stay on the test provider.
 */
export async function integrationsJourney(context: IntegrationsJourney): Promise<void> {
  const { browser, adminUrl, shot } = context;
  const expect: (condition: unknown, message: string) => void = context.expect;
  const secretKey = 'sk_test_JourneySecretKey1234';
  const webhookSecret = 'whsec_JourneyWebhookSecret5678';
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await context.signInAdmin(page, context.owner.email, context.owner.password);
  await page.goto(`${adminUrl}/settings`);
  await page.getByRole('link', { name: 'Integrations', exact: true }).click();
  await page.waitForURL(`${adminUrl}/settings/integrations`);
  await page.getByRole('heading', { name: 'Integrations', level: 1 }).waitFor();
  const testPayments = page.getByTestId('integration-test');
  await testPayments.getByText('in use').waitFor();
  await shot(page, 'admin-integrations');

  const stripe = page.getByRole('form', { name: 'Stripe settings' });
  const secretInput = stripe.getByLabel('Secret key', { exact: true });
  expect((await secretInput.getAttribute('type')) === 'password', 'the secret key is a password input');
  await secretInput.fill('not-a-stripe-key');
  await stripe.getByRole('button', { name: 'Save Stripe' }).click();
  await stripe.getByText('A Stripe secret key looks like sk_test_…').waitFor();
  expect((await secretInput.inputValue()) === '', 'a refused secret is not put back into the input');

  await secretInput.fill(secretKey);
  await stripe.getByLabel('Webhook signing secret (optional)').fill(webhookSecret);
  await stripe.getByLabel('Publishable key (optional)').fill('pk_test_JourneyPublishable');
  await stripe.getByRole('checkbox', { name: 'Enabled' }).check();
  await stripe.getByRole('button', { name: 'Save Stripe' }).click();
  await stripe.getByText('Saved and enabled.').waitFor();
  await page.getByTestId('stripe-secretKey-status').filter({ hasText: 'configured ••••1234' }).waitFor();
  await page.getByTestId('stripe-webhookSecret-status').filter({ hasText: 'configured ••••5678' }).waitFor();
  await page.getByTestId('integration-stripe').getByText('in use').waitFor();
  const html = await page.content();
  expect(!html.includes('JourneySecretKey'), 'the secret key appears nowhere in the page');
  expect(!html.includes('JourneyWebhookSecret'), 'the webhook secret appears nowhere in the page');
  expect(
    (await stripe.getByLabel('Secret key', { exact: true }).inputValue()) === '',
    'the stored secret is never prefilled',
  );
  expect(
    (await stripe.getByLabel('Publishable key (optional)').inputValue()) === 'pk_test_JourneyPublishable',
    'a non-secret setting is shown',
  );
  await shot(page, 'admin-integrations-stripe-configured');

  await page.getByRole('button', { name: 'Rotate key' }).click();
  await page.getByText(/^Key rotated: version 2/).waitFor();
  await page.getByTestId('integration-key').filter({ hasText: 'Version 2' }).waitFor();
  await page.getByTestId('stripe-secretKey-status').filter({ hasText: 'configured ••••1234' }).waitFor();
  await shot(page, 'admin-integrations-key-rotated');

  await testPayments.getByRole('button', { name: 'Use Test payments' }).click();
  await testPayments.getByText('in use').waitFor();
  await page.getByTestId('integration-stripe').getByText('configured, not enabled').waitFor();
  await page.close();
}
