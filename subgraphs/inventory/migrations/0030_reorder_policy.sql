-- Reorder policy per variant x warehouse, next to the low-stock threshold: when available + incoming
-- falls to the reorder point, procurement proposes buying. Null point = no policy; a point always
-- comes with a quantity (the least a suggestion orders), so a half-set policy cannot be stored.
alter table stock_levels
  add column reorder_point    integer check (reorder_point >= 0),
  add column reorder_quantity integer check (reorder_quantity > 0),
  add constraint stock_levels_reorder_policy check ((reorder_point is null) = (reorder_quantity is null));

-- replenishmentNeeds reads only levels with a policy, in (variant, warehouse) order: a partial index
-- keeps that scan to the rows with a policy however many levels a tenant has, and carries the
-- columns the filter needs so the heap is visited only for the rows it returns.
create index stock_levels_with_reorder_policy on stock_levels (tenant_id, variant_id, warehouse_id)
  include (on_hand, reserved, incoming, reorder_point, reorder_quantity)
  where reorder_point is not null;
