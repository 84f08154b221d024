import { CURSOR_KEYS, connectionType, encodeGlobalId, pageOf } from '@ucos/kit';
import { builder } from '../builder.ts';
import { type AuditEventRow, listAuditEvents } from '../data/audit.ts';

/** What the audit view shows of a row (the tenant is the caller's). */
type AuditRow = Omit<AuditEventRow, 'tenantId'>;

const AuditOutcome = builder.enumType('AuditOutcome', {
  values: { SUCCESS: { value: 'success' }, FAILURE: { value: 'failure' } } as const,
});

const AuditEventRef = builder.objectRef<AuditRow>('AuditEvent').implement({
  description: 'One mutation: who ran it, on what, when, and how it ended.',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('AuditEvent', row.id) }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    actorKind: t.exposeString('actorKind', { description: 'user, api_key, publishable_key, service or anonymous' }),
    actorId: t.exposeString('actorId', { nullable: true }),
    operation: t.exposeString('operation'),
    targetType: t.exposeString('targetType', { nullable: true }),
    targetId: t.exposeString('targetId', { nullable: true }),
    outcome: t.field({ type: AuditOutcome, resolve: (row) => row.outcome as 'success' | 'failure' }),
    errorCode: t.exposeString('errorCode', { nullable: true }),
    requestId: t.exposeString('requestId', { nullable: true }),
  }),
});

const AuditEventConnection = connectionType(builder, 'AuditEvent', AuditEventRef);

const AuditEventFilter = builder.inputType('AuditEventFilter', {
  fields: (t) => ({
    operation: t.string(),
    outcome: t.field({ type: AuditOutcome }),
    actorId: t.string(),
  }),
});

builder.queryField('auditEvents', (t) =>
  t.connection(
    {
      type: AuditEventRef,
      description: "The tenant's audit trail of identity mutations, newest first.",
      authScopes: { scope: 'audit:read' },
      args: { filter: t.arg({ type: AuditEventFilter }) },
      resolve: (_root, args, context) =>
        listAuditEvents(context.db, pageOf(args, CURSOR_KEYS.instant), args.filter ?? {}),
    },
    AuditEventConnection,
  ),
);
