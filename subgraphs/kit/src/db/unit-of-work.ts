import type pg from 'pg';
import { announceDataChange } from '../data-changes.ts';
import { fail, ok, type PayloadError, payloadError, type Result } from '../errors.ts';
import type { DeliveryMeta, EventHandler } from '../events/bus.ts';
import { createEnvelope, type EventEnvelope, type JsonValue } from '../events/event.ts';
import { enqueueEvent, type OutboxExecutor } from '../events/outbox.ts';
import { qualified } from '../events/schema-name.ts';
import { createLogger } from '../logger.ts';
import { withTenantClient } from './pg-tenant.ts';
import type { RawExecutor, TransactionalClient } from './prisma-tenant.ts';
import { TenantDatabase } from './prisma-tenant.ts';

/** An aggregate type, in the one casing every event uses: PascalCase (`Order`, `PriceList`). */
export type AggregateType = Capitalize<string>;

const AGGREGATE_TYPE = /^[A-Z][A-Za-z0-9]*$/;

/** What an event's payload may hold: the JSON that reaches consumers. */
export type EventPayload = { [key: string]: JsonValue } | object;

/** One entry of a domain's event catalogue: its aggregate, its version, and (in the type only) its payload. */
export interface EventSpec<Payload extends EventPayload = EventPayload> {
  readonly aggregate: AggregateType;
  readonly version: number;
  /** false: published at the relay's next poll, not kicked right after the commit (see `event`) */
  readonly prompt: boolean;
  /** never set: carries the payload type to `tx.emit` */
  readonly payload?: Payload;
}

export interface EventOptions {
  /** bumped when the payload changes incompatibly; default 1 */
  version?: number;
  /**
   * Default true: the commit kicks the relay, so the event is published within milliseconds. False
   * for an event whose consumer's work must not follow the request that caused it (identity's
   * account mail: the mail work would otherwise time the request after it, telling whether the
   * address has an account); it goes out at the relay's next poll.
   */
  prompt?: boolean;
}

/** Declares one event of a catalogue: `'orders.order.created': event<OrderCreatedPayload>('Order')`. */
export function event<Payload extends EventPayload>(
  aggregate: AggregateType,
  options: EventOptions = {},
): EventSpec<Payload> {
  if (!AGGREGATE_TYPE.test(aggregate)) throw new Error(`aggregate type "${aggregate}" must be PascalCase`);
  return { aggregate, version: options.version ?? 1, prompt: options.prompt ?? true };
}

/** A domain's events, by type (`<domain>.<aggregate>.<what happened>`). */
export type EventCatalogue = Record<string, EventSpec>;

export type PayloadOf<Spec> = Spec extends EventSpec<infer Payload> ? Payload : never;

/**
 * Checks a domain's catalogue once, where it is declared: every type belongs to `domain`, so a
 * domain cannot publish under another's subjects.
 */
export function defineEvents<Catalogue extends EventCatalogue>(domain: string, catalogue: Catalogue): Catalogue {
  for (const type of Object.keys(catalogue)) {
    if (!type.startsWith(`${domain}.`)) throw new Error(`event "${type}" is not in domain "${domain}"`);
  }
  return catalogue;
}

/** Which business error a unique constraint stands for, and the input field it is about. */
export type UniqueErrors<Code extends string = string> = Record<string, PayloadError<Code>>;

/** The constraint of PostgreSQL's unique violation (23505), or null for any other error. */
export function uniqueViolation(error: unknown): string | null {
  const pgError = error as { code?: string; constraint?: string } | null;
  return pgError?.code === '23505' ? (pgError.constraint ?? '') : null;
}

/**
 * A business failure found deep inside a unit of work, where returning a result is awkward: thrown,
 * it rolls the unit back and becomes the unit's failed result.
 */
export class Rejection<Code extends string = string> extends Error {
  readonly errors: PayloadError<Code>[];
  constructor(errors: PayloadError<Code>[]) {
    super(errors.map((error) => error.message).join('; '));
    this.errors = errors;
  }
}

export const reject = <Code extends string>(code: Code, message: string, field: string[] | null = null): never => {
  throw new Rejection([payloadError(code, message, field)]);
};

