// npm start — the whole platform on one machine. Nothing set: embedded PostgreSQL, in-process bus
// and cache. DATABASE_URL / NATS_URL / REDIS_URL set: the real services. Services run on Bun;
// `npm start -- --node` (or UCOS_RUNTIME=node) runs them on Node instead.
import { join } from 'node:path';
import { appManifests, appsMode, demoStorefrontKey, type RunningApp, startApp } from './apps.ts';
import { seedDemoCustomFields, seedDemoEntityCustomFields } from './demo/custom-fields.ts';
import { seedDemoFeatureFlags } from './demo/feature-flags.ts';
import { seedDemoFinance } from './demo/finance.ts';
import { seedDemoGiftCards } from './demo/gift-cards.ts';
import { seedDemoImages } from './demo/images.ts';
import { seedDemoReplenishment } from './demo/inventory-replenishment.ts';
import { seedDemoPlugins } from './demo/plugins.ts';
import { seedDemoProcurement } from './demo/procurement.ts';
import { seedDemoPromotions } from './demo/promotions.ts';
import { seedDemoReceiving } from './demo/receiving.ts';
import { seedDemoSubscriptions } from './demo/subscriptions.ts';
import { seedDemoTax } from './demo/tax.ts';
import { seedDemoUiExtensions } from './demo/ui-extensions.ts';
import {
  DEMO,
  DEMO_FOREIGN_CURRENCIES,
  demoOwnerSession,
  seedDemoApps,
  seedDemoAutomation,
  seedDemoInvitation,
  seedDemoProfile,
  seedDemoShipping,
  seedDemoTenant,
} from './demo.ts';
import { watchMailFolder } from './mail-folder.ts';
import type { Runtime } from './processes.ts';
import { DEMO_SIZE, seedDomains } from './seed-data.ts';
import { REPO_ROOT, startStack } from './stack.ts';

const args = process.argv.slice(2);
const runtime: Runtime = args.includes('--node') || process.env.UCOS_RUNTIME === 'node' ? 'node' : 'bun';
const started = performance.now();
const stateDir = process.env.UCOS_STATE_DIR ?? join(REPO_ROOT, '.ucos');

const stack = await startStack({
  runtime,
  gatewayPort: Number(process.env.GATEWAY_PORT ?? 4000),
  stateDir,
  embeddedPostgresPort: Number(process.env.EMBEDDED_PG_PORT ?? 5488),
  // mutual TLS between the services with a local CA in .ucos/tls (docs/architecture/transport-security.md)
  tls: process.env.UCOS_TLS === '1',
  // the apps' persisted documents are the gateway's trusted documents (storefront keys: only those)
  gatewayEnv: {
    ...(appManifests(REPO_ROOT).length ? { TRUSTED_DOCUMENTS: appManifests(REPO_ROOT).join(',') } : {}),
    // the storefront's server forwards each shopper's address from loopback; set it to your proxies
    TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? '127.0.0.1,::1',
  },
}).catch((error: unknown) => {
  console.error(`\nfailed to start: ${(error as Error).message}`);
  process.exit(1);
});

// each invitation, verification and reset link is printed as identity writes the mail
const stopWatchingMail = stack.mail.smtp
  ? () => {}
  : watchMailFolder(stack.mail.destination, (line) => console.log(line));

const seeded = await seedDemoTenant(stack.gatewayUrl, stack.database.adminUrl).catch(async (error: unknown) => {
  console.error(`\n${(error as Error).message}`);
  await stack.stop();
  process.exit(1);
});

const seededDomains = await demoOwnerSession(stack.gatewayUrl)
  .then(({ tenantId }) =>
    seedDomains(
      stack.database.serviceUrls,
      tenantId,
      { ...DEMO_SIZE, retailCurrencies: DEMO_FOREIGN_CURRENCIES },
      stack.database.adminUrl,
    ),
  )
  .catch(async (error: unknown) => {
    console.error(`\nseeding the demo data failed: ${(error as Error).message}`);
    await stack.stop();
    process.exit(1);
  });

// product images: uploaded through the media store once, then shown on every seeded product
const seededImages = await demoOwnerSession(stack.gatewayUrl)
  .then(({ accessToken, tenantId }) =>
    seedDemoImages(stack.gatewayUrl, accessToken, tenantId, stack.database.serviceUrls.catalog ?? ''),
  )
  .catch((error: unknown) => [`the demo product images could not be seeded: ${(error as Error).message}`]);

// a pending invitation, so the members screen shows one (and its link is printed below)
if (seeded) {
  await demoOwnerSession(stack.gatewayUrl)
    .then(({ accessToken }) => seedDemoInvitation(stack.gatewayUrl, accessToken))
    .catch((error: unknown) => console.error(`the demo invitation could not be sent: ${(error as Error).message}`));
  await demoOwnerSession(stack.gatewayUrl)
    .then(({ accessToken }) => seedDemoProfile(stack.gatewayUrl, accessToken))
    .catch((error: unknown) => console.error(`the demo store profile could not be saved: ${(error as Error).message}`));
}

