-- Search through the GIN indexes. Under row-level security PostgreSQL may not use an index for a
-- condition whose operator is not LEAKPROOF (`@@`, pg_trgm's `<%`) before the tenant policy has
-- filtered the rows, so searching `products` itself always read every product of every tenant
-- (a sequential scan, 0.3–0.5 s at 100,000 products). The search columns are therefore mirrored into
-- `product_search`, a table without a policy that no service role can read; the one way in is
-- `product_search_matches`, a SECURITY DEFINER function that filters by the transaction's tenant
-- itself (`app.tenant_id`, exactly the policy's condition), so its index scans are allowed.

create table product_search (
  tenant_id     uuid        not null,
  product_id    uuid        not null,
  status        text        not null,
  created_at    timestamptz not null,
  search_vector tsvector    not null,
  search_text   text        not null,
  primary key (tenant_id, product_id)
);
create index product_search_vector on product_search using gin (search_vector);
create index product_search_trgm on product_search using gin (search_text public.gin_trgm_ops);
-- the service role reaches the mirror only through the functions below
revoke all on product_search from ucos_app;

-- every tenant's products: the owner is subject to the policy too (FORCE), so it steps out of it for
-- the copy, inside this migration's transaction
alter table products no force row level security;
insert into product_search (tenant_id, product_id, status, created_at, search_vector, search_text)
select tenant_id, id, status, created_at, search_vector, search_text from products;
alter table products force row level security;

-- unusable under the policy (see above); the mirror's indexes replace them
drop index products_search_vector;
drop index products_search_trgm;

-- Statement-level, so a bulk INSERT … SELECT (import, seed) mirrors its rows in one statement.
create function product_search_mirror_insert() returns trigger
language plpgsql security definer set search_path = catalog, public as $$
begin
  insert into product_search (tenant_id, product_id, status, created_at, search_vector, search_text)
  select n.tenant_id, n.id, n.status, n.created_at, n.search_vector, n.search_text from new_rows n;
  return null;
end
$$;

create function product_search_mirror_update() returns trigger
language plpgsql security definer set search_path = catalog, public as $$
begin
  update product_search s
     set status = n.status, created_at = n.created_at, search_vector = n.search_vector, search_text = n.search_text
    from new_rows n
   where s.tenant_id = n.tenant_id and s.product_id = n.id
     and (s.status, s.created_at, s.search_vector, s.search_text)
         is distinct from (n.status, n.created_at, n.search_vector, n.search_text);
  return null;
end
$$;

create function product_search_mirror_delete() returns trigger
language plpgsql security definer set search_path = catalog, public as $$
begin
  delete from product_search s using old_rows o where s.tenant_id = o.tenant_id and s.product_id = o.id;
  return null;
end
$$;

create trigger product_search_mirror_insert after insert on products
  referencing new table as new_rows for each statement execute function product_search_mirror_insert();
create trigger product_search_mirror_update after update on products
  referencing new table as new_rows for each statement execute function product_search_mirror_update();
create trigger product_search_mirror_delete after delete on products
  referencing old table as old_rows for each statement execute function product_search_mirror_delete();

-- The current tenant's products matching `query` (full text OR trigram word similarity on the
-- punctuation-free title, at the transaction's pg_trgm.word_similarity_threshold) with their
-- relevance; ACTIVE ones only when `active_only`. The tenant is read here, as the policy does.
create function product_search_matches(query text, active_only boolean)
returns table (product_id uuid, created_at timestamptz, rank real)
language sql stable security definer set search_path = catalog, public as $$
  select s.product_id, s.created_at,
         ts_rank(s.search_vector, websearch_to_tsquery('english', query))
           + word_similarity(lower(regexp_replace(query, '[^[:alnum:][:space:]]+', '', 'g')), s.search_text)
    from product_search s
   where s.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
     and (s.search_vector @@ websearch_to_tsquery('english', query)
          or lower(regexp_replace(query, '[^[:alnum:][:space:]]+', '', 'g')) <% s.search_text)
     and (not active_only or s.status = 'ACTIVE')
$$;

revoke all on function product_search_matches(text, boolean) from public;
revoke all on function product_search_mirror_insert() from public;
revoke all on function product_search_mirror_update() from public;
revoke all on function product_search_mirror_delete() from public;
grant execute on function product_search_matches(text, boolean) to ucos_app;
