-- Workflows: runs, their steps, approval tasks and their decisions (the engine's state). Every
-- transition is a committed row here before the next step starts, so a worker that dies mid-run
-- leaves a run another worker resumes (see `src/engine/`).
create table runs (
  tenant_id          uuid        not null,
  id                 uuid        not null default gen_random_uuid(),
  definition_id      uuid        not null,
  -- the version the run started with: an edit of the definition never changes a run in flight
  definition_version integer     not null check (definition_version > 0),
  status             text        not null default 'running'
                     check (status in ('running', 'waiting', 'completed', 'failed', 'compensating', 'compensated', 'cancelled')),
  -- { kind: event | schedule | manual, eventId?, eventType?, scheduledAt? }
  trigger            jsonb       not null,
  -- who started it: a member's subject (manual), the event's actor if any; never decides its own approvals
  requester          text,
  -- the triggering event's payload (`event` in expressions)
  event              jsonb,
  -- manual input (`input` in expressions)
  input              jsonb,
  vars               jsonb       not null default '{}'::jsonb,
  error              text,
  -- a worker holds a run while it advances it; an expired lease is a dead worker's run, resumed by another
  lease_owner        text,
  lease_until        timestamptz,
  -- bumped by whoever completes a waiting step from outside the engine (a decision, an awaited event):
  -- a worker that saw an older value does not put the run back to `waiting`, it advances it again
  wakeups            integer     not null default 0,
  -- at most one run per (definition, trigger event) and per (definition, scheduled time)
  dedupe_key         text,
  started_at         timestamptz not null default now(),
  finished_at        timestamptz,
  updated_at         timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, definition_id, definition_version)
    references definition_versions (tenant_id, definition_id, version),
  constraint runs_dedupe unique (tenant_id, definition_id, dedupe_key)
);
create index runs_by_definition on runs (tenant_id, definition_id, started_at desc);
create index runs_by_status on runs (tenant_id, status, started_at desc);
create index runs_resumable on runs (lease_until) where status in ('running', 'compensating');

create sequence run_step_completion;

create table run_steps (
  tenant_id       uuid        not null,
  run_id          uuid        not null,
  -- the step's path in the document: `approve`, `check.then.notify`, `fanout.0.notify`, `hold.compensate.release`
  path            text        not null check (length(path) between 1 and 1000),
  kind            text        not null
                  check (kind in ('condition', 'approval', 'action', 'notify', 'webhook', 'wait', 'set', 'parallel')),
  status          text        not null default 'pending'
                  check (status in ('pending', 'running', 'waiting', 'completed', 'failed', 'skipped', 'compensated')),
  attempt         integer     not null default 0 check (attempt >= 0),
  input           jsonb,
  output          jsonb,
  error           text,
  -- when a waiting step (duration, event timeout, approval due/escalation) or a retry backoff is due
  wake_at         timestamptz,
  -- a `wait: event` step's subscription: the event type the router matches
  wait_event      text,
  -- run id + path: what an external call carries so a retry after a crash is applied once
  idempotency_key text        not null,
  -- the order steps completed in (compensation runs in reverse)
  completed_seq   bigint,
  started_at      timestamptz,
  finished_at     timestamptz,
  created_at      timestamptz not null default now(),
  primary key (tenant_id, run_id, path),
  foreign key (tenant_id, run_id) references runs (tenant_id, id) on delete cascade
);
create index run_steps_waiting_event on run_steps (tenant_id, wait_event) where status = 'waiting' and wait_event is not null;
create index run_steps_due on run_steps (wake_at) where status in ('waiting', 'pending') and wake_at is not null;

create table tasks (
  tenant_id         uuid        not null,
  id                uuid        not null default gen_random_uuid(),
  run_id            uuid        not null,
  step_path         text        not null,
  title             text        not null check (length(title) between 1 and 500),
  description       text,
  -- members holding this scope decide
  scope             text        not null,
  quorum            integer     not null default 1 check (quorum between 1 and 20),
  due_at            timestamptz,
  escalate_at       timestamptz,
  escalation_scope  text,
  escalated_at      timestamptz,
  status            text        not null default 'open' check (status in ('open', 'approved', 'rejected', 'expired')),
  requester         text,
  decided_at        timestamptz,
  created_at        timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, run_id, step_path),
  foreign key (tenant_id, run_id, step_path) references run_steps (tenant_id, run_id, path) on delete cascade
);
create index tasks_open on tasks (tenant_id, status, created_at desc);

create table task_decisions (
  tenant_id  uuid        not null,
  task_id    uuid        not null,
  member     text        not null,
  decision   text        not null check (decision in ('approve', 'reject')),
  comment    text        check (length(comment) <= 2000),
  decided_at timestamptz not null default now(),
  primary key (tenant_id, task_id, member),
  foreign key (tenant_id, task_id) references tasks (tenant_id, id) on delete cascade
);

-- At most one scheduled run per (definition, scheduled time), whichever replica gets there first.
create table schedule_ticks (
  tenant_id     uuid        not null,
  definition_id uuid        not null,
  scheduled_at  timestamptz not null,
  run_id        uuid,
  created_at    timestamptz not null default now(),
  primary key (tenant_id, definition_id, scheduled_at)
);

do $$
declare t text;
begin
  foreach t in array array['runs', 'run_steps', 'tasks', 'task_decisions', 'schedule_ticks'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format($p$create policy tenant_isolation on %I
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)$p$, t);
  end loop;
end $$;
revoke update, delete on task_decisions from ucos_app;

-- The worker's cross-tenant look-ups: which runs have work due (a free lease on a running or
-- compensating run: a dead worker's or one started by the API; a waiting step whose time came),
-- and which enabled definitions run on a schedule. Only ids leave; the work itself runs in the tenant.
create policy worker on runs for select to ucos_owner using (true);
create policy worker on run_steps for select to ucos_owner using (true);
create policy worker on definitions for select to ucos_owner using (true);

create function runs_due(batch integer)
  returns table (tenant_id uuid, run_id uuid)
  language sql stable security definer set search_path from current as $$
  select r.tenant_id, r.id from runs r
   where r.status in ('running', 'compensating') and (r.lease_until is null or r.lease_until < now())
  union
  select r.tenant_id, r.id from run_steps s join runs r on r.tenant_id = s.tenant_id and r.id = s.run_id
   where s.status in ('waiting', 'pending') and s.wake_at is not null and s.wake_at <= now()
     and r.status in ('running', 'waiting', 'compensating') and (r.lease_until is null or r.lease_until < now())
  limit batch
$$;
revoke all on function runs_due(integer) from public;
grant execute on function runs_due(integer) to ucos_app;

create function scheduled_definitions()
  returns table (tenant_id uuid, definition_id uuid, version integer)
  language sql stable security definer set search_path from current as $$
  select d.tenant_id, d.id, d.latest_version from definitions d where d.enabled and d.trigger_kind = 'schedule'
$$;
revoke all on function scheduled_definitions() from public;
grant execute on function scheduled_definitions() to ucos_app;
