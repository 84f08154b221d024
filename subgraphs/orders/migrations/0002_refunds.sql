-- Money given back for returned goods: one row per return, so a redelivered event refunds once.
create table order_refunds (
  tenant_id  uuid        not null,
  id         uuid        not null default gen_random_uuid(),
  order_id   uuid        not null,
  return_id  uuid        not null,
  amount     bigint      not null check (amount >= 0),
  currency   text        not null,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, return_id),
  foreign key (tenant_id, order_id) references orders (tenant_id, id)
);

alter table order_refunds enable row level security;
alter table order_refunds force row level security;
create policy tenant_isolation on order_refunds
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
revoke update, delete on order_refunds from ucos_app;
