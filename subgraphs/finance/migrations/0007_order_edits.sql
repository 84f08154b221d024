-- Order edits (`orders.order.edited`). Each edit posts the difference to the amounts before it as an
-- entry whose source is (`order.edited`, '<order id>/<version>'); an order's cancellation reverses the
-- edits still standing, found by the order id in front of the source id.
create index journal_entries_order_edits on journal_entries (tenant_id, split_part(source_id, '/', 1))
  where source_type = 'order.edited';

-- The latest edit of an order not invoiced yet (its lines and amounts, and the order's version after
-- it): the invoice is issued from the placement's document with the edit laid over it. An edit that
-- arrives after the invoice credits the difference instead (a credit note; an issued invoice is
-- never changed).
alter table invoice_sources add column edit jsonb;
