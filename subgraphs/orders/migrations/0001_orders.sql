-- Orders: customers, B2B companies, carts, checkout attempts, orders, their lines and the history of
-- every state transition. Variants belong to catalog: variant_id is catalog's uuid, with no foreign key.
create table companies (
  tenant_id      uuid        not null,
  id             uuid        not null default gen_random_uuid(),
  name           text        not null check (length(name) between 1 and 200),
  customer_group text        not null check (length(customer_group) between 1 and 100),
  version        integer     not null default 1,
  created_at     timestamptz not null default now(),
  primary key (tenant_id, id)
);

-- A customer's id is the subject of their customer access token (issued by identity).
create table customers (
  tenant_id   uuid        not null,
  id          uuid        not null,
  email       text,
  first_name  text,
  last_name   text,
  company_id  uuid,
  version     integer     not null default 1,
  created_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, company_id) references companies (tenant_id, id)
);
create index customers_by_company on customers (tenant_id, company_id);

create table addresses (
  tenant_id    uuid        not null,
  id           uuid        not null default gen_random_uuid(),
  customer_id  uuid        not null,
  name         text        not null,
  line1        text        not null,
  line2        text,
  city         text        not null,
  postal_code  text        not null,
  country      char(2)     not null,
  created_at   timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, customer_id) references customers (tenant_id, id) on delete cascade
);
create index addresses_by_customer on addresses (tenant_id, customer_id, created_at);

create table carts (
  tenant_id    uuid        not null,
  id           uuid        not null default gen_random_uuid(),
  customer_id  uuid,
  currency     char(3)     not null,
  status       text        not null default 'open' check (status in ('open', 'merged', 'completed')),
  version      integer     not null default 1,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, customer_id) references customers (tenant_id, id)
);
-- one open cart per customer: cartMerge and "my cart" rely on it
create unique index carts_one_open_per_customer on carts (tenant_id, customer_id)
  where status = 'open' and customer_id is not null;

create table cart_lines (
  tenant_id    uuid        not null,
  cart_id      uuid        not null,
  variant_id   uuid        not null,
  quantity     integer     not null check (quantity > 0 and quantity <= 10000),
  -- the catalog price when the line was last priced: shown in the cart, re-checked at checkout
  sku          text        not null,
  title        text        not null,
  unit_amount  bigint      not null check (unit_amount >= 0),
  added_at     timestamptz not null default now(),
  -- insertion order: lines show (and become order lines) in the order they were added
  seq          bigint      generated always as identity,
  primary key (tenant_id, cart_id, variant_id),
  foreign key (tenant_id, cart_id) references carts (tenant_id, id) on delete cascade
);

create table orders (
  tenant_id          uuid        not null,
  id                 uuid        not null,
  cart_id            uuid        not null,
  customer_id        uuid,
  email              text        not null,
  status             text        not null check (status in
                       ('created', 'confirmed', 'partially_fulfilled', 'fulfilled', 'completed', 'cancelled')),
  payment_status     text        not null check (payment_status in
                       ('authorized', 'captured', 'voided', 'refunded', 'failed')),
  currency           char(3)     not null,
  subtotal_amount    bigint      not null,
  shipping_amount    bigint      not null,
  tax_amount         bigint      not null,
  total_amount       bigint      not null,
  shipping_address   jsonb       not null,
  payment_provider   text        not null,
  payment_reference  text        not null,
  version            integer     not null default 1,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, cart_id),
  foreign key (tenant_id, cart_id) references carts (tenant_id, id)
);
create index orders_recent on orders (tenant_id, created_at desc, id desc);
create index orders_by_customer on orders (tenant_id, customer_id, created_at desc);

create table order_lines (
  tenant_id          uuid        not null,
  id                 uuid        not null default gen_random_uuid(),
  order_id           uuid        not null,
  position           integer     not null,
  variant_id         uuid        not null,
  sku                text        not null,
  title              text        not null,
  quantity           integer     not null check (quantity >= 0),
  unit_amount        bigint      not null check (unit_amount >= 0),
  fulfilled_quantity integer     not null default 0 check (fulfilled_quantity >= 0),
  primary key (tenant_id, id),
  unique (tenant_id, order_id, variant_id),
  foreign key (tenant_id, order_id) references orders (tenant_id, id) on delete cascade
);

-- Every transition of every state machine of an order (order status and payment status).
create table order_transitions (
  tenant_id    uuid        not null,
  id           bigint      generated always as identity,
  order_id     uuid        not null,
  machine      text        not null check (machine in ('order', 'payment')),
  from_state   text,
  to_state     text        not null,
  actor_kind   text        not null,
  actor_id     text,
  reason       text,
  occurred_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, order_id) references orders (tenant_id, id) on delete cascade
);
create index order_transitions_by_order on order_transitions (tenant_id, order_id, id);

-- The idempotency record of checkoutComplete: claimed first (insert ... on conflict do nothing),
-- finished with the order id or the business errors, so a replay returns the first result.
create table checkout_attempts (
  tenant_id    uuid        not null,
  key          text        not null check (length(key) between 1 and 200),
  cart_id      uuid        not null,
  order_id     uuid        not null,
  status       text        not null default 'pending' check (status in ('pending', 'succeeded', 'failed')),
  errors       jsonb,
  lease_until  timestamptz not null,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  primary key (tenant_id, key)
);

-- Payments handled by the test provider, so it is idempotent per key like a real PSP.
create table test_payments (
  tenant_id        uuid        not null,
  id               uuid        not null default gen_random_uuid(),
  idempotency_key  text        not null,
  amount           bigint      not null,
  currency         char(3)     not null,
  status           text        not null,
  created_at       timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, idempotency_key)
);

do $$
declare t text;
begin
  foreach t in array array['companies', 'customers', 'addresses', 'carts', 'cart_lines', 'orders', 'order_lines',
    'order_transitions', 'checkout_attempts', 'test_payments'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format($p$create policy tenant_isolation on %I
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)$p$, t);
  end loop;
end $$;
-- history is append-only for the application
revoke update, delete on order_transitions from ucos_app;
