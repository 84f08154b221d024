-- Notifications: tenant overrides of the built-in templates, the notifications to send (the log), and a
-- small read model of orders (who to mail about an order, in which locale and currency). Orders belong
-- to another domain: their ids are plain uuids here.

create table template_overrides (
  tenant_id   uuid        not null,
  key         text        not null,
  locale      text        not null,
  subject     text        not null,
  mjml        text        not null,
  text_body   text        not null,
  updated_at  timestamptz not null default now(),
  updated_by  text,
  primary key (tenant_id, key, locale)
);

-- One row per mail to send: written by the event consumers in the unit of work that marks the event
-- processed, claimed by the sender (pending → sending → sent, or back to pending with a later
-- next_attempt_at after a failure, failed after the last attempt). The id is the Message-ID.
create table notifications (
  tenant_id        uuid        not null,
  id               uuid        not null default gen_random_uuid(),
  event_id         uuid        not null,
  event_type       text        not null,
  template_key     text        not null,
  locale           text        not null,
  channel          text        not null default 'email' check (channel in ('email')),
  recipient        text        not null,
  data             jsonb       not null,
  status           text        not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed')),
  attempts         integer     not null default 0,
  next_attempt_at  timestamptz not null default now(),
  claimed_until    timestamptz,
  subject          text,
  sent_at          timestamptz,
  last_error       text,
  created_at       timestamptz not null default now(),
  primary key (tenant_id, id),
  constraint notifications_once unique (tenant_id, event_id, template_key, recipient)
);
create index notifications_log on notifications (tenant_id, created_at desc, id);
create index notifications_due on notifications (next_attempt_at) where status in ('pending', 'sending');

create table order_contacts (
  tenant_id   uuid        not null,
  order_id    uuid        not null,
  number      integer     not null,
  email       text        not null,
  locale      text        not null,
  currency    char(3)     not null,
  created_at  timestamptz not null default now(),
  primary key (tenant_id, order_id)
);

alter table template_overrides enable row level security;
alter table template_overrides force row level security;
create policy tenant_isolation on template_overrides
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table notifications enable row level security;
alter table notifications force row level security;
create policy tenant_isolation on notifications
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
-- the sender claims due rows of every tenant through notifications_claim only
create policy sender on notifications to ucos_owner using (true) with check (true);

alter table order_contacts enable row level security;
alter table order_contacts force row level security;
create policy tenant_isolation on order_contacts
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- Claims up to `batch` due notifications of any tenant for `lease_seconds`: pending ones whose time
-- has come, and sending ones whose lease ran out (their sender died between claim and mark). Each
-- claim counts as an attempt. SKIP LOCKED: concurrent senders never claim the same row.
create function notifications_claim(batch integer, lease_seconds double precision)
  returns setof notifications language sql security definer set search_path from current as $$
  update notifications n
     set status = 'sending', attempts = n.attempts + 1,
         claimed_until = now() + make_interval(secs => lease_seconds)
   where (n.tenant_id, n.id) in (
     select tenant_id, id from notifications
      where (status = 'pending' and next_attempt_at <= now())
         or (status = 'sending' and claimed_until < now())
      order by next_attempt_at
      limit batch
      for update skip locked)
  returning n.*
$$;
revoke all on function notifications_claim(integer, double precision) from public;
grant execute on function notifications_claim(integer, double precision) to ucos_app;
