-- An order number prefix per shop ("AC-" makes order 1001 "AC-1001"), kept on the counter row that
-- checkout already takes the number from, so placing an order reads it in the same statement. Each
-- order keeps the prefix it was placed with: renaming the prefix later does not renumber what
-- shoppers were already told. Orders placed before prefixes existed have none ('').
alter table order_number_counters
  add column prefix text not null default '' check (prefix ~ '^[A-Za-z0-9#/_-]{0,12}$');
alter table orders
  add column number_prefix text not null default '' check (number_prefix ~ '^[A-Za-z0-9#/_-]{0,12}$');
