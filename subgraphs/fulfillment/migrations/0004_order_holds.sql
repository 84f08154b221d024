-- Orders' holds as fulfillment knows them (fed by orders.order.hold_placed / hold_released): while an
-- order has an open hold, no shipment is created, packed or shipped. One row per hold, so events that
-- arrive out of order or twice end in the same state (a release is never undone by a late placement).
-- No foreign key to order_views: a hold may be heard of before the order itself.
create table order_hold_views (
  tenant_id   uuid        not null,
  hold_id     uuid        not null,
  order_id    uuid        not null,
  reason      text        not null,
  source      text        not null,
  open        boolean     not null,
  updated_at  timestamptz not null default now(),
  primary key (tenant_id, hold_id)
);
create index order_hold_views_open on order_hold_views (tenant_id, order_id) where open;

alter table order_hold_views enable row level security;
alter table order_hold_views force row level security;
create policy tenant_isolation on order_hold_views
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
