-- Goods receipts: what arrived at a warehouse against lines of one purchase order, accepted and
-- rejected (with a reason). A draft changes nothing; posting adds the quantities to the order lines
-- (receipt_over_tolerance_percent bounds the accepted total) and publishes `procurement.receipt.posted`.

create table receipts (
  tenant_id          uuid        not null,
  id                 uuid        not null default gen_random_uuid(),
  number             text        not null,
  purchase_order_id  uuid        not null,
  warehouse_id       uuid        not null,
  status             text        not null default 'DRAFT' check (status in ('DRAFT', 'POSTED', 'DISCARDED')),
  note               text,
  created_by         text,
  created_at         timestamptz not null default now(),
  posted_by          text,
  posted_at          timestamptz,
  discarded_by       text,
  discarded_at       timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, number),
  foreign key (tenant_id, purchase_order_id) references purchase_orders (tenant_id, id),
  check ((status = 'POSTED') = (posted_at is not null))
);
create index receipts_by_created on receipts (tenant_id, created_at desc, id desc);
create index receipts_by_order on receipts (tenant_id, purchase_order_id, created_at desc, id desc);

-- The unit costs are those of the order line when the receipt was posted: supplier currency minor
-- units and base currency minor units (× the order's exchange rate, fractional).
create table receipt_lines (
  tenant_id               uuid          not null,
  id                      uuid          not null default gen_random_uuid(),
  receipt_id              uuid          not null,
  position                integer       not null check (position >= 1),
  purchase_order_line_id  uuid          not null,
  variant_id              uuid          not null,
  warehouse_id            uuid          not null,
  accepted_quantity       integer       not null check (accepted_quantity >= 0),
  rejected_quantity       integer       not null check (rejected_quantity >= 0),
  rejection_reason        text,
  supplier_unit_cost      bigint,
  unit_cost               numeric(24,6),
  primary key (tenant_id, id),
  unique (tenant_id, receipt_id, position),
  unique (tenant_id, receipt_id, purchase_order_line_id),
  foreign key (tenant_id, receipt_id) references receipts (tenant_id, id) on delete cascade,
  foreign key (tenant_id, purchase_order_line_id) references purchase_order_lines (tenant_id, id),
  check (accepted_quantity + rejected_quantity > 0),
  check (rejected_quantity = 0 or rejection_reason is not null)
);
create index receipt_lines_by_order_line on receipt_lines (tenant_id, purchase_order_line_id);

select enable_tenant_isolation('receipts');
select enable_tenant_isolation('receipt_lines');
