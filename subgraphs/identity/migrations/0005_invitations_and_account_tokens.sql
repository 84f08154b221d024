-- Accounts prove control of their email address; members join only by accepting an invitation.
--
-- A person is "verified" once they have used a token mailed to their address: the sign-up
-- verification link, an invitation, or a password reset. Tokens are random, mailed once, stored
-- only as sha256 hashes, single-use and expiring. The mail itself is sent by an event consumer
-- (src/mail/): the token is generated there, when the mail is sent, so it never sits in the outbox.

alter table users add column email_verified_at timestamptz;
-- readable by the service like every other non-secret column of users (where credential columns are
-- granted column by column, a column added later must be granted by the migration that adds it)
grant select (email_verified_at) on users to ucos_app;

create table invitations (
  tenant_id   uuid        not null references tenants (tenant_id) on delete cascade,
  id          uuid        not null default gen_random_uuid(),
  email       text        not null check (length(email) between 3 and 254),
  role_ids    uuid[]      not null,
  -- set by the mail consumer when the invitation is mailed; null until then
  token_hash  text        unique,
  expires_at  timestamptz,
  invited_by  text,
  created_at  timestamptz not null default now(),
  accepted_at timestamptz,
  accepted_by uuid,
  revoked_at  timestamptz,
  primary key (tenant_id, id)
);
create index invitations_pending on invitations (tenant_id, lower(email)) where accepted_at is null and revoked_at is null;

alter table invitations enable row level security;
alter table invitations force row level security;
create policy tenant_isolation on invitations
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
create policy definer on invitations to ucos_owner using (true) with check (true);

-- Tokens about an account rather than a tenant: email verification and password reset. Only the
-- functions below touch this table; the application role has no access at all.
create table account_tokens (
  id         uuid        primary key default gen_random_uuid(),
  user_id    uuid        not null references users (id) on delete cascade,
  purpose    text        not null check (purpose in ('verify_email', 'reset_password')),
  token_hash text        not null unique,
  expires_at timestamptz not null,
  used_at    timestamptz,
  created_at timestamptz not null default now()
);
create index account_tokens_user on account_tokens (user_id, purpose) where used_at is null;
alter table account_tokens enable row level security;
alter table account_tokens force row level security;
create policy definer on account_tokens to ucos_owner using (true) with check (true);
revoke all on account_tokens from ucos_app;

-- The signed-in person's own address and whether it is verified (accepting an invitation while signed in).
create function account_of(p_user_id uuid)
  returns table (email text, email_verified boolean)
  language sql stable security definer set search_path from current as $$
  select email, email_verified_at is not null from users where id = p_user_id
$$;

-- Whether an address has an account, for the mail consumer's wording only (never for an answer).
create function account_by_email(p_email text)
  returns table (user_id uuid, email_verified boolean)
  language sql stable security definer set search_path from current as $$
  select id, email_verified_at is not null from users where lower(email) = lower(p_email)
$$;

-- Mails a verification or reset token: stores the hash for the account with that address (a
-- verification only while unverified) and retires the person's earlier unused tokens of that
-- purpose. No row back means no such account: nothing is sent.
create function account_token_issue(p_email text, p_purpose text, p_token_hash text, p_ttl_seconds integer)
  returns table (user_id uuid, email text)
  language plpgsql volatile security definer set search_path from current as $$
declare v_user users%rowtype;
begin
  select * into v_user from users u where lower(u.email) = lower(p_email);
  if not found or (p_purpose = 'verify_email' and v_user.email_verified_at is not null) then
    return;
  end if;
  update account_tokens t set used_at = now()
   where t.user_id = v_user.id and t.purpose = p_purpose and t.used_at is null;
  insert into account_tokens (user_id, purpose, token_hash, expires_at)
  values (v_user.id, p_purpose, p_token_hash, now() + make_interval(secs => p_ttl_seconds));
  return query select v_user.id, v_user.email;
end $$;

