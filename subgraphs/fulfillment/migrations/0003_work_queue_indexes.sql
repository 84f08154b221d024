-- The work queues (`shipments` and `returns` listed by status, oldest or newest first, paged on
-- (created_at, id)) and the per-status counts read these instead of scanning a tenant's history.
create index shipments_by_status on shipments (tenant_id, status, created_at, id);
create index shipments_by_warehouse on shipments (tenant_id, warehouse_id, created_at, id);
create index returns_by_status on returns (tenant_id, status, created_at, id);