/** What the unit of work tells after a commit that wrote events: the domain's outbox relay. */
export interface RelayKick {
  kick(): void;
}

/** An open unit of work beside its transaction's client: the tenant, and the domain's events. */
export interface UnitOfWorkTx<Catalogue extends EventCatalogue, Tenant extends string | null> {
  readonly tenantId: Tenant;
  /**
   * Writes the event to the outbox in this transaction: it is published after the commit, never if
   * the unit rolls back. `aggregateId` is a local uuid (what other domains store), not a global id.
   */
  emit<Type extends keyof Catalogue & string>(
    type: Type,
    aggregateId: string,
    payload: PayloadOf<Catalogue[Type]>,
  ): Promise<void>;
  /** Runs after a successful commit (a compensation towards another service, say); a failure is logged by the caller's hook. */
  afterCommit(step: () => Promise<void> | void): void;
}

export interface TxOptions<Code extends string> {
  /** unique violations (by constraint name) that are business errors; any other violation propagates */
  unique?: UniqueErrors<Code>;
}

/** Opens one transaction for a tenant, sets it first, commits if `work` resolves, rolls back if it throws. */
export type TransactionRunner<Client> = <T>(
  tenantId: string | null,
  work: (client: Client) => Promise<T>,
) => Promise<T>;

/** One request's reads in one transaction of its tenant (`RequestReads`). */
export interface SharedReads<Client> {
  readonly tenantId: string | null;
  run<T>(work: (client: Client) => Promise<T>): Promise<T>;
  /** ends the open read transaction, so a write never waits for a connection while holding one */
  release(): Promise<void>;
}

export interface UnitOfWorkOptions<Client, Catalogue extends EventCatalogue> {
  run: TransactionRunner<Client>;
  /** where `run` goes instead, when set (see `readingThrough`) */
  reads?: SharedReads<Client>;
  /** the schema whose outbox the events go to */
  schema: string;
  events: Catalogue;
  /** kicked after a commit that emitted events, so they are published now rather than at the next poll */
  relay?: RelayKick | null;
  /** where a failing after-commit step is reported (the change is committed; the step's failure is not the caller's) */
  onAfterCommitError?: (error: unknown) => void;
  /**
   * told after every commit of a tenant's `tx`, so gateways drop that tenant's cached answers;
   * default: the process's announcer (`announceDataChange`), which is silent unless REDIS_URL is set
   */
  announceChange?: (domain: string, tenantId: string) => void;
}

const logAfterCommitError = (error: unknown) =>
  createLogger('unit-of-work').error({ err: error }, 'a step after the commit failed');

class RolledBack<T, Code extends string> extends Error {
  readonly result: Result<T, Code>;
  constructor(result: Result<T, Code>) {
    super('unit of work failed: rolled back');
    this.result = result;
  }
}

/**
 * One tenant's unit of work. `tx(work)` runs `work` in one transaction that sets the tenant first
 * (RLS scopes every statement) and returns its result: an ok result commits, a failed one rolls back
 * everything it wrote (events included), a thrown `Rejection` or a listed unique violation rolls back
 * and becomes a failed result, anything else rolls back and propagates. After a commit that emitted
 * events the relay is kicked. `run(work)` runs plain work (reads) in one tenant transaction.
 */
export class UnitOfWork<Client, Catalogue extends EventCatalogue, Tenant extends string | null = string | null> {
  readonly tenantId: Tenant;
  readonly #options: UnitOfWorkOptions<Client, Catalogue>;

  constructor(options: UnitOfWorkOptions<Client, Catalogue>, tenantId: Tenant) {
    this.#options = options;
    this.tenantId = tenantId;
  }

  /** the schema whose outbox this unit of work writes */
  get schema(): string {
    return this.#options.schema;
  }

  /** The same unit of work acting for another tenant (sign-up creates a tenant, then works inside it). */
  as<Other extends string | null>(tenantId: Other): UnitOfWork<Client, Catalogue, Other> {
    const { reads: _shared, ...options } = this.#options;
    return new UnitOfWork(options, tenantId);
  }

