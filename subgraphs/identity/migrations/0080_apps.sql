-- Apps: what a tenant builds on the API (a storefront, a partner integration). An app owns its keys
-- and, for a storefront, the persisted documents its build publishes; the gateway lets a key of the
-- app run only those (gateway README, "Apps and their documents").
create table apps (
  tenant_id     uuid not null references tenants (tenant_id) on delete cascade,
  id            uuid not null default gen_random_uuid(),
  -- 'admin' is the in-repo admin alone: a tenant registers storefronts and partner integrations
  kind          text not null check (kind in ('storefront', 'partner', 'admin')),
  name          text not null check (length(btrim(name)) between 1 and 100),
  -- the in-repo app this row stands for ('storefront', 'admin'); its documents are the gateway's own
  -- manifests, so nothing is published for it
  built_in      text check (built_in in ('storefront', 'admin')),
  -- how long a superseded version of the documents stays live, so open pages of the last deploy work
  grace_seconds integer not null default 86400 check (grace_seconds between 0 and 2592000),
  archived_at   timestamptz,
  created_at    timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, built_in),
  check (kind <> 'admin' or built_in = 'admin')
);
select enable_tenant_isolation('apps');
-- the backfill below and api_key_use (security definer) read across tenants
create policy definer on apps to ucos_owner using (true) with check (true);

-- Versions are immutable: the service role may add one and read them, never change or delete one.
-- The newest is current; an older one stays live until the next was published grace_seconds ago.
create table app_document_versions (
  tenant_id      uuid not null,
  app_id         uuid not null,
  version        integer not null check (version > 0),
  -- { "<sha256 hex of the document>": "<document>" }, checked against the supergraph when published
  documents      jsonb not null,
  document_count integer not null check (document_count >= 0),
  published_at   timestamptz not null default now(),
  published_by   text,
  primary key (tenant_id, app_id, version),
  foreign key (tenant_id, app_id) references apps (tenant_id, id) on delete cascade
);
select enable_tenant_isolation('app_document_versions');
revoke update, delete on app_document_versions from ucos_app;

-- Each published version is announced on commit (a rolled-back publish announces nothing); identity
-- forwards it to Redis for every gateway (src/revocation-broadcast.ts).
create function app_documents_notify() returns trigger language plpgsql as $$
begin
  perform pg_notify('ucos_app_documents',
    json_build_object('tenantId', new.tenant_id, 'appId', new.app_id, 'version', new.version)::text);
  return new;
end $$;
create trigger app_documents_notify after insert on app_document_versions
  for each row execute function app_documents_notify();

-- A key may belong to an app; a key without one keeps the rules it had (the in-repo apps' documents).
alter table api_keys add column app_id uuid;
alter table api_keys add foreign key (tenant_id, app_id) references apps (tenant_id, id);
-- 0030 grants the readable columns one by one; a new column is granted here (to ucos_app, the runner moves it)
grant select (app_id) on api_keys to ucos_app;

-- the gateway learns the key's app (and whether it is a built-in one) when it resolves the key
drop function api_key_use(text);
create function api_key_use(p_key_hash text)
  returns table (id uuid, tenant_id uuid, kind text, scopes text[], expires_at timestamptz, revoked_at timestamptz,
                 rate_limit_tier text, app_id uuid, app_built_in text)
  language sql volatile security definer set search_path from current as $$
  with found as (
    select k.id, k.tenant_id, k.kind, k.scopes, k.expires_at, k.revoked_at, k.rate_limit_tier, k.app_id, a.built_in
      from api_keys k left join apps a on a.tenant_id = k.tenant_id and a.id = k.app_id
     where k.key_hash = p_key_hash
  ), noted as (
    update api_keys k set last_used_at = now()
      from found f
     where k.tenant_id = f.tenant_id and k.id = f.id
       and f.revoked_at is null and (f.expires_at is null or f.expires_at > now())
       and (k.last_used_at is null or k.last_used_at < now() - interval '60 seconds')
  )
  select found.id, found.tenant_id, found.kind, found.scopes, found.expires_at, found.revoked_at,
         found.rate_limit_tier, found.app_id, found.built_in
    from found
$$;
revoke all on function api_key_use(text) from public;
grant execute on function api_key_use(text) to ucos_app;

-- Every existing tenant gets the two in-repo apps, and its storefront keys belong to the storefront.
insert into apps (tenant_id, kind, name, built_in)
select t.tenant_id, b.kind, b.name, b.built_in
  from tenants t
 cross join (values ('storefront', 'Storefront (built-in)', 'storefront'), ('admin', 'Admin (built-in)', 'admin'))
         as b (kind, name, built_in);
update api_keys k set app_id = a.id
  from apps a
 where a.tenant_id = k.tenant_id and a.built_in = 'storefront' and k.kind = 'publishable_key' and k.app_id is null;
