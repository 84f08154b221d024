-- Promotions: discounts as a rule (conditions + action, the JSON shape of src/promotions/rule.ts,
-- validated with zod before it is written), applied automatically or through a code.
-- used_count is the exact usage counter: checkout raises it with a conditional update in the order's
-- own transaction, so the row lock serialises redemptions and the limit holds under concurrency.
create table promotions (
  tenant_id                 uuid        not null,
  id                        uuid        not null default gen_random_uuid(),
  name                      text        not null check (length(btrim(name)) between 1 and 200),
  status                    text        not null default 'active' check (status in ('active', 'archived')),
  -- true: applies to every cart it fits without a code; false: only through one of its codes
  automatic                 boolean     not null default false,
  -- fixed amounts are in this currency; a cart in another currency gets none of it. null: any currency
  currency                  char(3)     check (currency ~ '^[A-Z]{3}$'),
  rule                      jsonb       not null,
  priority                  integer     not null default 0 check (priority between -1000 and 1000),
  exclusive                 boolean     not null default false,
  starts_at                 timestamptz,
  ends_at                   timestamptz,
  usage_limit               integer     check (usage_limit > 0),
  usage_limit_per_customer  integer     check (usage_limit_per_customer > 0),
  used_count                integer     not null default 0 check (used_count >= 0),
  version                   integer     not null default 1,
  created_at                timestamptz not null default now(),
  updated_at                timestamptz not null default now(),
  primary key (tenant_id, id),
  check (starts_at is null or ends_at is null or ends_at > starts_at),
  check (usage_limit is null or used_count <= usage_limit)
);
create index promotions_live on promotions (tenant_id, automatic) where status = 'active';

-- A code of a promotion: a shared one (usage_limit null, or the promotion's limit) or one of a batch
-- of generated single-use codes (usage_limit 1, batch = the prefix it was generated with).
create table promotion_codes (
  tenant_id     uuid        not null,
  id            uuid        not null default gen_random_uuid(),
  promotion_id  uuid        not null,
  code          text        not null check (code ~ '^[A-Z0-9_-]{3,40}$'),
  usage_limit   integer     check (usage_limit > 0),
  used_count    integer     not null default 0 check (used_count >= 0),
  batch         text,
  created_at    timestamptz not null default now(),
  primary key (tenant_id, id),
  constraint promotion_codes_code_key unique (tenant_id, code),
  foreign key (tenant_id, promotion_id) references promotions (tenant_id, id) on delete cascade,
  check (usage_limit is null or used_count <= usage_limit)
);
create index promotion_codes_by_promotion on promotion_codes (tenant_id, promotion_id);

-- One row per promotion an order used; released_at is set when the order is cancelled (its use no
-- longer counts against the limits).
create table promotion_redemptions (
  tenant_id     uuid        not null,
  id            uuid        not null default gen_random_uuid(),
  promotion_id  uuid        not null,
  code_id       uuid,
  order_id      uuid        not null,
  customer_id   uuid,
  -- per-customer limits count a guest by the checkout email
  email         text        not null,
  amount        bigint      not null check (amount >= 0 and amount <= 9007199254740991),
  created_at    timestamptz not null default now(),
  released_at   timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, order_id, promotion_id),
  foreign key (tenant_id, promotion_id) references promotions (tenant_id, id),
  foreign key (tenant_id, code_id) references promotion_codes (tenant_id, id),
  -- checked at commit: checkout counts the use (and may refuse) before it writes the order
  foreign key (tenant_id, order_id) references orders (tenant_id, id) on delete cascade deferrable initially deferred
);
create index promotion_redemptions_by_customer
  on promotion_redemptions (tenant_id, promotion_id, customer_id) where released_at is null;
create index promotion_redemptions_by_email
  on promotion_redemptions (tenant_id, promotion_id, lower(email)) where released_at is null;

select enable_tenant_isolation('promotions');
select enable_tenant_isolation('promotion_codes');
select enable_tenant_isolation('promotion_redemptions');

-- The code a shopper entered on the cart (upper-cased); a line's product and that product's
-- collections and categories as catalog priced it, which targeted promotions match.
alter table carts add column promotion_code text check (promotion_code ~ '^[A-Z0-9_-]{1,40}$');
alter table cart_lines
  add column product_id      uuid,
  add column collection_ids  uuid[] not null default '{}',
  add column category_ids    uuid[] not null default '{}';

-- What the order was discounted by, as placed: per line, and the applied promotions
-- ([{promotionId, name, code, amount, shippingAmount, explanation}]). subtotal_amount stays the lines
-- before discounts; shipping_amount is what was charged for shipping (after a free-shipping promotion).
alter table orders
  add column discount_amount           bigint not null default 0 check (discount_amount between 0 and 9007199254740991),
  add column shipping_discount_amount  bigint not null default 0 check (shipping_discount_amount between 0 and 9007199254740991),
  add column discounts                 jsonb  not null default '[]';
alter table order_lines
  add column product_id       uuid,
  add column discount_amount  bigint not null default 0 check (discount_amount between 0 and 9007199254740991);
