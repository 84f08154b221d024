-- Human-readable order numbers per shop, counting up from 1001: what a shopper quotes and staff look
-- up. Checkout takes the next one from the shop's counter row inside the order's own transaction, so
-- numbers are unique, and a checkout that rolls back gives its number back (no gaps). The row lock
-- serialises only one shop's order inserts, for the few milliseconds of that transaction.
create table order_number_counters (
  tenant_id   uuid   primary key,
  last_number bigint not null check (last_number >= 1000)
);

alter table order_number_counters enable row level security;
alter table order_number_counters force row level security;
create policy tenant_isolation on order_number_counters
  using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table orders add column number bigint;

-- Orders placed before numbers existed are numbered in the order they were placed. Only here does the
-- owner read across shops, so row security is lifted for these two statements and restored after.
alter table orders no force row level security;
alter table order_number_counters no force row level security;
update orders o
   set number = 1000 + ranked.position
  from (select tenant_id, id, row_number() over (partition by tenant_id order by created_at, id) as position
          from orders) ranked
 where o.tenant_id = ranked.tenant_id and o.id = ranked.id;
insert into order_number_counters (tenant_id, last_number)
select tenant_id, max(number) from orders group by tenant_id;
alter table orders force row level security;
alter table order_number_counters force row level security;

alter table orders alter column number set not null;
create unique index orders_number on orders (tenant_id, number);
