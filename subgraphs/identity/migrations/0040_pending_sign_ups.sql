-- Sign-up answers the same for every address: a tenant created by sign-up is PENDING until the
-- address's owner proves it with the mailed link (a new address: with the password chosen at
-- sign-up; an address that has an account: by signing in or with that account's password). The
-- sign-up's password hash waits here, readable by no application role; an expired pending tenant is
-- deleted (the sweeper, or the next sign-up of its slug), so its slug becomes free again.
create table tenant_sign_ups (
  tenant_id     uuid        primary key references tenants (tenant_id) on delete cascade,
  -- the ownership invitation whose mailed token completes the sign-up
  invitation_id uuid        not null,
  email         text        not null check (length(email) between 3 and 254),
  password_hash text        not null,
  owner_name    text,
  expires_at    timestamptz not null,
  created_at    timestamptz not null default now()
);
alter table tenant_sign_ups enable row level security;
alter table tenant_sign_ups force row level security;
create policy tenant_isolation on tenant_sign_ups
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
create policy definer on tenant_sign_ups to ucos_owner using (true) with check (true);
revoke all on tenant_sign_ups from ucos_app;
grant insert, delete on tenant_sign_ups to ucos_app;
grant select (tenant_id, invitation_id, email, owner_name, expires_at, created_at) on tenant_sign_ups to ucos_app;

-- The sign-up's password hash, for the holder of its invitation's valid token only (they then
-- prove they chose it). Null for any other token.
create function sign_up_password_hash(p_tenant_id uuid, p_invitation_id uuid, p_token_hash text)
  returns text language sql stable security definer set search_path from current as $$
  select s.password_hash from tenant_sign_ups s
    join invitations i on i.tenant_id = s.tenant_id and i.id = s.invitation_id
   where s.tenant_id = p_tenant_id and s.invitation_id = p_invitation_id and i.token_hash = p_token_hash
     and i.accepted_at is null and i.revoked_at is null and i.expires_at > now() and s.expires_at > now()
$$;

-- Deletes pending tenants whose sign-up expired (one slug, or all when p_slug is null), with
-- everything they hold (roles, the invitation): nobody ever became their member. Their count.
-- The sweep (p_slug null) also drops shoppers' registrations that were used or went stale.
create function sign_ups_expire(p_slug text)
  returns integer language plpgsql volatile security definer set search_path from current as $$
declare v_count integer;
begin
  delete from tenants t using tenant_sign_ups s
   where s.tenant_id = t.tenant_id and s.expires_at <= now() and (p_slug is null or t.slug = p_slug);
  get diagnostics v_count = row_count;
  if p_slug is null then
    -- shoppers' registrations: used, or never confirmed within a week (their links live 2 days by default)
    delete from customer_sign_ups where used_at is not null or created_at < now() - interval '7 days';
  end if;
  return v_count;
end $$;

-- Per-address mail limits: every mail to an address counts in its bucket (a hash of purpose and
-- address), once per event, so a retried event never counts twice. Not tenant data; no
-- application role can touch the table, only mail_quota_take.
create table mail_quota (
  bucket     text        not null,
  message_id uuid        not null,
  sent_at    timestamptz not null default now(),
  primary key (bucket, message_id)
);
create index mail_quota_window on mail_quota (bucket, sent_at);
revoke all on table mail_quota from public;
revoke all on table mail_quota from ucos_app;

-- True when the event may mail the bucket's address: it already counted, or fewer than p_limit
-- mails went to the bucket within p_window_seconds (the event then counts).
create function mail_quota_take(p_bucket text, p_message_id uuid, p_limit integer, p_window_seconds integer)
  returns boolean language plpgsql volatile security definer set search_path from current as $$
begin
  -- concurrent events of one bucket take their turn
  perform pg_advisory_xact_lock(hashtextextended(p_bucket, 0));
  if exists (select 1 from mail_quota where bucket = p_bucket and message_id = p_message_id) then
    return true;
  end if;
  delete from mail_quota where sent_at < now() - make_interval(secs => p_window_seconds * 2);
  if (select count(*) from mail_quota
       where bucket = p_bucket and sent_at > now() - make_interval(secs => p_window_seconds)) >= p_limit then
    return false;
  end if;
  insert into mail_quota (bucket, message_id) values (p_bucket, p_message_id);
  return true;
end $$;

-- The mail consumer stores a token's hash before the mail leaves, and a retry of the same event
-- derives the same token: issuing the same hash again is a no-op, so the link already mailed (or
-- about to be) keeps working. Earlier unused tokens of the purpose are retired.
create or replace function account_token_issue(p_email text, p_purpose text, p_token_hash text, p_ttl_seconds integer)
  returns table (user_id uuid, email text)
  language plpgsql volatile security definer set search_path from current as $$
declare v_user users%rowtype;
begin
  select * into v_user from users u where lower(u.email) = lower(p_email);
  if not found or (p_purpose = 'verify_email' and v_user.email_verified_at is not null) then
    return;
  end if;
  update account_tokens t set used_at = now()
   where t.user_id = v_user.id and t.purpose = p_purpose and t.used_at is null and t.token_hash <> p_token_hash;
  insert into account_tokens (user_id, purpose, token_hash, expires_at)
  values (v_user.id, p_purpose, p_token_hash, now() + make_interval(secs => p_ttl_seconds))
  on conflict (token_hash) do nothing;
  return query select v_user.id, v_user.email;
end $$;

-- Shoppers: the same treatment. A registration waits here (with its password hash) until the
-- address's owner uses the mailed link with that password; the account is then created, verified.
alter table customer_accounts add column email_verified_at timestamptz;
grant select (email_verified_at) on customer_accounts to ucos_app;

