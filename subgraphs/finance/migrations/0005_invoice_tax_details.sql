-- What an invoice prints beyond the amounts, as the order was placed: the order number with the shop's
-- prefix (AC-1001; null on invoices of orders from before prefixes, which print "#1001"), and a tax
-- note such as the EU reverse-charge statement. The tax breakdown's JSON entries gain the rate's name
-- and exact rate in parts per million; the buyer's JSON its tax id. Issued invoices are not rewritten.
alter table invoices
  add column order_display_number text check (length(order_display_number) between 1 and 40),
  add column tax_note text check (length(tax_note) <= 500);
