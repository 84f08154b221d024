-- The tenant's locale (BCP 47: `en`, `de`, `pt-BR`): the language of the mail identity asks
-- notifications to send for the tenant (invitations, shoppers' registration and reset).
alter table tenants add column locale text not null default 'en'
  check (locale ~ '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$');
