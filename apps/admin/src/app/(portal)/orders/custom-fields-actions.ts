'use server';
import type { FormState } from '@ucos/ui/form';
import { text } from '@ucos/ui/form';
import { graphql } from '../../../generated/gql.ts';
import { customFieldValues } from '../../../lib/custom-fields.ts';
import { formResult } from '../../../lib/form-result.ts';
import { mutate } from '../../../lib/gateway.ts';

const OrderCustomFieldsUpdate = graphql(`
  mutation Order_CustomFieldsUpdate($input: OrderCustomFieldsUpdateInput!) {
    orderCustomFieldsUpdate(input: $input) {
      order {
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

/** Saves the custom field values of an order's detail page (blank removes a value). */
export async function saveOrderCustomFields(_: FormState, form: FormData): Promise<FormState> {
  const orderId = text(form, 'orderId');
  const back = `/orders/${encodeURIComponent(orderId)}`;
  const input = { orderId, version: Number(text(form, 'version')), customFields: customFieldValues(form) };
  return formResult(
    async () => (await mutate(OrderCustomFieldsUpdate, { input }, back)).orderCustomFieldsUpdate.errors,
    'Custom fields saved.',
    { revalidate: [back] },
  );
}
