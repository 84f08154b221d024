/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddressInput = {
  /** At most 200 characters. */
  city: string;
  /** ISO 3166 alpha-2 */
  country: string;
  /** At most 200 characters. */
  line1: string;
  /** At most 200 characters. */
  line2?: string | null | undefined;
  /** At most 200 characters. */
  name: string;
  /** A number dialable in `country`, or in international form (`+49 30 1234567`) */
  phone?: string | null | undefined;
  /** At most 200 characters. */
  postalCode: string;
};

/** The codes apiKeyCreate can return in its errors. */
export type ApiKeyCreateErrorCode =
  | 'APP_ARCHIVED'
  | 'APP_BUILT_IN'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'SCOPE_NOT_HELD'
  | 'UNKNOWN_SCOPE';

export type ApiKeyCreateInput = {
  /** The app the key belongs to */
  appId?: string | null | undefined;
  expiresAt?: string | null | undefined;
  /** At most 200 characters. */
  name: string;
  /** The key's own tier; when not given it follows its app's tier (STANDARD without one) */
  rateLimitTier?: RateLimitTier | null | undefined;
  /** A subset of your own scopes. Each at most 200 characters. */
  scopes: Array<string>;
};

export type ApiKeyKind =
  /** A partner secret key (ucos_sk_…): server-side only */
  | 'API_KEY'
  /** A storefront key (ucos_pk_…): safe in a browser */
  | 'PUBLISHABLE_KEY';

/** The codes apiKeyRateLimitTierSet can return in its errors. */
export type ApiKeyRateLimitTierSetErrorCode =
  | 'NOT_FOUND';

export type ApiKeyRateLimitTierSetInput = {
  id: string;
  /** The key's own tier; null clears it, and the key follows its app's tier (STANDARD without one) */
  tier?: RateLimitTier | null | undefined;
};

/** The codes apiKeyRevoke can return in its errors. */
export type ApiKeyRevokeErrorCode =
  | 'ALREADY_REVOKED'
  | 'NOT_FOUND';

export type ApiKeyRevokeInput = {
  id: string;
};

/** The codes appArchive can return in its errors. */
export type AppArchiveErrorCode =
  | 'APP_ARCHIVED'
  | 'APP_BUILT_IN'
  | 'NOT_FOUND';

export type AppArchiveInput = {
  id: string;
};

/** One entry of a persisted-documents manifest, as the codegen client preset writes it */
export type AppDocumentInput = {
  /** At most 50000 characters. */
  document: string;
  /** The sha256 of the document, hex, with or without sha256:. At most 80 characters. */
  hash: string;
};

/** The codes appDocumentsPublish can return in its errors. */
export type AppDocumentsPublishErrorCode =
  | 'APP_ARCHIVED'
  | 'APP_BUILT_IN'
  | 'CONFLICT'
  | 'INVALID_DOCUMENT'
  | 'INVALID_MANIFEST'
  | 'NOT_FOUND';

export type AppDocumentsPublishInput = {
  appId: string;
  manifest: Array<AppDocumentInput>;
};

export type AppKind =
  /** The in-repo admin (built-in only): staff sign in, it takes no keys */
  | 'ADMIN'
  /** A partner integration: secret keys, any document within the limits */
  | 'PARTNER'
  /** A shop front: publishable keys, and only its published documents run for them */
  | 'STOREFRONT';

/** The codes appRateLimitTierSet can return in its errors. */
export type AppRateLimitTierSetErrorCode =
  | 'APP_ARCHIVED'
  | 'APP_BUILT_IN'
  | 'NOT_FOUND';

export type AppRateLimitTierSetInput = {
  id: string;
  /** The tier of every key of the app without its own; null clears it (those keys get STANDARD) */
  tier?: RateLimitTier | null | undefined;
};

/** The codes appRegister can return in its errors. */
export type AppRegisterErrorCode =
  | 'INVALID_INPUT';

export type AppRegisterInput = {
  /** How long a superseded version stays live; 86400 (a day) when not given */
  graceSeconds?: number | null | undefined;
  /** STOREFRONT or PARTNER */
  kind: AppKind;
  /** At most 200 characters. */
  name: string;
  /** The tier of its keys that set none of their own; none given: STANDARD */
  rateLimitTier?: RateLimitTier | null | undefined;
};

/** The codes appUpdate can return in its errors. */
export type AppUpdateErrorCode =
  | 'APP_ARCHIVED'
  | 'APP_BUILT_IN'
  | 'INVALID_INPUT'
  | 'NOT_FOUND';

export type AppUpdateInput = {
  /** 0 to 2592000 (30 days) */
  graceSeconds?: number | null | undefined;
  id: string;
  /** At most 200 characters. */
  name?: string | null | undefined;
};

export type AuditOutcome =
  | 'FAILURE'
  | 'SUCCESS';

export type BillLineMatchStatus =
  /** Within tolerance of the order and its receipts */
  | 'MATCHED'
  /** Outside a tolerance: see the reasons */
  | 'MISMATCH'
  /** Not on an order line (a fee), or a credit note line */
  | 'NOT_MATCHED';

/** The codes categoryCreate can return in its errors. */
export type CategoryCreateErrorCode =
  | 'DUPLICATE_NAME'
  | 'INVALID_HANDLE'
  | 'INVALID_INPUT'
  | 'NOT_FOUND';

export type CategoryCreateInput = {
  /** At most 200 characters. */
  name: string;
  parentId?: string | null | undefined;
  position?: number | null | undefined;
  /** Derived from the name when omitted. At most 200 characters. */
  slug?: string | null | undefined;
};

/** The codes categoryDelete can return in its errors. */
export type CategoryDeleteErrorCode =
  | 'CATEGORY_NOT_EMPTY'
  | 'NOT_FOUND';

export type CategoryDeleteInput = {
  id: string;
};

/** The codes categoryUpdate can return in its errors. */
export type CategoryUpdateErrorCode =
  | 'CATEGORY_CYCLE'
  | 'CONFLICT'
  | 'DUPLICATE_NAME'
  | 'INVALID_HANDLE'
  | 'INVALID_INPUT'
  | 'NOT_FOUND';

export type CategoryUpdateInput = {
  id: string;
  /** At most 200 characters. */
  name?: string | null | undefined;
  /** Moves the category (with its subtree) under this parent; null moves it to the top level, omitted leaves it. Under itself or one of its subcategories is CATEGORY_CYCLE. */
  parentId?: string | null | undefined;
  position?: number | null | undefined;
  /** Renames the path of the whole subtree. At most 200 characters. */
  slug?: string | null | undefined;
  version: number;
};

/** The codes collectionAddProducts can return in its errors. */
export type CollectionAddProductsErrorCode =
  | 'NOT_FOUND';

/** The codes collectionCreate can return in its errors. */
export type CollectionCreateErrorCode =
  | 'DUPLICATE_HANDLE'
  | 'INVALID_HANDLE'
  | 'INVALID_INPUT';

export type CollectionCreateInput = {
  /** At most 10000 characters. */
  description?: string | null | undefined;
  /** At most 200 characters. */
  handle: string;
  /** At most 200 characters. */
  title: string;
};

/** The codes collectionDelete can return in its errors. */
export type CollectionDeleteErrorCode =
  | 'CONFLICT'
  | 'NOT_FOUND';

export type CollectionDeleteInput = {
  id: string;
  version: number;
};

export type CollectionProductsInput = {
  collectionId: string;
  productIds: Array<string>;
};

/** The codes collectionRemoveProducts can return in its errors. */
export type CollectionRemoveProductsErrorCode =
  | 'NOT_FOUND';

/** The codes collectionUpdate can return in its errors. */
export type CollectionUpdateErrorCode =
  | 'CONFLICT'
  | 'DUPLICATE_HANDLE'
  | 'INVALID_HANDLE'
  | 'INVALID_INPUT'
  | 'NOT_FOUND';

export type CollectionUpdateInput = {
  /** An empty string clears it. At most 10000 characters. */
  description?: string | null | undefined;
  /** At most 200 characters. */
  handle?: string | null | undefined;
  id: string;
  /** At most 200 characters. */
  title?: string | null | undefined;
  /** The version you read; a stale one is a CONFLICT */
  version: number;
};

/** The codes companyBuyerAdd can return in its errors. */
export type CompanyBuyerAddErrorCode =
  | 'NOT_FOUND';

export type CompanyBuyerAddInput = {
  companyId: string;
  customerId: string;
};

/** The codes companyCreate can return in its errors. */
export type CompanyCreateErrorCode =
  | 'INVALID_INPUT';

export type CompanyCreateInput = {
  /** Catalog's customer group for this company's prices. At most 200 characters. */
  customerGroup: string;
  /** At most 200 characters. */
  name: string;
};

/** The codes customFieldDefinitionArchive can return in its errors. */
export type CustomFieldDefinitionArchiveErrorCode =
  | 'CONFLICT'
  | 'INVALID_CUSTOM_FIELD_DEFINITION'
  | 'INVALID_CUSTOM_FIELD_VALUE'
  | 'NOT_FOUND';

export type CustomFieldDefinitionArchiveInput = {
  /** false restores it */
  archived?: boolean | null | undefined;
  id: string;
  version: number;
};

/** The codes customFieldDefinitionCreate can return in its errors. */
export type CustomFieldDefinitionCreateErrorCode =
  | 'DUPLICATE_CUSTOM_FIELD_KEY'
  | 'INVALID_CUSTOM_FIELD_DEFINITION'
  | 'INVALID_CUSTOM_FIELD_KEY'
  | 'INVALID_CUSTOM_FIELD_VALUE';

export type CustomFieldDefinitionCreateInput = {
  /** The canonical string of the default value */
  defaultValue?: string | null | undefined;
  entity?: CustomFieldEntity | null | undefined;
  /** a-z, 0-9 and _, starting with a letter, at most 40. At most 200 characters. */
  key: string;
  label: string;
  /** Order in forms and lists; after the last one by default */
  position?: number | null | undefined;
  required?: boolean | null | undefined;
  type: CustomFieldType;
  validation?: CustomFieldValidationInput | null | undefined;
  visibility?: CustomFieldVisibility | null | undefined;
};

/** What a custom field is defined on. Catalog holds PRODUCT and VARIANT fields, orders CUSTOMER and ORDER, procurement SUPPLIER (each with its own definitions query and mutations). */
export type CustomFieldEntity =
  | 'CUSTOMER'
  | 'ORDER'
  | 'PRODUCT'
  | 'SUPPLIER'
  | 'VARIANT';

export type CustomFieldType =
  | 'BOOLEAN'
  | 'DATE'
  | 'ENUM'
  | 'MONEY'
  | 'NUMBER'
  | 'REFERENCE'
  | 'TEXT';

export type CustomFieldValidationInput = {
  /** NUMBER: largest value; TEXT: most characters; MONEY: minor units */
  max?: number | null | undefined;
  /** NUMBER: smallest value; TEXT: fewest characters; MONEY: minor units */
  min?: number | null | undefined;
  /** TEXT: a regular expression the whole value must match */
  pattern?: string | null | undefined;
  /** REFERENCE: the type the global id must name (Product, …) */
  referenceType?: string | null | undefined;
  /** ENUM: the allowed values. Each at most 200 characters. */
  values?: Array<string> | null | undefined;
};

/** Rows whose value of this field is one of `values`: the value stored, or the default for a row that stored none (as the API answers it); not for MONEY fields */
export type CustomFieldValueFilter = {
  /** An active custom field of the list’s entity. At most 200 characters. */
  key: string;
  /** Canonical strings, 1 to 50 (true/false for a BOOLEAN, YYYY-MM-DD for a DATE). Each at most 200 characters. */
  values: Array<string>;
};

export type CustomFieldValueInput = {
  /** At most 200 characters. */
  key: string;
  /** The canonical string (see CustomField.value); null or "" removes the value. At most 1000 characters. */
  value?: string | null | undefined;
};

/** ADMIN: staff and services only; STOREFRONT: also storefront keys (shown to shoppers) */
export type CustomFieldVisibility =
  | 'ADMIN'
  | 'STOREFRONT';

/** The codes customerCustomFieldDefinitionArchive can return in its errors. */
export type CustomerCustomFieldDefinitionArchiveErrorCode =
  | 'CONFLICT'
  | 'INVALID_CUSTOM_FIELD_DEFINITION'
  | 'INVALID_CUSTOM_FIELD_VALUE'
  | 'NOT_FOUND';

/** The codes customerCustomFieldDefinitionCreate can return in its errors. */
export type CustomerCustomFieldDefinitionCreateErrorCode =
  | 'DUPLICATE_CUSTOM_FIELD_KEY'
  | 'INVALID_CUSTOM_FIELD_DEFINITION'
  | 'INVALID_CUSTOM_FIELD_KEY'
  | 'INVALID_CUSTOM_FIELD_VALUE';

export type CustomerCustomFieldDefinitionCreateInput = {
  /** The canonical string of the default value */
  defaultValue?: string | null | undefined;
  /** a-z, 0-9 and _, starting with a letter, at most 40. At most 200 characters. */
  key: string;
  label: string;
  /** Order in forms and lists; after the last one by default */
  position?: number | null | undefined;
  required?: boolean | null | undefined;
  type: CustomFieldType;
  validation?: CustomFieldValidationInput | null | undefined;
  visibility?: CustomFieldVisibility | null | undefined;
};

/** The codes customerCustomFieldsUpdate can return in its errors. */
export type CustomerCustomFieldsUpdateErrorCode =
  | 'CONFLICT'
  | 'CUSTOM_FIELD_REQUIRED'
  | 'INVALID_CUSTOM_FIELD_VALUE'
  | 'NOT_FOUND'
  | 'UNKNOWN_CUSTOM_FIELD';

export type CustomerCustomFieldsUpdateInput = {
  /** The values to set; a null or "" value removes one; fields not named keep theirs */
  customFields: Array<CustomFieldValueInput>;
  customerId: string;
  /** The version you last saw: a stale one is a CONFLICT */
  version?: number | null | undefined;
};

export type CustomerFilter = {
  /** Each custom field (at most 10) must have one of its values */
  customFields?: Array<CustomFieldValueFilter> | null | undefined;
};

/** EmailVerificationRequest returns no errors: its list is always empty (NONE is never returned). */
export type EmailVerificationRequestErrorCode =
  | 'NONE';

/** The codes emailVerify can return in its errors. */
export type EmailVerifyErrorCode =
  | 'INVALID_TOKEN';

export type EmailVerifyInput = {
  /** From the verification mail */
  token: string;
};

export type ExchangeRateInput = {
  currency: string;
  /** Base minor units per minor unit of this currency */
  rate: string;
};

/** The codes featureFlagSet can return in its errors. */
export type FeatureFlagSetErrorCode =
  | 'CONFLICT'
  | 'INVALID_INPUT';

export type FeatureFlagSetInput = {
  /** At most 10000 characters. */
  description?: string | null | undefined;
  enabled: boolean;
  /** At most 200 characters. */
  key: string;
  /** 0 to 100; defaults to 100 (everyone when enabled) */
  percentage?: number | null | undefined;
  /** The version you read (0 for a new flag); omit to overwrite */
  version?: number | null | undefined;
};

/** The codes financeAccountCreate can return in its errors. */
export type FinanceAccountCreateErrorCode =
  | 'CODE_TAKEN'
  | 'INVALID_INPUT'
  | 'INVALID_PARENT';

export type FinanceAccountCreateInput = {
  /** At most 200 characters. */
  code: string;
  /** At most 200 characters. */
  name: string;
  /** An account of the same type */
  parentId?: string | null | undefined;
  type: FinanceAccountType;
};

export type FinanceAccountType =
  | 'ASSET'
  | 'EQUITY'
  | 'EXPENSE'
  | 'LIABILITY'
  | 'REVENUE';

/** The codes financeAccountUpdate can return in its errors. */
export type FinanceAccountUpdateErrorCode =
  | 'ACCOUNT_IN_USE'
  | 'CODE_TAKEN'
  | 'INVALID_INPUT'
  | 'INVALID_PARENT'
  | 'NOT_FOUND';

export type FinanceAccountUpdateInput = {
  accountId: string;
  /** false deactivates it (refused while a posting role uses it) */
  active?: boolean | null | undefined;
  /** At most 200 characters. */
  code?: string | null | undefined;
  /** At most 200 characters. */
  name?: string | null | undefined;
  /** null: a top-level account; left out: unchanged */
  parentId?: string | null | undefined;
};

/** The codes financeCreditNoteIssue can return in its errors. */
export type FinanceCreditNoteIssueErrorCode =
  | 'EXCEEDS_REMAINING'
  | 'INVALID_AMOUNT'
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'NOT_FOUND';

/** Credit either an amount (gross, split over the invoice tax rates) or quantities of its lines */
export type FinanceCreditNoteIssueInput = {
  /** Gross, in the invoice currency */
  amount?: number | null | undefined;
  invoiceId: string;
  lines?: Array<FinanceCreditNoteLineInput> | null | undefined;
  /** At most 1000 characters. */
  reason: string;
};

export type FinanceCreditNoteLineInput = {
  /** The invoice line's number */
  lineNo: number;
  quantity: number;
};

export type FinanceInvoiceFilter = {
  /** The buyer, case-insensitive. At most 320 characters. */
  customerEmail?: string | null | undefined;
  /** Issued on or after, YYYY-MM-DD. At most 10 characters. */
  from?: string | null | undefined;
  kind?: FinanceInvoiceKind | null | undefined;
  /** The order's id */
  orderId?: string | null | undefined;
  /** Issued on or before, YYYY-MM-DD. At most 10 characters. */
  to?: string | null | undefined;
};

export type FinanceInvoiceKind =
  /** A credit against an invoice (CN series) */
  | 'CREDIT_NOTE'
  /** An order's invoice (INV series) */
  | 'INVOICE';

/** Left out: unchanged */
export type FinanceInvoiceSettingsInput = {
  invoiceTrigger?: FinanceInvoiceTrigger | null | undefined;
  paymentTermsDays?: number | null | undefined;
  sellerAddress?: string | null | undefined;
  sellerLegalName?: string | null | undefined;
  sellerTaxId?: string | null | undefined;
};

/** The codes financeInvoiceSettingsUpdate can return in its errors. */
export type FinanceInvoiceSettingsUpdateErrorCode =
  | 'INVALID_INPUT';

export type FinanceInvoiceTrigger =
  /** Issued when the order's payment is captured */
  | 'CAPTURE'
  /** Issued for the whole order at its first shipment */
  | 'SHIPMENT';

export type FinanceOpenItemDocumentType =
  | 'BILL'
  | 'CREDIT_NOTE'
  | 'ORDER';

export type FinancePaymentRunAction =
  | 'CANCEL'
  | 'EDIT'
  | 'POST';

/** The codes financePaymentRunCancel can return in its errors. */
export type FinancePaymentRunCancelErrorCode =
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

export type FinancePaymentRunCancelInput = {
  runId: string;
};

/** The codes financePaymentRunCreate can return in its errors. */
export type FinancePaymentRunCreateErrorCode =
  | 'INVALID_INPUT'
  | 'NOTHING_DUE';

export type FinancePaymentRunCreateInput = {
  /** YYYY-MM-DD: bills due on or before it */
  dueBy: string;
  /** Only these suppliers (left out: every supplier) */
  supplierIds?: Array<string> | null | undefined;
};

/** The codes financePaymentRunLineRemove can return in its errors. */
export type FinancePaymentRunLineRemoveErrorCode =
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

export type FinancePaymentRunLineRemoveInput = {
  itemId: string;
  runId: string;
};

/** The codes financePaymentRunLineUpdate can return in its errors. */
export type FinancePaymentRunLineUpdateErrorCode =
  | 'INVALID_AMOUNT'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'OVER_ALLOCATED';

export type FinancePaymentRunLineUpdateInput = {
  /** Pay this much of it (the bill's currency; at most what the run selected) */
  amount: number;
  /** The bill (FinanceOpenItem) on the run */
  itemId: string;
  runId: string;
};

/** The codes financePaymentRunPost can return in its errors. */
export type FinancePaymentRunPostErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'NOT_OPEN';

export type FinancePaymentRunPostInput = {
  /** YYYY-MM-DD (default: the shop's today, in its time zone) */
  paymentDate?: string | null | undefined;
  runId: string;
};

export type FinancePaymentRunStatus =
  | 'CANCELLED'
  /** Lines can be removed or reduced; nothing is posted */
  | 'DRAFT'
  /** Paid: one journal entry per supplier */
  | 'POSTED';

export type FinanceReceiptAllocationInput = {
  /** Base minor units */
  amount: number;
  /** A receivable (FinanceOpenItem) of the customer */
  itemId: string;
};

/** The codes financeReceiptRecord can return in its errors. */
export type FinanceReceiptRecordErrorCode =
  | 'INVALID_AMOUNT'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'OVER_ALLOCATED';

export type FinanceReceiptRecordInput = {
  allocations: Array<FinanceReceiptAllocationInput>;
  /** Base minor units; equal to the sum of the allocations */
  amount: number;
  /** The paying customer; left out: a guest's orders */
  customerId?: string | null | undefined;
  /** At most 200 characters. */
  idempotencyKey: string;
  /** YYYY-MM-DD */
  receivedOn: string;
  /** The bank statement's reference. At most 200 characters. */
  reference?: string | null | undefined;
};

export type FinanceSourceDocumentKind =
  | 'CREDIT_NOTE'
  | 'INVOICE'
  | 'ORDER'
  | 'SUPPLIER_BILL';

/** The codes fiscalPeriodClose can return in its errors. */
export type FiscalPeriodCloseErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

export type FiscalPeriodInput = {
  /** YYYY-MM */
  month: string;
};

/** The codes fiscalPeriodReopen can return in its errors. */
export type FiscalPeriodReopenErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

export type FiscalPeriodStatus =
  /** Takes none: a late posting goes to the first open month after it */
  | 'CLOSED'
  /** Takes postings */
  | 'OPEN';

export type FulfillmentLineInput = {
  quantity: number;
  variantId: string;
};

/** The codes fulfillmentSettingsUpdate can return in its errors. */
export type FulfillmentSettingsUpdateErrorCode =
  | 'INVALID_INPUT';

export type FulfillmentSettingsUpdateInput = {
  returnWindowDays: number;
};

/** The codes giftCardAdjust can return in its errors. */
export type GiftCardAdjustErrorCode =
  | 'CONFLICT'
  | 'INVALID_AMOUNT'
  | 'INVALID_INPUT'
  | 'NOT_FOUND';

export type GiftCardAdjustInput = {
  /** Signed minor units: positive adds, negative takes off */
  amount: number;
  id: string;
  /** At most 1000 characters. */
  note: string;
  /** The version you last saw: a stale one is a CONFLICT */
  version?: number | null | undefined;
};

/** The codes giftCardDisable can return in its errors. */
export type GiftCardDisableErrorCode =
  | 'NOT_FOUND';

export type GiftCardDisableInput = {
  id: string;
};

/** The codes giftCardIssue can return in its errors. */
export type GiftCardIssueErrorCode =
  | 'DUPLICATE_CODE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_AMOUNT'
  | 'INVALID_CURRENCY'
  | 'INVALID_INPUT'
  | 'NOT_FOUND';

export type GiftCardIssueInput = {
  /** Minor units of `currency` on each card */
  amount: number;
  /** A code of your choosing for a single card (8-32 letters or digits); omitted: generated. At most 200 characters. */
  code?: string | null | undefined;
  /** How many cards of this amount (1-1000); default 1 */
  count?: number | null | undefined;
  /** ISO 4217 */
  currency: string;
  /** The customer it is for (anyone holding the code can spend it) */
  customerId?: string | null | undefined;
  /** Omitted: never expires */
  expiresAt?: string | null | undefined;
  /** A replay answers the same cards, without their codes (a code is shown once). At most 200 characters. */
  idempotencyKey?: string | null | undefined;
  /** At most 1000 characters. */
  note?: string | null | undefined;
};

/** Whether a shopper can pay with it right now */
export type GiftCardState =
  | 'DISABLED'
  /** Nothing left on it */
  | 'EMPTY'
  | 'EXPIRED'
  | 'USABLE';

export type GiftCardStatus =
  | 'ACTIVE'
  /** Can no longer be applied; its balance and ledger stay */
  | 'DISABLED';

export type GiftCardTransactionKind =
  /** Changed by staff, with their note */
  | 'ADJUSTMENT'
  | 'ISSUE'
  /** Paid (part of) an order at checkout */
  | 'REDEMPTION'
  /** Given back from an order: cancelled, refunded or lowered */
  | 'REFUND';

/** The codes integrationConfigure can return in its errors. */
export type IntegrationConfigureErrorCode =
  | 'INTEGRATION_KEY_UNAVAILABLE'
  | 'INVALID_SETTINGS'
  | 'UNKNOWN_ADAPTER';

export type IntegrationConfigureInput = {
  /** At most 40 characters. */
  adapterId: string;
  /** True selects the adapter for its kind (the kind’s others are disabled); omitted keeps it */
  enabled?: boolean | null | undefined;
  kind: IntegrationKind;
  /** The settings to set; omitted ones keep their value */
  settings?: Array<IntegrationSettingInput> | null | undefined;
};

/** The codes integrationKeyRotate can return in its errors. */
export type IntegrationKeyRotateErrorCode =
  | 'INTEGRATION_KEY_UNAVAILABLE'
  | 'NOT_FOUND';

/** The ports a tenant may plug an adapter into */
export type IntegrationKind =
  | 'CARRIER'
  | 'ERP_EXPORT'
  | 'PAYMENT'
  | 'SHIPPING_RATES'
  | 'TAX';

export type IntegrationSettingInput = {
  /** At most 64 characters. */
  key: string;
  /** An empty secret keeps the stored one. At most 2000 characters. */
  value: string;
};

/** The codes invitationAccept can return in its errors. */
export type InvitationAcceptErrorCode =
  | 'ALREADY_MEMBER'
  | 'EMAIL_MISMATCH'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_INPUT'
  | 'INVALID_TOKEN'
  | 'WEAK_PASSWORD';

export type InvitationAcceptInput = {
  /** Your name, for a new account. At most 200 characters. */
  name?: string | null | undefined;
  /** Omit when signed in with the invited address. Otherwise: the password for a new account, or the existing account’s own password. At most 1000 characters. */
  password?: string | null | undefined;
  /** From the invitation mail */
  token: string;
};

/** The codes invitationRevoke can return in its errors. */
export type InvitationRevokeErrorCode =
  | 'ALREADY_REVOKED'
  | 'NOT_FOUND';

export type InvitationRevokeInput = {
  id: string;
};

export type JournalEntryFilter = {
  /** Entries with a line on this account */
  accountId?: string | null | undefined;
  /** Entry date on or after, YYYY-MM-DD */
  from?: string | null | undefined;
  periodId?: string | null | undefined;
  /** The source document's local id (an order's id also finds the order's edits, shipments and returns) */
  sourceId?: string | null | undefined;
  /** `order.placed`, `shipment.shipped`, `bill.posted`, `reversal`, … */
  sourceType?: string | null | undefined;
  /** Entry date on or before, YYYY-MM-DD */
  to?: string | null | undefined;
};

/** The codes journalEntryReverse can return in its errors. */
export type JournalEntryReverseErrorCode =
  | 'ALREADY_REVERSED'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

export type JournalEntryReverseInput = {
  entryId: string;
  /** At most 1000 characters. */
  reason: string;
};

/** The codes memberInvite can return in its errors. */
export type MemberInviteErrorCode =
  | 'ALREADY_MEMBER'
  | 'INVALID_EMAIL'
  | 'INVALID_INPUT'
  | 'OWNER_REQUIRED'
  | 'SCOPE_NOT_HELD'
  | 'UNKNOWN_ROLE'
  | 'WEAK_PASSWORD';

export type MemberInviteInput = {
  /** At most 320 characters. */
  email: string;
  /** Roles the person gets on accepting; you can grant only roles whose scopes you hold. Each at most 200 characters. */
  roleNames: Array<string>;
};

/** The codes memberRemove can return in its errors. */
export type MemberRemoveErrorCode =
  | 'LAST_OWNER'
  | 'NOT_FOUND'
  | 'OWNER_REQUIRED'
  | 'SCOPE_NOT_HELD';

export type MemberRemoveInput = {
  /** Keep the secret API keys this member created (default: they are revoked with the membership). Storefront keys are public and always stay. */
  keepApiKeys?: boolean | null | undefined;
  userId: string;
};

/** The codes memberRolesSet can return in its errors. */
export type MemberRolesSetErrorCode =
  | 'LAST_OWNER'
  | 'NOT_FOUND'
  | 'OWNER_REQUIRED'
  | 'SCOPE_NOT_HELD'
  | 'UNKNOWN_ROLE';

export type MemberRolesSetInput = {
  /** Each at most 200 characters. */
  roleNames: Array<string>;
  userId: string;
};

export type NotificationStatus =
  /** Given up: its last attempt failed, or its template cannot render */
  | 'FAILED'
  /** Waiting to be sent (or to be retried after a failure) */
  | 'PENDING'
  /** Claimed by a sender */
  | 'SENDING'
  /** Accepted by the mail server */
  | 'SENT';

/** Unsaved template parts to preview instead of the stored ones */
export type NotificationTemplateDraftInput = {
  /** At most 100000 characters. */
  mjml: string;
  /** At most 1000 characters. */
  subject: string;
  /** At most 100000 characters. */
  text: string;
};

export type NotificationTemplatePart =
  | 'MJML'
  | 'SUBJECT'
  | 'TEXT';

/** The codes notificationTemplateReset can return in its errors. */
export type NotificationTemplateResetErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_LOCALE'
  | 'UNKNOWN_TEMPLATE';

export type NotificationTemplateResetInput = {
  /** At most 200 characters. */
  key: string;
  locale: string;
};

/** The codes notificationTemplateUpsert can return in its errors. */
export type NotificationTemplateUpsertErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_LOCALE'
  | 'INVALID_TEMPLATE'
  | 'UNKNOWN_TEMPLATE';

export type NotificationTemplateUpsertInput = {
  /** At most 200 characters. */
  key: string;
  locale: string;
  /** At most 100000 characters. */
  mjml: string;
  /** At most 1000 characters. */
  subject: string;
  /** At most 100000 characters. */
  text: string;
};

/** What the caller may do with the order now, each the mutation named alongside: decided by the order's and the payment's state machines and the caller's scopes (render buttons from it) */
export type OrderAction =
  /** orderCancel */
  | 'CANCEL'
  /** orderPaymentCapture */
  | 'CAPTURE_PAYMENT'
  /** orderComplete */
  | 'COMPLETE'
  /** orderConfirm */
  | 'CONFIRM';

/** The codes orderCancel can return in its errors. */
export type OrderCancelErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

export type OrderCancelInput = {
  orderId: string;
  /** At most 1000 characters. */
  reason?: string | null | undefined;
  version?: number | null | undefined;
};

/** The codes orderComplete can return in its errors. */
export type OrderCompleteErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'ORDER_ON_HOLD';

/** The codes orderConfirm can return in its errors. */
export type OrderConfirmErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'ORDER_ON_HOLD';

/** The codes orderCustomFieldDefinitionArchive can return in its errors. */
export type OrderCustomFieldDefinitionArchiveErrorCode =
  | 'CONFLICT'
  | 'INVALID_CUSTOM_FIELD_DEFINITION'
  | 'INVALID_CUSTOM_FIELD_VALUE'
  | 'NOT_FOUND';

/** The codes orderCustomFieldDefinitionCreate can return in its errors. */
export type OrderCustomFieldDefinitionCreateErrorCode =
  | 'DUPLICATE_CUSTOM_FIELD_KEY'
  | 'INVALID_CUSTOM_FIELD_DEFINITION'
  | 'INVALID_CUSTOM_FIELD_KEY'
  | 'INVALID_CUSTOM_FIELD_VALUE';

export type OrderCustomFieldDefinitionCreateInput = {
  /** The canonical string of the default value */
  defaultValue?: string | null | undefined;
  /** a-z, 0-9 and _, starting with a letter, at most 40. At most 200 characters. */
  key: string;
  label: string;
  /** Order in forms and lists; after the last one by default */
  position?: number | null | undefined;
  required?: boolean | null | undefined;
  type: CustomFieldType;
  validation?: CustomFieldValidationInput | null | undefined;
  visibility?: CustomFieldVisibility | null | undefined;
};

/** The codes orderCustomFieldsUpdate can return in its errors. */
export type OrderCustomFieldsUpdateErrorCode =
  | 'CONFLICT'
  | 'CUSTOM_FIELD_REQUIRED'
  | 'INVALID_CUSTOM_FIELD_VALUE'
  | 'NOT_FOUND'
  | 'UNKNOWN_CUSTOM_FIELD';

export type OrderCustomFieldsUpdateInput = {
  /** The values to set; a null or "" value removes one; fields not named keep theirs */
  customFields: Array<CustomFieldValueInput>;
  orderId: string;
  /** The version you last saw: a stale one is a CONFLICT */
  version?: number | null | undefined;
};

export type OrderFilter = {
  /** Each custom field (at most 10) must have one of its values */
  customFields?: Array<CustomFieldValueFilter> | null | undefined;
  /** Contained (any case) in the order's email, its shipping name or its customer's name. At most 200 characters. */
  customer?: string | null | undefined;
  customerId?: string | null | undefined;
  /** The order with this human-readable number */
  number?: number | null | undefined;
  paymentStatus?: PaymentStatus | null | undefined;
  /** Placed before */
  placedBefore?: string | null | undefined;
  /** Placed at or after */
  placedFrom?: string | null | undefined;
  status?: OrderStatus | null | undefined;
};

/** What the caller may start for the order now */
export type OrderFulfillmentAction =
  /** shipmentCreate: the order is confirmed, not on hold, and something is left to ship */
  | 'CREATE_SHIPMENT'
  /** returnRequest: something shipped that is not returned yet (staff, or the order's customer within the return window) */
  | 'REQUEST_RETURN';

/** The codes orderHoldPlace can return in its errors. */
export type OrderHoldPlaceErrorCode =
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'ORDER_FINAL';

export type OrderHoldPlaceInput = {
  /** The same key places the hold once: a retry answers with the hold the first call placed. At most 200 characters. */
  idempotencyKey?: string | null | undefined;
  orderId: string;
  /** At most 1000 characters. */
  reason: string;
  /** Who asks for the hold: `staff` (the default) or `workflow:<name>`. At most 200 characters. */
  source?: string | null | undefined;
};

/** The codes orderHoldRelease can return in its errors. */
export type OrderHoldReleaseErrorCode =
  | 'HOLD_ALREADY_RELEASED'
  | 'INVALID_INPUT'
  | 'NOT_FOUND';

export type OrderHoldReleaseInput = {
  holdId: string;
  /** At most 1000 characters. */
  note?: string | null | undefined;
};

/** What the caller may do with an order line now */
export type OrderLineAction =
  /** orderLineUpdate: lower or remove it (the order is not shipping yet and nothing of the line shipped) */
  | 'UPDATE';

/** The codes orderLineUpdate can return in its errors. */
export type OrderLineUpdateErrorCode =
  | 'CONFLICT'
  | 'INVALID_QUANTITY'
  | 'NOT_EDITABLE'
  | 'NOT_FOUND';

export type OrderLineUpdateInput = {
  orderId: string;
  /** Lower than now; 0 removes the line */
  quantity: number;
  variantId: string;
  version?: number | null | undefined;
};

/** The codes orderNumberPrefixSet can return in its errors. */
export type OrderNumberPrefixSetErrorCode =
  | 'INVALID_INPUT';

export type OrderNumberPrefixSetInput = {
  /** Up to 12 letters, digits, #, /, _ or -; empty for none. Orders already placed keep theirs. At most 12 characters. */
  prefix: string;
};

/** The codes orderPaymentCapture can return in its errors. */
export type OrderPaymentCaptureErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'ORDER_ON_HOLD'
  | 'SERVICE_UNAVAILABLE';

export type OrderStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CONFIRMED'
  | 'CREATED'
  | 'FULFILLED'
  | 'PARTIALLY_FULFILLED';

export type OrderTransitionInput = {
  orderId: string;
  /** The version you last saw: a stale one is a CONFLICT */
  version?: number | null | undefined;
};

/** The codes passwordChange can return in its errors. */
export type PasswordChangeErrorCode =
  | 'INVALID_CREDENTIALS'
  | 'WEAK_PASSWORD';

export type PasswordChangeInput = {
  /** At most 1000 characters. */
  currentPassword: string;
  /** At most 1000 characters. */
  newPassword: string;
};

/** The codes passwordResetComplete can return in its errors. */
export type PasswordResetCompleteErrorCode =
  | 'INVALID_TOKEN'
  | 'WEAK_PASSWORD';

export type PasswordResetCompleteInput = {
  /** At least 10 characters, 3 kinds of character. At most 1000 characters. */
  newPassword: string;
  /** From the reset mail; it works once */
  token: string;
};

/** The codes passwordResetRequest can return in its errors. */
export type PasswordResetRequestErrorCode =
  | 'INVALID_EMAIL'
  | 'INVALID_INPUT'
  | 'WEAK_PASSWORD';

