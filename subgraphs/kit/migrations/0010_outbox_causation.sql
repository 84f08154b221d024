-- Why each event happened (src/events/causation.ts): the chain it belongs to and its direct cause,
-- so the relay publishes the identical envelope and a consumer's events continue the chain.
alter table outbox add column correlation_id text, add column causation_id text;
