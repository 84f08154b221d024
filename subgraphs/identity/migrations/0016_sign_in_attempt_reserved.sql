-- Sign-in attempts are counted BEFORE the password is checked, in one statement per bucket, so a
-- burst of concurrent guesses cannot all slip through before the first failure is recorded (the
-- check-then-record of 0015 let them). A success or a refusal that was not a guess gives the
-- attempt back.
drop function sign_in_wait(text[]);
drop function sign_in_failed(text[], integer[], boolean[], integer, integer, integer);
drop function sign_in_succeeded(text);

-- Reserves one attempt in each bucket. Returns 0 to go ahead, or the seconds to wait: a locked
-- bucket refuses without counting; the attempt past a bucket's limit within its window locks it —
-- for p_lock_seconds × 2^(earlier lockouts), at most p_max_lock_seconds, when p_grow; else until
-- the window ends.
create function sign_in_attempt(
  p_buckets text[], p_limits integer[], p_grow boolean[],
  p_window_seconds integer, p_lock_seconds integer, p_max_lock_seconds integer)
  returns integer language plpgsql volatile security definer set search_path from current as $$
declare
  i integer;
  hit sign_in_failures;
  wait integer := 0;
  window_length interval := make_interval(secs => p_window_seconds);
begin
  select coalesce(max(ceil(extract(epoch from (locked_until - now()))))::integer, 0) into wait
    from sign_in_failures where bucket = any(p_buckets) and locked_until > now();
  if wait > 0 then
    return wait;
  end if;
  for i in 1 .. coalesce(array_length(p_buckets, 1), 0) loop
    insert into sign_in_failures as f (bucket, failures, window_started_at)
      values (p_buckets[i], 1, now())
    on conflict (bucket) do update
      set failures = case when f.locked_until > now() then f.failures
                          when f.window_started_at + window_length <= now() then 1
                          else f.failures + 1 end,
          window_started_at = case when f.locked_until > now() then f.window_started_at
                                   when f.window_started_at + window_length <= now() then now()
                                   else f.window_started_at end,
          -- a quiet spell as long as the longest lock forgives earlier lockouts
          lockouts = case when coalesce(f.locked_until, f.window_started_at)
                               + make_interval(secs => p_max_lock_seconds) <= now()
                          then 0 else f.lockouts end
    returning * into hit;
    if hit.locked_until > now() then
      -- locked by a concurrent attempt since the check above
      wait := greatest(wait, ceil(extract(epoch from (hit.locked_until - now())))::integer);
    elsif hit.failures > p_limits[i] then
      update sign_in_failures
         set locked_until = case
               when p_grow[i] then now() + make_interval(secs => least(p_max_lock_seconds,
                                       p_lock_seconds * power(2, least(hit.lockouts, 20))::integer))
               else hit.window_started_at + window_length end,
             lockouts = hit.lockouts + 1,
             failures = 0,
             window_started_at = now()
       where bucket = hit.bucket
       returning * into hit;
      wait := greatest(wait, greatest(1, ceil(extract(epoch from (hit.locked_until - now())))::integer));
    end if;
  end loop;
  -- old rows are of no use to anyone: keep the table small
  delete from sign_in_failures
   where window_started_at < now() - make_interval(secs => greatest(p_window_seconds, p_max_lock_seconds) * 2)
     and (locked_until is null or locked_until < now());
  return wait;
end $$;

-- Gives a reserved attempt back (it was not a wrong password); on success the account's count is
-- forgotten altogether.
create function sign_in_release(p_buckets text[], p_forget text)
  returns void language sql volatile security definer set search_path from current as $$
  update sign_in_failures set failures = greatest(failures - 1, 0)
   where bucket = any(p_buckets) and (locked_until is null or locked_until <= now());
  delete from sign_in_failures where bucket = p_forget and (locked_until is null or locked_until <= now());
$$;

revoke all on function sign_in_attempt(text[], integer[], boolean[], integer, integer, integer) from public;
revoke all on function sign_in_release(text[], text) from public;
grant execute on function sign_in_attempt(text[], integer[], boolean[], integer, integer, integer) to ucos_app;
grant execute on function sign_in_release(text[], text) to ucos_app;
