'use server';
import { fieldErrors } from '@ucos/clients';
import { type FormState, integer, optional, text } from '@ucos/ui/form';
import { revalidatePath } from 'next/cache';
import { graphql } from '../../../generated/gql.ts';
import { mutate } from '../../../lib/gateway.ts';

const done = (paths: string[], message: string): FormState => {
  for (const path of paths) revalidatePath(path);
  return { ok: true, message };
};

const AccountCreate = graphql(`
  mutation Finance_AccountCreate($input: FinanceAccountCreateInput!) {
    financeAccountCreate(input: $input) {
      account {
        id
        code
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const ACCOUNT_TYPES = ['ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'EXPENSE'] as const;
type AccountType = (typeof ACCOUNT_TYPES)[number];

export async function createAccount(_: FormState, form: FormData): Promise<FormState> {
  const type = text(form, 'type') as AccountType;
  if (!ACCOUNT_TYPES.includes(type)) return { errors: { type: 'Choose a type.' } };
  const input = { code: text(form, 'code'), name: text(form, 'name'), type, parentId: optional(form, 'parentId') };
  const { financeAccountCreate } = await mutate(AccountCreate, { input }, '/finance/accounts');
  if (financeAccountCreate.errors.length) {
    return { errors: fieldErrors(financeAccountCreate.errors), values: { code: input.code, name: input.name } };
  }
  return done(['/finance/accounts'], `Account ${input.code} created.`);
}

const AccountUpdate = graphql(`
  mutation Finance_AccountUpdate($input: FinanceAccountUpdateInput!) {
    financeAccountUpdate(input: $input) {
      account {
        id
        name
        active
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function updateAccount(_: FormState, form: FormData): Promise<FormState> {
  const active = text(form, 'active');
  const input = {
    accountId: text(form, 'accountId'),
    name: optional(form, 'name'),
    ...(active ? { active: active === 'true' } : {}),
  };
  const { financeAccountUpdate } = await mutate(AccountUpdate, { input }, '/finance/accounts');
  if (financeAccountUpdate.errors.length) return { errors: fieldErrors(financeAccountUpdate.errors) };
  return done(['/finance/accounts'], 'Account saved.');
}

const PeriodClose = graphql(`
  mutation Finance_PeriodClose($input: FiscalPeriodInput!) {
    fiscalPeriodClose(input: $input) {
      period {
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

const PeriodReopen = graphql(`
  mutation Finance_PeriodReopen($input: FiscalPeriodInput!) {
    fiscalPeriodReopen(input: $input) {
      period {
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

export async function closePeriod(_: FormState, form: FormData): Promise<FormState> {
  const month = text(form, 'month');
  const { fiscalPeriodClose } = await mutate(PeriodClose, { input: { month } }, '/finance/periods');
  if (fiscalPeriodClose.errors.length) return { errors: fieldErrors(fiscalPeriodClose.errors) };
  return done(['/finance/periods'], `${month} closed.`);
}

export async function reopenPeriod(_: FormState, form: FormData): Promise<FormState> {
  const month = text(form, 'month');
  const { fiscalPeriodReopen } = await mutate(PeriodReopen, { input: { month } }, '/finance/periods');
  if (fiscalPeriodReopen.errors.length) return { errors: fieldErrors(fiscalPeriodReopen.errors) };
  return done(['/finance/periods'], `${month} reopened.`);
}

const Reverse = graphql(`
  mutation Finance_Reverse($input: JournalEntryReverseInput!) {
    journalEntryReverse(input: $input) {
      reversal {
        id
        number
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function reverseEntry(_: FormState, form: FormData): Promise<FormState> {
  const entryId = text(form, 'entryId');
  const here = `/finance/journal/${encodeURIComponent(entryId)}`;
  const { journalEntryReverse } = await mutate(Reverse, { input: { entryId, reason: text(form, 'reason') } }, here);
  if (journalEntryReverse.errors.length || !journalEntryReverse.reversal) {
    return { errors: fieldErrors(journalEntryReverse.errors) };
  }
  return done([here, '/finance/journal'], `Reversed by entry #${journalEntryReverse.reversal.number}.`);
}

const CreditNoteIssue = graphql(`
  mutation Finance_CreditNoteIssue($input: FinanceCreditNoteIssueInput!) {
    financeCreditNoteIssue(input: $input) {
      creditNote {
        id
        number
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** A credit note for an amount (in the invoice's major units, as typed) against an invoice. */
export async function issueCreditNote(_: FormState, form: FormData): Promise<FormState> {
  const invoiceId = text(form, 'invoiceId');
  const here = `/finance/invoices/${encodeURIComponent(invoiceId)}`;
  const typed = text(form, 'amount');
  if (!/^\d+(\.\d{1,2})?$/.test(typed)) return { errors: { amount: 'An amount such as 12.50.' } };
  const amount = Math.round(Number(typed) * 100);
  const reason = text(form, 'reason');
  const { financeCreditNoteIssue } = await mutate(CreditNoteIssue, { input: { invoiceId, amount, reason } }, here);
  if (financeCreditNoteIssue.errors.length || !financeCreditNoteIssue.creditNote) {
    return { errors: fieldErrors(financeCreditNoteIssue.errors), values: { amount: typed, reason } };
  }
  return done([here, '/finance/invoices'], `Credit note ${financeCreditNoteIssue.creditNote.number} issued.`);
}

const InvoiceSettingsUpdate = graphql(`
  mutation Finance_InvoiceSettingsUpdate($input: FinanceInvoiceSettingsInput!) {
    financeInvoiceSettingsUpdate(input: $input) {
      settings {
        invoiceTrigger
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export async function updateInvoiceSettings(_: FormState, form: FormData): Promise<FormState> {
  const trigger = text(form, 'invoiceTrigger');
  if (trigger !== 'CAPTURE' && trigger !== 'SHIPMENT') return { errors: { invoiceTrigger: 'Choose when.' } };
  const terms = integer(form, 'paymentTermsDays');
  if (terms === null) return { errors: { paymentTermsDays: 'A whole number of days.' } };
  const input = {
    invoiceTrigger: trigger,
    sellerLegalName: text(form, 'sellerLegalName'),
    sellerAddress: text(form, 'sellerAddress'),
    sellerTaxId: text(form, 'sellerTaxId'),
    paymentTermsDays: terms,
  } as const;
  const { financeInvoiceSettingsUpdate } = await mutate(InvoiceSettingsUpdate, { input }, '/finance/invoices');
  if (financeInvoiceSettingsUpdate.errors.length) return { errors: fieldErrors(financeInvoiceSettingsUpdate.errors) };
  return done(['/finance/invoices'], 'Invoice settings saved.');
}
