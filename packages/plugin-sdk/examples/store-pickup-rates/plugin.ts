import type { Plugin, ShippingRate } from '@ucos/plugin-sdk';

interface Config {
  pickup?: { name: string; countries: string[]; readyInDays?: number };
  surcharges?: Array<{ country: string; postalPrefix: string; amount: number }>;
}

export default {
  'shipping.rates'(input, ctx) {
    const destination = input.destination;
    const postalCode = destination?.postalCode?.replace(/\s+/g, '') ?? '';
    // the destination's surcharge applies to every delivered method; a destination not known yet
    // (a cart before checkout) pays none, and checkout asks again with the address
    const surcharge = (ctx.config.surcharges ?? [])
      .filter((area) => area.country === destination?.country && postalCode.startsWith(area.postalPrefix))
      .reduce((largest, area) => Math.max(largest, area.amount), 0);
    const rates: ShippingRate[] = input.rates.map((rate) =>
      surcharge === 0
        ? rate
        : {
            ...rate,
            name: `${rate.name} (remote area)`,
            amount: { ...rate.amount, amount: rate.amount.amount + surcharge },
          },
    );
    const pickup = ctx.config.pickup;
    if (pickup && (!destination || pickup.countries.includes(destination.country))) {
      const ready = pickup.readyInDays ?? 1;
      rates.push({
        code: 'pickup',
        name: pickup.name,
        amount: { amount: 0, currency: input.cart.currency },
        estimatedDaysMin: ready,
        estimatedDaysMax: ready,
      });
    }
    return { rates };
  },
} satisfies Plugin<Config>;
