-- Sign-in throttling: failed attempts counted per account (a hash of the email, per audience) and
-- per client address, across tenants. Not tenant data, so not under RLS: the app role cannot touch
-- the table at all and reaches it only through the three functions below, which take and return
-- nothing but bucket names and seconds.
create table sign_in_failures (
  bucket text primary key,
  failures integer not null,
  window_started_at timestamptz not null,
  locked_until timestamptz,
  -- how many times the bucket has been locked in a row: each lock lasts twice the one before
  lockouts integer not null default 0
);
revoke all on table sign_in_failures from public;
revoke all on table sign_in_failures from ucos_app;

-- Seconds until any of the buckets may try again (0: go ahead).
create function sign_in_wait(p_buckets text[])
  returns integer language sql stable security definer set search_path from current as $$
  select coalesce(max(ceil(extract(epoch from (locked_until - now()))))::integer, 0)
    from sign_in_failures where bucket = any(p_buckets) and locked_until > now()
$$;

-- Counts one failure against each bucket. A bucket reaching its limit within the window is locked:
-- for p_lock_seconds × 2^(earlier lockouts), at most p_max_lock_seconds, when p_grow; else until
-- the window ends. A window that has run out starts again.
create function sign_in_failed(
  p_buckets text[], p_limits integer[], p_grow boolean[],
  p_window_seconds integer, p_lock_seconds integer, p_max_lock_seconds integer)
  returns void language plpgsql volatile security definer set search_path from current as $$
declare
  i integer;
  hit sign_in_failures;
begin
  for i in 1 .. coalesce(array_length(p_buckets, 1), 0) loop
    insert into sign_in_failures as f (bucket, failures, window_started_at)
      values (p_buckets[i], 1, now())
    on conflict (bucket) do update
      set failures = case when f.window_started_at + make_interval(secs => p_window_seconds) <= now()
                          then 1 else f.failures + 1 end,
          window_started_at = case when f.window_started_at + make_interval(secs => p_window_seconds) <= now()
                                   then now() else f.window_started_at end,
          -- a quiet spell as long as the longest lock forgives earlier lockouts
          lockouts = case when coalesce(f.locked_until, f.window_started_at)
                               + make_interval(secs => p_max_lock_seconds) <= now()
                          then 0 else f.lockouts end
    returning * into hit;
    if hit.failures >= p_limits[i] then
      update sign_in_failures
         set locked_until = case
               when p_grow[i] then now() + make_interval(secs => least(p_max_lock_seconds,
                                       p_lock_seconds * power(2, least(hit.lockouts, 20))::integer))
               else hit.window_started_at + make_interval(secs => p_window_seconds) end,
             lockouts = hit.lockouts + 1,
             failures = 0,
             window_started_at = now()
       where bucket = hit.bucket;
    end if;
  end loop;
  -- old rows are of no use to anyone: keep the table small
  delete from sign_in_failures
   where window_started_at < now() - make_interval(secs => greatest(p_window_seconds, p_max_lock_seconds) * 2)
     and (locked_until is null or locked_until < now());
end $$;

-- A successful sign-in forgets the account's failures (not the address's).
create function sign_in_succeeded(p_bucket text)
  returns void language sql volatile security definer set search_path from current as $$
  delete from sign_in_failures where bucket = p_bucket
$$;

revoke all on function sign_in_wait(text[]) from public;
revoke all on function sign_in_failed(text[], integer[], boolean[], integer, integer, integer) from public;
revoke all on function sign_in_succeeded(text) from public;
grant execute on function sign_in_wait(text[]) to ucos_app;
grant execute on function sign_in_failed(text[], integer[], boolean[], integer, integer, integer) to ucos_app;
grant execute on function sign_in_succeeded(text) to ucos_app;
