import { notFound } from 'next/navigation';
import { extensionsOf } from '../../../../components/ui-schema/extensions.ts';
import { UiSchemaView } from '../../../../components/ui-schema/render.tsx';
import { requireViewer } from '../../../../lib/viewer.ts';

export const metadata = { title: 'Extension' };

/** The page of a NAV_PAGE extension: its schema, with no object to read from. */
export default async function ExtensionPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const here = `/extensions/${encodeURIComponent(id)}`;
  const viewer = await requireViewer(here);
  const page = (await extensionsOf('NAV_PAGE', viewer, here)).find((extension) => extension.id === id);
  if (!page) notFound();
  return (
    <>
      <h1>{page.title}</h1>
      <section className="card" data-testid="ui-extension" data-ui-point="NAV_PAGE">
        <UiSchemaView extensionId={page.id} schema={page.schema} host={{ data: {}, returnTo: here }} />
      </section>
    </>
  );
}
