import { type Connection, type CURSOR_KEYS, type Keyed, keysetPage, ok, type Page } from '@ucos/kit';
import { one, orm, type Sql, type TenantDb } from '../db.ts';
import type { WebhooksDeps } from '../deps.ts';
import { urlProblem } from './destinations.ts';
import { type WebhooksResult, webhooksFail } from './errors.ts';
import { filterProblem } from './event-types.ts';
import type { EndpointRow } from './rows.ts';
import { newSigningSecret } from './secrets.ts';

export type { EndpointRow } from './rows.ts';

// the previous secret's expiry is a correlated read of the live secrets, by the database's clock
export const ENDPOINT_COLUMNS = `id, url, description, event_types as "eventTypes", enabled,
  disabled_reason as "disabledReason", consecutive_failures as "consecutiveFailures",
  (select max(s.expires_at) from webhooks.endpoint_secrets s
    where s.tenant_id = endpoints.tenant_id and s.endpoint_id = endpoints.id and s.expires_at > now()) as "previousSecretExpiresAt",
  created_at as "createdAt", updated_at as "updatedAt"`;

export const MAX_EVENT_TYPES = 50;
export const MAX_OVERLAP_HOURS = 168;

export function listEndpoints(
  db: TenantDb,
  page: Page<typeof CURSOR_KEYS.instant>,
): Promise<Connection<Keyed<EndpointRow>>> {
  return db.run((sql) =>
    keysetPage<EndpointRow>(sql, {
      table: 'webhooks.endpoints',
      columns: ENDPOINT_COLUMNS,
      conditions: [],
      page,
      direction: 'desc',
    }),
  );
}

const endpointRow = (sql: Sql, id: string): Promise<EndpointRow | null> =>
  one<EndpointRow>(sql, `select ${ENDPOINT_COLUMNS} from webhooks.endpoints where id = $1`, [id]);

export const endpointById = (db: TenantDb, id: string): Promise<EndpointRow | null> =>
  db.run((sql) => endpointRow(sql, id));

function checkUrl(deps: Pick<WebhooksDeps, 'destinations'>, url: string) {
  const problem = urlProblem(url, deps.destinations);
  return problem ? webhooksFail(problem.code, problem.message, ['input', 'url']) : null;
}

function checkEventTypes(eventTypes: readonly string[]) {
  if (eventTypes.length === 0)
    return webhooksFail('INVALID_EVENT_TYPE', 'Subscribe to at least one event type', ['input', 'eventTypes']);
  if (eventTypes.length > MAX_EVENT_TYPES) {
    return webhooksFail('INVALID_EVENT_TYPE', `At most ${MAX_EVENT_TYPES} event types`, ['input', 'eventTypes']);
  }
  for (const [index, type] of eventTypes.entries()) {
    const problem = filterProblem(type);
    if (problem) return webhooksFail('INVALID_EVENT_TYPE', problem, ['input', 'eventTypes', String(index)]);
  }
  return null;
}

export interface EndpointCreateInput {
  url: string;
  description?: string | null;
  eventTypes: readonly string[];
}

/** A new endpoint and its first signing secret, which the caller sees here and never again. */
export async function createEndpoint(
  deps: Pick<WebhooksDeps, 'destinations' | 'secrets'>,
  db: TenantDb,
  input: EndpointCreateInput,
): Promise<WebhooksResult<{ endpoint: EndpointRow; secret: string }>> {
  const invalid = checkUrl(deps, input.url) ?? checkEventTypes(input.eventTypes);
  if (invalid) return invalid;
  const secret = newSigningSecret();
  return db.tx(async (sql, tx) => {
    // two statements, not a nested create: Prisma would open a transaction of its own for one
    const id = await orm(sql, async (prisma) => {
      const endpoint = await prisma.endpoint.create({
        data: {
          tenantId: tx.tenantId,
          url: input.url,
          description: input.description ?? '',
          eventTypes: [...new Set(input.eventTypes)],
        },
        select: { id: true },
      });
      await prisma.endpointSecret.create({
        data: { tenantId: tx.tenantId, endpointId: endpoint.id, ciphertext: deps.secrets.seal(secret) },
      });
      return endpoint.id;
    });
    return ok({ endpoint: (await endpointRow(sql, id)) as EndpointRow, secret });
  });
}

export interface EndpointUpdateInput {
  url?: string | null;
  description?: string | null;
  eventTypes?: readonly string[] | null;
}

