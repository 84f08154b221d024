'use server';
import { randomUUID } from 'node:crypto';
import { fieldErrors } from '@ucos/clients';
import { type FormState, minorUnits, optional, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { graphql } from '../../../generated/gql.ts';
import { mutate } from '../../../lib/gateway.ts';

const RUNS = '/finance/payment-runs';
const runPage = (id: string) => `${RUNS}/${encodeURIComponent(id)}`;

const done = (paths: string[], message: string): FormState => {
  for (const path of paths) revalidatePath(path);
  return { ok: true, message };
};

const ReceiptRecord = graphql(`
  mutation Finance_ReceiptRecord($input: FinanceReceiptRecordInput!) {
    financeReceiptRecord(input: $input) {
      receipt {
        id
        amount
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** A bank payment for one order; the form carries the key it was rendered with, so a double submit records once. */
export async function recordReceipt(_: FormState, form: FormData): Promise<FormState> {
  const amount = minorUnits(text(form, 'amount'));
  if (amount === null || amount === 0) return { errors: { amount: 'An amount such as 12.50.' } };
  const input = {
    customerId: optional(form, 'customerId'),
    amount,
    receivedOn: text(form, 'receivedOn'),
    reference: text(form, 'reference'),
    idempotencyKey: text(form, 'idempotencyKey') || randomUUID(),
    allocations: [{ itemId: text(form, 'itemId'), amount }],
  };
  const { financeReceiptRecord } = await mutate(ReceiptRecord, { input }, '/finance/receivables');
  if (financeReceiptRecord.errors.length) {
    const errors = fieldErrors(financeReceiptRecord.errors);
    // the one allocation's amount is the form's amount
    const allocated = errors['allocations.0.amount'];
    return { errors: allocated ? { ...errors, amount: allocated } : errors };
  }
  return done(['/finance/receivables', '/finance/journal'], 'Bank receipt recorded.');
}

const RunCreate = graphql(`
  mutation Finance_PaymentRunCreate($input: FinancePaymentRunCreateInput!) {
    financePaymentRunCreate(input: $input) {
      run {
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

export async function createPaymentRun(_: FormState, form: FormData): Promise<FormState> {
  const supplierId = optional(form, 'supplierId');
  const input = { dueBy: text(form, 'dueBy'), supplierIds: supplierId ? [supplierId] : null };
  const { financePaymentRunCreate } = await mutate(RunCreate, { input }, RUNS);
  if (financePaymentRunCreate.errors.length || !financePaymentRunCreate.run) {
    return { errors: fieldErrors(financePaymentRunCreate.errors) };
  }
  revalidatePath(RUNS);
  redirect(runPage(financePaymentRunCreate.run.id));
}

const LineUpdate = graphql(`
  mutation Finance_PaymentRunLineUpdate($input: FinancePaymentRunLineUpdateInput!) {
    financePaymentRunLineUpdate(input: $input) {
      run {
        id
        totalBaseAmount
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function reducePaymentRunLine(_: FormState, form: FormData): Promise<FormState> {
  const runId = text(form, 'runId');
  const amount = minorUnits(text(form, 'amount'));
  if (amount === null || amount === 0) return { errors: { amount: 'An amount such as 12.50.' } };
  const input = { runId, itemId: text(form, 'itemId'), amount };
  const { financePaymentRunLineUpdate } = await mutate(LineUpdate, { input }, runPage(runId));
  if (financePaymentRunLineUpdate.errors.length) return { errors: fieldErrors(financePaymentRunLineUpdate.errors) };
  return done([runPage(runId)], 'Amount changed.');
}

const LineRemove = graphql(`
  mutation Finance_PaymentRunLineRemove($input: FinancePaymentRunLineRemoveInput!) {
    financePaymentRunLineRemove(input: $input) {
      run {
        id
        totalBaseAmount
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function removePaymentRunLine(_: FormState, form: FormData): Promise<FormState> {
  const runId = text(form, 'runId');
  const input = { runId, itemId: text(form, 'itemId') };
  const { financePaymentRunLineRemove } = await mutate(LineRemove, { input }, runPage(runId));
  if (financePaymentRunLineRemove.errors.length) return { errors: fieldErrors(financePaymentRunLineRemove.errors) };
  return done([runPage(runId)], 'Bill taken off the run.');
}

const RunPost = graphql(`
  mutation Finance_PaymentRunPost($input: FinancePaymentRunPostInput!) {
    financePaymentRunPost(input: $input) {
      run {
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

export async function postPaymentRun(_: FormState, form: FormData): Promise<FormState> {
  const runId = text(form, 'runId');
  const input = { runId, paymentDate: optional(form, 'paymentDate') };
  const { financePaymentRunPost } = await mutate(RunPost, { input }, runPage(runId));
  if (financePaymentRunPost.errors.length) return { errors: fieldErrors(financePaymentRunPost.errors) };
  return done([runPage(runId), RUNS, '/finance/payables', '/finance/journal'], 'Payment run posted.');
}

const RunCancel = graphql(`
  mutation Finance_PaymentRunCancel($input: FinancePaymentRunCancelInput!) {
    financePaymentRunCancel(input: $input) {
      run {
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

export async function cancelPaymentRun(_: FormState, form: FormData): Promise<FormState> {
  const runId = text(form, 'runId');
  const { financePaymentRunCancel } = await mutate(RunCancel, { input: { runId } }, runPage(runId));
  if (financePaymentRunCancel.errors.length) return { errors: fieldErrors(financePaymentRunCancel.errors) };
  return done([runPage(runId), RUNS], 'Payment run cancelled.');
}
