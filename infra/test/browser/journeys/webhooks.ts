import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { verifyWebhook } from '../../../../packages/partner-sdk/src/index.ts';

export interface WebhooksJourneyDeps {
  browser: Browser;
  adminUrl: string;
  signInAdmin(page: Page, email: string, password: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/**
 * The owner creates a webhook endpoint pointing at a local receiver that fails its first two
 * requests; the secret is shown once; a test ping is retried and succeeds on attempt 3, which the
 * delivery log shows (status, attempts, response), and the receiver verifies the signature with the
 * partner SDK's `verifyWebhook` and the secret the admin showed.
 */
export async function webhooksJourney({ browser, adminUrl, signInAdmin, shot }: WebhooksJourneyDeps) {
  const requests: { headers: Record<string, string | string[] | undefined>; body: string }[] = [];
  const receiver = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    requests.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
    if (requests.length <= 2) response.writeHead(503, { 'content-type': 'text/plain' }).end('receiver warming up');
    else response.writeHead(200, { 'content-type': 'text/plain' }).end('thanks');
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await signInAdmin(page, 'owner@demo.ucos.dev', 'Demo-Password-2026');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Webhooks' }).click();
    await page.waitForURL(`${adminUrl}/webhooks`);
    const form = page.getByRole('form', { name: 'New webhook endpoint' });
    // a typo in an event type is a typed error under the form, nothing is created
    await form.getByLabel('URL').fill(receiverUrl);
    await form.getByLabel(/^Other event types/).fill('orders.nope');
    await form.getByRole('button', { name: 'Create endpoint' }).click();
    await page.getByText(/Unknown event type "orders\.nope"/).waitFor();
    await shot(page, 'admin-webhooks-typo');
    await form.getByLabel(/^Other event types/).fill('');
    await form.getByLabel('URL').fill(receiverUrl);
    await form.getByLabel('Every catalog event').check();
    await form.getByRole('button', { name: 'Create endpoint' }).click();
    const secret = (await page.getByTestId('secret').textContent())?.trim() ?? '';
    expect(secret.startsWith('whsec_'), `the new endpoint's secret is shown once (got "${secret}")`);
    await shot(page, 'admin-webhooks-created');
    await page.reload();
    expect((await page.getByTestId('secret').count()) === 0, 'the secret is not shown again');
    await page.getByRole('link', { name: receiverUrl }).click();
    await page.getByRole('heading', { name: receiverUrl }).waitFor();
    await page.getByRole('button', { name: 'Send test ping' }).click();
    await page.getByText(/^Test ping sent/).waitFor();
    // the receiver answers 503 twice; the retry (backoff from WEBHOOK_RETRY_SCHEDULE_MS) gets a 200
    const deadline = Date.now() + 60_000;
    for (;;) {
      await page.reload();
      const status = await page
        .getByTestId('delivery-status')
        .first()
        .textContent()
        .catch(() => null);
      if (status === 'succeeded') break;
      expect(
        Date.now() < deadline,
        `the ping is delivered within 60 s (status ${status}, ${requests.length} requests)`,
      );
      await page.waitForTimeout(500);
    }
    const row = page.getByTestId('delivery').first();
    expect((await row.getByTestId('delivery-attempts').textContent()) === '3', 'it succeeded on attempt 3');
    await row.getByText('webhooks.test.ping').waitFor();
    // the cell, exactly: a delivery id may contain "200" too
    await row.getByRole('cell', { name: '200', exact: true }).waitFor();
    await shot(page, 'admin-webhooks-delivered');
    expect(requests.length === 3, `the receiver got 3 requests (got ${requests.length})`);
    const last = requests[2]!;
    const verified = await verifyWebhook({ headers: last.headers, body: last.body }, secret);
    expect(
      verified.ok && verified.event.type === 'webhooks.test.ping',
      `the receiver verifies the signature (${JSON.stringify(verified)})`,
    );
    const wrong = await verifyWebhook({ headers: last.headers, body: last.body }, 'whsec_not-the-secret');
    expect(!wrong.ok, 'another secret does not verify');
  } finally {
    await context.close();
    receiver.closeAllConnections();
    await new Promise((resolve) => receiver.close(resolve));
  }
}