export type PasswordResetRequestInput = {
  /** At most 320 characters. */
  email: string;
};

export type PaymentStatus =
  | 'AUTHORIZED'
  | 'CAPTURED'
  | 'FAILED'
  | 'REFUNDED'
  | 'VOIDED';

/** The codes pluginActionRun can return in its errors. */
export type PluginActionRunErrorCode =
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_INPUT'
  | 'NOT_ALLOWED'
  | 'NOT_FOUND'
  | 'PLUGIN_DISABLED'
  | 'PLUGIN_FAILED'
  | 'UNKNOWN_ACTION';

export type PluginActionRunInput = {
  /** The action's name, as the button names it */
  action: string;
  /** The UI extension whose button was clicked */
  extensionId: string;
  /** The same key answers the first result without running the action again. At most 200 characters. */
  idempotencyKey?: string | null | undefined;
  /** The global id of the page object (product, order, customer panels); absent elsewhere. At most 200 characters. */
  objectId?: string | null | undefined;
};

/** How the plugin says its action went */
export type PluginActionStatus =
  | 'FAILURE'
  | 'SUCCESS';

/** The codes pluginConfigure can return in its errors. */
export type PluginConfigureErrorCode =
  | 'INVALID_CONFIG'
  | 'NOT_INSTALLED';

export type PluginConfigureInput = {
  /** JSON that the version's configSchema accepts. At most 50000 characters. */
  config: string;
  installationId: string;
};

/** The codes pluginDisable can return in its errors. */
export type PluginDisableErrorCode =
  | 'NOT_INSTALLED';

/** The codes pluginEnable can return in its errors. */
export type PluginEnableErrorCode =
  | 'INVALID_CONFIG'
  | 'NOT_INSTALLED';

/** The codes pluginInstall can return in its errors. */
export type PluginInstallErrorCode =
  | 'ALREADY_INSTALLED'
  | 'LAYOUT_EXISTS'
  | 'NOT_FOUND';

export type PluginInstallInput = {
  /** The uploaded version to install */
  versionId: string;
};

export type PluginInstallationIdInput = {
  installationId: string;
};

/** The codes pluginRollback can return in its errors. */
export type PluginRollbackErrorCode =
  | 'INVALID_CONFIG'
  | 'LAYOUT_EXISTS'
  | 'NOT_INSTALLED'
  | 'NO_PREVIOUS_VERSION';

export type PluginSourceLanguage =
  | 'JS'
  /** Compiled to JavaScript on upload */
  | 'TS';

/** The codes pluginUninstall can return in its errors. */
export type PluginUninstallErrorCode =
  | 'NOT_INSTALLED';

/** The codes pluginUpgrade can return in its errors. */
export type PluginUpgradeErrorCode =
  | 'INVALID_CONFIG'
  | 'LAYOUT_EXISTS'
  | 'NOT_FOUND'
  | 'NOT_INSTALLED'
  | 'SAME_VERSION';

export type PluginUpgradeInput = {
  installationId: string;
  /** Another uploaded version of the same plugin */
  versionId: string;
};

/** The codes pluginUpload can return in its errors. */
export type PluginUploadErrorCode =
  | 'COMPILE_FAILED'
  | 'INVALID_MANIFEST'
  | 'VERSION_EXISTS';

export type PluginUploadInput = {
  language: PluginSourceLanguage;
  /** The manifest, as JSON: name, version, hooks, capabilities, configSchema. At most 50000 characters. */
  manifest: string;
  /** The bundle: an ES module whose default export maps hook points to functions. At most 200000 characters. */
  source: string;
};

/** The codes priceSet can return in its errors. */
export type PriceSetErrorCode =
  | 'CURRENCY_MISMATCH'
  | 'INVALID_AMOUNT'
  | 'INVALID_CURRENCY'
  | 'INVALID_INPUT'
  | 'NOT_FOUND';

export type PriceSetInput = {
  /** Minor units (1999 = 19.99 EUR), at most 2147483647; give this or decimalAmount */
  amount?: number | null | undefined;
  /** Must be the price list's currency */
  currency: string;
  /** A decimal such as "19.99"; more digits than the currency has is refused */
  decimalAmount?: string | null | undefined;
  /** The tier: this price applies from this quantity up */
  minQuantity?: number | null | undefined;
  priceListId: string;
  variantId: string;
};

export type PrincipalKind =
  | 'ANONYMOUS'
  | 'API_KEY'
  | 'CUSTOMER'
  | 'PUBLISHABLE_KEY'
  | 'SERVICE'
  | 'USER';

export type ProductAttributeInput = {
  /** At most 200 characters. */
  name: string;
  /** At most 1000 characters. */
  value: string;
};

/** The codes productBulkDelete can return in its errors. */
export type ProductBulkDeleteErrorCode =
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'NOT_FOUND';

export type ProductBulkDeleteInput = {
  /** 1 to 100 products */
  items: Array<ProductBulkItemInput>;
};

export type ProductBulkItemInput = {
  id: string;
  version: number;
};

/** The codes productBulkStatusSet can return in its errors. */
export type ProductBulkStatusSetErrorCode =
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'NOT_FOUND';

export type ProductBulkStatusSetInput = {
  /** 1 to 100 products */
  items: Array<ProductBulkItemInput>;
  status: ProductStatus;
};

/** The codes productCreate can return in its errors. */
export type ProductCreateErrorCode =
  | 'CUSTOM_FIELD_REQUIRED'
  | 'DUPLICATE_HANDLE'
  | 'DUPLICATE_SKU'
  | 'INVALID_AMOUNT'
  | 'INVALID_CUSTOM_FIELD_VALUE'
  | 'INVALID_HANDLE'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'PLUGIN_REFUSED'
  | 'UNKNOWN_CUSTOM_FIELD';

export type ProductCreateInput = {
  attributes?: Array<ProductAttributeInput> | null | undefined;
  categoryIds?: Array<string> | null | undefined;
  /** Values of custom fields, by key */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** At most 10000 characters. */
  description?: string | null | undefined;
  /** At most 200 characters. */
  handle: string;
  media?: Array<ProductMediaInput> | null | undefined;
  options?: Array<ProductOptionInput> | null | undefined;
  /** The price list the variants' `price` goes on (tier 1, the list's currency); required when a variant has one */
  priceListId?: string | null | undefined;
  status?: ProductStatus | null | undefined;
  /** At most 200 characters. */
  title: string;
  variants?: Array<VariantInput> | null | undefined;
};

/** The codes productImport can return in its errors. */
export type ProductImportErrorCode =
  | 'CURRENCY_MISMATCH'
  | 'DUPLICATE_SKU'
  | 'INVALID_AMOUNT'
  | 'INVALID_CURRENCY'
  | 'INVALID_INPUT'
  | 'INVALID_ROW'
  | 'NOT_FOUND';

export type ProductImportFormat =
  | 'CSV'
  | 'JSONL';

export type ProductImportInput = {
  /** The file: one variant per row, grouped by handle (README). At most 5242880 characters. */
  data: string;
  format: ProductImportFormat;
};

export type ProductMediaInput = {
  /** At most 200 characters. */
  alt?: string | null | undefined;
  height?: number | null | undefined;
  position?: number | null | undefined;
  /** At most 2048 characters. */
  url: string;
  width?: number | null | undefined;
};

export type ProductOptionInput = {
  /** At most 200 characters. */
  name: string;
  /** Each at most 200 characters. */
  values: Array<string>;
};

export type ProductSearchSort =
  | 'NEWEST'
  | 'OLDEST'
  | 'PRICE_ASC'
  | 'PRICE_DESC'
  | 'RELEVANCE'
  | 'TITLE'
  | 'TITLE_DESC';

export type ProductStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DRAFT';

/** The codes productStatusSet can return in its errors. */
export type ProductStatusSetErrorCode =
  | 'CONFLICT'
  | 'NOT_FOUND';

export type ProductStatusSetInput = {
  id: string;
  status: ProductStatus;
  version: number;
};

/** The codes productUpdate can return in its errors. */
export type ProductUpdateErrorCode =
  | 'CONFLICT'
  | 'CUSTOM_FIELD_REQUIRED'
  | 'DUPLICATE_HANDLE'
  | 'DUPLICATE_SKU'
  | 'INVALID_CUSTOM_FIELD_VALUE'
  | 'INVALID_HANDLE'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'PLUGIN_REFUSED'
  | 'UNKNOWN_CUSTOM_FIELD';

export type ProductUpdateInput = {
  /** Replaces the list */
  attributes?: Array<ProductAttributeInput> | null | undefined;
  /** Replaces the list */
  categoryIds?: Array<string> | null | undefined;
  /** Sets the given keys (a null value removes one); the other fields keep their values */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** At most 10000 characters. */
  description?: string | null | undefined;
  /** At most 200 characters. */
  handle?: string | null | undefined;
  id: string;
  /** Replaces the list */
  media?: Array<ProductMediaInput> | null | undefined;
  /** Replaces the list */
  options?: Array<ProductOptionInput> | null | undefined;
  /** At most 200 characters. */
  title?: string | null | undefined;
  /** The version you read; a stale one is a CONFLICT */
  version: number;
};

export type PromotionActionType =
  /** For every `buyQuantity` + `getQuantity` target units, the cheapest `getQuantity` at `percentBps` off */
  | 'BUY_X_GET_Y'
  /** `amount` off the target lines (shared among them) */
  | 'FIXED'
  /** The shipping method costs nothing (only the `shippingMethods` listed, when it lists any) */
  | 'FREE_SHIPPING'
  /** `percentBps` off the target lines */
  | 'PERCENTAGE'
  /** The highest of `tiers` whose threshold the target lines reach */
  | 'TIERED';

/** The codes promotionArchive can return in its errors. */
export type PromotionArchiveErrorCode =
  | 'NOT_FOUND';

export type PromotionArchiveInput = {
  id: string;
};

/** The codes promotionCodesGenerate can return in its errors. */
export type PromotionCodesGenerateErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND';

export type PromotionCodesGenerateInput = {
  count: number;
  prefix: string;
  promotionId: string;
};

/** The codes promotionCreate can return in its errors. */
export type PromotionCreateErrorCode =
  | 'DUPLICATE_CODE'
  | 'INVALID_CURRENCY'
  | 'INVALID_INPUT'
  | 'INVALID_PROMOTION_RULE'
  | 'PROMOTION_CODE_INVALID';

export type PromotionCreateInput = {
  /** Default: true without a code, false with one */
  automatic?: boolean | null | undefined;
  /** A shared code (3-40 letters, digits, - or _); omitted: automatic. At most 200 characters. */
  code?: string | null | undefined;
  /** ISO 4217; required for fixed amounts */
  currency?: string | null | undefined;
  endsAt?: string | null | undefined;
  exclusive?: boolean | null | undefined;
  /** At most 200 characters. */
  name: string;
  priority?: number | null | undefined;
  rule: PromotionRuleInput;
  startsAt?: string | null | undefined;
  usageLimit?: number | null | undefined;
  usageLimitPerCustomer?: number | null | undefined;
};

/** A promotion rule. Which fields matter depends on `type`; the rest is ignored. Checked as a whole: every problem is an INVALID_PROMOTION_RULE error under input.rule */
export type PromotionRuleInput = {
  /** FIXED: minor units of the promotion’s currency */
  amount?: number | null | undefined;
  buyQuantity?: number | null | undefined;
  /** Only buyers of these companies */
  companyIds?: Array<string> | null | undefined;
  /** Only buyers of a company in one of these customer groups */
  customerGroups?: Array<string> | null | undefined;
  getQuantity?: number | null | undefined;
  /** The cart subtotal (before discounts) must reach this */
  minSubtotal?: number | null | undefined;
  /** PERCENTAGE, BUY_X_GET_Y (default 10000: free): basis points, 1000 = 10 % */
  percentBps?: number | null | undefined;
  /** FREE_SHIPPING: only these shipping method codes (e.g. `standard`); default: any method, express included */
  shippingMethods?: Array<string> | null | undefined;
  /** Ids of the products, collections, categories or variants */
  targetIds?: Array<string> | null | undefined;
  /** Default ORDER: every line */
  targetKind?: PromotionTargetKind | null | undefined;
  tiers?: Array<PromotionTierInput> | null | undefined;
  type: PromotionActionType;
};

/** Whether it applies right now */
export type PromotionState =
  | 'ARCHIVED'
  | 'ENDED'
  /** Its usage limit is reached */
  | 'EXHAUSTED'
  | 'LIVE'
  /** Starts later */
  | 'SCHEDULED';

export type PromotionStatus =
  | 'ACTIVE'
  | 'ARCHIVED';

export type PromotionTargetKind =
  | 'CATEGORIES'
  | 'COLLECTIONS'
  | 'ORDER'
  | 'PRODUCTS'
  | 'VARIANTS';

export type PromotionTierInput = {
  amount?: number | null | undefined;
  minSubtotal: number;
  percentBps?: number | null | undefined;
};

/** The codes promotionUpdate can return in its errors. */
export type PromotionUpdateErrorCode =
  | 'CONFLICT'
  | 'INVALID_CURRENCY'
  | 'INVALID_INPUT'
  | 'INVALID_PROMOTION_RULE'
  | 'NOT_FOUND';

export type PromotionUpdateInput = {
  automatic?: boolean | null | undefined;
  currency?: string | null | undefined;
  /** null removes the end */
  endsAt?: string | null | undefined;
  exclusive?: boolean | null | undefined;
  id: string;
  /** At most 200 characters. */
  name?: string | null | undefined;
  priority?: number | null | undefined;
  rule?: PromotionRuleInput | null | undefined;
  /** null removes the start */
  startsAt?: string | null | undefined;
  /** null removes the limit */
  usageLimit?: number | null | undefined;
  usageLimitPerCustomer?: number | null | undefined;
  /** The version you last saw: a stale one is a CONFLICT */
  version?: number | null | undefined;
};

/** A move the caller may make now; approval is decided in the Tasks inbox (the approval workflow) */
export type PurchaseOrderAction =
  | 'CANCEL'
  | 'CLOSE'
  | 'EDIT'
  | 'SEND'
  | 'SUBMIT';

/** The codes purchaseOrderCancel can return in its errors. */
export type PurchaseOrderCancelErrorCode =
  | 'CONFLICT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

export type PurchaseOrderCancelInput = {
  comment?: string | null | undefined;
  /** When given, the version read; another change in between is CONFLICT */
  expectedVersion?: number | null | undefined;
  /** At most 200 characters. */
  idempotencyKey?: string | null | undefined;
  purchaseOrderId: string;
};

/** The codes purchaseOrderClose can return in its errors. */
export type PurchaseOrderCloseErrorCode =
  | 'CONFLICT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

export type PurchaseOrderCloseInput = {
  comment?: string | null | undefined;
  /** When given, the version read; another change in between is CONFLICT */
  expectedVersion?: number | null | undefined;
  /** At most 200 characters. */
  idempotencyKey?: string | null | undefined;
  purchaseOrderId: string;
};

export type PurchaseOrderFilter = {
  /** The order number, or the supplier’s name or code, contains it. At most 200 characters. */
  query?: string | null | undefined;
  /** Any of these (every status when left out) */
  statuses?: Array<PurchaseOrderStatus> | null | undefined;
  supplierId?: string | null | undefined;
};

/** The codes purchaseOrderSend can return in its errors. */
export type PurchaseOrderSendErrorCode =
  | 'CONFLICT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'NO_EMAIL';

export type PurchaseOrderSendInput = {
  comment?: string | null | undefined;
  /** When given, the version read; another change in between is CONFLICT */
  expectedVersion?: number | null | undefined;
  /** At most 200 characters. */
  idempotencyKey?: string | null | undefined;
  purchaseOrderId: string;
};

export type PurchaseOrderStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'DRAFT'
  | 'PARTIALLY_RECEIVED'
  | 'RECEIVED'
  | 'SENT'
  | 'SUBMITTED';

/** The codes purchaseOrderSubmit can return in its errors. */
export type PurchaseOrderSubmitErrorCode =
  | 'CONFLICT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'NO_LINES'
  | 'PLUGIN_REFUSED';

export type PurchaseOrderSubmitInput = {
  comment?: string | null | undefined;
  /** When given, the version read; another change in between is CONFLICT */
  expectedVersion?: number | null | undefined;
  /** At most 200 characters. */
  idempotencyKey?: string | null | undefined;
  purchaseOrderId: string;
};

/** The codes purchaseOrdersCreateFromSuggestions can return in its errors. */
export type PurchaseOrdersCreateFromSuggestionsErrorCode =
  | 'AMOUNT_TOO_LARGE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_AMOUNT'
  | 'INVALID_CURRENCY'
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'NOT_FOUND'
  | 'NO_LINES'
  | 'SUPPLIER_INACTIVE'
  | 'UNKNOWN_VARIANT';

export type PurchaseOrdersCreateFromSuggestionsInput = {
  exchangeRates?: Array<ExchangeRateInput> | null | undefined;
  expectedAt?: string | null | undefined;
  /** At most 200 characters. */
  idempotencyKey?: string | null | undefined;
  lines: Array<SuggestedLineInput>;
};

/** A key's rate-limit budget at the gateway, as a multiple of the deployment's budget for its kind (a secret key, or a storefront key and each of its shoppers). Set on a key, or on an app for every key of the app without its own: the key's own tier > its app's tier > STANDARD. Every answer reports the budget left. */
export type RateLimitTier =
  /** A fifth of the deployment budget: trials, low-volume integrations */
  | 'BASIC'
  /** Five times the deployment budget: busy integrations and shops */
  | 'PREMIUM'
  /** The deployment budget (the default) */
  | 'STANDARD';

/** Where the tier in force for a key was set: the key's own tier > its app's tier > the default */
export type RateLimitTierSource =
  /** The key follows its app's tier */
  | 'APP'
  /** Neither the key nor its app has a tier: STANDARD */
  | 'DEFAULT'
  /** The key has a tier of its own */
  | 'KEY';

/** The codes receiptCreate can return in its errors. */
export type ReceiptCreateErrorCode =
  | 'DUPLICATE_LINE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'LINE_NOT_ON_ORDER'
  | 'NOT_FOUND'
  | 'NO_LINES'
  | 'ORDER_NOT_RECEIVABLE'
  | 'OVER_RECEIPT'
  | 'REJECTION_REASON_REQUIRED'
  | 'TOO_MANY_ITEMS'
  | 'WAREHOUSE_MISMATCH';

export type ReceiptCreateInput = {
  /** At most 200 characters. */
  idempotencyKey: string;
  lines: Array<ReceiptLineInput>;
  /** At most 1000 characters. */
  note?: string | null | undefined;
  /** Post at once (default): the goods are received; false leaves a draft */
  post?: boolean | null | undefined;
  purchaseOrderId: string;
  /** Where the goods arrived; the first line’s destination when left out */
  warehouseId?: string | null | undefined;
};

export type ReceiptLineInput = {
  acceptedQuantity: number;
  purchaseOrderLineId: string;
  rejectedQuantity?: number | null | undefined;
  /** Required when units are rejected (damaged, wrong item, …) */
  rejectionReason?: string | null | undefined;
};

export type ReceiptStatus =
  /** A draft nobody will post */
  | 'DISCARDED'
  /** Entered, not counted yet: posting it receives the goods */
  | 'DRAFT'
  /** Received: the order lines and inventory count it */
  | 'POSTED';

/** What the caller may do with the return now, each the mutation named alongside: the return's state machine and the caller's scopes decide */
export type ReturnAction =
  /** returnApprove */
  | 'APPROVE'
  /** returnReceive */
  | 'RECEIVE'
  /** returnRefund */
  | 'REFUND'
  /** returnReject */
  | 'REJECT';

/** The codes returnApprove can return in its errors. */
export type ReturnApproveErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

export type ReturnMoveInput = {
  returnId: string;
  version?: number | null | undefined;
  /** returnReceive: the warehouse the goods came back to (restocked there) */
  warehouseId?: string | null | undefined;
};

/** The codes returnReceive can return in its errors. */
export type ReturnReceiveErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

/** The codes returnRefund can return in its errors. */
export type ReturnRefundErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

/** The codes returnReject can return in its errors. */
export type ReturnRejectErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

/** The codes returnRequest can return in its errors. */
export type ReturnRequestErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'NOT_FOUND'
  | 'RETURN_QUANTITY_EXCEEDS_SHIPPED'
  | 'RETURN_WINDOW_CLOSED';

export type ReturnRequestInput = {
  lines: Array<FulfillmentLineInput>;
  orderId: string;
  /** At most 1000 characters. */
  reason?: string | null | undefined;
};

export type ReturnStatus =
  | 'APPROVED'
  | 'RECEIVED'
  | 'REFUNDED'
  | 'REJECTED'
  | 'REQUESTED';

/** The codes roleCreate can return in its errors. */
export type RoleCreateErrorCode =
  | 'INVALID_INPUT'
  | 'ROLE_NAME_TAKEN'
  | 'SCOPE_NOT_HELD'
  | 'UNKNOWN_SCOPE';

export type RoleCreateInput = {
  /** At most 10000 characters. */
  description?: string | null | undefined;
  /** At most 200 characters. */
  name: string;
  /** Each at most 200 characters. */
  scopes: Array<string>;
};

/** The codes roleDelete can return in its errors. */
export type RoleDeleteErrorCode =
  | 'NOT_FOUND'
  | 'ROLE_BUILTIN';

export type RoleDeleteInput = {
  id: string;
};

/** The codes roleUpdate can return in its errors. */
export type RoleUpdateErrorCode =
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'ROLE_BUILTIN'
  | 'ROLE_NAME_TAKEN'
  | 'SCOPE_NOT_HELD'
  | 'UNKNOWN_SCOPE';

export type RoleUpdateInput = {
  /** At most 10000 characters. */
  description?: string | null | undefined;
  id: string;
  /** A new name (members keep the role); omitted: unchanged. At most 200 characters. */
  name?: string | null | undefined;
  /** Each at most 200 characters. */
  scopes: Array<string>;
  version: number;
};

/** The codes sessionCreate can return in its errors. */
export type SessionCreateErrorCode =
  | 'INVALID_CREDENTIALS'
  | 'TOO_MANY_ATTEMPTS';

export type SessionCreateInput = {
  /** At most 320 characters. */
  email: string;
  /** At most 1000 characters. */
  password: string;
  /** Which tenant to sign in to; defaults to the first one joined. At most 200 characters. */
  tenantSlug?: string | null | undefined;
};

/** The codes sessionRefresh can return in its errors. */
export type SessionRefreshErrorCode =
  | 'INVALID_REFRESH_TOKEN'
  | 'REFRESH_TOKEN_EXPIRED'
  | 'REFRESH_TOKEN_REUSED';

export type SessionRefreshInput = {
  refreshToken: string;
};

/** The codes sessionRevoke can return in its errors. */
export type SessionRevokeErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_REFRESH_TOKEN'
  | 'NOT_FOUND';

/** Exactly one of: the refresh token (sign-out, no other credential needed), or a session id. */
export type SessionRevokeInput = {
  /** Signs out one of your own sessions (see `sessions`); needs you signed in */
  id?: string | null | undefined;
  /** Signs this session out */
  refreshToken?: string | null | undefined;
};

/** What the caller may do with the shipment now, each the mutation named alongside: the shipment's state machine and the caller's scopes decide (render buttons from it) */
export type ShipmentAction =
  /** shipmentCancel */
  | 'CANCEL'
  /** shipmentDeliver */
  | 'DELIVER'
  /** shipmentPack */
  | 'PACK'
  /** shipmentShip (takes a tracking number) */
  | 'SHIP';

/** The codes shipmentCancel can return in its errors. */
export type ShipmentCancelErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'SERVICE_UNAVAILABLE'
  | 'UNKNOWN_CARRIER';

/** The codes shipmentCreate can return in its errors. */
export type ShipmentCreateErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'NOT_FOUND'
  | 'ORDER_NOT_SHIPPABLE'
  | 'ORDER_ON_HOLD'
  | 'SHIP_QUANTITY_EXCEEDS_ORDER'
  | 'UNKNOWN_CARRIER';

export type ShipmentCreateInput = {
  /** "manual" (default). At most 200 characters. */
  carrier?: string | null | undefined;
  lines: Array<FulfillmentLineInput>;
  orderId: string;
  /** Default: the shipping method the shopper chose at checkout (e.g. express). At most 200 characters. */
  service?: string | null | undefined;
  /** The warehouse it leaves from */
  warehouseId?: string | null | undefined;
};

/** The codes shipmentDeliver can return in its errors. */
export type ShipmentDeliverErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'SERVICE_UNAVAILABLE'
  | 'UNKNOWN_CARRIER';

export type ShipmentMoveInput = {
  shipmentId: string;
  version?: number | null | undefined;
};

/** The codes shipmentPack can return in its errors. */
export type ShipmentPackErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'ORDER_ON_HOLD'
  | 'SERVICE_UNAVAILABLE'
  | 'UNKNOWN_CARRIER';

/** The codes shipmentShip can return in its errors. */
export type ShipmentShipErrorCode =
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'ORDER_ON_HOLD'
  | 'SERVICE_UNAVAILABLE'
  | 'UNKNOWN_CARRIER';

export type ShipmentShipInput = {
  shipmentId: string;
  /** At most 200 characters. */
  trackingNumber?: string | null | undefined;
  version?: number | null | undefined;
};

export type ShipmentStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'PACKED'
  | 'PENDING'
  | 'SHIPPED';

/** The codes shippingZoneCreate can return in its errors. */
export type ShippingZoneCreateErrorCode =
  | 'COUNTRY_IN_ANOTHER_ZONE'
  | 'INVALID_INPUT'
  | 'REST_OF_WORLD_EXISTS';

export type ShippingZoneCreateInput = {
  /** ISO 3166 alpha-2 codes, each in at most one zone; none makes the rest-of-world zone */
  countries: Array<string>;
  /** At most 200 characters. */
  name: string;
};

/** The codes shippingZoneDelete can return in its errors. */
export type ShippingZoneDeleteErrorCode =
  | 'NOT_FOUND';

export type ShippingZoneDeleteInput = {
  id: string;
};

/** The codes shippingZoneMethodCreate can return in its errors. */
export type ShippingZoneMethodCreateErrorCode =
  | 'INVALID_AMOUNT'
  | 'INVALID_CURRENCY'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'SHIPPING_METHOD_EXISTS';

export type ShippingZoneMethodCreateInput = {
  /** The price in minor units (499 = 4.99 EUR), at most 2147483647 */
  amount: number;
  /** Stable code carts and checkout send. At most 40 characters. */
  code: string;
  currency: string;
  estimatedDaysMax: number;
  estimatedDaysMin: number;
  /** Free when the cart's subtotal reaches this (minor units); omitted: never free */
  freeFrom?: number | null | undefined;
  /** At most 200 characters. */
  name: string;
  zoneId: string;
};

/** The codes shippingZoneMethodDelete can return in its errors. */
export type ShippingZoneMethodDeleteErrorCode =
  | 'NOT_FOUND';

export type ShippingZoneMethodDeleteInput = {
  id: string;
};

/** The codes shippingZoneMethodUpdate can return in its errors. */
export type ShippingZoneMethodUpdateErrorCode =
  | 'INVALID_AMOUNT'
  | 'INVALID_CURRENCY'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'SHIPPING_METHOD_EXISTS';

export type ShippingZoneMethodUpdateInput = {
  amount?: number | null | undefined;
  /** At most 40 characters. */
  code?: string | null | undefined;
  currency?: string | null | undefined;
  estimatedDaysMax?: number | null | undefined;
  estimatedDaysMin?: number | null | undefined;
  /** null removes the free-shipping threshold; omitted keeps it */
  freeFrom?: number | null | undefined;
  id: string;
  /** At most 200 characters. */
  name?: string | null | undefined;
};

/** The codes shippingZoneUpdate can return in its errors. */
export type ShippingZoneUpdateErrorCode =
  | 'COUNTRY_IN_ANOTHER_ZONE'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'REST_OF_WORLD_EXISTS';

export type ShippingZoneUpdateInput = {
  /** Replaces the zone's countries when given */
  countries?: Array<string> | null | undefined;
  id: string;
  /** At most 200 characters. */
  name?: string | null | undefined;
};

/** The codes stockAdjust can return in its errors. */
export type StockAdjustErrorCode =
  | 'BELOW_RESERVED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'NEGATIVE_STOCK'
  | 'UNKNOWN_WAREHOUSE'
  | 'WAREHOUSE_INACTIVE';

export type StockAdjustInput = {
  /** Units to add (positive) or remove (negative); or use setOnHand */
  delta?: number | null | undefined;
  /** A replay with the same key returns the first result. At most 200 characters. */
  idempotencyKey: string;
  /** At most 1000 characters. */
  note?: string | null | undefined;
  reason?: StockAdjustmentReason | null | undefined;
  /** At most 200 characters. */
  reference?: string | null | undefined;
  /** The counted on-hand quantity (a stock take); or use delta */
  setOnHand?: number | null | undefined;
  variantId: string;
  warehouseId: string;
};

export type StockAdjustmentReason =
  | 'ADJUSTMENT'
  | 'RECEIPT'
  | 'RETURN';

export type StockLevelFilter = {
  /** true: only levels at or below their effective threshold; false: only the others */
  lowStock?: boolean | null | undefined;
  variantId?: string | null | undefined;
  /** Any of these variants (at most 100): the page of a catalog search, whose stock a screen shows */
  variantIds?: Array<string> | null | undefined;
  warehouseId?: string | null | undefined;
};

/** The codes stockLevelReorderPolicySet can return in its errors. */
export type StockLevelReorderPolicySetErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'UNKNOWN_WAREHOUSE';

export type StockLevelReorderPolicySetInput = {
  /** Suggest buying when available + incoming is at or below this; null (with reorderQuantity) removes the policy */
  reorderPoint?: number | null | undefined;
  /** The least a suggestion orders (1 or more) */
  reorderQuantity?: number | null | undefined;
  variantId: string;
  warehouseId: string;
};

export type StockMovementReason =
  | 'ADJUSTMENT'
  | 'RECEIPT'
  | 'RESERVATION'
  | 'RESERVATION_RELEASE'
  | 'RETURN'
  | 'SHIPMENT'
  | 'TRANSFER_IN'
  | 'TRANSFER_OUT';

/** The codes stockThresholdSet can return in its errors. */
export type StockThresholdSetErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'UNKNOWN_WAREHOUSE'
  | 'WAREHOUSE_INACTIVE';

export type StockThresholdSetInput = {
  /** null clears it; inventory.stock.low fires when available drops to it or below */
  threshold?: number | null | undefined;
  variantId: string;
  warehouseId: string;
};

/** The codes stockTransfer can return in its errors. */
export type StockTransferErrorCode =
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'UNKNOWN_WAREHOUSE'
  | 'WAREHOUSE_INACTIVE';

export type StockTransferInput = {
  fromWarehouseId: string;
  /** At most 200 characters. */
  idempotencyKey: string;
  /** At most 1000 characters. */
  note?: string | null | undefined;
  quantity: number;
  /** At most 200 characters. */
  reference?: string | null | undefined;
  toWarehouseId: string;
  variantId: string;
};

/** The codes storefrontKeyCreate can return in its errors. */
export type StorefrontKeyCreateErrorCode =
  | 'APP_ARCHIVED'
  | 'APP_BUILT_IN'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'SCOPE_NOT_HELD'
  | 'UNKNOWN_SCOPE';

export type StorefrontKeyCreateInput = {
  /** The app the key belongs to */
  appId?: string | null | undefined;
  expiresAt?: string | null | undefined;
  /** At most 200 characters. */
  name: string;
  /** The key's own tier; when not given it follows its app's tier (STANDARD without one) */
  rateLimitTier?: RateLimitTier | null | undefined;
};

/** Each the mutation of that name */
export type SubscriptionAction =
  | 'CANCEL'
  | 'PAUSE'
  | 'RESUME'
  | 'SKIP_NEXT';

export type SubscriptionActionInput = {
  id: string;
  /** At most 1000 characters. */
  reason?: string | null | undefined;
  /** The version you last saw: a stale one is a CONFLICT */
  version?: number | null | undefined;
};

/** The codes subscriptionCancel can return in its errors. */
export type SubscriptionCancelErrorCode =
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

/** The codes subscriptionChange can return in its errors. */
export type SubscriptionChangeErrorCode =
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'INVALID_PHONE'
  | 'INVALID_POSTAL_CODE'
  | 'INVALID_QUANTITY'
  | 'INVALID_STREET'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'SHIPPING_METHOD_UNAVAILABLE';

/** What the next renewals order; an absent field keeps its value */
export type SubscriptionChangeInput = {
  id: string;
  /** 1 to 10,000 */
  quantity?: number | null | undefined;
  shippingAddress?: AddressInput | null | undefined;
  /** A method code the address's shipping zone offers in the subscription's currency. At most 200 characters. */
  shippingMethod?: string | null | undefined;
  /** The version you last saw: a stale one is a CONFLICT */
  version?: number | null | undefined;
};

export type SubscriptionIntervalUnit =
  | 'DAY'
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

/** The codes subscriptionPause can return in its errors. */
export type SubscriptionPauseErrorCode =
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

/** The codes subscriptionPlanSet can return in its errors. */
export type SubscriptionPlanSetErrorCode =
  | 'INVALID_INPUT';

export type SubscriptionPlanSetInput = {
  /** Default true; false stops new subscriptions (existing ones keep renewing) */
  active?: boolean | null | undefined;
  /** 1 to 365 */
  intervalCount: number;
  intervalUnit: SubscriptionIntervalUnit;
  /** At most 200 characters. */
  name: string;
  /** Days before the first renewal (0 to 365); default 0: one interval */
  trialDays?: number | null | undefined;
  /** The catalog variant sold by this plan (one plan per variant) */
  variantId: string;
};

export type SubscriptionRenewalStatus =
  /** Too little stock to reserve it: nothing was charged, it is tried again (see lastError) */
  | 'AWAITING_STOCK'
  /** Its charge failed (so far): see attempts and lastError */
  | 'FAILED'
  /** Its order was placed and authorised */
  | 'PAID'
  | 'SKIPPED';

/** The codes subscriptionResume can return in its errors. */
export type SubscriptionResumeErrorCode =
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

/** The codes subscriptionSkipNext can return in its errors. */
export type SubscriptionSkipNextErrorCode =
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND';

export type SubscriptionStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  /** A renewal charge failed; retried on the dunning schedule */
  | 'PAST_DUE'
  /** Not renewing until resumed */
  | 'PAUSED'
  /** Before its first renewal, within the trial days */
  | 'TRIALING';

export type SuggestedLineInput = {
  quantity: number;
  /** Default: the variant’s preferred supplier */
  supplierId?: string | null | undefined;
  variantId: string;
  warehouseId: string;
};

/** The codes supplierBillCancel can return in its errors. */
export type SupplierBillCancelErrorCode =
  | 'BILL_NOT_HELD'
  | 'NOT_FOUND';

/** The codes supplierBillCreate can return in its errors. */
export type SupplierBillCreateErrorCode =
  | 'AMOUNT_TOO_LARGE'
  | 'CREDIT_EXCEEDS_BILLED'
  | 'DUPLICATE_INVOICE_NUMBER'
  | 'DUPLICATE_LINE'
  | 'EXCHANGE_RATE_REQUIRED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_AMOUNT'
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'LINE_NOT_ON_ORDER'
  | 'NOT_FOUND'
  | 'NO_LINES'
  | 'ORDER_NOT_BILLABLE'
  | 'SUPPLIER_MISMATCH'
  | 'TOO_MANY_ITEMS';

export type SupplierBillCreateInput = {
  /** YYYY-MM-DD */
  billDate: string;
  /** Base minor units per supplier minor unit; the order's rate when left out */
  exchangeRate?: string | null | undefined;
  freightAmount?: number | null | undefined;
  /** At most 200 characters. */
  idempotencyKey: string;
  /** BILL (default) or CREDIT_NOTE */
  kind?: SupplierBillKind | null | undefined;
  lines: Array<SupplierBillLineInput>;
  /** At most 1000 characters. */
  note?: string | null | undefined;
  /** The order billed (its supplier, currency and rate apply) */
  purchaseOrderId?: string | null | undefined;
  /** Required without a purchase order */
  supplierId?: string | null | undefined;
  supplierInvoiceNumber: string;
  taxAmount?: number | null | undefined;
};

export type SupplierBillIdInput = {
  billId: string;
};

export type SupplierBillKind =
  /** A supplier's invoice: we owe it */
  | 'BILL'
  /** A supplier credit: reduces what we owe */
  | 'CREDIT_NOTE';

export type SupplierBillLineInput = {
  /** The order line's description when left out. At most 10000 characters. */
  description?: string | null | undefined;
  /** The order line billed; leave out for a fee that is on no line */
  purchaseOrderLineId?: string | null | undefined;
  quantity: number;
  unitPrice: number;
};

/** The codes supplierBillRelease can return in its errors. */
export type SupplierBillReleaseErrorCode =
  | 'BILL_NOT_HELD'
  | 'COMMENT_REQUIRED'
  | 'CONFLICT'
  | 'NOT_FOUND';

