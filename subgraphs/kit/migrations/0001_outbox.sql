-- The transactional outbox: a domain writes its events here in the same transaction as the change;
-- the relay publishes them to the bus. Tenants see only their own events; the relay reads across
-- tenants only through the two SECURITY DEFINER functions below.
create table outbox (
  tenant_id     uuid        not null,
  id            bigint      generated always as identity,
  event_id      uuid        not null,
  subject       text        not null,
  type          text        not null,
  version       integer     not null default 1,
  aggregate_type text       not null,
  aggregate_id  text        not null,
  payload       jsonb       not null,
  created_at    timestamptz not null default now(),
  published_at  timestamptz,
  attempts      integer     not null default 0,
  last_error    text,
  primary key (tenant_id, id),
  unique (tenant_id, event_id)
);
create index outbox_unpublished on outbox (id) where published_at is null;
create index outbox_by_aggregate on outbox (tenant_id, aggregate_type, aggregate_id, id);

alter table outbox enable row level security;
alter table outbox force row level security;
create policy tenant_isolation on outbox
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
create policy relay on outbox to ucos_owner using (true) with check (true);
revoke update, delete on outbox from ucos_app;

create function outbox_claim(batch integer)
  returns setof outbox language sql security definer set search_path from current as $$
  select * from outbox where published_at is null order by id limit batch for update skip locked
$$;

create function outbox_mark(published bigint[], failed bigint[], failure text)
  returns void language sql security definer set search_path from current as $$
  update outbox set published_at = now() where id = any(published);
  update outbox set attempts = attempts + 1, last_error = failure where id = any(failed);
$$;
revoke all on function outbox_claim(integer) from public;
revoke all on function outbox_mark(bigint[], bigint[], text) from public;
grant execute on function outbox_claim(integer) to ucos_app;
grant execute on function outbox_mark(bigint[], bigint[], text) to ucos_app;
