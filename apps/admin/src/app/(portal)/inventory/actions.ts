'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, integer, optional, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { graphql } from '../../../generated/gql.ts';
import { formResult } from '../../../lib/form-result.ts';
import { gql, mutate } from '../../../lib/gateway.ts';

const Adjust = graphql(`
  mutation InventoryAdjust_Adjust($input: StockAdjustInput!) {
    stockAdjust(input: $input) {
      stockLevel {
        id
        onHand
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const Transfer = graphql(`
  mutation InventoryTransfer_Transfer($input: StockTransferInput!) {
    stockTransfer(input: $input) {
      destination {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const number = (form: FormData, name: string) => (text(form, name) === '' ? null : Number(text(form, name)));

const CHOOSE_VARIANT = 'Choose a variant: type its SKU or product name, then pick it from the list.';

export async function adjustStock(_: FormState, form: FormData): Promise<FormState> {
  if (!text(form, 'variantId')) return { errors: { variantId: CHOOSE_VARIANT } };
  const input = {
    variantId: text(form, 'variantId'),
    warehouseId: text(form, 'warehouseId'),
    delta: number(form, 'delta'),
    note: optional(form, 'note'),
    idempotencyKey: text(form, 'idempotencyKey') || crypto.randomUUID(),
  };
  const { stockAdjust } = await mutate(Adjust, { input }, '/inventory');
  if (stockAdjust.errors.length) return { errors: fieldErrors(stockAdjust.errors) };
  revalidatePath('/inventory');
  return { ok: true, message: `Stock adjusted: ${stockAdjust.stockLevel?.onHand} on hand.` };
}

export async function transferStock(_: FormState, form: FormData): Promise<FormState> {
  if (!text(form, 'variantId')) return { errors: { variantId: CHOOSE_VARIANT } };
  const input = {
    variantId: text(form, 'variantId'),
    fromWarehouseId: text(form, 'fromWarehouseId'),
    toWarehouseId: text(form, 'toWarehouseId'),
    quantity: number(form, 'quantity') ?? 0,
    idempotencyKey: crypto.randomUUID(),
  };
  const { stockTransfer } = await mutate(Transfer, { input }, '/inventory');
  if (stockTransfer.errors.length) return { errors: fieldErrors(stockTransfer.errors) };
  revalidatePath('/inventory');
  return { ok: true, message: 'Stock transferred.' };
}

const ThresholdSet = graphql(`
  mutation InventoryThreshold_Set($input: StockThresholdSetInput!) {
    stockThresholdSet(input: $input) {
      stockLevel {
        id
        lowStockThreshold
        lowStock
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** A blank threshold clears it: the level is then never low. */
export async function setThreshold(_: FormState, form: FormData): Promise<FormState> {
  const blank = text(form, 'threshold') === '';
  const threshold = integer(form, 'threshold');
  if (!blank && threshold === null)
    return { errors: { threshold: 'Enter a whole number, or leave it blank to clear.' } };
  const input = { variantId: text(form, 'variantId'), warehouseId: text(form, 'warehouseId'), threshold };
  return formResult(
    async () => (await mutate(ThresholdSet, { input }, '/inventory')).stockThresholdSet.errors,
    threshold === null ? 'Threshold cleared.' : `Threshold set to ${threshold}.`,
    { revalidate: ['/inventory'] },
  );
}

const ReorderPolicySet = graphql(`
  mutation InventoryReorderPolicy_Set($input: StockLevelReorderPolicySetInput!) {
    stockLevelReorderPolicySet(input: $input) {
      stockLevel {
        id
        reorderPoint
        reorderQuantity
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** Both blank removes the policy; the API refuses one without the other. */
export async function setReorderPolicy(_: FormState, form: FormData): Promise<FormState> {
  const point = integer(form, 'reorderPoint');
  const quantity = integer(form, 'reorderQuantity');
  if (text(form, 'reorderPoint') !== '' && point === null) return { errors: { reorderPoint: 'Enter a whole number.' } };
  if (text(form, 'reorderQuantity') !== '' && quantity === null)
    return { errors: { reorderQuantity: 'Enter a whole number.' } };
  const input = {
    variantId: text(form, 'variantId'),
    warehouseId: text(form, 'warehouseId'),
    reorderPoint: point,
    reorderQuantity: quantity,
  };
  return formResult(
    async () => (await mutate(ReorderPolicySet, { input }, '/inventory')).stockLevelReorderPolicySet.errors,
    point === null ? 'Reorder policy removed.' : `Reorder at ${point} or below, at least ${quantity}.`,
    { revalidate: ['/inventory'] },
  );
}

const FindVariants = graphql(`
  query InventoryPicker_Variants($query: String) {
    variantSearch(query: $query, first: 20) {
      totalCount
      edges {
        node {
          id
          sku
          title
          product {
            title
          }
        }
      }
    }
  }
`);

export interface VariantChoice {
  id: string;
  sku: string;
  label: string;
}

/**
 * The stock pickers' search: every variant of the shop whose SKU or product title contains what
 * the user typed (catalog's variantSearch), not just the ones on the page. A read through a server
 * action, so the staff token stays on the server.
 */
export async function findVariants(query: string): Promise<{ choices: VariantChoice[]; more: number }> {
  const { variantSearch } = await gql(FindVariants, { query: query.trim().slice(0, 200) || null }, '/inventory');
  const choices = variantSearch.edges.map(({ node }) => ({
    id: node.id,
    sku: node.sku,
    label: `${node.sku} — ${node.product?.title ?? 'no product'}${node.title ? ` (${node.title})` : ''}`,
  }));
  return { choices, more: Math.max(0, variantSearch.totalCount - choices.length) };
}
