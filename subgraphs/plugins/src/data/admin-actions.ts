import { decodeGlobalId, fail, type Logger, ok, onceForKey } from '@ucos/kit';
import type { AdminActionInput, AdminActionObjectType, PluginOutcome } from '@ucos/plugin-sdk';
import { type UiExtensionPoint, uiActionReferences } from '@ucos/plugin-sdk/ui-schema';
import { one, type TenantDb } from '../db.ts';
import type { PluginsDeps } from '../deps.ts';
import { SCHEMA } from '../deps.ts';
import { type PluginsResult, pluginsError, pluginsFail } from './errors.ts';
import { type HookInstallationRow, hookInstallationsIn } from './hooks.ts';
import type { UiExtensionRow } from './rows.ts';
import { recordRun, runInstallation } from './run-plugin.ts';

/**
 * Buttons bound to a plugin's admin actions (issue 15 §4): a member clicks a button of a UI extension
 * (`{ "type": "button", "action": { "plugin"?, "name" } }`), the admin calls `pluginActionRun`, and the
 * plugin's `admin.action` hook runs in the sandbox with the hook's timeout and failure policy, through
 * the same path as every other run here (`run-plugin.ts`: metrics, logs, the call log, the failure
 * streak). What it answers (a message and a status) is shown next to the button.
 */

export interface AdminActionRunInput {
  extensionId: string;
  action: string;
  /** the page's object (a global id), for an extension on a product, order or customer page */
  objectId: string | null;
  idempotencyKey: string | null;
}

export interface AdminActionResult {
  plugin: string;
  action: string;
  status: 'success' | 'failure';
  message: string;
}

/** The object a point's page shows, and the global id type it has. */
const POINT_OBJECTS: Record<UiExtensionPoint, { type: AdminActionObjectType; typeName: string } | null> = {
  PRODUCT_PANEL: { type: 'product', typeName: 'Product' },
  ORDER_PANEL: { type: 'order', typeName: 'Order' },
  CUSTOMER_PANEL: { type: 'customer', typeName: 'Customer' },
  DASHBOARD_WIDGET: null,
  NAV_PAGE: null,
  // a form layout holds a form block only, never a button
  PRODUCT_FORM: null,
  CUSTOMER_FORM: null,
  ORDER_FORM: null,
  SUPPLIER_FORM: null,
};

/** What a member reads when the plugin could not answer under the `allow` policy. */
export const ACTION_UNAVAILABLE = 'The plugin could not answer right now. Please try again in a moment.';

const FIELD_EXTENSION = ['input', 'extensionId'];
const FIELD_ACTION = ['input', 'action'];
const FIELD_OBJECT = ['input', 'objectId'];

const EXTENSION_COLUMNS = `id, point, title, schema, position, enabled, installation_id as "installationId", declared,
  created_at as "createdAt", updated_at as "updatedAt"`;

/**
 * Runs the action once per idempotency key: a replay answers the first result without running the
 * plugin again. The plugin runs inside the key's claim (so a concurrent duplicate waits for it), for
 * at most the hook's timeout; its call is logged after the claim committed or rolled back. A plugin
 * failure is not stored under the key, so the member may try again with it: under `refuse` it is the
 * error `PLUGIN_FAILED`, under `allow` the answer `failure` with a general message.
 */
