import { type Budget, createTransport, type PartnerClientOptions } from './client.ts';
import type {
  OrderCancelInput,
  OrderFilter,
  ProductCreateInput,
  ShipmentFilter,
  StockAdjustInput,
  StockLevelFilter,
} from './generated/graphql.ts';
import {
  OrderCancelMutation,
  OrderQuery,
  OrdersQuery,
  ProductCreateMutation,
  ProductsQuery,
  ShipmentsQuery,
  StockAdjustMutation,
  StockLevelsQuery,
  VariantBySkuQuery,
  ViewerQuery,
  WarehousesQuery,
} from './operations.ts';
import { paginate } from './paginate.ts';

/** the page size the `all` iterators ask for: the API's maximum, fewest round trips */
const ALL_PAGE_SIZE = 100;

/**
 * The partner SDK: typed reads and writes over the gateway with a secret API key. Every call stays
 * within the key's scopes and the gateway's cost and rate limits; any other document goes through
 * `request`. Writes answer their payload: `errors` holds the business failures (typed codes).
 */
export function createClient(options: PartnerClientOptions) {
  const { request, budget } = createTransport(options);

  const catalog = {
    products: async (first = 20, after?: string) => (await request(ProductsQuery, { first, after })).products,
    variantBySku: async (sku: string, currency: string) =>
      (await request(VariantBySkuQuery, { sku, currency })).variantBySku,
    /** not retried: a product has no idempotency key; its unique handle makes a repeat fail, not double */
    productCreate: async (input: ProductCreateInput) => (await request(ProductCreateMutation, { input })).productCreate,
  };
  const inventory = {
    warehouses: async (first = 20, after?: string) => (await request(WarehousesQuery, { first, after })).warehouses,
    stockLevels: async (first = 50, options: { after?: string } & StockLevelFilter = {}) => {
      const { after, ...filter } = options;
      return (await request(StockLevelsQuery, { first, after, filter })).stockLevels;
    },
    /** `input.idempotencyKey` is required: a replay (or the SDK's retry) answers the first result */
    stockAdjust: async (input: StockAdjustInput) => (await request(StockAdjustMutation, { input })).stockAdjust,
  };
  const orders = {
    list: async (first = 20, options: { after?: string; filter?: OrderFilter } = {}) =>
      (await request(OrdersQuery, { first, ...options })).orders,
    get: async (id: string) => (await request(OrderQuery, { id })).order,
    cancel: async (input: OrderCancelInput) => (await request(OrderCancelMutation, { input })).orderCancel,
  };
  const fulfillment = {
    shipments: async (first = 20, options: { after?: string; filter?: ShipmentFilter } = {}) =>
      (await request(ShipmentsQuery, { first, ...options })).shipments,
  };

  return {
    request,
    budget: (): Budget | null => budget(),
    viewer: async () => (await request(ViewerQuery)).viewer,
    catalog,
    inventory,
    orders,
    fulfillment,
    /** every item of a list, fetched page by page as the loop asks (`for await … of`) */
    all: {
      products: () => paginate((after) => catalog.products(ALL_PAGE_SIZE, after)),
      warehouses: () => paginate((after) => inventory.warehouses(ALL_PAGE_SIZE, after)),
      stockLevels: (filter: StockLevelFilter = {}) =>
        paginate((after) => inventory.stockLevels(ALL_PAGE_SIZE, { ...filter, ...(after ? { after } : {}) })),
      orders: (filter?: OrderFilter) =>
        paginate((after) => orders.list(ALL_PAGE_SIZE, { ...(after ? { after } : {}), ...(filter ? { filter } : {}) })),
      shipments: (filter?: ShipmentFilter) =>
        paginate((after) =>
          fulfillment.shipments(ALL_PAGE_SIZE, { ...(after ? { after } : {}), ...(filter ? { filter } : {}) }),
        ),
    },
  };
}

export type PartnerClient = ReturnType<typeof createClient>;

export {
  type Budget,
  carriesIdempotencyKey,
  type Document,
  type GraphQLErrorLike,
  isMutation,
  PartnerApiError,
  type PartnerClientOptions,
} from './client.ts';
export type * from './generated/graphql.ts';
export { type Connection, paginate } from './paginate.ts';
export {
  type VerifyWebhookOptions,
  type VerifyWebhookResult,
  verifyWebhook,
  WEBHOOK_SIGNATURE_HEADER,
  type WebhookEnvelope,
} from './webhooks.ts';
