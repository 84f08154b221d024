-- Finance: a double-entry ledger per tenant, posted from the events other domains publish.
-- Journal entries are append-only (no update or delete for the service role), each one balanced at
-- commit (a deferred constraint trigger), each posted at most once per source (a unique key), and a
-- closed fiscal period refuses new entries (a trigger): the database holds these rules, not only code.

-- One row per tenant that has used finance; created with the chart of accounts on first use.
create table settings (
  tenant_id      uuid        not null primary key,
  base_currency  text        not null default 'EUR' check (base_currency ~ '^[A-Z]{3}$'),
  created_at     timestamptz not null default now(),
  updated_at     timestamptz not null default now()
);

create table accounts (
  tenant_id   uuid        not null,
  id          uuid        not null default gen_random_uuid(),
  code        text        not null check (code ~ '^[0-9A-Za-z.-]{1,20}$'),
  name        text        not null check (length(name) between 1 and 200),
  type        text        not null check (type in ('ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'EXPENSE')),
  parent_id   uuid,
  active      boolean     not null default true,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  constraint accounts_code_key unique (tenant_id, code),
  foreign key (tenant_id, parent_id) references accounts (tenant_id, id)
);

-- Which account each posting role uses (sales revenue, receivables, …); the template fills it.
create table account_mappings (
  tenant_id   uuid        not null,
  role        text        not null,
  account_id  uuid        not null,
  updated_at  timestamptz not null default now(),
  primary key (tenant_id, role),
  foreign key (tenant_id, account_id) references accounts (tenant_id, id)
);

-- Monthly periods, created when first posted to or asked for.
create table fiscal_periods (
  tenant_id   uuid        not null,
  id          uuid        not null default gen_random_uuid(),
  starts_on   date        not null check (extract(day from starts_on) = 1),
  ends_on     date        not null,
  status      text        not null default 'open' check (status in ('open', 'closed')),
  closed_at   timestamptz,
  closed_by   text,
  updated_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  constraint fiscal_periods_month_key unique (tenant_id, starts_on),
  check (ends_on = (starts_on + interval '1 month' - interval '1 day')::date)
);

create table journal_entries (
  tenant_id         uuid        not null,
  id                uuid        not null default gen_random_uuid(),
  number            bigint      generated always as identity,
  entry_date        date        not null,
  period_id         uuid        not null,
  description       text        not null,
  -- what it was posted from: an event's document (`order.placed` + the order id) or a reversal
  source_type       text        not null,
  source_id         text        not null,
  event_id          uuid,
  reverses_entry_id uuid,
  -- set when the source's own date fell in a closed period and it was posted to the first open one
  original_date     date,
  posted_at         timestamptz not null default now(),
  primary key (tenant_id, id),
  constraint journal_entries_source_key unique (tenant_id, source_type, source_id),
  foreign key (tenant_id, period_id) references fiscal_periods (tenant_id, id),
  foreign key (tenant_id, reverses_entry_id) references journal_entries (tenant_id, id)
);
create index journal_entries_by_date on journal_entries (tenant_id, entry_date, number);
create index journal_entries_by_posted on journal_entries (tenant_id, posted_at, id);

-- Debit and credit in base-currency minor units; `amount` is the document's own amount (signed:
-- positive on the debit side) in `currency`, converted at `rate` (base per document unit).
create table journal_lines (
  tenant_id   uuid          not null,
  entry_id    uuid          not null,
  line_no     integer       not null,
  account_id  uuid          not null,
  debit       bigint        not null default 0 check (debit >= 0),
  credit      bigint        not null default 0 check (credit >= 0),
  currency    text          not null,
  amount      bigint        not null,
  rate        numeric(24, 12) not null check (rate > 0),
  memo        text          not null default '',
  primary key (tenant_id, entry_id, line_no),
  check (debit = 0 or credit = 0),
  foreign key (tenant_id, entry_id) references journal_entries (tenant_id, id),
  foreign key (tenant_id, account_id) references accounts (tenant_id, id)
);
create index journal_lines_by_account on journal_lines (tenant_id, account_id, entry_id);

-- Moving-average cost per variant as inventory last published it (`inventory.variant_cost.changed`).
create table variant_costs (
  tenant_id     uuid          not null,
  variant_id    uuid          not null,
  average_cost  numeric(24, 6) not null,
  currency      text          not null,
  as_of         timestamptz   not null,
  primary key (tenant_id, variant_id)
);

-- An event that arrived before the one it depends on (an order's cancellation before its
-- placement): kept here and posted when that one is.
create table parked_events (
  tenant_id   uuid        not null,
  event_id    uuid        not null,
  waits_for   text        not null,
  envelope    jsonb       not null,
  parked_at   timestamptz not null default now(),
  primary key (tenant_id, event_id)
);
create index parked_events_by_key on parked_events (tenant_id, waits_for);

select enable_tenant_isolation('settings');
select enable_tenant_isolation('accounts');
select enable_tenant_isolation('account_mappings');
select enable_tenant_isolation('fiscal_periods');
select enable_tenant_isolation('journal_entries');
select enable_tenant_isolation('journal_lines');
select enable_tenant_isolation('variant_costs');
select enable_tenant_isolation('parked_events');

-- Balanced at commit: debits equal credits, and an entry has at least two lines. Deferred, so an
-- entry and its lines are written in any order within the transaction. The functions name the
-- schema: they run with the service role's search path.
create function entry_balance_problem(tenant uuid, entry uuid) returns text language sql stable as $$
  select case
    when count(*) < 2 then format('journal entry %s has %s line(s); at least two are required', entry, count(*))
    when coalesce(sum(debit), 0) <> coalesce(sum(credit), 0)
      then format('journal entry %s is not balanced: debits %s <> credits %s', entry, sum(debit), sum(credit))
  end
  from finance.journal_lines where tenant_id = tenant and entry_id = entry
$$;

create function check_entry_balanced() returns trigger language plpgsql as $$
declare
  problem text;
begin
  problem := finance.entry_balance_problem(new.tenant_id, new.id);
  if problem is not null then
    raise exception '%', problem using errcode = '23514';
  end if;
  return null;
end $$;

create function check_entry_lines_balanced() returns trigger language plpgsql as $$
declare
  problem text;
begin
  problem := finance.entry_balance_problem(new.tenant_id, new.entry_id);
  if problem is not null then
    raise exception '%', problem using errcode = '23514';
  end if;
  return null;
end $$;

create constraint trigger journal_entries_balanced after insert on journal_entries
  deferrable initially deferred for each row execute function check_entry_balanced();
create constraint trigger journal_lines_balanced after insert on journal_lines
  deferrable initially deferred for each row execute function check_entry_lines_balanced();

-- A closed period takes no entries; the share lock makes a concurrent close wait for the posting.
create function check_period_open() returns trigger language plpgsql as $$
declare
  period_status text;
begin
  select status into period_status from finance.fiscal_periods
    where tenant_id = new.tenant_id and id = new.period_id for share;
  if period_status is distinct from 'open' then
    raise exception 'fiscal period % is closed', new.period_id using errcode = '23514';
  end if;
  if not exists (select 1 from finance.fiscal_periods where tenant_id = new.tenant_id and id = new.period_id
                 and new.entry_date between starts_on and ends_on) then
    raise exception 'entry date % is outside its period', new.entry_date using errcode = '23514';
  end if;
  return new;
end $$;

create trigger journal_entries_period_open before insert on journal_entries
  for each row execute function check_period_open();

-- Entries are never edited: a correction is a reversal.
revoke update, delete, truncate on journal_entries from ucos_app;
revoke update, delete, truncate on journal_lines from ucos_app;

-- Rates for documents in another currency that arrive without one (orders): base minor units per
-- one minor unit of `currency`, as the tenant last set it. Procurement's events carry their own rate.
create table exchange_rates (
  tenant_id   uuid           not null,
  currency    text           not null check (currency ~ '^[A-Z]{3}$'),
  rate        numeric(24, 12) not null check (rate > 0),
  updated_at  timestamptz    not null default now(),
  primary key (tenant_id, currency)
);
select enable_tenant_isolation('exchange_rates');
