import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { OwnerJourney } from './journey-context.ts';

export interface AppsJourney extends OwnerJourney {
  gatewayUrl: string;
}

const FIXTURE = new URL('../../fixtures/outside-storefront/generated/persisted-documents.json', import.meta.url);

/**
 * The owner opens Settings → Apps, finds the two built-in apps, registers a storefront built
 * outside the repository (a blank name refused under its field first), creates its publishable key
 * (shown once), uploads a broken manifest (each problem listed, nothing published) and then the
 * build's manifest (version 1, 4 documents, current); the gateway runs the build's document for
 * that key at once, and refuses one it did not publish. Then the owner sets the app's rate-limit tier
 * to premium: the key (with no tier of its own) shows "premium (the app’s)", the gateway's budget
 * headers name that tier and where it was set within seconds. A second key created with its own
 * tier (basic) keeps it while the first follows the app; a partner key created under Settings → API
 * keys for the app, with no tier picked, follows it too; both tables show each key's tier in force and
 * where it was set, and the Apps list shows the app's.
 */
export async function appsJourney(context: AppsJourney): Promise<void> {
  const { browser, adminUrl, gatewayUrl, shot } = context;
  const expect: (condition: unknown, message: string) => void = context.expect;
  const name = `Journey storefront ${Date.now().toString(36)}`;
  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await context.signInAdmin(admin, context.owner.email, context.owner.password);
  await admin.goto(`${adminUrl}/settings`);
  await admin.getByRole('link', { name: 'Apps', exact: true }).click();
  await admin.waitForURL(`${adminUrl}/settings/apps`);
  const apps = admin.getByRole('table', { name: 'Apps' });
  for (const builtIn of ['Storefront (built-in)', 'Admin (built-in)']) {
    await apps.getByRole('link', { name: builtIn }).waitFor();
  }
  await shot(admin, 'admin-apps-built-in');

  const register = admin.getByRole('form', { name: 'Register an app' });
  await register.getByRole('button', { name: 'Register app' }).click();
  await register.getByText('Name must be 1 to 100 characters').waitFor();
  await register.getByLabel('Name', { exact: true }).fill(name);
  await register.getByRole('button', { name: 'Register app' }).click();
  await admin.getByText(`App “${name}” registered.`).waitFor();
  await apps.getByRole('link', { name }).click();
  await admin.getByRole('heading', { name, level: 1 }).waitFor();

  const keyForm = admin.getByRole('form', { name: 'Create a key for this app' });
  await keyForm.getByLabel('Key name').fill('web');
  await keyForm.getByRole('button', { name: 'Create key' }).click();
  const secret = ((await keyForm.getByTestId('secret').textContent()) ?? '').trim();
  expect(secret.startsWith('ucos_pk_'), `a publishable key is shown once (got ${secret})`);
  await admin.getByRole('table', { name: 'Keys of this app' }).getByText('publishable').waitFor();

  const manifest = readFileSync(FIXTURE, 'utf8');
  const publish = admin.getByRole('form', { name: 'Publish documents' });
  const broken = 'query JourneyBroken { products(first: 500) { edges { node { nope } } } }';
  const brokenHash = createHash('sha256').update(broken).digest('hex');
  await publish.getByLabel('Manifest (persisted-documents.json)').setInputFiles({
    name: 'persisted-documents.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ [`sha256:${brokenHash}`]: broken })),
  });
  await publish.getByRole('button', { name: 'Publish' }).click();
  await publish
    .getByRole('list', { name: 'Problems' })
    .getByText(/JourneyBroken \(INVALID_AGAINST_SCHEMA\)/)
    .waitFor();
  await shot(admin, 'admin-apps-publish-refused');

  await publish.getByLabel('Manifest (persisted-documents.json)').setInputFiles({
    name: 'persisted-documents.json',
    mimeType: 'application/json',
    buffer: Buffer.from(manifest),
  });
  await publish.getByRole('button', { name: 'Publish' }).click();
  await publish.getByText('Version 1 published (4 documents): it is current now.').waitFor();
  await admin.reload();
  const versions = admin.getByRole('table', { name: 'Document versions' });
  const row = versions.getByRole('row').filter({ hasText: 'current' });
  await row.waitFor();
  expect(
    (await row.textContent())?.startsWith('14'),
    `version 1 with 4 documents is current (${await row.textContent()})`,
  );
  await shot(admin, 'admin-apps-published');

  const feature = Object.values(JSON.parse(manifest) as Record<string, string>).find((document) =>
    document.startsWith('query OutsideFeature'),
  );
  const ask = (body: unknown) =>
    fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-publishable-key': secret },
      body: JSON.stringify(body),
    }).then(
      (response) => response.json() as Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }>,
    );
  const hash = createHash('sha256')
    .update(feature ?? '')
    .digest('hex');
  const ran = await ask({ variables: { key: 'x' }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
  expect(
    JSON.stringify(ran.data) === '{"featureEnabled":false}',
    `the published document runs (${JSON.stringify(ran)})`,
  );
  const refused = await ask({ query: 'query NotPublished { featureEnabled(key: "x") }' });
  expect(
    refused.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_ONLY',
    `a document it did not publish is refused (${JSON.stringify(refused)})`,
  );

  // the owner raises the app's rate-limit tier: its key has none of its own, so it follows the app
  const keys = admin.getByRole('table', { name: 'Keys of this app' });
  await keys.getByText('standard (the default)').waitFor();
  const tierForm = admin.getByRole('form', { name: 'Rate-limit tier of this app' });
  await tierForm.getByLabel('Tier of its keys').selectOption('PREMIUM');
  await tierForm.getByRole('button', { name: 'Set tier' }).click();
  await tierForm.getByText('Rate-limit tier set to premium for every key of the app without its own.').waitFor();
  await admin.reload();
  await keys.getByText('premium (the app’s)').waitFor();
  await shot(admin, 'admin-apps-tier');
  // every gateway applies it from the key's next resolution (a publishable key's is cached for seconds)
  let policy = '';
  for (const started = Date.now(); Date.now() - started < 30_000; ) {
    const answer = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-publishable-key': secret },
      body: JSON.stringify({
        variables: { key: 'x' },
        extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
      }),
    });
    await answer.arrayBuffer();
    policy = answer.headers.get('ratelimit-policy') ?? '';
    if (policy.includes('tier="premium";tier-set-on="app"')) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  expect(
    policy.includes('tier="premium";tier-set-on="app"'),
    `the gateway sizes the key's budget by the app's tier and says so (${policy})`,
  );

  // a second key of the app with a tier of its own keeps it; the first still follows the app
  await keyForm.getByLabel('Key name').fill('web-basic');
  await keyForm.getByLabel('Rate-limit tier of the key').selectOption('BASIC');
  await keyForm.getByRole('button', { name: 'Create key' }).click();
  await keyForm.getByTestId('secret').waitFor();
  await admin.reload();
  const own = keys.getByRole('row').filter({ has: admin.getByRole('cell', { name: 'web-basic', exact: true }) });
  await own.getByText('basic (its own)').waitFor();
  const follows = keys.getByRole('row').filter({ has: admin.getByRole('cell', { name: 'web', exact: true }) });
  await follows.getByText('premium (the app’s)').waitFor();
  // the new key form on the app says what "follow" gives now
  expect(
    (await keyForm.getByLabel('Rate-limit tier of the key').inputValue()) === 'FOLLOW',
    'a new key follows its app unless a tier is picked',
  );
  await keyForm.getByRole('option', { name: 'none: follow the app (premium)' }).waitFor({ state: 'attached' });
  await shot(admin, 'admin-apps-key-tiers');

  // Settings → API keys: a partner key created for the app without a tier follows it; the table
  // shows each key's tier in force and where it comes from
  await admin.goto(`${adminUrl}/settings`);
  const partnerName = `Journey ERP ${Date.now().toString(36)}`;
  const newKey = admin.getByRole('form', { name: 'New partner API key' });
  await newKey.getByLabel('Name', { exact: true }).fill(partnerName);
  await newKey.getByRole('checkbox', { name: /^catalog:read( |$)/ }).check();
  await newKey.getByLabel('App', { exact: true }).selectOption({ label: `${name} (premium)` });
  expect(
    (await newKey.getByLabel('Rate-limit tier', { exact: true }).inputValue()) === 'FOLLOW',
    'the partner key form sends no tier unless one is picked',
  );
  await newKey.getByRole('button', { name: 'Create API key' }).click();
  const partnerSecret = ((await newKey.getByTestId('secret').textContent()) ?? '').trim();
  expect(partnerSecret.startsWith('ucos_sk_'), `a secret key is shown once (got ${partnerSecret})`);
  await admin.reload();
  const table = admin.getByRole('region', { name: 'API keys and storefront keys' });
  const partnerRow = table
    .getByRole('row')
    .filter({ has: admin.getByRole('cell', { name: partnerName, exact: true }) });
  await partnerRow.getByText('premium (the app’s)').waitFor();
  const basicRow = table.getByRole('row').filter({ has: admin.getByRole('cell', { name: 'web-basic', exact: true }) });
  await basicRow.getByText('basic (its own)').waitFor();
  await shot(admin, 'admin-settings-key-tiers');

  await admin.goto(`${adminUrl}/settings/apps`);
  await apps.getByRole('row').filter({ hasText: name }).getByText('premium').waitFor();
  await admin.close();
}
