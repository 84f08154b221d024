import type { InvoiceDocument } from '../events/out/finance-events.ts';
import type {
  AccountMapping as AccountMappingModel,
  Account as AccountModel,
  BankReceipt as BankReceiptModel,
  FiscalPeriod as FiscalPeriodModel,
  InvoiceLine as InvoiceLineModel,
  Invoice as InvoiceModel,
  InvoiceSettings as InvoiceSettingsModel,
  OpenItemAllocation as OpenItemAllocationModel,
  OpenItem as OpenItemModel,
  PaymentRunLine as PaymentRunLineModel,
  PaymentRun as PaymentRunModel,
} from '../generated/prisma/client.ts';

/**
 * The rows the stores return, typed from the Prisma models (prisma/schema.prisma) without
 * `tenant_id`: kinds and states as unions, dates (`date` columns) as `YYYY-MM-DD`. The SQL column
 * lists next to them say the same.
 */

export type AccountType = 'ASSET' | 'LIABILITY' | 'EQUITY' | 'REVENUE' | 'EXPENSE';

/** A `date` column as Prisma reads it (midnight UTC), as `::text` says it in SQL. */
export const isoDay = (value: Date): string => value.toISOString().slice(0, 10);

export type AccountRow<Role extends string = string> = Omit<AccountModel, 'tenantId' | 'type'> & {
  type: AccountType;
  /** the posting roles mapped to it */
  roles: Role[];
};

export const accountRow = <Role extends string>(
  { tenantId: _tenantId, type, ...row }: AccountModel,
  roles: Role[],
): AccountRow<Role> => ({ ...row, type: type as AccountType, roles });

export type MappingRow<Role extends string = string> = Pick<AccountMappingModel, 'accountId'> & { role: Role };

export type PeriodRow = Omit<FiscalPeriodModel, 'tenantId' | 'updatedAt' | 'startsOn' | 'endsOn' | 'status'> & {
  /** YYYY-MM-DD */
  startsOn: string;
  /** YYYY-MM-DD */
  endsOn: string;
  status: 'open' | 'closed';
};

export const periodRow = ({
  tenantId: _tenantId,
  updatedAt: _updatedAt,
  startsOn,
  endsOn,
  status,
  ...row
}: FiscalPeriodModel): PeriodRow => ({
  ...row,
  startsOn: isoDay(startsOn),
  endsOn: isoDay(endsOn),
  status: status as PeriodRow['status'],
});

export type InvoiceTrigger = 'capture' | 'shipment';
export type InvoiceKind = 'invoice' | 'credit_note';

export type InvoiceSettingsRow = Omit<InvoiceSettingsModel, 'tenantId' | 'updatedAt' | 'invoiceTrigger'> & {
  invoiceTrigger: InvoiceTrigger;
};

export const invoiceSettingsRow = ({
  tenantId: _tenantId,
  updatedAt: _updatedAt,
  invoiceTrigger,
  ...row
}: InvoiceSettingsModel): InvoiceSettingsRow => ({ ...row, invoiceTrigger: invoiceTrigger as InvoiceTrigger });

type LineAmounts = 'unitAmount' | 'lineAmount';

export type InvoiceLineRow = Omit<InvoiceLineModel, 'tenantId' | LineAmounts> & Record<LineAmounts, number>;

type InvoiceAmounts = 'subtotalAmount' | 'discountAmount' | 'shippingAmount' | 'taxAmount' | 'totalAmount';

/** An issued invoice or credit note with what was credited against it and its lines (the pool reads int8 as numbers). */
export type InvoiceRow = Omit<
  InvoiceModel,
  | 'tenantId'
  | 'year'
  | 'sequence'
  | 'kind'
  | 'seller'
  | 'buyer'
  | 'taxBreakdown'
  | 'issueDate'
  | 'dueDate'
  | InvoiceAmounts