export async function updateEndpoint(
  deps: Pick<WebhooksDeps, 'destinations'>,
  db: TenantDb,
  id: string,
  input: EndpointUpdateInput,
): Promise<WebhooksResult<EndpointRow>> {
  const invalid =
    (input.url != null ? checkUrl(deps, input.url) : null) ??
    (input.eventTypes != null ? checkEventTypes(input.eventTypes) : null);
  if (invalid) return invalid;
  return db.tx(async (sql) => {
    const { count } = await orm(sql, (prisma) =>
      prisma.endpoint.updateMany({
        where: { id },
        data: {
          ...(input.url != null ? { url: input.url } : {}),
          ...(input.description != null ? { description: input.description } : {}),
          ...(input.eventTypes ? { eventTypes: [...new Set(input.eventTypes)] } : {}),
          updatedAt: new Date(),
        },
      }),
    );
    if (!count) return webhooksFail('NOT_FOUND', 'No such webhook endpoint', ['input', 'endpointId']);
    return ok((await endpointRow(sql, id)) as EndpointRow);
  });
}

/** Deletes the endpoint, its secrets and its delivery log. */
export const deleteEndpoint = (db: TenantDb, id: string): Promise<WebhooksResult<string>> =>
  db.tx(async (sql) => {
    const { count } = await orm(sql, (prisma) => prisma.endpoint.deleteMany({ where: { id } }));
    return count ? ok(id) : webhooksFail('NOT_FOUND', 'No such webhook endpoint', ['input', 'endpointId']);
  });

/**
 * A new signing secret (returned once); the current ones stay valid, and are sent alongside, for
 * `overlapHours` (0: they stop now).
 */
export async function rotateSecret(
  deps: Pick<WebhooksDeps, 'secrets'>,
  db: TenantDb,
  id: string,
  overlapHours: number,
): Promise<WebhooksResult<{ endpoint: EndpointRow; secret: string }>> {
  if (!Number.isFinite(overlapHours) || overlapHours < 0 || overlapHours > MAX_OVERLAP_HOURS) {
    return webhooksFail('INVALID_INPUT', `The overlap is 0 to ${MAX_OVERLAP_HOURS} hours`, ['input', 'overlapHours']);
  }
  const secret = newSigningSecret();
  return db.tx(async (sql, tx) => {
    // a row lock (for update): two rotations of one endpoint run one after the other
    const endpoint = await one<{ id: string }>(sql, `select id from webhooks.endpoints where id = $1 for update`, [id]);
    if (!endpoint) return webhooksFail('NOT_FOUND', 'No such webhook endpoint', ['input', 'endpointId']);
    // the live secrets' expiries, and the expired ones' removal, by the database's clock
    await sql.query(
      `update webhooks.endpoint_secrets
          set expires_at = least(coalesce(expires_at, 'infinity'), now() + make_interval(secs => $2::float8 * 3600))
        where endpoint_id = $1 and (expires_at is null or expires_at > now())`,
      [id, overlapHours],
    );
    await sql.query(`delete from webhooks.endpoint_secrets where endpoint_id = $1 and expires_at <= now()`, [id]);
    await orm(sql, async (prisma) => {
      await prisma.endpointSecret.create({
        data: { tenantId: tx.tenantId, endpointId: id, ciphertext: deps.secrets.seal(secret) },
      });
      await prisma.endpoint.updateMany({ where: { id }, data: { updatedAt: new Date() } });
    });
    return ok({ endpoint: (await endpointRow(sql, id)) as EndpointRow, secret });
  });
}

/** Enabling clears the failure count: its pending deliveries go out again. */
export const setEnabled = (db: TenantDb, id: string, enabled: boolean): Promise<WebhooksResult<EndpointRow>> =>
  db.tx(async (sql) => {
    const { count } = await orm(sql, (prisma) =>
      prisma.endpoint.updateMany({
        where: { id },
        data: enabled
          ? { enabled: true, disabledReason: null, consecutiveFailures: 0, updatedAt: new Date() }
          : { enabled: false, disabledReason: 'Disabled by a member', updatedAt: new Date() },
      }),
    );
    if (!count) return webhooksFail('NOT_FOUND', 'No such webhook endpoint', ['input', 'endpointId']);
    return ok((await endpointRow(sql, id)) as EndpointRow);
  });

/** Publishes `webhooks.test.ping` for this endpoint; the fan-out delivers it to this endpoint only. */
export const pingEndpoint = (db: TenantDb, id: string): Promise<WebhooksResult<EndpointRow>> =>
  db.tx(async (sql, tx) => {
    const endpoint = await endpointRow(sql, id);
    if (!endpoint) return webhooksFail('NOT_FOUND', 'No such webhook endpoint', ['input', 'endpointId']);
    if (!endpoint.enabled)
      return webhooksFail('ENDPOINT_DISABLED', 'Enable the endpoint first', ['input', 'endpointId']);
    await tx.emit('webhooks.test.ping', id, { endpointId: id });
    return ok(endpoint);
  });
