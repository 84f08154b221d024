import { can } from '../../../../lib/scopes.ts';
import { requireViewer } from '../../../../lib/viewer.ts';
import { ProductForm } from '../product-form.tsx';

export const metadata = { title: 'New product' };

export default async function NewProductPage() {
  const viewer = await requireViewer('/catalog/new');
  return (
    <>
      <h1>New product</h1>
      <div className="card">
        <ProductForm canWrite={can(viewer.scopes, 'catalog:write')} />
      </div>
    </>
  );
}