export type SupplierBillReleaseInput = {
  billId: string;
  /** Why it may be paid as billed (recorded) */
  comment: string;
  /** The version read; a change in between is CONFLICT */
  expectedVersion?: number | null | undefined;
};

export type SupplierBillStatus =
  /** A held bill that will not be paid (a corrected one replaces it) */
  | 'CANCELLED'
  /** The three-way match found differences: waits for a release with a comment */
  | 'HELD'
  /** Matched, or released: payable (finance books it) */
  | 'POSTED';

/** The codes supplierContactAdd can return in its errors. */
export type SupplierContactAddErrorCode =
  | 'INVALID_EMAIL'
  | 'INVALID_INPUT'
  | 'NOT_FOUND';

export type SupplierContactAddInput = {
  /** At most 320 characters. */
  email?: string | null | undefined;
  /** At most 200 characters. */
  name: string;
  phone?: string | null | undefined;
  role?: string | null | undefined;
  supplierId: string;
};

/** The codes supplierContactRemove can return in its errors. */
export type SupplierContactRemoveErrorCode =
  | 'NOT_FOUND';

export type SupplierContactRemoveInput = {
  contactId: string;
};

/** The codes supplierCreate can return in its errors. */
export type SupplierCreateErrorCode =
  | 'CODE_TAKEN'
  | 'CUSTOM_FIELD_REQUIRED'
  | 'INVALID_CURRENCY'
  | 'INVALID_CUSTOM_FIELD_VALUE'
  | 'INVALID_EMAIL'
  | 'INVALID_INPUT'
  | 'UNKNOWN_CUSTOM_FIELD';

export type SupplierCreateInput = {
  active?: boolean | null | undefined;
  address?: string | null | undefined;
  /** At most 200 characters. */
  code: string;
  currency: string;
  /** SUPPLIER custom field values (see supplierCustomFieldDefinitions); defaults apply, required ones need a value */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  earlyPaymentDiscountDays?: number | null | undefined;
  earlyPaymentDiscountPercent?: number | null | undefined;
  /** At most 320 characters. */
  email?: string | null | undefined;
  leadTimeDays?: number | null | undefined;
  /** At most 200 characters. */
  name: string;
  notes?: string | null | undefined;
  paymentTermsDays?: number | null | undefined;
  phone?: string | null | undefined;
  taxId?: string | null | undefined;
};

/** The codes supplierCustomFieldDefinitionArchive can return in its errors. */
export type SupplierCustomFieldDefinitionArchiveErrorCode =
  | 'CONFLICT'
  | 'INVALID_CUSTOM_FIELD_DEFINITION'
  | 'INVALID_CUSTOM_FIELD_VALUE'
  | 'NOT_FOUND';

/** The codes supplierCustomFieldDefinitionCreate can return in its errors. */
export type SupplierCustomFieldDefinitionCreateErrorCode =
  | 'DUPLICATE_CUSTOM_FIELD_KEY'
  | 'INVALID_CUSTOM_FIELD_DEFINITION'
  | 'INVALID_CUSTOM_FIELD_KEY'
  | 'INVALID_CUSTOM_FIELD_VALUE';

export type SupplierCustomFieldDefinitionCreateInput = {
  /** The canonical string of the default value */
  defaultValue?: string | null | undefined;
  /** a-z, 0-9 and _, starting with a letter, at most 40. At most 200 characters. */
  key: string;
  label: string;
  /** Order in forms and lists; after the last one by default */
  position?: number | null | undefined;
  required?: boolean | null | undefined;
  type: CustomFieldType;
  validation?: CustomFieldValidationInput | null | undefined;
  visibility?: CustomFieldVisibility | null | undefined;
};

export type SupplierFilter = {
  active?: boolean | null | undefined;
  /** Each field’s value is one of its values (every field must match; at most 10, see supplierCustomFieldDefinitions) */
  customFields?: Array<CustomFieldValueFilter> | null | undefined;
  /** Name or code contains it (case-insensitive). At most 200 characters. */
  query?: string | null | undefined;
};

export type SupplierItemInput = {
  leadTimeDays?: number | null | undefined;
  minimumOrderQuantity?: number | null | undefined;
  packSize?: number | null | undefined;
  /** true: this supplier becomes the variant’s preferred one; left out: unchanged */
  preferred?: boolean | null | undefined;
  supplierSku?: string | null | undefined;
  /** In the supplier’s currency */
  unitCost: number;
  variantId: string;
};

/** The codes supplierItemRemove can return in its errors. */
export type SupplierItemRemoveErrorCode =
  | 'NOT_FOUND';

export type SupplierItemRemoveInput = {
  supplierItemId: string;
};

/** The codes supplierItemsSet can return in its errors. */
export type SupplierItemsSetErrorCode =
  | 'INVALID_AMOUNT'
  | 'INVALID_INPUT'
  | 'INVALID_QUANTITY'
  | 'NOT_FOUND'
  | 'TOO_MANY_ITEMS'
  | 'UNKNOWN_VARIANT';

export type SupplierItemsSetInput = {
  /** Created, or replaced for a variant the supplier already has; at most 500 */
  items: Array<SupplierItemInput>;
  supplierId: string;
};

/** The codes supplierUpdate can return in its errors. */
export type SupplierUpdateErrorCode =
  | 'CODE_TAKEN'
  | 'CONFLICT'
  | 'CUSTOM_FIELD_REQUIRED'
  | 'INVALID_CURRENCY'
  | 'INVALID_CUSTOM_FIELD_VALUE'
  | 'INVALID_EMAIL'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'UNKNOWN_CUSTOM_FIELD';

export type SupplierUpdateInput = {
  active?: boolean | null | undefined;
  address?: string | null | undefined;
  /** At most 200 characters. */
  code?: string | null | undefined;
  currency?: string | null | undefined;
  /** SUPPLIER custom field values to set; a null or "" value removes one; fields not named keep theirs */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  earlyPaymentDiscountDays?: number | null | undefined;
  earlyPaymentDiscountPercent?: number | null | undefined;
  /** At most 320 characters. */
  email?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  leadTimeDays?: number | null | undefined;
  /** At most 200 characters. */
  name?: string | null | undefined;
  notes?: string | null | undefined;
  paymentTermsDays?: number | null | undefined;
  phone?: string | null | undefined;
  supplierId: string;
  taxId?: string | null | undefined;
};

/** The codes taskApprove can return in its errors. */
export type TaskApproveErrorCode =
  | 'ALREADY_DECIDED'
  | 'FORBIDDEN_SCOPE'
  | 'NOT_FOUND'
  | 'OWN_REQUEST';

export type TaskDecideInput = {
  /** Why (shown on the run’s timeline). At most 2000 characters. */
  comment?: string | null | undefined;
  taskId: string;
};

/** The codes taskReject can return in its errors. */
export type TaskRejectErrorCode =
  | 'ALREADY_DECIDED'
  | 'FORBIDDEN_SCOPE'
  | 'NOT_FOUND'
  | 'OWN_REQUEST';

export type TaxRateInput = {
  /** What shoppers read: "VAT 19%". At most 200 characters. */
  name: string;
  /** 0 to 1000000 parts per million (else INVALID_TAX_RATE) */
  ratePpm: number;
  /** standard, reduced, zero or exempt (else INVALID_TAX_RATE) */
  taxClass: string;
};

export type TaxRounding =
  /** Each line is rounded to the minor unit */
  | 'LINE'
  /** Each rate's total is rounded once (and shared among its lines) */
  | 'TOTAL';

/** The codes taxSettingsUpdate can return in its errors. */
export type TaxSettingsUpdateErrorCode =
  | 'INVALID_INPUT';

export type TaxSettingsUpdateInput = {
  /** null clears it, omitted keeps it */
  originCountry?: string | null | undefined;
  /** True: catalog prices include tax (what EU shoppers are shown) */
  pricesIncludeTax?: boolean | null | undefined;
  rounding?: TaxRounding | null | undefined;
};

/** The codes taxZoneCreate can return in its errors. */
export type TaxZoneCreateErrorCode =
  | 'COUNTRY_IN_ANOTHER_ZONE'
  | 'INVALID_INPUT'
  | 'INVALID_TAX_RATE';

export type TaxZoneCreateInput = {
  /** At most 200 characters. */
  name: string;
  /** "DE" (a whole country) or "US-CA" (a region); each in at most one zone */
  places: Array<string>;
  /** One per tax class; a class without one is untaxed */
  rates: Array<TaxRateInput>;
};

/** The codes taxZoneDelete can return in its errors. */
export type TaxZoneDeleteErrorCode =
  | 'NOT_FOUND';

export type TaxZoneDeleteInput = {
  id: string;
};

/** The codes taxZoneUpdate can return in its errors. */
export type TaxZoneUpdateErrorCode =
  | 'COUNTRY_IN_ANOTHER_ZONE'
  | 'INVALID_INPUT'
  | 'INVALID_TAX_RATE'
  | 'NOT_FOUND';

export type TaxZoneUpdateInput = {
  id: string;
  /** At most 200 characters. */
  name?: string | null | undefined;
  /** Replaces the zone's places when given */
  places?: Array<string> | null | undefined;
  /** Replaces the zone's rates when given */
  rates?: Array<TaxRateInput> | null | undefined;
};

export type TenantAddressInput = {
  /** At most 200 characters. */
  city: string;
  /** ISO 3166 alpha-2 */
  country: string;
  /** At most 200 characters. */
  line1: string;
  /** At most 200 characters. */
  line2?: string | null | undefined;
  /** The business phone: a number dialable in `country`, or in international form (`+49 30 1234567`) */
  phone?: string | null | undefined;
  /** At most 200 characters. */
  postalCode: string;
  /** A state or province, where the country has them */
  region?: string | null | undefined;
};

/** The codes tenantCreate can return in its errors. */
export type TenantCreateErrorCode =
  | 'INVALID_EMAIL'
  | 'INVALID_INPUT'
  | 'INVALID_SLUG'
  | 'SLUG_TAKEN'
  | 'WEAK_PASSWORD';

export type TenantCreateInput = {
  /** At most 200 characters. */
  name: string;
  /** At most 320 characters. */
  ownerEmail: string;
  /** At most 200 characters. */
  ownerName?: string | null | undefined;
  /** At least 10 characters, 3 kinds of character. At most 1000 characters. */
  ownerPassword: string;
  /** 3 to 48 lower-case letters and digits, single dashes between them; unique. At most 200 characters. */
  slug: string;
};

/** The codes tenantUpdate can return in its errors. */
export type TenantUpdateErrorCode =
  | 'CONFLICT'
  | 'INVALID_CURRENCY'
  | 'INVALID_INPUT'
  | 'INVALID_PHONE'
  | 'INVALID_POSTAL_CODE'
  | 'INVALID_STREET'
  | 'INVALID_TAX_ID';

export type TenantUpdateInput = {
  /** The registered address; absent leaves it (street and postal code checked for the country) */
  address?: TenantAddressInput | null | undefined;
  /** ISO 4217 codes the shop sells in, its default first (1 to 20, each once); unchanged when absent */
  currencies?: Array<string> | null | undefined;
  /** The registered business name; '' clears it, absent leaves it */
  legalName?: string | null | undefined;
  /** BCP 47 (`en`, `de`, `pt-BR`); unchanged when absent */
  locale?: string | null | undefined;
  /** At most 200 characters. */
  name: string;
  /** VAT or tax id (an EU VAT id must match its country's format); '' clears it, absent leaves it */
  taxId?: string | null | undefined;
  /** IANA time zone (`Europe/Paris`); unchanged when absent */
  timeZone?: string | null | undefined;
  /** The version you read; a stale one is a CONFLICT */
  version: number;
};

/** The codes uiExtensionDelete can return in its errors. */
export type UiExtensionDeleteErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND';

export type UiExtensionDeleteInput = {
  id: string;
};

/** Where the admin renders an extension; a …_FORM point takes the layout of that page's custom-fields form (one form block: titled sections of custom-field keys) */
export type UiExtensionPoint =
  | 'CUSTOMER_FORM'
  | 'CUSTOMER_PANEL'
  | 'DASHBOARD_WIDGET'
  | 'NAV_PAGE'
  | 'ORDER_FORM'
  | 'ORDER_PANEL'
  | 'PRODUCT_FORM'
  | 'PRODUCT_PANEL'
  | 'SUPPLIER_FORM';

/** The codes uiExtensionSave can return in its errors. */
export type UiExtensionSaveErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_SCHEMA'
  | 'LAYOUT_EXISTS'
  | 'NOT_FOUND'
  | 'NOT_INSTALLED';

export type UiExtensionSaveInput = {
  /** true by default */
  enabled?: boolean | null | undefined;
  /** The extension to replace; absent to create one */
  id?: string | null | undefined;
  /** The plugin installation it belongs to */
  installationId?: string | null | undefined;
  point: UiExtensionPoint;
  /** Lower first; 0 by default */
  position?: number | null | undefined;
  /** The UI schema as JSON: {"blocks": [...]}; see docs/architecture/ui-extensions.md. At most 50000 characters. */
  schema: string;
  /** At most 120 characters. */
  title: string;
};

/** The codes variantCreate can return in its errors. */
export type VariantCreateErrorCode =
  | 'CUSTOM_FIELD_REQUIRED'
  | 'DUPLICATE_SKU'
  | 'INVALID_CUSTOM_FIELD_VALUE'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'UNKNOWN_CUSTOM_FIELD';

export type VariantCreateInput = {
  /** At most 200 characters. */
  barcode?: string | null | undefined;
  /** Values of VARIANT custom fields, by key */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  optionValues?: Array<VariantOptionValueInput> | null | undefined;
  position?: number | null | undefined;
  productId: string;
  /** At most 200 characters. */
  sku: string;
  /** One of standard, reduced, zero, exempt (an unknown class is INVALID_INPUT); omitted: standard, or unchanged on update */
  taxClass?: string | null | undefined;
  /** At most 200 characters. */
  title?: string | null | undefined;
  weightGrams?: number | null | undefined;
};

export type VariantInput = {
  /** At most 200 characters. */
  barcode?: string | null | undefined;
  /** Values of VARIANT custom fields, by key */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  optionValues?: Array<VariantOptionValueInput> | null | undefined;
  position?: number | null | undefined;
  /** Its price on productCreate's priceListId (required with any price); all or nothing with the product */
  price?: VariantPriceInput | null | undefined;
  /** At most 200 characters. */
  sku: string;
  /** One of standard, reduced, zero, exempt (an unknown class is INVALID_INPUT); omitted: standard, or unchanged on update */
  taxClass?: string | null | undefined;
  /** At most 200 characters. */
  title?: string | null | undefined;
  weightGrams?: number | null | undefined;
};

export type VariantOptionValueInput = {
  /** At most 200 characters. */
  name: string;
  /** At most 1000 characters. */
  value: string;
};

/** A new variant's price, tier 1 (from one unit) of productCreate's price list, in that list's currency */
export type VariantPriceInput = {
  /** Minor units (1999 = 19.99 EUR), at most 2147483647; give this or decimalAmount */
  amount?: number | null | undefined;
  /** A decimal such as "19.99"; more digits than the currency has is refused */
  decimalAmount?: string | null | undefined;
};

export type VariantSearchSort =
  | 'PRODUCT_TITLE'
  | 'PRODUCT_TITLE_DESC'
  | 'SKU'
  | 'SKU_DESC';

/** The codes variantUpdate can return in its errors. */
export type VariantUpdateErrorCode =
  | 'CONFLICT'
  | 'CUSTOM_FIELD_REQUIRED'
  | 'DUPLICATE_SKU'
  | 'INVALID_CUSTOM_FIELD_VALUE'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'UNKNOWN_CUSTOM_FIELD';

export type VariantUpdateInput = {
  /** At most 200 characters. */
  barcode?: string | null | undefined;
  /** Values of VARIANT custom fields, by key */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  id: string;
  /** Replaces the list */
  optionValues?: Array<VariantOptionValueInput> | null | undefined;
  position?: number | null | undefined;
  /** At most 200 characters. */
  sku?: string | null | undefined;
  /** One of standard, reduced, zero, exempt (an unknown class is INVALID_INPUT); omitted: standard, or unchanged on update */
  taxClass?: string | null | undefined;
  /** At most 200 characters. */
  title?: string | null | undefined;
  version: number;
  weightGrams?: number | null | undefined;
};

/** The codes webhookDeliveryRedeliver can return in its errors. */
export type WebhookDeliveryRedeliverErrorCode =
  | 'DELIVERY_PENDING'
  | 'NOT_FOUND';

export type WebhookDeliveryRedeliverInput = {
  deliveryId: string;
};

export type WebhookDeliveryStatus =
  /** Every retry failed (redeliver to try again) */
  | 'FAILED'
  /** Waiting for its first attempt or a retry */
  | 'PENDING'
  /** The endpoint answered 2xx */
  | 'SUCCEEDED';

/** The codes webhookEndpointCreate can return in its errors. */
export type WebhookEndpointCreateErrorCode =
  | 'DESTINATION_NOT_ALLOWED'
  | 'INVALID_EVENT_TYPE'
  | 'INVALID_INPUT'
  | 'INVALID_URL';

export type WebhookEndpointCreateInput = {
  /** At most 10000 characters. */
  description?: string | null | undefined;
  /** Exact types or prefix wildcards (`orders.order.*`, `*`) */
  eventTypes: Array<string>;
  /** At most 2048 characters. */
  url: string;
};

/** The codes webhookEndpointDelete can return in its errors. */
export type WebhookEndpointDeleteErrorCode =
  | 'NOT_FOUND';

/** The codes webhookEndpointDisable can return in its errors. */
export type WebhookEndpointDisableErrorCode =
  | 'NOT_FOUND';

/** The codes webhookEndpointEnable can return in its errors. */
export type WebhookEndpointEnableErrorCode =
  | 'NOT_FOUND';

export type WebhookEndpointIdInput = {
  endpointId: string;
};

/** The codes webhookEndpointSecretRotate can return in its errors. */
export type WebhookEndpointSecretRotateErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND';

export type WebhookEndpointSecretRotateInput = {
  endpointId: string;
  /** How long the current secret keeps signing alongside the new one (0 to 168) */
  overlapHours: number;
};

/** The codes webhookEndpointTest can return in its errors. */
export type WebhookEndpointTestErrorCode =
  | 'ENDPOINT_DISABLED'
  | 'NOT_FOUND';

/** The codes workflowCreateFromTemplate can return in its errors. */
export type WorkflowCreateFromTemplateErrorCode =
  | 'INVALID_PARAMETER'
  | 'INVALID_WORKFLOW'
  | 'NAME_TAKEN'
  | 'UNKNOWN_TEMPLATE';

export type WorkflowCreateFromTemplateInput = {
  /** Values for its parameters; the rest default */
  parameters?: Array<WorkflowTemplateParameterInput> | null | undefined;
  /** A WorkflowTemplate key */
  template: string;
};

/** The codes workflowDisable can return in its errors. */
export type WorkflowDisableErrorCode =
  | 'NOT_FOUND';

/** The codes workflowDryRun can return in its errors. */
export type WorkflowDryRunErrorCode =
  | 'INVALID_EVENT'
  | 'INVALID_WORKFLOW'
  | 'NOT_FOUND';

export type WorkflowDryRunInput = {
  /** A sample event as JSON text: an envelope { type, payload } or just its payload. At most 100000 characters. */
  event: string;
  /** A saved workflow (its latest version, or `version`)… */
  id?: string | null | undefined;
  /** …or a document in YAML, saved or not. At most 100000 characters. */
  source?: string | null | undefined;
  version?: number | null | undefined;
};

export type WorkflowDryRunOutcome =
  /** A condition: see branch */
  | 'BRANCH'
  /** An expression failed on this event: see detail */
  | 'ERROR'
  /** Its when is false */
  | 'SKIPPED'
  /** The step would run (side effects are only described) */
  | 'WOULD_RUN';

/** The codes workflowEnable can return in its errors. */
export type WorkflowEnableErrorCode =
  | 'NOT_FOUND';

export type WorkflowIdInput = {
  id: string;
};

/** The codes workflowRunCancel can return in its errors. */
export type WorkflowRunCancelErrorCode =
  | 'ALREADY_FINISHED'
  | 'NOT_FOUND';

export type WorkflowRunCancelInput = {
  runId: string;
};

export type WorkflowRunFilter = {
  status?: WorkflowRunStatus | null | undefined;
  /** One workflow’s runs */
  workflowId?: string | null | undefined;
};

/** Where a run is */
export type WorkflowRunStatus =
  | 'CANCELLED'
  | 'COMPENSATED'
  | 'COMPENSATING'
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING'
  | 'WAITING';

/** What a step does */
export type WorkflowStepKind =
  | 'ACTION'
  | 'APPROVAL'
  | 'CONDITION'
  | 'NOTIFY'
  | 'PARALLEL'
  | 'SET'
  | 'WAIT'
  | 'WEBHOOK';

/** Where one step of a run is */
export type WorkflowStepStatus =
  | 'COMPENSATED'
  | 'COMPLETED'
  | 'FAILED'
  | 'PENDING'
  | 'RUNNING'
  | 'SKIPPED'
  | 'WAITING';

/** An approval task: open, or how it was decided */
export type WorkflowTaskStatus =
  | 'APPROVED'
  | 'EXPIRED'
  | 'OPEN'
  | 'REJECTED';

export type WorkflowTemplateParameterInput = {
  /** At most 200 characters. */
  key: string;
  /** At most 1000 characters. */
  value: string;
};

/** The codes workflowUpdate can return in its errors. */
export type WorkflowUpdateErrorCode =
  | 'INVALID_WORKFLOW'
  | 'NAME_IMMUTABLE'
  | 'NOT_FOUND';

export type WorkflowUpdateInput = {
  id: string;
  /** The workflow document in YAML. At most 100000 characters. */
  source: string;
};

export type WorkflowValidateInput = {
  /** The workflow document in YAML. At most 100000 characters. */
  source: string;
};

export type Account_PasswordChangeMutationVariables = Exact<{
  input: PasswordChangeInput;
}>;


export type Account_PasswordChangeMutation = { passwordChange: { changed: boolean, endedSessions: number, errors: Array<{ code: PasswordChangeErrorCode, field: Array<string> | null, message: string }> } };

export type Account_SessionRevokeMutationVariables = Exact<{
  input: SessionRevokeInput;
}>;


export type Account_SessionRevokeMutation = { sessionRevoke: { revoked: boolean, errors: Array<{ code: SessionRevokeErrorCode, field: Array<string> | null, message: string }> } };

export type Account_SessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type Account_SessionsQuery = { sessions: Array<{ id: string, createdAt: string, lastUsedAt: string, expiresAt: string, current: boolean }> };

export type Bills_CreateMutationVariables = Exact<{
  input: SupplierBillCreateInput;
}>;


export type Bills_CreateMutation = { supplierBillCreate: { bill: { id: string } | null, errors: Array<{ code: SupplierBillCreateErrorCode, field: Array<string> | null, message: string }> } };

export type Bills_ReleaseMutationVariables = Exact<{
  input: SupplierBillReleaseInput;
}>;


export type Bills_ReleaseMutation = { supplierBillRelease: { bill: { id: string, status: SupplierBillStatus } | null, errors: Array<{ code: SupplierBillReleaseErrorCode, field: Array<string> | null, message: string }> } };

export type Bills_CancelMutationVariables = Exact<{
  input: SupplierBillIdInput;
}>;


export type Bills_CancelMutation = { supplierBillCancel: { errors: Array<{ code: SupplierBillCancelErrorCode, field: Array<string> | null, message: string }> } };

export type Bills_ListQueryVariables = Exact<{
  statuses?: Array<SupplierBillStatus> | SupplierBillStatus | null | undefined;
}>;


export type Bills_ListQuery = { supplierBills: { totalCount: number, edges: Array<{ node: { id: string, number: string, kind: SupplierBillKind, status: SupplierBillStatus, supplierName: string, supplierInvoiceNumber: string, purchaseOrderId: string | null, purchaseOrderNumber: string | null, billDate: string, dueDate: string, currency: string, totalAmount: number, holdReasons: Array<{ code: string }> } }> } };

export type Bills_DetailQueryVariables = Exact<{
  id: string;
}>;


export type Bills_DetailQuery = { supplierBill: { id: string, number: string, kind: SupplierBillKind, status: SupplierBillStatus, supplierName: string, supplierInvoiceNumber: string, purchaseOrderId: string | null, purchaseOrderNumber: string | null, billDate: string, dueDate: string, currency: string, exchangeRate: string, baseCurrency: string, subtotalAmount: number, taxAmount: number, freightAmount: number, totalAmount: number, baseTotalAmount: number, note: string | null, releaseComment: string | null, releasedAt: string | null, postedAt: string | null, createdAt: string, version: number, holdReasons: Array<{ billLineId: string | null, code: string, message: string }>, lines: Array<{ id: string, position: number, sku: string | null, description: string, quantity: number, unitPrice: number, orderedUnitCost: number | null, amount: number, baseAmount: number, receivedBaseAmount: number, matchStatus: BillLineMatchStatus, matchReasons: Array<{ code: string, message: string }> }> } | null };

export type Bills_OrderLinesQueryVariables = Exact<{
  code: string;
}>;


export type Bills_OrderLinesQuery = { receivableLines: Array<{ purchaseOrderId: string, purchaseOrderNumber: string, purchaseOrderLineId: string, sku: string, description: string, quantityOrdered: number, quantityCancelled: number, quantityReceived: number, quantityBilled: number, unitCost: number, currency: string }> };

export type ProductEdit_ProductQueryVariables = Exact<{
  id: string;
}>;


export type ProductEdit_ProductQuery = { customFieldDefinitions: Array<{ key: string, label: string, type: CustomFieldType, required: boolean, validation: { values: Array<string> | null } }>, categories: Array<{ id: string, name: string, position: number, parent: { id: string } | null }>, priceLists: Array<{ id: string, name: string, currency: string, customerGroup: string | null, priority: number, active: boolean }>, product: { id: string, version: number, title: string, handle: string, description: string, status: ProductStatus, media: Array<{ url: string, alt: string | null, width: number | null, height: number | null }>, categories: Array<{ id: string }>, customFields: Array<{ key: string, value: string | null }>, collections: Array<{ id: string, title: string }>, variants: Array<{ id: string, sku: string, title: string, taxClass: string, version: number, prices: Array<{ minQuantity: number, priceList: { name: string, customerGroup: string | null }, amount: { amount: number, currency: string, fractionDigits: number } }>, inventory: { available: number, onHand: number, reserved: number } }> } | null };

export type ProductForm_UpdateMutationVariables = Exact<{
  input: ProductUpdateInput;
}>;


export type ProductForm_UpdateMutation = { productUpdate: { product: { id: string, version: number } | null, errors: Array<{ code: ProductUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type ProductForm_StatusSetMutationVariables = Exact<{
  input: ProductStatusSetInput;
}>;


export type ProductForm_StatusSetMutation = { productStatusSet: { errors: Array<{ code: ProductStatusSetErrorCode, field: Array<string> | null, message: string }> } };

export type CatalogImport_RunMutationVariables = Exact<{
  input: ProductImportInput;
}>;


export type CatalogImport_RunMutation = { productImport: { rowsTotal: number, variantsCreated: number, variantsUpdated: number, rowsFailed: number, rowErrors: Array<{ row: number, code: string, field: Array<string> | null, message: string }>, errors: Array<{ code: ProductImportErrorCode, field: Array<string> | null, message: string }> } };

export type ProductVariants_CreateMutationVariables = Exact<{
  input: VariantCreateInput;
}>;


export type ProductVariants_CreateMutation = { variantCreate: { variant: { id: string } | null, errors: Array<{ code: VariantCreateErrorCode, field: Array<string> | null, message: string }> } };

export type ProductPrices_SetMutationVariables = Exact<{
  input: PriceSetInput;
}>;


export type ProductPrices_SetMutation = { priceSet: { price: { minQuantity: number } | null, errors: Array<{ code: PriceSetErrorCode, field: Array<string> | null, message: string }> } };

export type ProductVariants_TaxClassMutationVariables = Exact<{
  input: VariantUpdateInput;
}>;


export type ProductVariants_TaxClassMutation = { variantUpdate: { variant: { id: string, taxClass: string } | null, errors: Array<{ code: VariantUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type CatalogBulk_StatusMutationVariables = Exact<{
  input: ProductBulkStatusSetInput;
}>;


export type CatalogBulk_StatusMutation = { productBulkStatusSet: { products: Array<{ id: string, status: ProductStatus }>, errors: Array<{ code: ProductBulkStatusSetErrorCode, field: Array<string> | null, message: string }> } };

export type CatalogBulk_DeleteMutationVariables = Exact<{
  input: ProductBulkDeleteInput;
}>;


export type CatalogBulk_DeleteMutation = { productBulkDelete: { deletedProductIds: Array<string>, errors: Array<{ code: ProductBulkDeleteErrorCode, field: Array<string> | null, message: string }> } };

export type CategoryForm_CreateMutationVariables = Exact<{
  input: CategoryCreateInput;
}>;


export type CategoryForm_CreateMutation = { categoryCreate: { category: { id: string, path: string } | null, errors: Array<{ code: CategoryCreateErrorCode, field: Array<string> | null, message: string }> } };

export type CategoryForm_UpdateMutationVariables = Exact<{
  input: CategoryUpdateInput;
}>;


export type CategoryForm_UpdateMutation = { categoryUpdate: { category: { id: string, version: number, path: string } | null, errors: Array<{ code: CategoryUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type CategoryForm_DeleteMutationVariables = Exact<{
  input: CategoryDeleteInput;
}>;


export type CategoryForm_DeleteMutation = { categoryDelete: { deletedCategoryId: string | null, errors: Array<{ code: CategoryDeleteErrorCode, field: Array<string> | null, message: string }> } };

export type CategoriesPage_TreeQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesPage_TreeQuery = { categories: Array<{ id: string, name: string, slug: string, path: string, position: number, version: number, parent: { id: string } | null }>, productSearch: { facets: { categories: Array<{ id: string, count: number }> } } };

export type CollectionPage_DetailQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type CollectionPage_DetailQuery = { collection: { id: string, title: string, handle: string, description: string, version: number, products: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, handle: string, status: ProductStatus } }> } } | null };

export type CollectionPage_CandidatesQueryVariables = Exact<{
  query?: string | null | undefined;
  first: number;
  sort?: ProductSearchSort | null | undefined;
}>;


export type CollectionPage_CandidatesQuery = { productSearch: { totalCount: number, edges: Array<{ node: { id: string, title: string, handle: string, status: ProductStatus, collections: Array<{ id: string }> } }> } };

export type CollectionForm_CreateMutationVariables = Exact<{
  input: CollectionCreateInput;
}>;


export type CollectionForm_CreateMutation = { collectionCreate: { collection: { id: string } | null, errors: Array<{ code: CollectionCreateErrorCode, field: Array<string> | null, message: string }> } };

export type CollectionProducts_AddMutationVariables = Exact<{
  input: CollectionProductsInput;
}>;


export type CollectionProducts_AddMutation = { collectionAddProducts: { collection: { id: string } | null, errors: Array<{ code: CollectionAddProductsErrorCode, field: Array<string> | null, message: string }> } };

export type CollectionProducts_RemoveMutationVariables = Exact<{
  input: CollectionProductsInput;
}>;


export type CollectionProducts_RemoveMutation = { collectionRemoveProducts: { collection: { id: string } | null, errors: Array<{ code: CollectionRemoveProductsErrorCode, field: Array<string> | null, message: string }> } };

export type CollectionForm_UpdateMutationVariables = Exact<{
  input: CollectionUpdateInput;
}>;


export type CollectionForm_UpdateMutation = { collectionUpdate: { collection: { id: string, title: string } | null, errors: Array<{ code: CollectionUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type CollectionForm_DeleteMutationVariables = Exact<{
  input: CollectionDeleteInput;
}>;


export type CollectionForm_DeleteMutation = { collectionDelete: { deletedCollectionId: string | null, errors: Array<{ code: CollectionDeleteErrorCode, field: Array<string> | null, message: string }> } };

export type CollectionsPage_ListQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CollectionsPage_ListQuery = { collections: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, handle: string, description: string, products: { totalCount: number } } }> } };

export type ProductNew_CreateMutationVariables = Exact<{
  input: ProductCreateInput;
}>;


export type ProductNew_CreateMutation = { productCreate: { product: { id: string, variants: Array<{ id: string, sku: string }> } | null, errors: Array<{ code: ProductCreateErrorCode, field: Array<string> | null, message: string }> } };

export type ProductNew_StockMutationVariables = Exact<{
  input: StockAdjustInput;
}>;


export type ProductNew_StockMutation = { stockAdjust: { stockLevel: { id: string } | null, errors: Array<{ code: StockAdjustErrorCode, field: Array<string> | null, message: string }> } };

export type ProductNew_ChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductNew_ChoicesQuery = { customFieldDefinitions: Array<{ key: string, label: string, type: CustomFieldType, required: boolean, defaultValue: string | null, validation: { values: Array<string> | null } }>, categories: Array<{ id: string, name: string, position: number, parent: { id: string } | null }>, priceLists: Array<{ id: string, name: string, currency: string, customerGroup: string | null, priority: number, active: boolean }> };

export type ProductNew_WarehousesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductNew_WarehousesQuery = { warehouses: { edges: Array<{ node: { id: string, code: string, name: string } }> } };

export type CatalogList_SearchQueryVariables = Exact<{
  query?: string | null | undefined;
  categoryId?: string | null | undefined;
  status?: ProductStatus | null | undefined;
  sort: ProductSearchSort;
  first: number;
  after?: string | null | undefined;
}>;


export type CatalogList_SearchQuery = { categories: Array<{ id: string, name: string, position: number, parent: { id: string } | null }>, productSearch: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'CatalogProductRow_ProductFragment': CatalogProductRow_ProductFragment } }
      ) }> } };

export type CatalogProductRow_ProductFragment = { id: string, handle: string, title: string, status: ProductStatus, version: number, createdAt: string, media: Array<{ url: string }>, variants: Array<{ sku: string }>, customFields: Array<{ key: string, value: string | null }> } & { ' $fragmentName'?: 'CatalogProductRow_ProductFragment' };

export type CustomerDetail_CustomerQueryVariables = Exact<{
  id: string;
}>;


export type CustomerDetail_CustomerQuery = { node:
    | { id: string, email: string | null, firstName: string | null, lastName: string | null, version: number, displayName: string | null, orderCount: number, createdAt: string, customFields: Array<{ key: string, value: string | null }>, company: { name: string } | null, addresses: Array<{ id: string | null, name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null }> }
    | Record<PropertyKey, never>
   | null, customerCustomFieldDefinitions: Array<{ key: string, label: string, type: CustomFieldType, required: boolean, validation: { values: Array<string> | null } }>, orders: { totalCount: number, edges: Array<{ node: { id: string, displayNumber: string, createdAt: string, status: OrderStatus, total: { amount: number, currency: string, fractionDigits: number } } }> } };

export type Companies_CreateMutationVariables = Exact<{
  input: CompanyCreateInput;
}>;


export type Companies_CreateMutation = { companyCreate: { company: { id: string } | null, errors: Array<{ code: CompanyCreateErrorCode, field: Array<string> | null, message: string }> } };

export type Companies_AddBuyerMutationVariables = Exact<{
  input: CompanyBuyerAddInput;
}>;


export type Companies_AddBuyerMutation = { companyBuyerAdd: { company: { id: string } | null, errors: Array<{ code: CompanyBuyerAddErrorCode, field: Array<string> | null, message: string }> } };

export type Customer_CustomFieldsUpdateMutationVariables = Exact<{
  input: CustomerCustomFieldsUpdateInput;
}>;


export type Customer_CustomFieldsUpdateMutation = { customerCustomFieldsUpdate: { customer: { id: string, version: number } | null, errors: Array<{ code: CustomerCustomFieldsUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type Customers_CustomFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type Customers_CustomFieldsQuery = { customerCustomFieldDefinitions: Array<{ key: string, label: string, type: CustomFieldType, validation: { values: Array<string> | null } }> };

export type Customers_ListQueryVariables = Exact<{
  filter?: CustomerFilter | null | undefined;
}>;


export type Customers_ListQuery = { customers: { totalCount: number, edges: Array<{ node: { id: string, email: string | null, displayName: string | null, orderCount: number, lastOrderAt: string | null, company: { name: string } | null } }> }, guestCustomers: { totalCount: number, edges: Array<{ node: { email: string, name: string | null, orderCount: number, lastOrderAt: string } }> }, companies: { edges: Array<{ node: { id: string, name: string, customerGroup: string, buyers: Array<{ id: string, email: string | null }> } }> } };

export type CustomersSubscriptions_DetailQueryVariables = Exact<{
  id: string;
}>;


export type CustomersSubscriptions_DetailQuery = { subscription: { id: string, status: SubscriptionStatus, version: number, email: string, quantity: number, currency: string, intervalUnit: SubscriptionIntervalUnit, intervalCount: number, period: number, nextRenewalAt: string, failedAttempts: number, retryAt: string | null, paymentProvider: string, cancelledAt: string | null, createdAt: string, availableActions: Array<SubscriptionAction>, shippingMethodCode: string | null, shippingMethods: Array<{ code: string, name: string }>, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string }, plan: { name: string, trialDays: number }, variant: { sku: string, product: { title: string } | null }, customer: { id: string, displayName: string | null, email: string | null } | null, originOrder: { id: string, displayNumber: string } | null, renewals: Array<{ period: number, status: SubscriptionRenewalStatus, attempts: number, lastError: string | null, updatedAt: string, order: { id: string, displayNumber: string, status: OrderStatus, total: { amount: number, currency: string, fractionDigits: number } } | null }>, history: Array<{ from: SubscriptionStatus | null, to: SubscriptionStatus, actorKind: string, reason: string | null, occurredAt: string }> } | null };

export type CustomersSubscriptions_PauseMutationVariables = Exact<{
  input: SubscriptionActionInput;
}>;


export type CustomersSubscriptions_PauseMutation = { subscriptionPause: { subscription: { id: string } | null, errors: Array<{ code: SubscriptionPauseErrorCode, field: Array<string> | null, message: string }> } };

export type CustomersSubscriptions_ResumeMutationVariables = Exact<{
  input: SubscriptionActionInput;
}>;


export type CustomersSubscriptions_ResumeMutation = { subscriptionResume: { subscription: { id: string } | null, errors: Array<{ code: SubscriptionResumeErrorCode, field: Array<string> | null, message: string }> } };

export type CustomersSubscriptions_SkipNextMutationVariables = Exact<{
  input: SubscriptionActionInput;
}>;


export type CustomersSubscriptions_SkipNextMutation = { subscriptionSkipNext: { subscription: { id: string } | null, errors: Array<{ code: SubscriptionSkipNextErrorCode, field: Array<string> | null, message: string }> } };

export type CustomersSubscriptions_CancelMutationVariables = Exact<{
  input: SubscriptionActionInput;
}>;


export type CustomersSubscriptions_CancelMutation = { subscriptionCancel: { subscription: { id: string } | null, errors: Array<{ code: SubscriptionCancelErrorCode, field: Array<string> | null, message: string }> } };

export type CustomersSubscriptions_ChangeMutationVariables = Exact<{
  input: SubscriptionChangeInput;
}>;


export type CustomersSubscriptions_ChangeMutation = { subscriptionChange: { subscription: { id: string } | null, errors: Array<{ code: SubscriptionChangeErrorCode, field: Array<string> | null, message: string }> } };

export type CustomersSubscriptions_VariantBySkuQueryVariables = Exact<{
  sku: string;
}>;


export type CustomersSubscriptions_VariantBySkuQuery = { variantBySku: { id: string } | null };

export type CustomersSubscriptions_PlanSetMutationVariables = Exact<{
  input: SubscriptionPlanSetInput;
}>;


export type CustomersSubscriptions_PlanSetMutation = { subscriptionPlanSet: { plan: { id: string } | null, errors: Array<{ code: SubscriptionPlanSetErrorCode, field: Array<string> | null, message: string }> } };

export type CustomersSubscriptions_ListQueryVariables = Exact<{
  after?: string | null | undefined;
  status?: SubscriptionStatus | null | undefined;
}>;


export type CustomersSubscriptions_ListQuery = { subscriptions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: SubscriptionStatus, email: string, intervalUnit: SubscriptionIntervalUnit, intervalCount: number, nextRenewalAt: string, createdAt: string, plan: { name: string }, variant: { sku: string, product: { title: string } | null }, customer: { id: string, displayName: string | null, email: string | null } | null } }> }, subscriptionPlans: { totalCount: number, edges: Array<{ node: { id: string, name: string, intervalUnit: SubscriptionIntervalUnit, intervalCount: number, trialDays: number, active: boolean, variant: { sku: string, product: { title: string } | null } } }> } };

