import { inputMutation, localUuid, maxLength, rules, tenantRequired } from '@ucos/kit';
import { UI_ACTION_NAME } from '@ucos/plugin-sdk/ui-schema';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { type AdminActionResult, runAdminAction } from '../data/admin-actions.ts';
import { pluginsFail } from '../data/errors.ts';
import { write } from './types.ts';

const StatusEnum = builder.enumType('PluginActionStatus', {
  description: 'How the plugin says its action went',
  values: { SUCCESS: { value: 'success' }, FAILURE: { value: 'failure' } } as const,
});

const ResultRef = builder.objectRef<AdminActionResult>('PluginActionResult').implement({
  description: "What a plugin's admin action answered: the admin shows the message next to the button",
  fields: (t) => ({
    plugin: t.exposeString('plugin', { description: "The plugin's name" }),
    action: t.exposeString('action'),
    status: t.field({ type: StatusEnum, resolve: (result) => result.status }),
    message: t.exposeString('message', { description: 'Plain text, as the plugin wrote it' }),
  }),
});

const RunInput = builder.inputType('PluginActionRunInput', {
  fields: (t) => ({
    extensionId: t.id({ required: true, description: 'The UI extension whose button was clicked' }),
    action: t.string({
      required: true,
      description: "The action's name, as the button names it",
      validate: z.string().regex(UI_ACTION_NAME, 'An action name: lower case letters, digits and dashes'),
    }),
    objectId: t.id({
      required: false,
      ...maxLength(200, 'The global id of the page object (product, order, customer panels); absent elsewhere'),
    }),
    idempotencyKey: t.string({
      required: false,
      description: 'The same key answers the first result without running the action again',
      validate: rules.idempotencyKey,
    }),
  }),
});

inputMutation(builder, 'pluginActionRun', {
  input: RunInput,
  payload: {
    codes: [
      'NOT_FOUND',
      'INVALID_INPUT',
      'UNKNOWN_ACTION',
      'PLUGIN_DISABLED',
      'PLUGIN_FAILED',
      'NOT_ALLOWED',
      'IDEMPOTENCY_KEY_REUSED',
    ],
    field: 'result',
    type: ResultRef,
  },
  authScopes: write,
  description:
    "Runs a plugin's admin action from a button of a UI extension (staff members with plugins:write): the extension must be enabled, its button must name the action, the plugin installed and enabled and declaring it",
  run: async (context, input) => {
    const tenantId = context.auth.tenantId;
    if (!tenantId) throw tenantRequired();
    if (context.auth.kind !== 'user') {
      return pluginsFail('NOT_ALLOWED', 'Only a staff member runs admin actions', ['input', 'extensionId']);
    }
    // its own unit of work, not the request's read snapshot: the run writes (the key, kv, the log)
    return runAdminAction(context.deps, context.deps.unitOfWork(tenantId), context.deps.log, {
      extensionId: localUuid(input.extensionId, 'UiExtension', ['input', 'extensionId']),
      action: input.action,
      objectId: input.objectId ?? null,
      idempotencyKey: input.idempotencyKey ?? null,
    });
  },
  fields: (result) => ({ result }),
});
