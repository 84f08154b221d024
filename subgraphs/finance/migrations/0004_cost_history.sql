-- Goods movements valued at the cost in force at their own time, whatever order the events arrive in.
-- `variant_cost_history` keeps every moving-average cost inventory published, dated by when it took
-- effect; `valued_movements` keeps each shipped or returned line with the cost it was valued at, so
-- a cost that arrives after movements it should have valued revalues them (a `cost.revaluation`
-- entry per cost event) instead of leaving the inventory account off for good.

create table variant_cost_history (
  tenant_id     uuid           not null,
  variant_id    uuid           not null,
  -- the `inventory.variant_cost.changed` event (a random id for a row carried over from variant_costs);
  -- with effective_at it orders two costs of one moment the same way whatever order they arrived in
  event_id      uuid           not null default gen_random_uuid(),
  effective_at  timestamptz    not null,
  average_cost  numeric(24, 6) not null,
  currency      text           not null,
  recorded_at   timestamptz    not null default now(),
  primary key (tenant_id, event_id)
);
create index variant_cost_history_by_time on variant_cost_history (tenant_id, variant_id, effective_at, event_id);

-- One row per shipped or returned line: what moved, when, and the cost it is valued at now.
create table valued_movements (
  tenant_id             uuid           not null,
  -- the movement's journal source: `shipment.shipped` / shipment id, `return.received` / return id
  source_type           text           not null check (source_type in ('shipment.shipped', 'return.received')),
  source_id             text           not null,
  line_no               integer        not null check (line_no > 0),
  variant_id            uuid           not null,
  occurred_at           timestamptz    not null,
  quantity              integer        not null check (quantity >= 0),
  -- the cost valued at (null, value 0: no cost known yet) and the history row it came from
  unit_cost             numeric(24, 6),
  cost_event_id         uuid,
  -- round(quantity × unit_cost) in base minor units: what the movement's entries hold for it in total
  value                 bigint         not null,
  -- the movement's own entry and the accounts it hit, which later revaluations book against
  entry_id              uuid           not null,
  inventory_account_id  uuid           not null,
  cost_account_id       uuid           not null,
  -- the last revaluation that changed its value
  revaluation_entry_id  uuid,
  updated_at            timestamptz    not null default now(),
  primary key (tenant_id, source_type, source_id, line_no),
  foreign key (tenant_id, entry_id) references journal_entries (tenant_id, id),
  foreign key (tenant_id, revaluation_entry_id) references journal_entries (tenant_id, id)
);
create index valued_movements_by_variant on valued_movements (tenant_id, variant_id, occurred_at);

select enable_tenant_isolation('variant_cost_history');
select enable_tenant_isolation('valued_movements');

-- The costs heard so far start the history, each dated when it was published. Every tenant's rows:
-- the owner reads and writes past the tenant policy only while the tables do not force it.
alter table variant_costs no force row level security;
alter table variant_cost_history no force row level security;
insert into variant_cost_history (tenant_id, variant_id, effective_at, average_cost, currency)
select tenant_id, variant_id, as_of, average_cost, currency from variant_costs;
alter table variant_costs force row level security;
alter table variant_cost_history force row level security;

-- variant_costs is no longer read. The migration Job runs before the rollout, so a replica of the
-- previous release may still write a cost there: this trigger carries it into the history. The table
-- and the trigger go in a later migration, once no such replica runs.
create function carry_variant_cost_into_history() returns trigger language plpgsql as $$
begin
  insert into finance.variant_cost_history (tenant_id, variant_id, effective_at, average_cost, currency)
  values (new.tenant_id, new.variant_id, new.as_of, new.average_cost, new.currency);
  return new;
end $$;

create trigger variant_costs_into_history after insert or update on variant_costs
  for each row execute function carry_variant_cost_into_history();
