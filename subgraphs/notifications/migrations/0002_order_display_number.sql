-- The order number as shoppers were told it (the shop's prefix, then the number: AC-1001), from the
-- order's created event, so shipment, return and refund mails quote the same number as the
-- confirmation. Null for orders announced before events carried it.
alter table order_contacts add column display_number text;
