-- Consumers' "already handled" marks are kept for a retention, not forever: a redelivery comes within
-- the bus's redelivery window (JetStream's ack wait × max deliveries, minutes to hours), so a mark
-- older than the retention protects against nothing and only grows the table. The workers' pruning
-- job (`processedMessagesPruneJob`) deletes old marks of every tenant through this function only.
-- No index on processed_at: consumers insert a mark per event (hot), the job runs hourly, and in a
-- heap filled in insertion order the old rows come first.
create policy pruner on processed_messages to ucos_owner using (true) with check (true);

create function processed_messages_prune(older_than_seconds double precision, batch integer)
  returns integer language sql security definer set search_path from current as $$
  with gone as (
    delete from processed_messages
     where ctid = any (array(
       select ctid from processed_messages
        where processed_at < now() - make_interval(secs => older_than_seconds)
        limit batch
        for update skip locked))
    returning 1)
  select count(*)::integer from gone
$$;
revoke all on function processed_messages_prune(double precision, integer) from public;
grant execute on function processed_messages_prune(double precision, integer) to ucos_app;
