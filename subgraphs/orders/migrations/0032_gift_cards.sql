-- Gift cards (issue 14 §3): issued by staff with a balance in one currency, spent in part or whole at
-- checkout as a payment method, given back when the order is cancelled or refunded.
-- The full code is shown once, when the card is issued; only its SHA-256 (of the normalised code: upper
-- case, without spaces or dashes) and its last four characters are stored, so a look-up is by hash and
-- case does not matter.
-- `balance` is the exact balance: checkout lowers it with a conditional update (`balance >= amount`) in
-- the order's own transaction, so concurrent checkouts with one card queue on its row and never take it
-- below zero.
create table gift_cards (
  tenant_id        uuid        not null,
  id               uuid        not null default gen_random_uuid(),
  code_hash        text        not null check (code_hash ~ '^[0-9a-f]{64}$'),
  last4            text        not null check (last4 ~ '^[A-Z0-9]{4}$'),
  currency         char(3)     not null check (currency ~ '^[A-Z]{3}$'),
  initial_balance  bigint      not null check (initial_balance > 0 and initial_balance <= 9007199254740991),
  balance          bigint      not null check (balance >= 0 and balance <= 9007199254740991),
  status           text        not null default 'active' check (status in ('active', 'disabled')),
  expires_at       timestamptz,
  -- the customer it was issued to (orders' customer id); null: whoever holds the code
  customer_id      uuid,
  note             text        check (length(note) <= 500),
  -- who issued it (staff subject) and the idempotency key of the issue (bulk issues share it)
  issued_by        text,
  issue_key        text,
  version          integer     not null default 1,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  primary key (tenant_id, id),
  constraint gift_cards_code_key unique (tenant_id, code_hash)
);
create index gift_cards_by_last4 on gift_cards (tenant_id, last4);
create index gift_cards_by_customer on gift_cards (tenant_id, customer_id) where customer_id is not null;

-- Every movement of a card's balance, append-only: `amount` is signed (+ credit, - debit) and
-- `balance_after` is the card's balance once it was applied, so the rows of a card sum to its balance.
create table gift_card_transactions (
  tenant_id      uuid        not null,
  id             uuid        not null default gen_random_uuid(),
  gift_card_id   uuid        not null,
  kind           text        not null check (kind in ('issue', 'redemption', 'refund', 'adjustment')),
  amount         bigint      not null check (amount <> 0 and amount between -9007199254740991 and 9007199254740991),
  balance_after  bigint      not null check (balance_after >= 0),
  -- the order a redemption paid or a refund came from
  order_id       uuid,
  note           text        check (length(note) <= 500),
  actor          text,
  created_at     timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, gift_card_id) references gift_cards (tenant_id, id),
  check (kind not in ('redemption', 'refund') or order_id is not null),
  check (kind <> 'adjustment' or note is not null),
  check ((kind = 'redemption') = (amount < 0) or kind = 'adjustment')
);
create index gift_card_transactions_by_card on gift_card_transactions (tenant_id, gift_card_id, created_at);
create index gift_card_transactions_by_order on gift_card_transactions (tenant_id, order_id) where order_id is not null;

select enable_tenant_isolation('gift_cards');
select enable_tenant_isolation('gift_card_transactions');
-- the ledger is append-only for the application
revoke update, delete on gift_card_transactions from ucos_app;

-- The card a shopper applied to the cart (one per cart); checkout debits it.
alter table carts add column gift_card_id uuid;

-- What the order's gift card paid (0: none): the payment provider was authorised for
-- total_amount - gift_card_amount, and nothing at all when the card covered the total.
alter table orders
  add column gift_card_id      uuid,
  add column gift_card_amount  bigint not null default 0 check (gift_card_amount between 0 and 9007199254740991),
  add constraint orders_gift_card_within_total check (gift_card_amount <= total_amount);
