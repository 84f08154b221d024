-- Browsing a whole catalog by price, or by what is in stock, priced and probed every product through its
-- variants: the per-variant resolution rule over all of a tenant's prices (1.5 million at 100,000
-- products, ~7 s) and a semi join of every product with its variants' availability (~6 s). Two
-- product-level read models, kept in the writer's transaction by the triggers below, replace both:
--
-- * product_list_prices: per product and price list, the cheapest quantity-1 price among the product's
--   variants in that list and how many of its variants that list prices. Which lists apply (currency,
--   active, validity window, customer group, priority) is decided at read time among the tenant's few
--   lists, so a list switched off or a window opening or closing needs no maintenance here. A product's
--   "from" price is its first applicable list's row when that list prices every one of its variants
--   (then every variant resolves to that list); otherwise the reader falls back to the per-variant rule.
-- * product_rollups: per product, how many variants it has and how many are in stock (available > 0 in
--   variant_availability, inventory's numbers): the in-stock filter and facet read one row per product.
--
-- Nothing but the triggers writes them: the service role may only read.

create table product_list_prices (
  tenant_id       uuid    not null,
  price_list_id   uuid    not null,
  product_id      uuid    not null,
  from_amount     integer not null,
  variants_priced integer not null,
  primary key (tenant_id, product_id, price_list_id)
);
create index product_list_prices_list_amount on product_list_prices (tenant_id, price_list_id, from_amount, product_id);

create table product_rollups (
  tenant_id         uuid    not null,
  product_id        uuid    not null,
  variants          integer not null,
  variants_in_stock integer not null,
  primary key (tenant_id, product_id)
);
create index product_rollups_in_stock on product_rollups (tenant_id, product_id) where variants_in_stock > 0;

select enable_tenant_isolation('product_list_prices');
select enable_tenant_isolation('product_rollups');
-- kept by the triggers below in the writer's transaction: the service role only reads them
revoke insert, update, delete, truncate on product_list_prices, product_rollups from ucos_app;

-- every tenant's products (the owner steps out of the policy for the copy, as in 0040)
alter table product_list_prices no force row level security;
alter table product_rollups no force row level security;
alter table variants no force row level security;
alter table prices no force row level security;
alter table variant_availability no force row level security;
insert into product_list_prices (tenant_id, price_list_id, product_id, from_amount, variants_priced)
select v.tenant_id, pr.price_list_id, v.product_id, min(pr.amount), count(*)
  from variants v join prices pr on pr.tenant_id = v.tenant_id and pr.variant_id = v.id and pr.min_quantity = 1
 group by v.tenant_id, pr.price_list_id, v.product_id;
insert into product_rollups (tenant_id, product_id, variants, variants_in_stock)
select v.tenant_id, v.product_id, count(*), count(*) filter (where va.available > 0)
  from variants v left join variant_availability va on va.tenant_id = v.tenant_id and va.variant_id = v.id
 group by v.tenant_id, v.product_id;
alter table product_list_prices force row level security;
alter table product_rollups force row level security;
alter table variants force row level security;
alter table prices force row level security;
alter table variant_availability force row level security;

-- Recomputes both read models of these products of one tenant from variants, prices and availability:
-- their rows are deleted and written anew. The products' rows are locked first (in id order, so
-- concurrent writers queue instead of deadlocking): two transactions changing prices or stock of one
-- product's different variants would otherwise each store a result computed without the other's
-- change. Each following statement takes a new snapshot and so sees what the writer before committed.
-- (Delete and insert rather than an upsert plus an anti join for what disappeared: a bulk statement's
-- trigger runs before the tables have statistics, and the anti join's plan was then quadratic.)
-- Not SECURITY DEFINER: only the trigger functions below call it, and they already run as the owner
-- (under the tenant policy); nobody else may execute it.
create function refresh_product_read_models(tenant uuid, changed_products uuid[], refresh_prices boolean,
                                            refresh_rollups boolean) returns void
language plpgsql set search_path = catalog, public as $$
begin
  if changed_products is null or cardinality(changed_products) = 0 then
    return;
  end if;
  perform 1 from products p where p.tenant_id = tenant and p.id = any(changed_products) order by p.id
    for no key update;
  if refresh_prices then
    delete from product_list_prices lp where lp.tenant_id = tenant and lp.product_id = any(changed_products);
    insert into product_list_prices (tenant_id, price_list_id, product_id, from_amount, variants_priced)
    select tenant, pr.price_list_id, v.product_id, min(pr.amount), count(*)
      from variants v join prices pr on pr.tenant_id = v.tenant_id and pr.variant_id = v.id and pr.min_quantity = 1
     where v.tenant_id = tenant and v.product_id = any(changed_products)
     group by pr.price_list_id, v.product_id;
  end if;
  if refresh_rollups then
    delete from product_rollups r where r.tenant_id = tenant and r.product_id = any(changed_products);
    insert into product_rollups (tenant_id, product_id, variants, variants_in_stock)
    select tenant, v.product_id, count(*), count(*) filter (where va.available > 0)
      from variants v left join variant_availability va on va.tenant_id = v.tenant_id and va.variant_id = v.id
     where v.tenant_id = tenant and v.product_id = any(changed_products)
     group by v.product_id;
  end if;
end
$$;

-- The rows a statement changed, as SQL over its transition tables (new_rows / old_rows; only the ones
-- this TG_OP has): what it inserted or deleted, and for an update the rows whose `columns` differ
-- before and after, both versions (a variant moved to another product touches both products). An
-- update that changes none of `columns` (a price set to the amount it had, stock that stays above
-- zero, a variant renamed) touches nothing. Transition tables are visible to EXECUTE in the trigger.
create function changed_rows_sql(op text, columns text, condition text) returns text
language sql immutable set search_path = catalog, public as $$
  select case op
    when 'INSERT' then format('select %s from new_rows where %s', columns, condition)
    when 'DELETE' then format('select %s from old_rows where %s', columns, condition)
    else format('(select %1$s from new_rows where %2$s except select %1$s from old_rows where %2$s) union all '
                '(select %1$s from old_rows where %2$s except select %1$s from new_rows where %2$s)', columns, condition)
  end
$$;

-- The products of the variants in `changed` (SQL giving tenant_id, variant_id), per tenant, as SQL.
-- The trigger itself must EXECUTE it: its transition tables are not visible in functions it calls.
create function products_of_variants_sql(changed text) returns text
language sql immutable set search_path = catalog, public as $$
  select format('select c.tenant_id, array_agg(distinct v.product_id) as products
                   from (select distinct tenant_id, variant_id from (%s) x) c
                   join variants v on v.tenant_id = c.tenant_id and v.id = c.variant_id group by c.tenant_id', changed)
$$;

-- Statement-level, so a bulk INSERT … SELECT (import, seed) refreshes its products in one pass.
-- A price counts only at quantity 1 (min_quantity >= 1, so the tier for one unit is min_quantity = 1).
create function product_list_prices_after_prices() returns trigger
language plpgsql security definer set search_path = catalog, public as $$
declare
  touched record;
begin
  for touched in execute products_of_variants_sql(
    changed_rows_sql(TG_OP, 'tenant_id, variant_id, price_list_id, amount', 'min_quantity = 1'))
  loop
    perform refresh_product_read_models(touched.tenant_id, touched.products, true, false);
  end loop;
  return null;
end
$$;

-- Inventory's numbers arriving (the availability consumer, the seed) move the product's stock count
-- when a variant crosses zero; other stock changes touch nothing here.
create function product_rollups_after_availability() returns trigger
language plpgsql security definer set search_path = catalog, public as $$
declare
  touched record;
begin
  for touched in execute products_of_variants_sql(
    changed_rows_sql(TG_OP, 'tenant_id, variant_id, available > 0 as in_stock', 'true'))
  loop
    perform refresh_product_read_models(touched.tenant_id, touched.products, false, true);
  end loop;
  return null;
end
$$;

-- A variant added or removed changes its product's variant count (the "prices every variant" test)
-- and stock count and, when removed, its prices (their cascade has run before this statement trigger).
create function product_read_models_after_variants() returns trigger
language plpgsql security definer set search_path = catalog, public as $$
declare
  touched record;
begin
  for touched in execute format('select tenant_id, array_agg(distinct product_id) as products from (%s) x group by tenant_id',
    changed_rows_sql(TG_OP, 'tenant_id, id, product_id', 'true'))
  loop
    perform refresh_product_read_models(touched.tenant_id, touched.products, TG_OP <> 'INSERT', true);
  end loop;
  return null;
end
$$;

create trigger product_list_prices_insert after insert on prices
  referencing new table as new_rows for each statement execute function product_list_prices_after_prices();
create trigger product_list_prices_update after update on prices
  referencing old table as old_rows new table as new_rows
  for each statement execute function product_list_prices_after_prices();
create trigger product_list_prices_delete after delete on prices
  referencing old table as old_rows for each statement execute function product_list_prices_after_prices();

create trigger product_read_models_insert after insert on variants
  referencing new table as new_rows for each statement execute function product_read_models_after_variants();
create trigger product_read_models_update after update on variants
  referencing old table as old_rows new table as new_rows
  for each statement execute function product_read_models_after_variants();
create trigger product_read_models_delete after delete on variants
  referencing old table as old_rows for each statement execute function product_read_models_after_variants();

create trigger product_rollups_insert after insert on variant_availability
  referencing new table as new_rows for each statement execute function product_rollups_after_availability();
create trigger product_rollups_update after update on variant_availability
  referencing old table as old_rows new table as new_rows
  for each statement execute function product_rollups_after_availability();
create trigger product_rollups_delete after delete on variant_availability
  referencing old table as old_rows for each statement execute function product_rollups_after_availability();

revoke all on function refresh_product_read_models(uuid, uuid[], boolean, boolean) from public;
revoke all on function product_list_prices_after_prices() from public;
revoke all on function products_of_variants_sql(text) from public;
revoke all on function changed_rows_sql(text, text, text) from public;
revoke all on function product_read_models_after_variants() from public;
revoke all on function product_rollups_after_availability() from public;

-- A query-less browse whose filters need no product columns reads the tenant's products from the search
-- mirror, as a text search reads its matches: ids, creation times and category ids, so the category facet
-- counts their category ids instead of joining product_categories for every product. ACTIVE ones only
-- when `active_only`; the tenant is read here, as the policy does (see product_search_matches).
create function product_search_all(active_only boolean)
returns table (product_id uuid, created_at timestamptz, category_ids uuid[])
language sql stable security definer set search_path = catalog, public as $$
  select s.product_id, s.created_at, s.category_ids
    from product_search s
   where s.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
     and (not active_only or s.status = 'ACTIVE')
$$;
-- every product's id, date and category ids from the index alone (an index-only scan instead of reading
-- the mirror's wide rows: their search columns)
create index product_search_browse on product_search (tenant_id, status) include (product_id, created_at, category_ids);
revoke all on function product_search_all(boolean) from public;
grant execute on function product_search_all(boolean) to ucos_app;
