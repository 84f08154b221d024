-- Stored amounts fit the MinorUnits scalar (|amount| <= 2^53 - 1). NOT VALID: earlier rows are not
-- re-checked (the migration cannot fail on them; they stay readable), new writes are held to it.
alter table order_line_views add constraint order_line_views_unit_amount_bound
  check (abs(unit_amount) <= 9007199254740991) not valid;
alter table returns add constraint returns_refund_amount_bound
  check (refund_amount is null or abs(refund_amount) <= 9007199254740991) not valid;
