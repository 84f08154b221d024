-- What an idempotent mutation answered the first time (`onceForKey`, src/db/idempotency.ts): a client
-- that retries with the same key gets the stored result instead of a second effect. The row is
-- claimed first in the mutation's transaction (a concurrent retry waits on it), `response` is written
-- when the mutation succeeds; a failure rolls the claim back with everything else.
create table idempotency_records (
  tenant_id    uuid        not null,
  key          text        not null check (length(key) between 1 and 200),
  operation    text        not null,
  request_hash text        not null,
  response     jsonb,
  created_at   timestamptz not null default now(),
  primary key (tenant_id, key)
);
select enable_tenant_isolation('idempotency_records');
-- the service claims and completes records; only the pruning function below removes them
revoke delete on idempotency_records from ucos_app;

-- Records are kept for a retention, not forever: a client retries within minutes or hours of its
-- first attempt, so a record older than the retention (IDEMPOTENCY_RETENTION_DAYS) answers no retry
-- and only grows the table. The workers' job (`idempotencyRecordsPruneJob`) deletes old records of
-- every tenant through this function only. No index on created_at, as for processed_messages: the
-- heap fills in insertion order, so the old rows come first and the hourly job reads few pages.
create policy pruner on idempotency_records to ucos_owner using (true) with check (true);

create function idempotency_records_prune(older_than_seconds double precision, batch integer)
  returns integer language sql security definer set search_path from current as $$
  with gone as (
    delete from idempotency_records
     where ctid = any (array(
       select ctid from idempotency_records
        where created_at < now() - make_interval(secs => older_than_seconds)
        limit batch
        for update skip locked))
    returning 1)
  select count(*)::integer from gone
$$;
revoke all on function idempotency_records_prune(double precision, integer) from public;
grant execute on function idempotency_records_prune(double precision, integer) to ucos_app;
