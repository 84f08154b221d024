import { type InternalVariantSnapshotsQuery, VariantSnapshots } from '@ucos/internal-clients/catalog';
import { encodeGlobalId, type InternalClient, referenceUuid } from '@ucos/kit';

/** What an order line keeps of the variant it orders, as it was when the line was written. */
export interface VariantSnapshot {
  variantId: string;
  sku: string;
  description: string;
}

export interface CatalogPort {
  /** the variants catalog knows among these (another tenant's or a deleted one is missing) */
  snapshots(tenantId: string, variantIds: readonly string[]): Promise<Map<string, VariantSnapshot>>;
}

type Answer = InternalVariantSnapshotsQuery['_entities'][number];
type VariantAnswer = Extract<NonNullable<Answer>, { sku: string }>;
const isVariant = (answer: Answer): answer is VariantAnswer => answer !== null && 'sku' in answer;

/** SKU and title from the catalog subgraph, one call for every variant of the request (a query: retried). */
export function catalogSnapshots(client: InternalClient): CatalogPort {
  return {
    async snapshots(tenantId, variantIds) {
      const result = new Map<string, VariantSnapshot>();
      const unique = [...new Set(variantIds)];
      for (let start = 0; start < unique.length; start += 500) {
        const chunk = unique.slice(start, start + 500);
        const { _entities } = await client.request(
          VariantSnapshots,
          {
            representations: chunk.map((id) => ({
              __typename: 'ProductVariant',
              id: encodeGlobalId('ProductVariant', id),
            })),
          },
          { caller: 'procurement', tenantId, scopes: ['catalog:read'] },
        );
        for (const answer of _entities) {
          if (!isVariant(answer)) continue;
          const variantId = referenceUuid(answer.id, 'ProductVariant');
          if (!variantId) continue;
          const product = answer.product?.title ?? '';
          const description = answer.title && answer.title !== product ? `${product} – ${answer.title}` : product;
          result.set(variantId, { variantId, sku: answer.sku, description: description || answer.sku });
        }
      }
      return result;
    },
  };
}
