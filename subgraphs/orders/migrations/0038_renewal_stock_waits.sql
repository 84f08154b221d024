-- A renewal that cannot be reserved is not a failed payment (issue 14 §4): it waits for stock, retried
-- daily without dunning, and after the tenant's limit of waits the period is skipped. `stock_waits`
-- counts the waits of the current attempt (its idempotency key includes it, so each retry checks out
-- again rather than answering the first attempt's refusal).
alter table subscriptions add column stock_waits integer not null default 0 check (stock_waits >= 0);

alter table subscription_renewals drop constraint subscription_renewals_status_check;
alter table subscription_renewals add constraint subscription_renewals_status_check
  check (status in ('paid', 'skipped', 'failed', 'awaiting_stock'));
