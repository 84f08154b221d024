-- A stock movement that names a reservation names one of its own tenant's: a foreign key including
-- tenant_id, so the database refuses what the code forgets. NOT VALID, then validated for the rows
-- already there without failing the migration should an old row break the rule.
alter table stock_movements add constraint stock_movements_reservation_fk
  foreign key (tenant_id, reservation_id) references reservations (tenant_id, id) not valid;

do $$
begin
  alter table stock_movements validate constraint stock_movements_reservation_fk;
exception when foreign_key_violation then
  raise warning 'inventory: movements written before 0021 name a missing reservation: %', sqlerrm;
end $$;
