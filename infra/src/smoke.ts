// Boots the platform exactly as a user does (`npm start`, embedded default unless URLs are set),
// runs smoke queries through the gateway as a client would, then stops it with SIGINT and checks
// that everything shut down. `node infra/src/smoke.ts --node` runs the services on Node instead of Bun.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '../../packages/partner-sdk/src/index.ts';
import { DEMO, DEMO_INVITEE } from './demo.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const runtime = process.argv.includes('--node') ? 'node' : 'bun';
const stateDir = await mkdtemp(join(tmpdir(), 'ucos-smoke-'));
// As root, embedded PostgreSQL runs as a separate OS user that must be able to enter this folder.
await chmod(stateDir, 0o755);
const gatewayPort = 4600 + Math.floor(Math.random() * 300);
const gateway = `http://127.0.0.1:${gatewayPort}/graphql`;
const started = performance.now();

const child = spawn(process.execPath, ['infra/src/start.ts', ...(runtime === 'node' ? ['--node'] : [])], {
  cwd: REPO_ROOT,
  env: {
    ...process.env,
    UCOS_STATE_DIR: stateDir,
    GATEWAY_PORT: String(gatewayPort),
    IDENTITY_PORT: String(gatewayPort + 1),
    EMBEDDED_PG_PORT: String(gatewayPort + 2),
    METRICS_PORT_BASE: String(gatewayPort + 3000),
    WORKER_PORT: String(gatewayPort + 4),
  },
  stdio: ['ignore', 'pipe', 'inherit'],
  // its own process group: a failed smoke stops npm start's children too, not only npm start
  detached: true,
});
let output = '';
child.stdout.on('data', (chunk: Buffer) => {
  output += chunk.toString();
});

function fail(message: string): never {
  console.error(`smoke (${runtime}) FAILED: ${message}\n--- output ---\n${output}`);
  // the whole group: an orphaned subgraph host or embedded database would hold the ports of the next run
  if (child.pid) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }
  process.exit(1);
}

const deadline = Date.now() + 60_000;
while (!output.includes('Ctrl-C stops everything')) {
  if (child.exitCode !== null) fail(`npm start exited with ${child.exitCode}`);
  if (Date.now() > deadline) fail('not up within 60 s');
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const bootSeconds = (performance.now() - started) / 1000;

async function gql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: smoke checks walk arbitrary response shapes
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: unknown[] } };
}

const signIn = await gql(
  `mutation($e: String!, $p: String!) { sessionCreate(input: { email: $e, password: $p }) { session { accessToken } errors { code } } }`,
  { e: DEMO.ownerEmail, p: DEMO.ownerPassword },
);
const token = signIn.body.data?.sessionCreate?.session?.accessToken;
if (!token) fail(`demo sign-in: ${JSON.stringify(signIn.body)}`);
const bearer = { authorization: `Bearer ${token}` };

const viewer = await gql(`{ viewer { kind tenant { slug } user { email } scopes } }`, {}, bearer);
if (viewer.body.data?.viewer?.tenant?.slug !== DEMO.tenantSlug) fail(`viewer: ${JSON.stringify(viewer.body)}`);

const key = await gql(
  `mutation { apiKeyCreate(input: { name: "smoke", scopes: ["catalog:read"] }) { secret errors { code } } }`,
  {},
  bearer,
);
const secret = key.body.data?.apiKeyCreate?.secret;
if (!secret) fail(`apiKeyCreate: ${JSON.stringify(key.body)}`);
const asKey = await gql(`{ viewer { kind scopes tenant { slug } } }`, {}, { 'x-api-key': secret });
if (asKey.body.data?.viewer?.kind !== 'API_KEY') fail(`viewer with API key: ${JSON.stringify(asKey.body)}`);

