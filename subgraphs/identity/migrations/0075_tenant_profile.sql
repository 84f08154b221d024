-- The merchant's business profile: the legal name, tax id and address its invoices and mails print.
-- Empty until staff fill them in (the API checks the tax id's format and the address per country,
-- src/schema/tenant.ts); the database only bounds their shape. Announced to every domain with the
-- tenant's other settings (`identity.tenant.settings_changed`).
alter table tenants
  add column legal_name text not null default '' check (length(legal_name) <= 200),
  add column tax_id text not null default '' check (tax_id ~ '^[A-Z0-9+*]{0,20}$'),
  add column address jsonb check (address is null or jsonb_typeof(address) = 'object');
