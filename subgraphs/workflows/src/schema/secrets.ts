import { inputMutation, maxLength } from '@ucos/kit';
import { builder } from '../builder.ts';
import {
  deleteSecret,
  listSecrets,
  MAX_SECRET_LENGTH,
  SECRET_ERROR_CODES,
  type SecretErrorCode,
  type SecretRow,
  setSecret,
} from '../data/secrets.ts';
import { dbOf, manage } from './access.ts';

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

inputMutation(builder, 'workflowSecretSet', {
  input: WorkflowSecretSetInput,
  payload: { codes: ['INVALID_INPUT'] satisfies SecretErrorCode[], field: 'secret', type: SecretRef },
  authScopes: manage,
  description: 'Creates or replaces a secret; the answer names it, never its value',
  run: (context, input) => setSecret(dbOf(context), context.deps.secretKey, context.auth.subject ?? null, input),
  fields: (secret) => ({ secret }),
});

const WorkflowSecretDeleteInput = builder.inputType('WorkflowSecretDeleteInput', {
  fields: (t) => ({ name: t.string({ required: true, ...maxLength(64) }) }),
});

inputMutation(builder, 'workflowSecretDelete', {
  input: WorkflowSecretDeleteInput,
  payload: {
    codes: SECRET_ERROR_CODES.filter((code) => code === 'NOT_FOUND'),
    fields: (t) => ({ name: t.string({ nullable: true, resolve: (payload) => payload.name ?? null }) }),
  },
  authScopes: manage,
  description: 'Deletes a secret; webhook steps naming it fail until it is set again',
  run: (context, input) => deleteSecret(dbOf(context), input.name),
  fields: (deleted) => ({ name: deleted.name }),
});
