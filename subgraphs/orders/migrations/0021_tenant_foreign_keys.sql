-- Every reference from one of a tenant's rows to another, within orders, is a foreign key that
-- includes tenant_id: the database itself refuses a row that points at another tenant's customer
-- or cart, whatever the code forgets. Added NOT VALID (enforced for every new or changed row), then
-- validated for the rows already there; should an old row break the rule, the migration still
-- applies and says so, rather than leave the database without the constraint.
alter table orders add constraint orders_customer_fk
  foreign key (tenant_id, customer_id) references customers (tenant_id, id) not valid;
alter table checkout_attempts add constraint checkout_attempts_cart_fk
  foreign key (tenant_id, cart_id) references carts (tenant_id, id) on delete cascade not valid;

do $$
begin
  alter table orders validate constraint orders_customer_fk;
  alter table checkout_attempts validate constraint checkout_attempts_cart_fk;
exception when foreign_key_violation then
  raise warning 'orders: rows written before 0021 reference a missing customer or cart: %', sqlerrm;
end $$;
