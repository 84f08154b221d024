// The migration Job of a deployment (infra/k8s/base/workloads/migrate-job.yaml): bootstraps the
// roles and the database, applies every subgraph's migrations, then exits — 0 when the database is
// ready for the release, 1 otherwise (the Job retries; the rollout waits). Idempotent: a second run
// applies nothing. Env:
//   DATABASE_URL          an admin connection (superuser, or a role that may create roles); a URL naming
//                         the maintenance database `postgres` migrates the platform database `ucos`
//   APP_DB_PASSWORD       derives each service role's password (kit `serviceRolePassword`)
//   <NAME>_DATABASE_URL   optional, per subgraph: a URL logging in as `ucos_<name>` sets that role's
//                         password to the one it carries (the URL the service's Secret holds)
//   DB_STATEMENT_TIMEOUT_MS, DB_IDLE_IN_TRANSACTION_TIMEOUT_MS   the service roles' timeouts
//   TENANT_PLACEMENT      optional, the services' placement map (kit `db/placement.ts`): every cell's
//                         database gets the same roles and migrations, reached with DATABASE_URL's credentials
import { fileURLToPath } from 'node:url';
import { cellUrl, tenantPlacementEnvField } from '@ucos/kit';
import { preparePlatformDatabase } from './database.ts';
import { SUBGRAPHS } from './subgraphs.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export class MigrateJobConfigError extends Error {
  override name = 'MigrateJobConfigError';
}

function milliseconds(env: Record<string, string | undefined>, name: string, problems: string[]) {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) problems.push(`${name}: not a whole number of milliseconds: ${raw}`);
  return value;
}

/** Roles, database and migrations for the release; throws `MigrateJobConfigError` listing every problem. */
export async function runMigrateJob(env: Record<string, string | undefined> = process.env): Promise<string[]> {
  const problems: string[] = [];
  if (!env.DATABASE_URL) problems.push('DATABASE_URL: required (an admin connection to the PostgreSQL server)');
  else if (!URL.canParse(env.DATABASE_URL)) problems.push('DATABASE_URL: not a URL');
  if (!env.APP_DB_PASSWORD || env.APP_DB_PASSWORD.length < 16) {
    problems.push('APP_DB_PASSWORD: required, at least 16 characters (derives the service roles’ passwords)');
  }
  const statementTimeoutMs = milliseconds(env, 'DB_STATEMENT_TIMEOUT_MS', problems);
  const idleInTransactionTimeoutMs = milliseconds(env, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', problems);
  const placement = tenantPlacementEnvField.safeParse(env.TENANT_PLACEMENT);
  if (!placement.success) {
    for (const issue of placement.error.issues)
      problems.push(`TENANT_PLACEMENT: ${issue.path.join('.')} ${issue.message}`);
  }
  if (problems.length > 0) {
    throw new MigrateJobConfigError(
      `[migrate] invalid environment:\n${problems.map((line) => `  - ${line}`).join('\n')}`,
    );
  }
  const adminUrl = env.DATABASE_URL as string;
  const cells = Object.values(placement.data?.cells ?? {}).map((location) => cellUrl(adminUrl, location));
  // the home database first, then each cell: a release waits until every database holding tenants is ready
  for (const serverUrl of [adminUrl, ...cells]) {
    const database = await preparePlatformDatabase({
      root: REPO_ROOT,
      dataDir: '',
      embeddedPort: 0,
      appPassword: env.APP_DB_PASSWORD as string,
      serverUrl,
      statementTimeoutMs,
      idleInTransactionTimeoutMs,
      env,
    });
    await database.stop();
  }
  return SUBGRAPHS.map((entry) => entry.name);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  try {
    const schemas = await runMigrateJob(process.env);
    const ms = Math.round(performance.now() - started);
    console.log(JSON.stringify({ level: 'info', msg: 'database ready', schemas, ms }));
    process.exit(0);
  } catch (error) {
    if (error instanceof MigrateJobConfigError) console.error(error.message);
    else console.error(JSON.stringify({ level: 'fatal', msg: 'migration failed', err: String(error) }));
    process.exit(1);
  }
}
