-- 0030's index carried on_hand, reserved and incoming (INCLUDE) for index-only scans. A column in
-- any index makes every update of it a non-HOT update that writes every index of the row again, and
-- reservations update reserved on the checkout path. The replacement indexes only what never moves
-- with stock (the key, and reorder_point in its predicate): the needs query reads the few heap rows
-- of its page, and stock updates stay HOT.
drop index stock_levels_with_reorder_policy;
create index stock_levels_with_reorder_policy on stock_levels (tenant_id, variant_id, warehouse_id)
  where reorder_point is not null;
