-- Receivables and payables open items: a subledger written in the same transaction as the posting
-- that moves the receivables or payables account, so the open amounts always add up to the account.
-- An item's open amount is its amount less its allocations (captures, refunds, cancellations, bank
-- receipts, payment runs); allocations carry their own date so aging can be asked "as of" a day.

-- Days a customer has to pay an order (0: due at placement).
alter table settings
  add column customer_payment_terms_days integer not null default 0
    check (customer_payment_terms_days between 0 and 365);

create table open_items (
  tenant_id         uuid        not null,
  id                uuid        not null default gen_random_uuid(),
  kind              text        not null check (kind in ('receivable', 'payable')),
  -- what it is: an order (receivable), a supplier bill or a supplier credit note (payable)
  document_type     text        not null check (document_type in ('order', 'bill', 'credit_note')),
  document_id       uuid        not null,
  document_number   text        not null default '',
  -- the customer (null for a guest: the email names them) or the supplier
  party_id          uuid,
  party_email       text,
  party_name        text        not null default '',
  currency          text        not null check (currency ~ '^[A-Z]{3}$'),
  -- signed, in the normal direction of the account: a credit note is negative
  amount            bigint      not null default 0,
  base_amount       bigint      not null default 0,
  open_amount       bigint      not null default 0,
  open_base_amount  bigint      not null default 0,
  document_date     date,
  due_date          date,
  -- false while only a later movement has arrived (a capture before its order's placement)
  posted            boolean     not null default false,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now(),
  primary key (tenant_id, id),
  constraint open_items_document_key unique (tenant_id, kind, document_id)
);
create index open_items_by_party on open_items (tenant_id, kind, party_id, created_at);
create index open_items_by_created on open_items (tenant_id, kind, created_at, id);
create index open_items_open on open_items (tenant_id, kind, due_date) where open_base_amount <> 0;

create table open_item_allocations (
  tenant_id    uuid        not null,
  id           uuid        not null default gen_random_uuid(),
  item_id      uuid        not null,
  -- what settled (or re-opened) it: `order.payment_captured`, `order.payment_refunded`, `reversal`,
  -- `bank_receipt`, `payment_run` — and that document's id
  source_type  text        not null,
  source_id    text        not null,
  entry_id     uuid,
  -- signed like the item: a refund re-opening a receivable is negative
  amount       bigint      not null,
  base_amount  bigint      not null,
  allocated_on date        not null,
  created_at   timestamptz not null default now(),
  primary key (tenant_id, id),
  constraint open_item_allocations_source_key unique (tenant_id, item_id, source_type, source_id),
  foreign key (tenant_id, item_id) references open_items (tenant_id, id)
);
create index open_item_allocations_by_item on open_item_allocations (tenant_id, item_id, allocated_on);

-- A customer's bank payment, recorded by staff and allocated to their open orders.
create table bank_receipts (
  tenant_id        uuid        not null,
  id               uuid        not null default gen_random_uuid(),
  customer_id      uuid,
  amount           bigint      not null check (amount > 0),
  currency         text        not null,
  received_on      date        not null,
  reference        text        not null default '',
  idempotency_key  text        not null,
  entry_id         uuid,
  created_by       text,
  created_at       timestamptz not null default now(),
  primary key (tenant_id, id),
  constraint bank_receipts_idempotency_key unique (tenant_id, idempotency_key)
);

create table payment_runs (
  tenant_id     uuid        not null,
  id            uuid        not null default gen_random_uuid(),
  number        bigint      generated always as identity,
  status        text        not null default 'draft' check (status in ('draft', 'posted', 'cancelled')),
  due_by        date        not null,
  payment_date  date,
  created_by    text,
  posted_by     text,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  posted_at     timestamptz,
  cancelled_at  timestamptz,
  primary key (tenant_id, id)
);
create index payment_runs_by_created on payment_runs (tenant_id, created_at, id);

-- A bill (or credit note) a run pays: its amount at most the item's open amount when the run posts.
create table payment_run_lines (
  tenant_id    uuid        not null,
  run_id       uuid        not null,
  item_id      uuid        not null,
  amount       bigint      not null,
  base_amount  bigint      not null,
  -- the supplier's entry once the run posted
  entry_id     uuid,
  primary key (tenant_id, run_id, item_id),
  foreign key (tenant_id, run_id) references payment_runs (tenant_id, id),
  foreign key (tenant_id, item_id) references open_items (tenant_id, id)
);

select enable_tenant_isolation('open_items');
select enable_tenant_isolation('open_item_allocations');
select enable_tenant_isolation('bank_receipts');
select enable_tenant_isolation('payment_runs');
select enable_tenant_isolation('payment_run_lines');

-- Allocations, like journal lines, are history: a re-opening is a new (negative) allocation.
revoke update, delete, truncate on open_item_allocations from ucos_app;
