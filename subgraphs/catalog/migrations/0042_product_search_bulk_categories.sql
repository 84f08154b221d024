-- 0041's category triggers recomputed each placed product from product_categories, one subquery per
-- product. Placing and unplacing now only add or remove the statement's own category ids, joined to
-- the mirror by its primary key, without reading product_categories. (Updates of placements, which
-- nothing does, still recompute.)
create function product_search_mirror_categories_added() returns trigger
language plpgsql security definer set search_path = catalog, public as $$
begin
  update product_search s
     set category_ids = array(select distinct x from unnest(s.category_ids || added.ids) x order by x)
    from (select tenant_id, product_id, array_agg(category_id) as ids from changed group by tenant_id, product_id) added
   where s.tenant_id = added.tenant_id and s.product_id = added.product_id;
  return null;
end
$$;

create function product_search_mirror_categories_removed() returns trigger
language plpgsql security definer set search_path = catalog, public as $$
begin
  update product_search s
     set category_ids = array(select x from unnest(s.category_ids) x where x <> all (removed.ids) order by x)
    from (select tenant_id, product_id, array_agg(category_id) as ids from changed group by tenant_id, product_id) removed
   where s.tenant_id = removed.tenant_id and s.product_id = removed.product_id;
  return null;
end
$$;

drop trigger product_search_mirror_categories_insert on product_categories;
drop trigger product_search_mirror_categories_delete on product_categories;
create trigger product_search_mirror_categories_insert after insert on product_categories
  referencing new table as changed for each statement execute function product_search_mirror_categories_added();
create trigger product_search_mirror_categories_delete after delete on product_categories
  referencing old table as changed for each statement execute function product_search_mirror_categories_removed();
revoke all on function product_search_mirror_categories_added() from public;
revoke all on function product_search_mirror_categories_removed() from public;

-- The mirror's triggers join their statement's rows to product_search by its primary key. A session
-- caches a trigger's plans; made while the mirror held a handful of rows (a new shop), they could be
-- sequential scans repeated for every row of a later bulk statement. The key is always the right path.
alter function product_search_mirror_update() set enable_seqscan = off;
alter function product_search_mirror_delete() set enable_seqscan = off;
alter function product_search_mirror_categories() set enable_seqscan = off;
alter function product_search_mirror_categories_added() set enable_seqscan = off;
alter function product_search_mirror_categories_removed() set enable_seqscan = off;
