-- Customer invoices and credit notes. Issued from orders' events (on capture or on first shipment,
-- the tenant's `invoice_trigger`), numbered gapless per tenant, series and year from a counter row
-- locked inside the issuing transaction, and never edited once issued (no update or delete for the
-- service role): a correction is a credit note, which can never credit more than the invoice left.

-- The tenant's invoicing settings: when invoices are issued and what the seller block says. The
-- tenant's name, locale and time zone come from identity's `identity.tenant.settings_changed`.
create table invoice_settings (
  tenant_id          uuid        not null primary key,
  invoice_trigger    text        not null default 'capture' check (invoice_trigger in ('capture', 'shipment')),
  seller_legal_name  text        not null default '' check (length(seller_legal_name) <= 200),
  seller_address     text        not null default '' check (length(seller_address) <= 500),
  seller_tax_id      text        not null default '' check (length(seller_tax_id) <= 50),
  payment_terms_days integer     not null default 14 check (payment_terms_days between 0 and 365),
  tenant_name        text        not null default '',
  tenant_locale      text,
  time_zone          text,
  updated_at         timestamptz not null default now()
);

-- What finance knows of an order for invoicing: the placement's document (`orders.order.created`)
-- and whether it was captured or first shipped. Either may arrive first; the invoice is issued when
-- the document and the tenant's trigger are both there.
create table invoice_sources (
  tenant_id   uuid        not null,
  order_id    uuid        not null,
  document    jsonb,
  placed_at   timestamptz,
  captured_at timestamptz,
  shipped_at  timestamptz,
  -- credits asked for (a refund) before the invoice existed: issued right after it
  pending_credits jsonb   not null default '[]',
  primary key (tenant_id, order_id)
);

-- One row per tenant, series (INV, CN) and year: the last number given. Taken with the issue's row
-- lock, so a rolled-back issue gives its number back and two issues never share one.
create table invoice_counters (
  tenant_id   uuid    not null,
  series      text    not null check (series in ('INV', 'CN')),
  year        integer not null check (year between 2000 and 9999),
  last_number integer not null check (last_number >= 0),
  primary key (tenant_id, series, year)
);

create table invoices (
  tenant_id          uuid        not null,
  id                 uuid        not null default gen_random_uuid(),
  kind               text        not null check (kind in ('invoice', 'credit_note')),
  number             text        not null,
  year               integer     not null,
  sequence           integer     not null check (sequence > 0),
  -- the document it was issued from: (`order`, order id) for an invoice; (`order.refunded`, order id),
  -- (`return.refunded`, return id) or (`manual`, request id) for a credit note
  source_type        text        not null,
  source_id          text        not null,
  -- the invoice a credit note credits
  credited_invoice_id uuid,
  reason             text,
  order_id           uuid        not null,
  order_number       integer     not null,
  currency           text        not null check (currency ~ '^[A-Z]{3}$'),
  seller             jsonb       not null,
  buyer              jsonb       not null,
  customer_email     text        not null,
  subtotal_amount    bigint      not null check (subtotal_amount >= 0),
  discount_amount    bigint      not null default 0 check (discount_amount >= 0),
  shipping_amount    bigint      not null check (shipping_amount >= 0),
  tax_amount         bigint      not null check (tax_amount >= 0),
  total_amount       bigint      not null check (total_amount >= 0),
  -- [{ rateBps, baseAmount, taxAmount }], one entry per tax rate
  tax_breakdown      jsonb       not null,
  issue_date         date        not null,
  due_date           date        not null,
  issued_at          timestamptz not null default now(),
  primary key (tenant_id, id),
  constraint invoices_source_key unique (tenant_id, source_type, source_id),
  constraint invoices_number_key unique (tenant_id, number),
  constraint invoices_sequence_key unique (tenant_id, kind, year, sequence),
  foreign key (tenant_id, credited_invoice_id) references invoices (tenant_id, id),
  check ((kind = 'credit_note') = (credited_invoice_id is not null)),
  check (total_amount = subtotal_amount - discount_amount + shipping_amount + tax_amount)
);
create index invoices_by_issue on invoices (tenant_id, issued_at, id);
create index invoices_by_order on invoices (tenant_id, order_id);
create index invoices_by_email on invoices (tenant_id, lower(customer_email));
create index invoices_by_credited on invoices (tenant_id, credited_invoice_id) where credited_invoice_id is not null;
-- an order has one invoice
create unique index invoices_one_per_order on invoices (tenant_id, order_id) where kind = 'invoice';

create table invoice_lines (
  tenant_id    uuid    not null,
  invoice_id   uuid    not null,
  line_no      integer not null,
  sku          text    not null,
  title        text    not null,
  quantity     integer not null check (quantity > 0),
  unit_amount  bigint  not null check (unit_amount >= 0),
  line_amount  bigint  not null check (line_amount >= 0),
  tax_rate_bps integer not null check (tax_rate_bps between 0 and 10000),
  primary key (tenant_id, invoice_id, line_no),
  foreign key (tenant_id, invoice_id) references invoices (tenant_id, id)
);

-- What is left to credit on each invoice; credit notes lock this row (`for update`) and the check
-- refuses crediting more than the invoice's total, whatever the code does.
create table invoice_balances (
  tenant_id       uuid   not null,
  invoice_id      uuid   not null,
  total_amount    bigint not null,
  credited_amount bigint not null default 0,
  primary key (tenant_id, invoice_id),
  foreign key (tenant_id, invoice_id) references invoices (tenant_id, id),
  check (credited_amount between 0 and total_amount)
);

select enable_tenant_isolation('invoice_settings');
select enable_tenant_isolation('invoice_sources');
select enable_tenant_isolation('invoice_counters');
select enable_tenant_isolation('invoices');
select enable_tenant_isolation('invoice_lines');
select enable_tenant_isolation('invoice_balances');

-- Issued documents are never edited or removed: a correction is a credit note.
revoke update, delete, truncate on invoices from ucos_app;
revoke update, delete, truncate on invoice_lines from ucos_app;
