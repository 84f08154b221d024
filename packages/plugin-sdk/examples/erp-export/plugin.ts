import type { Plugin } from '@ucos/plugin-sdk';

interface Config {
  endpoint: string;
  apiToken: string;
}

/** What the platform's `orders.order.created` event carries (the fields this export needs). */
interface OrderCreated {
  orderId: string;
  number: number;
  displayNumber?: string;
  currency: string;
  totalAmount: number;
}

export default {
  async 'event.action'(input, ctx) {
    if (input.event.type !== 'orders.order.created') return { status: 'skipped' };
    const placed = input.event.data as unknown as OrderCreated;
    const order = {
      orderId: placed.orderId,
      number: placed.displayNumber ?? String(placed.number),
      total: { amount: placed.totalAmount, currency: placed.currency },
    };
    // the worker may deliver an event again: the kv mark makes the export happen once
    const mark = `exported:${order.orderId}`;
    if (await ctx.kv.get(mark)) return { status: 'skipped', message: `${order.number} was exported before` };
    const answer = await ctx.fetch(ctx.config.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${ctx.config.apiToken}`,
        'idempotency-key': input.event.id,
      },
      body: JSON.stringify({ externalId: order.orderId, number: order.number, total: order.total }),
    });
    if (answer.status >= 500 || answer.status === 429) {
      console.warn('ERP unavailable', answer.status, 'attempt', input.attempt);
      return { status: 'retry', message: `ERP answered ${answer.status}` };
    }
    if (answer.status >= 400) {
      console.error('ERP refused', order.number, answer.status, answer.body.slice(0, 200));
      return { status: 'done', message: `ERP refused ${order.number}: ${answer.status}` };
    }
    await ctx.kv.set(mark, input.event.occurredAt);
    console.info('exported', order.number);
    return { status: 'done', message: `exported ${order.number}` };
  },
} satisfies Plugin<Config>;
