-- Revocation that reaches the gateway. Access tokens carry a session id (`sid`: the refresh-token
-- family) and their subject's grants version (`sv`). Identity records here every session it ends
-- (sign-out, refresh-token reuse, password change, "sign out that device") and every subject whose
-- grants changed (role change, role edit or deletion, member removal); the gateway reads the
-- recent records and refuses matching access tokens. A record is kept until every access token it
-- can concern has expired on its own (`expires_at`).
create table session_revocations (
  tenant_id   uuid        not null references tenants (tenant_id) on delete cascade,
  id          bigint      generated always as identity,
  session_id  uuid,
  subject_id  uuid,
  version     integer,
  reason      text        not null check (reason in ('SESSION_REVOKED', 'TOKEN_OUTDATED')),
  recorded_at timestamptz not null default clock_timestamp(),
  expires_at  timestamptz not null,
  primary key (tenant_id, id),
  -- either one session, or every token of a subject below a grants version
  check ((session_id is not null and subject_id is null and version is null)
      or (session_id is null and subject_id is not null and version is not null))
);
create index session_revocations_recent on session_revocations (recorded_at);
-- pruning runs with every new record of a tenant: it must not scan the tenant's history
create index session_revocations_expiry on session_revocations (tenant_id, expires_at);

-- A member's (or shopper's) grants version: bumped whenever the grants their tokens carry change,
-- read when a token is issued. Not tied to the membership, so it survives removal and re-adding.
create table principal_versions (
  tenant_id  uuid    not null references tenants (tenant_id) on delete cascade,
  subject_id uuid    not null,
  version    integer not null default 0 check (version >= 0),
  primary key (tenant_id, subject_id)
);

do $$
declare t text;
begin
  foreach t in array array['session_revocations', 'principal_versions'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format($p$create policy tenant_isolation on %I
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)$p$, t);
  end loop;
end $$;
create policy definer on session_revocations to ucos_owner using (true) with check (true);
create policy definer on refresh_tokens to ucos_owner using (true) with check (true);

-- Every new record is announced on commit (NOTIFY is transactional): identity forwards it to Redis
-- for the gateways when REDIS_URL is set. The gateways poll the feed below either way.
create function session_revocations_notify() returns trigger language plpgsql as $$
begin
  perform pg_notify('ucos_session_revocations', json_build_object(
    'sessionId', new.session_id, 'tenantId', new.tenant_id, 'subjectId', new.subject_id,
    'version', new.version, 'reason', new.reason, 'expiresAt', new.expires_at)::text);
  return new;
end $$;
create trigger session_revocations_notify after insert on session_revocations
  for each row execute function session_revocations_notify();

-- The gateway's feed: the records still in force that were written since `p_since` (every tenant's:
-- the gateway has no tenant when it checks a token). Ids, versions and reasons only.
create function session_revocations_since(p_since timestamptz)
  returns table (session_id uuid, tenant_id uuid, subject_id uuid, version integer, reason text,
                 expires_at timestamptz)
  language sql stable security definer set search_path from current as $$
  select r.session_id, r.tenant_id, r.subject_id, r.version, r.reason, r.expires_at
    from session_revocations r
   where r.recorded_at >= p_since and r.expires_at > now()
   order by r.recorded_at
$$;

-- A password change ends the person's other sessions in every tenant they belong to (their password
-- is one for all of them). Returns what it revoked.
create function user_sessions_revoke(p_user_id uuid, p_keep_session uuid, p_token_ttl_seconds integer)
  returns table (tenant_id uuid, session_id uuid)
  language sql volatile security definer set search_path from current as $$
  with revoked as (
    update refresh_tokens t set revoked_at = now()
     where t.user_id = p_user_id and t.revoked_at is null and t.family_id is distinct from p_keep_session
    returning t.tenant_id, t.family_id
  )
  insert into session_revocations (tenant_id, session_id, reason, expires_at)
  select distinct r.tenant_id, r.family_id, 'SESSION_REVOKED', now() + make_interval(secs => p_token_ttl_seconds)
    from revoked r
  returning session_revocations.tenant_id, session_revocations.session_id
$$;

do $$
declare f text;
begin
  foreach f in array array['session_revocations_since(timestamptz)', 'user_sessions_revoke(uuid, uuid, integer)'] loop
    execute format('revoke all on function %s from public', f);
    execute format('grant execute on function %s to ucos_app', f);
  end loop;
end $$;
