-- identity connects as its own role, ucos_identity. Credentials are not among what it can read:
-- a password hash leaves the database only through the function of the sign-in step that needs it
-- (login_lookup for staff, customer_login_lookup for shoppers), and an API key's hash only through
-- api_key_use, which compares it inside the database. The role still writes these columns (sign-up,
-- key creation) and reads every other column; columns added later are granted by the migration
-- that adds them.
do $$
declare
  credential record;
  readable text;
begin
  for credential in
    select * from (values ('users', 'password_hash'), ('customer_accounts', 'password_hash'), ('api_keys', 'key_hash'))
      as c (table_name, secret_column)
  loop
    select string_agg(quote_ident(attname), ', ' order by attnum) into readable
      from pg_attribute
     where attrelid = credential.table_name::regclass and attnum > 0 and not attisdropped
       and attname <> credential.secret_column;
    execute format('revoke select on %I from ucos_identity', credential.table_name);
    execute format('grant select (%s) on %I to ucos_identity', readable, credential.table_name);
  end loop;
end $$;

-- A shopper's sign-in step: the account behind an email in the current shop (RLS and the explicit
-- tenant both hold: the owner is subject to the tenant policy), with the hash to verify.
create function customer_login_lookup(p_email text)
  returns table (id uuid, email text, name text, password_hash text)
  language sql stable security definer set search_path from current as $$
  select a.id, a.email, a.name, a.password_hash from customer_accounts a
   where a.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
     and lower(a.email) = lower(p_email)
$$;
revoke all on function customer_login_lookup(text) from public;
grant execute on function customer_login_lookup(text) to ucos_identity;

-- Superseded by api_key_use (which also notes the key's use); nothing calls it.
drop function api_key_lookup(text);
