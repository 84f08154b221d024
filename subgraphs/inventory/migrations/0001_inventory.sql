-- Inventory: warehouses, stock levels per variant x warehouse, the immutable movement ledger,
-- reservations and idempotency keys. Variants belong to catalog: variant_id is catalog's uuid, with no
-- foreign key across domains. Every table is tenant-owned and guarded by RLS on tenant_id.

create table warehouses (
  tenant_id  uuid        not null,
  id         uuid        not null default gen_random_uuid(),
  code       text        not null check (code ~ '^[A-Z0-9][A-Z0-9_-]{0,31}$'),
  name       text        not null check (length(name) between 1 and 200),
  active     boolean     not null default true,
  version    integer     not null default 1,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, code)
);

-- available = on_hand - reserved; the checks make overselling impossible even for a buggy caller.
create table stock_levels (
  tenant_id           uuid        not null,
  variant_id          uuid        not null,
  warehouse_id        uuid        not null,
  on_hand             integer     not null default 0,
  reserved            integer     not null default 0,
  incoming            integer     not null default 0 check (incoming >= 0),
  low_stock_threshold integer     check (low_stock_threshold >= 0),
  updated_at          timestamptz not null default now(),
  primary key (tenant_id, variant_id, warehouse_id),
  foreign key (tenant_id, warehouse_id) references warehouses (tenant_id, id),
  constraint stock_levels_invariant check (on_hand >= 0 and reserved >= 0 and reserved <= on_hand)
);
create index stock_levels_by_warehouse on stock_levels (tenant_id, warehouse_id, variant_id);

create table reservations (
  tenant_id  uuid        not null,
  id         uuid        not null default gen_random_uuid(),
  reference  text        not null check (length(reference) between 1 and 200),
  status     text        not null default 'ACTIVE' check (status in ('ACTIVE', 'COMMITTED', 'RELEASED', 'EXPIRED')),
  -- null: held until committed or released (an order confirmed the reservation)
  expires_at timestamptz,
  actor_kind text        not null,
  actor_id   text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant_id, id)
);
create index reservations_by_reference on reservations (tenant_id, reference);
create index reservations_recent on reservations (tenant_id, created_at desc, id desc);
create index reservations_expiring on reservations (expires_at) where status = 'ACTIVE' and expires_at is not null;

create table reservation_lines (
  tenant_id      uuid    not null,
  reservation_id uuid    not null,
  variant_id     uuid    not null,
  warehouse_id   uuid    not null,
  quantity       integer not null check (quantity > 0),
  committed      integer not null default 0,
  released       integer not null default 0,
  primary key (tenant_id, reservation_id, variant_id, warehouse_id),
  foreign key (tenant_id, reservation_id) references reservations (tenant_id, id),
  foreign key (tenant_id, warehouse_id) references warehouses (tenant_id, id),
  constraint reservation_lines_balance check (committed >= 0 and released >= 0 and committed + released <= quantity)
);

-- The ledger: one row per change of on_hand and/or reserved. Append-only for the application.
create table stock_movements (
  tenant_id      uuid        not null,
  id             bigint      generated always as identity,
  variant_id     uuid        not null,
  warehouse_id   uuid        not null,
  on_hand_delta  integer     not null,
  reserved_delta integer     not null,
  reason         text        not null check (reason in ('ADJUSTMENT', 'TRANSFER_OUT', 'TRANSFER_IN', 'RESERVATION',
                   'RESERVATION_RELEASE', 'SHIPMENT', 'RETURN', 'RECEIPT')),
  actor_kind     text        not null,
  actor_id       text,
  reference      text,
  note           text,
  reservation_id uuid,
  occurred_at    timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, warehouse_id) references warehouses (tenant_id, id),
  check (on_hand_delta <> 0 or reserved_delta <> 0)
);
create index stock_movements_by_variant on stock_movements (tenant_id, variant_id, id desc);
create index stock_movements_by_warehouse on stock_movements (tenant_id, warehouse_id, id desc);
revoke update, delete, truncate on stock_movements from ucos_app;

-- (tenant, key) -> the first successful result of a stock-moving mutation, written in its transaction.
create table idempotency_keys (
  tenant_id    uuid        not null,
  key          text        not null check (length(key) between 1 and 200),
  operation    text        not null,
  request_hash text        not null,
  response     jsonb,
  created_at   timestamptz not null default now(),
  primary key (tenant_id, key)
);

do $$
declare t text;
begin
  foreach t in array array['warehouses', 'stock_levels', 'reservations', 'reservation_lines', 'stock_movements',
    'idempotency_keys'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format($p$create policy tenant_isolation on %I
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)$p$, t);
  end loop;
end $$;

-- The sweeper must find expired reservations of every tenant. It reads them only through this
-- function (ids and tenants, nothing else), then releases each inside that tenant's own transaction,
-- where the status and expiry are checked again under a row lock.
create policy sweeper on reservations for select to ucos_owner using (true);

create function reservations_expired(batch integer)
  returns table (tenant_id uuid, id uuid)
  language sql stable security definer set search_path from current as $$
  select r.tenant_id, r.id from reservations r
   where r.status = 'ACTIVE' and r.expires_at is not null and r.expires_at <= now()
   order by r.expires_at limit batch
$$;
revoke all on function reservations_expired(integer) from public;
grant execute on function reservations_expired(integer) to ucos_app;
