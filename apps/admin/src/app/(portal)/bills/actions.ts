'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, integer, minorUnits, optional, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { graphql } from '../../../generated/gql.ts';
import { mutate } from '../../../lib/gateway.ts';

const LIST = '/bills';
const detail = (id: string) => `/bills/${encodeURIComponent(id)}`;

const Create = graphql(`
  mutation Bills_Create($input: SupplierBillCreateInput!) {
    supplierBillCreate(input: $input) {
      bill {
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

/** Enters a supplier bill against an order's lines (quantities and unit prices as billed). */
export async function createBill(_: FormState, form: FormData): Promise<FormState> {
  const lineIds = text(form, 'lineIds').split(',').filter(Boolean);
  const errors: Record<string, string> = {};
  const lines: { purchaseOrderLineId: string; quantity: number; unitPrice: number }[] = [];
  const sent: string[] = [];
  for (const id of lineIds) {
    if (text(form, `quantity-${id}`) === '' || text(form, `quantity-${id}`) === '0') continue;
    const quantity = integer(form, `quantity-${id}`);
    const unitPrice = minorUnits(text(form, `price-${id}`));
    if (quantity === null) errors[`quantity-${id}`] = 'A whole number.';
    if (unitPrice === null) errors[`price-${id}`] = 'An amount such as 12.50.';
    if (quantity === null || unitPrice === null) continue;
    lines.push({ purchaseOrderLineId: id, quantity, unitPrice });
    sent.push(id);
  }
  const taxAmount = minorUnits(text(form, 'tax') || '0');
  const freightAmount = minorUnits(text(form, 'freight') || '0');
  if (taxAmount === null) errors.tax = 'An amount such as 12.50.';
  if (freightAmount === null) errors.freight = 'An amount such as 12.50.';
  if (Object.keys(errors).length) return { errors };
  const { supplierBillCreate } = await mutate(
    Create,
    {
      input: {
        purchaseOrderId: text(form, 'purchaseOrderId'),
        supplierInvoiceNumber: text(form, 'supplierInvoiceNumber'),
        billDate: text(form, 'billDate'),
        lines,
        taxAmount,
        freightAmount,
        note: optional(form, 'note'),
        idempotencyKey: text(form, 'idempotencyKey'),
      },
    },
    LIST,
  );
  if (supplierBillCreate.errors.length || !supplierBillCreate.bill) {
    const mapped: Record<string, string> = {};
    for (const [path, message] of Object.entries(fieldErrors(supplierBillCreate.errors))) {
      const match = /^lines\.(\d+)\.(quantity|unitPrice|purchaseOrderLineId)$/.exec(path);
      const id = match ? sent[Number(match[1])] : undefined;
      mapped[id ? `${match?.[2] === 'unitPrice' ? 'price' : 'quantity'}-${id}` : path] = message;
    }
    return { errors: mapped };
  }
  revalidatePath(LIST);
  redirect(detail(supplierBillCreate.bill.id));
}

const Release = graphql(`
  mutation Bills_Release($input: SupplierBillReleaseInput!) {
    supplierBillRelease(input: $input) {
      bill {
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

export async function releaseBill(_: FormState, form: FormData): Promise<FormState> {
  const billId = text(form, 'billId');
  const { supplierBillRelease } = await mutate(
    Release,
    { input: { billId, comment: text(form, 'comment'), expectedVersion: integer(form, 'version') } },
    detail(billId),
  );
  if (supplierBillRelease.errors.length) return { errors: fieldErrors(supplierBillRelease.errors) };
  revalidatePath(detail(billId));
  revalidatePath(LIST);
  return { ok: true, message: 'Released and posted: the bill is payable.' };
}

const Cancel = graphql(`
  mutation Bills_Cancel($input: SupplierBillIdInput!) {
    supplierBillCancel(input: $input) {
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function cancelBill(_: FormState, form: FormData): Promise<FormState> {
  const billId = text(form, 'billId');
  const { supplierBillCancel } = await mutate(Cancel, { input: { billId } }, detail(billId));
  if (supplierBillCancel.errors.length) return { errors: fieldErrors(supplierBillCancel.errors) };
  revalidatePath(detail(billId));
  revalidatePath(LIST);
  return { ok: true, message: 'Cancelled: the invoice number may be entered again.' };
}
