-- Fulfillment: a read model of orders (fed by orders' events), shipments, returns, and the history of
-- every shipment and return transition. Orders, variants and warehouses belong to other domains: their
-- ids are plain uuids here, with no foreign keys.
create table order_views (
  tenant_id    uuid        not null,
  order_id     uuid        not null,
  customer_id  uuid,
  currency     char(3)     not null,
  status       text        not null,
  updated_at   timestamptz not null default now(),
  primary key (tenant_id, order_id)
);

create table order_line_views (
  tenant_id    uuid        not null,
  order_id     uuid        not null,
  variant_id   uuid        not null,
  sku          text        not null,
  quantity     integer     not null check (quantity >= 0),
  unit_amount  bigint      not null,
  primary key (tenant_id, order_id, variant_id),
  foreign key (tenant_id, order_id) references order_views (tenant_id, order_id) on delete cascade
);

create table shipments (
  tenant_id        uuid        not null,
  id               uuid        not null default gen_random_uuid(),
  order_id         uuid        not null,
  warehouse_id     uuid,
  carrier          text        not null,
  service          text,
  tracking_number  text,
  status           text        not null default 'pending'
                     check (status in ('pending', 'packed', 'shipped', 'delivered', 'cancelled')),
  version          integer     not null default 1,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, order_id) references order_views (tenant_id, order_id)
);
create index shipments_by_order on shipments (tenant_id, order_id, created_at);

create table shipment_lines (
  tenant_id    uuid    not null,
  shipment_id  uuid    not null,
  variant_id   uuid    not null,
  quantity     integer not null check (quantity > 0),
  primary key (tenant_id, shipment_id, variant_id),
  foreign key (tenant_id, shipment_id) references shipments (tenant_id, id) on delete cascade
);

create table returns (
  tenant_id     uuid        not null,
  id            uuid        not null default gen_random_uuid(),
  order_id      uuid        not null,
  reason        text,
  warehouse_id  uuid,
  status        text        not null default 'requested'
                  check (status in ('requested', 'approved', 'received', 'refunded', 'rejected')),
  refund_amount bigint,
  version       integer     not null default 1,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, order_id) references order_views (tenant_id, order_id)
);
create index returns_by_order on returns (tenant_id, order_id, created_at);

create table return_lines (
  tenant_id   uuid    not null,
  return_id   uuid    not null,
  variant_id  uuid    not null,
  quantity    integer not null check (quantity > 0),
  primary key (tenant_id, return_id, variant_id),
  foreign key (tenant_id, return_id) references returns (tenant_id, id) on delete cascade
);

-- Every shipment and return transition: who, when, from what to what.
create table transitions (
  tenant_id       uuid        not null,
  id              bigint      generated always as identity,
  aggregate_type  text        not null check (aggregate_type in ('Shipment', 'Return')),
  aggregate_id    uuid        not null,
  from_state      text,
  to_state        text        not null,
  actor_kind      text        not null,
  actor_id        text,
  occurred_at     timestamptz not null default now(),
  primary key (tenant_id, id)
);
create index transitions_by_aggregate on transitions (tenant_id, aggregate_id, id);

do $$
declare t text;
begin
  foreach t in array array['order_views', 'order_line_views', 'shipments', 'shipment_lines', 'returns',
    'return_lines', 'transitions'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format($p$create policy tenant_isolation on %I
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)$p$, t);
  end loop;
end $$;
revoke update, delete on transitions from ucos_app;