// shipping zones first: the large order below is shipped by them (a restart adds nothing)
const seededShipping = await demoOwnerSession(stack.gatewayUrl)
  .then(({ accessToken }) => seedDemoShipping(stack.gatewayUrl, accessToken))
  .catch((error: unknown) => [`shipping demo data failed: ${(error as Error).message}`]);

// tax zones: the demo's prices include tax, so what its shoppers pay stays the same (a restart adds nothing)
seededShipping.push(
  ...(await demoOwnerSession(stack.gatewayUrl)
    .then(({ accessToken }) => seedDemoTax(stack.gatewayUrl, accessToken))
    .catch((error: unknown) => [`tax demo data failed: ${(error as Error).message}`])),
);
// custom fields: Material and Care (shown on the storefront) with values on the first products (a restart adds nothing)
seededShipping.push(
  ...(await demoOwnerSession(stack.gatewayUrl)
    .then(({ accessToken }) => seedDemoCustomFields(stack.gatewayUrl, accessToken))
    .catch((error: unknown) => [`custom field demo data failed: ${(error as Error).message}`])),
);
// a partner app with a premium rate-limit tier and two keys, one following it (a restart adds nothing)
seededShipping.push(
  ...(await demoOwnerSession(stack.gatewayUrl)
    .then(({ accessToken }) => seedDemoApps(stack.gatewayUrl, accessToken))
    .catch((error: unknown) => [`app demo data failed: ${(error as Error).message}`])),
);
// promotions: WELCOME10 and free shipping over a threshold (a restart adds nothing)
seededShipping.push(
  ...(await demoOwnerSession(stack.gatewayUrl)
    .then(({ accessToken }) => seedDemoPromotions(stack.gatewayUrl, accessToken))
    .catch((error: unknown) => [`promotion demo data failed: ${(error as Error).message}`])),
);
// gift cards: GIFT-DEMO-0050 and GIFT-DEMO-0020 (partly spent), codes printed here (a restart adds nothing)
seededShipping.push(
  ...(await demoOwnerSession(stack.gatewayUrl)
    .then(({ accessToken }) => seedDemoGiftCards(stack.gatewayUrl, accessToken))
    .catch((error: unknown) => [`gift card demo data failed: ${(error as Error).message}`])),
);
// subscriptions: the plan "Monthly refill" and the demo subscriber's subscription (a restart adds nothing)
seededShipping.push(
  ...(await demoOwnerSession(stack.gatewayUrl)
    .then(({ accessToken, tenantId }) =>
      seedDemoSubscriptions(stack.gatewayUrl, accessToken, tenantId, stack.database.adminUrl, DEMO.ownerPassword),
    )
    .catch((error: unknown) => [`subscription demo data failed: ${(error as Error).message}`])),
);
// feature flags, off: storefront.recently-viewed (a restart changes none an owner switched)
seededShipping.push(
  ...(await demoOwnerSession(stack.gatewayUrl)
    .then(({ accessToken }) => seedDemoFeatureFlags(stack.gatewayUrl, accessToken))
    .catch((error: unknown) => [`feature flag demo data failed: ${(error as Error).message}`])),
);

// workflows, an approval waiting in the inbox, a webhook endpoint: what is missing (a restart adds nothing)
const automationStarted = performance.now();
const seededAutomation = await demoOwnerSession(stack.gatewayUrl)
  .then(({ accessToken, tenantId }) =>
    seedDemoAutomation(stack.gatewayUrl, accessToken, tenantId, DEMO_SIZE.warehouses),
  )
  .then((done) =>
    done.length ? [`${done.join(', ')} (${((performance.now() - automationStarted) / 1000).toFixed(1)} s)`] : [],
  )
  .catch((error: unknown) => {
    console.error(`the demo workflows could not be seeded: ${(error as Error).message}`);
    return [] as string[];
  });
// reorder policies first: procurement's demo suggestions read them
await seedDemoReplenishment(stack.gatewayUrl, DEMO_SIZE.warehouses).catch((error: unknown) =>
  console.error(`the demo reorder policies could not be seeded: ${(error as Error).message}`),
);
seededAutomation.push(
  ...(await demoOwnerSession(stack.gatewayUrl)
    .then(({ accessToken }) => seedDemoProcurement(stack.gatewayUrl, accessToken))
    .catch((error: unknown) => [`procurement demo data failed: ${(error as Error).message}`])),
);
// custom fields on customers, orders and suppliers, with values on a few of each (after the suppliers)
seededAutomation.push(
  ...(await demoOwnerSession(stack.gatewayUrl)
    .then(({ accessToken }) => seedDemoEntityCustomFields(stack.gatewayUrl, accessToken))
    .catch((error: unknown) => [`custom field demo data failed: ${(error as Error).message}`])),
);
seededAutomation.push(
  ...(await demoOwnerSession(stack.gatewayUrl)
    .then(({ accessToken }) => seedDemoReceiving(stack.gatewayUrl, accessToken))
    .catch((error: unknown) => [`receiving demo data failed: ${(error as Error).message}`])),
);
seededAutomation.push(
  ...(await demoOwnerSession(stack.gatewayUrl)
    .then(({ accessToken }) => seedDemoPlugins(stack.gatewayUrl, accessToken))
    .catch((error: unknown) => [`plugins demo data failed: ${(error as Error).message}`])),
);
seededAutomation.push(
  ...(await demoOwnerSession(stack.gatewayUrl)
    .then(({ accessToken }) => seedDemoUiExtensions(stack.gatewayUrl, accessToken))
    .catch((error: unknown) => [`UI extensions demo data failed: ${(error as Error).message}`])),
);
seededAutomation.push(...seededShipping);
seededAutomation.push(...(await seedDemoFinance(stack.gatewayUrl, stack.database.serviceUrls)));
seededAutomation.push(...seededImages);

