-- Holds on an order: a workflow or a member of staff stops the order from moving on (confirm,
-- payment capture, completion here; shipments in fulfillment, which learns holds from the events)
-- until every hold is released. The order's state machine is unchanged: a hold only refuses moves.
-- A hold is placed once per idempotency key (a workflow's retry returns the same hold).
create table order_holds (
  tenant_id        uuid        not null,
  id               uuid        not null default gen_random_uuid(),
  order_id         uuid        not null,
  reason           text        not null check (length(reason) between 1 and 1000),
  source           text        not null check (length(source) between 1 and 200),
  idempotency_key  text        check (length(idempotency_key) between 1 and 200),
  placed_by        text,
  placed_at        timestamptz not null default now(),
  released_at      timestamptz,
  released_by      text,
  release_note     text        check (length(release_note) <= 1000),
  primary key (tenant_id, id),
  foreign key (tenant_id, order_id) references orders (tenant_id, id) on delete cascade,
  constraint order_holds_idempotency_key unique (tenant_id, idempotency_key),
  check (released_at is not null or (released_by is null and release_note is null))
);
create index order_holds_by_order on order_holds (tenant_id, order_id, placed_at, id);
create index order_holds_open on order_holds (tenant_id, order_id) where released_at is null;

alter table order_holds enable row level security;
alter table order_holds force row level security;
create policy tenant_isolation on order_holds
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
-- holds are released, never deleted by the application
revoke delete on order_holds from ucos_app;
