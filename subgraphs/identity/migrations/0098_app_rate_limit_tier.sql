-- A tenant chooses a rate-limit tier for an app too, and every key the app owns gets it unless the key
-- sets its own: the key's own tier > the app's tier > the default (standard). A key's tier becomes
-- optional for that (null: follow its app). Keys that exist keep the tier they have, so no budget
-- changes with this migration; the tenant clears a key's tier to let it follow its app.
alter table apps
  add column rate_limit_tier text check (rate_limit_tier in ('basic', 'standard', 'premium'));

alter table api_keys alter column rate_limit_tier drop not null;
alter table api_keys alter column rate_limit_tier drop default;

-- The gateway learns the tier in force and where it was set when it resolves the key, so an app's tier
-- reaches every gateway as fast as a key's own (at the next resolution: at once for secret keys,
-- within the publishable-key cache for storefront keys).
drop function api_key_use(text);
create function api_key_use(p_key_hash text)
  returns table (id uuid, tenant_id uuid, kind text, scopes text[], expires_at timestamptz, revoked_at timestamptz,
                 rate_limit_tier text, app_id uuid, app_built_in text, rate_limit_tier_source text)
  language sql volatile security definer set search_path from current as $$
  with found as (
    select k.id, k.tenant_id, k.kind, k.scopes, k.expires_at, k.revoked_at, k.app_id, a.built_in,
           coalesce(k.rate_limit_tier, a.rate_limit_tier, 'standard') as rate_limit_tier,
           case when k.rate_limit_tier is not null then 'key'
                when a.rate_limit_tier is not null then 'app'
                else 'default' end as rate_limit_tier_source
      from api_keys k left join apps a on a.tenant_id = k.tenant_id and a.id = k.app_id
     where k.key_hash = p_key_hash
  ), noted as (
    update api_keys k set last_used_at = now()
      from found f
     where k.tenant_id = f.tenant_id and k.id = f.id
       and f.revoked_at is null and (f.expires_at is null or f.expires_at > now())
       and (k.last_used_at is null or k.last_used_at < now() - interval '60 seconds')
  )
  select found.id, found.tenant_id, found.kind, found.scopes, found.expires_at, found.revoked_at,
         found.rate_limit_tier, found.app_id, found.built_in, found.rate_limit_tier_source
    from found
$$;
revoke all on function api_key_use(text) from public;
grant execute on function api_key_use(text) to ucos_app;
