-- Custom fields on customers and orders (issue 15 §3), as catalog has them on products (catalog's
-- 0047): the tenant's definitions of entity CUSTOMER or ORDER, and each customer's and order's values
-- as one JSON object keyed by the definition's key. What a definition and a value may be, and the
-- statements on this table, are the kit's (`@ucos/kit/custom-fields`, `custom-fields-store`). An
-- archived definition keeps its key (the values stay on the rows) and is neither shown nor accepted.
create table custom_field_definitions (
  tenant_id     uuid        not null,
  id            uuid        not null default gen_random_uuid(),
  entity        text        not null check (entity in ('CUSTOMER', 'ORDER')),
  key           text        not null check (key ~ '^[a-z][a-z0-9_]{0,39}$'),
  label         text        not null check (length(label) between 1 and 100),
  type          text        not null check (type in ('TEXT', 'NUMBER', 'BOOLEAN', 'DATE', 'ENUM', 'MONEY', 'REFERENCE')),
  required      boolean     not null default false,
  default_value jsonb,
  validation    jsonb       not null default '{}',
  visibility    text        not null default 'ADMIN' check (visibility in ('ADMIN', 'STOREFRONT')),
  position      integer     not null default 0,
  archived_at   timestamptz,
  version       integer     not null default 1,
  created_at    timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, entity, key)
);

select enable_tenant_isolation('custom_field_definitions');

alter table customers add column custom_fields jsonb not null default '{}';
alter table orders add column custom_fields jsonb not null default '{}';