-- Uses a verification token: the address is proven. Returns the person, or null for a token that
-- is unknown, used or expired.
create function email_verify(p_token_hash text)
  returns uuid language sql volatile security definer set search_path from current as $$
  with used as (
    update account_tokens set used_at = now()
     where token_hash = p_token_hash and purpose = 'verify_email' and used_at is null and expires_at > now()
    returning user_id
  )
  update users set email_verified_at = coalesce(email_verified_at, now())
    from used where users.id = used.user_id
  returning users.id
$$;

-- Uses a reset token: sets the new password and marks the address proven (the token was mailed to
-- it). Null for a bad token. The caller then ends the person's sessions in the same transaction.
create function password_reset_complete(p_token_hash text, p_password_hash text)
  returns uuid language plpgsql volatile security definer set search_path from current as $$
declare v_user_id uuid;
begin
  update account_tokens set used_at = now()
   where token_hash = p_token_hash and purpose = 'reset_password' and used_at is null and expires_at > now()
  returning user_id into v_user_id;
  if v_user_id is null then return null; end if;
  update account_tokens set used_at = now() where user_id = v_user_id and purpose = 'reset_password' and used_at is null;
  update users set password_hash = p_password_hash, email_verified_at = coalesce(email_verified_at, now())
   where id = v_user_id;
  return v_user_id;
end $$;

-- The holder of a valid invitation token proves control of the invited address. For an address
-- without an account this creates one, verified, with the holder's password. For an UNVERIFIED
-- account (someone registered the address without proving it) the holder takes it over: the
-- password is replaced (the caller then ends every session of the account in the same transaction).
-- A verified account is never changed here (null back): its owner accepts signed in, or with the
-- account's own password.
create function account_claim_by_invitation(
  p_tenant_id uuid, p_invitation_id uuid, p_token_hash text, p_password_hash text, p_name text)
  returns uuid language plpgsql volatile security definer set search_path from current as $$
declare
  v_email text;
  v_user users%rowtype;
begin
  select i.email into v_email from invitations i
   where i.tenant_id = p_tenant_id and i.id = p_invitation_id and i.token_hash = p_token_hash
     and i.accepted_at is null and i.revoked_at is null and i.expires_at > now();
  if v_email is null then return null; end if;
  select * into v_user from users u where lower(u.email) = lower(v_email) for update;
  if not found then
    insert into users (email, password_hash, name, email_verified_at)
    values (v_email, p_password_hash, nullif(btrim(p_name), ''), now())
    returning * into v_user;
    return v_user.id;
  end if;
  if v_user.email_verified_at is not null then return null; end if;
  update users set password_hash = p_password_hash, email_verified_at = now(),
                   name = coalesce(nullif(btrim(p_name), ''), name)
   where id = v_user.id;
  return v_user.id;
end $$;

-- An invitation accepted by an account that proved its password (or is signed in) also proves the
-- address: the token reached it.
create function account_mark_verified_by_invitation(p_tenant_id uuid, p_invitation_id uuid, p_token_hash text, p_user_id uuid)
  returns boolean language sql volatile security definer set search_path from current as $$
  with invitation as (
    select i.email from invitations i
     where i.tenant_id = p_tenant_id and i.id = p_invitation_id and i.token_hash = p_token_hash
       and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
  )
  update users set email_verified_at = coalesce(email_verified_at, now())
    from invitation where users.id = p_user_id and lower(users.email) = lower(invitation.email)
  returning true
$$;

do $$
declare f text;
begin
  foreach f in array array['account_of(uuid)', 'account_by_email(text)',
    'account_token_issue(text, text, text, integer)', 'email_verify(text)',
    'password_reset_complete(text, text)', 'account_claim_by_invitation(uuid, uuid, text, text, text)',
    'account_mark_verified_by_invitation(uuid, uuid, text, uuid)'] loop
    execute format('revoke all on function %s from public', f);
    execute format('grant execute on function %s to ucos_app', f);
  end loop;
end $$;
