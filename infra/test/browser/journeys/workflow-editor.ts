import type { JourneyContext } from './journey-context.ts';

export type WorkflowEditorJourney = JourneyContext;

/**
 * An owner creates the high-value order hold from its template, types an invalid step and sees the
 * schema error with its line while typing, fixes it, saves version 2, compares v1 → v2, dry-runs a
 * large sample order (the hold, the approval, the release on approval), and enables it.
 */
export async function workflowEditorJourney({ browser, adminUrl, signInAdmin, shot, expect }: WorkflowEditorJourney) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  await signInAdmin(page, 'owner@demo.ucos.dev', 'Demo-Password-2026');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Workflows' }).click();
  await page.waitForURL(`${adminUrl}/workflows`);
  await shot(page, 'admin-workflows');

  const template = page.getByRole('region', { name: 'High-value order hold' });
  await template.getByRole('button', { name: 'Create' }).click();
  await page.waitForURL(/\/workflows\/[A-Za-z0-9_-]+$/);
  await page.getByRole('heading', { name: 'high-value-order-hold' }).waitFor();
  await page.getByText('No problems.').waitFor();
  await shot(page, 'admin-workflow-from-template');

  // an invalid step, typed at the end of the document: the schema error shows with its line
  const editor = page.locator('[data-testid="workflow-editor"] .cm-content');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('  - id: broken\n    bogus: 1\n');
  const problems = page.getByTestId('workflow-problems');
  await problems.getByText(/Line \d+, column 5: unknown field "bogus" in steps\[3\]/).waitFor();
  await page.locator('.cm-lint-marker-error').first().waitFor();
  await shot(page, 'admin-workflow-schema-error');

  // fixed: the typed step removed (one undo) and a valid one typed instead
  await page.keyboard.press('Control+z');
  await page.keyboard.insertText('  - id: checked\n    set:\n      reviewed: true\n');
  await problems.getByText('No problems.').waitFor();
  await page.getByRole('button', { name: 'Save as version 2' }).click();
  await page.getByText('Saved as version 2.').waitFor();
  await page.getByRole('button', { name: 'Save as version 3' }).waitFor();
  await shot(page, 'admin-workflow-saved-v2');

  // the diff between v1 and v2
  await page.getByRole('link', { name: 'v1 → v2' }).click();
  await page.waitForURL(/from=1&to=2/);
  const diff = page.getByTestId('diff');
  await diff.locator('.diff-added', { hasText: 'id: checked' }).waitFor();
  expect((await diff.locator('.diff-removed').count()) === 0, 'v2 only adds lines to v1');
  await shot(page, 'admin-workflow-diff');

  // a dry run with a large sample order: matched, held, approval asked, released on approval
  await page.getByLabel(/Sample event/).fill(
    JSON.stringify({
      type: 'orders.order.created',
      payload: { orderId: '5b0c2f43-3c39-4a5b-9c59-3f0c5e0b6a11', number: 4242, totalAmount: 250000, currency: 'EUR' },
    }),
  );
  await page.getByRole('button', { name: 'Dry run' }).click();
  const result = page.getByTestId('dry-run-result');
  await result.getByText('The trigger matches: a run would start.').waitFor();
  const text = (await result.textContent()) ?? '';
  expect(text.includes('orderHoldPlace'), 'the hold is described with its resolved input');
  expect(text.includes('Approve high-value order #4242'), 'the approval title is resolved from the event');
  expect(text.includes('branch: then'), 'an approval leads to the release branch');
  await shot(page, 'admin-workflow-dry-run');

  // enabled
  await page.getByRole('button', { name: 'Enable', exact: true }).click();
  await page.getByText('Enabled: it runs on its trigger.').waitFor();
  await page.getByTestId('workflow-state').getByText('Enabled').waitFor();
  await shot(page, 'admin-workflow-enabled');
  await page.goto(`${adminUrl}/workflows`);
  // its own row: other workflows made from the same template (the demo's) name it in their template column
  const row = page.getByRole('row', { name: /^high-value-order-hold / });
  await row.getByText('enabled').waitFor();
  await row.getByText('v2').waitFor();
  await page.close();
}
