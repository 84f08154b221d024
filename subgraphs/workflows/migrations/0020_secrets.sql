-- A tenant's secrets for its workflows (webhook signing secrets, referenced as `{{ secrets.NAME }}`):
-- stored sealed (AES-256-GCM, bound to tenant and name, src/data/secrets.ts), written through the
-- API and read only by the engine; no API answer ever shows a value.
create table secrets (
  tenant_id  uuid        not null,
  name       text        not null check (name ~ '^[A-Z][A-Z0-9_]{0,63}$'),
  sealed     text        not null,
  updated_at timestamptz not null default now(),
  updated_by text,
  primary key (tenant_id, name)
);
select enable_tenant_isolation('secrets');
