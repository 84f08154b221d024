-- The gateway resolves a partner's API key on every request (secret keys are never cached, so a
-- revocation is immediate). Resolving it and noting its use — at most once a minute, so a busy key
-- does not write on every request — is one statement in one transaction instead of two.
create function api_key_use(p_key_hash text)
  returns table (id uuid, tenant_id uuid, kind text, scopes text[], expires_at timestamptz, revoked_at timestamptz)
  language sql volatile security definer set search_path from current as $$
  with found as (
    select k.id, k.tenant_id, k.kind, k.scopes, k.expires_at, k.revoked_at
      from api_keys k where k.key_hash = p_key_hash
  ), noted as (
    update api_keys k set last_used_at = now()
      from found f
     where k.tenant_id = f.tenant_id and k.id = f.id
       and f.revoked_at is null and (f.expires_at is null or f.expires_at > now())
       and (k.last_used_at is null or k.last_used_at < now() - interval '60 seconds')
  )
  select found.id, found.tenant_id, found.kind, found.scopes, found.expires_at, found.revoked_at from found
$$;

revoke all on function api_key_use(text) from public;
grant execute on function api_key_use(text) to ucos_app;
