-- The buyer's name printed on purchase orders and in the supplier's mail (the tenant's trading name
-- for purchasing; until issue 14 centralises tenant settings it lives here).
alter table settings add column buyer_name text check (length(buyer_name) between 1 and 200);
