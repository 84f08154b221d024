import { badUserInput, encodeGlobalId, maxLength, tenantRequired } from '@ucos/kit';
import { builder } from '../builder.ts';
import { definitionsMatching } from '../data/matching.ts';

const WorkflowMatchRef = builder.objectRef<{ id: string; name: string; version: number }>('WorkflowMatch').implement({
  description: 'An enabled workflow an event would start',
  fields: (t) => ({
    id: t.id({ resolve: (row) => encodeGlobalId('Workflow', row.id) }),
    name: t.exposeString('name'),
    version: t.exposeInt('version'),
  }),
});

builder.queryField('workflowsMatching', (t) =>
  t.field({
    type: [WorkflowMatchRef],
    description:
      'The enabled workflows an event of this type and payload would start now (trigger type and filter, as the engine evaluates them). Procurement asks it before approving a purchase order by rule.',
    authScopes: { scope: 'workflows:manage' },
    args: {
      eventType: t.arg.string({ required: true }),
      payload: t.arg.string({ required: true, ...maxLength(100_000) }),
    },
    resolve: async (_root, { eventType, payload }, context) => {
      const tenantId = context.auth.tenantId;
      if (!tenantId) throw tenantRequired();
      let parsed: unknown;
      try {
        parsed = JSON.parse(payload);
      } catch {
        throw badUserInput('payload is not JSON', ['payload']);
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw badUserInput('payload must be a JSON object', ['payload']);
      }
      const matches = await definitionsMatching(
        context.deps.unitOfWork(tenantId),
        eventType,
        parsed as Record<string, unknown>,
      );
      return matches.map(({ id, name, version }) => ({ id, name, version }));
    },
  }),
);
