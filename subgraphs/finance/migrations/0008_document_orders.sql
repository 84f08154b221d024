-- The order a shipment or a return belongs to. Their entries name only themselves as the source
-- (`shipment.shipped` / shipment id, `return.received`, `return.refunded`, `return.tax` / return id),
-- so the order their events carry is kept here: the general ledger and a journal entry link the
-- order (and its invoice), and the journal's order filter finds the order's shipments and returns.
-- Entries posted before this table have no row: they keep linking only themselves.
create table document_orders (
  tenant_id   uuid        not null,
  -- the shipment's or return's id, as its entries' source_id
  document_id text        not null,
  order_id    uuid        not null,
  recorded_at timestamptz not null default now(),
  primary key (tenant_id, document_id)
);
create index document_orders_by_order on document_orders (tenant_id, order_id);

select enable_tenant_isolation('document_orders');
