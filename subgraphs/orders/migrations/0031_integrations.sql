-- Tenants' integration adapters (issue 15 §2): which adapter of each kind a tenant selected and its
-- settings. Settings are encrypted with the tenant's data key (envelope encryption,
-- @ucos/kit/adapters/envelope): `credentials` is one AES-256-GCM ciphertext of the settings as JSON,
-- bound to (tenant, kind, adapter); the data key is stored only wrapped by the deployment's master key
-- (INTEGRATIONS_MASTER_KEY) in integration_keys. The API answers `public_settings` (the non-secret
-- fields) and `secret_hints` (each secret field that is set, with its last 4 characters when long
-- enough), never a secret.

-- One data key per tenant; `version` counts rotations, `master_key_id` is the fingerprint of the
-- master key that wrapped it (a row under an old master key is re-wrapped by integrationKeyRotate).
create table integration_keys (
  tenant_id      uuid        not null,
  wrapped_key    text        not null,
  master_key_id  text        not null check (master_key_id ~ '^[0-9a-f]{8}$'),
  version        integer     not null default 1 check (version > 0),
  rotated_at     timestamptz not null default now(),
  primary key (tenant_id)
);

create table integrations (
  tenant_id        uuid        not null,
  kind             text        not null check (kind in ('payment', 'tax', 'shippingRates', 'carrier', 'erpExport')),
  adapter_id       text        not null check (adapter_id ~ '^[a-z][a-z0-9-]{1,39}$'),
  enabled          boolean     not null default false,
  credentials      text        not null,
  public_settings  jsonb       not null default '{}',
  secret_hints     jsonb       not null default '{}',
  updated_by       text,
  updated_at       timestamptz not null default now(),
  primary key (tenant_id, kind, adapter_id),
  foreign key (tenant_id) references integration_keys (tenant_id)
);
-- a tenant selects at most one adapter per kind
create unique index integrations_one_enabled on integrations (tenant_id, kind) where enabled;

-- Webhook events of payment providers already applied: a provider delivers at least once, so the
-- event id makes a redelivery a no-op.
create table payment_webhook_events (
  tenant_id    uuid        not null,
  provider     text        not null,
  event_id     text        not null check (length(event_id) between 1 and 255),
  event_type   text        not null,
  order_id     uuid,
  received_at  timestamptz not null default now(),
  primary key (tenant_id, provider, event_id)
);

select enable_tenant_isolation('integration_keys');
select enable_tenant_isolation('integrations');
select enable_tenant_isolation('payment_webhook_events');

-- a provider's webhook names the payment by its reference (a Stripe PaymentIntent id)
create index orders_by_payment_reference on orders (tenant_id, payment_provider, payment_reference);
