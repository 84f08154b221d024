'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, integer } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { graphql } from '../../generated/gql.ts';
import { formValues } from '../../lib/custom-fields.ts';
import { GatewayError, gql } from '../../lib/gateway.ts';

const UpdateProfileFields = graphql(`
  mutation AccountPage_CustomerUpdate($input: CustomerUpdateInput!) {
    customerUpdate(input: $input) {
      customer {
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

/** Saves the shopper's public custom fields (a blank one is removed); each refusal under its field. */
export async function saveProfileFields(_previous: FormState, form: FormData): Promise<FormState> {
  const t = await getTranslations('Account');
  try {
    const { customerUpdate } = await gql(
      UpdateProfileFields,
      { input: { version: integer(form, 'version'), customFields: formValues(form) } },
      { as: 'shopper', mutation: true, returnTo: '/account' },
    );
    if (customerUpdate.errors.length > 0) {
      const conflict = customerUpdate.errors.some((error) => error.code === 'CONFLICT');
      return conflict ? { message: t('detailsChanged') } : { errors: fieldErrors(customerUpdate.errors) };
    }
  } catch (error) {
    if (error instanceof GatewayError) return { message: error.message };
    throw error;
  }
  revalidatePath('/account');
  return { ok: true, message: t('detailsSaved') };
}
