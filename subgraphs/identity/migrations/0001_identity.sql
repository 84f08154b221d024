-- Identity: tenants, people, memberships, roles, sessions, keys, feature flags.
-- Everything tenant-owned is guarded by RLS on tenant_id. The few look-ups that must happen before a
-- tenant is known (login by email, API-key by hash, tenant by slug) are SECURITY DEFINER functions
-- returning only what that step needs.

create table tenants (
  tenant_id  uuid        primary key,
  slug       text        not null unique check (slug ~ '^[a-z0-9](?:[a-z0-9-]{1,46}[a-z0-9])$'),
  name       text        not null check (length(name) between 1 and 200),
  created_at timestamptz not null default now(),
  version    integer     not null default 1
);

-- A person's login identity. One person may belong to several tenants, so this table is not
-- tenant-owned; the application role cannot read it directly (see the functions below and the
-- policy: a tenant sees only its own members).
create table users (
  id            uuid        primary key default gen_random_uuid(),
  email         text        not null,
  password_hash text        not null,
  name          text,
  created_at    timestamptz not null default now()
);
create unique index users_email on users (lower(email));

create table roles (
  tenant_id   uuid        not null references tenants (tenant_id) on delete cascade,
  id          uuid        not null default gen_random_uuid(),
  name        text        not null check (name ~ '^[a-z][a-z0-9_-]{1,39}$'),
  description text,
  scopes      text[]      not null,
  builtin     boolean     not null default false,
  version     integer     not null default 1,
  created_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, name)
);

create table memberships (
  tenant_id  uuid        not null references tenants (tenant_id) on delete cascade,
  user_id    uuid        not null references users (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (tenant_id, user_id)
);

create table membership_roles (
  tenant_id uuid not null,
  user_id   uuid not null,
  role_id   uuid not null,
  primary key (tenant_id, user_id, role_id),
  foreign key (tenant_id, user_id) references memberships (tenant_id, user_id) on delete cascade,
  foreign key (tenant_id, role_id) references roles (tenant_id, id) on delete cascade
);

create table refresh_tokens (
  tenant_id   uuid        not null,
  id          uuid        not null default gen_random_uuid(),
  family_id   uuid        not null,
  user_id     uuid        not null,
  token_hash  text        not null,
  expires_at  timestamptz not null,
  revoked_at  timestamptz,
  replaced_by uuid,
  created_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, user_id) references memberships (tenant_id, user_id) on delete cascade
);
create index refresh_tokens_family on refresh_tokens (tenant_id, family_id);

create table api_keys (
  tenant_id    uuid        not null references tenants (tenant_id) on delete cascade,
  id           uuid        not null default gen_random_uuid(),
  kind         text        not null check (kind in ('api_key', 'publishable_key')),
  name         text        not null check (length(name) between 1 and 100),
  prefix       text        not null,
  key_hash     text        not null unique,
  scopes       text[]      not null,
  expires_at   timestamptz,
  revoked_at   timestamptz,
  last_used_at timestamptz,
  created_by   text,
  created_at   timestamptz not null default now(),
  primary key (tenant_id, id)
);

create table feature_flags (
  tenant_id   uuid        not null references tenants (tenant_id) on delete cascade,
  key         text        not null check (key ~ '^[a-z][a-z0-9_.-]{1,63}$'),
  description text,
  enabled     boolean     not null default false,
  percentage  integer     not null default 100 check (percentage between 0 and 100),
  version     integer     not null default 1,
  updated_at  timestamptz not null default now(),
  primary key (tenant_id, key)
);

do $$
declare t text;
begin
  foreach t in array array['roles', 'memberships', 'membership_roles', 'refresh_tokens', 'api_keys', 'feature_flags'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format($p$create policy tenant_isolation on %I
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)$p$, t);
  end loop;
end $$;

alter table tenants enable row level security;
alter table tenants force row level security;
create policy tenant_isolation on tenants
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- A tenant sees the people who are its members, nothing else; people are created by a function.
alter table users enable row level security;
alter table users force row level security;
create policy members_of_current_tenant on users for select
  using (exists (select 1 from memberships m
                  where m.user_id = users.id
                    and m.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid));
create policy definer on users to ucos_owner using (true) with check (true);
create policy definer on tenants to ucos_owner using (true) with check (true);
create policy definer on api_keys to ucos_owner using (true) with check (true);
create policy definer on memberships to ucos_owner using (true) with check (true);
revoke insert, update, delete on users from ucos_app;

-- Sign-in step 1: the person behind an email and their password hash, and the tenant they ask for
-- (by slug) if they are a member of it. Nothing else about other tenants leaves this function.
create function login_lookup(p_email text, p_tenant_slug text)
  returns table (user_id uuid, password_hash text, tenant_id uuid)
  language sql stable security definer set search_path from current as $$
  select u.id, u.password_hash,
         (select m.tenant_id from memberships m join tenants t on t.tenant_id = m.tenant_id
           where m.user_id = u.id and (p_tenant_slug is null or t.slug = p_tenant_slug)
           order by m.created_at limit 1)
    from users u where lower(u.email) = lower(p_email)
$$;

-- Registers a person (sign-up, invitations). Returns null when the email is already taken.
create function user_register(p_email text, p_password_hash text, p_name text)
  returns uuid language sql volatile security definer set search_path from current as $$
  insert into users (email, password_hash, name) values (p_email, p_password_hash, p_name)
  on conflict (lower(email)) do nothing
  returning id
$$;

-- Changing one's own password needs the current hash (to verify); only for a known user id.
create function user_password_hash(p_user_id uuid)
  returns text language sql stable security definer set search_path from current as $$
  select password_hash from users where id = p_user_id
$$;

create function user_password_set(p_user_id uuid, p_password_hash text)
  returns void language sql volatile security definer set search_path from current as $$
  update users set password_hash = p_password_hash where id = p_user_id
$$;

-- The gateway resolves a raw API key to its tenant and scopes; only the hash is looked up.
create function api_key_lookup(p_key_hash text)
  returns table (id uuid, tenant_id uuid, kind text, scopes text[], expires_at timestamptz, revoked_at timestamptz)
  language sql stable security definer set search_path from current as $$
  select id, tenant_id, kind, scopes, expires_at, revoked_at from api_keys where key_hash = p_key_hash
$$;

-- Is a slug free? Sign-up asks before it creates anything.
create function tenant_slug_taken(p_slug text)
  returns boolean language sql stable security definer set search_path from current as $$
  select exists (select 1 from tenants where slug = p_slug)
$$;

-- The tenants a signed-in person belongs to (for a tenant switcher): ids, slugs and names only.
create function user_tenants(p_user_id uuid)
  returns table (tenant_id uuid, slug text, name text)
  language sql stable security definer set search_path from current as $$
  select t.tenant_id, t.slug, t.name from memberships m join tenants t on t.tenant_id = m.tenant_id
   where m.user_id = p_user_id order by t.name
$$;

do $$
declare f text;
begin
  foreach f in array array['login_lookup(text, text)', 'user_register(text, text, text)',
    'user_password_hash(uuid)', 'user_password_set(uuid, text)', 'api_key_lookup(text)',
    'tenant_slug_taken(text)', 'user_tenants(uuid)'] loop
    execute format('revoke all on function %s from public', f);
    execute format('grant execute on function %s to ucos_app', f);
  end loop;
end $$;
