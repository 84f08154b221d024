import { badUserInput, CURSOR_KEYS, encodeGlobalId, localUuid, optionalLocalUuid, pageOf } from '@ucos/kit';
import { FACETABLE_CUSTOM_FIELD_TYPES, visibleCustomFields } from '@ucos/kit/custom-fields';
import { builder, MoneyRef, READ_SCOPES } from '../builder.ts';
import type { CatalogContext } from '../context.ts';
import { offsetConnection } from '../data/paging.ts';
import type { ProductRow } from '../data/products-store.ts';
import { SEARCH_SORTS, type SearchPart, type SearchResult, searchProducts } from '../data/search-store.ts';
import { activeDefinitions } from './custom-fields.ts';
import { pricingGroupOf } from './loaders.ts';
import { ProductRef, ProductStatusEnum } from './product-types.ts';
import { selectedFields } from './selection.ts';

type Facets = SearchResult['facets'];

const CategoryFacet = builder.objectRef<Facets['categories'][number]>('CategoryFacet').implement({
  fields: (t) => ({
    id: t.id({ resolve: (facet) => encodeGlobalId('Category', facet.id) }),
    name: t.exposeString('name'),
    path: t.exposeString('path'),
    count: t.exposeInt('count'),
  }),
});
const AttributeValueFacet = builder
  .objectRef<Facets['attributes'][number]['values'][number]>('AttributeValueFacet')
  .implement({ fields: (t) => ({ value: t.exposeString('value'), count: t.exposeInt('count') }) });
const AttributeFacet = builder.objectRef<Facets['attributes'][number]>('AttributeFacet').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    values: t.field({ type: [AttributeValueFacet], resolve: (facet) => facet.values }),
  }),
});
const InStockFacet = builder.objectRef<Facets['inStock']>('InStockFacet').implement({
  fields: (t) => ({ count: t.exposeInt('count', { description: 'Matching products with stock available' }) }),
});
const PriceRangeFacet = builder.objectRef<NonNullable<Facets['priceRange']>>('PriceRangeFacet').implement({
  fields: (t) => ({
    min: t.field({ type: MoneyRef, resolve: (range) => ({ amount: range.min, currency: range.currency }) }),
    max: t.field({ type: MoneyRef, resolve: (range) => ({ amount: range.max, currency: range.currency }) }),
  }),
});
const CustomFieldFacet = builder.objectRef<Facets['customFields'][number]>('CustomFieldFacet').implement({
  description: 'Counts of the values of one ENUM or BOOLEAN custom field among the matches',
  fields: (t) => ({
    key: t.exposeString('key'),
    values: t.field({ type: [AttributeValueFacet], resolve: (facet) => facet.values }),
  }),
});
const SearchFacets = builder.objectRef<Facets>('ProductSearchFacets').implement({
  description: 'Counts over every matching product (all pages), after the filters.',
  fields: (t) => ({
    categories: t.field({ type: [CategoryFacet], resolve: (facets) => facets.categories }),
    attributes: t.field({ type: [AttributeFacet], resolve: (facets) => facets.attributes }),
    inStock: t.field({ type: InStockFacet, resolve: (facets) => facets.inStock }),
    priceRange: t.field({
      type: PriceRangeFacet,
      nullable: true,
      description: 'Cheapest and dearest "from" price; needs filter.currency',
      resolve: (facets) => facets.priceRange,
    }),
    customFields: t.field({
      type: [CustomFieldFacet],
      description: 'Every ENUM and BOOLEAN custom field the caller may see that the matches have values of',
      resolve: (facets) => facets.customFields,
    }),
  }),
});

type SearchConnectionShape = ReturnType<typeof offsetConnection<ProductRow & { fromPrice: number | null }>> & {
  facets: Facets;
  currency: string | null;
};
const SearchConnection = builder.connectionObject<typeof ProductRef, SearchConnectionShape>(
  {
    type: ProductRef,
    name: 'ProductSearchConnection',
    fields: (t) => ({
      totalCount: t.exposeInt('totalCount'),
      facets: t.field({ type: SearchFacets, resolve: (connection) => connection.facets }),
    }),
  },
  { name: 'ProductSearchEdge' },
);

const AttributeFilter = builder.inputType('AttributeFilter', {
  fields: (t) => ({ name: t.string({ required: true }), values: t.stringList({ required: true }) }),
});

const CustomFieldFilter = builder.inputType('CustomFieldFilter', {
  description:
    "Products whose value of this field is one of `values`: the value stored, or the field's default for a product that stored none",
  fields: (t) => ({
    key: t.string({ required: true, description: 'An ENUM or BOOLEAN custom field' }),
    values: t.stringList({ required: true, description: 'Canonical strings (true/false for a BOOLEAN)' }),
  }),
});

