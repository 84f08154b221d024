import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { serviceRolePassword, serviceRoleUrl, withDatabase } from '@ucos/kit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedServer, startEmbeddedPostgres } from '../src/embedded-postgres.ts';
import { SUBGRAPHS } from '../src/subgraphs.ts';

// The migration Job's entry, run as the Job runs it, against a PostgreSQL server of its own (roles are
// cluster-wide: a shared server's role passwords must not change under other tests).
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
const APP_DB_PASSWORD = 'migrate-job-test-password-0123456789';
const IDENTITY_PASSWORD = 'identity-from-its-secret-0123456789';

let server: EmbeddedServer;
let dataDir: string;

function job(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/DATABASE_URL|APP_DB_PASSWORD|NATS_URL|REDIS_URL/.test(name)),
  );
  return run(process.execPath, ['infra/src/migrate-job.ts'], { cwd: ROOT, env: { ...clean, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

async function canLogIn(url: string) {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ user: string }>('select current_user as user');
    return rows[0]?.user;
  } finally {
    await client.end().catch(() => undefined);
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ucos-migrate-job-'));
  server = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('infra/src/migrate-job.ts (the migration Job)', () => {
  it('refuses a missing or bad environment with every problem listed, and exits 1', async () => {
    const result = await job({ DB_STATEMENT_TIMEOUT_MS: 'soon' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL: required');
    expect(result.stderr).toContain('APP_DB_PASSWORD: required');
    expect(result.stderr).toContain('DB_STATEMENT_TIMEOUT_MS: not a whole number');
  });

  it('creates the roles and the database, applies every migration, sets passwords from the Secrets’ URLs; a rerun applies nothing', async () => {
    const identityUrl = new URL(withDatabase(server.url, 'ucos'));
    identityUrl.username = 'ucos_identity';
    identityUrl.password = IDENTITY_PASSWORD;
    const env = {
      DATABASE_URL: server.url,
      APP_DB_PASSWORD,
      IDENTITY_DATABASE_URL: identityUrl.href,
      DB_STATEMENT_TIMEOUT_MS: '5000',
    };
    const first = await job(env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout.trim().split('\n').at(-1) as string)).toMatchObject({
      msg: 'database ready',
      schemas: SUBGRAPHS.map((entry) => entry.name),
    });

    // identity logs in with the password its Secret carries; the others with the derived one
    expect(await canLogIn(identityUrl.href)).toBe('ucos_identity');
    expect(await canLogIn(serviceRoleUrl(server.url, APP_DB_PASSWORD, 'catalog', 'ucos'))).toBe('ucos_catalog');
    expect(serviceRolePassword(APP_DB_PASSWORD, 'identity')).not.toBe(IDENTITY_PASSWORD);

    const admin = new pg.Client({ connectionString: withDatabase(server.url, 'ucos') });
    await admin.connect();
    const count = async () =>
      Number((await admin.query<{ n: string }>('select count(*) as n from public.ucos_schema_migrations')).rows[0]?.n);
    const applied = await count();
    const schemas = await admin.query<{ schema_name: string }>(
      'select distinct schema_name from public.ucos_schema_migrations order by 1',
    );
    expect(schemas.rows.map((row) => row.schema_name)).toEqual(SUBGRAPHS.map((entry) => entry.name).sort());

    const second = await job(env);
    expect(second.code).toBe(0);
    expect(await count()).toBe(applied);

    // a cell of the placement map (kit db/placement.ts) gets the same roles and migrations
    const cellLocation = new URL(withDatabase(server.url, 'ucos_cell_b'));
    cellLocation.username = '';
    cellLocation.password = '';
    const placed = await job({
      ...env,
      TENANT_PLACEMENT: JSON.stringify({ cells: { 'cell-b': cellLocation.href }, tenants: {} }),
    });
    expect(placed.stderr).toBe('');
    expect(placed.code).toBe(0);
    expect(await count()).toBe(applied);
    const cell = new pg.Client({ connectionString: withDatabase(server.url, 'ucos_cell_b') });
    await cell.connect();
    const inCell = await cell.query<{ n: string }>('select count(*) as n from public.ucos_schema_migrations');
    await cell.end();
    expect(Number(inCell.rows[0]?.n)).toBe(applied);
    expect(await canLogIn(serviceRoleUrl(server.url, APP_DB_PASSWORD, 'catalog', 'ucos_cell_b'))).toBe('ucos_catalog');

    const badMap = await job({ ...env, TENANT_PLACEMENT: '{"cells":{},"tenants":{"shop-7":"b"}}' });
    expect(badMap.code).toBe(1);
    expect(badMap.stderr).toContain('TENANT_PLACEMENT: tenants.shop-7 a placed tenant is named by its id');
    expect(badMap.stderr).toContain('no cell named "b"');
    await admin.end();
  }, 240_000);

  it('fails (exit 1) when the server cannot be reached, so the rollout does not start', async () => {
    const url = new URL(server.url);
    url.port = String(await freePort());
    const result = await job({ DATABASE_URL: url.href, APP_DB_PASSWORD });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('migration failed');
  }, 60_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
