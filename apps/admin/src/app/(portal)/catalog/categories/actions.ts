'use server';
import { type FormState, integer, optional, text } from '@ucos/ui/form';
import { graphql } from '../../../../generated/gql.ts';
import { formResult } from '../../../../lib/form-result.ts';
import { mutate } from '../../../../lib/gateway.ts';

const BACK = '/catalog/categories';
const WHOLE_NUMBER = 'Enter a whole number, or leave it blank.';

/** A blank position is "not given" (the API keeps or defaults it); anything else must be whole. */
function position(form: FormData): { value: number | null } | { error: string } {
  if (!text(form, 'position')) return { value: null };
  const value = integer(form, 'position');
  return value === null ? { error: WHOLE_NUMBER } : { value };
}

const Create = graphql(`
  mutation CategoryForm_Create($input: CategoryCreateInput!) {
    categoryCreate(input: $input) {
      category {
        id
        path
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function createCategory(_: FormState, form: FormData): Promise<FormState> {
  const at = position(form);
  if ('error' in at) return { errors: { position: at.error } };
  const input = {
    name: text(form, 'name'),
    slug: optional(form, 'slug'),
    parentId: optional(form, 'parentId'),
    position: at.value,
  };
  return formResult(
    async () => (await mutate(Create, { input }, BACK)).categoryCreate.errors,
    `Category ${input.name} created.`,
    { revalidate: [BACK] },
  );
}

const Update = graphql(`
  mutation CategoryForm_Update($input: CategoryUpdateInput!) {
    categoryUpdate(input: $input) {
      category {
        id
        version
        path
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/**
 * Renames and moves a category; a new slug or parent moves the paths (URLs) of its whole subtree.
 * The parent select always sends its choice: blank is the top level (null), and the current
 * parent is simply no move.
 */
export async function updateCategory(_: FormState, form: FormData): Promise<FormState> {
  const at = position(form);
  if ('error' in at) return { errors: { position: at.error } };
  const input = {
    id: text(form, 'id'),
    version: integer(form, 'version') ?? 0,
    // a blank name goes to the API, which refuses it under the field (null would keep the old one)
    name: text(form, 'name'),
    slug: optional(form, 'slug'),
    position: at.value,
    parentId: optional(form, 'parentId'),
  };
  let path = '';
  return formResult(
    async () => {
      const { categoryUpdate } = await mutate(Update, { input }, BACK);
      path = categoryUpdate.category?.path ?? '';
      return categoryUpdate.errors;
    },
    () => `Category ${input.name} saved. Its path is ${path}.`,
    { revalidate: [BACK] },
  );
}

const Delete = graphql(`
  mutation CategoryForm_Delete($input: CategoryDeleteInput!) {
    categoryDelete(input: $input) {
      deletedCategoryId
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function deleteCategory(_: FormState, form: FormData): Promise<FormState> {
  return formResult(
    async () => (await mutate(Delete, { input: { id: text(form, 'id') } }, BACK)).categoryDelete.errors,
    'Category deleted; its products simply left it.',
    { revalidate: [BACK] },
  );
}
