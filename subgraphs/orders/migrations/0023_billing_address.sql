-- The address the shopper is billed at (issue 14, order documents), when checkout named one other than
-- the shipping address; null means the same as the shipping address (and for every order before this).
alter table orders add column billing_address jsonb;
