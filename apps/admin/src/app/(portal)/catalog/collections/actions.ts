'use server';
import { type FormState, optional, text } from '@ucos/ui/form';
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
