-- Procurement: the tenant's purchasing settings, suppliers (contacts, the items they sell us), purchase
-- orders with their lines and an append-only history, document numbers and idempotency keys.
-- Variants and warehouses belong to catalog and inventory: their ids are plain uuids here.
-- Migrations 0001–0009 are the suppliers and purchase orders; 0010–0019 are receipts and bills.

-- One row per tenant, created on first use with the defaults. Tolerances are percents of the ordered
-- quantity or the order's unit price; the price tolerance also has an absolute part in minor units.
create table settings (
  tenant_id                         uuid         not null primary key,
  base_currency                     char(3)      not null default 'EUR',
  receipt_over_tolerance_percent    numeric(7,3) not null default 0 check (receipt_over_tolerance_percent between 0 and 1000),
  match_quantity_tolerance_percent  numeric(7,3) not null default 0 check (match_quantity_tolerance_percent between 0 and 1000),
  match_price_tolerance_percent     numeric(7,3) not null default 0 check (match_price_tolerance_percent between 0 and 1000),
  match_price_tolerance_amount      bigint       not null default 0 check (match_price_tolerance_amount >= 0),
  version                           integer      not null default 1,
  updated_at                        timestamptz  not null default now(),
  updated_by                        text
);

-- The last number handed out per document kind ('PO', 'GR', 'BILL'): taken with
-- `insert … on conflict do update … returning`, so two orders never share a number and a rolled-back
-- one leaves no gap (the row lock is held to the commit).
create table document_counters (
  tenant_id  uuid    not null,
  kind       text    not null check (kind in ('PO', 'GR', 'BILL')),
  last_value bigint  not null check (last_value > 0),
  primary key (tenant_id, kind)
);

create table suppliers (
  tenant_id                       uuid         not null,
  id                              uuid         not null default gen_random_uuid(),
  code                            text         not null check (length(code) between 1 and 64),
  name                            text         not null check (length(name) between 1 and 200),
  email                           text,
  phone                           text,
  currency                        char(3)      not null,
  payment_terms_days              integer      not null default 30 check (payment_terms_days between 0 and 365),
  early_payment_discount_percent  numeric(5,2) not null default 0 check (early_payment_discount_percent between 0 and 100),
  early_payment_discount_days     integer      not null default 0 check (early_payment_discount_days between 0 and 365),
  lead_time_days                  integer      not null default 7 check (lead_time_days between 0 and 365),
  tax_id                          text,
  address                         text,
  notes                           text,
  active                          boolean      not null default true,
  version                         integer      not null default 1,
  created_at                      timestamptz  not null default now(),
  updated_at                      timestamptz  not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, code)
);
create index suppliers_by_name on suppliers (tenant_id, lower(name), id);

create table supplier_contacts (
  tenant_id    uuid        not null,
  id           uuid        not null default gen_random_uuid(),
  supplier_id  uuid        not null,
  name         text        not null check (length(name) between 1 and 200),
  email        text,
  phone        text,
  role         text,
  created_at   timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, supplier_id) references suppliers (tenant_id, id) on delete cascade
);
create index supplier_contacts_by_supplier on supplier_contacts (tenant_id, supplier_id, created_at);

-- What a supplier sells us: per variant its SKU, the unit cost in the supplier's currency (minor
-- units), the order minimum and pack size, and a lead time that overrides the supplier's.
create table supplier_items (
  tenant_id               uuid        not null,
  id                      uuid        not null default gen_random_uuid(),
  supplier_id             uuid        not null,
  variant_id              uuid        not null,
  supplier_sku            text,
  unit_cost               bigint      not null check (unit_cost >= 0),
  minimum_order_quantity  integer     not null default 1 check (minimum_order_quantity >= 1),
  pack_size               integer     not null default 1 check (pack_size >= 1),
  lead_time_days          integer     check (lead_time_days between 0 and 365),
  preferred               boolean     not null default false,
  created_at              timestamptz not null default now(),
  updated_at              timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, supplier_id, variant_id),
  foreign key (tenant_id, supplier_id) references suppliers (tenant_id, id) on delete cascade
);
-- one preferred supplier per variant: the one replenishment proposes
create unique index supplier_items_one_preferred on supplier_items (tenant_id, variant_id) where preferred;
create index supplier_items_by_variant on supplier_items (tenant_id, variant_id);

