-- Two costs of a broad search at 100,000 products (a word in one title out of eight: 12,500 matches).
--
-- 1. Typo tolerance becomes a fallback: trigram similarity (computed per trigram candidate, ~40 ms
--    for such a word) is asked only when the words as typed match nothing by full text. A query whose
--    words exist is answered by the full-text index alone and ranked by ts_rank (title over
--    description); 'tshrt' still finds 'T-Shirt'. The query is parsed once, not once per row.
-- 2. The category facet counted through one product_categories probe per match (~36 ms); the mirror
--    now carries each product's category ids, kept by triggers on product_categories.

alter table product_search add column category_ids uuid[] not null default '{}';

-- every tenant's placements (the owner steps out of the policy for the copy, as in 0040)
alter table product_categories no force row level security;
update product_search s
   set category_ids = pc.ids
  from (select tenant_id, product_id, array_agg(category_id order by category_id) as ids
          from product_categories group by tenant_id, product_id) pc
 where s.tenant_id = pc.tenant_id and s.product_id = pc.product_id;
alter table product_categories force row level security;

-- Recomputes the mirror's category ids of the products a statement placed or unplaced. It runs as
-- the owner, under the policy, in the writer's transaction: it sees (and touches) that tenant only.
create function product_search_mirror_categories() returns trigger
language plpgsql security definer set search_path = catalog, public as $$
begin
  update product_search s
     set category_ids = coalesce((select array_agg(pc.category_id order by pc.category_id) from product_categories pc
                                   where pc.tenant_id = s.tenant_id and pc.product_id = s.product_id), '{}')
   where (s.tenant_id, s.product_id) in (select c.tenant_id, c.product_id from changed c);
  return null;
end
$$;
-- one function for three events: each trigger names its transition table `changed`
create trigger product_search_mirror_categories_insert after insert on product_categories
  referencing new table as changed for each statement execute function product_search_mirror_categories();
create trigger product_search_mirror_categories_delete after delete on product_categories
  referencing old table as changed for each statement execute function product_search_mirror_categories();
create trigger product_search_mirror_categories_update after update on product_categories
  referencing new table as changed for each statement execute function product_search_mirror_categories();

drop function product_search_matches(text, boolean);
create function product_search_matches(query text, active_only boolean)
returns table (product_id uuid, created_at timestamptz, rank real, category_ids uuid[])
language plpgsql stable security definer set search_path = catalog, public as $$
declare
  tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
  words tsquery := websearch_to_tsquery('english', query);
  typed text := lower(regexp_replace(query, '[^[:alnum:][:space:]]+', '', 'g'));
begin
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
revoke all on function product_search_matches(text, boolean) from public;
revoke all on function product_search_mirror_categories() from public;
grant execute on function product_search_matches(text, boolean) to ucos_app;