export type Finance_AccountCreateMutationVariables = Exact<{
  input: FinanceAccountCreateInput;
}>;


export type Finance_AccountCreateMutation = { financeAccountCreate: { account: { id: string, code: string } | null, errors: Array<{ code: FinanceAccountCreateErrorCode, field: Array<string> | null, message: string }> } };

export type Finance_AccountUpdateMutationVariables = Exact<{
  input: FinanceAccountUpdateInput;
}>;


export type Finance_AccountUpdateMutation = { financeAccountUpdate: { account: { id: string, name: string, active: boolean } | null, errors: Array<{ code: FinanceAccountUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type Finance_PeriodCloseMutationVariables = Exact<{
  input: FiscalPeriodInput;
}>;


export type Finance_PeriodCloseMutation = { fiscalPeriodClose: { period: { id: string, status: FiscalPeriodStatus } | null, errors: Array<{ code: FiscalPeriodCloseErrorCode, field: Array<string> | null, message: string }> } };

export type Finance_PeriodReopenMutationVariables = Exact<{
  input: FiscalPeriodInput;
}>;


export type Finance_PeriodReopenMutation = { fiscalPeriodReopen: { period: { id: string, status: FiscalPeriodStatus } | null, errors: Array<{ code: FiscalPeriodReopenErrorCode, field: Array<string> | null, message: string }> } };

export type Finance_ReverseMutationVariables = Exact<{
  input: JournalEntryReverseInput;
}>;


export type Finance_ReverseMutation = { journalEntryReverse: { reversal: { id: string, number: number } | null, errors: Array<{ code: JournalEntryReverseErrorCode, field: Array<string> | null, message: string }> } };

export type Finance_CreditNoteIssueMutationVariables = Exact<{
  input: FinanceCreditNoteIssueInput;
}>;


export type Finance_CreditNoteIssueMutation = { financeCreditNoteIssue: { creditNote: { id: string, number: string } | null, errors: Array<{ code: FinanceCreditNoteIssueErrorCode, field: Array<string> | null, message: string }> } };

export type Finance_InvoiceSettingsUpdateMutationVariables = Exact<{
  input: FinanceInvoiceSettingsInput;
}>;


export type Finance_InvoiceSettingsUpdateMutation = { financeInvoiceSettingsUpdate: { settings: { invoiceTrigger: FinanceInvoiceTrigger } | null, errors: Array<{ code: FinanceInvoiceSettingsUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type Finance_ReportsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type Finance_ReportsQuery = { trialBalanceCsv: string, profitAndLossCsv: string, balanceSheetCsv: string, financeProfitAndLoss: { baseCurrency: string, totalRevenue: number, totalExpenses: number, costOfGoodsSold: number, grossMargin: number, netIncome: number, revenue: Array<{ accountId: string, code: string, name: string, amount: number }>, expenses: Array<{ accountId: string, code: string, name: string, amount: number }>, months: Array<{ month: string, revenue: number, costOfGoodsSold: number, grossMargin: number, netIncome: number }> }, financeTrialBalance: { totalDebit: number, totalCredit: number, closingDebit: number, closingCredit: number, balanced: boolean, rows: Array<{ accountId: string, code: string, name: string, type: FinanceAccountType, opening: number, debit: number, credit: number, closing: number }> }, financeBalanceSheet: { totalAssets: number, totalLiabilities: number, totalEquity: number, retainedEarnings: number, currentEarnings: number, balanced: boolean, assets: Array<{ accountId: string, code: string, name: string, amount: number }>, liabilities: Array<{ accountId: string, code: string, name: string, amount: number }>, equity: Array<{ accountId: string, code: string, name: string, amount: number }> } };

export type Finance_JournalQueryVariables = Exact<{
  filter?: JournalEntryFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type Finance_JournalQuery = { financeJournalEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: number, entryDate: string, description: string, sourceType: string, sourceId: string, total: number, reversedByEntryId: string | null } }> }, financeAccounts: Array<{ id: string, code: string, name: string }>, financePeriods: Array<{ id: string, month: string }>, financeSettings: { baseCurrency: string } };

export type Finance_EntryQueryVariables = Exact<{
  id: string;
}>;


export type Finance_EntryQuery = { financeJournalEntry: { id: string, number: number, entryDate: string, originalDate: string | null, description: string, sourceType: string, sourceId: string, eventId: string | null, postedAt: string, total: number, reversesEntryId: string | null, reversedByEntryId: string | null, documents: Array<{ kind: FinanceSourceDocumentKind, id: string, number: string | null }>, lines: Array<{ lineNo: number, accountId: string, accountCode: string, accountName: string, debit: number, credit: number, currency: string, amount: number, rate: string, memo: string }> } | null, financeSettings: { baseCurrency: string } };

export type Finance_AccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type Finance_AccountsQuery = { financeAccounts: Array<{ id: string, code: string, name: string, type: FinanceAccountType, parentId: string | null, active: boolean, roles: Array<string> }> };

export type Finance_AccountLedgerQueryVariables = Exact<{
  accountId: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type Finance_AccountLedgerQuery = { financeGeneralLedger: { opening: number, closing: number, lines: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { entryId: string, entryNumber: number, entryDate: string, description: string, sourceType: string, memo: string, debit: number, credit: number, balance: number, documents: Array<{ kind: FinanceSourceDocumentKind, id: string, number: string | null }> } }> } }, financeAccounts: Array<{ id: string, code: string, name: string, type: FinanceAccountType }>, financeSettings: { baseCurrency: string } };

export type Finance_AccountLedgerCsvQueryVariables = Exact<{
  accountId: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type Finance_AccountLedgerCsvQuery = { financeReportCsv: string };

export type Finance_PeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type Finance_PeriodsQuery = { financePeriods: Array<{ id: string, month: string, startsOn: string, endsOn: string, status: FiscalPeriodStatus, closedAt: string | null, entryCount: number }> };

export type Finance_InvoicesQueryVariables = Exact<{
  filter?: FinanceInvoiceFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type Finance_InvoicesQuery = { financeInvoices: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: FinanceInvoiceKind, number: string, orderDisplayNumber: string, issueDate: string, currency: string, totalAmount: number, remainingAmount: number, creditedInvoiceNumber: string | null, buyer: { name: string, email: string } } }> }, financeInvoiceSettings: { invoiceTrigger: FinanceInvoiceTrigger, sellerName: string, sellerLegalName: string, sellerAddress: string, sellerTaxId: string, paymentTermsDays: number, timeZone: string | null } };

export type Finance_InvoiceQueryVariables = Exact<{
  id: string;
}>;


export type Finance_InvoiceQuery = { financeInvoice: { id: string, kind: FinanceInvoiceKind, number: string, sourceType: string, reason: string | null, creditedInvoiceId: string | null, creditedInvoiceNumber: string | null, orderDisplayNumber: string, taxNote: string | null, currency: string, issueDate: string, dueDate: string, issuedAt: string, subtotalAmount: number, discountAmount: number, shippingAmount: number, taxAmount: number, totalAmount: number, creditedAmount: number, remainingAmount: number, seller: { name: string, legalName: string, address: string, taxId: string }, buyer: { name: string, email: string, taxId: string | null, address: { name: string, line1: string, line2: string | null, city: string, postalCode: string, country: string } | null }, lines: Array<{ lineNo: number, sku: string, title: string, quantity: number, unitAmount: number, lineAmount: number, taxRateBps: number }>, taxBreakdown: Array<{ name: string | null, rateBps: number, baseAmount: number, taxAmount: number }>, creditNotes: Array<{ id: string, number: string, issueDate: string, totalAmount: number, reason: string | null }> } | null };

export type Finance_InvoicePdfQueryVariables = Exact<{
  id: string;
}>;


export type Finance_InvoicePdfQuery = { financeInvoicePdf: string | null, financeInvoice: { number: string } | null };

export type Finance_ReceiptRecordMutationVariables = Exact<{
  input: FinanceReceiptRecordInput;
}>;


export type Finance_ReceiptRecordMutation = { financeReceiptRecord: { receipt: { id: string, amount: number } | null, errors: Array<{ code: FinanceReceiptRecordErrorCode, field: Array<string> | null, message: string }> } };

export type Finance_PaymentRunCreateMutationVariables = Exact<{
  input: FinancePaymentRunCreateInput;
}>;


export type Finance_PaymentRunCreateMutation = { financePaymentRunCreate: { run: { id: string } | null, errors: Array<{ code: FinancePaymentRunCreateErrorCode, field: Array<string> | null, message: string }> } };

export type Finance_PaymentRunLineUpdateMutationVariables = Exact<{
  input: FinancePaymentRunLineUpdateInput;
}>;


export type Finance_PaymentRunLineUpdateMutation = { financePaymentRunLineUpdate: { run: { id: string, totalBaseAmount: number } | null, errors: Array<{ code: FinancePaymentRunLineUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type Finance_PaymentRunLineRemoveMutationVariables = Exact<{
  input: FinancePaymentRunLineRemoveInput;
}>;


export type Finance_PaymentRunLineRemoveMutation = { financePaymentRunLineRemove: { run: { id: string, totalBaseAmount: number } | null, errors: Array<{ code: FinancePaymentRunLineRemoveErrorCode, field: Array<string> | null, message: string }> } };

export type Finance_PaymentRunPostMutationVariables = Exact<{
  input: FinancePaymentRunPostInput;
}>;


export type Finance_PaymentRunPostMutation = { financePaymentRunPost: { run: { id: string, status: FinancePaymentRunStatus } | null, errors: Array<{ code: FinancePaymentRunPostErrorCode, field: Array<string> | null, message: string }> } };

export type Finance_PaymentRunCancelMutationVariables = Exact<{
  input: FinancePaymentRunCancelInput;
}>;


export type Finance_PaymentRunCancelMutation = { financePaymentRunCancel: { run: { id: string, status: FinancePaymentRunStatus } | null, errors: Array<{ code: FinancePaymentRunCancelErrorCode, field: Array<string> | null, message: string }> } };

export type Finance_ReceivablesQueryVariables = Exact<{
  asOf?: string | null | undefined;
  partyId?: string | null | undefined;
}>;


export type Finance_ReceivablesQuery = { agingCsv: string, financeReceivablesAging: { asOf: string, baseCurrency: string, rows: Array<{ partyId: string | null, partyName: string, partyEmail: string | null, itemCount: number, current: number, days1To30: number, days31To60: number, days61To90: number, over90: number, total: number }>, totals: { current: number, days1To30: number, days31To60: number, days61To90: number, over90: number, total: number } }, financeOpenItems: { totalCount: number, edges: Array<{ node: { id: string, documentNumber: string, partyId: string | null, partyName: string, partyEmail: string | null, currency: string, amount: number, openAmount: number, openBaseAmount: number, documentDate: string | null, dueDate: string | null, daysPastDue: number | null } }> } };

export type Finance_PayablesQueryVariables = Exact<{
  asOf?: string | null | undefined;
  partyId?: string | null | undefined;
}>;


export type Finance_PayablesQuery = { agingCsv: string, financePayablesAging: { asOf: string, baseCurrency: string, rows: Array<{ partyId: string | null, partyName: string, itemCount: number, current: number, days1To30: number, days31To60: number, days61To90: number, over90: number, total: number }>, totals: { current: number, days1To30: number, days31To60: number, days61To90: number, over90: number, total: number } }, financeOpenItems: { totalCount: number, edges: Array<{ node: { id: string, documentType: FinanceOpenItemDocumentType, documentNumber: string, partyId: string | null, partyName: string, currency: string, amount: number, openAmount: number, openBaseAmount: number, documentDate: string | null, dueDate: string | null, daysPastDue: number | null } }> } };

export type Finance_PaymentRunsQueryVariables = Exact<{
  after?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type Finance_PaymentRunsQuery = { financePaymentRuns: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: number, status: FinancePaymentRunStatus, dueBy: string, paymentDate: string | null, supplierCount: number, lineCount: number, totalBaseAmount: number, createdAt: string } }> }, financePayablesAging: { rows: Array<{ partyId: string | null, partyName: string, total: number }> }, financeSettings: { baseCurrency: string } };

export type Finance_PaymentRunQueryVariables = Exact<{
  id: string;
}>;


export type Finance_PaymentRunQuery = { financePaymentRun: { id: string, number: number, status: FinancePaymentRunStatus, dueBy: string, paymentDate: string | null, supplierCount: number, lineCount: number, totalBaseAmount: number, availableActions: Array<FinancePaymentRunAction>, lines: Array<{ supplierName: string, amount: number, baseAmount: number, entryId: string | null, item: { id: string, documentType: FinanceOpenItemDocumentType, documentNumber: string, currency: string, openAmount: number, dueDate: string | null } }> } | null, financeSettings: { baseCurrency: string } };

export type FulfillmentQueue_WorkQueryVariables = Exact<{
  withOrder: boolean;
  withWarehouse: boolean;
  first: number;
}>;


export type FulfillmentQueue_WorkQuery = { fulfillmentQueueCounts: { pendingShipments: number, packedShipments: number, requestedReturns: number, approvedReturns: number }, toPack: { totalCount: number, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'FulfillmentShipmentRow_ShipmentFragment': FulfillmentShipmentRow_ShipmentFragment } }
      ) }> }, toShip: { totalCount: number, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'FulfillmentShipmentRow_ShipmentFragment': FulfillmentShipmentRow_ShipmentFragment } }
      ) }> }, shipped: { totalCount: number, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'FulfillmentShipmentRow_ShipmentFragment': FulfillmentShipmentRow_ShipmentFragment } }
      ) }> }, toApprove: { totalCount: number, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'FulfillmentReturnRow_ReturnFragment': FulfillmentReturnRow_ReturnFragment } }
      ) }> }, toReceive: { totalCount: number, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'FulfillmentReturnRow_ReturnFragment': FulfillmentReturnRow_ReturnFragment } }
      ) }> } };

export type FulfillmentReturnRow_ReturnFragment = { id: string, version: number, availableActions: Array<ReturnAction>, reason: string | null, createdAt: string, order: { id: string, displayNumber?: string, email?: string }, lines: Array<{ quantity: number, variant: { sku: string } }> } & { ' $fragmentName'?: 'FulfillmentReturnRow_ReturnFragment' };

export type FulfillmentShipmentRow_ShipmentFragment = { id: string, version: number, status: ShipmentStatus, orderOnHold: boolean, availableActions: Array<ShipmentAction>, carrier: string, service: string | null, trackingNumber: string | null, createdAt: string, order: { id: string, displayNumber?: string, email?: string }, warehouse?: { code: string, name: string } | null, lines: Array<{ quantity: number, variant: { sku: string } }> } & { ' $fragmentName'?: 'FulfillmentShipmentRow_ShipmentFragment' };

export type ShipmentActions_PackMutationVariables = Exact<{
  input: ShipmentMoveInput;
}>;


export type ShipmentActions_PackMutation = { shipmentPack: { errors: Array<{ code: ShipmentPackErrorCode, field: Array<string> | null, message: string }> } };

export type ShipmentActions_DeliverMutationVariables = Exact<{
  input: ShipmentMoveInput;
}>;


export type ShipmentActions_DeliverMutation = { shipmentDeliver: { errors: Array<{ code: ShipmentDeliverErrorCode, field: Array<string> | null, message: string }> } };

export type ShipmentActions_CancelMutationVariables = Exact<{
  input: ShipmentMoveInput;
}>;


export type ShipmentActions_CancelMutation = { shipmentCancel: { errors: Array<{ code: ShipmentCancelErrorCode, field: Array<string> | null, message: string }> } };

export type ShipmentActions_ShipMutationVariables = Exact<{
  input: ShipmentShipInput;
}>;


export type ShipmentActions_ShipMutation = { shipmentShip: { errors: Array<{ code: ShipmentShipErrorCode, field: Array<string> | null, message: string }> } };

export type ReturnActions_ApproveMutationVariables = Exact<{
  input: ReturnMoveInput;
}>;


export type ReturnActions_ApproveMutation = { returnApprove: { errors: Array<{ code: ReturnApproveErrorCode, field: Array<string> | null, message: string }> } };

export type ReturnActions_ReceiveMutationVariables = Exact<{
  input: ReturnMoveInput;
}>;


export type ReturnActions_ReceiveMutation = { returnReceive: { errors: Array<{ code: ReturnReceiveErrorCode, field: Array<string> | null, message: string }> } };

export type ReturnActions_RefundMutationVariables = Exact<{
  input: ReturnMoveInput;
}>;


export type ReturnActions_RefundMutation = { returnRefund: { errors: Array<{ code: ReturnRefundErrorCode, field: Array<string> | null, message: string }> } };

export type ReturnActions_RejectMutationVariables = Exact<{
  input: ReturnMoveInput;
}>;


export type ReturnActions_RejectMutation = { returnReject: { errors: Array<{ code: ReturnRejectErrorCode, field: Array<string> | null, message: string }> } };

export type InventoryAdjust_AdjustMutationVariables = Exact<{
  input: StockAdjustInput;
}>;


export type InventoryAdjust_AdjustMutation = { stockAdjust: { stockLevel: { id: string, onHand: number } | null, errors: Array<{ code: StockAdjustErrorCode, field: Array<string> | null, message: string }> } };

export type InventoryTransfer_TransferMutationVariables = Exact<{
  input: StockTransferInput;
}>;


export type InventoryTransfer_TransferMutation = { stockTransfer: { destination: { id: string } | null, errors: Array<{ code: StockTransferErrorCode, field: Array<string> | null, message: string }> } };

export type InventoryThreshold_SetMutationVariables = Exact<{
  input: StockThresholdSetInput;
}>;


export type InventoryThreshold_SetMutation = { stockThresholdSet: { stockLevel: { id: string, lowStockThreshold: number | null, lowStock: boolean } | null, errors: Array<{ code: StockThresholdSetErrorCode, field: Array<string> | null, message: string }> } };

export type InventoryReorderPolicy_SetMutationVariables = Exact<{
  input: StockLevelReorderPolicySetInput;
}>;


export type InventoryReorderPolicy_SetMutation = { stockLevelReorderPolicySet: { stockLevel: { id: string, reorderPoint: number | null, reorderQuantity: number | null } | null, errors: Array<{ code: StockLevelReorderPolicySetErrorCode, field: Array<string> | null, message: string }> } };

export type InventoryPicker_VariantsQueryVariables = Exact<{
  query?: string | null | undefined;
}>;


export type InventoryPicker_VariantsQuery = { variantSearch: { totalCount: number, edges: Array<{ node: { id: string, sku: string, title: string, product: { title: string } | null } }> } };

export type InventoryList_ContextQueryVariables = Exact<{
  warehouseId?: string | null | undefined;
}>;


export type InventoryList_ContextQuery = { warehouses: { edges: Array<{ node: { id: string, code: string, name: string } }> }, stockMovements: { edges: Array<{ node: { id: string, occurredAt: string, onHandDelta: number, reservedDelta: number, reason: StockMovementReason, note: string | null, variant: { sku: string, product: { title: string } | null }, warehouse: { code: string } } }> } };

export type InventoryList_VariantsQueryVariables = Exact<{
  query?: string | null | undefined;
  sort: VariantSearchSort;
  first: number;
  after?: string | null | undefined;
}>;


export type InventoryList_VariantsQuery = { variantSearch: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, sku: string, product: { title: string, media: Array<{ url: string }> } | null } }> } };

export type InventoryList_LevelsQueryVariables = Exact<{
  filter: StockLevelFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type InventoryList_LevelsQuery = { stockLevels: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, onHand: number, reserved: number, available: number, incoming: number, lowStock: boolean, lowStockThreshold: number | null, reorderPoint: number | null, reorderQuantity: number | null, variant: { id: string, sku: string, product: { title: string, media: Array<{ url: string }> } | null, inventory: { incoming: number, averageCost: { amount: string, currency: string } | null } }, warehouse: { id: string, code: string } } }> } };

export type MarketingGiftCards_DetailQueryVariables = Exact<{
  id: string;
}>;


export type MarketingGiftCards_DetailQuery = { giftCard: { id: string, maskedCode: string, currency: string, state: GiftCardState, status: GiftCardStatus, version: number, expiresAt: string | null, note: string | null, createdAt: string, balance: { amount: number, currency: string, fractionDigits: number }, initialBalance: { amount: number, currency: string, fractionDigits: number }, customer: { id: string, displayName: string | null, email: string | null } | null, transactions: Array<{ id: string, kind: GiftCardTransactionKind, createdAt: string, note: string | null, actor: string | null, amount: { amount: number, currency: string, fractionDigits: number }, balanceAfter: { amount: number, currency: string, fractionDigits: number }, order: { id: string, displayNumber: string } | null }> } | null };

export type MarketingGiftCards_IssueMutationVariables = Exact<{
  input: GiftCardIssueInput;
}>;


export type MarketingGiftCards_IssueMutation = { giftCardIssue: { codes: Array<string>, giftCards: Array<{ id: string, last4: string }>, errors: Array<{ code: GiftCardIssueErrorCode, field: Array<string> | null, message: string }> } };

export type MarketingGiftCards_AdjustMutationVariables = Exact<{
  input: GiftCardAdjustInput;
}>;


export type MarketingGiftCards_AdjustMutation = { giftCardAdjust: { giftCard: { id: string } | null, errors: Array<{ code: GiftCardAdjustErrorCode, field: Array<string> | null, message: string }> } };

export type MarketingGiftCards_DisableMutationVariables = Exact<{
  input: GiftCardDisableInput;
}>;


export type MarketingGiftCards_DisableMutation = { giftCardDisable: { giftCard: { id: string } | null, errors: Array<{ code: GiftCardDisableErrorCode, field: Array<string> | null, message: string }> } };

export type MarketingGiftCards_ListQueryVariables = Exact<{
  after?: string | null | undefined;
  status?: GiftCardStatus | null | undefined;
  last4?: string | null | undefined;
}>;


export type MarketingGiftCards_ListQuery = { giftCards: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, last4: string, maskedCode: string, state: GiftCardState, expiresAt: string | null, createdAt: string, balance: { amount: number, currency: string, fractionDigits: number }, initialBalance: { amount: number, currency: string, fractionDigits: number }, customer: { displayName: string | null, email: string | null } | null } }> } };

export type MarketingPromotions_DetailQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type MarketingPromotions_DetailQuery = { promotion: { id: string, name: string, state: PromotionState, status: PromotionStatus, automatic: boolean, currency: string | null, priority: number, exclusive: boolean, startsAt: string | null, endsAt: string | null, usageLimit: number | null, usageLimitPerCustomer: number | null, usedCount: number, version: number, rule: { type: PromotionActionType, summary: string, percentBps: number | null, amount: number | null, buyQuantity: number | null, getQuantity: number | null, targetKind: PromotionTargetKind | null, targetIds: Array<string>, minSubtotal: number | null, customerGroups: Array<string>, shippingMethods: Array<string>, tiers: Array<{ minSubtotal: number, percentBps: number | null }> }, codes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { code: string, usageLimit: number | null, usedCount: number, batch: string | null } }> } } | null };

export type MarketingPromotions_CreateMutationVariables = Exact<{
  input: PromotionCreateInput;
}>;


export type MarketingPromotions_CreateMutation = { promotionCreate: { promotion: { id: string } | null, errors: Array<{ code: PromotionCreateErrorCode, field: Array<string> | null, message: string }> } };

export type MarketingPromotions_UpdateMutationVariables = Exact<{
  input: PromotionUpdateInput;
}>;


export type MarketingPromotions_UpdateMutation = { promotionUpdate: { promotion: { id: string } | null, errors: Array<{ code: PromotionUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type MarketingPromotions_ArchiveMutationVariables = Exact<{
  input: PromotionArchiveInput;
}>;


export type MarketingPromotions_ArchiveMutation = { promotionArchive: { promotion: { id: string } | null, errors: Array<{ code: PromotionArchiveErrorCode, field: Array<string> | null, message: string }> } };

export type MarketingPromotions_GenerateMutationVariables = Exact<{
  input: PromotionCodesGenerateInput;
}>;


export type MarketingPromotions_GenerateMutation = { promotionCodesGenerate: { codes: Array<string>, errors: Array<{ code: PromotionCodesGenerateErrorCode, field: Array<string> | null, message: string }> } };

export type MarketingPromotions_CodesCsvQueryVariables = Exact<{
  id: string;
  batch?: string | null | undefined;
}>;


export type MarketingPromotions_CodesCsvQuery = { promotion: { id: string, name: string, codesCsv: string } | null };

export type MarketingPromotions_ListQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MarketingPromotions_ListQuery = { promotions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, state: PromotionState, automatic: boolean, priority: number, exclusive: boolean, usedCount: number, usageLimit: number | null, endsAt: string | null, rule: { summary: string } } }> } };

export type Notifications_PreviewQueryVariables = Exact<{
  key: string;
  locale?: string | null | undefined;
  draft?: NotificationTemplateDraftInput | null | undefined;
  sampleData?: string | null | undefined;
}>;


export type Notifications_PreviewQuery = { notificationTemplatePreview: { subject: string, html: string, text: string, problems: Array<{ part: NotificationTemplatePart, line: number | null, column: number | null, message: string }> } };

export type Notifications_TemplateUpsertMutationVariables = Exact<{
  input: NotificationTemplateUpsertInput;
}>;


export type Notifications_TemplateUpsertMutation = { notificationTemplateUpsert: { template: { key: string, overridden: boolean } | null, errors: Array<{ code: NotificationTemplateUpsertErrorCode, field: Array<string> | null, message: string }> } };

export type Notifications_TemplateResetMutationVariables = Exact<{
  input: NotificationTemplateResetInput;
}>;


export type Notifications_TemplateResetMutation = { notificationTemplateReset: { template: { key: string, overridden: boolean, subject: string, mjml: string, text: string } | null, errors: Array<{ code: NotificationTemplateResetErrorCode, field: Array<string> | null, message: string }> } };

export type Notifications_OverviewQueryVariables = Exact<{
  locale?: string | null | undefined;
  statuses?: Array<NotificationStatus> | NotificationStatus | null | undefined;
  withTemplates: boolean;
}>;


export type Notifications_OverviewQuery = { notificationTemplates?: Array<{ key: string, locale: string, description: string, overridden: boolean, updatedAt: string | null }>, notifications: { totalCount: number, edges: Array<{ node: { id: string, template: string, channel: string, recipient: string, status: NotificationStatus, attempts: number, subject: string | null, eventType: string, sentAt: string | null, nextAttemptAt: string | null, error: string | null, createdAt: string } }> } };

export type Notifications_TemplateQueryVariables = Exact<{
  key: string;
  locale?: string | null | undefined;
}>;


export type Notifications_TemplateQuery = { notificationTemplate: { key: string, locale: string, description: string, overridden: boolean, subject: string, mjml: string, text: string, sampleData: string } | null };

export type Order_CustomFieldsUpdateMutationVariables = Exact<{
  input: OrderCustomFieldsUpdateInput;
}>;


export type Order_CustomFieldsUpdateMutation = { orderCustomFieldsUpdate: { order: { id: string, version: number } | null, errors: Array<{ code: OrderCustomFieldsUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type OrdersList_CustomFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrdersList_CustomFieldsQuery = { orderCustomFieldDefinitions: Array<{ key: string, label: string, type: CustomFieldType, validation: { values: Array<string> | null } }> };

export type OrdersList_OrdersQueryVariables = Exact<{
  filter?: OrderFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type OrdersList_OrdersQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, displayNumber: string, status: OrderStatus, paymentStatus: PaymentStatus, onHold: boolean, email: string, customerId: string | null, createdAt: string, shippingAddress: { name: string }, total: { amount: number, currency: string, fractionDigits: number }, lines: Array<{ quantity: number }> } }> } };

export type OrderDetail_OrderQueryVariables = Exact<{
  id: string;
}>;


export type OrderDetail_OrderQuery = { orderCustomFieldDefinitions: Array<{ key: string, label: string, type: CustomFieldType, required: boolean, validation: { values: Array<string> | null } }>, order: { id: string, displayNumber: string, version: number, status: OrderStatus, paymentStatus: PaymentStatus, email: string, createdAt: string, customerId: string | null, availableActions: Array<OrderAction>, onHold: boolean, customFields: Array<{ key: string, value: string | null }>, shippingMethod: { code: string, name: string, price: { amount: number, currency: string, fractionDigits: number } } | null, subtotal: { amount: number, currency: string, fractionDigits: number }, shipping: { amount: number, currency: string, fractionDigits: number }, tax: { amount: number, currency: string, fractionDigits: number }, total: { amount: number, currency: string, fractionDigits: number }, discount: { amount: number, currency: string, fractionDigits: number }, appliedPromotions: Array<{ explanation: string }>, giftCardAmount: { amount: number, currency: string, fractionDigits: number }, paymentAmount: { amount: number, currency: string, fractionDigits: number }, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string }, holds: Array<{ id: string, reason: string, source: string, placedAt: string, placedBy: string | null, open: boolean, releasedAt: string | null, releasedBy: string | null, releaseNote: string | null }>, fulfillment: { onHold: boolean, availableActions: Array<OrderFulfillmentAction>, lines: Array<{ toShipQuantity: number, returnableQuantity: number, variant: { id: string } }> } | null, lines: Array<{ id: string, sku: string, title: string, quantity: number, fulfilledQuantity: number, availableActions: Array<OrderLineAction>, variant: { id: string }, unitPrice: { amount: number, currency: string, fractionDigits: number }, total: { amount: number, currency: string, fractionDigits: number }, discount: { amount: number, currency: string, fractionDigits: number }, adjustments: Array<{ reason: string, amount: { amount: number, currency: string, fractionDigits: number } }> }>, history: Array<{ machine: string, from: string | null, to: string, actorKind: string, reason: string | null, occurredAt: string }>, shipments: Array<{ id: string, version: number, status: ShipmentStatus, orderOnHold: boolean, availableActions: Array<ShipmentAction>, carrier: string, service: string | null, trackingNumber: string | null }>, returns: Array<{ id: string, version: number, status: ReturnStatus, availableActions: Array<ReturnAction>, reason: string | null, lines: Array<{ quantity: number }> }> } | null };

export type OrderActions_ConfirmMutationVariables = Exact<{
  input: OrderTransitionInput;
}>;


export type OrderActions_ConfirmMutation = { orderConfirm: { errors: Array<{ code: OrderConfirmErrorCode, field: Array<string> | null, message: string }> } };

export type OrderActions_CaptureMutationVariables = Exact<{
  input: OrderTransitionInput;
}>;


export type OrderActions_CaptureMutation = { orderPaymentCapture: { errors: Array<{ code: OrderPaymentCaptureErrorCode, field: Array<string> | null, message: string }> } };

export type OrderActions_CompleteMutationVariables = Exact<{
  input: OrderTransitionInput;
}>;


export type OrderActions_CompleteMutation = { orderComplete: { errors: Array<{ code: OrderCompleteErrorCode, field: Array<string> | null, message: string }> } };

export type OrderHolds_PlaceMutationVariables = Exact<{
  input: OrderHoldPlaceInput;
}>;


export type OrderHolds_PlaceMutation = { orderHoldPlace: { hold: { id: string } | null, errors: Array<{ code: OrderHoldPlaceErrorCode, field: Array<string> | null, message: string }> } };

export type OrderHolds_ReleaseMutationVariables = Exact<{
  input: OrderHoldReleaseInput;
}>;


export type OrderHolds_ReleaseMutation = { orderHoldRelease: { hold: { id: string, open: boolean } | null, errors: Array<{ code: OrderHoldReleaseErrorCode, field: Array<string> | null, message: string }> } };

export type OrderActions_CancelMutationVariables = Exact<{
  input: OrderCancelInput;
}>;


export type OrderActions_CancelMutation = { orderCancel: { errors: Array<{ code: OrderCancelErrorCode, field: Array<string> | null, message: string }> } };

export type OrderLines_UpdateMutationVariables = Exact<{
  input: OrderLineUpdateInput;
}>;


