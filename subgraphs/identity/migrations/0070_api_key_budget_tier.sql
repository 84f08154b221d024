-- A tenant chooses each key's rate-limit tier: how large a budget the gateway gives the key, as a
-- multiple of the deployment's budget for its kind (gateway/src/rate-limit.ts). The gateway learns
-- it when it resolves the key, so api_key_use answers it too.
alter table api_keys
  add column rate_limit_tier text not null default 'standard'
    check (rate_limit_tier in ('basic', 'standard', 'premium'));
-- 0030 grants the readable columns one by one; a new column is granted here (to ucos_app, the runner moves it)
grant select (rate_limit_tier) on api_keys to ucos_app;

drop function api_key_use(text);
create function api_key_use(p_key_hash text)
  returns table (id uuid, tenant_id uuid, kind text, scopes text[], expires_at timestamptz, revoked_at timestamptz,
                 rate_limit_tier text)
  language sql volatile security definer set search_path from current as $$
  with found as (
    select k.id, k.tenant_id, k.kind, k.scopes, k.expires_at, k.revoked_at, k.rate_limit_tier
      from api_keys k where k.key_hash = p_key_hash
  ), noted as (
    update api_keys k set last_used_at = now()
      from found f
     where k.tenant_id = f.tenant_id and k.id = f.id
       and f.revoked_at is null and (f.expires_at is null or f.expires_at > now())
       and (k.last_used_at is null or k.last_used_at < now() - interval '60 seconds')
  )
  select found.id, found.tenant_id, found.kind, found.scopes, found.expires_at, found.revoked_at, found.rate_limit_tier
    from found
$$;

revoke all on function api_key_use(text) from public;
grant execute on function api_key_use(text) to ucos_app;
