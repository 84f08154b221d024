'use server';
import type { FormState } from '@ucos/ui/form';
import { integer, optional, text } from '@ucos/ui/form';
import { graphql } from '../../../generated/gql.ts';
import { formResult } from '../../../lib/form-result.ts';
import { mutate } from '../../../lib/gateway.ts';

const BACK = '/settings';
const scopes = (form: FormData) => form.getAll('scopes').map(String);

const RoleCreate = graphql(`
  mutation SettingsRoles_Create($input: RoleCreateInput!) {
    roleCreate(input: $input) {
      role {
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

export async function createRole(_: FormState, form: FormData): Promise<FormState> {
  const input = { name: text(form, 'name'), description: optional(form, 'description'), scopes: scopes(form) };
  return formResult(
    async () => (await mutate(RoleCreate, { input }, BACK)).roleCreate.errors,
    `Role ${input.name} created.`,
    { revalidate: [BACK] },
  );
}

const RoleUpdate = graphql(`
  mutation SettingsRoles_Update($input: RoleUpdateInput!) {
    roleUpdate(input: $input) {
      role {
        id
        version
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** Renames a custom role and replaces its description and scopes (members keep the role). */
export async function updateRole(_: FormState, form: FormData): Promise<FormState> {
  const input = {
    id: text(form, 'id'),
    version: integer(form, 'version') ?? 0,
    name: text(form, 'name'),
    description: optional(form, 'description'),
    scopes: scopes(form),
  };
  return formResult(
    async () => (await mutate(RoleUpdate, { input }, BACK)).roleUpdate.errors,
    `Role ${text(form, 'name')} saved.`,
    { revalidate: [BACK] },
  );
}

const RoleDelete = graphql(`
  mutation SettingsRoles_Delete($input: RoleDeleteInput!) {
    roleDelete(input: $input) {
      deletedRoleId
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function deleteRole(_: FormState, form: FormData): Promise<FormState> {
  return formResult(
    async () => (await mutate(RoleDelete, { input: { id: text(form, 'id') } }, BACK)).roleDelete.errors,
    'Role deleted: its members lost its scopes.',
    { revalidate: [BACK] },
  );
}