export type OrderLines_UpdateMutation = { orderLineUpdate: { order: { id: string, total: { amount: number, currency: string, fractionDigits: number } } | null, errors: Array<{ code: OrderLineUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type ShipmentActions_CreateMutationVariables = Exact<{
  input: ShipmentCreateInput;
}>;


export type ShipmentActions_CreateMutation = { shipmentCreate: { shipment: { id: string } | null, errors: Array<{ code: ShipmentCreateErrorCode, field: Array<string> | null, message: string }> } };

export type ReturnActions_RequestMutationVariables = Exact<{
  input: ReturnRequestInput;
}>;


export type ReturnActions_RequestMutation = { returnRequest: { errors: Array<{ code: ReturnRequestErrorCode, field: Array<string> | null, message: string }> } };

export type OrderDetail_WarehousesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrderDetail_WarehousesQuery = { warehouses: { edges: Array<{ node: { id: string, code: string, name: string } }> } };

export type OrderDetail_RatesQueryVariables = Exact<{
  country: string;
}>;


export type OrderDetail_RatesQuery = { shippingRates: Array<{ carrier: string, service: string, estimatedDays: number }> };

export type Dashboard_CatalogStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type Dashboard_CatalogStatsQuery = { products: { totalCount: number } };

export type Dashboard_StockStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type Dashboard_StockStatsQuery = { lowStockDefaultThreshold: number, lowStock: { totalCount: number, edges: Array<{ node: { id: string, available: number, lowStockThreshold: number | null, effectiveLowStockThreshold: number, variant: { sku: string }, warehouse: { code: string } } }> } };

export type Dashboard_SalesQueryVariables = Exact<{
  from: string;
  to: string;
  timeZone?: string | null | undefined;
}>;


export type Dashboard_SalesQuery = { salesReport: { from: string, to: string, timeZone: string, orderCount: number, revenue: Array<{ amount: number, currency: string, fractionDigits: number }>, days: Array<{ date: string, orderCount: number, revenue: Array<{ amount: number, currency: string }> }> } };

export type Procurement_OrdersQueryVariables = Exact<{
  filter?: PurchaseOrderFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type Procurement_OrdersQuery = { purchaseOrders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, status: PurchaseOrderStatus, createdAt: string, expectedAt: string | null, supplier: { id: string, name: string }, total: { amount: number, currency: string, fractionDigits: number }, baseTotal: { amount: number, currency: string, fractionDigits: number } } }> } };

export type Procurement_OrderQueryVariables = Exact<{
  id: string;
}>;


export type Procurement_OrderQuery = { purchaseOrder: { id: string, number: string, status: PurchaseOrderStatus, version: number, currency: string, baseCurrency: string, exchangeRate: string, expectedAt: string | null, notes: string | null, approvedVia: string | null, rejectionComment: string | null, availableActions: Array<PurchaseOrderAction>, createdAt: string, supplier: { id: string, name: string, email: string | null }, subtotal: { amount: number, currency: string, fractionDigits: number }, tax: { amount: number, currency: string, fractionDigits: number }, total: { amount: number, currency: string, fractionDigits: number }, baseTotal: { amount: number, currency: string, fractionDigits: number }, lines: Array<{ id: string, position: number, sku: string, description: string, supplierSku: string | null, quantity: number, quantityReceived: number, quantityCancelled: number, quantityOpen: number, taxRate: number, expectedAt: string | null, unitCost: { amount: number, currency: string, fractionDigits: number }, amount: { amount: number, currency: string, fractionDigits: number }, warehouse: { id: string, code: string } }>, history: Array<{ version: number, action: string, actorKind: string, actorId: string | null, comment: string | null, occurredAt: string }> } | null };

export type Procurement_SupplierFieldsForFilterQueryVariables = Exact<{ [key: string]: never; }>;


export type Procurement_SupplierFieldsForFilterQuery = { supplierCustomFieldDefinitions: Array<{ key: string, label: string, type: CustomFieldType, validation: { values: Array<string> | null } }> };

export type Procurement_SuppliersQueryVariables = Exact<{
  filter?: SupplierFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type Procurement_SuppliersQuery = { suppliers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, name: string, email: string | null, currency: string, paymentTermsDays: number, leadTimeDays: number, active: boolean } }> } };

export type Procurement_SupplierQueryVariables = Exact<{
  id: string;
}>;


export type Procurement_SupplierQuery = { supplierCustomFieldDefinitions: Array<{ key: string, label: string, type: CustomFieldType, required: boolean, validation: { values: Array<string> | null } }>, supplier: { id: string, version: number, code: string, name: string, email: string | null, phone: string | null, currency: string, paymentTermsDays: number, earlyPaymentDiscountPercent: number, earlyPaymentDiscountDays: number, leadTimeDays: number, taxId: string | null, address: string | null, notes: string | null, active: boolean, customFields: Array<{ key: string, value: string | null }>, contacts: Array<{ id: string, name: string, email: string | null, phone: string | null, role: string | null }>, items: Array<{ id: string, supplierSku: string | null, minimumOrderQuantity: number, packSize: number, leadTimeDays: number | null, preferred: boolean, unitCost: { amount: number, currency: string, fractionDigits: number }, variant: { id: string, sku: string, title: string } }>, openPurchaseOrders: Array<{ id: string, number: string, status: PurchaseOrderStatus, total: { amount: number, currency: string, fractionDigits: number } }> } | null };

export type Procurement_SuggestionsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type Procurement_SuggestionsQuery = { replenishmentSuggestions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { variantId: string, warehouseId: string, available: number, incoming: number, reorderPoint: number, shortfall: number, quantity: number, variant: { id: string, sku: string, title: string }, warehouse: { id: string, code: string }, supplier: { id: string, name: string, currency: string } | null, unitCost: { amount: number, currency: string, fractionDigits: number } | null, amount: { amount: number, currency: string, fractionDigits: number } | null } }> } };

export type Procurement_SubmitMutationVariables = Exact<{
  input: PurchaseOrderSubmitInput;
}>;


export type Procurement_SubmitMutation = { purchaseOrderSubmit: { purchaseOrder: { id: string, status: PurchaseOrderStatus } | null, errors: Array<{ code: PurchaseOrderSubmitErrorCode, field: Array<string> | null, message: string }> } };

export type Procurement_SendMutationVariables = Exact<{
  input: PurchaseOrderSendInput;
}>;


export type Procurement_SendMutation = { purchaseOrderSend: { purchaseOrder: { id: string, status: PurchaseOrderStatus } | null, errors: Array<{ code: PurchaseOrderSendErrorCode, field: Array<string> | null, message: string }> } };

export type Procurement_CancelMutationVariables = Exact<{
  input: PurchaseOrderCancelInput;
}>;


export type Procurement_CancelMutation = { purchaseOrderCancel: { purchaseOrder: { id: string, status: PurchaseOrderStatus } | null, errors: Array<{ code: PurchaseOrderCancelErrorCode, field: Array<string> | null, message: string }> } };

export type Procurement_CloseMutationVariables = Exact<{
  input: PurchaseOrderCloseInput;
}>;


export type Procurement_CloseMutation = { purchaseOrderClose: { purchaseOrder: { id: string, status: PurchaseOrderStatus } | null, errors: Array<{ code: PurchaseOrderCloseErrorCode, field: Array<string> | null, message: string }> } };

export type Procurement_SupplierCreateMutationVariables = Exact<{
  input: SupplierCreateInput;
}>;


export type Procurement_SupplierCreateMutation = { supplierCreate: { supplier: { id: string } | null, errors: Array<{ code: SupplierCreateErrorCode, field: Array<string> | null, message: string }> } };

export type Procurement_CreateFromSuggestionsMutationVariables = Exact<{
  input: PurchaseOrdersCreateFromSuggestionsInput;
}>;


export type Procurement_CreateFromSuggestionsMutation = { purchaseOrdersCreateFromSuggestions: { purchaseOrders: Array<{ id: string, number: string }>, errors: Array<{ code: PurchaseOrdersCreateFromSuggestionsErrorCode, field: Array<string> | null, message: string }> } };

export type Procurement_OrderDocumentQueryVariables = Exact<{
  id: string;
}>;


export type Procurement_OrderDocumentQuery = { procurementSettings: { buyerName: string | null }, purchaseOrder: { number: string, currency: string, expectedAt: string | null, supplier: { name: string }, total: { amount: number }, lines: Array<{ sku: string, supplierSku: string | null, description: string, quantity: number, quantityCancelled: number, unitCost: { amount: number } }> } | null };

export type Procurement_RenderPdfQueryVariables = Exact<{
  document: string;
}>;


export type Procurement_RenderPdfQuery = { purchaseOrderPdf: string };

export type Procurement_VariantBySkuQueryVariables = Exact<{
  sku: string;
}>;


export type Procurement_VariantBySkuQuery = { variantBySku: { id: string } | null };

export type Procurement_SupplierContactAddMutationVariables = Exact<{
  input: SupplierContactAddInput;
}>;


export type Procurement_SupplierContactAddMutation = { supplierContactAdd: { contact: { id: string } | null, errors: Array<{ code: SupplierContactAddErrorCode, field: Array<string> | null, message: string }> } };

export type Procurement_SupplierContactRemoveMutationVariables = Exact<{
  input: SupplierContactRemoveInput;
}>;


export type Procurement_SupplierContactRemoveMutation = { supplierContactRemove: { removedContactId: string | null, errors: Array<{ code: SupplierContactRemoveErrorCode, field: Array<string> | null, message: string }> } };

export type Procurement_SupplierItemsSetMutationVariables = Exact<{
  input: SupplierItemsSetInput;
}>;


export type Procurement_SupplierItemsSetMutation = { supplierItemsSet: { items: Array<{ id: string }>, errors: Array<{ code: SupplierItemsSetErrorCode, field: Array<string> | null, message: string }> } };

export type Procurement_SupplierItemRemoveMutationVariables = Exact<{
  input: SupplierItemRemoveInput;
}>;


export type Procurement_SupplierItemRemoveMutation = { supplierItemRemove: { removedSupplierItemId: string | null, errors: Array<{ code: SupplierItemRemoveErrorCode, field: Array<string> | null, message: string }> } };

export type Procurement_SupplierCustomFieldsMutationVariables = Exact<{
  input: SupplierUpdateInput;
}>;


