-- A phone number on a shopper's saved address (issue 18, checkout validation): checkout already keeps
-- it in the order's address document; a saved address keeps it here. Checked against the address's
-- country at the schema edge (kit postal-address rule); null for every address before this.
alter table addresses add column phone text check (phone is null or length(phone) <= 200);
