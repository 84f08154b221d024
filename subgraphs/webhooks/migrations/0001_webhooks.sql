-- Webhooks: a tenant's endpoints (URL, event type filters, signing secrets) and the log of every
-- delivery to them. The worker's dispatcher claims due deliveries across tenants only through the
-- SECURITY DEFINER function `claim_due_deliveries` below; everything else runs in a tenant's unit of work.
create table endpoints (
  tenant_id            uuid        not null,
  id                   uuid        not null default gen_random_uuid(),
  url                  text        not null,
  description          text        not null default '',
  event_types          text[]      not null,
  enabled              boolean     not null default true,
  disabled_reason      text,
  consecutive_failures integer     not null default 0,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  primary key (tenant_id, id)
);
create index endpoints_by_created on endpoints (tenant_id, created_at, id);

-- Signing secrets, encrypted (AES-256-GCM, key from WEBHOOK_SECRET_KEY): the live ones sign every
-- delivery. A rotation sets `expires_at` on the old one (the overlap window) and adds a new one.
create table endpoint_secrets (
  tenant_id    uuid        not null,
  id           uuid        not null default gen_random_uuid(),
  endpoint_id  uuid        not null,
  ciphertext   text        not null,
  created_at   timestamptz not null default now(),
  expires_at   timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, endpoint_id) references endpoints (tenant_id, id) on delete cascade
);
create index endpoint_secrets_by_endpoint on endpoint_secrets (tenant_id, endpoint_id);

-- One row per (event, endpoint): the envelope to send and what the last attempt got back. `seq`
-- orders the deliveries of one aggregate to one endpoint: a later one waits while an earlier one is
-- pending. `lease_until` is the claim of the dispatcher replica sending it now.
create table deliveries (
  tenant_id            uuid        not null,
  id                   uuid        not null default gen_random_uuid(),
  seq                  bigint      generated always as identity,
  endpoint_id          uuid        not null,
  event_id             uuid        not null,
  event_type           text        not null,
  aggregate_key        text        not null,
  envelope             jsonb       not null,
  status               text        not null default 'pending' check (status in ('pending', 'succeeded', 'failed')),
  attempts             integer     not null default 0,
  -- failed attempts since it was created or redelivered: the retry schedule's position
  failures             integer     not null default 0,
  next_attempt_at      timestamptz not null default now(),
  lease_until          timestamptz,
  last_attempt_at      timestamptz,
  response_status      integer,
  latency_ms           integer,
  response_body        text,
  error                text,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, endpoint_id, event_id),
  foreign key (tenant_id, endpoint_id) references endpoints (tenant_id, id) on delete cascade
);
create index deliveries_by_endpoint on deliveries (tenant_id, endpoint_id, created_at, id);
create index deliveries_pending on deliveries (next_attempt_at) where status = 'pending';
create index deliveries_pending_by_aggregate on deliveries (tenant_id, endpoint_id, aggregate_key, seq)
  where status = 'pending';

alter table endpoints enable row level security;
alter table endpoints force row level security;
create policy tenant_isolation on endpoints
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
create policy dispatcher on endpoints to ucos_owner using (true);

alter table endpoint_secrets enable row level security;
alter table endpoint_secrets force row level security;
create policy tenant_isolation on endpoint_secrets
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table deliveries enable row level security;
alter table deliveries force row level security;
create policy tenant_isolation on deliveries
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
create policy dispatcher on deliveries to ucos_owner using (true) with check (true);

-- Claims up to `batch` due deliveries of enabled endpoints, across tenants, for `lease_ms`: each is
-- the earliest pending one of its aggregate for its endpoint, and no other replica holds it
-- (FOR UPDATE SKIP LOCKED, then the lease). Returns only the keys: the dispatcher reads each
-- delivery in its tenant's unit of work.
create function claim_due_deliveries(batch integer, lease_ms integer)
  returns table (tenant_id uuid, id uuid) language sql security definer set search_path from current as $$
  with due as (
    select d.tenant_id, d.id
      from deliveries d
      join endpoints e on e.tenant_id = d.tenant_id and e.id = d.endpoint_id and e.enabled
     where d.status = 'pending'
       and d.next_attempt_at <= now()
       and (d.lease_until is null or d.lease_until < now())
       and not exists (
         select 1 from deliveries p
          where p.tenant_id = d.tenant_id and p.endpoint_id = d.endpoint_id
            and p.aggregate_key = d.aggregate_key and p.status = 'pending' and p.seq < d.seq)
     order by d.next_attempt_at, d.seq
     limit batch
     for update of d skip locked
  )
  update deliveries x set lease_until = now() + make_interval(secs => lease_ms / 1000.0)
    from due where x.tenant_id = due.tenant_id and x.id = due.id
  returning x.tenant_id, x.id
$$;

-- When the next delivery is due (for the dispatcher's timer), across tenants.
create function next_delivery_due()
  returns timestamptz language sql stable security definer set search_path from current as $$
  select min(greatest(d.next_attempt_at, coalesce(d.lease_until, d.next_attempt_at)))
    from deliveries d join endpoints e on e.tenant_id = d.tenant_id and e.id = d.endpoint_id and e.enabled
   where d.status = 'pending'
$$;

revoke all on function claim_due_deliveries(integer, integer) from public;
revoke all on function next_delivery_due() from public;
grant execute on function claim_due_deliveries(integer, integer) to ucos_app;
grant execute on function next_delivery_due() to ucos_app;
