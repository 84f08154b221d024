-- Subscriptions (issue 14 §4). Orders owns the plan, not catalog: orders is where a variant is priced,
-- sold and paid for, and a plan only changes how it is sold (a recurring order with a saved payment
-- method). Catalog keeps owning the variant; a plan names it by id, as cart and order lines do.

-- A variant sold by subscription: every `interval_count` `interval_unit`s, after an optional trial.
-- One plan per variant: a cart line of that variant subscribes the shopper at checkout.
create table subscription_plans (
  tenant_id       uuid        not null,
  id              uuid        not null default gen_random_uuid(),
  variant_id      uuid        not null,
  name            text        not null check (length(name) between 1 and 120),
  interval_unit   text        not null check (interval_unit in ('day', 'week', 'month', 'year')),
  interval_count  integer     not null check (interval_count between 1 and 365),
  -- days after the checkout before the first renewal is charged (0: one interval)
  trial_days      integer     not null default 0 check (trial_days between 0 and 365),
  -- an inactive plan subscribes nobody new; existing subscriptions keep renewing
  active          boolean     not null default true,
  version         integer     not null default 1,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  primary key (tenant_id, id),
  constraint subscription_plans_variant_key unique (tenant_id, variant_id)
);

-- A shopper's subscription: what renews (one variant, a quantity), where it ships, how it is paid (the
-- payment provider's saved method, never a card number) and when it next renews.
create table subscriptions (
  tenant_id            uuid        not null,
  id                   uuid        not null default gen_random_uuid(),
  customer_id          uuid        not null,
  plan_id              uuid        not null,
  variant_id           uuid        not null,
  quantity             integer     not null check (quantity between 1 and 10000),
  currency             char(3)     not null check (currency ~ '^[A-Z]{3}$'),
  email                text        not null,
  shipping_address     jsonb       not null,
  billing_address      jsonb,
  shipping_method_code text,
  -- the plan's interval when the shopper subscribed: a later change of the plan does not move theirs
  interval_unit        text        not null check (interval_unit in ('day', 'week', 'month', 'year')),
  interval_count       integer     not null check (interval_count between 1 and 365),
  status               text        not null check (status in ('trialing', 'active', 'paused', 'past_due', 'cancelled')),
  payment_provider     text        not null,
  payment_method_ref   text        not null,
  -- the next period to bill (the checkout's order was period 1) and when it is due
  period               integer     not null default 2 check (period >= 2),
  next_renewal_at      timestamptz not null,
  -- dunning: failed charges of the current period, and when the next retry is due (null: none pending)
  failed_attempts      integer     not null default 0 check (failed_attempts >= 0),
  retry_at             timestamptz,
  -- the checkout's order and its idempotency key (one subscription per line of one checkout)
  origin_order_id      uuid        not null,
  origin_key           text        not null,
  cancelled_at         timestamptz,
  version              integer     not null default 1,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  primary key (tenant_id, id),
  constraint subscriptions_origin_key unique (tenant_id, origin_order_id, variant_id),
  foreign key (tenant_id, customer_id) references customers (tenant_id, id),
  foreign key (tenant_id, plan_id) references subscription_plans (tenant_id, id),
  foreign key (tenant_id, origin_order_id) references orders (tenant_id, id)
);
create index subscriptions_by_customer on subscriptions (tenant_id, customer_id, created_at desc);
create index subscriptions_recent on subscriptions (tenant_id, created_at desc, id desc);
-- what the renewal job looks for: due renewals and due retries
create index subscriptions_due on subscriptions (coalesce(retry_at, next_renewal_at))
  where status in ('trialing', 'active', 'past_due');

-- One row per billed (or skipped) period: at most one order per period, whatever replays or races.
create table subscription_renewals (
  tenant_id        uuid        not null,
  subscription_id  uuid        not null,
  period           integer     not null check (period >= 1),
  status           text        not null check (status in ('paid', 'skipped', 'failed')),
  order_id         uuid,
  attempts         integer     not null default 0,
  last_error       text,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  primary key (tenant_id, subscription_id, period),
  foreign key (tenant_id, subscription_id) references subscriptions (tenant_id, id),
  check ((status = 'paid') = (order_id is not null))
);

-- Every move of a subscription's state machine, with who and why (append-only for the application).
create table subscription_transitions (
  tenant_id        uuid        not null,
  id               bigint      generated always as identity,
  subscription_id  uuid        not null,
  from_state       text,
  to_state         text        not null,
  actor_kind       text        not null,
  actor_id         text,
  reason           text,
  occurred_at      timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, subscription_id) references subscriptions (tenant_id, id)
);
create index subscription_transitions_by_subscription on subscription_transitions (tenant_id, subscription_id, id);

select enable_tenant_isolation('subscription_plans');
select enable_tenant_isolation('subscriptions');
select enable_tenant_isolation('subscription_renewals');
select enable_tenant_isolation('subscription_transitions');
revoke update, delete on subscription_transitions from ucos_app;

-- The renewal job must find due subscriptions of every tenant. It reads them only through this
-- function (tenant and id, nothing else), then renews each inside that tenant's own transaction,
-- where the status and due time are checked again under a row lock.
create policy renewal_job on subscriptions for select to ucos_owner using (true);

create function subscriptions_due(batch integer)
  returns table (tenant_id uuid, id uuid)
  language sql stable security definer set search_path from current as $$
  select s.tenant_id, s.id from subscriptions s
   where s.status in ('trialing', 'active', 'past_due') and coalesce(s.retry_at, s.next_renewal_at) <= now()
   order by coalesce(s.retry_at, s.next_renewal_at) limit batch
$$;
revoke all on function subscriptions_due(integer) from public;
grant execute on function subscriptions_due(integer) to ucos_app;
