import { isPrivateEvent } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import { CATALOG_EVENTS } from '../../subgraphs/catalog/src/events/out/catalog-events.ts';
import { FINANCE_EVENTS } from '../../subgraphs/finance/src/events/out/finance-events.ts';
import { FULFILLMENT_EVENTS } from '../../subgraphs/fulfillment/src/events/out/fulfillment-events.ts';
import { IDENTITY_EVENTS } from '../../subgraphs/identity/src/events/out/identity-events.ts';
import { INVENTORY_EVENTS } from '../../subgraphs/inventory/src/events/out/inventory-events.ts';
import { NOTIFICATIONS_EVENTS } from '../../subgraphs/notifications/src/events/out/notifications-events.ts';
import { ORDERS_EVENTS } from '../../subgraphs/orders/src/events/out/order-events.ts';
import { PROCUREMENT_EVENTS } from '../../subgraphs/procurement/src/events/out/procurement-events.ts';
import { KNOWN_EVENT_TYPES, TEST_PING } from '../../subgraphs/webhooks/src/data/event-types.ts';
import { WEBHOOKS_EVENTS } from '../../subgraphs/webhooks/src/events/out/webhooks-events.ts';
import { WORKFLOWS_EVENTS } from '../../subgraphs/workflows/src/events/out/workflows-events.ts';

/**
 * Webhook endpoints subscribe by event type; the webhooks domain lists the types (it imports no
 * other domain). This keeps the list equal to what the domains publish, so a new event can be
 * subscribed to the day it ships, and a private one (one-time tokens) never can.
 */
const PUBLISHED = [
  CATALOG_EVENTS,
  FINANCE_EVENTS,
  FULFILLMENT_EVENTS,
  IDENTITY_EVENTS,
  INVENTORY_EVENTS,
  NOTIFICATIONS_EVENTS,
  ORDERS_EVENTS,
  PROCUREMENT_EVENTS,
  WEBHOOKS_EVENTS,
  WORKFLOWS_EVENTS,
].flatMap((catalogue) => Object.keys(catalogue));

describe('the event types webhooks offer', () => {
  it('are exactly the public events the domains publish', () => {
    const offered = PUBLISHED.filter((type) => !isPrivateEvent(type) && type !== TEST_PING).sort();
    expect([...KNOWN_EVENT_TYPES].sort()).toEqual(offered);
  });
});
