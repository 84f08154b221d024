-- A stock movement's id and cursor were its ledger sequence number, a counter shared by every
-- tenant: anyone paging their own ledger could watch the whole platform's stock traffic. Each
-- movement gets a random public id; the sequence stays internal, for ordering only.
alter table stock_movements add column public_id uuid not null default gen_random_uuid();
create unique index stock_movements_public_id on stock_movements (tenant_id, public_id);