export async function runAdminAction(
  deps: Pick<PluginsDeps, 'disableAfterFailures' | 'logRetention'>,
  db: TenantDb,
  logger: Logger,
  input: AdminActionRunInput,
): Promise<PluginsResult<AdminActionResult>> {
  const ran: { installation?: HookInstallationRow; outcome?: PluginOutcome<'admin.action'> } = {};
  const result = await db.tx((sql, tx) =>
    onceForKey(
      sql,
      tx,
      {
        schema: SCHEMA,
        key: input.idempotencyKey,
        operation: 'pluginActionRun',
        input: { extensionId: input.extensionId, action: input.action, objectId: input.objectId },
      },
      async (): Promise<PluginsResult<AdminActionResult>> => {
        const extension = await one<UiExtensionRow>(
          sql,
          `select ${EXTENSION_COLUMNS} from plugins.ui_extensions where id = $1`,
          [input.extensionId],
        );
        if (!extension) return pluginsFail('NOT_FOUND', 'No such UI extension', FIELD_EXTENSION);
        const reference = uiActionReferences(extension.schema).find((found) => found.name === input.action);
        if (!reference) {
          return pluginsFail('UNKNOWN_ACTION', `No button of this extension runs ${input.action}`, FIELD_ACTION);
        }
        if (!extension.enabled) return pluginsFail('PLUGIN_DISABLED', 'This extension is disabled', FIELD_EXTENSION);
        const object = objectOf(extension.point, input.objectId);
        if (!object.ok) return object;
        // the plugin the button names, or the one whose installation the extension belongs to
        const installation = await one<{ id: string; enabled: boolean; name: string }>(
          sql,
          `select i.id, i.enabled, p.name from plugins.installations i
             join plugins.plugins p on p.tenant_id = i.tenant_id and p.id = i.plugin_id
            where ($1::text is not null and p.name = $1) or ($1::text is null and i.id = $2::uuid)`,
          [reference.plugin ?? null, extension.installationId],
        );
        const name = reference.plugin ?? installation?.name ?? 'its plugin';
        if (!installation) return pluginsFail('PLUGIN_DISABLED', `${name} is not installed`, FIELD_ACTION);
        if (!installation.enabled) return pluginsFail('PLUGIN_DISABLED', `${name} is disabled`, FIELD_ACTION);
        const [runnable] = await hookInstallationsIn(sql, 'admin.action', installation.id);
        if (!runnable?.actions?.some((action) => action.name === input.action)) {
          return pluginsFail(
            'UNKNOWN_ACTION',
            `${name} ${runnable?.version ?? ''} declares no action ${input.action}`.replace('  ', ' '),
            FIELD_ACTION,
          );
        }
        const actionInput: AdminActionInput = {
          action: input.action,
          object: object.value,
          extension: { id: input.extensionId, point: extension.point },
        };
        const outcome = await runInstallation(db, tx.tenantId as string, logger, runnable, 'admin.action', actionInput);
        ran.installation = runnable;
        ran.outcome = outcome;
        if (!outcome.ok) {
          return pluginsFail('PLUGIN_FAILED', `${name} failed (${outcome.failure}): ${outcome.message}`, FIELD_ACTION);
        }
        return ok({
          plugin: runnable.pluginName,
          action: input.action,
          status: outcome.output.status ?? 'success',
          message: outcome.output.message,
        });
      },
    ),
  );
  const { installation, outcome } = ran;
  if (installation && outcome) {
    await recordRun(deps, db, logger, installation, 'admin.action', outcome, {
      outcome: outcome.ok && outcome.output.status === 'failure' ? 'refused' : 'allowed',
      message: outcome.ok ? outcome.output.message : null,
    });
    if (!outcome.ok && installation.failurePolicy === 'allow') {
      return ok({
        plugin: installation.pluginName,
        action: input.action,
        status: 'failure',
        message: ACTION_UNAVAILABLE,
      });
    }
  }
  return result;
}

/** The page's object the action is told about: required on a panel (of its type), none elsewhere. */
function objectOf(point: UiExtensionPoint, objectId: string | null): PluginsResult<AdminActionInput['object']> {
  const expected = POINT_OBJECTS[point];
  if (!expected) {
    return objectId ? pluginsFail('INVALID_INPUT', `${point} has no object`, FIELD_OBJECT) : ok(null);
  }
  if (!objectId) return pluginsFail('INVALID_INPUT', `The ${expected.type} the button is on`, FIELD_OBJECT);
  const decoded = decodeGlobalId(objectId);
  if (decoded?.type !== expected.typeName) {
    return fail(pluginsError('INVALID_INPUT', `The id of a ${expected.typeName}`, FIELD_OBJECT));
  }
  return ok({ type: expected.type, id: objectId });
}
