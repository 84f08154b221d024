-- Images the platform stores for a tenant (product photos uploaded in the admin, the demo images).
-- The bytes live in the media storage (src/ports/media-storage.ts: a local folder by default) under
-- `storage_key`; this row says what they are. Products reference an image by its public path
-- (/media/<tenant>/<id>.<ext>) in their `media` list, checked against this table on write.
create table media (
  tenant_id    uuid        not null,
  id           uuid        not null default gen_random_uuid(),
  content_type text        not null check (content_type in ('image/png', 'image/jpeg', 'image/webp', 'image/avif')),
  byte_size    integer     not null check (byte_size > 0),
  width        integer     not null check (width > 0),
  height       integer     not null check (height > 0),
  storage_key  text        not null,
  created_at   timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, storage_key)
);
create index media_newest on media (tenant_id, created_at desc, id);

select enable_tenant_isolation('media');
-- an image is immutable: a new upload is a new row
revoke update on media from ucos_app;
