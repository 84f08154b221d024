import 'server-only';
import type { ResultOf } from '@graphql-typed-document-node/core';
import type { UiExtensionPoint } from '@ucos/plugin-sdk/ui-schema';
import { parseUiSchema, type UiSchema } from '@ucos/plugin-sdk/ui-schema';
import { GatewayError, gql } from '../../lib/gateway.ts';
import { can } from '../../lib/scopes.ts';
import { ExtensionsOfPoint } from './documents.ts';

export const UI_EXTENSIONS_FLAG = 'admin.ui-extensions';
export const READ_EXTENSIONS = ['plugins:read', 'plugins:write'] as const;

export interface RenderableExtension {
  id: string;
  title: string;
  schema: UiSchema;
}

/**
 * The enabled extensions of a point, when the tenant's `admin.ui-extensions` flag is on for the
 * signed-in user (identity evaluates it for the caller) and the viewer may read them; none otherwise. A stored schema the SDK no longer accepts
 * is skipped rather than half-rendered.
 */
export async function extensionsOf(
  point: UiExtensionPoint,
  viewer: { scopes: readonly string[]; user?: { id: string } | null },
  returnTo: string,
): Promise<RenderableExtension[]> {
  if (!can(viewer.scopes, READ_EXTENSIONS)) return [];
  let data: ResultOf<typeof ExtensionsOfPoint>;
  try {
    data = await gql(ExtensionsOfPoint, { point }, returnTo);
  } catch (error) {
    // an extension never takes its host page down: the page shows without it
    if (error instanceof GatewayError) {
      console.error(`UI extensions of ${point} not shown: ${error.message}`);
      return [];
    }
    throw error;
  }
  if (!data.featureEnabled) return [];
  return data.uiExtensions.flatMap((extension) => {
    const parsed = parseUiSchema(point, extension.schema);
    return parsed.ok ? [{ id: extension.id, title: extension.title, schema: parsed.schema }] : [];
  });
}