-- Amounts are in the supplier's currency (minor units) and in the tenant's base currency at the
-- exchange rate recorded on the order (base minor units per supplier minor unit). `version` grows with
-- every change, and is the version of the events inventory applies.
create table purchase_orders (
  tenant_id             uuid           not null,
  id                    uuid           not null default gen_random_uuid(),
  number                text           not null,
  supplier_id           uuid           not null,
  status                text           not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'APPROVED',
                          'SENT', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CLOSED', 'CANCELLED')),
  currency              char(3)        not null,
  base_currency         char(3)        not null,
  exchange_rate         numeric(20,10) not null check (exchange_rate > 0),
  subtotal_amount       bigint         not null default 0,
  tax_amount            bigint         not null default 0,
  total_amount          bigint         not null default 0,
  base_subtotal_amount  bigint         not null default 0,
  base_tax_amount       bigint         not null default 0,
  base_total_amount     bigint         not null default 0,
  expected_at           date,
  warehouse_id          uuid,
  notes                 text,
  version               integer        not null default 1,
  created_by            text,
  created_at            timestamptz    not null default now(),
  updated_at            timestamptz    not null default now(),
  submitted_by          text,
  submitted_at          timestamptz,
  approved_by           text,
  approved_via          text           check (approved_via in ('rule', 'workflow')),
  approved_at           timestamptz,
  rejected_by           text,
  rejected_at           timestamptz,
  rejection_comment     text,
  sent_by               text,
  sent_at               timestamptz,
  received_at           timestamptz,
  cancelled_by          text,
  cancelled_at          timestamptz,
  cancel_reason         text,
  closed_by             text,
  closed_at             timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, number),
  foreign key (tenant_id, supplier_id) references suppliers (tenant_id, id),
  check (subtotal_amount >= 0 and tax_amount >= 0 and total_amount >= 0 and base_subtotal_amount >= 0
    and base_tax_amount >= 0 and base_total_amount >= 0)
);
create index purchase_orders_by_created on purchase_orders (tenant_id, created_at desc, id desc);
create index purchase_orders_by_status on purchase_orders (tenant_id, status, created_at desc, id desc);
create index purchase_orders_by_supplier on purchase_orders (tenant_id, supplier_id, created_at desc, id desc);

-- The receiving lane keeps the received, rejected, cancelled and billed quantities and the received
-- base value (Σ accepted × base unit cost, fractional) on the line it receives and bills against.
create table purchase_order_lines (
  tenant_id            uuid          not null,
  id                   uuid          not null default gen_random_uuid(),
  purchase_order_id    uuid          not null,
  position             integer       not null check (position >= 1),
  variant_id           uuid          not null,
  sku                  text          not null,
  description          text          not null,
  supplier_sku         text,
  warehouse_id         uuid          not null,
  quantity             integer       not null check (quantity >= 1),
  unit_cost            bigint        not null check (unit_cost >= 0),
  tax_rate             numeric(7,4)  not null default 0 check (tax_rate between 0 and 100),
  expected_at          date,
  quantity_received    integer       not null default 0 check (quantity_received >= 0),
  quantity_rejected    integer       not null default 0 check (quantity_rejected >= 0),
  quantity_cancelled   integer       not null default 0 check (quantity_cancelled >= 0),
  quantity_billed      integer       not null default 0 check (quantity_billed >= 0),
  received_base_value  numeric(24,6) not null default 0 check (received_base_value >= 0),
  created_at           timestamptz   not null default now(),
  updated_at           timestamptz   not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, purchase_order_id, position),
  foreign key (tenant_id, purchase_order_id) references purchase_orders (tenant_id, id) on delete cascade
);
create index purchase_order_lines_by_variant on purchase_order_lines (tenant_id, variant_id);

-- Every change of an order, one row per version: who, what (`changes`: the fields and lines before
-- and after) and the comment. Append-only.
create table purchase_order_history (
  tenant_id          uuid        not null,
  id                 uuid        not null default gen_random_uuid(),
  purchase_order_id  uuid        not null,
  version            integer     not null,
  action             text        not null,
  actor_kind         text        not null,
  actor_id           text,
  comment            text,
  changes            jsonb       not null default '{}'::jsonb,
  occurred_at        timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, purchase_order_id, version),
  foreign key (tenant_id, purchase_order_id) references purchase_orders (tenant_id, id)
);
revoke update, delete, truncate on purchase_order_history from ucos_app;

-- (tenant, key) → the first successful result of an idempotent mutation, written in its transaction.
create table idempotency_keys (
  tenant_id     uuid        not null,
  key           text        not null check (length(key) between 1 and 200),
  operation     text        not null,
  request_hash  text        not null,
  response      jsonb,
  created_at    timestamptz not null default now(),
  primary key (tenant_id, key)
);

select enable_tenant_isolation('settings');
select enable_tenant_isolation('document_counters');
select enable_tenant_isolation('suppliers');
select enable_tenant_isolation('supplier_contacts');
select enable_tenant_isolation('supplier_items');
select enable_tenant_isolation('purchase_orders');
select enable_tenant_isolation('purchase_order_lines');
select enable_tenant_isolation('purchase_order_history');
select enable_tenant_isolation('idempotency_keys');
