-- The merchant's business profile as identity announces it (`identity.tenant.settings_changed`): what an
-- invoice prints as the seller when finance's own invoice settings leave the field empty. The address
-- is kept as printed, one line per line.
alter table invoice_settings
  add column tenant_legal_name text not null default '',
  add column tenant_tax_id text not null default '',
  add column tenant_address text not null default '';
