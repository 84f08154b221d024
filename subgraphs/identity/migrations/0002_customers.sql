-- Storefront shoppers' credentials, per tenant (a shopper of one shop is unknown to another).
-- The orders domain owns the customer's profile, keyed by the same id.
create table customer_accounts (
  tenant_id     uuid        not null references tenants (tenant_id) on delete cascade,
  id            uuid        not null default gen_random_uuid(),
  email         text        not null,
  password_hash text        not null,
  name          text,
  created_at    timestamptz not null default now(),
  primary key (tenant_id, id)
);
create unique index customer_accounts_email on customer_accounts (tenant_id, lower(email));

alter table customer_accounts enable row level security;
alter table customer_accounts force row level security;
create policy tenant_isolation on customer_accounts
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
