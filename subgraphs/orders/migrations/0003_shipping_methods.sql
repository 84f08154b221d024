-- Shipping methods the shopper picks (the table itself is configuration: SHIPPING_METHODS).
-- A cart remembers the code chosen with cartShippingMethodSet (null: the cheapest offered), so its
-- shipping estimate follows the choice.
alter table carts add column shipping_method text
  check (shipping_method ~ '^[a-z0-9][a-z0-9_-]{0,39}$');

-- An order records the method it was placed with, as the shopper saw it: code, name and the price
-- then. Edits keep them (they never re-read the table, whose prices may have changed since).
-- Orders placed before this migration have none: all three are null together.
alter table orders
  add column shipping_method_code   text,
  add column shipping_method_name   text,
  add column shipping_method_amount bigint check (shipping_method_amount >= 0),
  add constraint orders_shipping_method_whole check (
    (shipping_method_code is null) = (shipping_method_name is null)
    and (shipping_method_code is null) = (shipping_method_amount is null)
  );
