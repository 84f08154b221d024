import { ProductImage } from '@ucos/ui/product-image';
import Link from 'next/link';
import { type FragmentType, graphql, readFragment } from '../../../generated/index.ts';

/** A colocated, masked fragment: only this component can read these fields. */
export const ProductRowFragment = graphql(`
  fragment CatalogProductRow_product on Product {
    id
    handle
    title
    status
    updatedAt
    media {
      url
    }
    variants {
      id
    }
  }
`);

export function ProductRow(props: { product: FragmentType<typeof ProductRowFragment> }) {
  const product = readFragment(ProductRowFragment, props.product);
  const image = product.media[0];
  return (
    <tr>
      <td>
        <span className="thumb-box" aria-hidden="true">
          {image ? <ProductImage url={image.url} alt="" width={80} height={80} sizes="40px" lazy /> : null}
        </span>
      </td>
      <td>
        <Link href={`/catalog/${encodeURIComponent(product.id)}`}>{product.title}</Link>
      </td>
      <td>
        <code>{product.handle}</code>
      </td>
      <td>
        <span className="pill">{product.status.toLowerCase()}</span>
      </td>
      <td>{product.variants.length}</td>
    </tr>
  );
}
