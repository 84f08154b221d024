import type pg from 'pg';
import { clientForWork, openTransactionSql, withTenantClient } from './pg-tenant.ts';
import { poolForTenant } from './placement.ts';

/**
 * One request's plain reads in one tenant transaction, opened at the first read and committed when
 * the request's execution is done (the kit's subgraph server does both). A federated listing reads
 * its page, its variants and their prices in three DataLoader batches: alone, each pays a pool
 * checkout, `begin` + the tenant, and `commit`; together they pay it once.
 *
 * Works run one at a time on the one connection, in the order asked (a statement needs the client to
 * itself, and one batch's `set_config` must not leak into another's middle). A work that throws rolls
 * the transaction back and releases the connection, so the next work starts a clean transaction
 * instead of failing on an aborted one. After `close()` a late work gets a transaction of its own.
 * Writes never come here: `tx()` always opens its own transaction.
 */
export class RequestReads {
  readonly tenantId: string | null;
  readonly #pool: pg.Pool;
  #client: Promise<pg.PoolClient> | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;

  constructor(pool: pg.Pool, tenantId: string | null) {
    this.#pool = pool;
    this.tenantId = tenantId;
  }

  /** whether a transaction is open (a read happened and the request has not finished) */
  get open(): boolean {
    return this.#client !== null;
  }

  run<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    if (this.#closed) return withTenantClient(this.#pool, this.tenantId, work);
    const next = this.#queue.then(() => this.#inTransaction(work));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /** Commits what was read (nothing to keep, but a clean end) and returns the connection to the pool. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.release();
  }

  /**
   * Ends the open transaction (if any) and gives its connection back; the next read opens another.
   * A write (`tx`) calls it first: holding the read connection while waiting for a second one from
   * a pool that every such request holds one of would wait forever.
   */
  async release(): Promise<void> {
    await this.#queue;
    const opened = this.#client;
    this.#client = null;
    if (!opened) return;
    const client = await opened.catch(() => null);
    if (!client) return;
    try {
      await client.query('commit');
      client.release();
    } catch (error) {
      client.release(error as Error);
    }
  }

  async #inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    this.#client ??= this.#begin();
    let client: pg.PoolClient;
    try {
      client = await this.#client;
    } catch (error) {
      this.#client = null;
      throw error;
    }
    try {
      return await work(clientForWork(client));
    } catch (error) {
      this.#client = null;
      await client.query('rollback').catch(() => undefined);
      client.release();
      throw error;
    }
  }

  async #begin(): Promise<pg.PoolClient> {
    const client = await poolForTenant(this.#pool, this.tenantId).connect();
    try {
      await client.query(openTransactionSql(this.tenantId));
      return client;
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
  }
}
