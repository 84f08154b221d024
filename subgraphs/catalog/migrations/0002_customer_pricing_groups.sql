-- Which customer group a signed-in B2B buyer is priced at, as orders last reported it
-- (`orders.customer.pricing_group_changed`). Catalog's own read model: it never reads orders' tables.
create table customer_pricing_groups (
  tenant_id      uuid        not null,
  customer_id    uuid        not null,
  customer_group text,
  updated_at     timestamptz not null,
  primary key (tenant_id, customer_id)
);

alter table customer_pricing_groups enable row level security;
alter table customer_pricing_groups force row level security;
create policy tenant_isolation on customer_pricing_groups
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
