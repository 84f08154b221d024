-- What tenants' `cart.price.adjust` plugins took off each line when the order was placed (issue 15
-- §1): `[{ "amount": -250, "reason": "10% off for 5 or more", "plugin": "bulk-tier-discount" }]`, the
-- amounts negative minor units and already counted in the line's discount_amount, so every total,
-- tax and refund keeps working from discount_amount alone; this is the reason the shopper was shown.
alter table order_lines add column adjustments jsonb not null default '[]'
  check (jsonb_typeof(adjustments) = 'array');
