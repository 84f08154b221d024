import type { CustomFieldDefinition, CustomFieldValidation, CustomFieldValue } from '@ucos/kit/custom-fields';
import type {
  Category as CategoryModel,
  Collection as CollectionModel,
  CustomFieldDefinition as CustomFieldDefinitionModel,
  PriceList as PriceListModel,
  Price as PriceModel,
  Product as ProductModel,
  Variant as VariantModel,
} from '../generated/prisma/client.ts';
import type { CustomFieldEntity } from './custom-fields-store.ts';
import type { Attribute, Media, ProductOption } from './products-store.ts';
import type { ProductStatus } from './validation.ts';
import type { OptionValue } from './variants-store.ts';

/**
 * Rows as the stores return them (camelCase), derived from the Prisma models of
 * prisma/schema.prisma (checked against the migrated database in test/schema-and-models.test.ts).
 * A row leaves out `tenant_id` (row security scopes every statement) and overrides what the code
 * narrows: statuses as unions, JSON columns as their shape. Each store keeps its SQL column list.
 */
type RowOf<Model, Overrides = Record<never, never>> = Omit<Model, 'tenantId' | keyof Overrides> & Overrides;

export type CategoryRow = Omit<RowOf<CategoryModel>, 'createdAt'>;

export type CollectionRow = Omit<RowOf<CollectionModel>, 'createdAt'>;

export type PriceListRow = RowOf<PriceListModel>;

/** A price with its list's currency. */
export type PriceRow = Pick<PriceModel, 'variantId' | 'priceListId' | 'minQuantity' | 'amount'> &
  Pick<PriceListModel, 'currency'>;

/** A product without the columns the database generates for search. */
export type ProductRow = Omit<
  RowOf<
    ProductModel,
    {
      status: ProductStatus;
      attributes: Attribute[];
      options: ProductOption[];
      media: Media[];
      customFields: Record<string, CustomFieldValue>;
    }
  >,
  'searchText'
>;

export type VariantRow = RowOf<
  VariantModel,
  { optionValues: OptionValue[]; customFields: Record<string, CustomFieldValue> }
>;

/** A custom field definition of products, its JSON columns and unions as the kit's types. */
export type CustomFieldDefinitionRow = RowOf<
  CustomFieldDefinitionModel,
  {
    entity: CustomFieldEntity;
    type: CustomFieldDefinition['type'];
    visibility: CustomFieldDefinition['visibility'];
    defaultValue: CustomFieldValue | null;
    validation: CustomFieldValidation;
  }
>;
