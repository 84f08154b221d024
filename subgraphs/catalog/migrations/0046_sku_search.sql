-- A full SKU typed into a search finds its product (issue 18 §7). Full text splits "TEE-RED-M" into
-- words and the title trigrams never contain it, so a pasted SKU found nothing. The exact SKU (as
-- typed, or upper-cased as SKUs are usually written) is asked first, through the unique
-- (tenant_id, sku) key; only when no variant has it does the word search run.
--
-- Variant listings by SKU or product title (the admin's inventory screen and stock pickers) read
-- the tenant's variants through (tenant_id, sku); the title order through this index.
create index products_title_order on products (tenant_id, lower(title), id);

create or replace function product_search_matches(query text, active_only boolean)
returns table (product_id uuid, created_at timestamptz, rank real, category_ids uuid[])
language plpgsql stable security definer set search_path = catalog, public as $$
declare
  tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
  words tsquery;
  typed text := lower(regexp_replace(query, '[^[:alnum:][:space:]]+', '', 'g'));
  exact text := btrim(query);
begin
  return query
    select distinct s.product_id, s.created_at, 1::real, s.category_ids
      from variants v join product_search s on s.tenant_id = v.tenant_id and s.product_id = v.product_id
     where v.tenant_id = tenant and v.sku in (exact, upper(exact)) and (not active_only or s.status = 'ACTIVE');
  if found then
    return;
  end if;
  words := websearch_to_tsquery('english', query);
  return query
    select s.product_id, s.created_at, ts_rank(s.search_vector, words), s.category_ids
      from product_search s
     where s.tenant_id = tenant and s.search_vector @@ words and (not active_only or s.status = 'ACTIVE');
  if found then
    return;
  end if;
  return query
    select s.product_id, s.created_at, word_similarity(typed, s.search_text), s.category_ids
      from product_search s
     where s.tenant_id = tenant and typed <% s.search_text and (not active_only or s.status = 'ACTIVE');
end
$$;
