-- Supplier bills and credit notes. A bill's lines against order lines are matched at entry against
-- the ordered and received quantities and the order's unit cost, within the tenant's tolerances:
-- a bill that matches is POSTED at once, one that does not is HELD with its reasons until someone
-- with procurement:approve releases it with a comment. Credit notes are posted as entered.

create table bills (
  tenant_id                uuid           not null,
  id                       uuid           not null default gen_random_uuid(),
  number                   text           not null,
  kind                     text           not null check (kind in ('bill', 'credit_note')),
  supplier_id              uuid           not null,
  purchase_order_id        uuid,
  supplier_invoice_number  text           not null check (length(supplier_invoice_number) between 1 and 100),
  status                   text           not null check (status in ('HELD', 'POSTED', 'CANCELLED')),
  bill_date                date           not null,
  due_date                 date           not null,
  currency                 char(3)        not null,
  exchange_rate            numeric(20,10) not null check (exchange_rate > 0),
  base_currency            char(3)        not null,
  subtotal_amount          bigint         not null check (subtotal_amount >= 0),
  tax_amount               bigint         not null default 0 check (tax_amount >= 0),
  freight_amount           bigint         not null default 0 check (freight_amount >= 0),
  total_amount             bigint         not null check (total_amount >= 0),
  base_tax_amount          bigint         not null check (base_tax_amount >= 0),
  base_freight_amount      bigint         not null check (base_freight_amount >= 0),
  base_total_amount        bigint         not null check (base_total_amount >= 0),
  -- every reason the match held it for: [{ billLineId?, code, message }]
  hold_reasons             jsonb          not null default '[]'::jsonb,
  note                     text,
  created_by               text,
  created_at               timestamptz    not null default now(),
  released_by              text,
  released_at              timestamptz,
  release_comment          text,
  posted_at                timestamptz,
  cancelled_by             text,
  cancelled_at             timestamptz,
  version                  integer        not null default 1,
  primary key (tenant_id, id),
  unique (tenant_id, number),
  foreign key (tenant_id, supplier_id) references suppliers (tenant_id, id),
  foreign key (tenant_id, purchase_order_id) references purchase_orders (tenant_id, id),
  check ((status = 'POSTED') = (posted_at is not null)),
  check (released_at is null or (release_comment is not null and released_by is not null))
);
-- the supplier's invoice (or credit note) number is unique per supplier, so a bill is never booked
-- twice; a cancelled one frees its number for the corrected bill
create unique index bills_supplier_invoice_number_key on bills (tenant_id, supplier_id, kind, supplier_invoice_number)
  where status <> 'CANCELLED';
create index bills_by_created on bills (tenant_id, created_at desc, id desc);
create index bills_by_status on bills (tenant_id, status, created_at desc, id desc);
create index bills_by_order on bills (tenant_id, purchase_order_id, created_at desc, id desc) where purchase_order_id is not null;

-- `match_status`: MATCHED, MISMATCH (reasons in `match_reasons`), or NOT_MATCHED for a line that is
-- not on an order (a fee) and for credit notes.
create table bill_lines (
  tenant_id               uuid          not null,
  id                      uuid          not null default gen_random_uuid(),
  bill_id                 uuid          not null,
  position                integer       not null check (position >= 1),
  purchase_order_line_id  uuid,
  variant_id              uuid,
  description             text          not null,
  quantity                integer       not null check (quantity >= 1),
  unit_price              bigint        not null check (unit_price >= 0),
  amount                  bigint        not null check (amount >= 0),
  base_amount             bigint        not null check (base_amount >= 0),
  received_base_amount    bigint        not null default 0 check (received_base_amount >= 0),
  ordered_unit_cost       bigint,
  match_status            text          not null check (match_status in ('MATCHED', 'MISMATCH', 'NOT_MATCHED')),
  match_reasons           jsonb         not null default '[]'::jsonb,
  primary key (tenant_id, id),
  unique (tenant_id, bill_id, position),
  foreign key (tenant_id, bill_id) references bills (tenant_id, id) on delete cascade,
  foreign key (tenant_id, purchase_order_line_id) references purchase_order_lines (tenant_id, id)
);
create index bill_lines_by_order_line on bill_lines (tenant_id, purchase_order_line_id) where purchase_order_line_id is not null;

select enable_tenant_isolation('bills');
select enable_tenant_isolation('bill_lines');
