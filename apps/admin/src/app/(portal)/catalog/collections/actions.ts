'use server';
import { type FormState, integer, optional, text } from '@ucos/ui/form';
import { redirect } from 'next/navigation';
import { graphql } from '../../../../generated/gql.ts';
import { formResult } from '../../../../lib/form-result.ts';
import { mutate } from '../../../../lib/gateway.ts';

const LIST = '/catalog/collections';
const pageOf = (collectionId: string) => `${LIST}/${encodeURIComponent(collectionId)}`;

const Create = graphql(`
  mutation CollectionForm_Create($input: CollectionCreateInput!) {
    collectionCreate(input: $input) {
      collection {
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

/** Creates a collection and opens it, where its products are picked. */
export async function createCollection(_: FormState, form: FormData): Promise<FormState> {
  const input = {
    title: text(form, 'title'),
    handle: text(form, 'handle'),
    description: optional(form, 'description'),
  };
  let created: string | undefined;
  const state = await formResult(
    async () => {
      const { collectionCreate } = await mutate(Create, { input }, LIST);
      created = collectionCreate.collection?.id;
      return collectionCreate.errors;
    },
    'Collection created.',
    { revalidate: [LIST] },
  );
  if (state.ok && created) redirect(`${pageOf(created)}?created=1`);
  return state;
}

const Add = graphql(`
  mutation CollectionProducts_Add($input: CollectionProductsInput!) {
    collectionAddProducts(input: $input) {
      collection {
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

const Remove = graphql(`
  mutation CollectionProducts_Remove($input: CollectionProductsInput!) {
    collectionRemoveProducts(input: $input) {
      collection {
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

const count = (ids: string[]) => (ids.length === 1 ? '1 product' : `${ids.length} products`);

/** The checked products of a collection page's add or remove form. */
function checked(form: FormData) {
  const input = { collectionId: text(form, 'collectionId'), productIds: form.getAll('productIds').map(String) };
  return { input, back: pageOf(input.collectionId) };
}

export async function addProducts(_: FormState, form: FormData): Promise<FormState> {
  const { input, back } = checked(form);
  if (!input.productIds.length) return { errors: { productIds: 'Tick the products to add first.' } };
  return formResult(
    async () => (await mutate(Add, { input }, back)).collectionAddProducts.errors,
    `${count(input.productIds)} added to the collection.`,
    { revalidate: [back] },
  );
}

export async function removeProducts(_: FormState, form: FormData): Promise<FormState> {
  const { input, back } = checked(form);
  if (!input.productIds.length) return { errors: { productIds: 'Tick the products to remove first.' } };
  return formResult(
    async () => (await mutate(Remove, { input }, back)).collectionRemoveProducts.errors,
    `${count(input.productIds)} removed from the collection.`,
    { revalidate: [back] },
  );
}

const Update = graphql(`
  mutation CollectionForm_Update($input: CollectionUpdateInput!) {
    collectionUpdate(input: $input) {
      collection {
        id
        title
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** Renames a collection, or changes its handle or description (blank clears the description). */
export async function updateCollection(_: FormState, form: FormData): Promise<FormState> {
  const input = {
    id: text(form, 'id'),
    version: integer(form, 'version') ?? 0,
    // blank title and handle go to the API, which refuses them under the field (null would keep the old ones)
    title: text(form, 'title'),
    handle: text(form, 'handle'),
    description: text(form, 'description'),
  };
  const back = pageOf(input.id);
  return formResult(
    async () => (await mutate(Update, { input }, back)).collectionUpdate.errors,
    `Collection ${input.title} saved.`,
    { revalidate: [back, LIST] },
  );
}

const Delete = graphql(`
  mutation CollectionForm_Delete($input: CollectionDeleteInput!) {
    collectionDelete(input: $input) {
      deletedCollectionId
      errors {
        code
        field
        message
      }
    }
  }
`);

/** Deletes a collection once the box saying so is ticked, and goes back to the list. */
export async function deleteCollection(_: FormState, form: FormData): Promise<FormState> {
  if (text(form, 'confirm') !== 'yes') return { errors: { confirm: 'Tick the box to confirm the deletion.' } };
  const input = { id: text(form, 'id'), version: integer(form, 'version') ?? 0 };
  const title = text(form, 'title');
  const state = await formResult(
    async () => (await mutate(Delete, { input }, pageOf(input.id))).collectionDelete.errors,
    `Collection ${title} deleted.`,
    { revalidate: [LIST] },
  );
  if (state.ok) redirect(`${LIST}?${new URLSearchParams({ deleted: title })}`);
  return state;
}
