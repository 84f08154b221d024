-- How far behind the relay is, for the metrics endpoint: the unpublished events of every tenant and
-- the age of the oldest. Counts only, through the partial index of unpublished rows.
create function outbox_backlog() returns table (pending bigint, oldest_age_seconds double precision)
  language sql stable security definer set search_path from current as $$
  select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)::float8
    from outbox where published_at is null
$$;
revoke all on function outbox_backlog() from public;
grant execute on function outbox_backlog() to ucos_app;
