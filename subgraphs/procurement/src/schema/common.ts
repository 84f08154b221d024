import type { InputObjectRef, ObjectRef } from '@pothos/core';
import {
  type Connection,
  type CursorKey,
  connectionType,
  inputMutation,
  type Page,
  pageOf,
  rules,
  tenantRequired,
} from '@ucos/kit';
import { z } from 'zod';
import { builder } from '../builder.ts';
import type { ProcurementContext } from '../context.ts';
import { type ProcurementErrorCode, type ProcurementResult, procurementFail } from '../data/errors.ts';
import type { Actor } from '../data/receipts.ts';
import type { TenantDb } from '../db.ts';

export const manage = { scope: 'procurement:manage' } as const;
export const approve = { scope: 'procurement:approve' } as const;

/**
 * The caller's tenant database. Its plain reads share the request's one read transaction (the kit's
 * `RequestReads`): a page of orders with its count, lines and suppliers pays one pool checkout,
 * `begin` and `commit` instead of one per loader batch — the round trips, not the statements, were
 * most of the list's cost. Writes (`tx`) keep their own transaction.
 */
export function dbOf(context: ProcurementContext): TenantDb {
  const tenantId = context.auth.tenantId;
  if (!tenantId) throw tenantRequired();
  return context.deps.unitOfWork(tenantId).readingThrough(context.reads);
}

/** who did it, as the history and the `*_by` columns record it: the staff user or the service */
export const actorOf = (context: ProcurementContext) => context.auth.subject ?? null;

/** who posted it, as the receipt, the bill, the order's history and the audit record it */
export const actorOfContext = (context: ProcurementContext): Actor => ({
  kind: context.auth.kind,
  id: context.auth.subject ?? null,
});

type Types = typeof builder.$inferSchemaTypes;

/**
 * A mutation on one receiving or billing document: its store work runs as the caller on the tenant's
 * database, and its payload answers the document it returns (`<Mutation>Payload { receipt }`).
 */
export function documentMutation<Input, Row>(
  field: string,
  spec: {
    input: InputObjectRef<Types, Input>;
    /** the payload's field and type for the document */
    answer: { field: string; type: ObjectRef<Types, Row> };
    codes: readonly ProcurementErrorCode[];
    authScopes: typeof manage | typeof approve;
    description: string;
    run(db: TenantDb, actor: Actor, input: Input): Promise<ProcurementResult<Row>>;
  },
): void {
  inputMutation(builder, field, {
    input: spec.input,
    payload: { codes: spec.codes, field: spec.answer.field, type: spec.answer.type },
    authScopes: spec.authScopes,
    description: spec.description,
    run: (context, input) => spec.run(dbOf(context), actorOfContext(context), input),
    fields: (row) => ({ [spec.answer.field]: row }),
  });
}

/**
 * `field(filter: <Filter>, first, after): <Name>Connection!` for procurement's staff: a page of the
 * tenant's rows the filter picks (all of them without one), in the order of the cursor key.
 */
export function filteredList<Filter, Row, Key extends CursorKey>(
  field: string,
  spec: {
    type: ObjectRef<Types, Row>;
    /** names `<connection>Connection` and `<connection>Edge` */
    connection: string;
    filter: InputObjectRef<Types, Filter>;
    cursor: Key;
    description: string;
    list(db: TenantDb, filter: Filter | null | undefined, page: Page<Key>): Promise<Connection<Row>>;
  },
): void {
  const connection = connectionType(builder, spec.connection, spec.type);
  builder.queryField(field, (t) =>
    t.connection(
      {
        type: spec.type,
        description: spec.description,
        authScopes: manage,
        args: { filter: t.arg({ type: spec.filter }) },
        // Pothos cannot resolve a generic input's argument type: the filter is the spec's
        resolve: (_root, args, context) =>
          spec.list(dbOf(context), (args as { filter?: Filter | null }).filter, pageOf(args, spec.cursor)),
      },
      connection,
    ),
  );
}

/** A document of at most `max` lines: more is TOO_MANY_ITEMS on `input.lines`, before any work. */
export async function withinLineLimit<Row>(
  lines: readonly unknown[],
  max: number,
  work: () => Promise<ProcurementResult<Row>>,
): Promise<ProcurementResult<Row>> {
  if (lines.length > max) return procurementFail('TOO_MANY_ITEMS', `At most ${max} lines`, ['input', 'lines']);
  return work();
}

export const percentRule = rules.rule(z.number().min(0).max(1000, 'At most 1000 %'), 'INVALID_INPUT');
