-- Procurement's idempotency keys move to the kit's one store, `idempotency_records` (kit migration 0011,
-- `onceForKey` in subgraphs/kit/src/db/idempotency.ts), which the worker prunes after a retention.
-- The owner copies every tenant's keys, so row security is lifted for the copy (the kit table's
-- `pruner` policy already lets the owner write it); the old table goes with its policy.
-- Dropped in the same step, as one way per thing: a pod of the previous release still running
-- between this migration and the rollout fails its keyed mutations (a client retry succeeds after).
alter table idempotency_keys no force row level security;
insert into idempotency_records (tenant_id, key, operation, request_hash, response, created_at)
select tenant_id, key, operation, request_hash, response, created_at from idempotency_keys
on conflict (tenant_id, key) do nothing;
drop table idempotency_keys;
