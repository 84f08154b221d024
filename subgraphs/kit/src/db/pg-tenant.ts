import type pg from 'pg';
import { inSpan, SpanKind, tracingEnabled } from '../tracing.ts';
import { poolForTenant } from './placement.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `begin` and the tenant in one round trip (a simple-protocol query cannot take parameters, so the
 * tenant is a literal: only a well-formed uuid ever gets here, anything else is refused).
 */
export function openTransactionSql(tenantId: string | null): string {
  if (tenantId !== null && !UUID.test(tenantId)) throw new Error('a tenant id must be a uuid');
  return `begin; select set_config('app.tenant_id', '${tenantId ?? ''}', true)`;
}

/**
 * Runs `work` in one transaction whose first statement sets the tenant. Every statement in it,
 * whatever its `where`, sees and writes only that tenant's rows: the database enforces it. It runs on
 * the database that holds the tenant (`placement.ts`).
 */
export async function withTenantClient<T>(
  pool: pg.Pool,
  tenantId: string | null,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await poolForTenant(pool, tenantId).connect();
  try {
    await client.query(openTransactionSql(tenantId));
    const result = await work(clientForWork(client));
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** What a unit's work gets: the client, traced per statement when tracing is on. */
export const clientForWork = (client: pg.PoolClient): pg.PoolClient =>
  tracingEnabled() ? tracedClient(client) : client;

/** The client with one span per statement (its SQL text, never its values); promise calls only. */
export function tracedClient(client: pg.PoolClient): pg.PoolClient {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property !== 'query') return Reflect.get(target, property, receiver);
      return tracedQuery(target);
    },
  });
}

/**
 * A pool whose statements are spans while tracing is on (checked per call, so it may be built before
 * tracing starts): its own `query` and every client it hands out. For a driver that keeps its own pool,
 * as Prisma's pg adapter does, so its statements show in a trace like the unit of work's.
 */
export function tracedPool(pool: pg.Pool): pg.Pool {
  return new Proxy(pool, {
    get(target, property, receiver) {
      if (property === 'query') return tracingEnabled() ? tracedQuery(target) : Reflect.get(target, property, receiver);
      if (property !== 'connect') return Reflect.get(target, property, receiver);
      return (...args: unknown[]) => {
        if (args.length > 0) return (target.connect as (...a: unknown[]) => unknown)(...args);
        return target.connect().then(clientForWork);
      };
    },
  });
}

function tracedQuery(target: pg.Pool | pg.PoolClient) {
  return (...args: unknown[]) => {
    const [statement] = args;
    const text = typeof statement === 'string' ? statement : (statement as { text?: string } | null)?.text;
    if (typeof args[args.length - 1] === 'function' || typeof text !== 'string') {
      return (target.query as (...a: unknown[]) => unknown)(...args);
    }
    return inSpan(
      'pg.query',
      {
        kind: SpanKind.CLIENT,
        attributes: {
          'db.system': 'postgresql',
          'db.statement': text.length > 500 ? `${text.slice(0, 500)}…` : text,
        },
      },
      () => (target.query as (...a: unknown[]) => Promise<unknown>)(...args),
    );
  };
}
