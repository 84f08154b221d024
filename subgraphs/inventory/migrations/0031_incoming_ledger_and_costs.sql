-- What procurement's events tell inventory, kept per purchase-order line: ordered and cancelled are
-- absolute (set by approved/changed/cancelled/closed, only from a newer order version), received
-- grows with each posted receipt. The line contributes max(0, ordered - cancelled - received) to its
-- level's incoming, and every change moves stock_levels.incoming by the difference of that
-- contribution in the same transaction, so arrival order does not matter and incoming cannot go
-- negative.
create table incoming_lines (
  tenant_id              uuid        not null,
  purchase_order_line_id uuid        not null,
  purchase_order_id      uuid        not null,
  variant_id             uuid        not null,
  warehouse_id           uuid        not null,
  ordered                integer     not null default 0 check (ordered >= 0),
  cancelled              integer     not null default 0 check (cancelled >= 0),
  received               integer     not null default 0 check (received >= 0),
  -- the order version ordered/cancelled come from; null while only receipts have named the line
  version                integer,
  updated_at             timestamptz not null default now(),
  primary key (tenant_id, purchase_order_line_id),
  foreign key (tenant_id, warehouse_id) references warehouses (tenant_id, id)
);
create index incoming_lines_by_order on incoming_lines (tenant_id, purchase_order_id);
select enable_tenant_isolation('incoming_lines');

-- The newest version of each order whose lines were applied: an order event applies only when newer,
-- even when the newer version listed no lines at all (kept per order, not only per line).
create table incoming_orders (
  tenant_id         uuid        not null,
  purchase_order_id uuid        not null,
  version           integer     not null,
  updated_at        timestamptz not null default now(),
  primary key (tenant_id, purchase_order_id)
);
select enable_tenant_isolation('incoming_orders');

-- One row per receipt applied: the receipt's stock and cost move once even if procurement published
-- it twice under different message ids (the consumer's processed_messages covers one id).
create table applied_receipts (
  tenant_id  uuid        not null,
  receipt_id uuid        not null,
  applied_at timestamptz not null default now(),
  primary key (tenant_id, receipt_id)
);
select enable_tenant_isolation('applied_receipts');

-- The moving-average unit cost per variant across warehouses, in the tenant's base currency, in
-- minor units with fractions (numeric, never float: finance values stock with it).
create table variant_costs (
  tenant_id       uuid           not null,
  variant_id      uuid           not null,
  average_cost    numeric(24, 6) not null check (average_cost >= 0),
  currency        text           not null check (currency ~ '^[A-Z]{3}$'),
  last_receipt_id uuid           not null,
  updated_at      timestamptz    not null default now(),
  primary key (tenant_id, variant_id)
);
select enable_tenant_isolation('variant_costs');
