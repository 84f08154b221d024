-- The W3C trace context of what wrote the event, so the relay's publish and every consumer continue
-- the same trace (null when tracing is off).
alter table outbox add column traceparent text;