const SearchFilter = builder.inputType('ProductSearchFilter', {
  fields: (t) => ({
    categoryId: t.id({ description: 'This category or any below it' }),
    categoryIds: t.idList({
      description:
        'Any of these categories or any below them (OR within the facet; with `categoryId`, any of all of them); at most 50',
    }),
    priceMin: t.field({ type: 'MinorUnits', description: 'Minor units of `currency`, against the cheapest variant' }),
    priceMax: t.field({ type: 'MinorUnits' }),
    currency: t.string({ description: 'Needed by price filters, PRICE_* sorts and the price facet' }),
    customerGroup: t.string({ description: 'Prices for this group (callers with catalog:read only)' }),
    attributes: t.field({ type: [AttributeFilter], description: 'Each attribute must have one of its values' }),
    inStock: t.boolean(),
    customFields: t.field({ type: [CustomFieldFilter], description: 'Each field must have one of its values' }),
    status: t.field({ type: ProductStatusEnum, description: 'Storefront keys always get ACTIVE' }),
  }),
});

/** More categories than a facet lists at once is not a shopper's choice: refused, not silently cut. */
const MAX_CATEGORY_IDS = 50;

/** The chosen categories' local ids; a malformed one is BAD_USER_INPUT naming its place in the list. */
function categoryUuids(ids: readonly string[] | null | undefined): string[] | null {
  if (!ids) return null;
  if (ids.length > MAX_CATEGORY_IDS) {
    throw badUserInput(`at most ${MAX_CATEGORY_IDS} categories at once`, ['filter', 'categoryIds']);
  }
  return ids.map((id, index) => localUuid(id, 'Category', ['filter', 'categoryIds', String(index)]));
}

const SearchSortEnum = builder.enumType('ProductSearchSort', { values: SEARCH_SORTS });

/** Only what the operation selects is computed: each facet and the total cost work over every match. */
function searchPartsOf(info: Parameters<typeof selectedFields>[0]): Set<SearchPart> {
  const connection = selectedFields(info);
  const facets = selectedFields(info, ['facets']);
  const parts = new Set<SearchPart>();
  if (connection.has('edges') || connection.has('pageInfo')) parts.add('rows');
  if (connection.has('totalCount')) parts.add('total');
  for (const facet of ['categories', 'attributes', 'inStock', 'priceRange', 'customFields'] as const) {
    if (facets.has(facet)) parts.add(facet);
  }
  return parts;
}

/** The ENUM and BOOLEAN custom fields the caller may filter and facet on. */
const facetableFields = async (context: CatalogContext) =>
  visibleCustomFields(await activeDefinitions(context), context.seesEverything).filter((definition) =>
    FACETABLE_CUSTOM_FIELD_TYPES.includes(definition.type),
  );

builder.queryField('productSearch', (t) =>
  t.connection(
    {
      type: ProductRef,
      description:
        'Full-text (title weighs more than description) plus trigram typo tolerance, filters and facets. ' +
        'Storefront keys search ACTIVE products only.',
      authScopes: READ_SCOPES,
      args: {
        query: t.arg.string(),
        filter: t.arg({ type: SearchFilter }),
        sort: t.arg({ type: SearchSortEnum, defaultValue: 'RELEVANCE' }),
      },
      resolve: async (_root, args, context, info) => {
        const page = pageOf(args, CURSOR_KEYS.position);
        const filter = args.filter ?? {};
        const parts = searchPartsOf(info);
        const facetable =
          parts.has('customFields') || filter.customFields?.length ? await facetableFields(context) : [];
        for (const [index, field] of (filter.customFields ?? []).entries()) {
          if (!facetable.some((definition) => definition.key === field.key)) {
            throw badUserInput(`${field.key} is not an ENUM or BOOLEAN custom field`, [
              'filter',
              'customFields',
              String(index),
              'key',
            ]);
          }
        }
        const result = await searchProducts(context.db, {
          parts,
          customFieldFacets: facetable,
          query: args.query,
          sort: args.sort ?? 'RELEVANCE',
          page,
          activeOnly: !context.seesEverything,
          filter: {
            ...filter,
            status: context.seesEverything ? (filter.status ?? null) : null,
            categoryId: optionalLocalUuid(filter.categoryId, 'Category', ['filter', 'categoryId']),
            categoryIds: categoryUuids(filter.categoryIds),
            customerGroup: await pricingGroupOf(context, filter.customerGroup),
          },
        });
        return {
          ...offsetConnection(result.rows, page, result.offset, result.totalCount),
          facets: result.facets,
          currency: filter.currency ?? null,
        };
      },
    },
    SearchConnection,
  ),
);