> &
  Record<InvoiceAmounts, number> & {
    kind: InvoiceKind;
    creditedInvoiceNumber: InvoiceModel['number'] | null;
    seller: InvoiceDocument['seller'];
    buyer: InvoiceDocument['buyer'];
    taxBreakdown: InvoiceDocument['taxBreakdown'];
    /** what credit notes have credited (an invoice's), or 0 */
    creditedAmount: number;
    /** YYYY-MM-DD */
    issueDate: string;
    /** YYYY-MM-DD */
    dueDate: string;
    lines: InvoiceLineRow[];
  };

export type PaymentRunStatus = 'draft' | 'posted' | 'cancelled';

export type PaymentRunRow = Omit<
  PaymentRunModel,
  'tenantId' | 'number' | 'status' | 'dueBy' | 'paymentDate' | 'updatedAt'
> & {
  number: number;
  status: PaymentRunStatus;
  /** YYYY-MM-DD */
  dueBy: string;
  /** YYYY-MM-DD */
  paymentDate: string | null;
  lineCount: number;
  supplierCount: number;
  totalBaseAmount: number;
};

type RunLineAmounts = 'amount' | 'baseAmount';

/** A payment run's line as Prisma reads it, without the bill it pays. */
export type PaymentRunLineFields = Omit<PaymentRunLineModel, 'tenantId' | RunLineAmounts> &
  Record<RunLineAmounts, number>;

export type PaymentRunLineRow = PaymentRunLineFields & { item: OpenItemWithAllocations };

export const paymentRunLineRow = ({
  tenantId: _tenantId,
  amount,
  baseAmount,
  ...row
}: PaymentRunLineModel): PaymentRunLineFields => ({ ...row, amount: Number(amount), baseAmount: Number(baseAmount) });

export type OpenItemKind = 'receivable' | 'payable';
export type OpenItemDocumentType = 'order' | 'bill' | 'credit_note';

type OpenItemAmounts = 'amount' | 'baseAmount' | 'openAmount' | 'openBaseAmount';

/** A receivable or payable: amounts as numbers (`::float8`), dates as `YYYY-MM-DD`. */
export type OpenItemRow = Omit<
  OpenItemModel,
  'tenantId' | 'kind' | 'documentType' | 'documentDate' | 'dueDate' | 'updatedAt' | OpenItemAmounts
> &
  Record<OpenItemAmounts, number> & {
    kind: OpenItemKind;
    documentType: OpenItemDocumentType;
    documentDate: string | null;
    dueDate: string | null;
  };

export type AllocationRow = Omit<
  OpenItemAllocationModel,
  'tenantId' | 'amount' | 'baseAmount' | 'allocatedOn' | 'createdAt'
> & {
  amount: number;
  baseAmount: number;
  /** YYYY-MM-DD */
  allocatedOn: string;
};

export const allocationRow = ({
  tenantId: _tenantId,
  createdAt: _createdAt,
  amount,
  baseAmount,
  allocatedOn,
  ...row
}: OpenItemAllocationModel): AllocationRow => ({
  ...row,
  amount: Number(amount),
  baseAmount: Number(baseAmount),
  allocatedOn: isoDay(allocatedOn),
});

export type OpenItemWithAllocations = OpenItemRow & { allocations: AllocationRow[] };

/** A customer's bank receipt (base minor units), as the request that recorded it sees it again. */
export type BankReceiptRow = Omit<
  BankReceiptModel,
  'tenantId' | 'amount' | 'receivedOn' | 'idempotencyKey' | 'createdBy'
> & {
  amount: number;
  /** YYYY-MM-DD */
  receivedOn: string;
};

export const bankReceiptRow = ({
  tenantId: _tenantId,
  idempotencyKey: _idempotencyKey,
  createdBy: _createdBy,
  amount,
  receivedOn,
  ...row
}: BankReceiptModel): BankReceiptRow => ({ ...row, amount: Number(amount), receivedOn: isoDay(receivedOn) });
