'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { graphql } from '../../../generated/gql.ts';
import { customFieldValues } from '../../../lib/custom-fields.ts';
import { formResult } from '../../../lib/form-result.ts';
import { mutate } from '../../../lib/gateway.ts';

const BACK = '/customers';

const CompanyCreate = graphql(`
  mutation Companies_Create($input: CompanyCreateInput!) {
    companyCreate(input: $input) {
      company {
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

export async function createCompany(_: FormState, form: FormData): Promise<FormState> {
  const input = { name: text(form, 'name'), customerGroup: text(form, 'customerGroup') };
  const { companyCreate } = await mutate(CompanyCreate, { input }, BACK);
  if (companyCreate.errors.length) return { errors: fieldErrors(companyCreate.errors), values: input };
  revalidatePath(BACK);
  return { ok: true, message: `Company ${input.name} created.` };
}

const BuyerAdd = graphql(`
  mutation Companies_AddBuyer($input: CompanyBuyerAddInput!) {
    companyBuyerAdd(input: $input) {
      company {
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

export async function addBuyer(_: FormState, form: FormData): Promise<FormState> {
  const input = { companyId: text(form, 'companyId'), customerId: text(form, 'customerId') };
  const { companyBuyerAdd } = await mutate(BuyerAdd, { input }, BACK);
  if (companyBuyerAdd.errors.length) return { errors: fieldErrors(companyBuyerAdd.errors) };
  revalidatePath(BACK);
  return { ok: true, message: 'Buyer added: their prices now come from the company’s group.' };
}

const CustomFieldsUpdate = graphql(`
  mutation Customer_CustomFieldsUpdate($input: CustomerCustomFieldsUpdateInput!) {
    customerCustomFieldsUpdate(input: $input) {
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

/** Saves the custom field values of a customer's detail page (blank removes a value). */
export async function saveCustomerCustomFields(_: FormState, form: FormData): Promise<FormState> {
  const customerId = text(form, 'customerId');
  const back = `${BACK}/${encodeURIComponent(customerId)}`;
  const input = {
    customerId,
    version: Number(text(form, 'version')),
    customFields: customFieldValues(form),
  };
  return formResult(
    async () => (await mutate(CustomFieldsUpdate, { input }, back)).customerCustomFieldsUpdate.errors,
    'Custom fields saved.',
    { revalidate: [back] },
  );
}