export type Procurement_SupplierCustomFieldsMutation = { supplierUpdate: { supplier: { id: string, version: number } | null, errors: Array<{ code: SupplierUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type Receiving_CreateMutationVariables = Exact<{
  input: ReceiptCreateInput;
}>;


export type Receiving_CreateMutation = { receiptCreate: { receipt: { id: string, number: string, purchaseOrderNumber: string, acceptedQuantity: number, rejectedQuantity: number } | null, errors: Array<{ code: ReceiptCreateErrorCode, field: Array<string> | null, message: string }> } };

export type Receiving_LookupQueryVariables = Exact<{
  code: string;
}>;


export type Receiving_LookupQuery = { receivableLines: Array<{ purchaseOrderId: string, purchaseOrderNumber: string, purchaseOrderStatus: string, purchaseOrderLineId: string, warehouseId: string, sku: string, description: string, quantityOrdered: number, quantityCancelled: number, quantityReceived: number, quantityRejected: number, quantityOpen: number, expectedAt: string | null }> };

export type Receiving_RecentQueryVariables = Exact<{ [key: string]: never; }>;


export type Receiving_RecentQuery = { receipts: { totalCount: number, edges: Array<{ node: { id: string, number: string, status: ReceiptStatus, purchaseOrderId: string, purchaseOrderNumber: string, acceptedQuantity: number, rejectedQuantity: number, createdAt: string, postedAt: string | null } }> } };

export type Receiving_OrderSectionsQueryVariables = Exact<{
  purchaseOrderId: string;
}>;


export type Receiving_OrderSectionsQuery = { receipts: { totalCount: number, edges: Array<{ node: { id: string, number: string, status: ReceiptStatus, acceptedQuantity: number, rejectedQuantity: number, createdAt: string, postedAt: string | null, lines: Array<{ sku: string, acceptedQuantity: number, rejectedQuantity: number, rejectionReason: string | null }> } }> }, supplierBills: { totalCount: number, edges: Array<{ node: { id: string, number: string, kind: SupplierBillKind, status: SupplierBillStatus, supplierInvoiceNumber: string, billDate: string, dueDate: string, currency: string, totalAmount: number, holdReasons: Array<{ code: string }> } }> } };

export type SettingsMembers_InviteMutationVariables = Exact<{
  input: MemberInviteInput;
}>;


export type SettingsMembers_InviteMutation = { memberInvite: { invitation: { id: string } | null, errors: Array<{ code: MemberInviteErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsInvitations_RevokeMutationVariables = Exact<{
  input: InvitationRevokeInput;
}>;


export type SettingsInvitations_RevokeMutation = { invitationRevoke: { invitation: { id: string } | null, errors: Array<{ code: InvitationRevokeErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsApiKeys_CreateMutationVariables = Exact<{
  input: ApiKeyCreateInput;
}>;


export type SettingsApiKeys_CreateMutation = { apiKeyCreate: { secret: string | null, errors: Array<{ code: ApiKeyCreateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsStorefrontKeys_CreateMutationVariables = Exact<{
  input: StorefrontKeyCreateInput;
}>;


export type SettingsStorefrontKeys_CreateMutation = { storefrontKeyCreate: { secret: string | null, errors: Array<{ code: StorefrontKeyCreateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsApiKeys_RevokeMutationVariables = Exact<{
  input: ApiKeyRevokeInput;
}>;


export type SettingsApiKeys_RevokeMutation = { apiKeyRevoke: { errors: Array<{ code: ApiKeyRevokeErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsApiKeys_TierSetMutationVariables = Exact<{
  input: ApiKeyRateLimitTierSetInput;
}>;


export type SettingsApiKeys_TierSetMutation = { apiKeyRateLimitTierSet: { apiKey: { id: string, rateLimitTier: RateLimitTier, rateLimitTierSource: RateLimitTierSource } | null, errors: Array<{ code: ApiKeyRateLimitTierSetErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsFlags_SetMutationVariables = Exact<{
  input: FeatureFlagSetInput;
}>;


export type SettingsFlags_SetMutation = { featureFlagSet: { featureFlag: { key: string } | null, errors: Array<{ code: FeatureFlagSetErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsMembers_SetRolesMutationVariables = Exact<{
  input: MemberRolesSetInput;
}>;


export type SettingsMembers_SetRolesMutation = { memberRolesSet: { member: { id: string } | null, errors: Array<{ code: MemberRolesSetErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsMembers_RemoveMutationVariables = Exact<{
  input: MemberRemoveInput;
}>;


export type SettingsMembers_RemoveMutation = { memberRemove: { removedUserId: string | null, revokedApiKeys: Array<{ id: string, name: string }>, errors: Array<{ code: MemberRemoveErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsStore_UpdateMutationVariables = Exact<{
  input: TenantUpdateInput;
}>;


export type SettingsStore_UpdateMutation = { tenantUpdate: { tenant: { id: string, version: number } | null, errors: Array<{ code: TenantUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsReturns_UpdateMutationVariables = Exact<{
  input: FulfillmentSettingsUpdateInput;
}>;


export type SettingsReturns_UpdateMutation = { fulfillmentSettingsUpdate: { settings: { returnWindowDays: number } | null, errors: Array<{ code: FulfillmentSettingsUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsOrders_PrefixSetMutationVariables = Exact<{
  input: OrderNumberPrefixSetInput;
}>;


export type SettingsOrders_PrefixSetMutation = { orderNumberPrefixSet: { numbering: { prefix: string } | null, errors: Array<{ code: OrderNumberPrefixSetErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsApps_AppQueryVariables = Exact<{
  id: string;
}>;


export type SettingsApps_AppQuery = { app: { id: string, kind: AppKind, name: string, builtIn: boolean, graceSeconds: number, rateLimitTier: RateLimitTier | null, archivedAt: string | null, documentVersions: Array<{ version: number, documentCount: number, publishedAt: string, liveUntil: string | null, current: boolean, live: boolean }> } | null, apiKeys: { edges: Array<{ node: { id: string, kind: ApiKeyKind, name: string, prefix: string, revokedAt: string | null, lastUsedAt: string | null, rateLimitTier: RateLimitTier, rateLimitTierSource: RateLimitTierSource, app: { id: string } | null } }> } };

export type SettingsApps_RegisterMutationVariables = Exact<{
  input: AppRegisterInput;
}>;


export type SettingsApps_RegisterMutation = { appRegister: { app: { id: string } | null, errors: Array<{ code: AppRegisterErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsApps_UpdateMutationVariables = Exact<{
  input: AppUpdateInput;
}>;


export type SettingsApps_UpdateMutation = { appUpdate: { app: { id: string } | null, errors: Array<{ code: AppUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsApps_TierSetMutationVariables = Exact<{
  input: AppRateLimitTierSetInput;
}>;


export type SettingsApps_TierSetMutation = { appRateLimitTierSet: { app: { id: string, rateLimitTier: RateLimitTier | null } | null, errors: Array<{ code: AppRateLimitTierSetErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsApps_ArchiveMutationVariables = Exact<{
  input: AppArchiveInput;
}>;


export type SettingsApps_ArchiveMutation = { appArchive: { revokedKeys: number | null, errors: Array<{ code: AppArchiveErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsApps_StorefrontKeyMutationVariables = Exact<{
  input: StorefrontKeyCreateInput;
}>;


export type SettingsApps_StorefrontKeyMutation = { storefrontKeyCreate: { secret: string | null, errors: Array<{ code: StorefrontKeyCreateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsApps_SecretKeyMutationVariables = Exact<{
  input: ApiKeyCreateInput;
}>;


export type SettingsApps_SecretKeyMutation = { apiKeyCreate: { secret: string | null, errors: Array<{ code: ApiKeyCreateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsApps_PublishMutationVariables = Exact<{
  input: AppDocumentsPublishInput;
}>;


export type SettingsApps_PublishMutation = { appDocumentsPublish: { version: { version: number, documentCount: number } | null, errors: Array<{ code: AppDocumentsPublishErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsApps_ListQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsApps_ListQuery = { apps: { totalCount: number, edges: Array<{ node: { id: string, kind: AppKind, name: string, builtIn: boolean, graceSeconds: number, rateLimitTier: RateLimitTier | null, archivedAt: string | null, documentVersions: Array<{ version: number, documentCount: number, current: boolean }> } }> } };

export type SettingsCustomFields_CreateProductMutationVariables = Exact<{
  input: CustomFieldDefinitionCreateInput;
}>;


export type SettingsCustomFields_CreateProductMutation = { created: { customFieldDefinition: { id: string } | null, errors: Array<{ code: CustomFieldDefinitionCreateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsCustomFields_ArchiveProductMutationVariables = Exact<{
  input: CustomFieldDefinitionArchiveInput;
}>;


export type SettingsCustomFields_ArchiveProductMutation = { archived: { customFieldDefinition: { id: string, archived: boolean } | null, errors: Array<{ code: CustomFieldDefinitionArchiveErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsCustomFields_CreateCustomerMutationVariables = Exact<{
  input: CustomerCustomFieldDefinitionCreateInput;
}>;


export type SettingsCustomFields_CreateCustomerMutation = { created: { customFieldDefinition: { id: string } | null, errors: Array<{ code: CustomerCustomFieldDefinitionCreateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsCustomFields_ArchiveCustomerMutationVariables = Exact<{
  input: CustomFieldDefinitionArchiveInput;
}>;


export type SettingsCustomFields_ArchiveCustomerMutation = { archived: { customFieldDefinition: { id: string, archived: boolean } | null, errors: Array<{ code: CustomerCustomFieldDefinitionArchiveErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsCustomFields_CreateOrderMutationVariables = Exact<{
  input: OrderCustomFieldDefinitionCreateInput;
}>;


export type SettingsCustomFields_CreateOrderMutation = { created: { customFieldDefinition: { id: string } | null, errors: Array<{ code: OrderCustomFieldDefinitionCreateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsCustomFields_ArchiveOrderMutationVariables = Exact<{
  input: CustomFieldDefinitionArchiveInput;
}>;


export type SettingsCustomFields_ArchiveOrderMutation = { archived: { customFieldDefinition: { id: string, archived: boolean } | null, errors: Array<{ code: OrderCustomFieldDefinitionArchiveErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsCustomFields_CreateSupplierMutationVariables = Exact<{
  input: SupplierCustomFieldDefinitionCreateInput;
}>;


export type SettingsCustomFields_CreateSupplierMutation = { created: { customFieldDefinition: { id: string } | null, errors: Array<{ code: SupplierCustomFieldDefinitionCreateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsCustomFields_ArchiveSupplierMutationVariables = Exact<{
  input: CustomFieldDefinitionArchiveInput;
}>;


export type SettingsCustomFields_ArchiveSupplierMutation = { archived: { customFieldDefinition: { id: string, archived: boolean } | null, errors: Array<{ code: SupplierCustomFieldDefinitionArchiveErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsCustomFields_ProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsCustomFields_ProductsQuery = { definitions: Array<{ id: string, key: string, label: string, type: CustomFieldType, required: boolean, defaultValue: string | null, visibility: CustomFieldVisibility, archived: boolean, version: number, validation: { min: number | null, max: number | null, pattern: string | null, values: Array<string> | null } }> };

export type SettingsCustomFields_CustomersQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsCustomFields_CustomersQuery = { definitions: Array<{ id: string, key: string, label: string, type: CustomFieldType, required: boolean, defaultValue: string | null, visibility: CustomFieldVisibility, archived: boolean, version: number, validation: { min: number | null, max: number | null, pattern: string | null, values: Array<string> | null } }> };

export type SettingsCustomFields_OrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsCustomFields_OrdersQuery = { definitions: Array<{ id: string, key: string, label: string, type: CustomFieldType, required: boolean, defaultValue: string | null, visibility: CustomFieldVisibility, archived: boolean, version: number, validation: { min: number | null, max: number | null, pattern: string | null, values: Array<string> | null } }> };

export type SettingsCustomFields_SuppliersQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsCustomFields_SuppliersQuery = { definitions: Array<{ id: string, key: string, label: string, type: CustomFieldType, required: boolean, defaultValue: string | null, visibility: CustomFieldVisibility, archived: boolean, version: number, validation: { min: number | null, max: number | null, pattern: string | null, values: Array<string> | null } }> };

export type Settings_UiExtensionSaveMutationVariables = Exact<{
  input: UiExtensionSaveInput;
}>;


export type Settings_UiExtensionSaveMutation = { uiExtensionSave: { uiExtension: { id: string, title: string } | null, errors: Array<{ code: UiExtensionSaveErrorCode, field: Array<string> | null, message: string }> } };

export type Settings_UiExtensionDeleteMutationVariables = Exact<{
  input: UiExtensionDeleteInput;
}>;


export type Settings_UiExtensionDeleteMutation = { uiExtensionDelete: { deletedId: string | null, errors: Array<{ code: UiExtensionDeleteErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsExtensions_ProductFieldKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsExtensions_ProductFieldKeysQuery = { customFieldDefinitions: Array<{ key: string }> };

export type SettingsExtensions_CustomerFieldKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsExtensions_CustomerFieldKeysQuery = { customerCustomFieldDefinitions: Array<{ key: string }> };

export type SettingsExtensions_OrderFieldKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsExtensions_OrderFieldKeysQuery = { orderCustomFieldDefinitions: Array<{ key: string }> };

export type SettingsExtensions_SupplierFieldKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsExtensions_SupplierFieldKeysQuery = { supplierCustomFieldDefinitions: Array<{ key: string }> };

export type Settings_UiExtensionsQueryVariables = Exact<{ [key: string]: never; }>;


export type Settings_UiExtensionsQuery = { featureEnabled: boolean, uiExtensions: Array<{ id: string, point: UiExtensionPoint, title: string, schema: string, position: number, enabled: boolean, installationId: string | null, declared: boolean }> };

export type Integrations_ConfigureMutationVariables = Exact<{
  input: IntegrationConfigureInput;
}>;


export type Integrations_ConfigureMutation = { integrationConfigure: { integration: { kind: IntegrationKind, adapterId: string, enabled: boolean } | null, errors: Array<{ code: IntegrationConfigureErrorCode, field: Array<string> | null, message: string }> } };

export type Integrations_KeyRotateMutationVariables = Exact<{ [key: string]: never; }>;


export type Integrations_KeyRotateMutation = { integrationKeyRotate: { key: { version: number, reencrypted: number | null } | null, errors: Array<{ code: IntegrationKeyRotateErrorCode, field: Array<string> | null, message: string }> } };

export type Integrations_PageQueryVariables = Exact<{ [key: string]: never; }>;


export type Integrations_PageQuery = { integrationAdapters: Array<{ kind: IntegrationKind, label: string, defaultAdapterId: string | null, adapters: Array<{ id: string, label: string, description: string, builtIn: boolean, fields: Array<{ key: string, label: string, secret: boolean, required: boolean, description: string | null }> }> }>, integrations: Array<{ kind: IntegrationKind, adapterId: string, enabled: boolean, settings: Array<{ key: string, value: string }>, secrets: Array<{ key: string, set: boolean, hint: string | null }> }>, integrationKey: { version: number, rotatedAt: string, currentMasterKey: boolean } | null };

export type SettingsStore_TenantQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsStore_TenantQuery = { tenant: { id: string, name: string, locale: string, timeZone: string, currencies: Array<string>, legalName: string, taxId: string, version: number, address: { line1: string, line2: string | null, postalCode: string, city: string, region: string | null, country: string, phone: string | null } | null } | null };

export type SettingsReturns_WindowQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsReturns_WindowQuery = { fulfillmentSettings: { returnWindowDays: number } };

export type SettingsOrders_NumberingQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsOrders_NumberingQuery = { orderNumbering: { prefix: string, nextNumber: number } };

export type SettingsMembers_ListQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsMembers_ListQuery = { members: { totalCount: number, edges: Array<{ node: { id: string, email: string, name: string | null, roles: Array<string>, memberSince: string } }> } };

export type SettingsInvitations_ListQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsInvitations_ListQuery = { invitations: { totalCount: number, edges: Array<{ node: { id: string, email: string, roleNames: Array<string>, invitedAt: string, expiresAt: string | null } }> } };

export type SettingsRoles_ListQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsRoles_ListQuery = { roles: Array<{ id: string, name: string, description: string | null, scopes: Array<string>, builtin: boolean, version: number }>, permissionScopes: Array<{ name: string, description: string }> };

export type SettingsApiKeys_ListQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsApiKeys_ListQuery = { apiKeys: { edges: Array<{ node: { id: string, kind: ApiKeyKind, name: string, prefix: string, scopes: Array<string>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, rateLimitTier: RateLimitTier, ownRateLimitTier: RateLimitTier | null, rateLimitTierSource: RateLimitTierSource, app: { id: string, name: string } | null } }> }, apps: { edges: Array<{ node: { id: string, kind: AppKind, name: string, rateLimitTier: RateLimitTier | null, archivedAt: string | null } }> } };

export type SettingsFlags_ListQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsFlags_ListQuery = { featureFlags: Array<{ key: string, description: string | null, enabled: boolean, percentage: number, version: number }> };

export type SettingsAudit_ListQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsAudit_ListQuery = { auditEvents: { edges: Array<{ node: { id: string, occurredAt: string, actorKind: string, operation: string, targetType: string | null, outcome: AuditOutcome, errorCode: string | null } }> } };

export type Plugins_UploadMutationVariables = Exact<{
  input: PluginUploadInput;
}>;


export type Plugins_UploadMutation = { pluginUpload: { plugin: { id: string, name: string } | null, version: { version: string } | null, errors: Array<{ code: PluginUploadErrorCode, field: Array<string> | null, message: string }> } };

export type Plugins_InstallMutationVariables = Exact<{
  input: PluginInstallInput;
}>;


export type Plugins_InstallMutation = { pluginInstall: { installation: { id: string } | null, errors: Array<{ code: PluginInstallErrorCode, field: Array<string> | null, message: string }> } };

export type Plugins_ConfigureMutationVariables = Exact<{
  input: PluginConfigureInput;
}>;


export type Plugins_ConfigureMutation = { pluginConfigure: { installation: { id: string } | null, errors: Array<{ code: PluginConfigureErrorCode, field: Array<string> | null, message: string }> } };

export type Plugins_EnableMutationVariables = Exact<{
  input: PluginInstallationIdInput;
}>;


export type Plugins_EnableMutation = { pluginEnable: { errors: Array<{ code: PluginEnableErrorCode, field: Array<string> | null, message: string }> } };

export type Plugins_DisableMutationVariables = Exact<{
  input: PluginInstallationIdInput;
}>;


export type Plugins_DisableMutation = { pluginDisable: { errors: Array<{ code: PluginDisableErrorCode, field: Array<string> | null, message: string }> } };

export type Plugins_RollbackMutationVariables = Exact<{
  input: PluginInstallationIdInput;
}>;


export type Plugins_RollbackMutation = { pluginRollback: { errors: Array<{ code: PluginRollbackErrorCode, field: Array<string> | null, message: string }> } };

export type Plugins_UninstallMutationVariables = Exact<{
  input: PluginInstallationIdInput;
}>;


export type Plugins_UninstallMutation = { pluginUninstall: { errors: Array<{ code: PluginUninstallErrorCode, field: Array<string> | null, message: string }> } };

export type Plugins_UpgradeMutationVariables = Exact<{
  input: PluginUpgradeInput;
}>;


export type Plugins_UpgradeMutation = { pluginUpgrade: { errors: Array<{ code: PluginUpgradeErrorCode, field: Array<string> | null, message: string }> } };

export type Plugins_ListQueryVariables = Exact<{ [key: string]: never; }>;


export type Plugins_ListQuery = { plugins: { totalCount: number, edges: Array<{ node: { id: string, name: string, description: string, versions: Array<{ id: string, version: string }>, installation: { id: string, enabled: boolean, disabledReason: string | null, consecutiveFailures: number, version: { version: string }, stats: Array<{ hook: string, calls: number, failures: number, refusals: number, errorRate: number, averageLatencyMs: number }> } | null } }> } };

export type Plugins_DetailQueryVariables = Exact<{
  id: string;
}>;


export type Plugins_DetailQuery = { plugin: { id: string, name: string, description: string, versions: Array<{ id: string, version: string, description: string, capabilities: Array<string>, configSchema: string, checksum: string, sourceLanguage: string, uploadedAt: string, hooks: Array<{ point: string, failurePolicy: string, timeoutMs: number }> }>, installation: { id: string, enabled: boolean, disabledReason: string | null, consecutiveFailures: number, config: string, installedAt: string, version: { id: string, version: string, configSchema: string }, previousVersion: { id: string, version: string } | null, stats: Array<{ hook: string, calls: number, failures: number, refusals: number, errorRate: number, averageLatencyMs: number, maxLatencyMs: number }>, invocations: Array<{ id: string, hook: string, version: string, outcome: string, failure: string | null, message: string | null, durationMs: number, at: string, logs: Array<{ level: string, message: string }> }> } | null } | null };

export type SettingsRoles_CreateMutationVariables = Exact<{
  input: RoleCreateInput;
}>;


export type SettingsRoles_CreateMutation = { roleCreate: { role: { id: string } | null, errors: Array<{ code: RoleCreateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsRoles_UpdateMutationVariables = Exact<{
  input: RoleUpdateInput;
}>;


export type SettingsRoles_UpdateMutation = { roleUpdate: { role: { id: string, version: number } | null, errors: Array<{ code: RoleUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsRoles_DeleteMutationVariables = Exact<{
  input: RoleDeleteInput;
}>;


export type SettingsRoles_DeleteMutation = { roleDelete: { deletedRoleId: string | null, errors: Array<{ code: RoleDeleteErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsShipping_ZoneCreateMutationVariables = Exact<{
  input: ShippingZoneCreateInput;
}>;


export type SettingsShipping_ZoneCreateMutation = { shippingZoneCreate: { zone: { id: string } | null, errors: Array<{ code: ShippingZoneCreateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsShipping_ZoneUpdateMutationVariables = Exact<{
  input: ShippingZoneUpdateInput;
}>;


export type SettingsShipping_ZoneUpdateMutation = { shippingZoneUpdate: { zone: { id: string } | null, errors: Array<{ code: ShippingZoneUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsShipping_ZoneDeleteMutationVariables = Exact<{
  input: ShippingZoneDeleteInput;
}>;


export type SettingsShipping_ZoneDeleteMutation = { shippingZoneDelete: { deletedZoneId: string | null, errors: Array<{ code: ShippingZoneDeleteErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsShipping_MethodCreateMutationVariables = Exact<{
  input: ShippingZoneMethodCreateInput;
}>;


export type SettingsShipping_MethodCreateMutation = { shippingZoneMethodCreate: { method: { id: string } | null, errors: Array<{ code: ShippingZoneMethodCreateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsShipping_MethodUpdateMutationVariables = Exact<{
  input: ShippingZoneMethodUpdateInput;
}>;


export type SettingsShipping_MethodUpdateMutation = { shippingZoneMethodUpdate: { method: { id: string } | null, errors: Array<{ code: ShippingZoneMethodUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsShipping_MethodDeleteMutationVariables = Exact<{
  input: ShippingZoneMethodDeleteInput;
}>;


export type SettingsShipping_MethodDeleteMutation = { shippingZoneMethodDelete: { zone: { id: string } | null, errors: Array<{ code: ShippingZoneMethodDeleteErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsShipping_ZonesQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsShipping_ZonesQuery = { shippingZones: Array<{ id: string, name: string, countries: Array<string>, restOfWorld: boolean, methods: Array<{ id: string, code: string, name: string, estimatedDaysMin: number, estimatedDaysMax: number, price: { amount: number, currency: string, fractionDigits: number }, freeShippingThreshold: { amount: number, currency: string, fractionDigits: number } | null }> }> };

export type SettingsTax_SettingsUpdateMutationVariables = Exact<{
  input: TaxSettingsUpdateInput;
}>;


export type SettingsTax_SettingsUpdateMutation = { taxSettingsUpdate: { taxSettings: { configured: boolean } | null, errors: Array<{ code: TaxSettingsUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsTax_ZoneCreateMutationVariables = Exact<{
  input: TaxZoneCreateInput;
}>;


export type SettingsTax_ZoneCreateMutation = { taxZoneCreate: { zone: { id: string } | null, errors: Array<{ code: TaxZoneCreateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsTax_ZoneUpdateMutationVariables = Exact<{
  input: TaxZoneUpdateInput;
}>;


export type SettingsTax_ZoneUpdateMutation = { taxZoneUpdate: { zone: { id: string } | null, errors: Array<{ code: TaxZoneUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsTax_ZoneDeleteMutationVariables = Exact<{
  input: TaxZoneDeleteInput;
}>;


export type SettingsTax_ZoneDeleteMutation = { taxZoneDelete: { deletedZoneId: string | null, errors: Array<{ code: TaxZoneDeleteErrorCode, field: Array<string> | null, message: string }> } };

export type SettingsTax_SettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsTax_SettingsQuery = { taxSettings: { configured: boolean, pricesIncludeTax: boolean, rounding: TaxRounding, originCountry: string | null, zones: Array<{ id: string, name: string, places: Array<string>, rates: Array<{ taxClass: string, name: string, ratePpm: number }> }> } };

export type TasksInboxQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type TasksInboxQuery = { tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, runId: string, workflowName: string, title: string, description: string | null, scope: string, quorum: number, requester: string | null, dueAt: string | null, createdAt: string, decisions: Array<{ by: string, decision: string, comment: string | null }> } }> } };

export type TaskCountQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskCountQuery = { taskCount: number };

export type TaskApproveMutationVariables = Exact<{
  input: TaskDecideInput;
}>;


export type TaskApproveMutation = { taskApprove: { task: { id: string, status: WorkflowTaskStatus } | null, errors: Array<{ code: TaskApproveErrorCode, field: Array<string> | null, message: string }> } };

export type TaskRejectMutationVariables = Exact<{
  input: TaskDecideInput;
}>;


export type TaskRejectMutation = { taskReject: { task: { id: string, status: WorkflowTaskStatus } | null, errors: Array<{ code: TaskRejectErrorCode, field: Array<string> | null, message: string }> } };

export type PortalLayout_VerificationRequestMutationVariables = Exact<{ [key: string]: never; }>;


export type PortalLayout_VerificationRequestMutation = { emailVerificationRequest: { done: boolean, errors: Array<{ code: EmailVerificationRequestErrorCode, field: Array<string> | null, message: string }> } };

export type Webhooks_CreateMutationVariables = Exact<{
  input: WebhookEndpointCreateInput;
}>;


export type Webhooks_CreateMutation = { webhookEndpointCreate: { secret: string | null, endpoint: { id: string } | null, errors: Array<{ code: WebhookEndpointCreateErrorCode, field: Array<string> | null, message: string }> } };

export type Webhooks_RotateMutationVariables = Exact<{
  input: WebhookEndpointSecretRotateInput;
}>;


export type Webhooks_RotateMutation = { webhookEndpointSecretRotate: { secret: string | null, errors: Array<{ code: WebhookEndpointSecretRotateErrorCode, field: Array<string> | null, message: string }> } };

export type Webhooks_EnableMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type Webhooks_EnableMutation = { webhookEndpointEnable: { errors: Array<{ code: WebhookEndpointEnableErrorCode, field: Array<string> | null, message: string }> } };

export type Webhooks_DisableMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type Webhooks_DisableMutation = { webhookEndpointDisable: { errors: Array<{ code: WebhookEndpointDisableErrorCode, field: Array<string> | null, message: string }> } };

export type Webhooks_TestMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type Webhooks_TestMutation = { webhookEndpointTest: { errors: Array<{ code: WebhookEndpointTestErrorCode, field: Array<string> | null, message: string }> } };

export type Webhooks_DeleteMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type Webhooks_DeleteMutation = { webhookEndpointDelete: { errors: Array<{ code: WebhookEndpointDeleteErrorCode, field: Array<string> | null, message: string }> } };

export type Webhooks_RedeliverMutationVariables = Exact<{
  input: WebhookDeliveryRedeliverInput;
}>;


export type Webhooks_RedeliverMutation = { webhookDeliveryRedeliver: { errors: Array<{ code: WebhookDeliveryRedeliverErrorCode, field: Array<string> | null, message: string }> } };

export type Webhooks_ListQueryVariables = Exact<{ [key: string]: never; }>;


export type Webhooks_ListQuery = { webhookEventTypes: Array<string>, webhookEndpoints: { totalCount: number, edges: Array<{ node: { id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, disabledReason: string | null, consecutiveFailures: number, createdAt: string } }> } };

export type Webhooks_DetailQueryVariables = Exact<{
  id: string;
}>;


export type Webhooks_DetailQuery = { webhookEndpoint: { id: string, url: string, description: string, eventTypes: Array<string>, enabled: boolean, disabledReason: string | null, consecutiveFailures: number, previousSecretExpiresAt: string | null, createdAt: string } | null, webhookDeliveries: { totalCount: number, edges: Array<{ node: { id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, responseStatus: number | null, latencyMs: number | null, responseBody: string | null, error: string | null, nextAttemptAt: string | null, lastAttemptAt: string | null, createdAt: string } }> } };

export type WorkflowList_WorkflowsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type WorkflowList_WorkflowsQuery = { workflows: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, enabled: boolean, trigger: string, latestVersion: number, template: string | null, updatedAt: string } }> }, workflowTemplates: Array<{ key: string, name: string, description: string, parameters: Array<{ key: string, description: string, default: string }> }> };

export type WorkflowDetail_WorkflowQueryVariables = Exact<{
  id: string;
  from: number;
  to: number;
}>;


export type WorkflowDetail_WorkflowQuery = { workflow: { id: string, name: string, description: string | null, enabled: boolean, trigger: string, latestVersion: number, template: string | null, current: { number: number, source: string } | null, versions: { totalCount: number, edges: Array<{ node: { number: number, createdAt: string, createdBy: string | null } }> }, from: { number: number, source: string } | null, to: { number: number, source: string } | null } | null };

export type WorkflowNew_FromTemplateMutationVariables = Exact<{
  input: WorkflowCreateFromTemplateInput;
}>;


export type WorkflowNew_FromTemplateMutation = { workflowCreateFromTemplate: { workflow: { id: string } | null, errors: Array<{ code: WorkflowCreateFromTemplateErrorCode, field: Array<string> | null, message: string }> } };

export type WorkflowEditor_ValidateMutationVariables = Exact<{
  input: WorkflowValidateInput;
}>;


export type WorkflowEditor_ValidateMutation = { workflowValidate: { valid: boolean, problems: Array<{ message: string, path: string, line: number, column: number }> } };

export type WorkflowEditor_SaveMutationVariables = Exact<{
  input: WorkflowUpdateInput;
}>;


export type WorkflowEditor_SaveMutation = { workflowUpdate: { version: { number: number } | null, problems: Array<{ message: string, path: string, line: number, column: number }>, errors: Array<{ code: WorkflowUpdateErrorCode, field: Array<string> | null, message: string }> } };

export type WorkflowDetail_EnableMutationVariables = Exact<{
  input: WorkflowIdInput;
}>;


export type WorkflowDetail_EnableMutation = { workflowEnable: { workflow: { id: string, enabled: boolean } | null, errors: Array<{ code: WorkflowEnableErrorCode, field: Array<string> | null, message: string }> } };

export type WorkflowDetail_DisableMutationVariables = Exact<{
  input: WorkflowIdInput;
}>;


export type WorkflowDetail_DisableMutation = { workflowDisable: { workflow: { id: string, enabled: boolean } | null, errors: Array<{ code: WorkflowDisableErrorCode, field: Array<string> | null, message: string }> } };

export type WorkflowDryRun_RunMutationVariables = Exact<{
  input: WorkflowDryRunInput;
}>;


export type WorkflowDryRun_RunMutation = { workflowDryRun: { matched: boolean | null, reason: string | null, steps: Array<{ id: string, kind: string, path: string, outcome: WorkflowDryRunOutcome, branch: string | null, input: string, detail: string | null }>, problems: Array<{ message: string, line: number, column: number }>, errors: Array<{ code: WorkflowDryRunErrorCode, field: Array<string> | null, message: string }> } };

export type WorkflowRunsListQueryVariables = Exact<{
  filter?: WorkflowRunFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type WorkflowRunsListQuery = { workflowRuns: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, workflowName: string, workflowVersion: number, status: WorkflowRunStatus, startedAt: string, finishedAt: string | null, error: string | null, trigger: { kind: string, eventType: string | null } } }> } };

export type WorkflowRunDetailQueryVariables = Exact<{
  id: string;
}>;


export type WorkflowRunDetailQuery = { workflowRun: { id: string, workflowId: string, workflowName: string, workflowVersion: number, status: WorkflowRunStatus, error: string | null, startedAt: string, finishedAt: string | null, input: string | null, event: string | null, variables: string, trigger: { kind: string, eventId: string | null, eventType: string | null, scheduledAt: string | null, requester: string | null }, timeline: Array<{ path: string, kind: WorkflowStepKind, status: WorkflowStepStatus, attempt: number, input: string | null, output: string | null, error: string | null, startedAt: string | null, finishedAt: string | null, wakeAt: string | null, task: { id: string, status: WorkflowTaskStatus, decisions: Array<{ by: string, decision: string, comment: string | null, at: string }> } | null }> } | null };

export type WorkflowRunCancelMutationVariables = Exact<{
  input: WorkflowRunCancelInput;
}>;


export type WorkflowRunCancelMutation = { workflowRunCancel: { run: { id: string, status: WorkflowRunStatus } | null, errors: Array<{ code: WorkflowRunCancelErrorCode, field: Array<string> | null, message: string }> } };

export type InvitationAccept_AcceptMutationVariables = Exact<{
  input: InvitationAcceptInput;
}>;


export type InvitationAccept_AcceptMutation = { invitationAccept: { session: { accessToken: string, refreshToken: string } | null, errors: Array<{ code: InvitationAcceptErrorCode, field: Array<string> | null, message: string }> } };

export type ResetPassword_RequestMutationVariables = Exact<{
  input: PasswordResetRequestInput;
}>;


export type ResetPassword_RequestMutation = { passwordResetRequest: { done: boolean, errors: Array<{ code: PasswordResetRequestErrorCode, field: Array<string> | null, message: string }> } };

export type ResetPassword_CompleteMutationVariables = Exact<{
  input: PasswordResetCompleteInput;
}>;


export type ResetPassword_CompleteMutation = { passwordResetComplete: { done: boolean, errors: Array<{ code: PasswordResetCompleteErrorCode, field: Array<string> | null, message: string }> } };

export type SessionRefresh_RotateMutationVariables = Exact<{
  input: SessionRefreshInput;
}>;


export type SessionRefresh_RotateMutation = { sessionRefresh: { session: { accessToken: string, refreshToken: string } | null, errors: Array<{ code: SessionRefreshErrorCode, field: Array<string> | null, message: string }> } };

export type SignInForm_SessionCreateMutationVariables = Exact<{
  input: SessionCreateInput;
}>;


export type SignInForm_SessionCreateMutation = { sessionCreate: { session: { accessToken: string, refreshToken: string } | null, errors: Array<{ code: SessionCreateErrorCode, field: Array<string> | null, message: string }> } };

export type SignOut_RevokeMutationVariables = Exact<{
  input: SessionRevokeInput;
}>;


export type SignOut_RevokeMutation = { sessionRevoke: { revoked: boolean } };

export type SignUp_CreateMutationVariables = Exact<{
  input: TenantCreateInput;
}>;


export type SignUp_CreateMutation = { tenantCreate: { tenant: { slug: string } | null, errors: Array<{ code: TenantCreateErrorCode, field: Array<string> | null, message: string }> } };

export type SignUpComplete_AcceptMutationVariables = Exact<{
  input: InvitationAcceptInput;
}>;


export type SignUpComplete_AcceptMutation = { invitationAccept: { session: { accessToken: string, refreshToken: string } | null, errors: Array<{ code: InvitationAcceptErrorCode, field: Array<string> | null, message: string }> } };

export type VerifyEmail_VerifyMutationVariables = Exact<{
  input: EmailVerifyInput;
}>;


export type VerifyEmail_VerifyMutation = { emailVerify: { done: boolean, errors: Array<{ code: EmailVerifyErrorCode, field: Array<string> | null, message: string }> } };

export type UiExtensions_OfPointQueryVariables = Exact<{
  point: UiExtensionPoint;
}>;


export type UiExtensions_OfPointQuery = { featureEnabled: boolean, uiExtensions: Array<{ id: string, point: UiExtensionPoint, title: string, schema: string }> };

export type UiExtensions_OneQueryVariables = Exact<{
  id: string;
}>;


export type UiExtensions_OneQuery = { uiExtension: { id: string, point: UiExtensionPoint, title: string, schema: string, enabled: boolean } | null };

export type UiExtensions_ProductStatusSetMutationVariables = Exact<{
  input: ProductStatusSetInput;
}>;


export type UiExtensions_ProductStatusSetMutation = { productStatusSet: { errors: Array<{ code: ProductStatusSetErrorCode, field: Array<string> | null, message: string }> } };

export type UiExtensions_OrderHoldPlaceMutationVariables = Exact<{
  input: OrderHoldPlaceInput;
}>;


export type UiExtensions_OrderHoldPlaceMutation = { orderHoldPlace: { errors: Array<{ code: OrderHoldPlaceErrorCode, field: Array<string> | null, message: string }> } };

export type UiExtensions_PluginActionRunMutationVariables = Exact<{
  input: PluginActionRunInput;
}>;


export type UiExtensions_PluginActionRunMutation = { pluginActionRun: { result: { plugin: string, action: string, status: PluginActionStatus, message: string } | null, errors: Array<{ code: PluginActionRunErrorCode, field: Array<string> | null, message: string }> } };

export type PortalLayout_ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalLayout_ViewerQuery = { viewer: { kind: PrincipalKind, scopes: Array<string>, roles: Array<string>, tenant: { id: string, slug: string, name: string, timeZone: string } | null, user: { id: string, email: string, name: string | null, emailVerified: boolean } | null, tenants: Array<{ slug: string, name: string }> } };

export const CatalogProductRow_ProductFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogProductRow_product"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CatalogProductRow_ProductFragment, unknown>;
export const FulfillmentReturnRow_ReturnFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FulfillmentReturnRow_return"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Return"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOrder"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"email"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOrder"}}}]}]}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<FulfillmentReturnRow_ReturnFragment, unknown>;
export const FulfillmentShipmentRow_ShipmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FulfillmentShipmentRow_shipment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Shipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderOnHold"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOrder"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"email"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOrder"}}}]}]}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withWarehouse"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<FulfillmentShipmentRow_ShipmentFragment, unknown>;
export const Account_PasswordChangeDocument = {"__meta__":{"hash":"sha256:5f62589e49329deb6b47530d37383f120e69c0fdaafb267d554033b28cf701da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Account_PasswordChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"endedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Account_PasswordChangeMutation, Account_PasswordChangeMutationVariables>;
export const Account_SessionRevokeDocument = {"__meta__":{"hash":"sha256:48369b129673b3a2443677e68d4a2d476d666834cc2d37867450c96a8ab5eb9b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Account_SessionRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Account_SessionRevokeMutation, Account_SessionRevokeMutationVariables>;
export const Account_SessionsDocument = {"__meta__":{"hash":"sha256:c45498660d7e4c22729c18434cb71ae02d9d8d014f91c5bcad073886e59447ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Account_Sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<Account_SessionsQuery, Account_SessionsQueryVariables>;
export const Bills_CreateDocument = {"__meta__":{"hash":"sha256:f5a3ab372c56e516fd1ff737d3da8962f4f8ba380786c759916a754deb581550"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Bills_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierBillCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierBillCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Bills_CreateMutation, Bills_CreateMutationVariables>;
export const Bills_ReleaseDocument = {"__meta__":{"hash":"sha256:e871339b85a17051baef9c2bb93e210c836e80aa6799a65fdb0e3b7c4d26890d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Bills_Release"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierBillReleaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierBillRelease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Bills_ReleaseMutation, Bills_ReleaseMutationVariables>;
export const Bills_CancelDocument = {"__meta__":{"hash":"sha256:90c0f6d43b2d1e48be219425dedc754303a4eb5708f45c48083eda7825b66f76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Bills_Cancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierBillIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierBillCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Bills_CancelMutation, Bills_CancelMutationVariables>;
export const Bills_ListDocument = {"__meta__":{"hash":"sha256:36d1c7ee10b04a6acad9a2394cdb5d89371dc48a2bef68080d4df5ce66dfeec9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bills_List"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierBillStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierBills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"supplierInvoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"billDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"holdReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Bills_ListQuery, Bills_ListQueryVariables>;
export const Bills_DetailDocument = {"__meta__":{"hash":"sha256:3e36cff3a15915ecf0e0ab5211351eafdc3b4bb7ae240e9014e348422c43caf6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bills_Detail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierBill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"supplierInvoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"billDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"exchangeRate"}},{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"freightAmount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"baseTotalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"releaseComment"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"holdReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billLineId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"orderedUnitCost"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"receivedBaseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"matchStatus"}},{"kind":"Field","name":{"kind":"Name","value":"matchReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Bills_DetailQuery, Bills_DetailQueryVariables>;
export const Bills_OrderLinesDocument = {"__meta__":{"hash":"sha256:9df087378b85911bea2d276874ea6d06834536117e371988397a8b1ed50954ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bills_OrderLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivableLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantityOrdered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReceived"}},{"kind":"Field","name":{"kind":"Name","value":"quantityBilled"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<Bills_OrderLinesQuery, Bills_OrderLinesQueryVariables>;
export const ProductEdit_ProductDocument = {"__meta__":{"hash":"sha256:a05990181356bdccc87a51bd76809d049b095978277d1332606145958b6a3052"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductEdit_Product"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"customerGroup"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"taxClass"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"priceList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customerGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductEdit_ProductQuery, ProductEdit_ProductQueryVariables>;
export const ProductForm_UpdateDocument = {"__meta__":{"hash":"sha256:c48785ed89a1df83660ed70020f4fcd946fb5e6ac5eb905b64a54f0a9dfb3fa6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductForm_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductForm_UpdateMutation, ProductForm_UpdateMutationVariables>;
export const ProductForm_StatusSetDocument = {"__meta__":{"hash":"sha256:ea56fe0ade2bbf33fadfa5de298ee434ac1520e9d89ff385917784522d8345a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductForm_StatusSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductStatusSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productStatusSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductForm_StatusSetMutation, ProductForm_StatusSetMutationVariables>;
export const CatalogImport_RunDocument = {"__meta__":{"hash":"sha256:003e71c21d937f30dd3779717f6423ad706a5796de252576aaed2dc43765abd9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogImport_Run"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"variantsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"variantsUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"rowsFailed"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogImport_RunMutation, CatalogImport_RunMutationVariables>;
export const ProductVariants_CreateDocument = {"__meta__":{"hash":"sha256:365825a132ac8e6fd2eac5c4682875c38283d40dfd39b0dcb039da11e35fa9b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductVariants_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VariantCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variantCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductVariants_CreateMutation, ProductVariants_CreateMutationVariables>;
export const ProductPrices_SetDocument = {"__meta__":{"hash":"sha256:a77100b4efb880c6e66429e24125fe1aa474a5a62d61c1a02f70934406e5983c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductPrices_Set"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PriceSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductPrices_SetMutation, ProductPrices_SetMutationVariables>;
export const ProductVariants_TaxClassDocument = {"__meta__":{"hash":"sha256:235a5b2268ef2fbeea2281affd6fedcde5b8194c11936760eb1e5e4e3005fc62"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductVariants_TaxClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VariantUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variantUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taxClass"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductVariants_TaxClassMutation, ProductVariants_TaxClassMutationVariables>;
export const CatalogBulk_StatusDocument = {"__meta__":{"hash":"sha256:7c64dc45a686dbb07973fd7d1a0b5a4ce21c141ed7e4324e5de9646178b52ba0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogBulk_Status"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductBulkStatusSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productBulkStatusSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogBulk_StatusMutation, CatalogBulk_StatusMutationVariables>;
export const CatalogBulk_DeleteDocument = {"__meta__":{"hash":"sha256:8142b3aef0bebfbbaa322710209505a5f7cd8710197dd1a7dbb6efa5013f209b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CatalogBulk_Delete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductBulkDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productBulkDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedProductIds"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogBulk_DeleteMutation, CatalogBulk_DeleteMutationVariables>;
export const CategoryForm_CreateDocument = {"__meta__":{"hash":"sha256:c0f2bd89d808327bf13052723a6bf7b345ec64471feb160d478802c56ae8b4aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CategoryForm_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CategoryForm_CreateMutation, CategoryForm_CreateMutationVariables>;
export const CategoryForm_UpdateDocument = {"__meta__":{"hash":"sha256:e2c8f8c9314b0872fa7a7938a322f55131b95befd192a0d54fb96330a738753b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CategoryForm_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CategoryForm_UpdateMutation, CategoryForm_UpdateMutationVariables>;
export const CategoryForm_DeleteDocument = {"__meta__":{"hash":"sha256:94e92e55394f88edb3cb5b2673ff37ad09f0e22d48a36fff48617690ff258571"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CategoryForm_Delete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedCategoryId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CategoryForm_DeleteMutation, CategoryForm_DeleteMutationVariables>;
export const CategoriesPage_TreeDocument = {"__meta__":{"hash":"sha256:f889d61c3ecea7b21b3be3171acee90762a4acb38a9d0b02e30ddf0176ea06ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CategoriesPage_Tree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"productSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CategoriesPage_TreeQuery, CategoriesPage_TreeQueryVariables>;
export const CollectionPage_DetailDocument = {"__meta__":{"hash":"sha256:318af87199c3cdf2e2d47fcf19b2ccefbc20f558beab9f8559183daef2c04ac5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CollectionPage_Detail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CollectionPage_DetailQuery, CollectionPage_DetailQueryVariables>;
export const CollectionPage_CandidatesDocument = {"__meta__":{"hash":"sha256:5b90669ee21734bfb664819211852653d2c5846ddf1d917ebefb45639aa01ab0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CollectionPage_Candidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductSearchSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"collections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CollectionPage_CandidatesQuery, CollectionPage_CandidatesQueryVariables>;
export const CollectionForm_CreateDocument = {"__meta__":{"hash":"sha256:501cc6ed35970e0641fdedcbdbb828f18a4e03ec791bbf3e840b3c0a834d8520"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CollectionForm_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CollectionForm_CreateMutation, CollectionForm_CreateMutationVariables>;
export const CollectionProducts_AddDocument = {"__meta__":{"hash":"sha256:c096038d419383a1cb7dea2bd90ef20f772f1e3a4637850e05bcf09f79683965"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CollectionProducts_Add"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionProductsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectionAddProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CollectionProducts_AddMutation, CollectionProducts_AddMutationVariables>;
export const CollectionProducts_RemoveDocument = {"__meta__":{"hash":"sha256:3078b16ef30950219c0d2812b543103547533b2daa6b1e52e2fb62cf62e5bebe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CollectionProducts_Remove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionProductsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectionRemoveProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CollectionProducts_RemoveMutation, CollectionProducts_RemoveMutationVariables>;
export const CollectionForm_UpdateDocument = {"__meta__":{"hash":"sha256:c6d0040bdcbf1650390fc0b24c95cc3ed507e75d127992b56f3e4cfe67b9ab77"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CollectionForm_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectionUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CollectionForm_UpdateMutation, CollectionForm_UpdateMutationVariables>;
export const CollectionForm_DeleteDocument = {"__meta__":{"hash":"sha256:6099a0fecf978e9c1e4ad093a0bc966fa44382b2abecf252d01eefa0da15123a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CollectionForm_Delete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectionDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectionDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedCollectionId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CollectionForm_DeleteMutation, CollectionForm_DeleteMutationVariables>;
export const CollectionsPage_ListDocument = {"__meta__":{"hash":"sha256:ecf9fc0b6af6e08b03fce44e150a5b79513a07e96ae349a576767cf4260fed51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CollectionsPage_List"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CollectionsPage_ListQuery, CollectionsPage_ListQueryVariables>;
export const ProductNew_CreateDocument = {"__meta__":{"hash":"sha256:a78be5521877289224036ea504e95b70aa8b1822e8a9e33b213b30efb3eafc39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductNew_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductNew_CreateMutation, ProductNew_CreateMutationVariables>;
export const ProductNew_StockDocument = {"__meta__":{"hash":"sha256:a72d9951e3609f998b3c2b5fc4723f57df219e742abcdc767ea483971e369495"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductNew_Stock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockAdjustInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockAdjust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProductNew_StockMutation, ProductNew_StockMutationVariables>;
export const ProductNew_ChoicesDocument = {"__meta__":{"hash":"sha256:e400fda11361465ed909b8cdbba818a45e84693a1b2a76e124096651ff63ea98"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductNew_Choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"customerGroup"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ProductNew_ChoicesQuery, ProductNew_ChoicesQueryVariables>;
export const ProductNew_WarehousesDocument = {"__meta__":{"hash":"sha256:d626d97ed419e1e0e2520b3a5d3b1016823164bfdac712fdf3c01ae7fadbc037"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductNew_Warehouses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductNew_WarehousesQuery, ProductNew_WarehousesQueryVariables>;
export const CatalogList_SearchDocument = {"__meta__":{"hash":"sha256:cf0089f9cf394c60e8aab4fadf4300df82d957f8c470b8a914072be4b42abd07"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogList_Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductSearchSort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"productSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"categoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogProductRow_product"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogProductRow_product"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CatalogList_SearchQuery, CatalogList_SearchQueryVariables>;
export const CustomerDetail_CustomerDocument = {"__meta__":{"hash":"sha256:00dc24c58832b1e5fa1fa57fcca3a9b4b8a0be8311557bc226e12692a5729ed8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerDetail_Customer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerCustomFieldDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerDetail_CustomerQuery, CustomerDetail_CustomerQueryVariables>;
export const Companies_CreateDocument = {"__meta__":{"hash":"sha256:54dbb4f04ebbb361d2326c156feb206b2d58fd48ee8809760e2ff1deca31a1ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Companies_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Companies_CreateMutation, Companies_CreateMutationVariables>;
export const Companies_AddBuyerDocument = {"__meta__":{"hash":"sha256:b9482e75a6598ed4d523ba3366596628e76b87a45e68c4f6c7137d26a3aea7b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Companies_AddBuyer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyBuyerAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyBuyerAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Companies_AddBuyerMutation, Companies_AddBuyerMutationVariables>;
export const Customer_CustomFieldsUpdateDocument = {"__meta__":{"hash":"sha256:0844cecd9eb8a85a47012b875e7683fa9a05e2a82a9b759ce116764f12ba0506"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Customer_CustomFieldsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerCustomFieldsUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCustomFieldsUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Customer_CustomFieldsUpdateMutation, Customer_CustomFieldsUpdateMutationVariables>;
export const Customers_CustomFieldsDocument = {"__meta__":{"hash":"sha256:2f5b429de1c1a1c298eaa6a2e900844f5300cf3e624434daa952450934d381ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customers_CustomFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCustomFieldDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]}}]} as unknown as DocumentNode<Customers_CustomFieldsQuery, Customers_CustomFieldsQueryVariables>;
export const Customers_ListDocument = {"__meta__":{"hash":"sha256:40387f0d5c183b929cbc25e477425858ce117c7e33455009801b50e0f4d04389"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customers_List"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastOrderAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"guestCustomers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastOrderAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"customerGroup"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Customers_ListQuery, Customers_ListQueryVariables>;
export const CustomersSubscriptions_DetailDocument = {"__meta__":{"hash":"sha256:633849ee0003f6a60bb04d5b2770502c9d267d9739328c4ab3c04a6ed0b60ea9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersSubscriptions_Detail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"intervalUnit"}},{"kind":"Field","name":{"kind":"Name","value":"intervalCount"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"nextRenewalAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentProvider"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethodCode"}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renewals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<CustomersSubscriptions_DetailQuery, CustomersSubscriptions_DetailQueryVariables>;
export const CustomersSubscriptions_PauseDocument = {"__meta__":{"hash":"sha256:791f778bda491b27e3a17782cb0c08ef78117c52d86c7d5dc591beba886918e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomersSubscriptions_Pause"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionPause"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomersSubscriptions_PauseMutation, CustomersSubscriptions_PauseMutationVariables>;
export const CustomersSubscriptions_ResumeDocument = {"__meta__":{"hash":"sha256:04bd4953a2706f51874a70b76e550dc080f48a92ef295287def6aa088357527e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomersSubscriptions_Resume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionResume"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomersSubscriptions_ResumeMutation, CustomersSubscriptions_ResumeMutationVariables>;
export const CustomersSubscriptions_SkipNextDocument = {"__meta__":{"hash":"sha256:291dae229fafb81796ee7516a25d928887261305c7ececed98e13663205d4648"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomersSubscriptions_SkipNext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionSkipNext"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomersSubscriptions_SkipNextMutation, CustomersSubscriptions_SkipNextMutationVariables>;
export const CustomersSubscriptions_CancelDocument = {"__meta__":{"hash":"sha256:997b49cea9ad1a58a08c0bdbcd2bd1738e964f003504bd8b554e0dfeea5bf414"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomersSubscriptions_Cancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomersSubscriptions_CancelMutation, CustomersSubscriptions_CancelMutationVariables>;
export const CustomersSubscriptions_ChangeDocument = {"__meta__":{"hash":"sha256:b1df84d19ab256d8e77c60bb987148a57bee9cfd75a6b1782813a0bc37bfa3ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomersSubscriptions_Change"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomersSubscriptions_ChangeMutation, CustomersSubscriptions_ChangeMutationVariables>;
export const CustomersSubscriptions_VariantBySkuDocument = {"__meta__":{"hash":"sha256:d5c84511b8e7932cdd252caf7415f1f8db2350b982e6b188929d4fea76de49b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersSubscriptions_VariantBySku"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sku"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variantBySku"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sku"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sku"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CustomersSubscriptions_VariantBySkuQuery, CustomersSubscriptions_VariantBySkuQueryVariables>;
export const CustomersSubscriptions_PlanSetDocument = {"__meta__":{"hash":"sha256:23d59b8ea93048cb6ba4a8c9370cc30803d860e000766d62f75985288ee6812f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomersSubscriptions_PlanSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionPlanSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionPlanSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomersSubscriptions_PlanSetMutation, CustomersSubscriptions_PlanSetMutationVariables>;
export const CustomersSubscriptions_ListDocument = {"__meta__":{"hash":"sha256:6cf2778c6a1d4cba4fdc347bd81ac484e432aca118114e79dacf52fc4fc079ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersSubscriptions_List"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"intervalUnit"}},{"kind":"Field","name":{"kind":"Name","value":"intervalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextRenewalAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriptionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"intervalUnit"}},{"kind":"Field","name":{"kind":"Name","value":"intervalCount"}},{"kind":"Field","name":{"kind":"Name","value":"trialDays"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersSubscriptions_ListQuery, CustomersSubscriptions_ListQueryVariables>;
export const Finance_AccountCreateDocument = {"__meta__":{"hash":"sha256:9fe94c904a7160ce002191be9b1fd830b4cc618b531150973c26730240039504"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Finance_AccountCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceAccountCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeAccountCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Finance_AccountCreateMutation, Finance_AccountCreateMutationVariables>;
export const Finance_AccountUpdateDocument = {"__meta__":{"hash":"sha256:607e384e706d0c542feb7582b99420db9333161205cd498d93cc8534d00703e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Finance_AccountUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceAccountUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeAccountUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Finance_AccountUpdateMutation, Finance_AccountUpdateMutationVariables>;
export const Finance_PeriodCloseDocument = {"__meta__":{"hash":"sha256:076233265b7cb4fc564012b919c76c048a85f9ab27968c4a9863da83fe03e292"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Finance_PeriodClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FiscalPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalPeriodClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Finance_PeriodCloseMutation, Finance_PeriodCloseMutationVariables>;
export const Finance_PeriodReopenDocument = {"__meta__":{"hash":"sha256:d9b81067e8260ef23c4b7019e0a4cdcb391291f674ddc32c4ac351a10db7eca6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Finance_PeriodReopen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FiscalPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalPeriodReopen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Finance_PeriodReopenMutation, Finance_PeriodReopenMutationVariables>;
export const Finance_ReverseDocument = {"__meta__":{"hash":"sha256:727e54444972c0e5966b7d39aa70ad307ee4b680810dabf12490f542bec15e39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Finance_Reverse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JournalEntryReverseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"journalEntryReverse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Finance_ReverseMutation, Finance_ReverseMutationVariables>;
export const Finance_CreditNoteIssueDocument = {"__meta__":{"hash":"sha256:72f9d53b6c1c42e48dd0b157c0d063ecc0b924a315f95f5902534d61a46dbdcd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Finance_CreditNoteIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceCreditNoteIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeCreditNoteIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Finance_CreditNoteIssueMutation, Finance_CreditNoteIssueMutationVariables>;
export const Finance_InvoiceSettingsUpdateDocument = {"__meta__":{"hash":"sha256:7085b7d5d771b1bac6abe7ba9e1a01d999e0372c0a4818fa90fc2122f1c047cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Finance_InvoiceSettingsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceInvoiceSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeInvoiceSettingsUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceTrigger"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Finance_InvoiceSettingsUpdateMutation, Finance_InvoiceSettingsUpdateMutationVariables>;
export const Finance_ReportsDocument = {"__meta__":{"hash":"sha256:f830b818e8dad21762e463b05dffab582fbe5002dbe94da580d6974c791fc043"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Finance_Reports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeProfitAndLoss"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"totalRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"totalExpenses"}},{"kind":"Field","name":{"kind":"Name","value":"costOfGoodsSold"}},{"kind":"Field","name":{"kind":"Name","value":"grossMargin"}},{"kind":"Field","name":{"kind":"Name","value":"netIncome"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"costOfGoodsSold"}},{"kind":"Field","name":{"kind":"Name","value":"grossMargin"}},{"kind":"Field","name":{"kind":"Name","value":"netIncome"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeTrialBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalDebit"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredit"}},{"kind":"Field","name":{"kind":"Name","value":"closingDebit"}},{"kind":"Field","name":{"kind":"Name","value":"closingCredit"}},{"kind":"Field","name":{"kind":"Name","value":"balanced"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"opening"}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"closing"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeBalanceSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalAssets"}},{"kind":"Field","name":{"kind":"Name","value":"totalLiabilities"}},{"kind":"Field","name":{"kind":"Name","value":"totalEquity"}},{"kind":"Field","name":{"kind":"Name","value":"retainedEarnings"}},{"kind":"Field","name":{"kind":"Name","value":"currentEarnings"}},{"kind":"Field","name":{"kind":"Name","value":"balanced"}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"trialBalanceCsv"},"name":{"kind":"Name","value":"financeReportCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"report"},"value":{"kind":"EnumValue","value":"TRIAL_BALANCE"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]},{"kind":"Field","alias":{"kind":"Name","value":"profitAndLossCsv"},"name":{"kind":"Name","value":"financeReportCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"report"},"value":{"kind":"EnumValue","value":"PROFIT_AND_LOSS"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]},{"kind":"Field","alias":{"kind":"Name","value":"balanceSheetCsv"},"name":{"kind":"Name","value":"financeReportCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"report"},"value":{"kind":"EnumValue","value":"BALANCE_SHEET"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]} as unknown as DocumentNode<Finance_ReportsQuery, Finance_ReportsQueryVariables>;
export const Finance_JournalDocument = {"__meta__":{"hash":"sha256:e167f5678a4e76ba36eb738d8752b462c34f9803dcd506329003d3e88f617e05"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Finance_Journal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JournalEntryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeJournalEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"entryDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"reversedByEntryId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financePeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}}]}}]}}]} as unknown as DocumentNode<Finance_JournalQuery, Finance_JournalQueryVariables>;
export const Finance_EntryDocument = {"__meta__":{"hash":"sha256:2b8d835b91b59b6c454775a7131bbc2e89a454046c8e19e1564b66919c441c23"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Finance_Entry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeJournalEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"entryDate"}},{"kind":"Field","name":{"kind":"Name","value":"originalDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"reversesEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"reversedByEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"accountCode"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}}]}}]}}]} as unknown as DocumentNode<Finance_EntryQuery, Finance_EntryQueryVariables>;
export const Finance_AccountsDocument = {"__meta__":{"hash":"sha256:ea10081e93ed460150d384e76cdaf31f83f85676293fb6117804b3b01b43b13f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Finance_Accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<Finance_AccountsQuery, Finance_AccountsQueryVariables>;
export const Finance_AccountLedgerDocument = {"__meta__":{"hash":"sha256:55a2365836d96993b45571a0c2eb5520404e9307792e4838f999dadc66692ee0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Finance_AccountLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeGeneralLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opening"}},{"kind":"Field","name":{"kind":"Name","value":"closing"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"entryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"entryDate"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}}]}}]}}]} as unknown as DocumentNode<Finance_AccountLedgerQuery, Finance_AccountLedgerQueryVariables>;
export const Finance_AccountLedgerCsvDocument = {"__meta__":{"hash":"sha256:2050e898f8e388424ae951e9f2f87e60dbd913aa8475efad71e133a6e7cb83fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Finance_AccountLedgerCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeReportCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"report"},"value":{"kind":"EnumValue","value":"GENERAL_LEDGER"}},{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]} as unknown as DocumentNode<Finance_AccountLedgerCsvQuery, Finance_AccountLedgerCsvQueryVariables>;
export const Finance_PeriodsDocument = {"__meta__":{"hash":"sha256:809e3596f3a17aa999b32cf983d9c14dd6e05b21538db30ef4c7ea0d886d8e2a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Finance_Periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financePeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}}]}}]} as unknown as DocumentNode<Finance_PeriodsQuery, Finance_PeriodsQueryVariables>;
export const Finance_InvoicesDocument = {"__meta__":{"hash":"sha256:7d1725c9a2928ae6c7d3c90354dcd52d0b926b90a11c294c82ef8186d4c32b04"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Finance_Invoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceInvoiceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeInvoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderDisplayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedInvoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeInvoiceSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceTrigger"}},{"kind":"Field","name":{"kind":"Name","value":"sellerName"}},{"kind":"Field","name":{"kind":"Name","value":"sellerLegalName"}},{"kind":"Field","name":{"kind":"Name","value":"sellerAddress"}},{"kind":"Field","name":{"kind":"Name","value":"sellerTaxId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<Finance_InvoicesQuery, Finance_InvoicesQueryVariables>;
export const Finance_InvoiceDocument = {"__meta__":{"hash":"sha256:03157e7fa2c6fa2d66ebeabfaf677a11efdc2b2527f33e05bf9fda0d2a3635ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Finance_Invoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"creditedInvoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"creditedInvoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"orderDisplayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"taxNote"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}},{"kind":"Field","name":{"kind":"Name","value":"lineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"taxRateBps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountAmount"}},{"kind":"Field","name":{"kind":"Name","value":"shippingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"creditedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"taxBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rateBps"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<Finance_InvoiceQuery, Finance_InvoiceQueryVariables>;
export const Finance_InvoicePdfDocument = {"__meta__":{"hash":"sha256:e8409ca3d38e467ca2c86154b9b9a65e2bd7bb3fe900a6ad15e9ed3d9746f2a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Finance_InvoicePdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeInvoicePdf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]},{"kind":"Field","name":{"kind":"Name","value":"financeInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<Finance_InvoicePdfQuery, Finance_InvoicePdfQueryVariables>;
export const Finance_ReceiptRecordDocument = {"__meta__":{"hash":"sha256:6e666b114654c2e26d428490900436d78c023b83b2469b8f845aee1290827701"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Finance_ReceiptRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinanceReceiptRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeReceiptRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Finance_ReceiptRecordMutation, Finance_ReceiptRecordMutationVariables>;
export const Finance_PaymentRunCreateDocument = {"__meta__":{"hash":"sha256:9145f2c0b224f948cd16d190fd50612b07fe6996a1e2b5dc846a2eeec1bf883d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Finance_PaymentRunCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancePaymentRunCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financePaymentRunCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Finance_PaymentRunCreateMutation, Finance_PaymentRunCreateMutationVariables>;
export const Finance_PaymentRunLineUpdateDocument = {"__meta__":{"hash":"sha256:aaddec1a988c0b46b7b630f71978496c59c430b7e4aba5eb41e557bd4558fcc0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Finance_PaymentRunLineUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancePaymentRunLineUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financePaymentRunLineUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalBaseAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Finance_PaymentRunLineUpdateMutation, Finance_PaymentRunLineUpdateMutationVariables>;
export const Finance_PaymentRunLineRemoveDocument = {"__meta__":{"hash":"sha256:cc336bb1116296da4b287935c8ae73868428a2a66492dc112d298c26562ce4c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Finance_PaymentRunLineRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancePaymentRunLineRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financePaymentRunLineRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalBaseAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Finance_PaymentRunLineRemoveMutation, Finance_PaymentRunLineRemoveMutationVariables>;
export const Finance_PaymentRunPostDocument = {"__meta__":{"hash":"sha256:f60d407eaa0ca11f01d776a4cc1101c725d8125fc2141e088d895616687a69c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Finance_PaymentRunPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancePaymentRunPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financePaymentRunPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Finance_PaymentRunPostMutation, Finance_PaymentRunPostMutationVariables>;
export const Finance_PaymentRunCancelDocument = {"__meta__":{"hash":"sha256:02b767a6d8a9cfadf65ba0e96db8b112dd13e6174204e1d9f8cc4d194d1e593d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Finance_PaymentRunCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FinancePaymentRunCancelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financePaymentRunCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Finance_PaymentRunCancelMutation, Finance_PaymentRunCancelMutationVariables>;
export const Finance_ReceivablesDocument = {"__meta__":{"hash":"sha256:81e602eb86f6f558cc44fe9a6917ff0ebeb017770a0c57c01812d981b025ff3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Finance_Receivables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financeReceivablesAging"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"partyEmail"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"days1To30"}},{"kind":"Field","name":{"kind":"Name","value":"days31To60"}},{"kind":"Field","name":{"kind":"Name","value":"days61To90"}},{"kind":"Field","name":{"kind":"Name","value":"over90"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"days1To30"}},{"kind":"Field","name":{"kind":"Name","value":"days31To60"}},{"kind":"Field","name":{"kind":"Name","value":"days61To90"}},{"kind":"Field","name":{"kind":"Name","value":"over90"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeOpenItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"RECEIVABLE"}},{"kind":"Argument","name":{"kind":"Name","value":"partyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"partyEmail"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"openAmount"}},{"kind":"Field","name":{"kind":"Name","value":"openBaseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPastDue"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"agingCsv"},"name":{"kind":"Name","value":"financeReportCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"report"},"value":{"kind":"EnumValue","value":"RECEIVABLES_AGING"}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}]}}]} as unknown as DocumentNode<Finance_ReceivablesQuery, Finance_ReceivablesQueryVariables>;
export const Finance_PayablesDocument = {"__meta__":{"hash":"sha256:3ff328bc8f992f2e0e557148bf2f058bbab83776f705d3b732840891c5a996df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Finance_Payables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financePayablesAging"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"days1To30"}},{"kind":"Field","name":{"kind":"Name","value":"days31To60"}},{"kind":"Field","name":{"kind":"Name","value":"days61To90"}},{"kind":"Field","name":{"kind":"Name","value":"over90"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"days1To30"}},{"kind":"Field","name":{"kind":"Name","value":"days31To60"}},{"kind":"Field","name":{"kind":"Name","value":"days61To90"}},{"kind":"Field","name":{"kind":"Name","value":"over90"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeOpenItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"PAYABLE"}},{"kind":"Argument","name":{"kind":"Name","value":"partyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"openAmount"}},{"kind":"Field","name":{"kind":"Name","value":"openBaseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"documentDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysPastDue"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"agingCsv"},"name":{"kind":"Name","value":"financeReportCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"report"},"value":{"kind":"EnumValue","value":"PAYABLES_AGING"}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}]}}]} as unknown as DocumentNode<Finance_PayablesQuery, Finance_PayablesQueryVariables>;
export const Finance_PaymentRunsDocument = {"__meta__":{"hash":"sha256:080209c1c613e174807433c1870bb69cda1638a95a71e204786b6d071481754c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Finance_PaymentRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financePaymentRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDate"}},{"kind":"Field","name":{"kind":"Name","value":"supplierCount"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalBaseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financePayablesAging"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}}]}}]}}]} as unknown as DocumentNode<Finance_PaymentRunsQuery, Finance_PaymentRunsQueryVariables>;
export const Finance_PaymentRunDocument = {"__meta__":{"hash":"sha256:5428a9874f3a06966cc8c57b2b1b2ef7e5b19361b04f05f4f065dbceaa73c951"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Finance_PaymentRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financePaymentRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDate"}},{"kind":"Field","name":{"kind":"Name","value":"supplierCount"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalBaseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"openAmount"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}}]}}]}}]} as unknown as DocumentNode<Finance_PaymentRunQuery, Finance_PaymentRunQueryVariables>;
export const FulfillmentQueue_WorkDocument = {"__meta__":{"hash":"sha256:ef06d5c42c844affab43d623d4e46eeb00d52debf550ecca1b654bd935abc494"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FulfillmentQueue_Work"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withOrder"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withWarehouse"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfillmentQueueCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingShipments"}},{"kind":"Field","name":{"kind":"Name","value":"packedShipments"}},{"kind":"Field","name":{"kind":"Name","value":"requestedReturns"}},{"kind":"Field","name":{"kind":"Name","value":"approvedReturns"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toPack"},"name":{"kind":"Name","value":"shipments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PENDING"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FulfillmentShipmentRow_shipment"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toShip"},"name":{"kind":"Name","value":"shipments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PACKED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FulfillmentShipmentRow_shipment"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"shipped"},"name":{"kind":"Name","value":"shipments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SHIPPED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"NEWEST_FIRST"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FulfillmentShipmentRow_shipment"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toApprove"},"name":{"kind":"Name","value":"returns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REQUESTED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FulfillmentReturnRow_return"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toReceive"},"name":{"kind":"Name","value":"returns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"APPROVED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FulfillmentReturnRow_return"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FulfillmentShipmentRow_shipment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Shipment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderOnHold"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOrder"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"email"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOrder"}}}]}]}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withWarehouse"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FulfillmentReturnRow_return"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Return"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOrder"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"email"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withOrder"}}}]}]}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<FulfillmentQueue_WorkQuery, FulfillmentQueue_WorkQueryVariables>;
export const ShipmentActions_PackDocument = {"__meta__":{"hash":"sha256:c919eade6db21d314a50ef204b1b1ba00f70705b26c8939f291bc99e15299234"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipmentActions_Pack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipmentMoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipmentPack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentActions_PackMutation, ShipmentActions_PackMutationVariables>;
export const ShipmentActions_DeliverDocument = {"__meta__":{"hash":"sha256:3321fb0140a585a72609d821100091c7b1c7b85dc8ed554a1eb4e8c08086d497"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipmentActions_Deliver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipmentMoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipmentDeliver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentActions_DeliverMutation, ShipmentActions_DeliverMutationVariables>;
export const ShipmentActions_CancelDocument = {"__meta__":{"hash":"sha256:b788c0288b6cc44892c75d9d35296ae612243dc9a4a9afc0bcfb027aa0dc2cbc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipmentActions_Cancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipmentMoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipmentCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentActions_CancelMutation, ShipmentActions_CancelMutationVariables>;
export const ShipmentActions_ShipDocument = {"__meta__":{"hash":"sha256:d5c57c58bec8fed3d94c774867be2430ac9a4c409135b4b489dfa3e45ccb0341"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipmentActions_Ship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipmentShipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipmentShip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentActions_ShipMutation, ShipmentActions_ShipMutationVariables>;
export const ReturnActions_ApproveDocument = {"__meta__":{"hash":"sha256:8d57a503ad791e3e99d7869ca71ae52b523ca6354484e0fa7f6f7041bd1ad39f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnActions_Approve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnMoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnActions_ApproveMutation, ReturnActions_ApproveMutationVariables>;
export const ReturnActions_ReceiveDocument = {"__meta__":{"hash":"sha256:cfd52ce37d11533837b837fe6a6e91340b1cc0714db13e3b4512ad2f128db925"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnActions_Receive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnMoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnReceive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnActions_ReceiveMutation, ReturnActions_ReceiveMutationVariables>;
export const ReturnActions_RefundDocument = {"__meta__":{"hash":"sha256:4b058be24033d06089034ac85b3b5ba1bd17cbec8a21aeb565dc8cca951920c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnActions_Refund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnMoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnRefund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnActions_RefundMutation, ReturnActions_RefundMutationVariables>;
export const ReturnActions_RejectDocument = {"__meta__":{"hash":"sha256:217ff404c85720920f0da55c6497f2dd7fc048319fbff9506beb7265c5714fe3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnActions_Reject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnMoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnActions_RejectMutation, ReturnActions_RejectMutationVariables>;
export const InventoryAdjust_AdjustDocument = {"__meta__":{"hash":"sha256:c6c35a0bb215c6bc3d61b353c1f9905c72a5109d0d90d21af826cbc1befd8d69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InventoryAdjust_Adjust"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockAdjustInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockAdjust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InventoryAdjust_AdjustMutation, InventoryAdjust_AdjustMutationVariables>;
export const InventoryTransfer_TransferDocument = {"__meta__":{"hash":"sha256:5bb478b8f95ac9f334470d06e15725739d69d203b824a973d93a8f049e2b8ef4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InventoryTransfer_Transfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InventoryTransfer_TransferMutation, InventoryTransfer_TransferMutationVariables>;
export const InventoryThreshold_SetDocument = {"__meta__":{"hash":"sha256:264d72733a09b63bff9ac026970a1973e13fc09f820cc293fe18fb7ae99e964c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InventoryThreshold_Set"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockThresholdSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockThresholdSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"lowStock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InventoryThreshold_SetMutation, InventoryThreshold_SetMutationVariables>;
export const InventoryReorderPolicy_SetDocument = {"__meta__":{"hash":"sha256:5cbff13abc4a5b5e6489eb2637ac77c40049c89f461a49e6b07d4de84cf18ec5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InventoryReorderPolicy_Set"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockLevelReorderPolicySetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockLevelReorderPolicySet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reorderPoint"}},{"kind":"Field","name":{"kind":"Name","value":"reorderQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InventoryReorderPolicy_SetMutation, InventoryReorderPolicy_SetMutationVariables>;
export const InventoryPicker_VariantsDocument = {"__meta__":{"hash":"sha256:99c986370dc6e0efc9bab5348b898e3c4e02447ce31e8175247fd063134c2318"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InventoryPicker_Variants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variantSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InventoryPicker_VariantsQuery, InventoryPicker_VariantsQueryVariables>;
export const InventoryList_ContextDocument = {"__meta__":{"hash":"sha256:fe022c4338e1b39b83e90fe1061221ea36283f51ac4ad138be36deda00c536fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InventoryList_Context"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"warehouseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stockMovements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"warehouseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"warehouseId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"onHandDelta"}},{"kind":"Field","name":{"kind":"Name","value":"reservedDelta"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InventoryList_ContextQuery, InventoryList_ContextQueryVariables>;
export const InventoryList_VariantsDocument = {"__meta__":{"hash":"sha256:99a7cbdee7808b5e36e46a12b5eb7940e64f5093382362cf5fa76b2572da257e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InventoryList_Variants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VariantSearchSort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variantSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InventoryList_VariantsQuery, InventoryList_VariantsQueryVariables>;
export const InventoryList_LevelsDocument = {"__meta__":{"hash":"sha256:86a9b4f2d32921b87a395c1498cf05c055284fe32b74aa46e77af6dbd4262caf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InventoryList_Levels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StockLevelFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockLevels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"incoming"}},{"kind":"Field","name":{"kind":"Name","value":"lowStock"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"reorderPoint"}},{"kind":"Field","name":{"kind":"Name","value":"reorderQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incoming"}},{"kind":"Field","name":{"kind":"Name","value":"averageCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InventoryList_LevelsQuery, InventoryList_LevelsQueryVariables>;
export const MarketingGiftCards_DetailDocument = {"__meta__":{"hash":"sha256:9c19c863225cf5c59f3c514cb35e2ad4d032e415ecb0bada0f82602c1824e7ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketingGiftCards_Detail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giftCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"maskedCode"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initialBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketingGiftCards_DetailQuery, MarketingGiftCards_DetailQueryVariables>;
export const MarketingGiftCards_IssueDocument = {"__meta__":{"hash":"sha256:6476ac9a35d75e80d9d3e243eb36613f6c419a734fd43010d15e4077814cdbaa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketingGiftCards_Issue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GiftCardIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giftCardIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giftCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}}]}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MarketingGiftCards_IssueMutation, MarketingGiftCards_IssueMutationVariables>;
export const MarketingGiftCards_AdjustDocument = {"__meta__":{"hash":"sha256:c20ac2921a0bb5105c8d78235cebadf1af360169916371acd076638b1603640b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketingGiftCards_Adjust"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GiftCardAdjustInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giftCardAdjust"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giftCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MarketingGiftCards_AdjustMutation, MarketingGiftCards_AdjustMutationVariables>;
export const MarketingGiftCards_DisableDocument = {"__meta__":{"hash":"sha256:dba0ccc41cebd056a78b5d0516d7501809da193f98d1724debee6c932bb49556"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketingGiftCards_Disable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GiftCardDisableInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giftCardDisable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giftCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MarketingGiftCards_DisableMutation, MarketingGiftCards_DisableMutationVariables>;
export const MarketingGiftCards_ListDocument = {"__meta__":{"hash":"sha256:13e084ee0a91fcd0bfee863581246a915e696ce32eaaf9cf05190295da7dddaf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketingGiftCards_List"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GiftCardStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last4"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giftCards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"last4"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last4"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"maskedCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initialBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketingGiftCards_ListQuery, MarketingGiftCards_ListQueryVariables>;
export const MarketingPromotions_DetailDocument = {"__meta__":{"hash":"sha256:271ec90f22d26bb1fa7933a0dc6c55bb1be40b40b008828eefd7d43bed4cbacc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketingPromotions_Detail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"exclusive"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"usageLimit"}},{"kind":"Field","name":{"kind":"Name","value":"usageLimitPerCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"usedCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"percentBps"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"buyQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"getQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minSubtotal"}},{"kind":"Field","name":{"kind":"Name","value":"percentBps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetIds"}},{"kind":"Field","name":{"kind":"Name","value":"minSubtotal"}},{"kind":"Field","name":{"kind":"Name","value":"customerGroups"}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethods"}}]}},{"kind":"Field","name":{"kind":"Name","value":"codes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"usageLimit"}},{"kind":"Field","name":{"kind":"Name","value":"usedCount"}},{"kind":"Field","name":{"kind":"Name","value":"batch"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketingPromotions_DetailQuery, MarketingPromotions_DetailQueryVariables>;
export const MarketingPromotions_CreateDocument = {"__meta__":{"hash":"sha256:f66f7c272c12f28aa4a2d66d2de7ea34a2a5eab19d4060ce4ce84c12fc71f1c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketingPromotions_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MarketingPromotions_CreateMutation, MarketingPromotions_CreateMutationVariables>;
export const MarketingPromotions_UpdateDocument = {"__meta__":{"hash":"sha256:c7b695066c0abf09efc81b6a6c9143517390635ee9428699e87e0fcfe0a93e0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketingPromotions_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotionUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MarketingPromotions_UpdateMutation, MarketingPromotions_UpdateMutationVariables>;
export const MarketingPromotions_ArchiveDocument = {"__meta__":{"hash":"sha256:d8b3f4a058c2e4608e189fab31d1850c1264e326e47296598c96ace41e5ff168"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketingPromotions_Archive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotionArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MarketingPromotions_ArchiveMutation, MarketingPromotions_ArchiveMutationVariables>;
export const MarketingPromotions_GenerateDocument = {"__meta__":{"hash":"sha256:1c2b9834d94a2902455be743cfe4dcc3f807ca7857c196ee03e3d31bfbc79f74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarketingPromotions_Generate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionCodesGenerateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotionCodesGenerate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MarketingPromotions_GenerateMutation, MarketingPromotions_GenerateMutationVariables>;
export const MarketingPromotions_CodesCsvDocument = {"__meta__":{"hash":"sha256:48347b759fc8f9b0702d98dfaadbd9d058aaac0c1240ee9f02da38834101a873"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketingPromotions_CodesCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"codesCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batch"}}}]}]}}]}}]} as unknown as DocumentNode<MarketingPromotions_CodesCsvQuery, MarketingPromotions_CodesCsvQueryVariables>;
export const MarketingPromotions_ListDocument = {"__meta__":{"hash":"sha256:c3339293aa971f243ae2c493d5a2f011b4cfda63f4686635965a4756df72c3ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketingPromotions_List"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"exclusive"}},{"kind":"Field","name":{"kind":"Name","value":"usedCount"}},{"kind":"Field","name":{"kind":"Name","value":"usageLimit"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketingPromotions_ListQuery, MarketingPromotions_ListQueryVariables>;
export const Notifications_PreviewDocument = {"__meta__":{"hash":"sha256:caf5b95b9fd795e97e596bc30cf3ac1604d061f9298b903718d92a935939ff0c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications_Preview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"draft"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationTemplateDraftInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sampleData"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationTemplatePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"draft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"draft"}}},{"kind":"Argument","name":{"kind":"Name","value":"sampleData"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sampleData"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Notifications_PreviewQuery, Notifications_PreviewQueryVariables>;
export const Notifications_TemplateUpsertDocument = {"__meta__":{"hash":"sha256:82762fabbae2cde661208b145b1e14506d8971a3e262d5a2a500860121b2d941"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Notifications_TemplateUpsert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationTemplateUpsertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationTemplateUpsert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Notifications_TemplateUpsertMutation, Notifications_TemplateUpsertMutationVariables>;
export const Notifications_TemplateResetDocument = {"__meta__":{"hash":"sha256:ecbe5fc7aad66f695fed488e83b34df00bc01b6242ed85e6072a29d56e0f6acf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Notifications_TemplateReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationTemplateResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationTemplateReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"mjml"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Notifications_TemplateResetMutation, Notifications_TemplateResetMutationVariables>;
export const Notifications_OverviewDocument = {"__meta__":{"hash":"sha256:4afeb77d8055bf66f61d798fa1fb15b3d5a926fd23570c7bc68955abb0d766c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications_Overview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTemplates"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTemplates"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Notifications_OverviewQuery, Notifications_OverviewQueryVariables>;
export const Notifications_TemplateDocument = {"__meta__":{"hash":"sha256:37e54b26e17183c201ee8e11e165335c669cf79496cb33e99fe11dc0385cfb1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications_Template"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"mjml"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sampleData"}}]}}]}}]} as unknown as DocumentNode<Notifications_TemplateQuery, Notifications_TemplateQueryVariables>;
export const Order_CustomFieldsUpdateDocument = {"__meta__":{"hash":"sha256:4a2fe79ae714d06ace504fe40492bc6945098c741f9a28f207b31e187101901a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Order_CustomFieldsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderCustomFieldsUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCustomFieldsUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Order_CustomFieldsUpdateMutation, Order_CustomFieldsUpdateMutationVariables>;
export const OrdersList_CustomFieldsDocument = {"__meta__":{"hash":"sha256:757dec6423802c73e038abea6b4905b38021d5b05f7147295f17665397ad8566"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersList_CustomFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCustomFieldDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]}}]} as unknown as DocumentNode<OrdersList_CustomFieldsQuery, OrdersList_CustomFieldsQueryVariables>;
export const OrdersList_OrdersDocument = {"__meta__":{"hash":"sha256:a9bc7d602c6b195d1a5f1157d31e5b2cf69272afce0f8b964b248d7cc4d62e1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersList_Orders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"onHold"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersList_OrdersQuery, OrdersList_OrdersQueryVariables>;
export const OrderDetail_OrderDocument = {"__meta__":{"hash":"sha256:1dd7d70dd79ecb71b37b10f0b2c2100b2e01552959d1180494f68887bda99da5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDetail_Order"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCustomFieldDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayNumber"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appliedPromotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"giftCardAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"onHold"}},{"kind":"Field","name":{"kind":"Name","value":"holds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"placedBy"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedBy"}},{"kind":"Field","name":{"kind":"Name","value":"releaseNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fulfillment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHold"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toShipQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"returnableQuantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"machine"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderOnHold"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderDetail_OrderQuery, OrderDetail_OrderQueryVariables>;
export const OrderActions_ConfirmDocument = {"__meta__":{"hash":"sha256:ce44a7e162a5ffe04ab72e1a21e554f57adef2ca02d920c8fade0d997b5ed762"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderActions_Confirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OrderActions_ConfirmMutation, OrderActions_ConfirmMutationVariables>;
export const OrderActions_CaptureDocument = {"__meta__":{"hash":"sha256:fd806c0f93d404fcde4cfa4da0c75cc3358b7f6518845641edf4cd91d5e87299"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderActions_Capture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderPaymentCapture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OrderActions_CaptureMutation, OrderActions_CaptureMutationVariables>;
export const OrderActions_CompleteDocument = {"__meta__":{"hash":"sha256:c26f8cbf46d0ebe2727b7bbcf8890f8b16c17c4b4e831a46f8ff95f2f74de481"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderActions_Complete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OrderActions_CompleteMutation, OrderActions_CompleteMutationVariables>;
export const OrderHolds_PlaceDocument = {"__meta__":{"hash":"sha256:a8c1bc3fafdf20feb4f921f7de276bd8e49d52394a3ac9cfa4ba96d4765ed38b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderHolds_Place"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderHoldPlaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderHoldPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OrderHolds_PlaceMutation, OrderHolds_PlaceMutationVariables>;
export const OrderHolds_ReleaseDocument = {"__meta__":{"hash":"sha256:8d9c9babe01c17ce2b7714beb710b8f0c87b9782017e8a81af734b340389db22"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderHolds_Release"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderHoldReleaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderHoldRelease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OrderHolds_ReleaseMutation, OrderHolds_ReleaseMutationVariables>;
export const OrderActions_CancelDocument = {"__meta__":{"hash":"sha256:439d7c4f1fdf83458d62003ce11d53423bcf8e4f4c3f5c299972f2c44a4bf21d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderActions_Cancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderCancelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OrderActions_CancelMutation, OrderActions_CancelMutationVariables>;
export const OrderLines_UpdateDocument = {"__meta__":{"hash":"sha256:9ba5426365cf0309112a14abf6341ec8991ff9938ac3032037accc79e64adba3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderLines_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderLineUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderLineUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OrderLines_UpdateMutation, OrderLines_UpdateMutationVariables>;
export const ShipmentActions_CreateDocument = {"__meta__":{"hash":"sha256:19ebb4ada2860c2a8fc1e8ac551a461a189c704af81a29a205fead44bc25c519"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShipmentActions_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShipmentCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipmentCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShipmentActions_CreateMutation, ShipmentActions_CreateMutationVariables>;
export const ReturnActions_RequestDocument = {"__meta__":{"hash":"sha256:7aef7756d8e54f5dc2754596fd747158f45cfa0aba9d915c5bba2f524f5b1667"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnActions_Request"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnActions_RequestMutation, ReturnActions_RequestMutationVariables>;
export const OrderDetail_WarehousesDocument = {"__meta__":{"hash":"sha256:ba80ef28f9e341ada5b01900291465e5dbd02b9318e8b7d854d75fb24a1bfa53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDetail_Warehouses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderDetail_WarehousesQuery, OrderDetail_WarehousesQueryVariables>;
export const OrderDetail_RatesDocument = {"__meta__":{"hash":"sha256:505bd695e1c5fb639279469109b8ece0df019e2941c4417a36ac6f831dd06a0e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDetail_Rates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shippingRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weightGrams"},"value":{"kind":"IntValue","value":"1000"}},{"kind":"Argument","name":{"kind":"Name","value":"destinationCountry"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedDays"}}]}}]}}]} as unknown as DocumentNode<OrderDetail_RatesQuery, OrderDetail_RatesQueryVariables>;
export const Dashboard_CatalogStatsDocument = {"__meta__":{"hash":"sha256:2b4dfda8275b5c971dbb7b6dd9057098a52af3427378313d2a0cb360eb7e70ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard_CatalogStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<Dashboard_CatalogStatsQuery, Dashboard_CatalogStatsQueryVariables>;
export const Dashboard_StockStatsDocument = {"__meta__":{"hash":"sha256:4c955eeccbf2f01c6e4edbf2a14fdcc7ced4a8cd1bf0a43ce67113b14726ec59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard_StockStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lowStockDefaultThreshold"}},{"kind":"Field","alias":{"kind":"Name","value":"lowStock"},"name":{"kind":"Name","value":"stockLevels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"lowStock"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"lowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveLowStockThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Dashboard_StockStatsQuery, Dashboard_StockStatsQueryVariables>;
export const Dashboard_SalesDocument = {"__meta__":{"hash":"sha256:f9cbd97c3ea055901bc09fcda469358723e5dfeafde0438c2cce5417dd7f986e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard_Sales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Dashboard_SalesQuery, Dashboard_SalesQueryVariables>;
export const Procurement_OrdersDocument = {"__meta__":{"hash":"sha256:642818e30dc6ddb76e8284d3380f245da4cdbcfcbf8f10cf2e3b3549c47ae949"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Procurement_Orders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Procurement_OrdersQuery, Procurement_OrdersQueryVariables>;
export const Procurement_OrderDocument = {"__meta__":{"hash":"sha256:9dec8c78ce1344aeb7466fed9e84ba40989d18c906e2c7f55bc0c9e64c8690cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Procurement_Order"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"exchangeRate"}},{"kind":"Field","name":{"kind":"Name","value":"expectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"approvedVia"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionComment"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"baseTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"supplierSku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReceived"}},{"kind":"Field","name":{"kind":"Name","value":"quantityCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"quantityOpen"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"expectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<Procurement_OrderQuery, Procurement_OrderQueryVariables>;
export const Procurement_SupplierFieldsForFilterDocument = {"__meta__":{"hash":"sha256:a935f28fabc2c55ba59af1b86a6fa22e3eea6552cc54a2cb1f49d921c0e3bb03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Procurement_SupplierFieldsForFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierCustomFieldDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]}}]} as unknown as DocumentNode<Procurement_SupplierFieldsForFilterQuery, Procurement_SupplierFieldsForFilterQueryVariables>;
export const Procurement_SuppliersDocument = {"__meta__":{"hash":"sha256:77912fb428a336a7f1de2e943fc3d128169fcc64c511bcf9fdb558843ba51ba8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Procurement_Suppliers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"leadTimeDays"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Procurement_SuppliersQuery, Procurement_SuppliersQueryVariables>;
export const Procurement_SupplierDocument = {"__meta__":{"hash":"sha256:75358333b8552111d51df5a3bc71285b7759fa40eb54eb86854366be8a42aee3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Procurement_Supplier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierCustomFieldDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsDays"}},{"kind":"Field","name":{"kind":"Name","value":"earlyPaymentDiscountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"earlyPaymentDiscountDays"}},{"kind":"Field","name":{"kind":"Name","value":"leadTimeDays"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supplierSku"}},{"kind":"Field","name":{"kind":"Name","value":"minimumOrderQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"packSize"}},{"kind":"Field","name":{"kind":"Name","value":"leadTimeDays"}},{"kind":"Field","name":{"kind":"Name","value":"preferred"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openPurchaseOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Procurement_SupplierQuery, Procurement_SupplierQueryVariables>;
export const Procurement_SuggestionsDocument = {"__meta__":{"hash":"sha256:b7168afa47c1685a9d62f21aa0a8ddcc204fdfea978f8e0017527285f4c093ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Procurement_Suggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replenishmentSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variantId"}},{"kind":"Field","name":{"kind":"Name","value":"warehouseId"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"incoming"}},{"kind":"Field","name":{"kind":"Name","value":"reorderPoint"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Procurement_SuggestionsQuery, Procurement_SuggestionsQueryVariables>;
export const Procurement_SubmitDocument = {"__meta__":{"hash":"sha256:d4200221f86f929194bc469bf25004aa76f718f69563bcbc887fc721915d23d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Procurement_Submit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrderSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Procurement_SubmitMutation, Procurement_SubmitMutationVariables>;
export const Procurement_SendDocument = {"__meta__":{"hash":"sha256:46a9b7ef8962d0f042985f6dd8ca154eb7cf0d749ada809f47e8524e9a06b720"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Procurement_Send"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrderSendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderSend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Procurement_SendMutation, Procurement_SendMutationVariables>;
export const Procurement_CancelDocument = {"__meta__":{"hash":"sha256:b935730391bc08c1743593253d52861c069080e3198af26a650d959937c6a5d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Procurement_Cancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrderCancelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Procurement_CancelMutation, Procurement_CancelMutationVariables>;
export const Procurement_CloseDocument = {"__meta__":{"hash":"sha256:57cec84e2cd97c4a78ac57a7efa5b2fd45961d5deaf2aed392763b16783c8dbf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Procurement_Close"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrderCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Procurement_CloseMutation, Procurement_CloseMutationVariables>;
export const Procurement_SupplierCreateDocument = {"__meta__":{"hash":"sha256:46262aa284428c7d962d962137b8ea86735dcf921addeff415e6507eb481e42b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Procurement_SupplierCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Procurement_SupplierCreateMutation, Procurement_SupplierCreateMutationVariables>;
export const Procurement_CreateFromSuggestionsDocument = {"__meta__":{"hash":"sha256:c8e9bb9e48bb18eabc18daf19b9cd42a2e5a06236dae2f791f0b17397396e3d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Procurement_CreateFromSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrdersCreateFromSuggestionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrdersCreateFromSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Procurement_CreateFromSuggestionsMutation, Procurement_CreateFromSuggestionsMutationVariables>;
export const Procurement_OrderDocumentDocument = {"__meta__":{"hash":"sha256:a392f0cf9afbed2e65bf96f961ae8c9e980d3d39039b46026fab52693fc5321b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Procurement_OrderDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procurementSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buyerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"expectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"supplierSku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Procurement_OrderDocumentQuery, Procurement_OrderDocumentQueryVariables>;
export const Procurement_RenderPdfDocument = {"__meta__":{"hash":"sha256:c369b18f6caf195349601697819a8b25732ab29ec58fcef9e4f4168b99fbf439"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Procurement_RenderPdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"document"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderPdf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"document"},"value":{"kind":"Variable","name":{"kind":"Name","value":"document"}}}]}]}}]} as unknown as DocumentNode<Procurement_RenderPdfQuery, Procurement_RenderPdfQueryVariables>;
export const Procurement_VariantBySkuDocument = {"__meta__":{"hash":"sha256:173e7f7d69823de173ce78b364b66b7a0795bab77970258bf2f316a7189a620b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Procurement_VariantBySku"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sku"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variantBySku"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sku"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sku"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Procurement_VariantBySkuQuery, Procurement_VariantBySkuQueryVariables>;
export const Procurement_SupplierContactAddDocument = {"__meta__":{"hash":"sha256:5ef2cd54ff91a50d7e2e482d1fc5508310c955609c66607e7e02faf158699681"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Procurement_SupplierContactAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierContactAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierContactAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Procurement_SupplierContactAddMutation, Procurement_SupplierContactAddMutationVariables>;
export const Procurement_SupplierContactRemoveDocument = {"__meta__":{"hash":"sha256:3f0d51c2687aefa7652a36c8278e9ed204b2d239a6bb295753faad8febf8ca05"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Procurement_SupplierContactRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierContactRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierContactRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedContactId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Procurement_SupplierContactRemoveMutation, Procurement_SupplierContactRemoveMutationVariables>;
export const Procurement_SupplierItemsSetDocument = {"__meta__":{"hash":"sha256:c9dd310c5300c093d229a22c743d74e20832b87b7450113088fd5aa57c4e8924"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Procurement_SupplierItemsSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierItemsSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierItemsSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Procurement_SupplierItemsSetMutation, Procurement_SupplierItemsSetMutationVariables>;
export const Procurement_SupplierItemRemoveDocument = {"__meta__":{"hash":"sha256:66def9bfde59dfb38d0df97670f1a780e9e16e1eef7ad530f2dc8646daf93b37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Procurement_SupplierItemRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierItemRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierItemRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedSupplierItemId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Procurement_SupplierItemRemoveMutation, Procurement_SupplierItemRemoveMutationVariables>;
export const Procurement_SupplierCustomFieldsDocument = {"__meta__":{"hash":"sha256:08c7e5505826f1c2ec8cb8824df076c728855d189a626bb6f1035987049bc6cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Procurement_SupplierCustomFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Procurement_SupplierCustomFieldsMutation, Procurement_SupplierCustomFieldsMutationVariables>;
export const Receiving_CreateDocument = {"__meta__":{"hash":"sha256:6bf503cef09adb49f94efa5b3b902ff2241ad061ae8dd965b57e9061e3a29323"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Receiving_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiptCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Receiving_CreateMutation, Receiving_CreateMutationVariables>;
export const Receiving_LookupDocument = {"__meta__":{"hash":"sha256:b8a3ac7344ffd87e78e5281425d8167fe84ef0debf864b0287ccd0b98f6f7916"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Receiving_Lookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivableLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderStatus"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderLineId"}},{"kind":"Field","name":{"kind":"Name","value":"warehouseId"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantityOrdered"}},{"kind":"Field","name":{"kind":"Name","value":"quantityCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"quantityReceived"}},{"kind":"Field","name":{"kind":"Name","value":"quantityRejected"}},{"kind":"Field","name":{"kind":"Name","value":"quantityOpen"}},{"kind":"Field","name":{"kind":"Name","value":"expectedAt"}}]}}]}}]} as unknown as DocumentNode<Receiving_LookupQuery, Receiving_LookupQueryVariables>;
export const Receiving_RecentDocument = {"__meta__":{"hash":"sha256:40fde8c46e0c44958295aefeb3898678cdb3826eb1113416d1fc5508fa730f4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Receiving_Recent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Receiving_RecentQuery, Receiving_RecentQueryVariables>;
export const Receiving_OrderSectionsDocument = {"__meta__":{"hash":"sha256:ab2cdd84f788872c32ff0c3fbb464d26c6b97f82f7ba9d6b9cbf581730fe2fcb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Receiving_OrderSections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purchaseOrderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"purchaseOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purchaseOrderId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supplierBills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"purchaseOrderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purchaseOrderId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"supplierInvoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"billDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"holdReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Receiving_OrderSectionsQuery, Receiving_OrderSectionsQueryVariables>;
export const SettingsMembers_InviteDocument = {"__meta__":{"hash":"sha256:0ff73257415522e12c688379ffd06af4d6e225a6d294388ef97f92cf4789efe8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsMembers_Invite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsMembers_InviteMutation, SettingsMembers_InviteMutationVariables>;
export const SettingsInvitations_RevokeDocument = {"__meta__":{"hash":"sha256:94851b0e6791a732f28c85dd37708430f6026c9fd7120639bde56bb0c92430c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsInvitations_Revoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsInvitations_RevokeMutation, SettingsInvitations_RevokeMutationVariables>;
export const SettingsApiKeys_CreateDocument = {"__meta__":{"hash":"sha256:248d3a5961dc988745de8a295130fcfb63f1959785ea340182ba3adc069c4b24"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsApiKeys_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsApiKeys_CreateMutation, SettingsApiKeys_CreateMutationVariables>;
export const SettingsStorefrontKeys_CreateDocument = {"__meta__":{"hash":"sha256:b5c4fa0f2fdcd3d18989d314dbedf5473d0106f982866c60c07620deafdf49ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsStorefrontKeys_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StorefrontKeyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storefrontKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsStorefrontKeys_CreateMutation, SettingsStorefrontKeys_CreateMutationVariables>;
export const SettingsApiKeys_RevokeDocument = {"__meta__":{"hash":"sha256:c7c7b297b3b5a738d7b9e322690a1ef5d7fda7fd614f3e9e32d8624d32d90920"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsApiKeys_Revoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsApiKeys_RevokeMutation, SettingsApiKeys_RevokeMutationVariables>;
export const SettingsApiKeys_TierSetDocument = {"__meta__":{"hash":"sha256:280474bfe1356e05037bd78fb96a89c3aaac1e399b795b84b03aaa9711cf620d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsApiKeys_TierSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyRateLimitTierSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyRateLimitTierSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitTier"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitTierSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsApiKeys_TierSetMutation, SettingsApiKeys_TierSetMutationVariables>;
export const SettingsFlags_SetDocument = {"__meta__":{"hash":"sha256:4bac32b13058e3b5591ace2dab7de1b745c5dc36307ecb1fc13d4a16ba0e9a57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsFlags_Set"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeatureFlagSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"featureFlagSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"featureFlag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsFlags_SetMutation, SettingsFlags_SetMutationVariables>;
export const SettingsMembers_SetRolesDocument = {"__meta__":{"hash":"sha256:4ff391cbffd7f7a55a7151737b82a46a075ecdf74b49e17e3b5696c3bf7debec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsMembers_SetRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberRolesSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberRolesSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsMembers_SetRolesMutation, SettingsMembers_SetRolesMutationVariables>;
export const SettingsMembers_RemoveDocument = {"__meta__":{"hash":"sha256:aa6eb0e36a1b39d375869e4b706d523955b8f26253a51a760f6994e86f3ef00e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsMembers_Remove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedUserId"}},{"kind":"Field","name":{"kind":"Name","value":"revokedApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsMembers_RemoveMutation, SettingsMembers_RemoveMutationVariables>;
export const SettingsStore_UpdateDocument = {"__meta__":{"hash":"sha256:e8dbc53533d9a8b7588fcad005e8526c096508403cb0b7b816f5938627563404"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsStore_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TenantUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsStore_UpdateMutation, SettingsStore_UpdateMutationVariables>;
export const SettingsReturns_UpdateDocument = {"__meta__":{"hash":"sha256:7257fe2592fe27f5cdfd960e607c2265d478f41399f1b80177929b85c6031e46"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsReturns_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FulfillmentSettingsUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfillmentSettingsUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnWindowDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsReturns_UpdateMutation, SettingsReturns_UpdateMutationVariables>;
export const SettingsOrders_PrefixSetDocument = {"__meta__":{"hash":"sha256:000b04222bbef1eb8e56a3bca82fc687e45bf536995d609e55dfe3b4a8aabe7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsOrders_PrefixSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderNumberPrefixSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderNumberPrefixSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numbering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsOrders_PrefixSetMutation, SettingsOrders_PrefixSetMutationVariables>;
export const SettingsApps_AppDocument = {"__meta__":{"hash":"sha256:5773cbee832a9b05b8f3f328c88e133faf8d55e01af641b24fbda4d76c825bc5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsApps_App"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"graceSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitTier"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"liveUntil"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"live"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitTier"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitTierSource"}},{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsApps_AppQuery, SettingsApps_AppQueryVariables>;
export const SettingsApps_RegisterDocument = {"__meta__":{"hash":"sha256:398da4ad14d36520ae0a6def7618a322f5823e30b82633b4822d94d493ecb5af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsApps_Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsApps_RegisterMutation, SettingsApps_RegisterMutationVariables>;
export const SettingsApps_UpdateDocument = {"__meta__":{"hash":"sha256:88b52472db1dc3e83017691d086ee85992a5b3b5cda0f00c2799d32d8add18b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsApps_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsApps_UpdateMutation, SettingsApps_UpdateMutationVariables>;
export const SettingsApps_TierSetDocument = {"__meta__":{"hash":"sha256:b49bb852dd6a0dc57e29cc93ffc2cf4912ed7940eb701835770c8f5943c1b243"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsApps_TierSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppRateLimitTierSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appRateLimitTierSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitTier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsApps_TierSetMutation, SettingsApps_TierSetMutationVariables>;
export const SettingsApps_ArchiveDocument = {"__meta__":{"hash":"sha256:2cfb6d4e0e8feff4cbf13cf19065938781304dfeade2e70994b1de7a2e405ac9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsApps_Archive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedKeys"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsApps_ArchiveMutation, SettingsApps_ArchiveMutationVariables>;
export const SettingsApps_StorefrontKeyDocument = {"__meta__":{"hash":"sha256:0dbf43427ff91c7954f54a2d225dcbf036874ae4fde0cac8a2977c66ab19d726"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsApps_StorefrontKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StorefrontKeyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storefrontKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsApps_StorefrontKeyMutation, SettingsApps_StorefrontKeyMutationVariables>;
export const SettingsApps_SecretKeyDocument = {"__meta__":{"hash":"sha256:11a50ae9d93e34d36ca937a3a7bd16cc798088e5e2c6233830453d2eb38e38ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsApps_SecretKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsApps_SecretKeyMutation, SettingsApps_SecretKeyMutationVariables>;
export const SettingsApps_PublishDocument = {"__meta__":{"hash":"sha256:6a2c3db91d045fe0fd17950bc708a30ee2348d6432f85c8dee8c85d74594de1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsApps_Publish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppDocumentsPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appDocumentsPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsApps_PublishMutation, SettingsApps_PublishMutationVariables>;
export const SettingsApps_ListDocument = {"__meta__":{"hash":"sha256:a1f08d7deff50608e2343c7a00138989a8e6287b8cbcec1540fe8f66a72dcf73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsApps_List"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"graceSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitTier"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsApps_ListQuery, SettingsApps_ListQueryVariables>;
export const SettingsCustomFields_CreateProductDocument = {"__meta__":{"hash":"sha256:d779f57f9bc428a69d953ea527ba1225b7ce046387d49493b236d26a7eea2ffe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCustomFields_CreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldDefinitionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"created"},"name":{"kind":"Name","value":"customFieldDefinitionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldDefinition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsCustomFields_CreateProductMutation, SettingsCustomFields_CreateProductMutationVariables>;
export const SettingsCustomFields_ArchiveProductDocument = {"__meta__":{"hash":"sha256:d9147f23f3c588ae24b31a2b695ca8808665c5c9b2413aa559a273b44aafefdd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCustomFields_ArchiveProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldDefinitionArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"archived"},"name":{"kind":"Name","value":"customFieldDefinitionArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldDefinition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsCustomFields_ArchiveProductMutation, SettingsCustomFields_ArchiveProductMutationVariables>;
export const SettingsCustomFields_CreateCustomerDocument = {"__meta__":{"hash":"sha256:98732a7879a0c50ff0f0fec93914ca6645f8c25096f41d9481cf7e4dc30b1113"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCustomFields_CreateCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerCustomFieldDefinitionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"created"},"name":{"kind":"Name","value":"customerCustomFieldDefinitionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldDefinition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsCustomFields_CreateCustomerMutation, SettingsCustomFields_CreateCustomerMutationVariables>;
export const SettingsCustomFields_ArchiveCustomerDocument = {"__meta__":{"hash":"sha256:be71185c9f0dc99ac2e2e5d9603fca5a89c58f4b0708f84af5598da11d17ac59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCustomFields_ArchiveCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldDefinitionArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"archived"},"name":{"kind":"Name","value":"customerCustomFieldDefinitionArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldDefinition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsCustomFields_ArchiveCustomerMutation, SettingsCustomFields_ArchiveCustomerMutationVariables>;
export const SettingsCustomFields_CreateOrderDocument = {"__meta__":{"hash":"sha256:af956b687e9dcb57876af9d7e22eeb312f43715a6c29aba188652a4b59791671"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCustomFields_CreateOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderCustomFieldDefinitionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"created"},"name":{"kind":"Name","value":"orderCustomFieldDefinitionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldDefinition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsCustomFields_CreateOrderMutation, SettingsCustomFields_CreateOrderMutationVariables>;
export const SettingsCustomFields_ArchiveOrderDocument = {"__meta__":{"hash":"sha256:7f3f01431eaae8f26e33f9276506c07ec4381027a413cc29aff8d1d9b2951491"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCustomFields_ArchiveOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldDefinitionArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"archived"},"name":{"kind":"Name","value":"orderCustomFieldDefinitionArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldDefinition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsCustomFields_ArchiveOrderMutation, SettingsCustomFields_ArchiveOrderMutationVariables>;
export const SettingsCustomFields_CreateSupplierDocument = {"__meta__":{"hash":"sha256:96d82f71c6f441b3a6869fdb81d7a4718ecbd53e3f3c99f82b659a10c453318b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCustomFields_CreateSupplier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierCustomFieldDefinitionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"created"},"name":{"kind":"Name","value":"supplierCustomFieldDefinitionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldDefinition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsCustomFields_CreateSupplierMutation, SettingsCustomFields_CreateSupplierMutationVariables>;
export const SettingsCustomFields_ArchiveSupplierDocument = {"__meta__":{"hash":"sha256:b8e6144587d84549a24b1e2245e21cec6932ad86d3fa05c1f61b4bef079b0056"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsCustomFields_ArchiveSupplier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldDefinitionArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"archived"},"name":{"kind":"Name","value":"supplierCustomFieldDefinitionArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldDefinition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsCustomFields_ArchiveSupplierMutation, SettingsCustomFields_ArchiveSupplierMutationVariables>;
export const SettingsCustomFields_ProductsDocument = {"__meta__":{"hash":"sha256:fcb8ac68d3616a10824927970838e36f873acb6e7277076261f53dde1721abe4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsCustomFields_Products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"definitions"},"name":{"kind":"Name","value":"customFieldDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsCustomFields_ProductsQuery, SettingsCustomFields_ProductsQueryVariables>;
export const SettingsCustomFields_CustomersDocument = {"__meta__":{"hash":"sha256:af8c22a138a466d5b3e59f759c8213b8b9d7190b6e60d8a27cfa062dffb2f6af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsCustomFields_Customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"definitions"},"name":{"kind":"Name","value":"customerCustomFieldDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsCustomFields_CustomersQuery, SettingsCustomFields_CustomersQueryVariables>;
export const SettingsCustomFields_OrdersDocument = {"__meta__":{"hash":"sha256:2dc336b2ec173feadea0f0e47c405d6ef68547ca932176d6a4d36d67a5952c22"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsCustomFields_Orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"definitions"},"name":{"kind":"Name","value":"orderCustomFieldDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsCustomFields_OrdersQuery, SettingsCustomFields_OrdersQueryVariables>;
export const SettingsCustomFields_SuppliersDocument = {"__meta__":{"hash":"sha256:49aba38e3a30c0cc9749a7f4963b55dc357768c54a90dbf79a36dde8119ab4a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsCustomFields_Suppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"definitions"},"name":{"kind":"Name","value":"supplierCustomFieldDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsCustomFields_SuppliersQuery, SettingsCustomFields_SuppliersQueryVariables>;
export const Settings_UiExtensionSaveDocument = {"__meta__":{"hash":"sha256:016c9399273008774062178e0fe4592be9b3d79305f400c31d29e1d2406fb077"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Settings_UiExtensionSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UiExtensionSaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uiExtensionSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uiExtension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Settings_UiExtensionSaveMutation, Settings_UiExtensionSaveMutationVariables>;
export const Settings_UiExtensionDeleteDocument = {"__meta__":{"hash":"sha256:5d1559babfc97d6c7d128195c47e6d3e327e993f6045a45e2c4b6e5181c383ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Settings_UiExtensionDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UiExtensionDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uiExtensionDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Settings_UiExtensionDeleteMutation, Settings_UiExtensionDeleteMutationVariables>;
export const SettingsExtensions_ProductFieldKeysDocument = {"__meta__":{"hash":"sha256:2bccc2af68e60d7fd330d3fd22b75e42a9c93e8eead66ae3615960605a6fd6c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsExtensions_ProductFieldKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<SettingsExtensions_ProductFieldKeysQuery, SettingsExtensions_ProductFieldKeysQueryVariables>;
export const SettingsExtensions_CustomerFieldKeysDocument = {"__meta__":{"hash":"sha256:572e742758b0223138cd628d83e0b5324bd2c9433b05c59f0675752a0335fe82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsExtensions_CustomerFieldKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCustomFieldDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<SettingsExtensions_CustomerFieldKeysQuery, SettingsExtensions_CustomerFieldKeysQueryVariables>;
export const SettingsExtensions_OrderFieldKeysDocument = {"__meta__":{"hash":"sha256:b2945bd46d6ec3ba81f35fa2524774363b96e0e1316ede564e254e73d7b5895e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsExtensions_OrderFieldKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCustomFieldDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<SettingsExtensions_OrderFieldKeysQuery, SettingsExtensions_OrderFieldKeysQueryVariables>;
export const SettingsExtensions_SupplierFieldKeysDocument = {"__meta__":{"hash":"sha256:85cd320f81946a66bb34a75cd2bec8a12020f56bb8223e6cc9d1fe5267d8d640"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsExtensions_SupplierFieldKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierCustomFieldDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<SettingsExtensions_SupplierFieldKeysQuery, SettingsExtensions_SupplierFieldKeysQueryVariables>;
export const Settings_UiExtensionsDocument = {"__meta__":{"hash":"sha256:efbc53d9a8704e9d951d8b159a0085536439cd629319afc95d595717b983b062"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Settings_UiExtensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"featureEnabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"admin.ui-extensions","block":false}}]},{"kind":"Field","name":{"kind":"Name","value":"uiExtensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"point"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"installationId"}},{"kind":"Field","name":{"kind":"Name","value":"declared"}}]}}]}}]} as unknown as DocumentNode<Settings_UiExtensionsQuery, Settings_UiExtensionsQueryVariables>;
export const Integrations_ConfigureDocument = {"__meta__":{"hash":"sha256:cea437974703016d3d1ada8c7bb553cde9c98cd1be490ae81d8c053848f9f1e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Integrations_Configure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegrationConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrationConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"adapterId"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Integrations_ConfigureMutation, Integrations_ConfigureMutationVariables>;
export const Integrations_KeyRotateDocument = {"__meta__":{"hash":"sha256:23167a3f5519c7b250b2043487ea78814f2a1ba04cc375a288d25a6857e46b0c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Integrations_KeyRotate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrationKeyRotate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reencrypted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Integrations_KeyRotateMutation, Integrations_KeyRotateMutationVariables>;
export const Integrations_PageDocument = {"__meta__":{"hash":"sha256:4c23c41a3115681952adfa286228ba4ac0807ddfcadf206cd6a446e7413ee39d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Integrations_Page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrationAdapters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"defaultAdapterId"}},{"kind":"Field","name":{"kind":"Name","value":"adapters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"adapterId"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"set"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentMasterKey"}}]}}]}}]} as unknown as DocumentNode<Integrations_PageQuery, Integrations_PageQueryVariables>;
export const SettingsStore_TenantDocument = {"__meta__":{"hash":"sha256:4ac04445ed9d3aef0c322b7d7c0672180b4545699764e7827ad8715059e9041a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsStore_Tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"currencies"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"taxId"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SettingsStore_TenantQuery, SettingsStore_TenantQueryVariables>;
export const SettingsReturns_WindowDocument = {"__meta__":{"hash":"sha256:f69eb9e3a70faa20483385773c78ad35ac3b67927c4fcbce76a9fa3cc144a430"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsReturns_Window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfillmentSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnWindowDays"}}]}}]}}]} as unknown as DocumentNode<SettingsReturns_WindowQuery, SettingsReturns_WindowQueryVariables>;
export const SettingsOrders_NumberingDocument = {"__meta__":{"hash":"sha256:b37ed832c576674617429a1a3a22f98f37417ce4a73371f1942324fd957f1a1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsOrders_Numbering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderNumbering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"nextNumber"}}]}}]}}]} as unknown as DocumentNode<SettingsOrders_NumberingQuery, SettingsOrders_NumberingQueryVariables>;
export const SettingsMembers_ListDocument = {"__meta__":{"hash":"sha256:5bc36b0885554a8780ed87bb8d18a5795e1d2dd6c24786836d1aeba96d0d070a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsMembers_List"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"memberSince"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsMembers_ListQuery, SettingsMembers_ListQueryVariables>;
export const SettingsInvitations_ListDocument = {"__meta__":{"hash":"sha256:fe89667bce270dcff58458199f4b17a467faa4aa5ee975162f4679ee6378f607"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsInvitations_List"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roleNames"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsInvitations_ListQuery, SettingsInvitations_ListQueryVariables>;
export const SettingsRoles_ListDocument = {"__meta__":{"hash":"sha256:5c9242fc3a9d45d4dcd1ba50146ff2ea827810b478e2fa53f4d208134c7971cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsRoles_List"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"builtin"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissionScopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<SettingsRoles_ListQuery, SettingsRoles_ListQueryVariables>;
export const SettingsApiKeys_ListDocument = {"__meta__":{"hash":"sha256:701fe544433c4caa94bc5e5534cfcbaeb8b5707455d17207b64472e14b245845"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsApiKeys_List"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitTier"}},{"kind":"Field","name":{"kind":"Name","value":"ownRateLimitTier"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitTierSource"}},{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"apps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitTier"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsApiKeys_ListQuery, SettingsApiKeys_ListQueryVariables>;
export const SettingsFlags_ListDocument = {"__meta__":{"hash":"sha256:e5c76f2ce656f660f503e013ec7d316d4469a9d902a334486e6b7141972d339d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsFlags_List"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"featureFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"percentage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SettingsFlags_ListQuery, SettingsFlags_ListQueryVariables>;
export const SettingsAudit_ListDocument = {"__meta__":{"hash":"sha256:9c51f626444eb29545cf1a59bb24c92a4c483b09896acb0194c858fa63750cbd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsAudit_List"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsAudit_ListQuery, SettingsAudit_ListQueryVariables>;
export const Plugins_UploadDocument = {"__meta__":{"hash":"sha256:60d88c5856207fd3c4d3ddf38e1a5faa8a1be10b7159c9bb79cadd7112772738"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Plugins_Upload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PluginUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pluginUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plugin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Plugins_UploadMutation, Plugins_UploadMutationVariables>;
export const Plugins_InstallDocument = {"__meta__":{"hash":"sha256:aa07bd0281ecef3b3f63bde07553d67b2829a34137d9280db3cb5cf9b7b01e34"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Plugins_Install"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PluginInstallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pluginInstall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Plugins_InstallMutation, Plugins_InstallMutationVariables>;
export const Plugins_ConfigureDocument = {"__meta__":{"hash":"sha256:20106dcc19df141ea9bb6aecd1aee3832d62510c512b0510b3934a986127819e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Plugins_Configure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PluginConfigureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pluginConfigure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Plugins_ConfigureMutation, Plugins_ConfigureMutationVariables>;
export const Plugins_EnableDocument = {"__meta__":{"hash":"sha256:baa23815663ddf741f832f109a0235cf595bd14c0232f74c753ab1a1dcc8754a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Plugins_Enable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PluginInstallationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pluginEnable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Plugins_EnableMutation, Plugins_EnableMutationVariables>;
export const Plugins_DisableDocument = {"__meta__":{"hash":"sha256:9f1a49b06bd738ab469415d83029892e25c2028ae6cfafb01e75866042a0d911"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Plugins_Disable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PluginInstallationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pluginDisable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Plugins_DisableMutation, Plugins_DisableMutationVariables>;
export const Plugins_RollbackDocument = {"__meta__":{"hash":"sha256:36055807daefe579c5d2f332e975902405f4acfdba78b44a3413af162e6b44be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Plugins_Rollback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PluginInstallationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pluginRollback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Plugins_RollbackMutation, Plugins_RollbackMutationVariables>;
export const Plugins_UninstallDocument = {"__meta__":{"hash":"sha256:6f9e2614f80e2823230577ca1f733515d52b1b112248f145193b79be0d21822a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Plugins_Uninstall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PluginInstallationIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pluginUninstall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Plugins_UninstallMutation, Plugins_UninstallMutationVariables>;
export const Plugins_UpgradeDocument = {"__meta__":{"hash":"sha256:9c14d42fcabd2cd3f3b347e3da9813b7dea2fe35453561f5476d67d626f84086"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Plugins_Upgrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PluginUpgradeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pluginUpgrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Plugins_UpgradeMutation, Plugins_UpgradeMutationVariables>;
export const Plugins_ListDocument = {"__meta__":{"hash":"sha256:6d31175b8c5db3f862a3e87eac6cd222d3e18b47f0eaac36e6c3b4b83e22b5d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plugins_List"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plugins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hook"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"refusals"}},{"kind":"Field","name":{"kind":"Name","value":"errorRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageLatencyMs"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Plugins_ListQuery, Plugins_ListQueryVariables>;
export const Plugins_DetailDocument = {"__meta__":{"hash":"sha256:22943382f4663c6b865c1fa1dbecee72521aaba9faac2e981a400594f32975be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plugins_Detail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plugin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"point"}},{"kind":"Field","name":{"kind":"Name","value":"failurePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"configSchema"}},{"kind":"Field","name":{"kind":"Name","value":"checksum"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"config"}},{"kind":"Field","name":{"kind":"Name","value":"installedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"configSchema"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hook"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"refusals"}},{"kind":"Field","name":{"kind":"Name","value":"errorRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageLatencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"maxLatencyMs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invocations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hook"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"logs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Plugins_DetailQuery, Plugins_DetailQueryVariables>;
export const SettingsRoles_CreateDocument = {"__meta__":{"hash":"sha256:caf0fe26d099d26741bb7f3adc0f79a3ba436f1a9b3d3e79b0c397e9710c639d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsRoles_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsRoles_CreateMutation, SettingsRoles_CreateMutationVariables>;
export const SettingsRoles_UpdateDocument = {"__meta__":{"hash":"sha256:ea35335f188b2cab9d01cecda9a39e7de290cfe5ce87b097f9c07fb84b107912"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsRoles_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsRoles_UpdateMutation, SettingsRoles_UpdateMutationVariables>;
export const SettingsRoles_DeleteDocument = {"__meta__":{"hash":"sha256:162414c28055e7ebf6d64af94f8ad526d35cdfe65f14378085ec1affdd3c1eb4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsRoles_Delete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedRoleId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsRoles_DeleteMutation, SettingsRoles_DeleteMutationVariables>;
export const SettingsShipping_ZoneCreateDocument = {"__meta__":{"hash":"sha256:d7c215ae265f45f0693f5ff4355a5c4c5d22bbdc9d51ff815a15987ebeab369f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsShipping_ZoneCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingZoneCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shippingZoneCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsShipping_ZoneCreateMutation, SettingsShipping_ZoneCreateMutationVariables>;
export const SettingsShipping_ZoneUpdateDocument = {"__meta__":{"hash":"sha256:b13cbc0b3cd76e58acf70421fd8f919fca21e15cdbe0c6c3e12e0d8399ab8bf0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsShipping_ZoneUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingZoneUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shippingZoneUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsShipping_ZoneUpdateMutation, SettingsShipping_ZoneUpdateMutationVariables>;
export const SettingsShipping_ZoneDeleteDocument = {"__meta__":{"hash":"sha256:570074824870c900ee79d5a2140931801f1048726ce614bb110a50a4541f23b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsShipping_ZoneDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingZoneDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shippingZoneDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedZoneId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsShipping_ZoneDeleteMutation, SettingsShipping_ZoneDeleteMutationVariables>;
export const SettingsShipping_MethodCreateDocument = {"__meta__":{"hash":"sha256:7fa09e0e1b46fcb7bf8c422c3d8de4f099e2b89b5db50c20da0668e48d5964e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsShipping_MethodCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingZoneMethodCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shippingZoneMethodCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsShipping_MethodCreateMutation, SettingsShipping_MethodCreateMutationVariables>;
export const SettingsShipping_MethodUpdateDocument = {"__meta__":{"hash":"sha256:e00c4d66452c1bb7da768931197ceba04dd77d5a15a9902a5f26a3ef2355fadb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsShipping_MethodUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingZoneMethodUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shippingZoneMethodUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsShipping_MethodUpdateMutation, SettingsShipping_MethodUpdateMutationVariables>;
export const SettingsShipping_MethodDeleteDocument = {"__meta__":{"hash":"sha256:88b58433efa37fc9f0c5e2736c40afead157f2f40967d29e10c1934d8d01ca95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsShipping_MethodDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShippingZoneMethodDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shippingZoneMethodDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsShipping_MethodDeleteMutation, SettingsShipping_MethodDeleteMutationVariables>;
export const SettingsShipping_ZonesDocument = {"__meta__":{"hash":"sha256:9c382d6b9f1e8bc8fecf1db931f696ddac3ac8e8772bd29be6b94ea8eac1485b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsShipping_Zones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shippingZones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"restOfWorld"}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"freeShippingThreshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"fractionDigits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedDaysMin"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedDaysMax"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsShipping_ZonesQuery, SettingsShipping_ZonesQueryVariables>;
export const SettingsTax_SettingsUpdateDocument = {"__meta__":{"hash":"sha256:3f1af45aaaf6af249a5882f765f29325b336bc5beef9db6f2a02db3b251416ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsTax_SettingsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaxSettingsUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxSettingsUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsTax_SettingsUpdateMutation, SettingsTax_SettingsUpdateMutationVariables>;
export const SettingsTax_ZoneCreateDocument = {"__meta__":{"hash":"sha256:730bda3febc332158a0af3c1e00767190bb18211a5d97c1adcb684ca010ddbbd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsTax_ZoneCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaxZoneCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxZoneCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsTax_ZoneCreateMutation, SettingsTax_ZoneCreateMutationVariables>;
export const SettingsTax_ZoneUpdateDocument = {"__meta__":{"hash":"sha256:8f2f1621e5423d31957a0895aef02bf8b72815888eec627688e2d13209387ba5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsTax_ZoneUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaxZoneUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxZoneUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsTax_ZoneUpdateMutation, SettingsTax_ZoneUpdateMutationVariables>;
export const SettingsTax_ZoneDeleteDocument = {"__meta__":{"hash":"sha256:bf0849c321e3e3a2eac6c31f983285bd9be08a9314bd3c98d59620d5be1b2242"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsTax_ZoneDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaxZoneDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxZoneDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedZoneId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SettingsTax_ZoneDeleteMutation, SettingsTax_ZoneDeleteMutationVariables>;
export const SettingsTax_SettingsDocument = {"__meta__":{"hash":"sha256:6c08492dd79c7a31c1a9047d40f068fa984eb34c80cd58f6502ecc5d7dcd00b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsTax_Settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"pricesIncludeTax"}},{"kind":"Field","name":{"kind":"Name","value":"rounding"}},{"kind":"Field","name":{"kind":"Name","value":"originCountry"}},{"kind":"Field","name":{"kind":"Name","value":"zones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"rates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxClass"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ratePpm"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SettingsTax_SettingsQuery, SettingsTax_SettingsQueryVariables>;
export const TasksInboxDocument = {"__meta__":{"hash":"sha256:ac24373259ae336b4ab86483282e5b3852484223af2423d766789b245dab807f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TasksInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"runId"}},{"kind":"Field","name":{"kind":"Name","value":"workflowName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"requester"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TasksInboxQuery, TasksInboxQueryVariables>;
export const TaskCountDocument = {"__meta__":{"hash":"sha256:95c84d4dfc3fd6f12b0c05cf224bff1ca65773ca56a7d238ae4cbd6fd5aa8de5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskCount"}}]}}]} as unknown as DocumentNode<TaskCountQuery, TaskCountQueryVariables>;
export const TaskApproveDocument = {"__meta__":{"hash":"sha256:2807c3fa1ef362a07e4869842875d0d400ac21d61d52876e6ae2c22480984595"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskDecideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TaskApproveMutation, TaskApproveMutationVariables>;
export const TaskRejectDocument = {"__meta__":{"hash":"sha256:f8c202c60d3f7e08f88ac4e513b65b2e5703611adbd12e332d596117745d6c23"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskDecideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TaskRejectMutation, TaskRejectMutationVariables>;
export const PortalLayout_VerificationRequestDocument = {"__meta__":{"hash":"sha256:f23fac7a52083a4902d6ead85664a4ebd83664987409083084536025f8eb55b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalLayout_VerificationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailVerificationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PortalLayout_VerificationRequestMutation, PortalLayout_VerificationRequestMutationVariables>;
export const Webhooks_CreateDocument = {"__meta__":{"hash":"sha256:6cbdbe86691fb3163123c3231831b3e8fd60f01955cfcff15b0b0b7ddff36917"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Webhooks_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Webhooks_CreateMutation, Webhooks_CreateMutationVariables>;
export const Webhooks_RotateDocument = {"__meta__":{"hash":"sha256:c44b19337c346486f57963d528bc5fe366c09bf831a779ffefdc86f86597c85a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Webhooks_Rotate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointSecretRotateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointSecretRotate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Webhooks_RotateMutation, Webhooks_RotateMutationVariables>;
export const Webhooks_EnableDocument = {"__meta__":{"hash":"sha256:028794c4dfba95ac8e91169438b485c60a6b48fa7961e5b5f4e711b35a6ecc9a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Webhooks_Enable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointEnable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Webhooks_EnableMutation, Webhooks_EnableMutationVariables>;
export const Webhooks_DisableDocument = {"__meta__":{"hash":"sha256:9d20e7d23798b4c8cea4342847009b0367ccca310022f3a84fcf31153d27d6bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Webhooks_Disable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointDisable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Webhooks_DisableMutation, Webhooks_DisableMutationVariables>;
export const Webhooks_TestDocument = {"__meta__":{"hash":"sha256:78190835bb8563dcea93eb9167c411fbc00c1033ce814d89bff41855b4107aaf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Webhooks_Test"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointTest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Webhooks_TestMutation, Webhooks_TestMutationVariables>;
export const Webhooks_DeleteDocument = {"__meta__":{"hash":"sha256:1ad1cdab2956d65d4e3e71dfde1dffa61000de97045356653394cdc28095a8f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Webhooks_Delete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Webhooks_DeleteMutation, Webhooks_DeleteMutationVariables>;
export const Webhooks_RedeliverDocument = {"__meta__":{"hash":"sha256:524341883591d5a33234e083d332db7f23e4bea86918a2c61fd4220b574008c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Webhooks_Redeliver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryRedeliverInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveryRedeliver"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Webhooks_RedeliverMutation, Webhooks_RedeliverMutationVariables>;
export const Webhooks_ListDocument = {"__meta__":{"hash":"sha256:6d4a69b28b9c3df19589af31982923d14032cbc10cdef5e4927f25264022372e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks_List"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhookEventTypes"}}]}}]} as unknown as DocumentNode<Webhooks_ListQuery, Webhooks_ListQueryVariables>;
export const Webhooks_DetailDocument = {"__meta__":{"hash":"sha256:980263f5ee333e3ad07a4eb898ca1f41ae10b646ddceb1742e580ba9a132a1c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks_Detail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"responseBody"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Webhooks_DetailQuery, Webhooks_DetailQueryVariables>;
export const WorkflowList_WorkflowsDocument = {"__meta__":{"hash":"sha256:c7cd839262693e637937ed2e48d049ce4c8ebe4df7829a985c99a15463dfdd6c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowList_Workflows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workflowTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"default"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowList_WorkflowsQuery, WorkflowList_WorkflowsQueryVariables>;
export const WorkflowDetail_WorkflowDocument = {"__meta__":{"hash":"sha256:99b88d831a87f6fcab008b359ff2dcabd88b19bd5c89c0b4d6cc12bad055ea16"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowDetail_Workflow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersion"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"from"},"name":{"kind":"Name","value":"version"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"to"},"name":{"kind":"Name","value":"version"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowDetail_WorkflowQuery, WorkflowDetail_WorkflowQueryVariables>;
export const WorkflowNew_FromTemplateDocument = {"__meta__":{"hash":"sha256:84962ef93fdccf1940ac773ac7fcfdf6857de92b4c224922ec241078c8ee2c0a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowNew_FromTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowCreateFromTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflowCreateFromTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowNew_FromTemplateMutation, WorkflowNew_FromTemplateMutationVariables>;
export const WorkflowEditor_ValidateDocument = {"__meta__":{"hash":"sha256:c2a495a0e2b1edb031a673f31cd17bd8b1207ad8850cd0cc87fc1a05994e6b85"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowEditor_Validate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowValidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflowValidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowEditor_ValidateMutation, WorkflowEditor_ValidateMutationVariables>;
export const WorkflowEditor_SaveDocument = {"__meta__":{"hash":"sha256:be212b90f565858f9fb973179a9b1b262a86948ded9e47ae2c884656c8196404"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowEditor_Save"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflowUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowEditor_SaveMutation, WorkflowEditor_SaveMutationVariables>;
export const WorkflowDetail_EnableDocument = {"__meta__":{"hash":"sha256:3448811ab0d806d87ffde21ae44a1e0fd2708d86394ecefa48a02de5d4b469b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowDetail_Enable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflowEnable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowDetail_EnableMutation, WorkflowDetail_EnableMutationVariables>;
export const WorkflowDetail_DisableDocument = {"__meta__":{"hash":"sha256:3142f32e69088b54a00c758c847559ab0e4a57c8c73423232a086a30e3c728ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowDetail_Disable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflowDisable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowDetail_DisableMutation, WorkflowDetail_DisableMutationVariables>;
export const WorkflowDryRun_RunDocument = {"__meta__":{"hash":"sha256:c2bf18477bff4765f3d11e18e38a2041e1d0a68e940880d562cc53fc31577b60"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowDryRun_Run"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowDryRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflowDryRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowDryRun_RunMutation, WorkflowDryRun_RunMutationVariables>;
export const WorkflowRunsListDocument = {"__meta__":{"hash":"sha256:35307172b6697772862c4ec11011d1dc9f1b170e032a158ab9bba004524a1bef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowRunsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowRunFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflowRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workflowName"}},{"kind":"Field","name":{"kind":"Name","value":"workflowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowRunsListQuery, WorkflowRunsListQueryVariables>;
export const WorkflowRunDetailDocument = {"__meta__":{"hash":"sha256:82428239be77280678d7b03ed172b35f2add09f8755c2c5f0e289d964648f375"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkflowRunDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflowRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"workflowName"}},{"kind":"Field","name":{"kind":"Name","value":"workflowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"requester"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"output"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"wakeAt"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowRunDetailQuery, WorkflowRunDetailQueryVariables>;
export const WorkflowRunCancelDocument = {"__meta__":{"hash":"sha256:48b2160ecaed4889fcf507805ead26a39f04abb67a453acb4a036fc34cdf3578"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkflowRunCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkflowRunCancelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workflowRunCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WorkflowRunCancelMutation, WorkflowRunCancelMutationVariables>;
export const InvitationAccept_AcceptDocument = {"__meta__":{"hash":"sha256:4b3be3af68c807944a39a6b50bda25adc0b23410884498c91601e3ecc2d49054"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationAccept_Accept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationAcceptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationAccept_AcceptMutation, InvitationAccept_AcceptMutationVariables>;
export const ResetPassword_RequestDocument = {"__meta__":{"hash":"sha256:9c745b400c44910e486ff41e2f23f0580af01304382687e277e1714e9ea163ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword_Request"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordResetRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPassword_RequestMutation, ResetPassword_RequestMutationVariables>;
export const ResetPassword_CompleteDocument = {"__meta__":{"hash":"sha256:3500793f8b9a3a40b34a9744e019cab5516ecd0d3d36b69e55cdfda24a8dd786"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword_Complete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetCompleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordResetComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPassword_CompleteMutation, ResetPassword_CompleteMutationVariables>;
export const SessionRefresh_RotateDocument = {"__meta__":{"hash":"sha256:e3618659f379c3740535a8551250226b373f18a8c4365da4ebe9b6bb59ff12ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionRefresh_Rotate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionRefreshInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionRefresh"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SessionRefresh_RotateMutation, SessionRefresh_RotateMutationVariables>;
export const SignInForm_SessionCreateDocument = {"__meta__":{"hash":"sha256:c7b2285c4b203fe9058ac3ddf64cca6c97a2b9b33b20ed145a8a972422396c41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInForm_SessionCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignInForm_SessionCreateMutation, SignInForm_SessionCreateMutationVariables>;
export const SignOut_RevokeDocument = {"__meta__":{"hash":"sha256:2dd9cfc9a745f619958db3532bf02d154e97fa0d8088182749030b93e533e890"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut_Revoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SessionRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<SignOut_RevokeMutation, SignOut_RevokeMutationVariables>;
export const SignUp_CreateDocument = {"__meta__":{"hash":"sha256:f0f9fb26aa525518163f622d6c2fffa26b76f8c6dcc876d06a94b27f1ae71fda"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TenantCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignUp_CreateMutation, SignUp_CreateMutationVariables>;
export const SignUpComplete_AcceptDocument = {"__meta__":{"hash":"sha256:6ec5ce074b430452116303a3e0e45af4e29e7864964210767793592ef132e232"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUpComplete_Accept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitationAcceptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpComplete_AcceptMutation, SignUpComplete_AcceptMutationVariables>;
export const VerifyEmail_VerifyDocument = {"__meta__":{"hash":"sha256:42d1e8bf28b6bac139adfe2d657a0af0e988eb54dfe7bdfad818187cee3caaa5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmail_Verify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailVerifyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailVerify"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyEmail_VerifyMutation, VerifyEmail_VerifyMutationVariables>;
export const UiExtensions_OfPointDocument = {"__meta__":{"hash":"sha256:8f5dc80fed8f34ed5116724d9042423e9f254a796ae3eabdb42b9cebb8cbff93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UiExtensions_OfPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"point"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UiExtensionPoint"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"featureEnabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"admin.ui-extensions","block":false}}]},{"kind":"Field","name":{"kind":"Name","value":"uiExtensions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"point"},"value":{"kind":"Variable","name":{"kind":"Name","value":"point"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabledOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"point"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}}]}}]}}]} as unknown as DocumentNode<UiExtensions_OfPointQuery, UiExtensions_OfPointQueryVariables>;
export const UiExtensions_OneDocument = {"__meta__":{"hash":"sha256:f71c22e60a76aab37ca067665e24fb6d8185b8366407094de3c00c132467af42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UiExtensions_One"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uiExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"point"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"schema"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<UiExtensions_OneQuery, UiExtensions_OneQueryVariables>;
export const UiExtensions_ProductStatusSetDocument = {"__meta__":{"hash":"sha256:e35ef581700ba90fb648eb37826814a66dec41181e3de0512cf52af4413678c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UiExtensions_ProductStatusSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductStatusSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productStatusSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UiExtensions_ProductStatusSetMutation, UiExtensions_ProductStatusSetMutationVariables>;
export const UiExtensions_OrderHoldPlaceDocument = {"__meta__":{"hash":"sha256:1782864c903e0917a82236bf86c63440b7ea770361b0ae515e60d9707e4d48aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UiExtensions_OrderHoldPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderHoldPlaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderHoldPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UiExtensions_OrderHoldPlaceMutation, UiExtensions_OrderHoldPlaceMutationVariables>;
export const UiExtensions_PluginActionRunDocument = {"__meta__":{"hash":"sha256:1e804ebe1caf1e632bf12fce7eebf12548a16e2cafd4528e4ec734b93c3684cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UiExtensions_PluginActionRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PluginActionRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pluginActionRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plugin"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UiExtensions_PluginActionRunMutation, UiExtensions_PluginActionRunMutationVariables>;
export const PortalLayout_ViewerDocument = {"__meta__":{"hash":"sha256:554ea64daa85b5818012c8c49e95d96a3b2744dfcc991b42ace94bae3be75d4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalLayout_Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PortalLayout_ViewerQuery, PortalLayout_ViewerQueryVariables>;