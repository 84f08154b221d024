-- Custom fields on variants too (issue 15 §3): definitions of entity VARIANT beside the products'
-- (same table, same tenant policy, keys unique per entity), values in variants.custom_fields.
alter table custom_field_definitions drop constraint custom_field_definitions_entity_check;
alter table custom_field_definitions add constraint custom_field_definitions_entity_check
  check (entity in ('PRODUCT', 'VARIANT'));

alter table variants add column custom_fields jsonb not null default '{}';
