-- What each durable consumer has already handled, so redelivered events are applied once.
create table processed_messages (
  tenant_id    uuid        not null,
  consumer     text        not null,
  message_id   text        not null,
  processed_at timestamptz not null default now(),
  primary key (tenant_id, consumer, message_id)
);

alter table processed_messages enable row level security;
alter table processed_messages force row level security;
create policy tenant_isolation on processed_messages
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
