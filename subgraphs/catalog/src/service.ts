import { OutboxRelay, type ServiceFactory, type Subscription } from '@ucos/kit';
import { loadCatalogEnv } from './env.ts';
import { subscribeAvailability } from './events/availability-consumer.ts';
import { subscribePricingGroups } from './events/pricing-group-consumer.ts';
import { createCatalogServer } from './yoga.ts';

export const createService: ServiceFactory = async (source, { logger, bus }) => {
  let relay: OutboxRelay | null = null;
  const server = await createCatalogServer(loadCatalogEnv(source), logger, { onEvents: () => relay?.kick() });
  relay = new OutboxRelay({ pool: server.pool, schema: 'catalog', bus, logger });
  let availability: Subscription | null = null;
  let pricingGroups: Subscription | null = null;
  return {
    name: 'catalog',
    yoga: server.yoga,
    async start() {
      relay?.start();
      availability = await subscribeAvailability(bus, server.pool);
      pricingGroups = await subscribePricingGroups(bus, server.pool);
    },
    async close() {
      await availability?.stop();
      await pricingGroups?.stop();
      await relay?.stop();
      await server.close();
    },
  };
};
