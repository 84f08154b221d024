'use server';
import type { PayloadError } from '@ucos/clients';
import type { FormState } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { graphql } from '../../../generated/gql.ts';
import { GatewayError, mutate } from '../../../lib/gateway.ts';

const BulkStatus = graphql(`
  mutation CatalogBulk_Status($input: ProductBulkStatusSetInput!) {
    productBulkStatusSet(input: $input) {
      products {
        id
        status
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const BulkDelete = graphql(`
  mutation CatalogBulk_Delete($input: ProductBulkDeleteInput!) {
    productBulkDelete(input: $input) {
      deletedProductIds
      errors {
        code
        field
        message
      }
    }
  }
`);

const STATUS = { publish: 'ACTIVE', unpublish: 'DRAFT', archive: 'ARCHIVED' } as const;
const DONE = { publish: 'published', unpublish: 'unpublished', archive: 'archived', delete: 'deleted' } as const;
type Operation = keyof typeof DONE;

/** A selected row is `<product id>~<version>`: the version read, so a product changed meanwhile is refused. */
function itemsOf(form: FormData) {
  return form
    .getAll('ids')
    .filter((value): value is string => typeof value === 'string')
    .map((value) => {
      const [id = '', version = ''] = value.split('~');
      return { id, version: Number(version) };
    })
    .filter((item) => item.id && Number.isSafeInteger(item.version));
}

/** Which rows the API refused and why, by title: the item index in each error's field names the row. */
function refusals(errors: readonly PayloadError[], titles: readonly string[]): string {
  return errors
    .map((error) => {
      const index = error.field?.[0] === 'input' && error.field[1] === 'items' ? Number(error.field[2]) : Number.NaN;
      const title = titles[index];
      return title ? `${title}: ${error.message}` : error.message;
    })
    .join(' ');
}

/**
 * The product table's bulk actions: publish, unpublish, archive, delete. All or nothing, as the API
 * does them: when one product is refused, none changes and the message names each refused one.
 */
export async function bulkProducts(_: FormState, form: FormData): Promise<FormState> {
  const operation = form.get('operation') as Operation;
  if (!(operation in DONE)) return { message: 'Unknown action.' };
  const items = itemsOf(form);
  const titles = form.getAll('titles').map(String);
  if (!items.length) return { message: 'Select the products first.' };
  try {
    const errors =
      operation === 'delete'
        ? (await mutate(BulkDelete, { input: { items } }, '/catalog')).productBulkDelete.errors
        : (await mutate(BulkStatus, { input: { items, status: STATUS[operation] } }, '/catalog')).productBulkStatusSet
            .errors;
    if (errors.length) return { message: `Nothing was ${DONE[operation]}. ${refusals(errors, titles)}` };
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath('/catalog');
  const count = items.length === 1 ? '1 product' : `${items.length} products`;
  return { ok: true, message: `${count} ${DONE[operation]}.` };
}
