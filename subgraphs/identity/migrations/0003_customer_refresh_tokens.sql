-- Shoppers' refresh tokens: short-lived customer access tokens are renewed without the password.
-- Same rotation as staff sessions: each token works once; presenting a rotated one revokes its family.
create table customer_refresh_tokens (
  tenant_id   uuid        not null,
  id          uuid        not null default gen_random_uuid(),
  family_id   uuid        not null,
  customer_id uuid        not null,
  token_hash  text        not null,
  expires_at  timestamptz not null,
  revoked_at  timestamptz,
  replaced_by uuid,
  created_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, customer_id) references customer_accounts (tenant_id, id) on delete cascade
);
create index customer_refresh_tokens_family on customer_refresh_tokens (tenant_id, family_id);

alter table customer_refresh_tokens enable row level security;
alter table customer_refresh_tokens force row level security;
create policy tenant_isolation on customer_refresh_tokens
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