// a partner's integration with the SDK: reads, a stock write retried under its key (applied once), its budget
const partnerKey = await gql(
  `mutation { apiKeyCreate(input: { name: "smoke partner", scopes: ["catalog:read", "inventory:read", "inventory:adjust"] }) { secret errors { code } } }`,
  {},
  bearer,
);
const partnerSecret = partnerKey.body.data?.apiKeyCreate?.secret;
if (!partnerSecret) fail(`partner apiKeyCreate: ${JSON.stringify(partnerKey.body)}`);
const partner = createClient({ endpoint: gateway, apiKey: partnerSecret, backoffMs: 50 });
const listed = await partner.catalog.products(5);
if (listed.edges.length === 0) fail('the SDK lists no demo products');
const level = (await partner.inventory.stockLevels(1)).edges[0]?.node;
if (!level) fail('the SDK lists no stock level');
const adjustment = {
  variantId: level.variant.id,
  warehouseId: level.warehouse.id,
  delta: 1,
  idempotencyKey: `smoke-${Date.now()}`,
};
const adjusted = await partner.inventory.stockAdjust(adjustment);
const repeated = await partner.inventory.stockAdjust(adjustment);
if (
  adjusted.errors.length ||
  adjusted.stockLevel?.onHand !== level.onHand + 1 ||
  repeated.stockLevel?.onHand !== level.onHand + 1
) {
  fail(`the SDK's stock adjustment under one key: ${JSON.stringify({ before: level.onHand, adjusted, repeated })}`);
}
const budget = partner.budget();
if (!budget || budget.remaining >= budget.limit || budget.requestCost <= 0)
  fail(`the SDK's budget: ${JSON.stringify(budget)}`);

const forged = await gql(`{ viewer { kind } }`, {}, { authorization: 'Bearer not.a.token' });
if (forged.status !== 401) fail(`forged token answered ${forged.status}`);

// metrics: only on the internal ports, and they count what was just done
const publicMetrics = await fetch(gateway.replace(/\/graphql$/, '/metrics'));
if (publicMetrics.status !== 404) fail(`the public port answers /metrics with ${publicMetrics.status}`);
for (const port of [gatewayPort + 3000, gatewayPort + 3001]) {
  const metrics = await fetch(`http://127.0.0.1:${port}/metrics`).then(
    (response) => response.text(),
    (error: Error) => fail(`no metrics on internal port ${port}: ${error.message}`),
  );
  if (!metrics.includes('ucos_graphql_requests_total')) fail(`metrics on ${port}: ${metrics.slice(0, 200)}`);
}

// the worker tier runs: inside the subgraphs process without NATS, as its own ready process with it
const workerUrl = `http://127.0.0.1:${gatewayPort + 4}`;
// the summary's line (the subgraph host also logs "worker tier runs in this process")
const workerLine = /^ {2}worker tier {2,}([^\n]+)/m.exec(output)?.[1] ?? '';
if (process.env.NATS_URL) {
  if (!workerLine.includes('its own process "worker"')) fail(`worker tier: ${workerLine}`);
  const ready = await fetch(`${workerUrl}/ready`).then(
    (response) => response.status,
    (error: Error) => fail(`the worker process does not answer: ${error.message}`),
  );
  if (ready !== 200) fail(`the worker process answered /ready with ${ready}`);
} else if (!workerLine.includes('inside the subgraphs process')) fail(`worker tier: ${workerLine}`);

// the demo invitation is mailed (identity's worker asks, notifications' worker sends) to .ucos/mail, and npm start prints its link
const mailDeadline = Date.now() + 15_000;
const invitationLink = new RegExp(`mail to ${DEMO_INVITEE}[^\\n]*\\n\\s+http://\\S+/invitations/accept\\?token=inv_`);
while (!invitationLink.test(output)) {
  if (Date.now() > mailDeadline) fail('the demo invitation link was not printed within 15 s');
  await new Promise((resolve) => setTimeout(resolve, 100));
}

child.kill('SIGINT');
const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
if (code !== 0) fail(`npm start exited with ${code} after SIGINT`);
const stillUp = await fetch(gateway, { method: 'POST' }).then(
  () => true,
  () => false,
);
if (stillUp) fail('gateway still answering after shutdown');
if (process.env.NATS_URL) {
  const workerUp = await fetch(`${workerUrl}/live`).then(
    () => true,
    () => false,
  );
  if (workerUp) fail('the worker process still answering after shutdown');
}
await rm(stateDir, { recursive: true, force: true });
console.log(
  `smoke (${runtime}): up in ${bootSeconds.toFixed(1)} s; sign-in, viewer, API key, partner SDK (reads, a keyed write once, budget), forged token, internal metrics, worker tier, invitation mail, clean shutdown: ok`,
);
