import type { UiExtensionPoint } from '@ucos/plugin-sdk/ui-schema';
import { extensionsOf } from './extensions.ts';
import { type UiHost, UiSchemaView } from './render.tsx';

/**
 * The extensions of a point on a page (product, order, customer panel, dashboard widget): one
 * section each, in their order; nothing at all when the flag is off or none is enabled.
 */
export async function ExtensionPanels({
  point,
  viewer,
  host,
}: {
  point: UiExtensionPoint;
  viewer: { scopes: readonly string[]; user?: { id: string } | null };
  host: UiHost;
}) {
  const extensions = await extensionsOf(point, viewer, host.returnTo);
  if (!extensions.length) return null;
  return (
    <>
      {extensions.map((extension) => (
        <section
          key={extension.id}
          className="card"
          aria-label={extension.title}
          data-testid="ui-extension"
          data-ui-point={point}
        >
          <h2>{extension.title}</h2>
          <UiSchemaView extensionId={extension.id} schema={extension.schema} host={host} />
        </section>
      ))}
    </>
  );
}
