-- The order's email and number, from orders.order.created, so the shipped event can name whom to tell
-- and which order (workflows' shipment notification mails it). Null for orders heard of before these
-- columns, or first heard of through another event.
alter table order_views add column email text;
alter table order_views add column number integer;
