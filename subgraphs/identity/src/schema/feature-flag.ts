import { inputMutation } from '@ucos/kit';
import { builder } from '../builder.ts';
import type { IdentityErrorCode } from '../data/errors.ts';
import { deleteFlag, type FeatureFlagRow, listFlags, setFlag } from '../data/feature-flags.ts';

const FeatureFlagRef = builder.objectRef<FeatureFlagRow>('FeatureFlag').implement({
  description: 'A per-tenant switch: on/off, optionally rolled out to a stable percentage of subjects.',
  fields: (t) => ({
    key: t.exposeString('key'),
    description: t.exposeString('description', { nullable: true }),
    enabled: t.exposeBoolean('enabled'),
    percentage: t.exposeInt('percentage'),
    version: t.exposeInt('version'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryField('featureFlags', (t) =>
  t.field({
    type: [FeatureFlagRef],
    authScopes: { $any: { scope: 'identity:flags', user: true } },
    resolve: (_root, _args, context) => listFlags(context.db),
  }),
);

builder.queryField('featureEnabled', (t) =>
  t.boolean({
    description:
      'Whether a flag is on for a subject (a user, customer or session id). Unknown flags are off; percentage ' +
      'rollouts need a subject and are stable per subject. Any caller of the tenant may ask (a storefront key ' +
      'too); the answer may lag a change by a few seconds.',
    authScopes: { tenant: true },
    args: { key: t.arg.string({ required: true }), subject: t.arg.string() },
    resolve: (_root, { key, subject }, context) =>
      context.flags.isEnabled(context.auth.tenantId!, key, subject ?? context.auth.subject),
  }),
);

const FeatureFlagSetInput = builder.inputType('FeatureFlagSetInput', {
  fields: (t) => ({
    key: t.string({ required: true }),
    description: t.string(),
    enabled: t.boolean({ required: true }),
    percentage: t.int({ description: '0 to 100; defaults to 100 (everyone when enabled)' }),
    version: t.int({ description: 'The version you read (0 for a new flag); omit to overwrite' }),
  }),
});

inputMutation(builder, 'featureFlagSet', {
  input: FeatureFlagSetInput,
  payload: {
    codes: ['CONFLICT', 'INVALID_INPUT'] satisfies IdentityErrorCode[],
    field: 'featureFlag',
    type: FeatureFlagRef,
  },
  authScopes: { scope: 'identity:flags' },
  run: async (context, input) => {
    const result = await setFlag(context.db, input);
    // this process answers with the change at once; others on `identity.feature_flag.changed`
    if (result.ok) context.flags.invalidate(context.auth.tenantId!);
    if (result.ok) context.auditTargets.set('featureFlagSet', { type: 'FeatureFlag', id: result.value.key });
    return result;
  },
  fields: (featureFlag) => ({ featureFlag }),
});

const FeatureFlagDeleteInput = builder.inputType('FeatureFlagDeleteInput', {
  fields: (t) => ({ key: t.string({ required: true }) }),
});

inputMutation(builder, 'featureFlagDelete', {
  input: FeatureFlagDeleteInput,
  payload: { codes: ['NOT_FOUND'] satisfies IdentityErrorCode[], field: 'deletedKey', type: 'String' },
  authScopes: { scope: 'identity:flags' },
  run: async (context, input) => {
    const result = await deleteFlag(context.db, input.key);
    if (result.ok) context.flags.invalidate(context.auth.tenantId!);
    return result;
  },
  fields: ({ key }) => ({ deletedKey: key }),
});