create table customer_sign_ups (
  tenant_id     uuid        not null references tenants (tenant_id) on delete cascade,
  id            uuid        not null default gen_random_uuid(),
  email         text        not null check (length(email) between 3 and 254),
  password_hash text        not null,
  name          text,
  -- set by the mail consumer when the link is mailed
  token_hash    text        unique,
  expires_at    timestamptz,
  used_at       timestamptz,
  created_at    timestamptz not null default now(),
  primary key (tenant_id, id)
);
create index customer_sign_ups_expiry on customer_sign_ups (created_at);

-- Reset tokens of shoppers (per shop, like their accounts).
create table customer_account_tokens (
  tenant_id   uuid        not null,
  id          uuid        not null default gen_random_uuid(),
  customer_id uuid        not null,
  token_hash  text        not null unique,
  expires_at  timestamptz not null,
  used_at     timestamptz,
  created_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, customer_id) references customer_accounts (tenant_id, id) on delete cascade
);

do $$
declare t text;
begin
  foreach t in array array['customer_sign_ups', 'customer_account_tokens'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format($p$create policy tenant_isolation on %I
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)$p$, t);
    execute format('create policy definer on %I to ucos_owner using (true) with check (true)', t);
    execute format('revoke all on %I from ucos_app', t);
  end loop;
end $$;
grant insert, delete on customer_sign_ups to ucos_app;
grant select (tenant_id, id, email, name, expires_at, used_at, created_at) on customer_sign_ups to ucos_app;
grant update (token_hash, expires_at) on customer_sign_ups to ucos_app;

-- Uses a shopper's registration link: the registration (its password hash, for the caller to
-- verify against the password typed now), or nothing for a token unknown, used or expired, in the
-- current shop.
create function customer_sign_up_lookup(p_token_hash text)
  returns table (id uuid, email text, name text, password_hash text)
  language sql stable security definer set search_path from current as $$
  select s.id, s.email, s.name, s.password_hash from customer_sign_ups s
   where s.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
     and s.token_hash = p_token_hash and s.used_at is null and s.expires_at > now()
$$;

-- Turns a registration into a verified account (its password hash never leaves the database
-- here). Null when the registration was used meanwhile or the address got an account.
create function customer_sign_up_complete(p_sign_up_id uuid)
  returns uuid language plpgsql volatile security definer set search_path from current as $$
declare
  v_tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
  v_sign_up customer_sign_ups%rowtype;
  v_id uuid;
begin
  update customer_sign_ups set used_at = now()
   where tenant_id = v_tenant and id = p_sign_up_id and used_at is null and expires_at > now()
  returning * into v_sign_up;
  if not found then return null; end if;
  -- every other pending registration of the address is void now
  update customer_sign_ups set used_at = now()
   where tenant_id = v_tenant and lower(email) = lower(v_sign_up.email) and used_at is null;
  insert into customer_accounts (tenant_id, email, password_hash, name, email_verified_at)
  values (v_tenant, v_sign_up.email, v_sign_up.password_hash, v_sign_up.name, now())
  on conflict (tenant_id, lower(email)) do nothing
  returning id into v_id;
  return v_id;
end $$;

-- Stores a shopper's reset token for the account with that address in the current shop (a retry
-- stores the same hash again: no-op) and retires the account's earlier unused ones. No row: no
-- such shopper, nothing is mailed.
create function customer_reset_token_issue(p_email text, p_token_hash text, p_ttl_seconds integer)
  returns table (customer_id uuid, email text)
  language plpgsql volatile security definer set search_path from current as $$
declare
  v_tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
  v_account customer_accounts%rowtype;
begin
  select * into v_account from customer_accounts a where a.tenant_id = v_tenant and lower(a.email) = lower(p_email);
  if not found then return; end if;
  update customer_account_tokens t set used_at = now()
   where t.tenant_id = v_tenant and t.customer_id = v_account.id and t.used_at is null and t.token_hash <> p_token_hash;
  insert into customer_account_tokens (tenant_id, customer_id, token_hash, expires_at)
  values (v_tenant, v_account.id, p_token_hash, now() + make_interval(secs => p_ttl_seconds))
  on conflict (token_hash) do nothing;
  return query select v_account.id, v_account.email;
end $$;

-- Uses a shopper's reset token: new password, address proven. The shopper, or null for a bad token.
create function customer_password_reset_complete(p_token_hash text, p_password_hash text)
  returns uuid language plpgsql volatile security definer set search_path from current as $$
declare
  v_tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
  v_customer uuid;
begin
  update customer_account_tokens set used_at = now()
   where tenant_id = v_tenant and token_hash = p_token_hash and used_at is null and expires_at > now()
  returning customer_id into v_customer;
  if v_customer is null then return null; end if;
  update customer_account_tokens set used_at = now()
   where tenant_id = v_tenant and customer_id = v_customer and used_at is null;
  update customer_accounts set password_hash = p_password_hash, email_verified_at = coalesce(email_verified_at, now())
   where tenant_id = v_tenant and id = v_customer;
  return v_customer;
end $$;

do $$
declare f text;
begin
  foreach f in array array['sign_up_password_hash(uuid, uuid, text)', 'sign_ups_expire(text)',
    'mail_quota_take(text, uuid, integer, integer)', 'customer_sign_up_lookup(text)',
    'customer_sign_up_complete(uuid)', 'customer_reset_token_issue(text, text, integer)',
    'customer_password_reset_complete(text, text)'] loop
    execute format('revoke all on function %s from public', f);
    execute format('grant execute on function %s to ucos_app', f);
  end loop;
end $$;
