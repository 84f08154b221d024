-- Every mutation, who ran it, on what, and how it ended. Append-only for the application role.
create table audit_log (
  tenant_id    uuid        not null,
  id           uuid        not null default gen_random_uuid(),
  occurred_at  timestamptz not null default now(),
  actor_kind   text        not null,
  actor_id     text,
  operation    text        not null,
  target_type  text,
  target_id    text,
  outcome      text        not null check (outcome in ('success', 'failure')),
  error_code   text,
  request_id   text,
  primary key (tenant_id, id)
);
create index audit_log_recent on audit_log (tenant_id, occurred_at desc, id);

alter table audit_log enable row level security;
alter table audit_log force row level security;
create policy tenant_isolation on audit_log
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
revoke update, delete on audit_log from ucos_app;