// the storefront and the admin portal (see infra/src/apps.ts and the README: production build, cached)
let stopping = false;
const mode = appsMode();
const apps: RunningApp[] = [];
if (mode !== 'off') {
  const storefrontKey = await demoOwnerSession(stack.gatewayUrl)
    .then(({ accessToken }) => demoStorefrontKey(stack.gatewayUrl, stateDir, accessToken))
    .catch((error: unknown) => {
      console.error(`\nthe demo storefront key could not be prepared: ${(error as Error).message}`);
      return '';
    });
  const gatewayEnv = { UCOS_GATEWAY_URL: stack.gatewayUrl };
  const specs = [
    {
      name: 'storefront' as const,
      dir: join(REPO_ROOT, 'apps/storefront'),
      port: Number(process.env.STOREFRONT_PORT ?? 3000),
      env: { ...gatewayEnv, UCOS_PUBLISHABLE_KEY: storefrontKey },
    },
    {
      name: 'admin' as const,
      dir: join(REPO_ROOT, 'apps/admin'),
      port: Number(process.env.ADMIN_PORT ?? 3001),
      env: gatewayEnv,
    },
  ];
  // one at a time: two production builds at once only thrash a small machine
  let previous: Promise<void> = Promise.resolve();
  for (const spec of specs) {
    const after = previous;
    const app = startAppAfter(after, spec);
    apps.push(app);
    previous = app.ready.catch(() => {});
  }
}

function startAppAfter(after: Promise<void>, spec: Parameters<typeof startApp>[1]): RunningApp {
  let inner: RunningApp | undefined;
  const ready = after.then(() => {
    if (stopping) return;
    inner = startApp(REPO_ROOT, spec, mode === 'dev' ? 'dev' : 'production');
    return inner.ready;
  });
  ready.then(
    () => !stopping && console.log(`${spec.name} ready at http://127.0.0.1:${spec.port}`),
    (error: unknown) => console.error(`${spec.name} did not start: ${(error as Error).message}`),
  );
  return { name: spec.name, url: `http://127.0.0.1:${spec.port}`, ready, stop: async () => inner?.stop() };
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`
Unified Commerce OS is running (${runtime}, started in ${seconds}s)

  GraphQL + GraphiQL  ${stack.gatewayUrl}
${apps.map((app) => `  ${app.name.padEnd(20)}${app.url}${mode === 'dev' ? ' (next dev)' : ''}`).join('\n')}${apps.length ? '\n' : ''}  database            ${stack.database.embedded ? `embedded PostgreSQL (data in ${join(stateDir, 'postgres')})` : 'PostgreSQL from DATABASE_URL'}
  events              ${stack.events}
  cache               ${stack.cache}
  mail                ${stack.mail.smtp ? stack.mail.destination : `.eml files in ${stack.mail.destination} (set SMTP_URL to send); links are printed as mail is written`}
  worker tier         ${stack.worker}
  transport           ${stack.certificates ? `mutual TLS between services (local CA ${stack.certificates.services.TLS_CA_FILE})` : 'plain HTTP between services (UCOS_TLS=1: mutual TLS)'}
  services            ${stack.services.map((service) => `${service.name} ${service.url}`).join('\n                      ')}
  metrics (internal)  ${stack.metrics.map((metrics) => `${metrics.name} ${metrics.url}`).join('\n                      ')}

  demo tenant         ${DEMO.tenantSlug}${seeded ? ' (created now)' : ''}${seededDomains.length ? `, demo data: ${seededDomains.join(', ')}` : ''}${seededAutomation.length ? `, automation: ${seededAutomation.join(', ')}` : ''}
  demo owner          ${DEMO.ownerEmail} / ${DEMO.ownerPassword}
  sign in with        mutation { sessionCreate(input: { email: "${DEMO.ownerEmail}", password: "${DEMO.ownerPassword}" }) { session { accessToken } errors { code message } } }
                      then send  Authorization: Bearer <accessToken>

Ctrl-C stops everything.
`);

async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  stopWatchingMail();
  await Promise.all(apps.map((app) => app.stop()));
  await stack.stop();
  console.log('stopped.');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
for (const service of stack.services) {
  service.child.on('exit', (code) => {
    if (!stopping) {
      console.error(`${service.name} exited unexpectedly (code ${code}); stopping the platform`);
      void shutdown('service exit').then(() => process.exit(1));
    }
  });
}
