-- Every stored amount fits the MinorUnits scalar (|amount| <= 2^53 - 1, exact as a JSON number).
-- NOT VALID: rows written before the bound are not re-checked, so this migration cannot fail on
-- them; they stay readable (the scalar writes any stored integer as a number), new writes are held
-- to the bound by the code (AMOUNT_TOO_LARGE) and, should the code forget, by these constraints.
alter table cart_lines add constraint cart_lines_unit_amount_bound
  check (unit_amount <= 9007199254740991) not valid;
alter table orders add constraint orders_amounts_bound
  check (
    abs(subtotal_amount) <= 9007199254740991 and abs(shipping_amount) <= 9007199254740991
    and abs(tax_amount) <= 9007199254740991 and abs(total_amount) <= 9007199254740991
    and coalesce(shipping_method_amount, 0) <= 9007199254740991
  ) not valid;
alter table order_lines add constraint order_lines_unit_amount_bound
  check (unit_amount <= 9007199254740991) not valid;
alter table order_refunds add constraint order_refunds_amount_bound
  check (amount <= 9007199254740991) not valid;
alter table test_payments add constraint test_payments_amount_bound
  check (abs(amount) <= 9007199254740991) not valid;
