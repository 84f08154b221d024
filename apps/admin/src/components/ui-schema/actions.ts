'use server';
import { isActionButton, parseUiSchema, type UiBlock, type UiExtensionPoint } from '@ucos/plugin-sdk/ui-schema';
import { type FormState, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { formResult } from '../../lib/form-result.ts';
import { GatewayError, gql, mutate } from '../../lib/gateway.ts';
import {
  ExtensionById,
  OrderHoldPlaceFromExtension,
  PluginActionRunFromExtension,
  ProductStatusSetFromExtension,
} from './documents.ts';

/** The block at an index path such as "0.children.2", or null. */
function blockAt(blocks: UiBlock[], at: string): UiBlock | null {
  let list: UiBlock[] = blocks;
  let found: UiBlock | null = null;
  for (const segment of at.split('.')) {
    if (segment === 'children') {
      if (found?.type !== 'card') return null;
      list = found.children;
      continue;
    }
    if (!/^\d{1,3}$/.test(segment)) return null;
    found = list[Number(segment)] ?? null;
    if (!found) return null;
  }
  return found;
}

const safePath = (path: string) => (/^\/(?![/\\])/.test(path) ? path : '/');

/**
 * A button of an extension: the form names only the extension, the button's place in its schema and
 * the page's object. The mutation and its arguments come from the stored schema (read again here),
 * never from the form, so a page cannot be made to run anything outside the allow-list.
 */
export async function runExtensionButton(_: FormState, form: FormData): Promise<FormState> {
  const returnTo = safePath(text(form, 'returnTo'));
  const { uiExtension } = await gql(ExtensionById, { id: text(form, 'extensionId') }, returnTo);
  if (!uiExtension?.enabled) return { message: 'This extension is gone or disabled.' };
  const parsed = parseUiSchema(uiExtension.point as UiExtensionPoint, uiExtension.schema);
  const button = parsed.ok ? blockAt(parsed.schema.blocks, text(form, 'block')) : null;
  if (button?.type !== 'button') return { message: 'This button is no longer in the extension.' };
  const hostId = text(form, 'hostId');
  if (isActionButton(button)) {
    // the plugin's answer is the message beside the button; a refusal or a failure reads as an alert
    try {
      const { pluginActionRun } = await mutate(
        PluginActionRunFromExtension,
        {
          input: {
            extensionId: uiExtension.id,
            action: button.action.name,
            objectId: hostId || null,
            idempotencyKey: text(form, 'idempotencyKey') || null,
          },
        },
        returnTo,
      );
      if (pluginActionRun.errors.length) {
        return { message: pluginActionRun.errors.map((error) => error.message).join(' ') };
      }
      const result = pluginActionRun.result;
      if (!result) return { message: `${button.label}: no answer.` };
      if (result.status === 'FAILURE') return { message: result.message };
      revalidatePath(returnTo);
      return { ok: true, message: result.message };
    } catch (error) {
      if (error instanceof GatewayError) return { message: error.message };
      throw error;
    }
  }
  return formResult(
    async () => {
      if (button.mutation === 'productStatusSet') {
        const { productStatusSet } = await mutate(
          ProductStatusSetFromExtension,
          { input: { id: hostId, status: button.args.status, version: Number(text(form, 'hostVersion')) } },
          returnTo,
        );
        return productStatusSet.errors;
      }
      const { orderHoldPlace } = await mutate(
        OrderHoldPlaceFromExtension,
        { input: { orderId: hostId, reason: button.args.reason } },
        returnTo,
      );
      return orderHoldPlace.errors;
    },
    `${button.label}: done.`,
    { revalidate: [returnTo] },
  );
}
