-- Per-tenant fulfillment settings (issue 14): the return window, in days after the order's latest
-- shipment left or was delivered, within which its shopper may request a return. A tenant without a
-- row uses the default (DEFAULT_RETURN_WINDOW_DAYS in src/data/settings.ts); 0 means shoppers cannot
-- request returns themselves (staff still can).
create table settings (
  tenant_id          uuid        not null primary key,
  return_window_days integer     not null check (return_window_days between 0 and 365),
  updated_at         timestamptz not null default now()
);

alter table settings enable row level security;
alter table settings force row level security;
create policy tenant_isolation on settings
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