  /**
   * Plain work in one tenant transaction, committed unless it throws: reads, and writes whose outcome
   * is not a business result (a session row, a counter). No events: those belong to `tx`.
   */
  run<T>(work: (client: Client) => Promise<T>): Promise<T> {
    return this.#options.reads ? this.#options.reads.run(work) : this.#options.run(this.tenantId, work);
  }

  /**
   * The same unit of work whose `run` reads go through one request's shared read transaction (the
   * kit's `RequestReads` in the context); `tx` keeps its own transaction, `as` drops the sharing.
   */
  readingThrough(reads: SharedReads<Client> | undefined): UnitOfWork<Client, Catalogue, Tenant> {
    if (!reads) return this;
    if (reads.tenantId !== this.tenantId) throw new Error('shared reads belong to another tenant');
    return new UnitOfWork({ ...this.#options, reads }, this.tenantId);
  }

  async tx<T, Code extends string>(
    work: (client: Client, tx: UnitOfWorkTx<Catalogue, Tenant>) => Promise<Result<T, Code>>,
    options: TxOptions<Code> = {},
  ): Promise<Result<T, Code>> {
    const { schema, events, relay } = this.#options;
    const tenantId = this.tenantId;
    let promptEvents = 0;
    const afterCommit: (() => Promise<void> | void)[] = [];
    let result: Result<T, Code>;
    await this.#options.reads?.release();
    try {
      result = await this.#options.run(tenantId, async (client) => {
        const tx: UnitOfWorkTx<Catalogue, Tenant> = {
          tenantId,
          emit: async (type, aggregateId, payload) => {
            const spec = events[type];
            if (!spec) throw new Error(`"${type}" is not in the ${schema} event catalogue`);
            if (tenantId === null) throw new Error(`cannot emit "${type}" without a tenant`);
            await enqueueEvent(
              client as OutboxExecutor,
              schema,
              createEnvelope({
                type,
                tenantId,
                aggregateType: spec.aggregate,
                aggregateId,
                version: spec.version,
                payload,
              }),
            );
            if (spec.prompt) promptEvents++;
          },
          afterCommit: (step) => {
            afterCommit.push(step);
          },
        };
        const outcome = await work(client, tx);
        // thrown so the runner rolls back; caught below and returned as the failed result
        if (!outcome.ok) throw new RolledBack(outcome);
        return outcome;
      });
    } catch (error) {
      if (error instanceof RolledBack) return error.result as Result<T, Code>;
      if (error instanceof Rejection) return fail(...(error.errors as PayloadError<Code>[]));
      const constraint = uniqueViolation(error);
      const known = constraint === null ? undefined : options.unique?.[constraint];
      if (known) return fail(known);
      throw error;
    }
    if (promptEvents > 0) relay?.kick();
    if (tenantId !== null) (this.#options.announceChange ?? announceDataChange)(schema, tenantId);
    for (const step of afterCommit) {
      try {
        await step();
      } catch (error) {
        // the change is committed: the step's failure is reported, not the caller's result
        (this.#options.onAfterCommitError ?? logAfterCommitError)(error);
      }
    }
    return result;
  }
}

/** A unit of work over `pg`: `client` is the transaction's `pg.PoolClient`. */
export type PgUnitOfWork<Catalogue extends EventCatalogue, Tenant extends string | null = string | null> = UnitOfWork<
  pg.PoolClient,
  Catalogue,
  Tenant
>;

export interface DomainUnitOfWorkOptions<Catalogue extends EventCatalogue> {
  schema: string;
  events: Catalogue;
  relay?: RelayKick | null;
  onAfterCommitError?: (error: unknown) => void;
}

export function pgUnitOfWork<Catalogue extends EventCatalogue, Tenant extends string | null>(
  pool: pg.Pool,
  tenantId: Tenant,
  options: DomainUnitOfWorkOptions<Catalogue>,
): PgUnitOfWork<Catalogue, Tenant> {
  return new UnitOfWork({ ...options, run: (tenant, work) => withTenantClient(pool, tenant, work) }, tenantId);
}

/** A unit of work over a subgraph's Prisma client: `client` is the interactive transaction (`tx`). */
export function prismaUnitOfWork<
  Tx extends RawExecutor,
  Catalogue extends EventCatalogue,
  Tenant extends string | null,
>(
  prisma: TransactionalClient<Tx>,
  tenantId: Tenant,
  options: DomainUnitOfWorkOptions<Catalogue>,
): UnitOfWork<Tx, Catalogue, Tenant> {
  const run: TransactionRunner<Tx> = (tenant, work) => new TenantDatabase(prisma, tenant).run(work);
  return new UnitOfWork({ ...options, run }, tenantId);
}

/** What a consumer does with one event, in the event tenant's unit of work. */
export interface ConsumerHandle<Catalogue extends EventCatalogue, Payload = JsonValue> {
  /** runs in the event tenant's unit of work; its writes and events commit with the "processed" mark */
  handle(
    envelope: EventEnvelope<Payload>,
    sql: pg.PoolClient,
    tx: UnitOfWorkTx<Catalogue, string>,
    meta: DeliveryMeta,
  ): Promise<void>;
}

export interface IdempotentConsumerOptions<Catalogue extends EventCatalogue, Payload>
  extends ConsumerHandle<Catalogue, Payload> {
  /** the consuming domain's unit of work (for any tenant: each event runs as its own) */
  unitOfWork: PgUnitOfWork<Catalogue, string | null>;
  /** the durable consumer name; the same event is applied once per consumer */
  consumer: string;
}

/**
 * An event consumer on the unit of work: the event is recorded in `processed_messages` in the same
 * transaction as the handler's writes and events, so a redelivery does nothing, a throwing handler
 * rolls everything back for the retry, and events it emits are published once it commits.
 */
export function idempotentConsumer<Catalogue extends EventCatalogue, Payload = JsonValue>(
  options: IdempotentConsumerOptions<Catalogue, Payload>,
): EventHandler<Payload> {
  const { unitOfWork, consumer } = options;
  const mark = `insert into ${qualified(unitOfWork.schema, 'processed_messages')} (tenant_id, consumer, message_id)
    values ($1::uuid, $2, $3) on conflict do nothing`;
  return async (envelope, meta) => {
    await unitOfWork.as(envelope.tenantId).tx(async (sql, tx) => {
      const inserted = await sql.query(mark, [envelope.tenantId, consumer, envelope.id]);
      if (inserted.rowCount !== 0) await options.handle(envelope, sql, tx, meta);
      return ok(null);
    });
  };
}

/** One job of a consumer that does several: the event types it takes, and what it does with one. */
export interface ConsumerPart<Catalogue extends EventCatalogue, Payload = JsonValue>
  extends ConsumerHandle<Catalogue, Payload> {
  /** event types (`orders.order.created`) this part handles; others pass it by */
  types: readonly string[];
}

export interface IdempotentConsumersOptions<Catalogue extends EventCatalogue, Payload> {
  unitOfWork: PgUnitOfWork<Catalogue, string | null>;
  /** the one durable consumer name the parts share */
  consumer: string;
  /** run in this order, each on the events of its `types`, all in the event's one unit of work */
  parts: readonly ConsumerPart<Catalogue, Payload>[];
}

/**
 * Several jobs on one durable consumer: an event that two jobs need is delivered once, opens one
 * transaction and writes one `processed_messages` mark, instead of once per job. The parts commit
 * or roll back together, so a part that throws retries the whole event (the others' writes included).
 */
export function idempotentConsumers<Catalogue extends EventCatalogue, Payload = JsonValue>(
  options: IdempotentConsumersOptions<Catalogue, Payload>,
): EventHandler<Payload> {
  const { parts } = options;
  return idempotentConsumer<Catalogue, Payload>({
    unitOfWork: options.unitOfWork,
    consumer: options.consumer,
    handle: async (envelope, sql, tx, meta) => {
      for (const part of parts) {
        if (part.types.includes(envelope.type)) await part.handle(envelope, sql, tx, meta);
      }
    },
  });
}

/** The event types a consumer of these parts subscribes to, each once. */
export const partTypes = (parts: readonly { types: readonly string[] }[]): string[] => [
  ...new Set(parts.flatMap((part) => part.types)),
];
