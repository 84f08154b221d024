import { maxLength, payloadType, tenantRequired, toPayload } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { WorkflowsContext } from '../context.ts';
import {
  deleteSecret,
  listSecrets,
  MAX_SECRET_LENGTH,
  SECRET_ERROR_CODES,
  type SecretErrorCode,
  type SecretRow,
  setSecret,
} from '../data/secrets.ts';

const manage = { scope: 'workflows:manage' } as const;

const dbOf = (context: WorkflowsContext) => {
  const tenantId = context.auth.tenantId;
  if (!tenantId) throw tenantRequired();
  return context.deps.unitOfWork(tenantId);
};

const SecretRef = builder.objectRef<SecretRow>('WorkflowSecret').implement({
  description:
    'A secret the tenant’s workflows may use (`secret: "{{ secrets.NAME }}"` in a webhook step). Write-only: its value is never answered.',
  fields: (t) => ({
    name: t.exposeString('name'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    updatedBy: t.exposeString('updatedBy', { nullable: true, description: 'Who set it last (a subject id)' }),
  }),
});

builder.queryField('workflowSecrets', (t) =>
  t.field({
    type: [SecretRef],
    description: 'The tenant’s workflow secrets, by name (never their values)',
    authScopes: manage,
    resolve: (_root, _args, context) => listSecrets(dbOf(context)),
  }),
);

const WorkflowSecretSetInput = builder.inputType('WorkflowSecretSetInput', {
  fields: (t) => ({
    name: t.string({
      required: true,
      ...maxLength(64, 'Upper-case letters, digits and underscores, starting with a letter'),
    }),
    value: t.string({ required: true, ...maxLength(MAX_SECRET_LENGTH, 'Stored encrypted; never answered') }),
  }),
});

const WorkflowSecretSetPayload = payloadType(builder, 'WorkflowSecretSet', {
  codes: ['INVALID_INPUT'] satisfies SecretErrorCode[],
  field: 'secret',
  type: SecretRef,
});

builder.mutationField('workflowSecretSet', (t) =>
  t.field({
    type: WorkflowSecretSetPayload,
    description: 'Creates or replaces a secret; the answer names it, never its value',
    authScopes: manage,
    args: { input: t.arg({ type: WorkflowSecretSetInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(
        await setSecret(dbOf(context), context.deps.secretKey, context.auth.subject ?? null, input),
        (secret) => ({ secret }),
      ),
  }),
);

const WorkflowSecretDeleteInput = builder.inputType('WorkflowSecretDeleteInput', {
  fields: (t) => ({ name: t.string({ required: true, ...maxLength(64) }) }),
});

const WorkflowSecretDeletePayload = payloadType(builder, 'WorkflowSecretDelete', {
  codes: SECRET_ERROR_CODES.filter((code) => code === 'NOT_FOUND'),
  fields: (t) => ({ name: t.string({ nullable: true, resolve: (payload) => payload.name ?? null }) }),
});

builder.mutationField('workflowSecretDelete', (t) =>
  t.field({
    type: WorkflowSecretDeletePayload,
    description: 'Deletes a secret; webhook steps naming it fail until it is set again',
    authScopes: manage,
    args: { input: t.arg({ type: WorkflowSecretDeleteInput, required: true }) },
    resolve: async (_root, { input }, context) =>
      toPayload(await deleteSecret(dbOf(context), input.name), (deleted) => ({ name: deleted.name })),
  }),
);
