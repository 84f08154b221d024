'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, integer, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { graphql } from '../../../generated/gql.ts';
import { mutate } from '../../../lib/gateway.ts';

const Receive = graphql(`
  mutation Receiving_Create($input: ReceiptCreateInput!) {
    receiptCreate(input: $input) {
      receipt {
        id
        number
        purchaseOrderNumber
        acceptedQuantity
        rejectedQuantity
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
 * Posts what the warehouse counted for one order. Each line's inputs are named after it
 * (`accepted-<line>`), so the API's errors (`lines.<n>.acceptedQuantity`) are put back on the
 * inputs of the line they are about. Lines left at 0 and 0 are not part of the receipt.
 */
export async function postReceipt(_: FormState, form: FormData): Promise<FormState> {
  const lineIds = text(form, 'lineIds').split(',').filter(Boolean);
  const errors: Record<string, string> = {};
  const lines: {
    purchaseOrderLineId: string;
    acceptedQuantity: number;
    rejectedQuantity: number;
    rejectionReason: string | null;
  }[] = [];
  const sent: string[] = [];
  for (const id of lineIds) {
    const accepted = text(form, `accepted-${id}`) === '' ? 0 : integer(form, `accepted-${id}`);
    const rejected = text(form, `rejected-${id}`) === '' ? 0 : integer(form, `rejected-${id}`);
    if (accepted === null) errors[`accepted-${id}`] = 'A whole number.';
    if (rejected === null) errors[`rejected-${id}`] = 'A whole number.';
    if (accepted === null || rejected === null || (accepted === 0 && rejected === 0)) continue;
    lines.push({
      purchaseOrderLineId: id,
      acceptedQuantity: accepted,
      rejectedQuantity: rejected,
      rejectionReason: text(form, `reason-${id}`) || null,
    });
    sent.push(id);
  }
  if (Object.keys(errors).length) return { errors };
  if (!lines.length) return { errors: { '': 'Enter a quantity on at least one line.' } };
  const { receiptCreate } = await mutate(
    Receive,
    {
      input: {
        purchaseOrderId: text(form, 'purchaseOrderId'),
        lines,
        post: true,
        idempotencyKey: text(form, 'idempotencyKey'),
      },
    },
    '/receiving',
  );
  if (receiptCreate.errors.length || !receiptCreate.receipt) {
    const byPath = fieldErrors(receiptCreate.errors);
    const mapped: Record<string, string> = {};
    for (const [path, message] of Object.entries(byPath)) {
      const match = /^lines\.(\d+)\.(acceptedQuantity|rejectedQuantity|rejectionReason|purchaseOrderLineId)$/.exec(
        path,
      );
      const id = match ? sent[Number(match[1])] : undefined;
      const input = { acceptedQuantity: 'accepted', rejectedQuantity: 'rejected', rejectionReason: 'reason' }[
        match?.[2] as 'acceptedQuantity'
      ];
      mapped[id ? `${input ?? 'accepted'}-${id}` : ''] = message;
    }
    return { errors: mapped };
  }
  revalidatePath('/receiving');
  const receipt = receiptCreate.receipt;
  return {
    ok: true,
    message: `Posted ${receipt.number} for ${receipt.purchaseOrderNumber}: ${receipt.acceptedQuantity} accepted, ${receipt.rejectedQuantity} rejected.`,
  };
}
