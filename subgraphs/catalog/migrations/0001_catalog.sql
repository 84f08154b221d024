-- The catalog: products, variants, categories, collections, price lists and prices, plus the
-- availability read model fed by inventory's events. Every table leads its keys with tenant_id and
-- is protected by the tenant policy (see the kit README).

-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner (ucos_owner, who runs this)
-- may create it without superuser. It lives in public so every schema's search can use it.
create extension if not exists pg_trgm with schema public;

create table categories (
  tenant_id  uuid        not null,
  id         uuid        not null default gen_random_uuid(),
  parent_id  uuid,
  name       text        not null,
  slug       text        not null,
  -- slugs from the root, '/'-separated ('apparel/t-shirts'): subtree filters are a prefix match
  path       text        not null,
  position   integer     not null default 0,
  version    integer     not null default 1,
  created_at timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, path),
  foreign key (tenant_id, parent_id) references categories (tenant_id, id)
);
create index categories_parent on categories (tenant_id, parent_id);

create table products (
  tenant_id   uuid        not null,
  id          uuid        not null default gen_random_uuid(),
  handle      text        not null,
  title       text        not null,
  description text        not null default '',
  status      text        not null default 'DRAFT' check (status in ('DRAFT', 'ACTIVE', 'ARCHIVED')),
  -- [{ "name": "material", "value": "cotton" }]
  attributes  jsonb       not null default '[]',
  -- [{ "name": "Size", "values": ["S", "M"] }]
  options     jsonb       not null default '[]',
  -- [{ "url": …, "alt": …, "width": …, "height": …, "position": … }]
  media       jsonb       not null default '[]',
  version     integer     not null default 1,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  -- full text: the title weighs more than the description
  search_vector tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, title), 'A') ||
    setweight(to_tsvector('english'::regconfig, description), 'B')
  ) stored,
  -- the title lower-cased without punctuation ('T-Shirt' -> 't-shirt' -> 'tshirt'): trigram matching
  -- for typos works on whole words, and 'tshrt' is close to 'tshirt', not to 't shirt'
  search_text text generated always as (lower(regexp_replace(title, '[^[:alnum:][:space:]]+', '', 'g'))) stored,
  primary key (tenant_id, id),
  unique (tenant_id, handle)
);
create index products_newest on products (tenant_id, created_at desc, id);
create index products_status on products (tenant_id, status, created_at desc, id);
create index products_search_vector on products using gin (search_vector);
create index products_search_trgm on products using gin (search_text public.gin_trgm_ops);

create table product_categories (
  tenant_id   uuid not null,
  product_id  uuid not null,
  category_id uuid not null,
  primary key (tenant_id, product_id, category_id),
  foreign key (tenant_id, product_id) references products (tenant_id, id) on delete cascade,
  foreign key (tenant_id, category_id) references categories (tenant_id, id) on delete cascade
);
create index product_categories_category on product_categories (tenant_id, category_id, product_id);

create table collections (
  tenant_id   uuid        not null,
  id          uuid        not null default gen_random_uuid(),
  handle      text        not null,
  title       text        not null,
  description text        not null default '',
  version     integer     not null default 1,
  created_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, handle)
);

create table collection_products (
  tenant_id     uuid        not null,
  collection_id uuid        not null,
  product_id    uuid        not null,
  position      integer     not null default 0,
  added_at      timestamptz not null default now(),
  primary key (tenant_id, collection_id, product_id),
  foreign key (tenant_id, collection_id) references collections (tenant_id, id) on delete cascade,
  foreign key (tenant_id, product_id) references products (tenant_id, id) on delete cascade
);
create index collection_products_product on collection_products (tenant_id, product_id);

create table variants (
  tenant_id     uuid        not null,
  id            uuid        not null default gen_random_uuid(),
  product_id    uuid        not null,
  sku           text        not null,
  title         text        not null default '',
  -- [{ "name": "Size", "value": "M" }]
  option_values jsonb       not null default '[]',
  weight_grams  integer     check (weight_grams >= 0),
  barcode       text,
  position      integer     not null default 0,
  version       integer     not null default 1,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, sku),
  foreign key (tenant_id, product_id) references products (tenant_id, id) on delete cascade
);
create index variants_product on variants (tenant_id, product_id, position, id);

create table price_lists (
  tenant_id      uuid        not null,
  id             uuid        not null default gen_random_uuid(),
  name           text        not null,
  currency       text        not null check (currency ~ '^[A-Z]{3}$'),
  -- null: a public list, visible to everyone; otherwise only to that customer group (B2B)
  customer_group text,
  valid_from     timestamptz,
  valid_to       timestamptz,
  priority       integer     not null default 0,
  active         boolean     not null default true,
  version        integer     not null default 1,
  created_at     timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, name),
  check (valid_to is null or valid_from is null or valid_to > valid_from)
);

create table prices (
  tenant_id     uuid        not null,
  price_list_id uuid        not null,
  variant_id    uuid        not null,
  min_quantity  integer     not null default 1 check (min_quantity >= 1),
  amount        integer     not null check (amount >= 0),
  updated_at    timestamptz not null default now(),
  primary key (tenant_id, price_list_id, variant_id, min_quantity),
  foreign key (tenant_id, price_list_id) references price_lists (tenant_id, id) on delete cascade,
  foreign key (tenant_id, variant_id) references variants (tenant_id, id) on delete cascade
);
create index prices_variant on prices (tenant_id, variant_id);

-- Read model of inventory's stock, fed by `inventory.stock.changed`. No foreign key to variants:
-- the event may arrive before the variant exists here, and inventory owns the numbers.
create table variant_availability (
  tenant_id  uuid        not null,
  variant_id uuid        not null,
  available  integer     not null,
  updated_at timestamptz not null default now(),
  primary key (tenant_id, variant_id)
);

do $$
declare
  t text;
begin
  foreach t in array array['categories', 'products', 'product_categories', 'collections', 'collection_products',
                           'variants', 'price_lists', 'prices', 'variant_availability']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format($p$create policy tenant_isolation on %I
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)$p$, t);
  end loop;
end
$$;
