-- The tenant's time zone as identity last announced it (`identity.tenant.settings_changed`): the zone
-- a scheduled trigger that names none fires in. No row: UTC. `changed_at` is the event's time, so a
-- late, older announcement never overwrites a newer one.
create table tenant_time_zones (
  tenant_id  uuid        primary key,
  time_zone  text        not null,
  changed_at timestamptz not null
);
select enable_tenant_isolation('tenant_time_zones');
