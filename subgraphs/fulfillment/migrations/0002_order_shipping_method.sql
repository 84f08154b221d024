-- The shipping method the shopper chose at checkout (orders' method code, e.g. "express"): a new
-- shipment of the order uses it as its service unless the warehouse picks another. Orders placed
-- before orders recorded a method have none.
alter table order_views add column shipping_method text;
